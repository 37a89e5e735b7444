//! Bab III D Capaian Kinerja Lainnya: e-Performance, e-Monev Bappenas,
//! TARJA and national priorities. The wording is in
//! `templates/bab3/lainnya.typ`.

use super::gambar_layar;
use crate::jalur;
use crate::model::Berkas;
use crate::model::kinerja_lainnya::{EMonev, EPerformance, Tarja};
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};
use crate::render::view::{Konteks, md, md_opt};

/// Bab III D. Each part is present only when its data is; the parts
/// present are numbered 1, 2, … in this order.
#[derive(Debug)]
pub struct Lainnya {
    /// 1. e-Performance.
    pub ep: Option<(usize, EPerformanceView)>,
    /// 2. e-Monev Bappenas.
    pub em: Option<(usize, EMonevView)>,
    /// 3. TARJA.
    pub tarja: Option<(usize, TarjaView)>,
    /// 4. National priorities.
    pub prioritas_nasional: Option<(usize, Markup)>,
}

impl Lainnya {
    /// Whether no part is present (Bab III D is then omitted).
    pub fn kosong(&self) -> bool {
        self.ep.is_none()
            && self.em.is_none()
            && self.tarja.is_none()
            && self.prioritas_nasional.is_none()
    }
}

/// e-Performance in Bab III D.
#[derive(Debug)]
pub struct EPerformanceView {
    /// The unit's text on e-Performance.
    pub uraian: Markup,
    /// Screenshot, when the data names one.
    pub gambar: Option<Markup>,
    /// Targets and realisasi on e-Performance, unless no indicator has any.
    pub tabel: Option<Markup>,
    /// Indicators without a realisasi there.
    pub nihil: Vec<String>,
    /// Closing text (may be empty).
    pub penutup: Markup,
}

/// e-Monev Bappenas in Bab III D.
#[derive(Debug)]
pub struct EMonevView {
    /// The unit's text on e-Monev.
    pub uraian: Markup,
    /// Screenshot, when the data names one.
    pub gambar: Option<Markup>,
    /// Month of the figures.
    pub per_bulan: String,
    /// Budget absorption, when entered.
    pub serapan: Option<String>,
    /// Implementation, when entered.
    pub pelaksanaan: Option<String>,
}

/// TARJA in Bab III D.
#[derive(Debug)]
pub struct TarjaView {
    /// The unit's text on TARJA.
    pub uraian: Markup,
    /// The TARJA table, unless there are no targets.
    pub tabel: Option<Markup>,
    /// Closing text (may be empty).
    pub penutup: Markup,
}

/// Bab III D from the data.
pub(super) fn bangun(k: &mut Konteks) -> Lainnya {
    let kl = k.d.data.kinerja_lainnya.clone();
    let ep = kl.e_performance.as_ref().map(|ep| e_performance(k, ep));
    let em = kl.e_monev.as_ref().map(|em| e_monev(k, em));
    let tarja = kl.tarja_berisi().map(|tj| tarja(k, tj));
    let pn = kl.prioritas_nasional.as_ref().map(|pn| md(&pn.uraian));
    // Number the parts present consecutively.
    let mut nomor = 0;
    let mut beri = || {
        nomor += 1;
        nomor
    };
    Lainnya {
        ep: ep.map(|v| (beri(), v)),
        em: em.map(|v| (beri(), v)),
        tarja: tarja.map(|v| (beri(), v)),
        prioritas_nasional: pn.map(|v| (beri(), v)),
    }
}

fn e_performance(k: &mut Konteks, ep: &EPerformance) -> EPerformanceView {
    let gambar = gambar_layar(
        k,
        Berkas::KinerjaLainnya,
        jalur!(e_performance.gambar.berkas),
        ep.gambar.as_ref(),
    );
    let istilah = k.d.data.unit.istilah();
    let mut cols = crate::render::view::kolom_sasaran();
    cols.extend((0..2).map(|_| kolom("auto", Rata::Tengah)));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(
        [
            "No",
            &istilah.sasaran,
            "Indikator Kinerja",
            "Target",
            "Realisasi pada e-Performance",
        ]
        .map(|s| Sel::teks(s))
        .to_vec(),
    );
    let mut nihil = Vec::new();
    // An empty list is no table: every cell would be an invented "Nihil".
    if ep.indikator.is_empty() {
        return EPerformanceView {
            uraian: md(&ep.uraian),
            gambar,
            tabel: None,
            nihil,
            penutup: md_opt(ep.penutup.as_ref()),
        };
    }
    crate::render::view::baris_per_indikator(k, &mut t, |ind| {
        let e = ep.indikator.get(&ind.id);
        let real = e
            .and_then(|e| e.realisasi)
            .map(|r| k.bersatuan(r.get(), &ind.satuan));
        if real.is_none() {
            nihil.push(ind.nama.clone());
        }
        vec![
            Sel::teks(
                &e.map(|e| k.bersatuan(e.target.get(), &ind.satuan))
                    .unwrap_or_else(|| "–".into()),
            ),
            Sel::teks(&real.unwrap_or_else(|| "Nihil".into())),
        ]
    });
    EPerformanceView {
        uraian: md(&ep.uraian),
        gambar,
        tabel: t.markup_berisi(),
        nihil,
        penutup: md_opt(ep.penutup.as_ref()),
    }
}

fn e_monev(k: &mut Konteks, em: &EMonev) -> EMonevView {
    let gambar = gambar_layar(
        k,
        Berkas::KinerjaLainnya,
        jalur!(e_monev.gambar.berkas),
        em.gambar.as_ref(),
    );
    let persen = |v: Option<crate::model::Angka>| v.map(|v| format!("{}%", k.angka(v.get())));
    EMonevView {
        uraian: md(&em.uraian),
        gambar,
        per_bulan: em.per_bulan.clone(),
        serapan: persen(em.serapan_anggaran),
        pelaksanaan: persen(em.pelaksanaan),
    }
}

fn tarja(k: &Konteks, tj: &Tarja) -> TarjaView {
    let mut tabel = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Target Kinerja", "1fr", Rata::Kiri),
        ("Capaian", "auto", Rata::Tengah),
        ("Keterangan", "auto", Rata::Kiri),
    ]);
    for (i, tk) in tj.target.iter().enumerate() {
        tabel.isi.push(vec![
            Sel::teks(&format!("{}.", i + 1)),
            Sel::teks(&tk.nama),
            Sel::teks(&k.angka(tk.capaian.get())),
            Sel::teks(&tk.keterangan),
        ]);
    }
    TarjaView {
        uraian: md(&tj.uraian),
        tabel: tabel.markup_berisi(),
        penutup: md_opt(tj.penutup.as_ref()),
    }
}
