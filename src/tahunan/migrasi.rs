//! `lkjip migrate`: a folder written for an earlier data format, rewritten
//! to today's ([`crate::load::versi`]).
//!
//! Only the keys that changed are edited, at the byte offsets the loader
//! found them, so every comment, the key order, the quoting and the blank
//! lines stay as the user wrote them; a declared `format:` older than
//! today's gets today's number. Before anything is written, the rewritten
//! texts are read again and must give exactly the data the folder gave, so
//! every figure of the report stays the same.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::diag::Diagnostik;
use crate::load::versi::{self, FORMAT, KUNCI_FORMAT};
use crate::load::{self, Dimuat};
use crate::model::{DataLaporan, Pemuat};

/// One file to rewrite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Perubahan {
    /// File name in the folder (`unit.yaml`).
    pub nama: String,
    /// Display path (`data/2023/unit.yaml`).
    pub berkas: String,
    /// The text now.
    pub sebelum: String,
    /// The text after migrating.
    pub sesudah: String,
    /// What changed, one line each (`6:1: `kantor_wilayah` → `instansi_atasan``).
    pub uraian: Vec<String>,
}

/// Why a folder cannot be migrated.
#[derive(Debug, thiserror::Error)]
pub enum GalatMigrasi {
    /// The folder does not load (fix these first).
    #[error("folder tidak dapat dimuat:\n{}", crate::diag::baris(.0))]
    Muat(Vec<Diagnostik>),
    /// The rewritten files would not give the same data (a defect of lkjip).
    #[error("hasil migrasi {0} tidak memberi data yang sama; tidak ada berkas yang ditulis")]
    Berbeda(String),
    /// Writing failed.
    #[error("{0}: {1}")]
    Tulis(String, std::io::Error),
}

/// The edits that bring the loaded folder `d` to today's format, per file,
/// in loading order; empty when it is current.
pub fn rencana_dimuat(d: &Dimuat) -> Result<Vec<Perubahan>, GalatMigrasi> {
    let mut out = Vec::new();
    for (nama, s) in &d.sumber {
        let lama: Vec<_> = d
            .ejaan_lama
            .iter()
            .filter(|k| k.ejaan.berkas.nama() == nama)
            .cloned()
            .collect();
        let mut uraian: Vec<String> = lama
            .iter()
            .map(|k| {
                format!(
                    "{}:{}: `{}` → `{}`",
                    k.posisi.baris, k.posisi.kolom, k.ejaan.lama, k.ejaan.baru
                )
            })
            .collect();
        let mut sesudah = versi::terapkan(&s.teks, &lama);
        if nama == crate::model::Berkas::Laporan.nama() {
            if let Some((p, Ok(n))) = versi::format_tertulis(&s.teks, &s.peta) {
                let angka = versi::offset(&s.teks, p).and_then(|o| {
                    let panjang = s.teks[o..].bytes().take_while(u8::is_ascii_digit).count();
                    (panjang > 0).then_some((o, panjang))
                });
                if let (true, Some((o, panjang))) = (n < FORMAT, angka) {
                    // Where the number sits once the keys before it are renamed.
                    let o = lama.iter().filter(|k| k.awal < o).fold(o, |o, k| {
                        (o + k.ejaan.baru.len()).saturating_sub(k.ejaan.lama.len())
                    });
                    if sesudah
                        .get(o..o + panjang)
                        .is_some_and(|t| t == n.to_string())
                    {
                        sesudah.replace_range(o..o + panjang, &FORMAT.to_string());
                        uraian.push(format!(
                            "{}:{}: `{KUNCI_FORMAT}: {n}` → `{KUNCI_FORMAT}: {FORMAT}`",
                            p.baris, p.kolom
                        ));
                    }
                }
            }
        }
        if sesudah != s.teks {
            out.push(Perubahan {
                nama: nama.clone(),
                berkas: s.berkas.clone(),
                sebelum: s.teks.clone(),
                sesudah,
                uraian,
            });
        }
    }
    sama_datanya(d, &out)?;
    Ok(out)
}

/// Loads `folder` and gives its edits (see [`rencana_dimuat`]).
pub fn rencana(folder: &Path) -> Result<Vec<Perubahan>, GalatMigrasi> {
    let d = load::muat(folder).map_err(GalatMigrasi::Muat)?;
    rencana_dimuat(&d)
}

