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
    /// The letters of the sub-chapters printed.
    pub abjad: super::Abjad,
    /// A. Kesimpulan: the unit's text (may be empty; the generated
    /// sentence stands).
    pub kesimpulan: Markup,
    /// A. Indicator counts by outcome.
    pub rekap: crate::calc::ikhtisar::Rekap,
    /// A. Budget realisasi: (percent, amount, pagu); `None` without
    /// `anggaran.yaml`.
    pub anggaran: Option<(String, String, String)>,
    /// B. Saran; `None` (left out) when not written.
    pub saran: Option<Markup>,
    /// Signature.
    pub ttd: Ttd,
}

/// Bab IV from the data and the indicator results.
pub(super) fn bangun(k: &mut Konteks) -> Bab4 {
    let data = &k.d.data;
    let rekap = k.hasil.rekap.clone();
    let anggaran = k
        .hasil
        .anggaran
        .as_ref()
        .map(|a| (k.persen(&a.persen), k.rp(a.realisasi), k.rp(a.pagu)));
    Bab4 {
        tahun: data.laporan.tahun,
        abjad: super::Abjad::default(),
        kesimpulan: md(&data.narasi.penutup.kesimpulan),
        rekap,
        anggaran,
        saran: k.bagian(&data.narasi.penutup.saran),
        ttd: k.ttd(
            Berkas::Laporan,
            jalur!(ditandatangani),
            &data.laporan.ditandatangani,
            &[],
            true,
        ),
    }
}
