//! Bab III A per activity goal and per indicator: the indicator's target,
//! how its realisasi and capaian follow, its tables and the unit's
//! analyses. The wording is in `templates/bab3/sasaran.typ` and
//! `templates/bab3/indikator.typ`.

use super::perbandingan::{self, Renstra, TahunLalu};
use super::tabel_data::{self, TabelIndikator};
use crate::calc::Nilai;
use crate::calc::capaian::{HasilIndikator, RincianRealisasi};
use crate::jalur;
use crate::model::Berkas;
use crate::model::capaian::{CapaianIndikator, Realisasi};
use crate::model::pk::{Indikator, SasaranKegiatan};
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp};
use crate::render::view::{Konteks, md_opt, romawi};

/// One activity goal's part of Bab III A.
#[derive(Debug)]
pub struct SasaranView {
    /// Number (1-based).
    pub nomor: usize,
    /// Number in Roman numerals.
    pub romawi: &'static str,
    /// Name.
    pub nama: String,
    /// Names of its indicators.
    pub nama_indikator: Vec<String>,
    /// The `image(...)` of its picture, when the data names one.
    pub gambar: Option<Markup>,
    /// Its indicators.
    pub indikator: Vec<IndikatorView>,
}

/// Whether an indicator reached its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Capaian of at least 100 %.
    Tercapai,
    /// Capaian below 100 %.
    TidakTercapai,
    /// Realisasi cannot be computed (N/A).
    TidakDapatDihitung,
    /// Realisasi not yet entered.
    BelumDiisi,
}

/// One indicator's section.
#[derive(Debug)]
pub struct IndikatorView {
    /// Name (heading).
    pub nama: String,
    /// Label in table titles: `I.1`.
    pub label: String,
    /// Target with its unit (`tidak tersedia` when the PK marks it so).
    pub target: String,
    /// Why the target is not available, when the PK marks it so.
    pub target_tidak_tersedia: Option<String>,
    /// Realisasi with its unit, or N/A.
    pub realisasi: String,
    /// Capaian, or N/A.
    pub capaian: String,
    /// Outcome.
    pub status: Status,
    /// 1. The unit's introduction (may be empty).
    pub pengantar: Markup,
    /// 1. Data tables.
    pub tabel: Vec<TabelIndikator>,
    /// 1. How the realisasi follows.
    pub cara_realisasi: CaraRealisasi,
    /// 1. How the capaian follows, when there is one.
    pub rumus: Option<RumusCapaian>,
    /// 1. The target/realisasi/capaian table.
    pub tabel_capaian: Markup,
    /// Where the realisasi comes from, when given.
    pub sumber: Option<String>,
    /// 1. The unit's explanation (may be empty).
    pub penjelasan: Markup,
    /// 2. Earlier years.
    pub tahun_lalu: TahunLalu,
    /// 3. Renstra; `None` without `renstra.yaml` (the part is left out
    /// and the later ones move up; a draft prints it as not filled in).
    pub renstra: Option<Renstra>,
    /// 4. National standard; absent when not written (except in a draft).
    pub standar_nasional: Option<BagianAnalisis>,
    /// 5. Causes; absent when not written (except in a draft).
    pub penyebab: Option<BagianAnalisis>,
    /// 6. Supporting programmes; absent when not written (except in a draft).
    pub program: Option<BagianAnalisis>,
}

/// How the realisasi of an indicator follows from its data.
#[derive(Debug)]
pub enum CaraRealisasi {
    /// Not entered.
    BelumDiisi,
    /// Not computable, for this reason.
    TidakDapatDihitung(String),
    /// Entered directly.
    Langsung,
    /// A ratio of two counts.
    Hitungan(Hitungan),
    /// The mean of sub-measures.
    Komposit(Vec<SubUkuran>),
    /// The share of done items of a checklist table.
    DaftarPeriksa(DaftarPeriksa),
    /// Not available in the source or not yet measured, with the reason.
    TidakTersedia(String),
}

/// A ratio of two counts.
#[derive(Debug)]
pub struct Hitungan {
    /// What the numerator counts, when described.
    pub uraian_pembilang: Option<String>,
    /// What the denominator counts, when described.
    pub uraian_penyebut: Option<String>,
    /// Numerator.
    pub pembilang: String,
    /// Denominator.
    pub penyebut: String,
    /// Rounding rule in words.
    pub aturan: String,
}

/// One sub-measure of a composite realisasi.
#[derive(Debug)]
pub struct SubUkuran {
    /// Name.
    pub nama: String,
    /// Numerator.
    pub pembilang: String,
    /// Denominator.
    pub penyebut: String,
    /// Its percentage, or N/A.
    pub nilai: String,
}

