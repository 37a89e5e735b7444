//! LK002: keys spelt as an earlier data format did.

use std::path::Path;

use crate::check::{Konteks, Temuan};
use crate::diag::Jalur;

/// LK002: one warning at each old key, naming its new spelling and the
/// command that rewrites the folder.
pub fn ejaan_lama(k: &Konteks, out: &mut Vec<Temuan>) {
    for kl in &k.d.ejaan_lama {
        let e = kl.ejaan;
        let folder =
            k.d.sumber
                .get(e.berkas.nama())
                .and_then(|s| Path::new(&s.berkas).parent())
                .map_or_else(
                    || k.d.folder.display().to_string(),
                    |p| p.display().to_string(),
                );
        out.push(
            Temuan::baru(
                e.berkas,
                Jalur::urai(&kl.path),
                format!(
                    "`{}` adalah ejaan format data {}; namanya sekarang `{}` (nilainya tetap dibaca). Jalankan `lkjip migrate {folder}` untuk memperbarui folder",
                    e.lama,
                    e.format - 1,
                    e.baru
                ),
                format!(
                    "`{}` is the spelling of data format {}; it is now `{}` (its value is still read). Run `lkjip migrate {folder}` to update the folder",
                    e.lama,
                    e.format - 1,
                    e.baru
                ),
            )
            .nilai(e.baru, e.lama)
            .di(e.lama),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn lk002_old_key() {
        assert!(temuan(data_2023(), ejaan_lama).is_empty());
        let tmp = salinan_yaml();
        let f = tmp.path().join(crate::model::Berkas::Unit.nama());
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(text.contains("\ninstansi_atasan:"));
        std::fs::write(&f, text.replace("\ninstansi_atasan:", "\nkantor_wilayah:")).unwrap();
        let d = crate::load::muat(tmp.path()).unwrap();
        assert_eq!(d.data, data_2023().data, "read under the new name");
        let t = temuan(&d, ejaan_lama);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].path, "kantor_wilayah");
        assert!(t[0].pesan.id.contains("namanya sekarang `instansi_atasan`"));
        assert!(t[0].pesan.id.contains("lkjip migrate"));
        // Placed at the old key, not at its value.
        let baris = text
            .lines()
            .position(|l| l.starts_with("instansi_atasan:"))
            .unwrap()
            + 1;
        assert_eq!(
            d.sumber[crate::model::Berkas::Unit.nama()]
                .peta
                .get("kantor_wilayah")
                .map(|p| (p.baris, p.kolom)),
            Some((baris, 1))
        );
    }
}
