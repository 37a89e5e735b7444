//! Numbers as they are typed in the data folder.
//!
//! Civil servants type numbers the Indonesian way (`6.946.743.000`, `99,38`,
//! `Rp 6.946.743.000`) as often as the YAML way (`6946743000`, `99.38`). Both
//! are accepted where the reading is unambiguous, and rejected with a message
//! that shows the accepted forms where it is not: `"6.946"` could be six
//! thousand or six point nine, so it is refused rather than guessed.
//!
//! Values are [`Decimal`]; a YAML float is read through its shortest decimal
//! representation, so `99.38` is exactly 99.38, never 99.37999….

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A decimal quantity: a target, a realisation, a score, a percentage.
///
/// Accepts YAML integers and floats, and strings with a decimal comma and
/// optional thousands dots (`"99,38"`, `"1.234,5"`) or with at least two
/// thousands groups (`"6.946.743"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Angka(pub Decimal);

/// An amount of money in whole Rupiah.
///
/// Accepts YAML integers and strings such as `"6.946.743.000"`,
/// `"Rp 6.946.743.000"`, `"Rp6.946.743.000,-"`. Fractions of a Rupiah are
/// rejected: budget figures in DIPA and SAKTI are whole Rupiah.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Rupiah(pub Decimal);

impl Angka {
    /// The value as a [`Decimal`].
    pub fn get(self) -> Decimal {
        self.0
    }
}

impl Rupiah {
    /// The value as a [`Decimal`].
    pub fn get(self) -> Decimal {
        self.0
    }
}

impl From<Decimal> for Angka {
    fn from(d: Decimal) -> Self {
        Angka(d)
    }
}

impl From<i64> for Angka {
    fn from(v: i64) -> Self {
        Angka(Decimal::from(v))
    }
}

impl From<Decimal> for Rupiah {
    fn from(d: Decimal) -> Self {
        Rupiah(d)
    }
}

impl From<i64> for Rupiah {
    fn from(v: i64) -> Self {
        Rupiah(Decimal::from(v))
    }
}

/// Why a typed number was refused. The text is the user-facing message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumError {
    /// A string that reads two ways.
    #[error(
        "angka \"{0}\" bermakna ganda (ribuan atau desimal?); tulis tanpa titik ribuan (6946) atau dengan koma desimal (6,946)"
    )]
    Ambiguous(String),
    /// Not a number at all.
    #[error(
        "\"{0}\" bukan angka; bentuk yang diterima: 99.38, \"99,38\", 6946743000, \"6.946.743.000\""
    )]
    NotANumber(String),
    /// A Rupiah amount with a fraction.
    #[error(
        "nilai rupiah harus bilangan bulat, bukan {0}; tulis 6946743000 atau \"6.946.743.000\""
    )]
    FractionalRupiah(String),
    /// Beyond [`BATAS_ANGKA`] in size or [`BATAS_DESIMAL`] in decimals.
    #[error(
        "angka {0} di luar batas: paling besar 1.000.000.000.000.000 (10^15, positif atau negatif) dengan paling banyak 10 angka desimal"
    )]
    TooLarge(String),
}

/// The largest magnitude accepted for any number of the data folder:
/// 10^15 (Rp1.000 triliun, about a third of the whole state budget).
///
/// With every input at most 10^15 and at most [`BATAS_DESIMAL`] decimals,
/// every sum the report makes (of at most millions of values), every
/// `a × 100 / b` ratio (at most 10^27) and every weighted score stays far
/// inside [`Decimal`]'s range (about 7.9 × 10^28), so no arithmetic on
/// accepted data can overflow.
pub const BATAS_ANGKA: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// The most decimal places accepted in a number.
pub const BATAS_DESIMAL: u32 = 10;

/// Refuses a value beyond [`BATAS_ANGKA`] or with more than
/// [`BATAS_DESIMAL`] decimals (after dropping trailing zeros).
pub fn dalam_batas(v: Decimal, raw: &str) -> Result<Decimal, NumError> {
    if v.abs() > BATAS_ANGKA || v.normalize().scale() > BATAS_DESIMAL {
        return Err(NumError::TooLarge(raw.to_string()));
    }
    Ok(v)
}

