//! `pk.yaml`: the Perjanjian Kinerja — what the unit promised this year.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Markdown, TandaTangan, is_default};
use super::laporan::Pembulatan;
use super::num::{Angka, Rupiah};

/// The performance agreement of the year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerjanjianKinerja {
    /// First party (the unit head) signing.
    pub pihak_pertama: TandaTangan,
    /// Second party (the Kanwil head) signing.
    pub pihak_kedua: TandaTangan,
    /// Body text of the agreement (the promise and the supervision clause).
    pub pernyataan: Markdown,
    /// The ministry's strategic goals and key indicators (IKU) attached to the PK.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sasaran_strategis: Vec<SasaranTeks>,
    /// Programme goals and indicators (IKP) attached to the PK.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sasaran_program: Vec<SasaranTeks>,
    /// Activity goals (SK) with their indicators (IKK): what this report measures.
    pub sasaran_kegiatan: Vec<SasaranKegiatan>,
    /// Budget per programme and activity as signed in the PK.
    pub anggaran: Vec<AnggaranPk>,
}

/// A goal with indicators whose targets are only printed, not measured here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SasaranTeks {
    /// The goal.
    pub sasaran: String,
    /// Its indicators.
    pub indikator: Vec<IndikatorTeks>,
}

/// An indicator with its target as printed (`80`, `1%`, `92,5`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndikatorTeks {
    /// Indicator name.
    pub nama: String,
    /// Target as printed.
    pub target: String,
}

/// An activity goal (Sasaran Kegiatan).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SasaranKegiatan {
    /// Short key (`sk1`).
    pub id: String,
    /// The goal as worded in the PK.
    pub nama: String,
    /// Its indicators, in PK order.
    pub indikator: Vec<Indikator>,
}

/// Unit of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Satuan {
    /// Percent.
    Persen,
    /// Number of services (`1 Layanan`).
    Layanan,
    /// Number of items (`6 Unit`).
    Unit,
    /// Number of documents.
    Dokumen,
    /// Number of people.
    Orang,
    /// An index or score without unit.
    Indeks,
}

/// Which direction is good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Polaritas {
    /// Higher is better (semakin tinggi semakin baik).
    #[default]
    Positif,
    /// Lower is better (semakin rendah semakin baik).
    Negatif,
}

/// How the quarterly targets relate to the annual one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SifatTriwulan {
    /// Quarterly values add up to the annual value.
    #[default]
    Jumlah,
    /// Each quarter states the running total; the last equals the annual value.
    Kumulatif,
    /// Each quarter states the level reached in that quarter.
    Tetap,
}

/// A performance indicator (IKK) with its yearly target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indikator {
    /// Stable key used across files (`sk1-ikk1`).
    pub id: String,
    /// Name as worded in the PK.
    pub nama: String,
    /// Unit of target and realisasi.
    pub satuan: Satuan,
    /// Direction of improvement.
    #[serde(default, skip_serializing_if = "is_default")]
    pub polaritas: Polaritas,
    /// Target for the year.
    pub target: Angka,
    /// Target per quarter (TW I–IV), as in the quarterly monitoring.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_triwulan: Vec<Angka>,
    /// How the quarterly targets relate to the annual one.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sifat_triwulan: SifatTriwulan,
    /// Rounding of this indicator's capaian, when it differs from the report setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pembulatan: Option<Pembulatan>,
}

/// Budget line of the PK (Tabel 2.2): a programme and its activity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnggaranPk {
    /// Programme name.
    pub program: String,
    /// Activity name.
    pub kegiatan: String,
    /// Code of the DIPA programme (`WA`) or activity (`6231`) of
    /// `anggaran.yaml` this line budgets; when absent, the programme is
    /// found by its name (the same words in any order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kode: Option<String>,
    /// Amount as signed.
    pub pagu: Rupiah,
    /// The same line as printed elsewhere in the report (Bab II), when it
    /// differs; only for checking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagu_tertulis: Option<Rupiah>,
}
