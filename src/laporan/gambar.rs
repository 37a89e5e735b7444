//! Images from the data folder, read and checked once when the report is
//! built. Only files inside the folder are read (no absolute paths, no
//! `..`, no symlinks leading out); each must be a real PNG/JPEG/GIF/SVG
//! within the size limits that Typst can decode. `render` takes the bytes
//! from here (it reads no file), and LK001 reports the unusable ones, so
//! `check` and `build` never disagree about an image.

use std::collections::BTreeMap;
use std::path::{Component, Path};

use crate::diag::Jalur;
use crate::jalur;
use crate::load::Dimuat;
use crate::model::Berkas;
use crate::model::{DataLaporan, Gambar, TandaTangan};

/// An image file that can be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GambarTerbaca {
    /// Its kind, as the file extension Typst is given (`png`, `jpg`,
    /// `gif`, `svg`).
    pub ext: &'static str,
    /// File contents.
    pub isi: Vec<u8>,
}

/// The check code of an image that cannot be used (`check` reports it
/// from [`DaftarGambar`]; a `--draft` build that meets it stops with the
/// same code).
pub const KODE_GAMBAR: &str = "LK001";

/// A field of the data that names an image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TempatGambar {
    /// The data file that holds the field.
    pub file: Berkas,
    /// YAML path of the field (`logo.berkas`).
    pub kolom: Jalur,
    /// The path as written.
    pub berkas: String,
}

/// Every image the data names: the fields, and each distinct path read
/// once.
#[derive(Clone, Debug, Default)]
pub struct DaftarGambar {
    /// The fields that name an image, in the order of the files.
    pub tempat: Vec<TempatGambar>,
    /// Each path as written, read: the image, or why it cannot be used.
    pub terbaca: BTreeMap<String, Result<GambarTerbaca, String>>,
}

impl DaftarGambar {
    /// Reads every image that `d` names (the only file I/O after loading).
    pub fn baca(d: &Dimuat) -> DaftarGambar {
        let tempat = tempat_gambar(&d.data);
        let mut terbaca = BTreeMap::new();
        for t in &tempat {
            terbaca.entry(t.berkas.clone()).or_insert_with(|| {
                baca(&d.folder, &t.berkas).map(|(ext, isi)| GambarTerbaca { ext, isi })
            });
        }
        DaftarGambar { tempat, terbaca }
    }

    /// The image at `berkas` (as written in the data), or why it cannot be
    /// used.
    pub fn ambil(&self, berkas: &str) -> Result<&GambarTerbaca, String> {
        match self.terbaca.get(berkas) {
            Some(Ok(g)) => Ok(g),
            Some(Err(alasan)) => Err(alasan.clone()),
            None => Err("berkas tidak dibaca saat memuat".into()),
        }
    }
}

