//! Bab IV Penutup.

use super::{Konteks, Ttd, md};
use crate::render::markdown::Markup;

/// Bab IV content.
#[derive(Debug)]
pub struct Bab4 {
    /// A. Kesimpulan: the unit's text, then the generated summary.
    pub kesimpulan: Markup,
    /// B. Saran.
    pub saran: Markup,
    /// Signature.
    pub ttd: Ttd,
}

pub(super) fn bangun(k: &mut Konteks) -> Bab4 {
    let data = &k.d.data;
    let rekap = k.hasil.rekap.clone();
    let total = k.hasil.anggaran.clone();
    let ringkas = Markup::teks(&format!(
        "Secara kuantitatif, dari {} Indikator Kinerja Kegiatan tahun {}, {} indikator tercapai, {} indikator belum tercapai dan {} indikator tidak dapat dihitung; realisasi anggaran mencapai {} ({} dari pagu {}).",
        rekap.total,
        data.laporan.tahun,
        rekap.tercapai,
        rekap.tidak_tercapai,
        rekap.tidak_dapat_dihitung,
        k.persen(&total.persen),
        k.rp(total.realisasi),
        k.rp(total.pagu)
    ));
    Bab4 {
        kesimpulan: Markup(format!(
            "{}\n\n{}",
            md(&data.narasi.penutup.kesimpulan),
            ringkas
        )),
        saran: md(&data.narasi.penutup.saran),
        ttd: k.ttd(
            "laporan.yaml",
            "ditandatangani",
            &data.laporan.ditandatangani,
            &[],
            true,
        ),
    }
}
