//! Bab II Perencanaan Kinerja.

use super::{Konteks, daftar_teks, figur_tabel, md};
use crate::render::markdown::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Bab II content.
#[derive(Debug)]
pub struct Bab2 {
    /// A. Rencana Strategis, in order.
    pub renstra: Markup,
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

pub(super) fn bangun(k: &mut Konteks) -> Bab2 {
    let data = &k.d.data;
    let r = &data.renstra;
    let sasaran_kegiatan: Vec<String> = data
        .pk
        .sasaran_kegiatan
        .iter()
        .map(|s| s.nama.clone())
        .collect();
    let renstra = [
        md(&r.pengantar),
        Markup(format!(
            "#tengah(emph[\u{201c}{}\u{201d}])",
            Markup::teks(&r.visi)
        )),
        md(&r.pengantar_misi),
        daftar_teks(&r.misi),
        md(&r.tujuan_dan_nilai),
        md(&r.pengantar_sasaran_strategis),
        daftar_teks(&r.sasaran_strategis),
        md(&r.pengantar_sasaran_kegiatan),
        daftar_teks(&sasaran_kegiatan),
        md(&r.pengantar_kebijakan),
        daftar_teks(&r.kebijakan),
    ]
    .into_iter()
    .filter(|m| !m.is_empty())
    .map(|m| m.0)
    .collect::<Vec<_>>()
    .join("\n\n");
    Bab2 {
        renstra: Markup(renstra),
        pengantar_pk: md(&data.narasi.pengantar_perjanjian_kinerja),
        tabel_pk: figur_tabel(
            &format!("Perjanjian Kinerja Tahun {}", data.laporan.tahun),
            &tabel_pk(k),
        ),
        tabel_anggaran_pk: figur_tabel(
            "Anggaran Program Perjanjian Kinerja",
            &tabel_anggaran_pk(k),
        ),
    }
}
