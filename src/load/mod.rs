//! Loading a data folder: read each file, find duplicate keys and positions
//! with [`sumber`], deserialize into the [`crate::model`], and turn every
//! failure into a [`Diagnostik`] that names file, line, column and the YAML path,
//! in Indonesian.

pub mod batas;
pub mod pesan;
pub mod sumber;
pub mod versi;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostik, Jalur};
use crate::model::{self, DataLaporan};
pub use sumber::{PetaSumber, Posisi};

/// The text of one file and where its values sit.
#[derive(Clone, Debug)]
pub struct Sumber {
    /// Display name (`data/2023/pk.yaml`).
    pub berkas: String,
    /// Full text.
    pub teks: String,
    /// Positions by YAML path.
    pub peta: PetaSumber,
}

/// A loaded data folder.
#[derive(Clone, Debug)]
pub struct Dimuat {
    /// The folder, canonicalised (absolute, symlinks resolved), so that
    /// `check .` and `check ../2023` see the same neighbours and images.
    pub folder: PathBuf,
    /// The typed data.
    pub data: DataLaporan,
    /// Each file's text and position map, by file name (`pk.yaml`).
    pub sumber: BTreeMap<String, Sumber>,
    /// Keys spelt as an earlier data format did, read under today's name
    /// (the loading warnings; `check` reports them as LK002).
    pub ejaan_lama: Vec<versi::KunciLama>,
}

impl Dimuat {
    /// A loading problem at `path` of data file `file` (`pk.yaml`), placed
    /// at the nearest position the file's map knows.
    pub fn galat_di(&self, file: &str, path: Jalur, pesan: String) -> Diagnostik {
        let src = self.sumber.get(file);
        Diagnostik::muat(
            src.map(|s| s.berkas.clone())
                .unwrap_or_else(|| file.to_string()),
            src.and_then(|s| s.peta.terdekat(&path.to_string())),
            Some(path),
            pesan,
        )
    }
}

/// Loads every file of `folder`. Reports all problems of all files, each
/// file's first type error included, rather than stopping at the first.
pub fn muat(folder: &Path) -> Result<Dimuat, Vec<Diagnostik>> {
    let mut galat = Vec::new();
    let mut sumber = BTreeMap::new();
    let mut ejaan_lama = Vec::new();
    let akar = match folder.canonicalize() {
        Ok(p) if p.is_dir() => p,
        _ => {
            return Err(vec![Diagnostik::muat(
                folder.display().to_string(),
                None,
                None,
                "folder data tidak ditemukan",
            )]);
        }
    };
    /// Reads each file into `sumber`, collecting problems into `galat`.
    struct Pembaca<'a> {
        folder: &'a Path,
        sumber: &'a mut BTreeMap<String, Sumber>,
        galat: &'a mut Vec<Diagnostik>,
        ejaan_lama: &'a mut Vec<versi::KunciLama>,
    }
    impl model::Pemuat for Pembaca<'_> {
        fn muat<T: DeserializeOwned>(&mut self, berkas: &'static str) -> Option<T> {
            let mut tampung = Tampung {
                sumber: self.sumber,
                galat: self.galat,
                ejaan_lama: self.ejaan_lama,
            };
            baca::<T>(self.folder, berkas, &mut tampung)
        }
        fn muat_opsional<T: DeserializeOwned>(
            &mut self,
            berkas: &'static str,
        ) -> Option<Option<T>> {
            // Absent is allowed; a file that exists is read like any other
            // (so a broken symlink or a folder of that name is still refused).
            if std::fs::symlink_metadata(self.folder.join(berkas)).is_err() {
                return Some(None);
            }
            self.muat(berkas).map(Some)
        }
    }
    let data = DataLaporan::rakit(&mut Pembaca {
        folder,
        sumber: &mut sumber,
        galat: &mut galat,
        ejaan_lama: &mut ejaan_lama,
    });
    let Some(data) = data else {
        return Err(galat);
    };
    let dimuat = Dimuat {
        folder: akar,
        data,
        sumber,
        ejaan_lama,
    };
    galat.extend(rujukan::periksa(&dimuat));
    galat.extend(batas::periksa(&dimuat));
    if galat.is_empty() {
        Ok(dimuat)
    } else {
        Err(galat)
    }
}

