//! LK001: every picture the report shows can be used — inside the data
//! folder, a real PNG/JPEG/GIF/SVG within the size limits, decodable, an
//! SVG without references to other files. The same collection `build`
//! makes, so `check` and `build` never disagree about an image.

use crate::check::{Konteks, Temuan};
use crate::model::BERKAS;

/// LK001.
pub fn dapat_dipakai(k: &Konteks, out: &mut Vec<Temuan>) {
    let galat = match crate::render::view::bangun(k.laporan, false) {
        Ok(_) => return,
        Err(g) => g,
    };
    for g in galat {
        let Some(berkas) = BERKAS.iter().find(|b| **b == g.file) else {
            continue;
        };
        out.push(Temuan::baru(
            berkas,
            g.kolom.clone(),
            format!("gambar `{}` tidak dapat dipakai: {}", g.berkas, g.alasan),
            format!("image `{}` cannot be used: {}", g.berkas, g.alasan),
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
        assert_eq!(t[0].path, "logo.berkas");
        assert!(t[0].pesan.id.contains("berkas tidak ditemukan"));
    }
}
