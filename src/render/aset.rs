//! Images for Typst. The files were read and checked when the report was
//! built ([`crate::laporan::gambar`]); each image the pages show is handed
//! to Typst under a generated virtual name, so no user text reaches Typst
//! code as a path.

use crate::diag::{Diagnostik, Jalur};
use crate::laporan::gambar::{DaftarGambar, KODE_GAMBAR};
use crate::load::Dimuat;
use crate::model::{Berkas, Gambar};

/// An image ready for Typst.
#[derive(Clone, Debug)]
pub struct Aset {
    /// Virtual path inside the Typst world (`/aset/gambar-3.svg`).
    pub jalur: String,
    /// File contents.
    pub isi: Vec<u8>,
}

/// Collects the images the report uses.
#[derive(Debug, Default)]
pub struct Koleksi {
    /// Loaded images.
    pub aset: Vec<Aset>,
    /// Problems found.
    pub galat: Vec<Diagnostik>,
}

impl Koleksi {
    /// Loads `g` (declared in `file` at YAML path `kolom`) and returns its
    /// virtual path, or records why it cannot be used.
    pub fn muat(
        &mut self,
        daftar: &DaftarGambar,
        d: &Dimuat,
        file: Berkas,
        kolom: &Jalur,
        g: &Gambar,
    ) -> Option<String> {
        match daftar.ambil(&g.berkas) {
            Ok(terbaca) => {
                let (ext, isi) = (terbaca.ext, &terbaca.isi);
                if let Some(existing) = self.aset.iter().find(|a| a.isi == *isi) {
                    return Some(existing.jalur.clone());
                }
                let jalur = format!("/aset/gambar-{}.{ext}", self.aset.len() + 1);
                self.aset.push(Aset {
                    jalur: jalur.clone(),
                    isi: isi.clone(),
                });
                Some(jalur)
            }
            Err(alasan) => {
                // A picture used on several pages (the logo) is one problem.
                let mut g = d.galat_di(
                    file.nama(),
                    kolom.clone(),
                    format!("gambar `{}` tidak dapat dipakai: {alasan}", g.berkas),
                );
                g.code = KODE_GAMBAR;
                if !self.galat.contains(&g) {
                    self.galat.push(g);
                }
                None
            }
        }
    }
}
