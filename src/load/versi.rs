//! The data-format version, and the keys earlier formats spelt otherwise.
//!
//! The format of a data folder is versioned ([`FORMAT`]). A change of format
//! either only adds (a new optional key) or renames; a renamed key stays
//! readable under its old spelling ([`EJAAN_LAMA`]): the loader reads it
//! under its new name and the folder gets a warning (LK002) at the old key,
//! and `lkjip migrate` rewrites it (see [`crate::tahunan::migrasi`]).
//!
//! | format | since | change |
//! |---|---|---|
//! | 1 | first release | `unit.yaml` has `kantor_wilayah`; `logo`, `struktur_organisasi`, `populasi.yaml` and the four parts of `kinerja_lainnya.yaml` required |
//! | 2 | 5b86132 | `kantor_wilayah` is `instansi_atasan` (optional); the others optional; later keys only added |

pub use super::sumber::offset;
use super::sumber::{PetaSumber, Posisi};

/// The data format this lkjip reads and writes.
pub const FORMAT: u32 = 2;

/// `lkjip --version`: the program's version and its data format.
pub const VERSI: &str = concat!(env!("CARGO_PKG_VERSION"), " (format data 2)");

/// The optional key of `laporan.yaml` by which a folder declares its format.
pub const KUNCI_FORMAT: &str = "format";

/// A key that an earlier format spelt otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EjaanLama {
    /// The data file (`unit.yaml`).
    pub berkas: crate::model::Berkas,
    /// Path of the mapping that holds the key (`""` is the document;
    /// `[*]` stands for any list index).
    pub induk: &'static str,
    /// The old spelling.
    pub lama: &'static str,
    /// Today's spelling.
    pub baru: &'static str,
    /// The format that introduced `baru`.
    pub format: u32,
}

/// Every renamed key, oldest first. Add a line here (and a snapshot under
/// `tests/kompat/`) whenever a key is renamed.
pub const EJAAN_LAMA: &[EjaanLama] = &[EjaanLama {
    berkas: crate::model::Berkas::Unit,
    induk: "",
    lama: "kantor_wilayah",
    baru: "instansi_atasan",
    format: 2,
}];

/// An old spelling found in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KunciLama {
    /// Which rename.
    pub ejaan: &'static EjaanLama,
    /// Path of the value under the old key (`kantor_wilayah`).
    pub path: String,
    /// Path of the same value under the new key (`instansi_atasan`).
    pub path_baru: String,
    /// Where the old key starts.
    pub posisi: Posisi,
    /// Byte offset of the key's name (after an opening quote) in the text.
    pub awal: usize,
}

/// Whether `path` matches `pola`, where `[*]` matches any `[n]`.
fn cocok(pola: &str, path: &str) -> bool {
    match pola.split_once("[*]") {
        None => pola == path,
        Some((depan, sisa)) => {
            let Some(r) = path.strip_prefix(depan).and_then(|r| r.strip_prefix('[')) else {
                return false;
            };
            let Some((n, lanjut)) = r.split_once(']') else {
                return false;
            };
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && cocok(sisa, lanjut)
        }
    }
}

/// The parent path and key name of a key path (`a.b` → `a`, `b`).
fn pisah(path: &str) -> (&str, &str) {
    match path.rfind('.') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    }
}

/// The old spellings in file `berkas` with text `teks` and map `peta`, in
/// text order; and, as errors, each old key written beside its new one (the
/// value would be ambiguous).
pub fn cari(
    berkas: &str,
    teks: &str,
    peta: &PetaSumber,
) -> (Vec<KunciLama>, Vec<(Posisi, String, String)>) {
    let mut ada = Vec::new();
    let mut ganda = Vec::new();
    for (path, posisi) in peta.semua_kunci() {
        let (induk, nama) = pisah(path);
        let Some(ejaan) = EJAAN_LAMA
            .iter()
            .find(|e| e.berkas.nama() == berkas && e.lama == nama && cocok(e.induk, induk))
        else {
            continue;
        };
        let path_baru = if induk.is_empty() {
            ejaan.baru.to_string()
        } else {
            format!("{induk}.{}", ejaan.baru)
        };
        if peta.kunci(&path_baru).is_some() {
            ganda.push((
                posisi,
                path.to_string(),
                format!(
                    "`{}` (ejaan format data {}) dan `{}` keduanya ditulis; hapus `{}` dan simpan nilainya di `{}`",
                    ejaan.lama,
                    ejaan.format - 1,
                    ejaan.baru,
                    ejaan.lama,
                    ejaan.baru
                ),
            ));
            continue;
        }
        // The key as written: plain, or in quotes.
        let Some(o) = offset(teks, posisi) else {
            continue;
        };
        let rest = &teks[o..];
        let awal = if rest.starts_with(ejaan.lama) {
            o
        } else if (rest.starts_with('"') || rest.starts_with('\''))
            && rest[1..].starts_with(ejaan.lama)
        {
            o + 1
        } else {
            // Escaped or otherwise unusual spelling: not edited by position.
            continue;
        };
        ada.push(KunciLama {
            ejaan,
            path: path.to_string(),
            path_baru,
            posisi,
            awal,
        });
    }
    ada.sort_by_key(|k| k.awal);
    (ada, ganda)
}