/// Reads a number typed as text, the Indonesian way or the plain way.
pub fn parse_angka(text: &str) -> Result<Decimal, NumError> {
    let raw = text.trim();
    let (negative, body) = match raw.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, raw),
    };
    let body = body.trim_end_matches('%').trim_end();
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(NumError::NotANumber(raw.to_string()));
    }
    let canonical = if let Some((int, frac)) = body.split_once(',') {
        // Decimal comma: the integer part may carry thousands dots.
        if frac.contains(',') || frac.contains('.') || frac.is_empty() {
            return Err(NumError::NotANumber(raw.to_string()));
        }
        format!("{}.{}", strip_thousands(int, raw)?, frac)
    } else if body.contains('.') {
        let groups: Vec<&str> = body.split('.').collect();
        let thousands_shape = groups.len() >= 2
            && (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|g| g.len() == 3);
        match (thousands_shape, groups.len()) {
            // "6.946.743": only thousands can have two dots.
            (true, n) if n >= 3 => groups.concat(),
            // "6.946": thousands or decimal? Refuse to guess.
            (true, _) => return Err(NumError::Ambiguous(raw.to_string())),
            // "99.38", "0.5": a single dot not followed by three digits.
            (false, 2) => body.to_string(),
            _ => return Err(NumError::NotANumber(raw.to_string())),
        }
    } else {
        body.to_string()
    };
    // Longer than any accepted number: refuse before handing it to Decimal.
    if canonical.len() > 40 {
        return Err(NumError::TooLarge(raw.to_string()));
    }
    let value = Decimal::from_str(&canonical).map_err(|_| NumError::TooLarge(raw.to_string()))?;
    dalam_batas(if negative { -value } else { value }, raw)
}

fn strip_thousands(int: &str, raw: &str) -> Result<String, NumError> {
    if !int.contains('.') {
        return Ok(int.to_string());
    }
    let groups: Vec<&str> = int.split('.').collect();
    if (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3) {
        Ok(groups.concat())
    } else {
        Err(NumError::NotANumber(raw.to_string()))
    }
}

/// Reads a Rupiah amount typed as text: optional `Rp`/`Rp.` prefix, thousands
/// dots, optional `,-` or `,00` suffix.
pub fn parse_rupiah(text: &str) -> Result<Decimal, NumError> {
    let raw = text.trim();
    let mut body = raw;
    for prefix in ["Rp.", "RP.", "rp.", "Rp", "RP", "rp"] {
        if let Some(rest) = body.strip_prefix(prefix) {
            body = rest.trim_start();
            break;
        }
    }
    let body = body
        .strip_suffix(",-")
        .or_else(|| body.strip_suffix(",00"))
        .unwrap_or(body)
        .trim_end_matches('.');
    let all_thousands = {
        let groups: Vec<&str> = body.split('.').collect();
        groups.len() >= 2
            && (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
    };
    // In a Rupiah field a single thousands group ("6.946") is unambiguous:
    // Rupiah amounts have no fraction, so the dot can only group thousands.
    let value = if all_thousands {
        let digits = body.replace('.', "");
        if digits.len() > 40 {
            return Err(NumError::TooLarge(raw.to_string()));
        }
        let v = Decimal::from_str(&digits).map_err(|_| NumError::TooLarge(raw.to_string()))?;
        dalam_batas(v, raw)?
    } else {
        parse_angka(body).map_err(|e| match e {
            NumError::NotANumber(_) => NumError::NotANumber(raw.to_string()),
            other => other,
        })?
    };
    if value.fract() != Decimal::ZERO {
        return Err(NumError::FractionalRupiah(raw.to_string()));
    }
    Ok(value)
}

/// A YAML float read exactly: Rust prints the shortest string that reads
/// back to the same f64, which is the decimal the user typed.
pub(crate) fn decimal_from_f64(v: f64) -> Result<Decimal, NumError> {
    if !v.is_finite() {
        return Err(NumError::NotANumber(v.to_string()));
    }
    // Beyond the bound (or too small to be anything but a typo): refuse
    // before formatting a 300-digit string.
    if v.abs() > 1e15 {
        return Err(NumError::TooLarge(v.to_string()));
    }
    let d = Decimal::from_str(&format!("{v}"))
        .or_else(|_| Decimal::from_scientific(&format!("{v:e}")))
        .map_err(|_| NumError::TooLarge(v.to_string()))?;
    dalam_batas(d, &v.to_string())
}

/// A YAML integer, bounded.
pub(crate) fn decimal_from_i128(v: i128) -> Result<Decimal, NumError> {
    let bound = 1_000_000_000_000_000_i128;
    if !(-bound..=bound).contains(&v) {
        return Err(NumError::TooLarge(v.to_string()));
    }
    Ok(Decimal::from_i128_with_scale(v, 0))
}

struct AngkaVisitor;

impl Visitor<'_> for AngkaVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("angka (misalnya 99.38, \"99,38\" atau 6946743000)")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        decimal_from_i128(v.into()).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        decimal_from_i128(v.into()).map_err(E::custom)
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        decimal_from_i128(v).map_err(E::custom)
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        decimal_from_i128(i128::try_from(v).unwrap_or(i128::MAX)).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        decimal_from_f64(v).map_err(E::custom)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_angka(v).map_err(E::custom)
    }
}

struct RupiahVisitor;

impl Visitor<'_> for RupiahVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("nilai rupiah (misalnya 6946743000 atau \"Rp 6.946.743.000\")")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        decimal_from_i128(v.into()).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        decimal_from_i128(v.into()).map_err(E::custom)
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        decimal_from_i128(v).map_err(E::custom)
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        decimal_from_i128(i128::try_from(v).unwrap_or(i128::MAX)).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        let d = decimal_from_f64(v).map_err(E::custom)?;
        if d.fract() != Decimal::ZERO {
            return Err(E::custom(NumError::FractionalRupiah(format!("{v}"))));
        }
        Ok(d)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_rupiah(v).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Angka {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AngkaVisitor).map(Angka)
    }
}

