//! `lampiran.yaml`: the decree forming the drafting team (SK tim penyusun).
//! The other lampiran — PK, quarterly monitoring, TARJA — come from
//! `pk.yaml`, `capaian.yaml` and `kinerja_lainnya.yaml`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::TandaTangan;

/// Lampiran data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lampiran {
    /// SK Tim Penyusun LKjIP.
    pub sk_tim: SkTim,
}

/// The head's decree forming the drafting team.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkTim {
    /// Decree number.
    pub nomor: String,
    /// Subject (`Pembentukan Tim Penyusunan LKjIP pada …`).
    pub tentang: String,
    /// Considerations (menimbang), in order.
    pub menimbang: Vec<String>,
    /// Legal bases (mengingat), in order.
    pub mengingat: Vec<String>,
    /// Decisions: `KESATU`, `KEDUA` … with their text.
    pub memutuskan: Vec<Diktum>,
    /// Signed by, where and when (ditetapkan).
    pub ditetapkan: TandaTangan,
    /// Team members.
    pub anggota: Vec<AnggotaTim>,
}

/// One decision of a decree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Diktum {
    /// `Menetapkan`, `KESATU`, `KEDUA` …
    pub label: String,
    /// Text.
    pub isi: String,
    /// Numbered points under it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub butir: Vec<String>,
}

/// A team member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnggotaTim {
    /// Key in `unit.yaml` → `orang` (name, NIP, position come from there).
    pub orang: String,
    /// Role in the team (`Penanggung Jawab`, `Anggota`).
    pub jabatan_tim: String,
    /// Name as printed in the team table, when it differs from `unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nama_tertulis: Option<String>,
    /// NIP as printed in the team table, when it differs from `unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip_tertulis: Option<String>,
}
