//! Images for Typst. The files were read and checked when the report was
//! built ([`crate::laporan::gambar`]); each image the pages show is handed
//! to Typst under a generated virtual name, so no user text reaches Typst
//! code as a path.

use crate::laporan::gambar::DaftarGambar;
use crate::load::Dimuat;
use crate::model::Gambar;

/// An image ready for Typst.
#[derive(Clone, Debug)]
pub struct Aset {
    /// Virtual path inside the Typst world (`/aset/gambar-3.svg`).
    pub jalur: String,
    /// File contents.
    pub isi: Vec<u8>,
}

/// A missing or unusable image: which field named it, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{lokasi}: gambar `{berkas}` (kolom `{kolom}`): {alasan}")]
pub struct GalatAset {
    /// The data file that names the image (`unit.yaml`).
    pub file: String,
    /// `unit.yaml:14:11` style location of the field.
    pub lokasi: String,
    /// YAML path of the field (`logo.berkas`).
    pub kolom: String,
    /// The path as written.
    pub berkas: String,
    /// What is wrong.
    pub alasan: String,
}

/// Collects the images the report uses.
#[derive(Debug, Default)]
pub struct Koleksi {
    /// Loaded images.
    pub aset: Vec<Aset>,
    /// Problems found.
    pub galat: Vec<GalatAset>,
}

impl Koleksi {
    /// Loads `g` (declared in `file` at YAML path `kolom`) and returns its
    /// virtual path, or records why it cannot be used.
    pub fn muat(
        &mut self,
        daftar: &DaftarGambar,
        d: &Dimuat,
        file: &str,
        kolom: &str,
        g: &Gambar,
    ) -> Option<String> {
        let lokasi = || {
            let src = d.sumber.get(file);
            let berkas = src
                .map(|s| s.berkas.clone())
                .unwrap_or_else(|| file.to_string());
            match src.and_then(|s| s.peta.terdekat(kolom)) {
                Some(p) => format!("{berkas}:{}:{}", p.baris, p.kolom),
                None => berkas,
            }
        };
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
                let g = GalatAset {
                    file: file.to_string(),
                    lokasi: lokasi(),
                    kolom: kolom.to_string(),
                    berkas: g.berkas.clone(),
                    alasan,
                };
                if !self.galat.contains(&g) {
                    self.galat.push(g);
                }
                None
            }
        }
    }
}
