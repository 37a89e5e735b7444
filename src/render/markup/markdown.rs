//! The narrative Markdown subset, turned into Typst markup. Text is always
//! escaped: Markdown structure (paragraphs, lists, emphasis) is the only
//! thing that becomes Typst structure.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

pub use super::Markup;
use crate::render::escape;

/// Converts narrative Markdown to Typst markup.
pub fn ke_typst(md: &str) -> Markup {
    let mut out = String::with_capacity(md.len() + md.len() / 3);
    // Per open list: whether it is loose (items are separated by blank lines).
    let mut lists: Vec<bool> = Vec::new();
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => out.push_str("\n\n"),
            Event::Start(Tag::Heading { .. }) => out.push_str("#strong["),
            Event::End(TagEnd::Heading(_)) => out.push_str("]\n\n"),
            Event::Start(Tag::List(start)) => {
                lists.push(false);
                match start {
                    Some(n) => out.push_str(&format!("#enum(start: {n}, ")),
                    None => out.push_str("#list("),
                }
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                out.push_str(")\n\n");
            }
            Event::Start(Tag::Item) => out.push('['),
            Event::End(TagEnd::Item) => {
                while out.ends_with('\n') {
                    out.pop();
                }
                out.push_str("], ");
            }
            Event::Start(Tag::Strong) => out.push_str("#strong["),
            Event::End(TagEnd::Strong) => out.push(']'),
            Event::Start(Tag::Emphasis) => out.push_str("#emph["),
            Event::End(TagEnd::Emphasis) => out.push(']'),
            Event::Start(Tag::BlockQuote(_)) => out.push_str("#quote(block: true)["),
            Event::End(TagEnd::BlockQuote(_)) => out.push_str("]\n\n"),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                escape::tulis_markup(&mut out, &t).expect("writing to a String cannot fail")
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
