//! `narasi.yaml`: the unit's own prose — kata pengantar, ikhtisar and the
//! free texts of Bab I, II and IV. Figures are never typed here: sentences
//! stating targets, realisations, capaian or budget amounts are generated.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Markdown;

/// The free texts of the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Narasi {
    /// Kata Pengantar.
    pub kata_pengantar: Markdown,
    /// Ikhtisar Eksekutif.
    pub ikhtisar: Ikhtisar,
    /// Bab I Pendahuluan.
    pub pendahuluan: Pendahuluan,
    /// Bab II B: text introducing the PK table.
    pub pengantar_perjanjian_kinerja: Markdown,
    /// Bab IV Penutup.
    pub penutup: Penutup,
}

/// Ikhtisar Eksekutif texts around the generated figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ikhtisar {
    /// Opening: the unit, its task and functions.
    pub pembuka: Markdown,
    /// Assessment of the budget result, after the generated figures.
    pub penilaian_anggaran: Markdown,
}

/// Bab I texts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pendahuluan {
    /// A. Latar Belakang.
    pub latar_belakang: Markdown,
    /// B. Tugas, fungsi: text before the staff table.
    pub tugas_fungsi: Markdown,
    /// B. Text between the staff table and the organisation chart.
    pub pengantar_struktur: Markdown,
    /// B. Tasks of each section, after the chart.
    pub tugas_seksi: Markdown,
    /// C. Maksud dan Tujuan.
    pub maksud_tujuan: Markdown,
    /// D. Aspek Strategis.
    pub aspek_strategis: Markdown,
    /// E. Isu Strategis.
    pub isu_strategis: Markdown,
    /// F. Sistematika Laporan.
    pub sistematika: Markdown,
}

/// Bab IV texts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penutup {
    /// A. Kesimpulan.
    pub kesimpulan: Markdown,
    /// B. Saran.
    pub saran: Markdown,
}
