//! `narasi.yaml`: the unit's own prose — kata pengantar, ikhtisar and the
//! free texts of Bab I, II and IV. Figures are never typed here: sentences
//! stating targets, realisations, capaian or budget amounts are generated.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Markdown;

/// The free texts of the report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Narasi {
    /// Kata Pengantar.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub kata_pengantar: Markdown,
    /// Ikhtisar Eksekutif.
    #[serde(default)]
    pub ikhtisar: Ikhtisar,
    /// Bab I Pendahuluan.
    #[serde(default)]
    pub pendahuluan: Pendahuluan,
    /// Bab II B: text introducing the PK table.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub pengantar_perjanjian_kinerja: Markdown,
    /// Bab IV Penutup.
    #[serde(default)]
    pub penutup: Penutup,
}

/// Ikhtisar Eksekutif texts around the generated figures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ikhtisar {
    /// Opening: the unit, its task and functions.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub pembuka: Markdown,
    /// Assessment of the budget result, after the generated figures.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub penilaian_anggaran: Markdown,
}

/// Bab I texts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pendahuluan {
    /// A. Latar Belakang.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub latar_belakang: Markdown,
    /// B. Tugas, fungsi: text before the staff table.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub tugas_fungsi: Markdown,
    /// B. Text between the staff table and the organisation chart.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub pengantar_struktur: Markdown,
    /// B. Tasks of each section, after the chart.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub tugas_seksi: Markdown,
    /// C. Maksud dan Tujuan.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub maksud_tujuan: Markdown,
    /// D. Aspek Strategis.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub aspek_strategis: Markdown,
    /// E. Isu Strategis.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub isu_strategis: Markdown,
    /// F. Sistematika Laporan.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub sistematika: Markdown,
}

/// Bab IV texts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penutup {
    /// A. Kesimpulan.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub kesimpulan: Markdown,
    /// B. Saran.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub saran: Markdown,
}
