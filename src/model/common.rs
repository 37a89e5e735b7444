//! Small types shared by several data files.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// Narrative text in a small Markdown subset: paragraphs separated by a blank
/// line, `- ` bullet lists, `1. ` numbered lists, `**bold**` and `*italic*`.
///
/// It is never Typst: the renderer escapes every character of it.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Markdown(pub String);

impl Markdown {
    /// The raw Markdown source.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text is absent: empty or only white space. An absent
    /// text is left out of the report with whatever introduces it.
    pub fn kosong(&self) -> bool {
        self.0.trim().is_empty()
    }
}

/// A calendar date, written `YYYY-MM-DD` in YAML (`2024-01-02`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tanggal {
    /// Year, e.g. 2024.
    pub tahun: i32,
    /// Month 1–12.
    pub bulan: u8,
    /// Day of month 1–31.
    pub hari: u8,
}

impl Tanggal {
    /// Builds a date, checking the day exists in that month.
    pub fn new(tahun: i32, bulan: u8, hari: u8) -> Option<Tanggal> {
        let last = match bulan {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (tahun % 4 == 0 && tahun % 100 != 0) || tahun % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        (1..=last)
            .contains(&hari)
            .then_some(Tanggal { tahun, bulan, hari })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Tanggal> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Tanggal::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl fmt::Display for Tanggal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.tahun, self.bulan, self.hari)
    }
}

impl<'de> Deserialize<'de> for Tanggal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Tanggal::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "tanggal \"{text}\" tidak valid; tulis TTTT-BB-HH, misalnya 2024-01-02"
            ))
        })
    }
}

impl JsonSchema for Tanggal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tanggal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Tanggal TTTT-BB-HH, misalnya 2024-01-02.",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

impl Serialize for Tanggal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// A person who signs or is named in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Orang {
    /// Full name with titles, as printed (`Bistok Oloan Situngkir`).
    pub nama: String,
    /// 18-digit NIP, if the person is a civil servant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip: Option<String>,
    /// Position as printed under the signature (`Kepala Lembaga Pemasyarakatan Kelas IIB Atambua`).
    pub jabatan: String,
}

/// For `skip_serializing_if`: a field at its default is not written back.
pub(crate) fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// An image file inside the data folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gambar {
    /// Path relative to the data folder (`gambar/logo.png`). Paths leaving the folder are refused.
    pub berkas: String,
    /// Text alternative describing the image, used for accessibility and as a fallback.
    pub keterangan: String,
}

/// A signature block: who signs, where and when, with an optional scan of
/// the signature and stamp.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TandaTangan {
    /// Key of the signer in `unit.yaml` → `orang`.
    pub oleh: String,
    /// Place of signing (`Atambua`).
    pub tempat: String,
    /// Date of signing.
    pub tanggal: Tanggal,
    /// Scanned signature and stamp, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gambar: Option<Gambar>,
    /// The name as printed under this signature, when it was typed differently
    /// from `unit.yaml` (only for checking a report as published).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nama_tertulis: Option<String>,
    /// The NIP as printed under this signature, when it differs from `unit.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip_tertulis: Option<String>,
    /// Further printings of the NIP of the same signature (another page of
    /// the same document), when they differ; only for checking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nip_tertulis_lain: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(Tanggal::parse("2024-01-02"), Tanggal::new(2024, 1, 2));
        assert_eq!(Tanggal::parse("2024-02-29").map(|t| t.hari), Some(29));
        assert_eq!(Tanggal::parse("2023-02-29"), None);
        assert_eq!(Tanggal::parse("2023-13-01"), None);
        assert_eq!(Tanggal::parse("02-01-2024"), None);
        assert_eq!(Tanggal::new(2024, 1, 2).unwrap().to_string(), "2024-01-02");
    }
}
