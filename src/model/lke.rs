//! `lke.yaml` (optional): what `lkjip lke` cannot see in the report's own
//! data — evidence of the SAKIP evaluation criteria (LKE, PermenPAN-RB
//! 88/2021) that need a document from outside the report (reviewed by the
//! APIP, published, submitted on time, used by leaders), and the answer
//! scale the evaluator uses. Never printed in the LKjIP itself.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Tanggal;

/// Evidence per criterion and the answer scale.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lke {
    /// Answer scale of the evaluator; `--skala` on the command line wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skala: Option<Skala>,
    /// Evidence per criterion code (`"3.1.4"`): a criterion that needs
    /// outside evidence counts as met (BB) when its evidence names a
    /// document number or a link.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub bukti: BTreeMap<String, Bukti>,
}

/// The answer scale of the evaluation.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, clap::ValueEnum,
)]
pub enum Skala {
    /// AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, E 0.
    #[default]
    #[serde(rename = "aa-e")]
    #[value(name = "aa-e")]
    AaE,
    /// Y/T (1/0) for the keberadaan criteria, A–E (1 / 0,75 / 0,5 / 0,25 / 0) for the others.
    #[serde(rename = "yt-ae")]
    #[value(name = "yt-ae")]
    YtAe,
}

/// One document that shows a criterion is met.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bukti {
    /// Document number (`LHR-12/IJ/2024`, the receipt of submission).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nomor: Option<String>,
    /// Date of the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal: Option<Tanggal>,
    /// Where it can be seen (the published report's address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tautan: Option<String>,
    /// Short note (`direviu Inspektorat Jenderal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catatan: Option<String>,
}

impl Bukti {
    /// Whether an evaluator can verify it: a document number or a link.
    pub fn dapat_diperiksa(&self) -> bool {
        let ada = |s: &Option<String>| s.as_deref().is_some_and(|t| !t.trim().is_empty());
        ada(&self.nomor) || ada(&self.tautan)
    }

    /// One line: number, date, link and note, those given.
    pub fn ringkas(&self) -> String {
        let mut v = Vec::new();
        if let Some(n) = &self.nomor {
            v.push(n.clone());
        }
        if let Some(t) = &self.tanggal {
            v.push(t.to_string());
        }
        if let Some(l) = &self.tautan {
            v.push(l.clone());
        }
        if let Some(c) = &self.catatan {
            v.push(c.clone());
        }
        v.join(", ")
    }
}
