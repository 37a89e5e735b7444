//! LK001: every picture the data names can be used — inside the data
//! folder, a real PNG/JPEG/GIF/SVG within the size limits, decodable, an
//! SVG without references to other files. The images were read when the
//! report was built ([`crate::laporan::gambar`]); `build` takes its bytes
//! from the same reading, so `check` and `build` never disagree about an
//! image.

use crate::check::{Konteks, Temuan};

/// LK001.
pub fn dapat_dipakai(k: &Konteks, out: &mut Vec<Temuan>) {
    let daftar = &k.laporan.gambar;
    for t in &daftar.tempat {
        let Err(alasan) = daftar.ambil(&t.berkas) else {
            continue;
        };
        out.push(Temuan::baru(
            t.file,
            t.kolom.clone(),
            format!("gambar `{}` tidak dapat dipakai: {alasan}", t.berkas),
            format!("image `{}` cannot be used: {alasan}", t.berkas),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn lk001_images() {
        assert!(temuan(data_2023(), dapat_dipakai).is_empty());
        let d = ubah(|d| d.unit.logo.as_mut().unwrap().berkas = "gambar/tidak-ada.png".into());
        let t = temuan(&d, dapat_dipakai);
        // The logo appears on several pages; it is one problem.
        assert_eq!(t.len(), 1, "{t:#?}");
        assert_eq!(t[0].path.to_string(), "logo.berkas");
        assert!(t[0].pesan.id.contains("berkas tidak ditemukan"));
    }
}
