//! Free-form data tables that an indicator or a section brings along.
//!
//! The reference has dozens of small tables of three shapes, so there are
//! three kinds rather than one struct per table: checklists (`periksa`,
//! cells `√` or `-`), count tables (`hitungan`, cells are numbers or `-`,
//! with a computed total row) and plain text tables (`teks`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Markdown, is_default};
use super::num::Angka;

/// What a table holds, which decides how its cells are read and totalled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisTabel {
    /// Checklist: value cells are `√` (done) or `-` (not done) or empty.
    Periksa,
    /// Counts: value cells are numbers, `-` (nihil) or empty; totals are computed.
    Hitungan,
    /// Any text.
    Teks,
}

/// What a table with a column per year counts for its indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DasarTabel {
    /// The indicator's population (its denominator): a year whose column
    /// totals 0 has nothing to measure, so its realisasi is not computable.
    Populasi,
    /// Incidents the indicator is about (gangguan kamtib): a year without
    /// incidents is not computable, and a year with incidents cannot be
    /// "100 % prevented".
    Kejadian,
}

/// One cell of a value column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Sel {
    /// A number (counts).
    Angka(Angka),
    /// Text: `√`, `-`, an empty string, or words.
    Teks(String),
}

/// A YAML number is a number (bounded like every [`Angka`], with the
/// same located error); a string that reads as a number is one too; any
/// other string is text.
impl<'de> Deserialize<'de> for Sel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use super::num::{decimal_from_f64, decimal_from_i128, parse_angka};
        use serde::de::{Error, Visitor};
        struct V;
        impl Visitor<'_> for V {
            type Value = Sel;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("angka, `√`, `-` atau teks")
            }
            fn visit_i64<E: Error>(self, v: i64) -> Result<Sel, E> {
                self.visit_i128(v.into())
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<Sel, E> {
                self.visit_i128(v.into())
            }
            fn visit_i128<E: Error>(self, v: i128) -> Result<Sel, E> {
                decimal_from_i128(v)
                    .map(|d| Sel::Angka(Angka(d)))
                    .map_err(E::custom)
            }
            fn visit_u128<E: Error>(self, v: u128) -> Result<Sel, E> {
                self.visit_i128(i128::try_from(v).unwrap_or(i128::MAX))
            }
            fn visit_f64<E: Error>(self, v: f64) -> Result<Sel, E> {
                decimal_from_f64(v)
                    .map(|d| Sel::Angka(Angka(d)))
                    .map_err(E::custom)
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<Sel, E> {
                Ok(match parse_angka(v) {
                    Ok(d) => Sel::Angka(Angka(d)),
                    Err(_) => Sel::Teks(v.to_string()),
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl Sel {
    /// `√` (also accepted: `v`, `ya`).
    pub fn is_check(&self) -> bool {
        matches!(self, Sel::Teks(t) if matches!(t.trim(), "√" | "v" | "V" | "ya" | "Ya"))
    }

    /// The number in the cell; `-` and empty count as zero in totals.
    pub fn angka(&self) -> Option<rust_decimal::Decimal> {
        match self {
            Sel::Angka(a) => Some(a.get()),
            Sel::Teks(_) => None,
        }
    }
}

/// A row: its leading text cells, then its value cells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Baris {
    /// The leading text cells, one per entry of [`Tabel::kolom_label`].
    pub label: Vec<String>,
    /// The value cells, one per entry of [`Tabel::kolom`]. A row without values is a group heading.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nilai: Vec<Sel>,
    /// Sub-rows shown indented under this one (`a.`, `b.` …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rinci: Vec<Baris>,
    /// Label of a computed subtotal row printed after the sub-rows
    /// (`Jumlah`): the sum of the sub-rows, per value column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subjumlah: Option<String>,
    /// The subtotal as printed, one per value column, only for checking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjumlah_tertulis: Vec<Sel>,
    /// What the row's values over periods (months, quarters) are: a flow
    /// adds up, a stock (an end-of-period head count) does not (LK110).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seri: Option<JenisSeri>,
    /// How a stock row stands for the whole period: its last value
    /// (the default) or the average of its periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aturan_stok: Option<AturanStok>,
}

/// A series of values over periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisSeri {
    /// A flow (people served, items delivered): periods add up.
    Arus,
    /// A stock (people held at the end of each month): periods never add up.
    Stok,
}

/// What stands for a stock over the whole period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AturanStok {
    /// The last period's value.
    #[default]
    Akhir,
    /// The average of the periods.
    RataRata,
}

/// A column lkjip computes from a row's values over the periods (the
/// value columns: months, quarters) and prints after them, so that a
/// period total is never typed twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum KolomHitung {
    /// `Jumlah`: the sum of a flow's periods; for a stock (`seri: stok`)
    /// its rule ([`AturanStok`]: the last value or the average), never the sum.
    Jumlah,
    /// `Rata-rata`: the average of the periods, rounded like percentages.
    RataRata,
}

/// A table with a caption; numbered by the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tabel {
    /// Identifier used to refer to the table (e.g. as a checklist realisasi).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Caption without its number (`Penyelenggaraan Perawatan Makanan`).
    pub judul: String,
    /// Kind of table.
    pub jenis: JenisTabel,
    /// Headers of the leading text columns (`[Uraian]`, `[Dokumen]`).
    pub kolom_label: Vec<String>,
    /// Header spanning all value columns (`Pelaksanaan`, `Bulan`, `Jumlah`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grup_kolom: Option<String>,
    /// Headers of the value columns (`[Ya, Tidak]`, `[2022, 2023]`).
    pub kolom: Vec<String>,
    /// Columns computed from each row's value columns and printed after
    /// them (`[jumlah, rata_rata]`), for a table whose value columns are
    /// periods; only in a count table (`jenis: hitungan`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kolom_hitung: Vec<KolomHitung>,
    /// Whether the row numbers (1, 2, 3 …) are printed in a first `No` column.
    #[serde(default, skip_serializing_if = "is_default")]
    pub bernomor: bool,
    /// The rows.
    pub baris: Vec<Baris>,
    /// Label of a computed total row (`Jumlah`, `Total`); no total row when absent.
    /// Counts are summed, checks are counted, per value column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumlah: Option<String>,
    /// Values of the total row when it is not the sum of the rows: people
    /// counted once although they took part in several rows (distinct
    /// persons). Printed instead of the sum; checked to lie between the
    /// largest row and the sum of the rows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jumlah_tetap: Vec<Sel>,
    /// What the table's year columns count for its indicator, when they are
    /// the basis of its realisasi (checked for this year and earlier years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dasar: Option<DasarTabel>,
    /// Whether the value cells count people (inmates): every cell, subtotal
    /// and total of a column headed by a year is checked against that
    /// year's population in `populasi.yaml`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub orang: bool,
    /// Totals as printed, one per value column, only for checking the
    /// computed total row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jumlah_tertulis: Vec<Sel>,
    /// Text printed right after the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catatan: Option<Markdown>,
    /// Where the figures come from (`SDP per 31 Mei 2022`), printed as
    /// "Sumber: …" under the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sumber: Option<String>,
}
