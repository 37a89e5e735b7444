//! `kinerja_anggaran.yaml`: budget performance scores — SMART DJA and IKPA —
//! with their weights, components and earlier years (Bab III C).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Gambar, Markdown};
use super::num::Angka;

/// Budget performance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KinerjaAnggaran {
    /// Text opening Bab III C.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengantar: Option<Markdown>,
    /// SMART DJA (Kemenkeu's performance score).
    pub smart: Skor,
    /// IKPA (budget execution indicator).
    pub ikpa: Skor,
}

/// A score with its weight in capaian kinerja anggaran, components, and history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Skor {
    /// Weight in the combined budget performance, in percent (60 for SMART, 40 for IKPA).
    pub bobot: Angka,
    /// Score of the reporting year and earlier years. May be absent or
    /// empty: the chart shows only the years that have a score, and a
    /// score without any is left out of the report.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub nilai: BTreeMap<i32, Angka>,
    /// Target score, if one is set (IKPA: 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Components of this year's score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub komponen: Vec<Komponen>,
    /// Screenshot from the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gambar: Option<Gambar>,
    /// Text before the figures.
    pub uraian: Markdown,
    /// Text after the chart of earlier years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian_grafik: Option<Markdown>,
}

/// One component of a score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Komponen {
    /// Name (`Penyerapan`, `Revisi DIPA`).
    pub nama: String,
    /// Value.
    pub nilai: Angka,
    /// Weight in percent, where the regulation gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bobot: Option<Angka>,
}
