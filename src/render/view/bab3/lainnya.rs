//! Bab III D Capaian Kinerja Lainnya: e-Performance, e-Monev Bappenas,
//! TARJA and national priorities. The wording is in
//! `templates/bab3/lainnya.typ`.

use super::gambar_layar;
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};
use crate::render::view::{Konteks, md, md_opt};

/// Bab III D.
#[derive(Debug)]
pub struct Lainnya {
    /// 1. The unit's text on e-Performance.
    pub ep_uraian: Markup,
    /// 1. Screenshot, when the data names one.
    pub ep_gambar: Option<Markup>,
    /// 1. Targets and realisasi on e-Performance, unless no indicator has any.
    pub ep_tabel: Option<Markup>,
    /// 1. Indicators without a realisasi there.
    pub ep_nihil: Vec<String>,
    /// 1. Closing text (may be empty).
    pub ep_penutup: Markup,
    /// 2. The unit's text on e-Monev.
    pub em_uraian: Markup,
    /// 2. Screenshot, when the data names one.
    pub em_gambar: Option<Markup>,
    /// 2. Month of the figures.
    pub em_per_bulan: String,
    /// 2. Budget absorption, when entered.
    pub em_serapan: Option<String>,
    /// 2. Implementation, when entered.
    pub em_pelaksanaan: Option<String>,
    /// 3. The unit's text on TARJA.
    pub tarja_uraian: Markup,
    /// 3. The TARJA table, unless there are no targets.
    pub tarja_tabel: Option<Markup>,
    /// 3. Closing text (may be empty).
    pub tarja_penutup: Markup,
    /// 4. National priorities.
    pub prioritas_nasional: Markup,
}

/// Bab III D from the data.
pub(super) fn bangun(k: &mut Konteks) -> Lainnya {
    let kl = k.d.data.kinerja_lainnya.clone();
    let ep_gambar = gambar_layar(
        k,
        "kinerja_lainnya.yaml",
        "e_performance.gambar.berkas",
        kl.e_performance.gambar.as_ref(),
    );
    let em_gambar = gambar_layar(
        k,
        "kinerja_lainnya.yaml",
        "e_monev.gambar.berkas",
        kl.e_monev.gambar.as_ref(),
    );
    let mut cols = crate::render::view::kolom_sasaran();
    cols.extend((0..2).map(|_| kolom("auto", Rata::Tengah)));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(
        [
            "No",
            "Sasaran Kegiatan",
            "Indikator Kinerja",
            "Target",
            "Realisasi pada e-Performance",
        ]
        .map(Sel::teks)
        .to_vec(),
    );
    let mut nihil = Vec::new();
    crate::render::view::baris_per_indikator(k, &mut t, |ind| {
        let ep = kl.e_performance.indikator.get(&ind.id);
        let real = ep
            .and_then(|e| e.realisasi)
            .map(|r| k.bersatuan(r.get(), ind.satuan));
        if real.is_none() {
            nihil.push(ind.nama.clone());
        }
        vec![
            Sel::teks(
                &ep.map(|e| k.bersatuan(e.target.get(), ind.satuan))
                    .unwrap_or_else(|| "–".into()),
            ),
            Sel::teks(&real.unwrap_or_else(|| "Nihil".into())),
        ]
    });
    let persen = |v: Option<crate::model::Angka>| v.map(|v| format!("{}%", k.angka(v.get())));
    let mut tarja = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Target Kinerja", "1fr", Rata::Kiri),
        ("Capaian", "auto", Rata::Tengah),
        ("Keterangan", "auto", Rata::Kiri),
    ]);
    for (i, tk) in kl.tarja.target.iter().enumerate() {
        tarja.isi.push(vec![
            Sel::teks(&format!("{}.", i + 1)),
            Sel::teks(&tk.nama),
            Sel::teks(&k.angka(tk.capaian.get())),
            Sel::teks(&tk.keterangan),
        ]);
    }
    Lainnya {
        ep_uraian: md(&kl.e_performance.uraian),
        ep_gambar,
        ep_tabel: t.markup_berisi(),
        ep_nihil: nihil,
        ep_penutup: md_opt(kl.e_performance.penutup.as_ref()),
        em_uraian: md(&kl.e_monev.uraian),
        em_gambar,
        em_per_bulan: kl.e_monev.per_bulan.clone(),
        em_serapan: persen(kl.e_monev.serapan_anggaran),
        em_pelaksanaan: persen(kl.e_monev.pelaksanaan),
        tarja_uraian: md(&kl.tarja.uraian),
        tarja_tabel: tarja.markup_berisi(),
        tarja_penutup: md_opt(kl.tarja.penutup.as_ref()),
        prioritas_nasional: md(&kl.prioritas_nasional.uraian),
    }
}
