//! Bab IV Penutup. The wording is in `templates/bab4.typ`.

use super::{Konteks, Ttd, md};
use crate::jalur;
use crate::model::Berkas;
use crate::render::markup::Markup;

/// Bab IV content.
#[derive(Debug)]
pub struct Bab4 {
    /// Report year.
    pub tahun: i32,
    /// A. Kesimpulan: the unit's text.
    pub kesimpulan: Markup,
    /// A. Indicator counts by outcome.
    pub rekap: crate::calc::ikhtisar::Rekap,
    /// A. Budget realisasi in percent of the pagu.
    pub persen_anggaran: String,
    /// A. Budget realisasi.
    pub realisasi: String,
    /// A. Pagu.
    pub pagu: String,
    /// B. Saran.
    pub saran: Markup,
    /// Signature.
    pub ttd: Ttd,
}

/// Bab IV from the data and the indicator results.
pub(super) fn bangun(k: &mut Konteks) -> Bab4 {
    let data = &k.d.data;
    let rekap = k.hasil.rekap.clone();
    let total = k.hasil.anggaran.clone();
    Bab4 {
        tahun: data.laporan.tahun,
        kesimpulan: md(&data.narasi.penutup.kesimpulan),
        rekap,
        persen_anggaran: k.persen(&total.persen),
        realisasi: k.rp(total.realisasi),
        pagu: k.rp(total.pagu),
        saran: md(&data.narasi.penutup.saran),
        ttd: k.ttd(
            Berkas::Laporan,
            jalur!(ditandatangani),
            &data.laporan.ditandatangani,
            &[],
            true,
        ),
    }
}
