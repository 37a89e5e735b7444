//! Images from the data folder. Only files inside the folder are read
//! (no absolute paths, no `..`, no symlinks leading out), and each is handed
//! to Typst under a generated virtual name, so no user text reaches Typst
//! code as a path.

use std::path::{Component, Path};

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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GalatAset {
    /// `unit.yaml:14:11` style location of the field.
    pub lokasi: String,
    /// YAML path of the field (`logo.berkas`).
    pub kolom: String,
    /// The path as written.
    pub berkas: String,
    /// What is wrong.
    pub alasan: String,
}

impl std::fmt::Display for GalatAset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: gambar `{}` (kolom `{}`): {}",
            self.lokasi, self.berkas, self.kolom, self.alasan
        )
    }
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
    pub fn muat(&mut self, d: &Dimuat, file: &str, kolom: &str, g: &Gambar) -> Option<String> {
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
        match baca(&d.folder, &g.berkas) {
            Ok((ext, isi)) => {
                if let Some(existing) = self.aset.iter().find(|a| a.isi == isi) {
                    return Some(existing.jalur.clone());
                }
                let jalur = format!("/aset/gambar-{}.{ext}", self.aset.len() + 1);
                self.aset.push(Aset {
                    jalur: jalur.clone(),
                    isi,
                });
                Some(jalur)
            }
            Err(alasan) => {
                self.galat.push(GalatAset {
                    lokasi: lokasi(),
                    kolom: kolom.to_string(),
                    berkas: g.berkas.clone(),
                    alasan,
                });
                None
            }
        }
    }
}

/// Reads an image below `folder`, checking where it is and what it is.
fn baca(folder: &Path, relatif: &str) -> Result<(&'static str, Vec<u8>), String> {
    let rel = Path::new(relatif);
    if rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err("jalur harus relatif terhadap folder data, tanpa `..`".into());
    }
    let ext = match rel
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("png") => "png",
        Some("jpg" | "jpeg") => "jpg",
        Some("gif") => "gif",
        Some("svg") => "svg",
        _ => return Err("format tidak didukung; gunakan PNG, JPEG, GIF atau SVG".into()),
    };
    let root = folder
        .canonicalize()
        .map_err(|e| format!("folder data tidak dapat dibuka: {e}"))?;
    let full = root.join(rel);
    let real = full.canonicalize().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "berkas tidak ditemukan".to_string(),
        _ => format!("berkas tidak dapat dibuka: {e}"),
    })?;
    if !real.starts_with(&root) {
        return Err("berkas berada di luar folder data (tautan simbolik?)".into());
    }
    let isi = std::fs::read(&real).map_err(|e| format!("berkas tidak dapat dibaca: {e}"))?;
    let ok = match ext {
        "png" => isi.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpg" => isi.starts_with(&[0xFF, 0xD8, 0xFF]),
        "gif" => isi.starts_with(b"GIF8"),
        _ => std::str::from_utf8(&isi).is_ok_and(|t| t.contains("<svg")),
    };
    if !ok {
        return Err(format!(
            "isi berkas bukan gambar {} yang sah",
            ext.to_uppercase()
        ));
    }
    Ok((ext, isi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.png"), b"\x89PNG\r\n\x1a\nxxxx").unwrap();
        std::fs::write(dir.path().join("b.png"), b"not a png").unwrap();
        assert!(baca(dir.path(), "a.png").is_ok());
        assert!(baca(dir.path(), "../a.png").unwrap_err().contains(".."));
        assert!(
            baca(dir.path(), "/etc/passwd")
                .unwrap_err()
                .contains("relatif")
        );
        assert_eq!(
            baca(dir.path(), "c.png").unwrap_err(),
            "berkas tidak ditemukan"
        );
        assert!(
            baca(dir.path(), "b.png")
                .unwrap_err()
                .contains("bukan gambar PNG")
        );
        assert!(baca(dir.path(), "a.bmp").unwrap_err().contains("format"));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/hostname", dir.path().join("keluar.svg")).unwrap();
            assert!(
                baca(dir.path(), "keluar.svg")
                    .unwrap_err()
                    .contains("luar folder")
            );
        }
    }
}
