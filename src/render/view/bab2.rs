//! Bab II Perencanaan Kinerja. The wording is in `templates/bab2.typ`.

use super::{Konteks, md};
use crate::render::markdown::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Bab II content.
#[derive(Debug)]
pub struct Bab2 {
    /// Report year.
    pub tahun: i32,
    /// A. Text before the vision.
    pub pengantar: Markup,
    /// A. The vision.
    pub visi: String,
    /// A. Text before the missions.
    pub pengantar_misi: Markup,
    /// A. Missions.
    pub misi: Vec<String>,
    /// A. Aims and values.
    pub tujuan_dan_nilai: Markup,
    /// A. Text before the strategic goals.
    pub pengantar_sasaran_strategis: Markup,
    /// A. Strategic goals.
    pub sasaran_strategis: Vec<String>,
    /// A. Text before the activity goals.
    pub pengantar_sasaran_kegiatan: Markup,
    /// A. Activity goals.
    pub sasaran_kegiatan: Vec<String>,
    /// A. Text before the policies.
    pub pengantar_kebijakan: Markup,
    /// A. Policies.
    pub kebijakan: Vec<String>,
    /// B. Text before the PK table.
    pub pengantar_pk: Markup,
    /// B. PK table (sasaran, indicators, targets).
    pub tabel_pk: Markup,
    /// B. PK budget table.
    pub tabel_anggaran_pk: Markup,
}

/// The PK table: goals spanning their indicators.
pub(super) fn tabel_pk(k: &Konteks) -> TabelTyp {
    let mut cols = super::kolom_sasaran();
    cols.push(kolom("auto", Rata::Tengah));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(
        [
            "No",
            "Sasaran Kegiatan",
            "Indikator Kinerja Kegiatan",
            "Target",
        ]
        .map(Sel::teks)
        .to_vec(),
    );
    super::baris_per_indikator(k, &mut t, |ind| {
        vec![Sel::teks(&k.bersatuan(ind.target.get(), ind.satuan))]
    });
    t
}

/// The PK budget table: programme and activity with their amounts.
pub(super) fn tabel_anggaran_pk(k: &Konteks) -> TabelTyp {
    let mut t = TabelTyp::baru(vec![kolom("1fr", Rata::Kiri), kolom("auto", Rata::Kanan)]);
    t.kepala
        .push(vec![Sel::teks("Program / Kegiatan"), Sel::teks("Anggaran")]);
    for a in &k.d.data.pk.anggaran {
        t.isi.push(vec![
            Sel::teks(&a.program).tebal(),
            Sel::teks(&k.rp(a.pagu.get())).tebal(),
        ]);
        t.isi
            .push(vec![Sel::teks(&a.kegiatan), Sel::teks(&k.rp(a.pagu.get()))]);
    }
    let total: rust_decimal::Decimal = k.d.data.pk.anggaran.iter().map(|a| a.pagu.get()).sum();
    t.kaki
        .push(vec![Sel::teks("Jumlah"), Sel::teks(&k.rp(total))]);
    t
}

/// Bab II from the data.
pub(super) fn bangun(k: &mut Konteks) -> Bab2 {
    let data = &k.d.data;
    let r = &data.renstra;
    Bab2 {
        tahun: data.laporan.tahun,
        pengantar: md(&r.pengantar),
        visi: r.visi.clone(),
        pengantar_misi: md(&r.pengantar_misi),
        misi: r.misi.clone(),
        tujuan_dan_nilai: md(&r.tujuan_dan_nilai),
        pengantar_sasaran_strategis: md(&r.pengantar_sasaran_strategis),
        sasaran_strategis: r.sasaran_strategis.clone(),
        pengantar_sasaran_kegiatan: md(&r.pengantar_sasaran_kegiatan),
        sasaran_kegiatan: super::nama_sasaran_kegiatan(k),
        pengantar_kebijakan: md(&r.pengantar_kebijakan),
        kebijakan: r.kebijakan.clone(),
        pengantar_pk: md(&data.narasi.pengantar_perjanjian_kinerja),
        tabel_pk: tabel_pk(k).markup(),
        tabel_anggaran_pk: tabel_anggaran_pk(k).markup(),
    }
}
