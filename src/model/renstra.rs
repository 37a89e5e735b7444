//! `renstra.yaml`: the five-year strategic plan the report measures against.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Markdown;
use super::num::Angka;

/// The Renstra: vision, missions, values, strategic goals, policies, and the
/// medium-term target of each indicator per year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renstra {
    /// First year of the period (2020).
    pub periode_awal: i32,
    /// Last year of the period (2024).
    pub periode_akhir: i32,
    /// Text before the vision (the RPJMN it follows).
    pub pengantar: Markdown,
    /// The vision, as quoted.
    pub visi: String,
    /// Text introducing the missions.
    pub pengantar_misi: Markdown,
    /// The missions, in order.
    pub misi: Vec<String>,
    /// Goals, values (PASTI, BerAKHLAK) and other text between the missions and the strategic goals.
    pub tujuan_dan_nilai: Markdown,
    /// Text introducing the strategic goals.
    pub pengantar_sasaran_strategis: Markdown,
    /// Strategic goals of the ministry that the unit follows.
    pub sasaran_strategis: Vec<String>,
    /// Text introducing the unit's activity goals (listed from the PK).
    pub pengantar_sasaran_kegiatan: Markdown,
    /// Text introducing the policies.
    pub pengantar_kebijakan: Markdown,
    /// Policies to reach the goals.
    pub kebijakan: Vec<String>,
    /// Medium-term target per indicator id (as in `pk.yaml`) per year.
    pub target_jangka_menengah: BTreeMap<String, BTreeMap<i32, Angka>>,
}
