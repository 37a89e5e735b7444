//! Making user text inert in Typst.
//!
//! Two contexts exist in the generated source: markup (`[…]` content and
//! running text) and string literals (`"…"`). In markup every ASCII
//! punctuation character is preceded by a backslash, which Typst reads as
//! that character literally; line breaks become spaces. In string literals
//! `\` and `"` are escaped. Nothing a user types can then open a function
//! call, a label, a reference, a comment or a heading.

use std::fmt::{self, Write};

/// After this many characters without a break opportunity (a space, `/`
/// or a dash), a word may break: a zero-width space is inserted, so that
/// a long code or URL wraps inside its column instead of running off the
/// page. High enough that ordinary e-mail addresses and Indonesian words
/// (the zero-width space would travel with copied text) stay whole.
pub const PANJANG_KATA: usize = 32;

/// Writes `text` as Typst markup that displays exactly `text` (words
/// longer than [`PANJANG_KATA`] characters get invisible break points).
pub fn tulis_markup<W: Write>(mut out: W, text: &str) -> fmt::Result {
    let mut kata = 0usize;
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, '/' | '-' | '\u{2010}' | '–' | '—') {
            kata = 0;
        } else {
            if kata >= PANJANG_KATA {
                out.write_char('\u{200B}')?;
                kata = 0;
            }
            kata += 1;
        }
        match c {
            '\n' | '\r' | '\t' => out.write_char(' ')?,
            c if c.is_ascii_punctuation() => {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            // Other control characters have no business in a report.
            c if c.is_control() => {}
            c => out.write_char(c)?,
        }
    }
    Ok(())
}

/// `text` as Typst markup.
pub fn markup(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + text.len() / 4);
    tulis_markup(&mut s, text).expect("writing to a String cannot fail");
    s
}

/// `text` as a Typst string literal, quotes included.
pub fn string(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    for c in text.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '"' => s.push_str("\\\""),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if c.is_control() => {}
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

/// The askama escaper registered for `.typ` templates in `askama.toml`:
/// every interpolated value is markup-escaped, except `Markup` printed with
/// `.typst()` (see [`crate::render::markup`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Typst;

impl askama::filters::Escaper for Typst {
    fn write_escaped_str<W: Write>(&self, dest: W, string: &str) -> fmt::Result {
        tulis_markup(dest, string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escapes_every_special() {
        assert_eq!(markup("#read(\"/etc\")"), "\\#read\\(\\\"\\/etc\\\"\\)");
        assert_eq!(markup("a@b.id"), "a\\@b\\.id");
        assert_eq!(markup("= judul\n- butir"), "\\= judul \\- butir");
        assert_eq!(markup("Rp6.946,00 😀"), "Rp6\\.946\\,00 😀");
        assert_eq!(markup("\\"), "\\\\");
    }

    #[test]
    fn strings() {
        assert_eq!(string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
    }
}