/// `teks` with every key of `kunci` spelt the new way; nothing else changes.
pub fn terapkan(teks: &str, kunci: &[KunciLama]) -> String {
    let mut out = String::with_capacity(teks.len() + 16 * kunci.len());
    let mut dari = 0;
    for k in kunci {
        if k.awal < dari || teks.get(k.awal..k.awal + k.ejaan.lama.len()) != Some(k.ejaan.lama) {
            continue;
        }
        out.push_str(&teks[dari..k.awal]);
        out.push_str(k.ejaan.baru);
        dari = k.awal + k.ejaan.lama.len();
    }
    out.push_str(&teks[dari..]);
    out
}

/// The format a `laporan.yaml` text declares (`format: 2`), with where the
/// value is; `Err` with a message when the value is not a whole number.
pub fn format_tertulis(teks: &str, peta: &PetaSumber) -> Option<(Posisi, Result<u32, String>)> {
    let posisi = peta.get(KUNCI_FORMAT)?;
    #[derive(serde::Deserialize)]
    struct Kepala {
        format: serde_yaml::Value,
    }
    let nilai = serde_yaml::from_str::<Kepala>(teks).ok()?.format;
    let hasil = match nilai.as_u64() {
        Some(n) if n >= 1 => u32::try_from(n).map_err(|_| String::new()),
        _ => Err(String::new()),
    }
    .map_err(|_| {
        format!("`format` harus bilangan bulat 1 sampai {FORMAT} (versi format data folder ini)")
    });
    Some((posisi, hasil))
}

/// The message for a folder written for a format newer than this lkjip's.
pub fn pesan_format_baru(n: u32) -> String {
    format!(
        "folder ini ditulis untuk format data {n}, sedangkan lkjip ini membaca format data sampai {FORMAT}; perbarui lkjip (`lkjip --version` menyebut format datanya)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::sumber::pindai;

    #[test]
    fn version_string_names_the_format() {
        assert!(VERSI.ends_with(&format!("(format data {FORMAT})")));
        assert!(
            EJAAN_LAMA
                .iter()
                .all(|e| e.format <= FORMAT && e.format >= 2)
        );
    }

    #[test]
    fn pattern_matches_any_index() {
        assert!(cocok("", ""));
        assert!(cocok("a[*].b", "a[12].b"));
        assert!(!cocok("a[*].b", "a[x].b"));
        assert!(!cocok("a[*].b", "a.b"));
        assert!(!cocok("", "a"));
    }

    #[test]
    fn old_key_is_found_and_renamed_in_place() {
        let teks = "nama: X\n# kantor_wilayah: komentar tetap\n\"kantor_wilayah\": 'Kanwil'  # catatan\nkota: Y\n";
        let peta = pindai(teks).unwrap();
        let (ada, ganda) = cari(crate::model::Berkas::Unit.nama(), teks, &peta);
        assert!(ganda.is_empty());
        assert_eq!(ada.len(), 1);
        assert_eq!(ada[0].posisi, Posisi { baris: 3, kolom: 1 });
        assert_eq!(ada[0].path_baru, "instansi_atasan");
        assert_eq!(
            terapkan(teks, &ada),
            "nama: X\n# kantor_wilayah: komentar tetap\n\"instansi_atasan\": 'Kanwil'  # catatan\nkota: Y\n"
        );
        // Another file, or the key deeper down, is not the rename.
        assert!(
            cari(crate::model::Berkas::Pk.nama(), teks, &peta)
                .0
                .is_empty()
        );
        let dalam = "orang:\n  kantor_wilayah: x\n";
        assert!(
            cari(
                crate::model::Berkas::Unit.nama(),
                dalam,
                &pindai(dalam).unwrap()
            )
            .0
            .is_empty()
        );
    }

    #[test]
    fn old_and_new_key_together_are_refused() {
        let teks = "kantor_wilayah: A\ninstansi_atasan: B\n";
        let (ada, ganda) = cari(
            crate::model::Berkas::Unit.nama(),
            teks,
            &pindai(teks).unwrap(),
        );
        assert!(ada.is_empty());
        assert_eq!(ganda.len(), 1);
        assert_eq!(ganda[0].0, Posisi { baris: 1, kolom: 1 });
        assert!(
            ganda[0].2.contains("hapus `kantor_wilayah`"),
            "{}",
            ganda[0].2
        );
    }

    #[test]
    fn declared_format() {
        let t = "format: 3\ntahun: 2024\n";
        assert_eq!(
            format_tertulis(t, &pindai(t).unwrap()),
            Some((Posisi { baris: 1, kolom: 9 }, Ok(3)))
        );
        let t = "format: dua\n";
        assert!(format_tertulis(t, &pindai(t).unwrap()).unwrap().1.is_err());
        let t = "tahun: 2024\n";
        assert_eq!(format_tertulis(t, &pindai(t).unwrap()), None);
    }
}