impl<'de> Deserialize<'de> for Rupiah {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RupiahVisitor).map(Rupiah)
    }
}

/// Whole numbers are written as YAML integers; fractions as a string with a
/// decimal comma, which [`parse_angka`] reads back exactly.
fn serialize_decimal<S: Serializer>(d: Decimal, s: S) -> Result<S::Ok, S::Error> {
    let n = d.normalize();
    if n.fract() == Decimal::ZERO {
        if let Ok(i) = i64::try_from(n) {
            return s.serialize_i64(i);
        }
    }
    s.serialize_str(&n.to_string().replace('.', ","))
}

impl Serialize for Angka {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_decimal(self.0, s)
    }
}

impl Serialize for Rupiah {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_decimal(self.0, s)
    }
}

impl schemars::JsonSchema for Angka {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Angka".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Angka: 99.38, \"99,38\", 6946743000 atau \"6.946.743\" (\"6.946\" ditolak karena bermakna ganda).",
            "type": ["number", "string"],
            "pattern": "^-?[0-9][0-9.,]*%?$"
        })
    }
}

impl schemars::JsonSchema for Rupiah {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Rupiah".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Rupiah bulat: 6946743000, \"6.946.743.000\" atau \"Rp 6.946.743.000\".",
            "type": ["integer", "string"],
            "pattern": "^(Rp\\.? ?)?[0-9][0-9.]*(,-|,00)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros_free::dec;

    mod rust_decimal_macros_free {
        /// `dec("1.5")` without a macro crate.
        pub fn dec(s: &str) -> rust_decimal::Decimal {
            s.parse().unwrap()
        }
    }

    #[test]
    fn angka_forms() {
        let cases = [
            ("99,38", "99.38"),
            ("99.38", "99.38"),
            ("1.234,5", "1234.5"),
            ("6.946.743", "6946743"),
            ("6946", "6946"),
            ("0,5", "0.5"),
            ("80%", "80"),
            ("-3,5", "-3.5"),
        ];
        for (input, want) in cases {
            assert_eq!(parse_angka(input).unwrap(), dec(want), "{input}");
        }
    }

    #[test]
    fn angka_refuses_ambiguous_and_garbage() {
        assert!(matches!(parse_angka("6.946"), Err(NumError::Ambiguous(_))));
        assert!(matches!(parse_angka("1.000"), Err(NumError::Ambiguous(_))));
        assert!(matches!(parse_angka("12a"), Err(NumError::NotANumber(_))));
        assert!(matches!(parse_angka("1,2,3"), Err(NumError::NotANumber(_))));
        assert!(matches!(
            parse_angka("1.23.4"),
            Err(NumError::NotANumber(_))
        ));
        assert!(matches!(parse_angka(""), Err(NumError::NotANumber(_))));
    }

    #[test]
    fn rupiah_forms() {
        for input in [
            "6.946.743.000",
            "Rp 6.946.743.000",
            "Rp. 6.946.743.000",
            "Rp6.946.743.000,-",
            "RP. 6.946.743.000,00",
            "6946743000",
        ] {
            assert_eq!(parse_rupiah(input).unwrap(), dec("6946743000"), "{input}");
        }
        assert_eq!(parse_rupiah("6.946").unwrap(), dec("6946"));
        assert!(matches!(
            parse_rupiah("6,5"),
            Err(NumError::FractionalRupiah(_))
        ));
        assert!(matches!(parse_rupiah("enam"), Err(NumError::NotANumber(_))));
    }

    #[test]
    fn yaml_numbers_are_exact() {
        let a: Angka = serde_yaml::from_str("99.38").unwrap();
        assert_eq!(a.0, dec("99.38"));
        assert_eq!(a.0.to_string(), "99.38");
        let a: Angka = serde_yaml::from_str("6946").unwrap();
        assert_eq!(a.0, dec("6946"));
        // A YAML float 6.946 is six point nine four six, never 6946.
        let a: Angka = serde_yaml::from_str("6.946").unwrap();
        assert_eq!(a.0, dec("6.946"));
        // ... and is no Rupiah amount.
        assert!(serde_yaml::from_str::<Rupiah>("6.946").is_err());
        let r: Rupiah = serde_yaml::from_str("\"Rp 6.946.743.000\"").unwrap();
        assert_eq!(r.0, dec("6946743000"));
    }

    #[test]
    fn serialize_round_trips() {
        for v in ["99.38", "6946743000", "0.5", "-1.25", "117"] {
            let a = Angka(dec(v));
            let text = serde_yaml::to_string(&a).unwrap();
            let back: Angka = serde_yaml::from_str(&text).unwrap();
            assert_eq!(back, a, "{v} -> {text}");
        }
    }
}
