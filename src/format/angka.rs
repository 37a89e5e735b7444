use rust_decimal::Decimal;

use crate::model::laporan::GayaRupiah;

/// A number the Indonesian way, with as many decimals as it has:
/// `6946743000` → `6.946.743.000`, `99.38` → `99,38`, `117.00` → `117`.
pub fn angka(d: Decimal) -> String {
    let n = d.normalize();
    group(&n.abs().to_string(), n.is_sign_negative() && !n.is_zero())
}

/// A typed number with the decimals it was typed with: `"92,70"` →
/// `92,70`, `"8,00"` → `8,00` (so a column of figures aligns as the user
/// wrote it). For computed figures use [`angka`], which drops trailing zeros.
/// A YAML float (`92.70` unquoted) reaches lkjip as 92.7: quote it to keep
/// the zero.
pub fn angka_tertulis(d: Decimal) -> String {
    group(&d.abs().to_string(), d.is_sign_negative() && !d.is_zero())
}

/// A number with exactly `dp` decimals (no rounding here: round first in
/// [`crate::calc`]): `angka_dp(99.5, 2)` → `99,50`.
pub fn angka_dp(d: Decimal, dp: u32) -> String {
    let mut n = d;
    n.rescale(dp);
    group(&n.abs().to_string(), n.is_sign_negative() && !n.is_zero())
}

/// A percentage: `99,38%` (PUEBI writes no space before `%`).
pub fn persen(d: Decimal) -> String {
    format!("{}%", angka(d))
}

/// The space between "Rp" and its amount: a no-break space (U+00A0), so
/// a line never ends with "Rp" and starts with the amount.
pub const SPASI_RUPIAH: char = '\u{a0}';

/// A Rupiah amount in the chosen style: `Rp6.946.743.000`; the styles with
/// a space use [`SPASI_RUPIAH`].
pub fn rupiah(d: Decimal, gaya: GayaRupiah) -> String {
    let prefix = match gaya {
        GayaRupiah::Rapat => "Rp",
        GayaRupiah::Spasi => "Rp\u{a0}",
        GayaRupiah::Titik => "Rp.\u{a0}",
    };
    let sign = if d.is_sign_negative() && !d.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{prefix}{}", angka(d.abs()))
}

/// `text` (written prose) with the spaces between each "Rp"/"Rp." and the
/// amount after it replaced by one [`SPASI_RUPIAH`]: "sebesar Rp. 290.167.320"
/// keeps sign and amount on one line. Other text is unchanged.
pub fn rupiah_utuh(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut sisa = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(at) = text[i..].find(['R', 'r']).map(|k| k + i) {
        i = at + 1;
        let kata = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if !kata || !matches!(b.get(at + 1), Some(b'p' | b'P')) {
            continue;
        }
        let mut j = at + 2;
        if b.get(j) == Some(&b'.') {
            j += 1;
        }
        let spasi = b[j..].iter().take_while(|&&c| c == b' ').count();
        if spasi == 0 || !b.get(j + spasi).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        out.push_str(&text[sisa..j]);
        out.push(SPASI_RUPIAH);
        sisa = j + spasi;
        i = sisa;
    }
    if sisa == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[sisa..]);
    std::borrow::Cow::Owned(out)
}

fn group(plain: &str, negative: bool) -> String {
    let (int, frac) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain, None),
    };
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 2);
    if negative {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(',');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn numbers() {
        let cases = [
            ("0", "0"),
            ("7", "7"),
            ("999", "999"),
            ("1000", "1.000"),
            ("146890", "146.890"),
            ("6946743000", "6.946.743.000"),
            ("99.38", "99,38"),
            ("117.00", "117"),
            ("-1234.5", "-1.234,5"),
            ("1000000000000", "1.000.000.000.000"),
        ];
        for (input, want) in cases {
            assert_eq!(angka(d(input)), want, "{input}");
        }
        assert_eq!(angka_tertulis(d("92.70")), "92,70");
        assert_eq!(angka_tertulis(d("8.00")), "8,00");
        assert_eq!(angka_tertulis(d("1234.5")), "1.234,5");
        assert_eq!(angka_tertulis(d("80")), "80");
        assert_eq!(angka_dp(d("99.5"), 2), "99,50");
        assert_eq!(angka_dp(d("117"), 2), "117,00");
        assert_eq!(angka_dp(d("1234"), 0), "1.234");
    }

    #[test]
    fn percent_and_rupiah() {
        assert_eq!(persen(d("99.38")), "99,38%");
        assert_eq!(persen(d("100")), "100%");
        assert_eq!(
            rupiah(d("6946743000"), GayaRupiah::Rapat),
            "Rp6.946.743.000"
        );
        assert_eq!(
            rupiah(d("6946743000"), GayaRupiah::Spasi),
            "Rp\u{a0}6.946.743.000"
        );
        assert_eq!(
            rupiah(d("6946743000"), GayaRupiah::Titik),
            "Rp.\u{a0}6.946.743.000"
        );
        assert_eq!(rupiah(d("0"), GayaRupiah::Rapat), "Rp0");
        assert_eq!(rupiah(d("-281"), GayaRupiah::Rapat), "-Rp281");
        assert_eq!(rupiah(d("-281"), GayaRupiah::Titik), "-Rp.\u{a0}281");
    }

    #[test]
    fn written_rupiah_keeps_sign_and_amount_together() {
        assert_eq!(
            rupiah_utuh("sebesar Rp. 290.167.320 dan Rp  35.246.250, RP 5"),
            "sebesar Rp.\u{a0}290.167.320 dan Rp\u{a0}35.246.250, RP\u{a0}5"
        );
        // Not an amount, or not the word "Rp": unchanged, not copied.
        for s in ["Rp. dua juta", "Grp 5", "Rp6.946", "Rp.", "", "ŘRp 5x"] {
            assert!(
                matches!(rupiah_utuh(s), std::borrow::Cow::Borrowed(_)),
                "{s}"
            );
        }
        assert_eq!(rupiah_utuh("(Rp 5)"), "(Rp\u{a0}5)");
    }
}
