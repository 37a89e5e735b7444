//! `populasi.yaml`: inmate population per year and the building's capacity.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Markdown;

/// Population counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Populasi {
    /// Official capacity (kapasitas hunian), in persons.
    pub kapasitas: u32,
    /// Occupants on the last day of each year.
    pub tahun: BTreeMap<i32, Penghuni>,
    /// Text after the population table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catatan: Option<Markdown>,
}

/// Occupants at one moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penghuni {
    /// Convicts.
    pub narapidana: u32,
    /// Detainees.
    pub tahanan: u32,
    /// Juveniles.
    #[serde(default)]
    pub anak: u32,
    /// A total as declared elsewhere, only for checking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumlah_tertulis: Option<u32>,
}
