//! `anggaran.yaml`: the budget (DIPA) — programme → kegiatan → KRO → RO →
//! komponen with pagu and realisasi at the leaves, the split per jenis
//! belanja, and earlier years' spending for the comparison chart.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Markdown;
use super::num::{Angka, Rupiah};

/// The year's budget.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anggaran {
    /// Programmes with their tree of activities and outputs.
    pub program: Vec<Node>,
    /// Split per kind of spending (Belanja Pegawai, Barang, Modal).
    pub jenis_belanja: Vec<JenisBelanja>,
    /// Totals of the jenis belanja table as printed, only for checking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumlah_jenis_belanja_tertulis: Option<Jumlah>,
    /// Code of the RO whose components make the "Layanan Perkantoran" table (`6231.EBA.994`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ro_layanan_perkantoran: Option<String>,
    /// Spending per jenis belanja in earlier years (by year, then by jenis name).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub riwayat_jenis_belanja: BTreeMap<i32, Vec<JenisBelanja>>,
    /// Text of Bab III B before the tables.
    pub pengantar: Markdown,
    /// Text after the chart of spending per jenis belanja.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian_grafik: Option<Markdown>,
    /// Text after the KRO/RO table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian_kro: Option<Markdown>,
}

/// Level of a budget node.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Tingkat {
    /// Programme (`WA`).
    Program,
    /// Activity (`6231`).
    Kegiatan,
    /// Output classification (`6231.EBA`).
    Kro,
    /// Output (`6231.EBA.994`).
    Ro,
    /// Component (`001`).
    Komponen,
}

/// Planned output volume (`436 Orang`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Volume {
    /// Quantity.
    pub jumlah: Angka,
    /// Unit (`Orang`, `Layanan`, `Dokumen`).
    pub satuan: String,
}

/// A node of the budget tree. Leaves carry pagu and realisasi; a parent's
/// figures are the sums of its children (a parent may declare its own
/// figures, which are then only checked against the sums).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Level in the hierarchy.
    pub tingkat: Tingkat,
    /// Code (`WA`, `6231`, `6231.EBA`, `6231.EBA.994`, `001`).
    pub kode: String,
    /// Name.
    pub nama: String,
    /// Output volume (KRO and RO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<Volume>,
    /// Ceiling: required at a leaf, a declared total elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagu: Option<Rupiah>,
    /// Spending: required at a leaf, a declared total elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Rupiah>,
    /// Children.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rincian: Vec<Node>,
}

/// A pair of declared totals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jumlah {
    /// Ceiling.
    pub pagu: Rupiah,
    /// Spending.
    pub realisasi: Rupiah,
}

/// Budget of one kind of spending.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JenisBelanja {
    /// Account group code (`51`, `52`, `53`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kode: Option<String>,
    /// Name (`Belanja Pegawai`).
    pub nama: String,
    /// Ceiling (may be unknown for earlier years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagu: Option<Rupiah>,
    /// Spending.
    pub realisasi: Rupiah,
}
