//! [`Markup`]: Typst markup that is safe to insert into the generated
//! source, and the only code allowed to make it.
//!
//! Templates print every value through the escaper
//! ([`crate::render::escape::Typst`]) except `Markup`, which they print with
//! `{{ x.typst() }}`; `|safe` is not used at all (a test checks). So
//! `Markup` must never hold user text that was not escaped.
//! Its field is private to this module, which makes that a guarantee
//! rather than a convention: a value of it can be made only
//! - from plain text, escaped ([`Markup::teks`]),
//! - from narrative Markdown ([`markdown::ke_typst`]),
//! - by the typed builders of Typst calls that templates cannot express
//!   (tables [`tabel`], charts and images [`panggil`]), which escape every
//!   string they are given.
//!
//! Everything else, wording and layout included, belongs in a template.

pub mod markdown;
pub mod panggil;
pub mod tabel;

use super::escape;

/// Typst markup that is safe to insert: built only by this module and its
/// children, from escaped text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

impl std::fmt::Display for Markup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Markup {
    /// Plain text, escaped.
    pub fn teks(text: &str) -> Markup {
        Markup(escape::markup(text))
    }

    /// Typst's `none`, for an optional content argument (no picture).
    pub fn none() -> Markup {
        Markup("none".into())
    }

    /// For templates: `{{ x.typst() }}` prints the markup as it is. The
    /// escaper is skipped for `askama::filters::Safe` values, which only
    /// this method hands out; templates never use `|safe` (a test checks),
    /// so every other value they print is escaped.
    pub fn typst(&self) -> askama::filters::Safe<&str> {
        askama::filters::Safe(&self.0)
    }

    /// Whether there is nothing to print.
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }

    /// The Typst source.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first paragraph and the rest (which starts with the paragraph
    /// break), when this narrative starts with a paragraph of text;
    /// otherwise `None` and all of it.
    pub fn pisah_paragraf_pertama(self) -> (Option<Markup>, Markup) {
        let text = self.0;
        match text.find("\n\n") {
            Some(i) if !text[..i].starts_with('#') => (
                Some(Markup(text[..i].to_string())),
                Markup(text[i..].to_string()),
            ),
            _ => (None, Markup(text)),
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every template file, with its path.
    fn templat() -> Vec<(std::path::PathBuf, String)> {
        fn baca(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    baca(&p, out);
                } else if p.extension().is_some_and(|x| x == "typ") {
                    let s = std::fs::read_to_string(&p).unwrap();
                    out.push((p, s));
                }
            }
        }
        let mut out = Vec::new();
        baca(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
            &mut out,
        );
        assert!(out.len() > 5);
        out
    }

    #[test]
    fn templates_never_skip_the_escaper_by_hand() {
        for (p, s) in templat() {
            assert!(!s.contains("|safe"), "{}: uses |safe", p.display());
            assert!(!s.contains("Safe("), "{}: builds Safe", p.display());
        }
    }

    #[test]
    fn only_markup_hands_out_safe_values() {
        fn cari(dir: &std::path::Path, out: &mut Vec<String>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    cari(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let s = std::fs::read_to_string(&p).unwrap();
                    if s.contains("filters::Safe") && !p.ends_with("render/markup/mod.rs") {
                        out.push(p.display().to_string());
                    }
                }
            }
        }
        let mut out = Vec::new();
        cari(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        assert!(
            out.is_empty(),
            "askama Safe outside render::markup: {out:?}"
        );
    }
}