/// Writes each rewritten file atomically (a temporary file beside it, then
/// a rename).
pub fn tulis(folder: &Path, perubahan: &[Perubahan]) -> Result<(), GalatMigrasi> {
    for p in perubahan {
        let path = folder.join(&p.nama);
        crate::berkas::tulis_atomik(&path, p.sesudah.as_bytes())
            .map_err(|e| GalatMigrasi::Tulis(p.berkas.clone(), e))?;
    }
    Ok(())
}

/// Refuses edits whose texts would not give the data `d` holds (the
/// declared format aside).
fn sama_datanya(d: &Dimuat, perubahan: &[Perubahan]) -> Result<(), GalatMigrasi> {
    struct Dari<'a> {
        teks: BTreeMap<&'a str, &'a str>,
    }
    impl Pemuat for Dari<'_> {
        fn muat<T: serde::de::DeserializeOwned>(&mut self, berkas: &'static str) -> Option<T> {
            serde_yaml::from_str(self.teks.get(berkas)?).ok()
        }
        fn muat_opsional<T: serde::de::DeserializeOwned>(
            &mut self,
            berkas: &'static str,
        ) -> Option<Option<T>> {
            if self.teks.contains_key(berkas) {
                self.muat(berkas).map(Some)
            } else {
                Some(None)
            }
        }
    }
    if perubahan.is_empty() {
        return Ok(());
    }
    let mut teks: BTreeMap<&str, &str> = d
        .sumber
        .iter()
        .map(|(n, s)| (n.as_str(), s.teks.as_str()))
        .collect();
    for p in perubahan {
        teks.insert(&p.nama, &p.sesudah);
    }
    let tanpa_format = |mut x: DataLaporan| {
        x.laporan.format = None;
        x
    };
    match DataLaporan::rakit(&mut Dari { teks }).map(tanpa_format) {
        Some(baru) if baru == tanpa_format(d.data.clone()) => Ok(()),
        _ => Err(GalatMigrasi::Berbeda(d.folder.display().to_string())),
    }
}

/// A unified diff (`---`/`+++`, `@@` hunks, 3 lines of context) from
/// `sebelum` to `sesudah`. Migrating edits lines in place, so lines pair by
/// number; texts of different line counts are shown as one hunk.
pub fn diff(berkas: &str, sebelum: &str, sesudah: &str) -> String {
    let a: Vec<&str> = sebelum.lines().collect();
    let b: Vec<&str> = sesudah.lines().collect();
    let mut out = format!("--- {berkas}\n+++ {berkas} (format data {FORMAT})\n");
    if a.len() != b.len() {
        let _ = writeln!(out, "@@ -1,{} +1,{} @@", a.len(), b.len());
        a.iter().for_each(|l| out.push_str(&format!("-{l}\n")));
        b.iter().for_each(|l| out.push_str(&format!("+{l}\n")));
        return out;
    }
    let beda: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    let mut i = 0;
    while i < beda.len() {
        // One hunk: changed lines closer than 2×3 lines of context.
        let mut j = i;
        while j + 1 < beda.len() && beda[j + 1] - beda[j] <= 6 {
            j += 1;
        }
        let awal = beda[i].saturating_sub(3);
        let akhir = (beda[j] + 4).min(a.len());
        let _ = writeln!(
            out,
            "@@ -{},{} +{},{} @@",
            awal + 1,
            akhir - awal,
            awal + 1,
            akhir - awal
        );
        for k in awal..akhir {
            if a[k] == b[k] {
                let _ = writeln!(out, " {}", a[k]);
            } else {
                let _ = writeln!(out, "-{}\n+{}", a[k], b[k]);
            }
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_lines_with_context() {
        let a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n";
        let b = a.replace("b\n", "B\n").replace("m\n", "M\n");
        let d = diff(crate::model::Berkas::Unit.nama(), a, &b);
        assert_eq!(
            d,
            "--- unit.yaml\n+++ unit.yaml (format data 2)\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -10,5 +10,5 @@\n j\n k\n l\n-m\n+M\n n\n"
        );
        assert_eq!(diff("x", a, a), "--- x\n+++ x (format data 2)\n");
    }
}
