//! `lkjip check`: rules over a loaded data folder. Each rule has a stable
//! code, a severity, and a test with a passing and a failing fixture; each
//! finding points at the YAML file, line, column and path of the value it
//! questions, with what was expected and what was found.

pub mod akhir;
pub mod aturan;

use std::fmt;

use crate::calc::hasil::Hasil;
use crate::diag::{Jalur, Posisi};
use crate::laporan::{FolderGagal, Laporan};
use crate::load::Dimuat;
use crate::load::sumber::offset;
use crate::model::Berkas;

pub use crate::diag::{Bahasa, Diagnostik, Pesan, Tingkat};

/// One finding of a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
///
/// A rule does not name its own code: [`periksa`] stamps the code of the
/// catalogue entry that ran it, so a code is written in one place.
pub struct Temuan {
    /// File of the data folder.
    pub berkas: Berkas,
    /// YAML path of the questioned value.
    pub path: Jalur,
    /// What is wrong.
    pub pesan: Pesan,
    /// The value the rule expected, formatted.
    pub diharapkan: Option<String>,
    /// The value found, formatted.
    pub ditemukan: Option<String>,
    /// Text to look for after the path's position, to point inside a long value.
    pub cari: Option<String>,
}

impl Temuan {
    /// A finding at `path` of `berkas`.
    pub fn baru(
        berkas: Berkas,
        path: Jalur,
        id: impl Into<String>,
        en: impl Into<String>,
    ) -> Temuan {
        Temuan {
            berkas,
            path,
            pesan: Pesan {
                id: id.into(),
                en: en.into(),
            },
            diharapkan: None,
            ditemukan: None,
            cari: None,
        }
    }

    /// With the expected and the found value.
    pub fn nilai(mut self, diharapkan: impl fmt::Display, ditemukan: impl fmt::Display) -> Temuan {
        self.diharapkan = Some(diharapkan.to_string());
        self.ditemukan = Some(ditemukan.to_string());
        self
    }

    /// Points at `teks` inside the value.
    pub fn di(mut self, teks: impl Into<String>) -> Temuan {
        self.cari = Some(teks.into());
        self
    }
}

/// What rules see: the folder as written and every computed figure. Rules
/// compute nothing themselves; they compare the data with [`Hasil`].
pub struct Konteks<'a> {
    /// The whole report (for rules that need what `build` would see).
    pub laporan: &'a Laporan,
    /// The loaded folder.
    pub d: &'a Dimuat,
    /// Every figure, computed once.
    pub hasil: &'a Hasil,
    /// Earlier years' folders that exist but could not be used.
    pub sebelumnya_gagal: &'a [FolderGagal],
}

impl<'a> Konteks<'a> {
    /// What the rules see of `laporan`.
    pub fn baru(laporan: &'a Laporan) -> Konteks<'a> {
        Konteks {
            laporan,
            d: &laporan.dimuat,
            hasil: &laporan.hasil,
            sebelumnya_gagal: &laporan.sebelumnya_gagal,
        }
    }
}

/// A rule of the catalogue.
pub struct Aturan {
    /// Stable code.
    pub kode: &'static str,
    /// Severity of its findings.
    pub tingkat: Tingkat,
    /// What it checks, in Indonesian.
    pub uraian: &'static str,
    /// What it checks, in English.
    pub uraian_en: &'static str,
    /// The check.
    pub periksa: fn(&Konteks, &mut Vec<Temuan>),
}

/// Runs every rule and places the findings, errors first, then by file and line.
pub fn periksa(laporan: &Laporan, bahasa: Bahasa) -> Vec<Diagnostik> {
    let k = Konteks::baru(laporan);
    let mut out = Vec::new();
    for a in aturan::KATALOG {
        let mut temuan = Vec::new();
        (a.periksa)(&k, &mut temuan);
        out.extend(temuan.into_iter().map(|t| tempatkan(k.d, a, t, bahasa)));
    }
    crate::diag::urutkan(&mut out);
    out
}

/// The severity of a rule code.
pub fn tingkat(kode: &str) -> Option<Tingkat> {
    aturan::KATALOG
        .iter()
        .find(|a| a.kode == kode)
        .map(|a| a.tingkat)
}

fn tempatkan(d: &Dimuat, a: &Aturan, t: Temuan, bahasa: Bahasa) -> Diagnostik {
    let src = d.sumber.get(t.berkas.nama());
    let file = src
        .map(|s| s.berkas.clone())
        .unwrap_or_else(|| d.folder.join(t.berkas.nama()).display().to_string());
    let mut pos = src.and_then(|s| s.peta.terdekat(&t.path.to_string()));
    let mut panjang = 0;
    if let (Some(s), Some(p)) = (src, pos) {
        if let Some(needle) = &t.cari {
            if let Some(found) = cari_setelah(&s.teks, p, needle) {
                pos = Some(found);
                panjang = needle.chars().count();
            }
        }
        if panjang == 0 {
            panjang = panjang_nilai(&s.teks, p);
        }
    }
    Diagnostik {
        severity: a.tingkat,
        code: a.kode,
        file,
        line: pos.map(|p| p.baris),
        column: pos.map(|p| p.kolom),
        panjang,
        path: t.path,
        message: t.pesan.dalam(bahasa).to_string(),
        expected: t.diharapkan,
        found: t.ditemukan,
    }
}

/// Position of `needle` at or after `p` (for narrative findings).
fn cari_setelah(text: &str, p: Posisi, needle: &str) -> Option<Posisi> {
    let start = offset(text, p)?;
    let at = start + text.get(start..)?.find(needle)?;
    let before = &text[..at];
    let baris = before.matches('\n').count() + 1;
    let kolom = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some(Posisi { baris, kolom })
}

/// Length of the scalar that starts at `p`, up to a comment or the line's end.
fn panjang_nilai(text: &str, p: Posisi) -> usize {
    let Some(start) = offset(text, p) else {
        return 1;
    };
    let rest = text[start..].lines().next().unwrap_or("");
    let cut = rest.find(" #").unwrap_or(rest.len());
    rest[..cut].trim_end().chars().count().max(1)
}