mod rujukan;

/// The largest data file accepted, in bytes (the largest real one,
/// `capaian.yaml`, is about 110 KB).
pub const BATAS_UKURAN_BERKAS: u64 = 4 * 1024 * 1024;

/// Display name of a file of the folder.
fn nama_tampil(folder: &Path, name: &str) -> String {
    folder.join(name).display().to_string()
}

/// Where [`baca`] puts what it finds.
struct Tampung<'a> {
    sumber: &'a mut BTreeMap<String, Sumber>,
    galat: &'a mut Vec<Diagnostik>,
    ejaan_lama: &'a mut Vec<versi::KunciLama>,
}

fn baca<T: DeserializeOwned>(folder: &Path, name: &str, t: &mut Tampung) -> Option<T> {
    let galat = &mut *t.galat;
    let berkas = nama_tampil(folder, name);
    let path = folder.join(name);
    // Only regular files, and none larger than any data file could be.
    match std::fs::metadata(&path) {
        Ok(m) if !m.is_file() => {
            galat.push(Diagnostik::muat(
                berkas,
                None,
                None,
                "bukan berkas biasa (folder, FIFO atau perangkat?)",
            ));
            return None;
        }
        Ok(m) if m.len() > BATAS_UKURAN_BERKAS => {
            galat.push(Diagnostik::muat(
                berkas,
                None,
                None,
                format!(
                    "berkas terlalu besar ({} KB); paling besar {} KB",
                    m.len() / 1024,
                    BATAS_UKURAN_BERKAS / 1024
                ),
            ));
            return None;
        }
        _ => {}
    }
    let teks = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.as_bytes();
                let baris = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
                let awal_baris = bytes[..at]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1);
                let kolom = String::from_utf8_lossy(&bytes[awal_baris..at])
                    .chars()
                    .count()
                    + 1;
                galat.push(Diagnostik::muat(
                    berkas,
                    Some(Posisi { baris, kolom }),
                    None,
                    format!(
                        "berkas bukan teks UTF-8: byte {at} tidak sah; simpan ulang berkas sebagai UTF-8"
                    ),
                ));
                return None;
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            galat.push(Diagnostik::muat(
                berkas,
                None,
                None,
                format!(
                    "berkas tidak ditemukan; setiap folder data memerlukan {}",
                    model::DAFTAR_BERKAS
                        .iter()
                        .filter(|b| !b.opsional)
                        .map(|b| b.nama)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
            return None;
        }
        Err(e) => {
            galat.push(Diagnostik::muat(
                berkas,
                None,
                None,
                format!("berkas tidak dapat dibaca: {}", crate::berkas::galat_io(&e)),
            ));
            return None;
        }
    };
    let mut peta = match sumber::pindai(&teks) {
        Ok(p) => p,
        Err(problems) => {
            galat.extend(problems.into_iter().map(|m| {
                Diagnostik::muat(
                    berkas.clone(),
                    Some(m.posisi),
                    m.path.as_deref().map(Jalur::urai),
                    m.pesan,
                )
            }));
            return None;
        }
    };
    let galat_di = |posisi: Posisi, path: &str, pesan: String| {
        Diagnostik::muat(berkas.clone(), Some(posisi), Some(Jalur::urai(path)), pesan)
    };
    // A folder written for a newer format: its other problems would only
    // be symptoms of that.
    if name == model::Berkas::Laporan.nama() {
        match versi::format_tertulis(&teks, &peta) {
            Some((p, Ok(n))) if n > versi::FORMAT => {
                galat.push(galat_di(
                    p,
                    versi::KUNCI_FORMAT,
                    versi::pesan_format_baru(n),
                ));
                return None;
            }
            Some((p, Err(pesan))) => {
                galat.push(galat_di(p, versi::KUNCI_FORMAT, pesan));
                return None;
            }
            _ => {}
        }
    }
    // Keys of an earlier format are read under today's names.
    let (lama, ganda) = versi::cari(name, &teks, &peta);
    if !ganda.is_empty() {
        galat.extend(ganda.into_iter().map(|(p, path, m)| galat_di(p, &path, m)));
        return None;
    }
    let teks_kini = (!lama.is_empty()).then(|| versi::terapkan(&teks, &lama));
    for k in &lama {
        peta.ganti_path(&k.path, &k.path_baru);
    }
    match serde_yaml::from_str::<T>(teks_kini.as_deref().unwrap_or(&teks)) {
        Ok(v) => {
            t.sumber
                .insert(name.to_string(), Sumber { berkas, teks, peta });
            t.ejaan_lama.extend(lama);
            Some(v)
        }
        Err(e) => {
            let mut g = galat_serde(&berkas, &e, &peta, teks_kini.as_deref().unwrap_or(&teks));
            // serde read the renamed text: a column after a renamed key on
            // its line is moved back to the text as written.
            if let (Some(baris), Some(kolom)) = (g.line, g.column.as_mut()) {
                let awal = *kolom;
                for k in &lama {
                    if k.posisi.baris == baris && k.posisi.kolom < awal {
                        *kolom = (*kolom + k.ejaan.lama.chars().count())
                            .saturating_sub(k.ejaan.baru.chars().count());
                    }
                }
            }
            galat.push(g);
            None
        }
    }
}

