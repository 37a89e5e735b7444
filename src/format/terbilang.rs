//! Amounts in words. Written here because the crates found either say
//! "dua puluh seribu" for 21.000 or panic at 10¹².

use rust_decimal::Decimal;

const SATUAN: [&str; 12] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
];

/// Scale words for successive groups of three digits.
const SKALA: [&str; 6] = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"];

/// Words for 0–999, without "nol" for 0 (the caller decides).
fn ratusan(n: u32, out: &mut Vec<&'static str>) {
    let (r, sisa) = (n / 100, n % 100);
    match r {
        0 => {}
        1 => out.push("seratus"),
        _ => {
            out.push(SATUAN[r as usize]);
            out.push("ratus");
        }
    }
    match sisa {
        0 => {}
        1..=11 => out.push(SATUAN[sisa as usize]),
        12..=19 => {
            out.push(SATUAN[(sisa - 10) as usize]);
            out.push("belas");
        }
        _ => {
            out.push(SATUAN[(sisa / 10) as usize]);
            out.push("puluh");
            if sisa % 10 != 0 {
                out.push(SATUAN[(sisa % 10) as usize]);
            }
        }
    }
}

/// Words for a whole number below 10¹⁸.
fn bulat(mut n: u64) -> String {
    if n == 0 {
        return "nol".into();
    }
    let mut groups = Vec::new();
    while n > 0 {
        groups.push((n % 1000) as u32);
        n /= 1000;
    }
    let mut words: Vec<&'static str> = Vec::new();
    for (i, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        if i == 1 && g == 1 {
            // 1.000 is "seribu", but 1.000.000 is "satu juta".
            words.push("seribu");
            continue;
        }
        ratusan(g, &mut words);
        if i > 0 {
            words.push(SKALA[i]);
        }
    }
    words.join(" ")
}

/// A number in lower-case words: `21000` → `dua puluh satu ribu`,
/// `93.58` → `sembilan puluh tiga koma lima delapan`. Negative numbers start
/// with `minus`. Numbers of 10¹⁸ or more have no scale word here: `None`.
pub fn terbilang(d: Decimal) -> Option<String> {
    let n = d.normalize();
    let neg = n.is_sign_negative() && !n.is_zero();
    let abs = n.abs();
    let int = abs.trunc();
    let int_u64 = u64::try_from(int)
        .ok()
        .filter(|v| *v < 1_000_000_000_000_000_000)?;
    let mut text = bulat(int_u64);
    let frac = abs.fract();
    if !frac.is_zero() {
        let digits = frac.to_string();
        let digits = digits.trim_start_matches("0.");
        text.push_str(" koma");
        for c in digits.chars() {
            let v = c.to_digit(10)? as usize;
            text.push(' ');
            text.push_str(SATUAN[v]);
        }
    }
    Some(if neg { format!("minus {text}") } else { text })
}

/// Title Case words, as budget prose writes them: `Enam Miliar Sembilan
/// Ratus …`.
pub fn terbilang_judul(d: Decimal) -> Option<String> {
    terbilang(d).map(|t| {
        t.split(' ')
            .map(|w| {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().chain(c).collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<String>>()
            .join(" ")
    })
}

/// A Rupiah amount in Title Case words ending in `Rupiah`.
pub fn terbilang_rupiah(d: Decimal) -> Option<String> {
    terbilang_judul(d).map(|t| format!("{t} Rupiah"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn table() {
        let cases = [
            ("0", "nol"),
            ("1", "satu"),
            ("10", "sepuluh"),
            ("11", "sebelas"),
            ("12", "dua belas"),
            ("19", "sembilan belas"),
            ("20", "dua puluh"),
            ("55", "lima puluh lima"),
            ("100", "seratus"),
            ("101", "seratus satu"),
            ("111", "seratus sebelas"),
            ("200", "dua ratus"),
            ("999", "sembilan ratus sembilan puluh sembilan"),
            ("1000", "seribu"),
            ("1001", "seribu satu"),
            ("1100", "seribu seratus"),
            ("2000", "dua ribu"),
            ("11000", "sebelas ribu"),
            ("21000", "dua puluh satu ribu"),
            ("100000", "seratus ribu"),
            ("101000", "seratus satu ribu"),
            ("1000000", "satu juta"),
            ("1001000", "satu juta seribu"),
            ("1000000000", "satu miliar"),
            (
                "6946743000",
                "enam miliar sembilan ratus empat puluh enam juta tujuh ratus empat puluh tiga ribu",
            ),
            (
                "6904019875",
                "enam miliar sembilan ratus empat juta sembilan belas ribu delapan ratus tujuh puluh lima",
            ),
            ("1000000000000", "satu triliun"),
            ("1000000000001", "satu triliun satu"),
            (
                "999999999999999",
                "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
            ),
            ("1000000000000000", "satu kuadriliun"),
            ("93.58", "sembilan puluh tiga koma lima delapan"),
            ("0.5", "nol koma lima"),
            ("99.05", "sembilan puluh sembilan koma nol lima"),
            ("-3", "minus tiga"),
        ];
        for (input, want) in cases {
            assert_eq!(terbilang(d(input)).as_deref(), Some(want), "{input}");
        }
        assert_eq!(terbilang(d("1000000000000000000")), None);
    }

    #[test]
    fn title_case_rupiah() {
        assert_eq!(
            terbilang_rupiah(d("6946743000")).unwrap(),
            "Enam Miliar Sembilan Ratus Empat Puluh Enam Juta Tujuh Ratus Empat Puluh Tiga Ribu Rupiah"
        );
        assert_eq!(terbilang_judul(d("11")).unwrap(), "Sebelas");
    }
}
