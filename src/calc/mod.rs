//! Every figure of the report, computed from the model. Pure functions, no
//! I/O; all arithmetic in [`Decimal`], rounding stated by the caller.
//!
//! A figure that cannot be computed is a [`Nilai`] variant, never a silent
//! zero: "belum diisi" (not entered), "tidak dapat dihitung" (with its
//! reason) and a real value are three different states.

pub mod anggaran;
pub mod capaian;
pub mod hasil;
pub mod ikhtisar;
pub mod kinerja_anggaran;
pub mod pegawai;
pub mod populasi;
pub mod tabel;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::laporan::{CaraPembulatan, Pembulatan};

/// A computed figure, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Nilai {
    /// A value.
    Ada(Decimal),
    /// The data has not been entered yet.
    BelumDiisi,
    /// The figure cannot be computed; the reason is printed beside "N/A".
    TidakDapatDihitung(String),
}

impl Nilai {
    /// The value, if there is one.
    pub fn ada(&self) -> Option<Decimal> {
        match self {
            Nilai::Ada(d) => Some(*d),
            _ => None,
        }
    }
}

/// Rounds `d` as `p` says: half away from zero, or truncation toward zero.
pub fn bulatkan(d: Decimal, p: Pembulatan) -> Decimal {
    let strategy = match p.cara {
        CaraPembulatan::SetengahKeAtas => RoundingStrategy::MidpointAwayFromZero,
        CaraPembulatan::Potong => RoundingStrategy::ToZero,
    };
    d.round_dp_with_strategy(p.desimal, strategy)
}

/// Whether a printed figure is `computed` written at the printed figure's
/// own precision under rounding mode `p` (a published 117 matches a
/// computed 117,647 when the report truncates).
pub fn sesuai_tertulis(computed: Decimal, printed: Decimal, p: Pembulatan) -> bool {
    let desimal = printed.normalize().scale();
    bulatkan(computed, Pembulatan { desimal, ..p }) == printed.normalize()
}

/// `a / b × 100`, unrounded; `None` when `b` is zero (or on overflow).
pub fn rasio(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return None;
    }
    a.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(b)
}

/// `a / b × 100`, rounded; `None` when `b` is zero.
pub fn persen(a: Decimal, b: Decimal, p: Pembulatan) -> Option<Decimal> {
    rasio(a, b).map(|x| bulatkan(x, p))
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::*;

    /// A decimal from text, for tests.
    pub fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// Half-up rounding to `desimal` places.
    pub fn half_up(desimal: u32) -> Pembulatan {
        Pembulatan {
            cara: CaraPembulatan::SetengahKeAtas,
            desimal,
        }
    }

    /// Truncation to `desimal` places.
    pub fn potong(desimal: u32) -> Pembulatan {
        Pembulatan {
            cara: CaraPembulatan::Potong,
            desimal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::*;
    use super::*;

    #[test]
    fn rounding_is_explicit() {
        // rust_decimal's round_dp is banker's rounding; these are not.
        assert_eq!(bulatkan(d("99.245"), half_up(2)), d("99.25"));
        assert_eq!(bulatkan(d("0.125"), half_up(2)), d("0.13"));
        assert_eq!(bulatkan(d("117.647"), potong(0)), d("117"));
        assert_eq!(bulatkan(d("-1.5"), half_up(0)), d("-2"));
        assert_eq!(persen(d("1"), d("0"), half_up(2)), None);
    }

    #[test]
    fn printed_figures_at_their_own_precision() {
        assert!(sesuai_tertulis(d("117.647"), d("117"), potong(2)));
        assert!(sesuai_tertulis(d("117.647"), d("117.64"), potong(2)));
        assert!(!sesuai_tertulis(d("117.647"), d("117.65"), potong(2)));
        assert!(sesuai_tertulis(d("117.647"), d("117.65"), half_up(2)));
        assert!(!sesuai_tertulis(d("66.66"), d("100"), potong(2)));
    }
}