/// Every field of `data` that names an image, with its file and YAML path
/// (the same paths the report's pages take their images from).
pub fn tempat_gambar(data: &DataLaporan) -> Vec<TempatGambar> {
    let mut v = Vec::new();
    let mut tambah = |file: Berkas, kolom: Jalur, g: Option<&Gambar>| {
        if let Some(g) = g {
            v.push(TempatGambar {
                file,
                kolom,
                berkas: g.berkas.clone(),
            });
        }
    };
    let ttd = |kolom: &str| jalur!({ kolom }.gambar.berkas);
    let ttd_gambar = |t: &TandaTangan| t.gambar.clone();
    tambah(
        Berkas::Laporan,
        ttd("ditandatangani"),
        ttd_gambar(&data.laporan.ditandatangani).as_ref(),
    );
    tambah(Berkas::Unit, jalur!(logo.berkas), data.unit.logo.as_ref());
    tambah(
        Berkas::Unit,
        jalur!(struktur_organisasi.berkas),
        data.unit.struktur_organisasi.as_ref(),
    );
    tambah(
        Berkas::Pk,
        ttd("pihak_pertama"),
        ttd_gambar(&data.pk.pihak_pertama).as_ref(),
    );
    tambah(
        Berkas::Pk,
        ttd("pihak_kedua"),
        ttd_gambar(&data.pk.pihak_kedua).as_ref(),
    );
    for (id, s) in &data.capaian.sasaran {
        tambah(
            Berkas::Capaian,
            jalur!(sasaran.{id}.gambar.berkas),
            s.gambar.as_ref(),
        );
    }
    if let Some(ka) = &data.kinerja_anggaran {
        tambah(
            Berkas::KinerjaAnggaran,
            jalur!(smart.gambar.berkas),
            ka.smart.gambar.as_ref(),
        );
        tambah(
            Berkas::KinerjaAnggaran,
            jalur!(ikpa.gambar.berkas),
            ka.ikpa.gambar.as_ref(),
        );
    }
    let kl = &data.kinerja_lainnya;
    tambah(
        Berkas::KinerjaLainnya,
        jalur!(e_performance.gambar.berkas),
        kl.e_performance.as_ref().and_then(|e| e.gambar.as_ref()),
    );
    tambah(
        Berkas::KinerjaLainnya,
        jalur!(e_monev.gambar.berkas),
        kl.e_monev.as_ref().and_then(|e| e.gambar.as_ref()),
    );
    if let Some(l) = &data.lampiran {
        tambah(
            Berkas::Lampiran,
            ttd("sk_tim.ditetapkan"),
            ttd_gambar(&l.sk_tim.ditetapkan).as_ref(),
        );
    }
    v
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
    let root = folder.canonicalize().map_err(|e| {
        format!(
            "folder data tidak dapat dibuka: {}",
            crate::berkas::galat_io(&e)
        )
    })?;
    let full = root.join(rel);
    let real = full.canonicalize().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "berkas tidak ditemukan".to_string(),
        _ => format!("berkas tidak dapat dibuka: {}", crate::berkas::galat_io(&e)),
    })?;
    if !real.starts_with(&root) {
        return Err("berkas berada di luar folder data (tautan simbolik?)".into());
    }
    let meta = std::fs::metadata(&real)
        .map_err(|e| format!("berkas tidak dapat dibuka: {}", crate::berkas::galat_io(&e)))?;
    if !meta.is_file() {
        return Err("bukan berkas biasa".into());
    }
    if meta.len() > BATAS_UKURAN_GAMBAR {
        return Err(format!(
            "berkas terlalu besar ({} KB); paling besar {} KB",
            meta.len() / 1024,
            BATAS_UKURAN_GAMBAR / 1024
        ));
    }
    let isi = std::fs::read(&real)
        .map_err(|e| format!("berkas tidak dapat dibaca: {}", crate::berkas::galat_io(&e)))?;
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
    uji_isi(ext, &isi)?;
    Ok((ext, isi))
}

/// The largest image file accepted, in bytes.
pub const BATAS_UKURAN_GAMBAR: u64 = 20 * 1024 * 1024;

/// The largest width or height of a raster image, in pixels.
pub const BATAS_SISI_PIKSEL: u32 = 10_000;

/// The most pixels a raster image may have (width × height): 40 million,
/// about 160 MB once decoded.
pub const BATAS_PIKSEL: u64 = 40_000_000;