/// A checklist realisasi.
#[derive(Debug)]
pub struct DaftarPeriksa {
    /// Items counted.
    pub total: u32,
    /// Items done.
    pub selesai: u32,
    /// Title of the checklist table.
    pub judul: String,
}

/// The capaian formula with the figures put in.
#[derive(Debug)]
pub struct RumusCapaian {
    /// Which formula.
    pub rumus: Rumus,
    /// Target (number only).
    pub target: String,
    /// Realisasi (number only).
    pub realisasi: String,
    /// Capaian.
    pub hasil: String,
    /// Whether the capaian was cut to the report's cap.
    pub dibatasi: bool,
    /// Rounding rule in words.
    pub aturan: String,
}

/// A capaian formula: the one [`HasilIndikator::rumus`] records.
pub use crate::calc::capaian::Rumus;

fn cara_realisasi(k: &Konteks, id: &str, c: Option<&CapaianIndikator>) -> CaraRealisasi {
    match c.and_then(|c| c.realisasi.as_ref()) {
        None => CaraRealisasi::BelumDiisi,
        Some(Realisasi::TidakDapatDihitung(why)) => CaraRealisasi::TidakDapatDihitung(why.clone()),
        Some(Realisasi::TidakTersedia(why)) => CaraRealisasi::TidakTersedia(why.clone()),
        Some(Realisasi::Langsung(_) | Realisasi::YaTidak(_)) => CaraRealisasi::Langsung,
        Some(Realisasi::Hitungan(x)) => CaraRealisasi::Hitungan(Hitungan {
            uraian_pembilang: x.uraian_pembilang.clone(),
            uraian_penyebut: x.uraian_penyebut.clone(),
            pembilang: k.angka(x.pembilang.get()),
            penyebut: k.angka(x.penyebut.get()),
            aturan: k.aturan(k.p.realisasi),
        }),
        Some(Realisasi::Komposit(parts)) => {
            let rasio = match k.hasil.rincian_realisasi.get(id) {
                Some(RincianRealisasi::SubUkuran(r)) => r.as_slice(),
                _ => &[],
            };
            CaraRealisasi::Komposit(
                parts
                    .iter()
                    .enumerate()
                    .map(|(i, s)| SubUkuran {
                        nama: s.nama.clone(),
                        pembilang: k.angka(s.pembilang.get()),
                        penyebut: k.angka(s.penyebut.get()),
                        nilai: rasio
                            .get(i)
                            .copied()
                            .flatten()
                            .map(|v| format!("{}%", k.angka(v)))
                            .unwrap_or_else(|| "N/A".into()),
                    })
                    .collect(),
            )
        }
        Some(Realisasi::DaftarPeriksa(tabel_id)) => {
            let table = c
                .into_iter()
                .flat_map(|c| c.tabel.iter())
                .find(|t| t.id.as_deref() == Some(tabel_id));
            let (done, total) = match k.hasil.rincian_realisasi.get(id) {
                Some(RincianRealisasi::DaftarPeriksa(Some(n))) => *n,
                _ => (0, 0),
            };
            CaraRealisasi::DaftarPeriksa(DaftarPeriksa {
                total,
                selesai: done,
                judul: table
                    .map(|t| t.judul.clone())
                    .unwrap_or_else(|| tabel_id.clone()),
            })
        }
    }
}

fn rumus_capaian(k: &Konteks, ind: &Indikator, h: &HasilIndikator) -> Option<RumusCapaian> {
    let Nilai::Ada(r) = h.realisasi else {
        return None;
    };
    let Nilai::Ada(c) = &h.capaian else {
        return None;
    };
    // The formula the capaian was computed with (`calc::capaian`), and
    // the number it was taken against; a range's inside and yes/no print
    // the target as written.
    let dipakai = h.rumus?;
    let rumus = dipakai.rumus;
    let target = match dipakai.acuan {
        Some(t) => k.angka(t),
        None => k.target(ind),
    };
    Some(RumusCapaian {
        rumus,
        target,
        realisasi: if ind.target.ya_tidak() {
            k.realisasi(ind, &Nilai::Ada(r))
        } else {
            k.angka(r)
        },
        hasil: k.persen(&Nilai::Ada(*c)),
        dibatasi: h.dibatasi,
        aturan: k.aturan(h.pembulatan),
    })
}

