//! The narrative Markdown subset, turned into Typst markup. Text is always
//! escaped: Markdown structure (paragraphs, lists, emphasis) is the only
//! thing that becomes Typst structure.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub use super::Markup;
use crate::render::escape;

/// The deepest nesting of quotes, lists, headings and emphasis that
/// becomes Typst structure. Deeper markup is kept as its text only: Typst
/// refuses very deep nesting, and no report needs more than a few levels.
pub const BATAS_SARANG: usize = 8;

/// Converts narrative Markdown to Typst markup.
pub fn ke_typst(md: &str) -> Markup {
    let mut out = String::with_capacity(md.len() + md.len() / 3);
    // Per open tag: whether its markup was written (false beyond the limit).
    let mut buka: Vec<bool> = Vec::new();
    let mut dalam = 0usize;
    for event in Parser::new(md) {
        match event {
            Event::Start(tag) => {
                let struktur = matches!(
                    tag,
                    Tag::Heading { .. }
                        | Tag::List(_)
                        | Tag::Strong
                        | Tag::Emphasis
                        | Tag::BlockQuote(_)
                );
                let tulis = match tag {
                    // An item is written exactly when its list is.
                    Tag::Item => buka.last().copied().unwrap_or(true),
                    _ if struktur => dalam < BATAS_SARANG,
                    _ => true,
                };
                if struktur && tulis {
                    dalam += 1;
                }
                buka.push(tulis && (struktur || matches!(tag, Tag::Item)));
                if !tulis {
                    continue;
                }
                match tag {
                    Tag::Heading { .. } => out.push_str("#strong["),
                    Tag::List(start) => match start {
                        Some(n) => out.push_str(&format!("#enum(start: {n}, ")),
                        None => out.push_str("#list("),
                    },
                    Tag::Item => out.push('['),
                    Tag::Strong => out.push_str("#strong["),
                    Tag::Emphasis => out.push_str("#emph["),
                    Tag::BlockQuote(_) => out.push_str("#quote(block: true)["),
                    _ => {}
                }
            }
            Event::End(end) => {
                let ditulis = buka.pop().unwrap_or(false);
                let struktur = matches!(
                    end,
                    TagEnd::Heading(_)
                        | TagEnd::List(_)
                        | TagEnd::Strong
                        | TagEnd::Emphasis
                        | TagEnd::BlockQuote(_)
                );
                if struktur && ditulis {
                    dalam -= 1;
                }
                match end {
                    TagEnd::Paragraph => out.push_str("\n\n"),
                    TagEnd::Heading(_) if ditulis => out.push_str("]\n\n"),
                    TagEnd::List(_) if ditulis => out.push_str(")\n\n"),
                    TagEnd::Item if ditulis => {
                        while out.ends_with('\n') {
                            out.pop();
                        }
                        out.push_str("], ");
                    }
                    TagEnd::Strong | TagEnd::Emphasis if ditulis => out.push(']'),
                    TagEnd::BlockQuote(_) if ditulis => out.push_str("]\n\n"),
                    // Markup beyond the limit: keep the words apart.
                    TagEnd::Heading(_) | TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_) => {
                        out.push(' ')
                    }
                    _ => {}
                }
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                // Written amounts ("Rp. 290.167.320") do not break after "Rp".
                escape::tulis_markup(&mut out, &crate::format::rupiah_utuh(&t))
                    .expect("writing to a String cannot fail")
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("#linebreak()"),
            // Links keep their text (emitted as Text events); the rest has no place in a report.
            _ => {}
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    Markup(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_emphasis() {
        let md = "Satu **tebal** dan *miring*.\n\nDua:\n\n- a\n- b #x\n\n1. satu\n2. dua\n";
        assert_eq!(
            ke_typst(md).0,
            "Satu #strong[tebal] dan #emph[miring]\\.\n\nDua\\:\n\n#list([a], [b \\#x], )\n\n#enum(start: 1, [satu], [dua], )"
        );
    }

    #[test]
    fn nested_lists() {
        let md = "1. luar\n   - dalam\n2. dua\n";
        assert_eq!(
            ke_typst(md).0,
            "#enum(start: 1, [luar#list([dalam], )], [dua], )"
        );
    }

    #[test]
    fn hostile_text_stays_text() {
        let md = "#read(\"/etc/passwd\") $x$ <l> @ref nama@instansi.go.id // komentar ] \\ = judul";
        let out = ke_typst(md).0;
        // With every `\X` escape pair removed, no Typst-significant character is left.
        let mut bare = String::new();
        let mut chars = out.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                chars.next();
            } else {
                bare.push(c);
            }
        }
        assert!(!bare.chars().any(|c| c.is_ascii_punctuation()), "{out}");
        assert!(out.starts_with("\\#read\\("), "{out}");
    }
}