/// Width and height from a raster image's header, without decoding it.
fn ukuran_raster(ext: &str, b: &[u8]) -> Option<(u32, u32)> {
    let be32 = |i: usize| Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?));
    let le16 = |i: usize| {
        Some(u32::from(u16::from_le_bytes(
            b.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    let be16 = |i: usize| {
        Some(u32::from(u16::from_be_bytes(
            b.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    match ext {
        // IHDR is the first chunk: width and height at bytes 16 and 20.
        "png" => Some((be32(16)?, be32(20)?)),
        // Logical screen size at bytes 6 and 8.
        "gif" => Some((le16(6)?, le16(8)?)),
        "jpg" => {
            // Walk the markers to the first start-of-frame.
            let mut i = 2;
            while i + 9 < b.len() {
                if b[i] != 0xFF {
                    return None;
                }
                let marker = b[i + 1];
                if marker == 0xFF {
                    i += 1;
                    continue;
                }
                let len = be16(i + 2)? as usize;
                if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
                    return Some((be16(i + 7)?, be16(i + 5)?));
                }
                i += 2 + len;
            }
            None
        }
        _ => None,
    }
}

/// Checks that Typst can use the image: the size stated in its header
/// within bounds (before anything is decoded), then a full decode with
/// Typst's own decoders, so that `check` refuses exactly what `build`
/// would fail on. An SVG may not refer to other files.
fn uji_isi(ext: &str, isi: &[u8]) -> Result<(), String> {
    use typst::foundations::Bytes;
    use typst::visualize::{ExchangeFormat, RasterImage, SvgImage};
    if ext == "svg" {
        let teks = std::str::from_utf8(isi).map_err(|_| "SVG bukan teks UTF-8".to_string())?;
        if let Some(rujukan) = rujukan_luar_svg(teks) {
            return Err(format!(
                "SVG merujuk berkas lain ({rujukan}); simpan gambar sebagai satu berkas tanpa rujukan luar"
            ));
        }
        SvgImage::new(Bytes::new(isi.to_vec()))
            .map_err(|_| "SVG rusak, tidak dapat diurai".to_string())?;
        return Ok(());
    }
    let (w, h) = ukuran_raster(ext, isi)
        .ok_or_else(|| format!("kepala berkas {} rusak", ext.to_uppercase()))?;
    if w == 0 || h == 0 {
        return Err("gambar berukuran nol piksel".into());
    }
    if w > BATAS_SISI_PIKSEL || h > BATAS_SISI_PIKSEL || u64::from(w) * u64::from(h) > BATAS_PIKSEL
    {
        return Err(format!(
            "gambar {w}×{h} piksel terlalu besar; paling besar {BATAS_SISI_PIKSEL} piksel per sisi dan {} juta piksel",
            BATAS_PIKSEL / 1_000_000
        ));
    }
    let format = match ext {
        "png" => ExchangeFormat::Png,
        "jpg" => ExchangeFormat::Jpg,
        _ => ExchangeFormat::Gif,
    };
    // The decoder's own words ("decode", "unexpected EOF") are English.
    RasterImage::plain(Bytes::new(isi.to_vec()), format).map_err(|_| {
        format!(
            "gambar rusak: isi berkas {} tidak dapat diurai; simpan ulang gambarnya",
            ext.to_uppercase()
        )
    })?;
    Ok(())
}

/// The first reference of an SVG to anything outside itself: an `href`
/// that is not `#id` or `data:`, an external entity, a CSS `@import` or
/// `url(...)` that is not `#id`.
fn rujukan_luar_svg(teks: &str) -> Option<String> {
    // Compiled once per process, not once per image.
    static POLA: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?is)(?:href\s*=\s*["']\s*([^"']*)["'])|(<!ENTITY[^>]*\bSYSTEM\b)|(@import)|(?:url\(\s*["']?([^)"']*))"#,
        )
        .expect("a valid pattern")
    });
    for c in POLA.captures_iter(teks) {
        if let Some(h) = c.get(1).or_else(|| c.get(4)) {
            let h = h.as_str().trim();
            if h.starts_with('#') || h.starts_with("data:") {
                continue;
            }
            return Some(format!("`{h}`"));
        }
        return Some(format!("`{}`", c.get(0).map_or("", |m| m.as_str())));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside() {
        let dir = tempfile::tempdir().unwrap();
        // A real 1×1 PNG: images are decoded, not only sniffed.
        const PNG: [u8; 69] = [
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
            0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00,
            0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78,
            0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xc9, 0xfe, 0x92,
            0xef, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
        ];
        std::fs::write(dir.path().join("a.png"), PNG).unwrap();
        let mut huge = PNG;
        huge[16..20].copy_from_slice(&50_000u32.to_be_bytes());
        huge[20..24].copy_from_slice(&50_000u32.to_be_bytes());
        std::fs::write(dir.path().join("besar.png"), huge).unwrap();
        assert!(
            baca(dir.path(), "besar.png")
                .unwrap_err()
                .contains("terlalu besar")
        );
        std::fs::write(dir.path().join("rusak.png"), &PNG[..40]).unwrap();
        assert!(baca(dir.path(), "rusak.png").unwrap_err().contains("rusak"));
        std::fs::write(
            dir.path().join("luar.svg"),
            r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>"#,
        )
        .unwrap();
        assert!(
            baca(dir.path(), "luar.svg")
                .unwrap_err()
                .contains("merujuk berkas lain")
        );
        std::fs::write(
            dir.path().join("dalam.svg"),
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><use href="#a"/><rect id="a" width="1" height="1" fill="url(#g)"/></svg>"##,
        )
        .unwrap();
        assert!(baca(dir.path(), "dalam.svg").is_ok());
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
