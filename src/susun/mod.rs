//! The driver: the one place that runs the stages in order. [`susun`]
//! loads a data folder and the earlier years' folders beside it into a
//! [`Laporan`] (see [`crate::laporan`]); its methods run the checks, the
//! renderer and the compiler on it. The CLI, the tests and the benchmark
//! all go through it, so a program using the library prints the same
//! report as `lkjip build`.

mod bangun;

pub use bangun::{
    HasilFolder, KELUAR_ADA_GALAT, KELUAR_GAGAL_MUAT, KELUAR_GAGAL_SUSUN, OpsiBangun, bangun,
    batasi_cache, keluaran_bawaan,
};

use std::collections::BTreeMap;
use std::path::Path;

use crate::check::{self, Bahasa, Diagnostik, Tingkat};
pub use crate::laporan::{FolderGagal, Laporan};

use crate::load::Dimuat;
use crate::render::{self, GalatRender, HasilKompilasi, SumberTypst, engine};

/// Loads `folder` and its earlier years and computes the report
/// ([`Laporan::muat`]).
pub fn susun(folder: &Path) -> Result<Laporan, Vec<Diagnostik>> {
    Laporan::muat(folder)
}

/// A loaded report with its check findings: where `build`, `watch` and
/// `check` all start. Load → check → stop on errors unless `--draft` is
/// this type's constructor and [`Diperiksa::ditolak`], written once.
#[derive(Debug)]
pub struct Diperiksa {
    /// The report.
    pub laporan: Laporan,
    /// Every finding of every rule, in the order `check` prints them.
    pub diagnostik: Vec<Diagnostik>,
    /// How many findings are errors.
    pub galat: usize,
}

impl Diperiksa {
    /// Runs every check rule on `laporan`. With `akhir` (a final report:
    /// `build` and `watch` without `--draft`, `check --final`) what is left
    /// to fill — `[ISI]` markers, empty realisasi — is an error too.
    pub fn baru(laporan: Laporan, bahasa: Bahasa, akhir: bool) -> Diperiksa {
        let mut diagnostik = laporan.periksa(bahasa);
        if akhir {
            check::akhir::laporan_final(&mut diagnostik, bahasa);
        }
        let galat = diagnostik
            .iter()
            .filter(|d| d.severity == Tingkat::Error)
            .count();
        Diperiksa {
            laporan,
            diagnostik,
            galat,
        }
    }

    /// How many findings are warnings.
    pub fn peringatan(&self) -> usize {
        self.diagnostik.len() - self.galat
    }

    /// The findings as `lkjip check` prints them, with YAML snippets and
    /// the tally line.
    pub fn manusia(&self, bahasa: Bahasa) -> String {
        crate::diag::manusia(&self.diagnostik, &teks_sumber(&self.laporan.dimuat), bahasa)
    }

    /// Why the PDF is not built: errors were found and this is not a
    /// draft. `None` when the build may go on.
    pub fn ditolak(&self, draf: bool) -> Option<String> {
        (self.galat > 0 && !draf).then(|| {
            format!(
                "PDF tidak disusun karena ada {} kesalahan; perbaiki datanya, atau gunakan --draft untuk draf bercap DRAF",
                self.galat
            )
        })
    }
}

/// Loads `folder` with its earlier years and runs every check rule (those
/// of a final report with `akhir`, see [`Diperiksa::baru`]).
pub fn periksa(folder: &Path, bahasa: Bahasa, akhir: bool) -> Result<Diperiksa, Vec<Diagnostik>> {
    Laporan::muat(folder).map(|l| Diperiksa::baru(l, bahasa, akhir))
}

/// File texts by display path, for snippets.
pub fn teks_sumber(d: &Dimuat) -> BTreeMap<String, String> {
    d.sumber
        .values()
        .map(|s| (s.berkas.clone(), s.teks.clone()))
        .collect()
}

impl Laporan {
    /// Runs every check rule (what `lkjip check` prints).
    pub fn periksa(&self, bahasa: Bahasa) -> Vec<Diagnostik> {
        check::periksa(self, bahasa)
    }

    /// The generated Typst source and the images.
    pub fn sumber(&self, draf: bool) -> Result<SumberTypst, GalatRender> {
        render::sumber(self, draf)
    }

    /// The PDF (what `lkjip build` writes).
    pub fn pdf(&self, draf: bool, pdfa: bool) -> Result<Vec<u8>, GalatRender> {
        render::pdf(self, draf, pdfa)
    }

    /// The PDF with its page count ([`render::dokumen`]).
    pub fn dokumen(&self, draf: bool, pdfa: bool) -> Result<HasilKompilasi, GalatRender> {
        render::dokumen(self, draf, pdfa)
    }
}

/// Writes the source, the style library, the images and the fonts to
/// `dir`, so that `typst compile --root DIR --font-path DIR/fonts
/// DIR/laporan.typ` reproduces the document.
///
/// `dir` must be missing, empty, or an earlier `--emit-typst` output
/// (marked by [`crate::aman::PENANDA_TYPST`]), whose files are
/// replaced; every file is created new, so no symlink is followed.
pub fn tulis_sumber(dir: &Path, s: &SumberTypst) -> Result<(), String> {
    use crate::aman::{PENANDA_TYPST, siapkan_folder_typst, tulis_baru};
    siapkan_folder_typst(dir)?;
    let io = |e: std::io::Error| crate::berkas::galat_io(&e);
    if !dir.join(PENANDA_TYPST).exists() {
        tulis_baru(
            &dir.join(PENANDA_TYPST),
            b"Folder ini ditulis oleh lkjip build --emit-typst dan ditimpa pada penulisan berikutnya.\n",
        )
        .map_err(io)?;
    }
    std::fs::create_dir(dir.join("aset")).map_err(io)?;
    std::fs::create_dir(dir.join("fonts")).map_err(io)?;
    tulis_baru(&dir.join("laporan.typ"), s.utama.as_bytes()).map_err(io)?;
    tulis_baru(&dir.join("gaya.typ"), engine::GAYA.as_bytes()).map_err(io)?;
    for a in &s.aset {
        tulis_baru(&dir.join(a.jalur.trim_start_matches('/')), &a.isi).map_err(io)?;
    }
    for (name, bytes) in engine::FONTS {
        tulis_baru(&dir.join("fonts").join(name), bytes).map_err(io)?;
    }
    Ok(())
}
