//! Bab III Akuntabilitas Kinerja: A capaian per indicator, B realisasi
//! anggaran, C capaian kinerja anggaran, D capaian kinerja lainnya.
//!
//! Each section's module returns plain data (formatted strings, numbers,
//! options, lists, and `Markup` only for narrative, tables, charts and
//! pictures); `templates/bab3.typ` and `templates/bab3/*.typ` hold the
//! headings, the fixed wording and the layout.

mod anggaran;
mod indikator;
mod kinerja_anggaran;
mod lainnya;
mod perbandingan;
mod tabel_data;
mod tiga_tahun;

pub use anggaran::{Anggaran, BelanjaTahun};
pub use indikator::{
    CaraRealisasi, DaftarPeriksa, Hitungan, IndikatorView, Rumus, RumusCapaian, SasaranView,
    Status, SubUkuran,
};
pub use kinerja_anggaran::{Gabungan, HasilGabungan, KinerjaAnggaran, SkorView};
pub use lainnya::Lainnya;
pub use perbandingan::{Banding, Renstra, Sebelum, TahunIniRenstra, TahunLalu, TargetRenstra};
pub use tabel_data::{Populasi, TabelBerjudul, TabelIndikator};

use super::Konteks;
use super::depan::RingkasanKinerja;
use crate::calc::capaian::HasilIndikator;
use crate::model::laporan::RumusNegatif;
use crate::model::pk::Polaritas;
use crate::render::markup::Markup;
use crate::render::view::md;

/// Bab III content.
#[derive(Debug)]
pub struct Bab3 {
    /// Report year.
    pub tahun: i32,
    /// A. The unit's opening text.
    pub pengantar: Markup,
    /// A. How capaian is measured.
    pub aturan: Aturan,
    /// A. The unit's short name (title of Tabel 3.1).
    pub nama_singkat: String,
    /// A. Tabel 3.1: capaian of this year and the earlier years with data.
    pub tabel_tiga_tahun: Markup,
    /// A. The years of Tabel 3.1 for its caption (`2021–2023`, or `2023`).
    pub tahun_tabel_tiga_tahun: String,
    /// A. How many indicators were achieved.
    pub ringkasan: RingkasanKinerja,
    /// A. Per goal.
    pub sasaran: Vec<SasaranView>,
    /// A. Obstacles.
    pub kendala: Vec<String>,
    /// A. Solutions.
    pub solusi: Vec<String>,
    /// The letters of the sub-chapters printed (B–D are each left out
    /// when their file is absent).
    pub abjad: super::Abjad,
    /// B., when the folder has `anggaran.yaml`.
    pub anggaran: Option<Anggaran>,
    /// B. Budget beside result, when some indicator has a budget.
    pub efisiensi: Option<anggaran::EfisiensiView>,
    /// C., when the folder has `kinerja_anggaran.yaml`.
    pub kinerja_anggaran: Option<KinerjaAnggaran>,
    /// D.
    pub lainnya: Lainnya,
}

/// The report's measurement rules, for the sentence that states them.
#[derive(Debug)]
pub struct Aturan {
    /// Rounding of computed realisasi, in words.
    pub realisasi: String,
    /// Rounding of capaian, in words.
    pub capaian: String,
    /// The formula for negative indicators, when the report has any.
    pub negatif: Option<Rumus>,
    /// The cap on capaian (`120`), if any.
    pub batas: Option<String>,
}

/// Realisasi and capaian of every indicator, in PK order (index into `DataLaporan::indikator()`).
pub(super) fn hasil_indikator(k: &Konteks) -> Vec<(usize, HasilIndikator)> {
    k.d.data
        .indikator()
        .map(|(_, ind)| k.hasil.indikator[&ind.id].clone())
        .enumerate()
        .collect()
}

/// The `image(...)` of an application screenshot, when the data names one.
fn gambar_layar(
    k: &mut Konteks,
    berkas: crate::model::Berkas,
    kolom: crate::diag::Jalur,
    g: Option<&crate::model::Gambar>,
) -> Option<Markup> {
    g.map(|g| k.gambar(berkas, kolom, Some(g), "8cm"))
}

/// Bab III from the data and the indicator results.
pub(super) fn bangun(k: &mut Konteks, hasil: &[(usize, HasilIndikator)]) -> Bab3 {
    let data = &k.d.data;
    let negatif = data
        .indikator()
        .any(|(_, i)| i.arah() == Polaritas::Negatif);
    let aturan = Aturan {
        realisasi: k.aturan(k.p.realisasi),
        capaian: k.aturan(k.p.capaian),
        negatif: negatif.then_some(match k.p.rumus_negatif {
            RumusNegatif::DuaTargetKurangRealisasi => Rumus::NegatifDuaTarget,
            RumusNegatif::TargetPerRealisasi => Rumus::NegatifPerRealisasi,
        }),
        batas: k.p.batas_capaian.map(|b| k.angka(b.get())),
    };
    let mut sasaran = Vec::new();
    let mut mulai = 0;
    for (s, sk) in data.pk.sasaran_kegiatan.iter().enumerate() {
        sasaran.push(indikator::sasaran_view(k, s, sk, hasil, mulai));
        mulai += sk.indikator.len();
    }
    let tahun_tabel = tiga_tahun::tahun_tabel(k);
    Bab3 {
        tahun: data.laporan.tahun,
        pengantar: md(&data.capaian.pengantar),
        aturan,
        nama_singkat: data.unit.nama_singkat.clone(),
        tabel_tiga_tahun: tiga_tahun::tabel_tiga_tahun(k, hasil, &tahun_tabel).markup(),
        tahun_tabel_tiga_tahun: crate::format::rentang_tahun(
            tahun_tabel.last().copied().unwrap_or(data.laporan.tahun),
            data.laporan.tahun,
        ),
        ringkasan: super::depan::ringkasan_kinerja(k, hasil),
        sasaran,
        kendala: super::butir(&data.capaian.kendala),
        solusi: super::butir(&data.capaian.solusi),
        abjad: super::Abjad::default(),
        anggaran: anggaran::bangun(k),
        efisiensi: anggaran::efisiensi(k),
        kinerja_anggaran: kinerja_anggaran::bangun(k),
        lainnya: lainnya::bangun(k),
    }
}
