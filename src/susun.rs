//! The driver: the one place that runs the stages in order. [`susun`]
//! loads a data folder and the earlier years' folders beside it into a
//! [`Laporan`] (see [`crate::laporan`]); its methods run the checks, the
//! renderer and the compiler on it. The CLI, the tests and the benchmark
//! all go through it, so a program using the library prints the same
//! report as `lkjip build`.

use std::path::Path;

use crate::check::{self, Bahasa, Diagnostik};
pub use crate::laporan::{FolderGagal, Laporan};
use crate::load::Galat;
use crate::render::{self, GalatRender, SumberTypst, engine};

/// Loads `folder` and its earlier years and computes the report
/// ([`Laporan::muat`]).
pub fn susun(folder: &Path) -> Result<Laporan, Vec<Galat>> {
    Laporan::muat(folder)
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
    let io = |e: std::io::Error| e.to_string();
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