fn tabel_capaian(k: &Konteks, ind: &Indikator, h: &HasilIndikator) -> TabelTyp {
    let istilah = k.d.data.unit.istilah();
    let mut t = TabelTyp::berkepala(&[
        (&istilah.indikator, "1fr", Rata::Kiri),
        ("Target", "auto", Rata::Tengah),
        ("Realisasi", "auto", Rata::Tengah),
        ("Capaian", "auto", Rata::Tengah),
    ]);
    t.isi.push(vec![
        Sel::teks(&ind.nama),
        Sel::teks(&k.target(ind)),
        Sel::teks(&k.realisasi(ind, &h.realisasi)),
        Sel::teks(&k.persen(&h.capaian)),
    ]);
    t
}

/// One of the analyses 4–6 of an indicator, numbered after the ones
/// printed before it.
#[derive(Debug)]
pub struct BagianAnalisis {
    /// Its number (4, 5 or 6 when all are printed).
    pub nomor: usize,
    /// The text; empty only in a draft (the template prints a filler).
    pub isi: Markup,
}

/// Analyses 4–6 in order: an empty one is left out of a final report
/// (heading included) and the later ones move up; a draft keeps it.
fn bagian_analisis(draf: bool, sebelum: usize, isi: [Markup; 3]) -> [Option<BagianAnalisis>; 3] {
    let mut nomor = sebelum;
    isi.map(|isi| {
        if isi.is_empty() && !draf {
            return None;
        }
        nomor += 1;
        Some(BagianAnalisis { nomor, isi })
    })
}

fn indikator_view(
    k: &Konteks,
    s: usize,
    i: usize,
    ind: &Indikator,
    h: &HasilIndikator,
) -> IndikatorView {
    let c = k.d.data.capaian.indikator.get(&ind.id);
    let a = c.map(|c| &c.analisis);
    let renstra =
        k.d.data
            .renstra
            .as_ref()
            .map(|r| perbandingan::renstra(k, r, ind, c, h));
    // Parts 1 and 2 always stand; 3 (Renstra) when there is a Renstra or
    // in a draft.
    let sebelum = if renstra.is_some() || k.draf { 3 } else { 2 };
    let [standar_nasional, penyebab, program] = bagian_analisis(
        k.draf,
        sebelum,
        [
            md_opt(a.and_then(|a| a.standar_nasional.as_ref())),
            md_opt(a.and_then(|a| a.penyebab.as_ref())),
            md_opt(a.and_then(|a| a.program.as_ref())),
        ],
    );
    IndikatorView {
        nama: ind.nama.clone(),
        label: format!("{}.{}", romawi(s + 1), i + 1),
        target: k.target(ind),
        target_tidak_tersedia: ind.target.tidak_tersedia().map(str::to_string),
        realisasi: k.realisasi(ind, &h.realisasi),
        capaian: k.persen(&h.capaian),
        status: match (h.tercapai(), &h.capaian) {
            (Some(true), _) => Status::Tercapai,
            (Some(false), _) => Status::TidakTercapai,
            (None, Nilai::TidakDapatDihitung(_)) => Status::TidakDapatDihitung,
            (None, _) => Status::BelumDiisi,
        },
        pengantar: md_opt(c.and_then(|c| c.pengantar.as_ref())),
        tabel: tabel_data::tabel_indikator(k, &ind.id, c),
        cara_realisasi: cara_realisasi(k, &ind.id, c),
        rumus: rumus_capaian(k, ind, h),
        tabel_capaian: tabel_capaian(k, ind, h).markup(),
        sumber: c.and_then(|c| c.sumber.clone()),
        penjelasan: md_opt(c.and_then(|c| c.penjelasan.as_ref())),
        tahun_lalu: perbandingan::tahun_lalu(k, ind, c, h),
        renstra,
        standar_nasional,
        penyebab,
        program,
    }
}

/// Goal `s` (0-based) with its indicators, whose results start at `hasil[mulai]`.
pub(super) fn sasaran_view(
    k: &mut Konteks,
    s: usize,
    sk: &SasaranKegiatan,
    hasil: &[(usize, HasilIndikator)],
    mulai: usize,
) -> SasaranView {
    let gambar_spec =
        k.d.data
            .capaian
            .sasaran
            .get(&sk.id)
            .and_then(|p| p.gambar.clone());
    let gambar = gambar_spec.map(|g| {
        k.gambar(
            Berkas::Capaian,
            jalur!(sasaran.{sk.id}.gambar.berkas),
            Some(&g),
            "9cm",
        )
    });
    let indikator = sk
        .indikator
        .iter()
        .enumerate()
        .map(|(i, ind)| indikator_view(k, s, i, ind, &hasil[mulai + i].1))
        .collect();
    SasaranView {
        nomor: s + 1,
        romawi: romawi(s + 1),
        nama: sk.nama.clone(),
        nama_indikator: sk.indikator.iter().map(|i| i.nama.clone()).collect(),
        gambar,
        indikator,
    }
}
