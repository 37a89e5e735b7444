//! [`Markup`]: Typst markup that is safe to insert into the generated
//! source, and the only code allowed to make it.
//!
//! Templates print every value through the escaper
//! ([`crate::render::escape::Typst`]); `|safe` skips it and is used only for
//! `Markup`. So `Markup` must never hold user text that was not escaped.
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
