//! `kinerja_lainnya.yaml`: other performance — e-Performance, e-Monev
//! Bappenas, TARJA with its monthly evidence, and national priorities
//! (Bab III D and the TARJA lampiran).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Gambar, Markdown};
use super::num::Angka;

/// Other performance. Each part is optional: a unit that does not use an
/// application leaves its part out, and the report omits its section and
/// lampiran.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KinerjaLainnya {
    /// e-Performance (the ministry's monitoring application).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e_performance: Option<EPerformance>,
    /// e-Monev Bappenas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e_monev: Option<EMonev>,
    /// Target Kinerja (TARJA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tarja: Option<Tarja>,
    /// National priority activities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prioritas_nasional: Option<PrioritasNasional>,
}

impl KinerjaLainnya {
    /// TARJA when it has targets: an empty list counts as absent.
    pub fn tarja_berisi(&self) -> Option<&Tarja> {
        self.tarja.as_ref().filter(|t| !t.target.is_empty())
    }
}

/// What e-Performance shows for the PK indicators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EPerformance {
    /// Text before the screenshot.
    pub uraian: Markdown,
    /// Screenshot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gambar: Option<Gambar>,
    /// Per indicator id: target and realisasi as entered in the application.
    pub indikator: BTreeMap<String, NilaiAplikasi>,
    /// Text after the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penutup: Option<Markdown>,
}

/// Target and realisasi of an indicator as entered in an application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NilaiAplikasi {
    /// Target entered.
    pub target: Angka,
    /// Realisasi entered; absent when the application shows none (Nihil).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
}

/// e-Monev Bappenas figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EMonev {
    /// Text before the screenshot.
    pub uraian: Markdown,
    /// Screenshot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gambar: Option<Gambar>,
    /// Budget absorption as shown by e-Monev, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serapan_anggaran: Option<Angka>,
    /// Physical progress (pelaksanaan) as shown by e-Monev, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pelaksanaan: Option<Angka>,
    /// Month the figures are as of (`Desember`).
    pub per_bulan: String,
}

/// Target Kinerja: the ministry's monthly acceleration targets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tarja {
    /// Text before the summary table.
    pub uraian: Markdown,
    /// The targets.
    pub target: Vec<TargetKinerja>,
    /// Text after the summary table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penutup: Option<Markdown>,
    /// Text opening the TARJA lampiran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pengantar_lampiran: Option<Markdown>,
}

/// One TARJA target with its monthly evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetKinerja {
    /// The target and its success criterion.
    pub nama: String,
    /// Score obtained (0–100).
    pub capaian: Angka,
    /// Remark (`Telah Tercapai`).
    pub keterangan: String,
    /// Ids of the PK indicators this target accelerates (`sk2-ikk6`); a
    /// target said to be reached is checked against them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indikator: Vec<String>,
    /// Evidence per month, B01…B12.
    pub bukti: Vec<BuktiBulanan>,
}

/// Evidence of one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BuktiBulanan {
    /// Month code (`B01` … `B12`).
    pub bulan: String,
    /// Documents (data dukung).
    pub dokumen: Vec<String>,
    /// Letter numbers that prove it (capaian target kinerja column).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nomor_surat: Vec<String>,
}

/// National priority activities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrioritasNasional {
    /// The whole text of the section.
    pub uraian: Markdown,
    /// The priority activities the text names, with the PK indicators that
    /// measure them; when the text says they were carried out
    /// (`direalisasikan`), each is checked against its indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kegiatan: Vec<KegiatanPrioritas>,
}

/// A national priority activity and the indicators that measure it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KegiatanPrioritas {
    /// The activity as named in the text.
    pub nama: String,
    /// Ids of the PK indicators that measure it.
    pub indikator: Vec<String>,
}
