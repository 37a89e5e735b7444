//! `capaian.yaml`: what was achieved — per indicator the realisasi (or the
//! counts it comes from), quarterly values, its own data tables, earlier
//! years, and the analysis texts of Bab III A.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Gambar, Markdown, is_default};
use super::num::{Angka, Rupiah};
use super::tabel::Tabel;

/// Achievements of the year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Capaian {
    /// Text opening Bab III A (what performance and its measurement are);
    /// may be absent.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub pengantar: Markdown,
    /// Per activity goal id (`sk1`): the text and picture that open its part.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sasaran: BTreeMap<String, PengantarSasaran>,
    /// Per indicator id (`sk1-ikk1`).
    pub indikator: BTreeMap<String, CapaianIndikator>,
    /// Obstacles met across all indicators (closing Bab III A).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kendala: Vec<String>,
    /// Solutions to those obstacles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub solusi: Vec<String>,
    /// Whether the indicators' budgets (`indikator.*.anggaran`) together
    /// are the whole DIPA, so they must add up to it (LK605).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anggaran_lengkap: bool,
}

/// Opening of one activity goal's part of Bab III A.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PengantarSasaran {
    /// Picture summarising the goal and its indicators, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gambar: Option<Gambar>,
}

/// How the year's realisasi is obtained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Realisasi {
    /// The value itself, in the indicator's unit.
    Langsung(Angka),
    /// A ratio of counts: pembilang / penyebut × 100 (73 of 78 → 93,58 %).
    Hitungan(Hitungan),
    /// The average of sub-measures, each a ratio of counts (HIV and TB).
    Komposit(Vec<SubUkuran>),
    /// The share of done rows in a checklist table of this indicator (its `id`).
    /// For a count unit (Layanan, Unit) the share is applied to the target.
    DaftarPeriksa(String),
    /// Cannot be computed; the reason is printed (`tidak ada populasi …`).
    TidakDapatDihitung(String),
    /// Yes or no, for an indicator with a `ya_tidak` target.
    YaTidak(crate::model::pk::YaTidak),
    /// Not available (not printed in the source, not yet measured), with
    /// the reason (`belum diukur sampai Mei`). Printed "tidak tersedia";
    /// counted as not computable with its reason, never as 0.
    TidakTersedia(String),
}

/// A table generated from another data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TabelOtomatis {
    /// Population of the last three years with over-capacity (`populasi.yaml`).
    Populasi,
    /// Pagu and realisasi of the layanan perkantoran components (`anggaran.yaml`).
    LayananPerkantoran,
}

/// A ratio of two counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hitungan {
    /// Counted (disetujui, tertangani …).
    pub pembilang: Angka,
    /// Out of (diusulkan, populasi …).
    pub penyebut: Angka,
    /// What is counted, for the sentence that explains the figure (`narapidana yang disetujui program integrasi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian_pembilang: Option<String>,
    /// What it is counted out of (`narapidana yang diusulkan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian_penyebut: Option<String>,
}

/// One part of a composite indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubUkuran {
    /// Name of the part (`HIV-AIDS ditekan jumlah virusnya`).
    pub nama: String,
    /// Counted.
    pub pembilang: Angka,
    /// Out of.
    pub penyebut: Angka,
}

/// One year of an indicator's history, as reported in that year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Riwayat {
    /// Target of that year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Realisasi of that year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Capaian as reported that year (kept as published; recomputed when target and realisasi are both given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capaian: Option<Angka>,
    /// Not computable that year, with the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tidak_dapat_dihitung: Option<String>,
}

/// One quarter of the PK monitoring (lampiran).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Triwulan {
    /// Realisasi in the quarter; absent when not yet reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Monitoring note per month of the quarter (three entries; empty when none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub catatan_bulanan: Vec<String>,
}

/// The six standard analyses (PermenPAN-RB 53/2014) as free text. The
/// figures they discuss are generated; these texts carry the reasoning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Analisis {
    /// 2. Compared with earlier years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tahun_lalu: Option<Markdown>,
    /// 3. Compared with the Renstra's medium-term target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renstra: Option<Markdown>,
    /// 4. Compared with a national standard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standar_nasional: Option<Markdown>,
    /// 5. Causes of success or failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penyebab: Option<Markdown>,
    /// 6. Programmes and activities that supported the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<Markdown>,
}

/// Everything the report says about one indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CapaianIndikator {
    /// Realisasi of the year, written as a one-key map (`realisasi: {langsung: 100}`);
    /// absent means not yet filled in (belum diisi).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_yaml::with::singleton_map"
    )]
    #[schemars(with = "Option<Realisasi>")]
    pub realisasi: Option<Realisasi>,
    /// Definition and context, opening the indicator's section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengantar: Option<Markdown>,
    /// The indicator's own data tables, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tabel: Vec<Tabel>,
    /// Tables lkjip generates from other files, shown among this indicator's data tables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tabel_otomatis: Vec<TabelOtomatis>,
    /// Explanation after the data tables (how the realisasi follows from them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penjelasan: Option<Markdown>,
    /// The standard analyses.
    #[serde(default, skip_serializing_if = "is_default")]
    pub analisis: Analisis,
    /// Quarterly realisasi TW I–IV.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triwulan: Vec<Triwulan>,
    /// Earlier years by year.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub riwayat: BTreeMap<i32, Riwayat>,
    /// Figures of this year as printed in a published report (the summary
    /// table), only for checking them against the computed ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tertulis: Option<Tertulis>,
    /// The same year's figures printed again elsewhere (the indicator's own
    /// capaian table, the this-year column of its comparison table) where
    /// they differ from [`CapaianIndikator::tertulis`]; only for checking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tertulis_lain: Vec<Tertulis>,
    /// The budget that served this result, for the efficiency table of
    /// Bab III B ("efisiensi penggunaan sumber daya").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anggaran: Option<AnggaranIndikator>,
    /// Where the realisasi comes from (`aplikasi SMART DJA`), printed as
    /// "Sumber: …" under the indicator's capaian table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sumber: Option<String>,
}

/// The budget of one result: its ceiling and what was spent on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnggaranIndikator {
    /// Ceiling.
    pub pagu: Rupiah,
    /// Spending.
    pub realisasi: Rupiah,
}

/// An indicator's figures as printed, for checking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tertulis {
    /// Where this printing appears (`Tabel 3.6`), for printings other than
    /// the summary table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tabel: Option<String>,
    /// Target as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Realisasi as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Capaian as printed, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capaian: Option<Angka>,
}