/// Splits serde_yaml's `path: message at line L column C` and places it.
fn galat_serde(berkas: &str, e: &serde_yaml::Error, peta: &PetaSumber, teks: &str) -> Diagnostik {
    let full = e.to_string();
    let without_loc = match full.rfind(" at line ") {
        Some(i) if e.location().is_some() => &full[..i],
        _ => full.as_str(),
    };
    // serde_yaml puts the path first, followed by ": ". Paths have no spaces.
    let (path, msg) = match without_loc.split_once(": ") {
        Some((p, m)) if !p.contains(' ') && !p.is_empty() => (Some(p.to_string()), m),
        _ => (None, without_loc),
    };
    let mut posisi = e.location().map(|l| Posisi {
        baris: l.line(),
        kolom: l.column(),
    });
    // Missing fields are reported at the start of the enclosing map; an
    // unknown field at its key: both are right. Without a location, fall
    // back on the position of the path.
    if posisi.is_none() {
        posisi = path
            .as_deref()
            .and_then(|p| peta.terdekat(p))
            .or_else(|| peta.get(""));
    }
    let mut path = path;
    // serde_yaml places a field's own error (an invalid date) at the start
    // of the enclosing map: place it at the value it quotes.
    if let Some(nilai) = msg
        .strip_prefix("tanggal \"")
        .and_then(|r| r.split_once('"'))
        .map(|(v, _)| v)
    {
        if let Some(p) = posisi.and_then(|p| posisi_nilai(teks, p, nilai)) {
            posisi = Some(p);
            path = peta.path_di(p).map(str::to_string).or(path);
        }
    }
    Diagnostik::muat(
        berkas,
        posisi,
        path.as_deref().map(Jalur::urai),
        pesan::terjemah(msg),
    )
}

/// Where the text `nilai` first stands at or after `dari` in `teks`
/// (columns counted in characters, as the scanner does).
fn posisi_nilai(teks: &str, dari: Posisi, nilai: &str) -> Option<Posisi> {
    if nilai.is_empty() {
        return None;
    }
    let awal_baris = teks
        .split_inclusive('\n')
        .take(dari.baris.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let mulai = awal_baris
        + teks
            .get(awal_baris..)?
            .chars()
            .take(dari.kolom.saturating_sub(1))
            .map(char::len_utf8)
            .sum::<usize>();
    let di = mulai + teks.get(mulai..)?.find(nilai)?;
    let sebelum = &teks[..di];
    let baris = sebelum.matches('\n').count() + 1;
    let kolom = sebelum[sebelum.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    Some(Posisi { baris, kolom })
}
