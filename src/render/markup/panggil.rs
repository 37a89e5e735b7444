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

/// A Typst array literal of already-generated items: `()` when empty and
/// a trailing comma otherwise, because `(x)` is just `x` in Typst and `(,)`
/// is a syntax error.
fn larik(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    if items.is_empty() {
        "()".into()
    } else {
        format!("({},)", items.join(", "))
    }
}

/// A Typst array of string literals.
pub fn strings(texts: &[String]) -> Markup {
    Markup(larik(texts.iter().map(|t| escape::string(t))))
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
        let angka = self.nilai.iter().map(|v| {
            v.map(|v| v.normalize().to_string())
                .unwrap_or_else(|| "none".into())
        });
        let teks = self
            .label
            .iter()
            .map(|l| format!("[{}]", escape::markup(l)));
        format!(
            "([{}], {}, {})",
            escape::markup(&self.nama),
            larik(angka),
            larik(teks)
        )
    }
}

/// The `grafik-batang(...)` call of `gaya.typ`: one bar per category and
/// series.
pub fn grafik_batang(kategori: &[String], seri: &[Seri]) -> Markup {
    Markup(format!(
        "grafik-batang({}, {})",
        larik(kategori.iter().map(|c| format!("[{}]", escape::markup(c)))),
        larik(seri.iter().map(Seri::typst))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn larik_kosong_satu_banyak() {
        assert_eq!(larik(Vec::new()), "()");
        assert_eq!(larik(["1".to_string()]), "(1,)");
        assert_eq!(larik(["1".to_string(), "2".to_string()]), "(1, 2,)");
        assert_eq!(strings(&["a".into()]).as_str(), "(\"a\",)");
        assert_eq!(grafik_batang(&[], &[]).as_str(), "grafik-batang((), ())");
    }
}
