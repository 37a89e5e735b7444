//! Typst calls whose arguments are strings or data arrays, which a
//! template cannot escape correctly (the escaper writes markup, not string
//! literals or number arrays): images, bar charts, and the document's
//! metadata strings. Every string given here is escaped.

use rust_decimal::Decimal;

use super::Markup;
use crate::render::escape;

/// An `image(...)` call for a picture already loaded into the Typst world
/// at the virtual path `jalur`, described by `alt`, `tinggi` high.
pub fn gambar(jalur: &str, alt: &str, tinggi: &'static str) -> Markup {
    Markup(format!(
        "image({}, alt: {}, height: {tinggi}, fit: \"contain\")",
        escape::string(jalur),
        escape::string(alt)
    ))
}

/// A Typst string literal (document metadata).
pub fn string(text: &str) -> Markup {
    Markup(escape::string(text))
}

/// A Typst array of string literals.
pub fn strings(texts: &[String]) -> Markup {
    Markup(format!(
        "({})",
        texts
            .iter()
            .map(|t| escape::string(t))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// One series of a bar chart.
#[derive(Clone, Debug)]
pub struct Seri {
    /// Name, shown in the legend.
    pub nama: String,
    /// One value per category, `None` where there is none.
    pub nilai: Vec<Option<Decimal>>,
    /// The printed label of each value (empty where there is none).
    pub label: Vec<String>,
}

impl Seri {
    /// A series whose labels are `label(value)`.
    pub fn baru(
        nama: &str,
        nilai: Vec<Option<Decimal>>,
        label: impl Fn(Decimal) -> String,
    ) -> Seri {
        let label = nilai
            .iter()
            .map(|v| v.map(&label).unwrap_or_default())
            .collect();
        Seri {
            nama: nama.to_string(),
            nilai,
            label,
        }
    }

    fn typst(&self) -> String {
        let angka: Vec<String> = self
            .nilai
            .iter()
            .map(|v| {
                v.map(|v| v.normalize().to_string())
                    .unwrap_or_else(|| "none".into())
            })
            .collect();
        let teks: Vec<String> = self
            .label
            .iter()
            .map(|l| format!("[{}]", escape::markup(l)))
            .collect();
        format!(
            "([{}], ({},), ({},))",
            escape::markup(&self.nama),
            angka.join(", "),
            teks.join(", ")
        )
    }
}

/// The `grafik-batang(...)` call of `gaya.typ`: one bar per category and
/// series.
pub fn grafik_batang(kategori: &[String], seri: &[Seri]) -> Markup {
    Markup(format!(
        "grafik-batang(({},), ({},))",
        kategori
            .iter()
            .map(|c| format!("[{}]", escape::markup(c)))
            .collect::<Vec<_>>()
            .join(", "),
        seri.iter().map(Seri::typst).collect::<Vec<_>>().join(", ")
    ))
}
