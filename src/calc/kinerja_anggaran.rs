//! Capaian kinerja anggaran: the weighted combination of SMART DJA and IKPA.

use rust_decimal::Decimal;

use super::{Nilai, bulatkan};
use crate::model::kinerja_anggaran::Skor;
use crate::model::laporan::Pembulatan;

/// Σ bobot × nilai / Σ bobot for the year, rounded. A component without a
/// score for that year makes the result "belum diisi"; zero total weight
/// makes it not computable.
pub fn gabungan(skor: &[&Skor], tahun: i32, p: Pembulatan) -> Nilai {
    let mut sum = Decimal::ZERO;
    let mut weights = Decimal::ZERO;
    for s in skor {
        let Some(v) = s.nilai.get(&tahun) else {
            return Nilai::BelumDiisi;
        };
        // Bounded inputs keep this far inside Decimal's range; checked
        // anyway, so that no input can panic.
        let Some(next) = s
            .bobot
            .get()
            .checked_mul(v.get())
            .and_then(|x| sum.checked_add(x))
        else {
            return Nilai::TidakDapatDihitung("angka terlalu besar".into());
        };
        sum = next;
        let Some(w) = weights.checked_add(s.bobot.get()) else {
            return Nilai::TidakDapatDihitung("angka terlalu besar".into());
        };
        weights = w;
    }
    if weights.is_zero() {
        return Nilai::TidakDapatDihitung("jumlah bobot nol".into());
    }
    match sum.checked_div(weights) {
        Some(v) => Nilai::Ada(bulatkan(v, p)),
        None => Nilai::TidakDapatDihitung("angka terlalu besar".into()),
    }
}

/// The score its components give: Σ bobot × nilai / Σ bobot, rounded;
/// `None` unless every component has a weight and the weights are not zero.
pub fn dari_komponen(skor: &Skor, p: Pembulatan) -> Option<Decimal> {
    if skor.komponen.is_empty() {
        return None;
    }
    let mut sum = Decimal::ZERO;
    let mut weights = Decimal::ZERO;
    for k in &skor.komponen {
        let b = k.bobot?.get();
        sum += b * k.nilai.get();
        weights += b;
    }
    (!weights.is_zero()).then(|| bulatkan(sum / weights, p))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;
    use crate::model::num::Angka;

    fn skor(bobot: &str, nilai: &[(i32, &str)]) -> Skor {
        Skor {
            bobot: Angka(d(bobot)),
            nilai: nilai.iter().map(|(y, v)| (*y, Angka(d(v)))).collect(),
            target: None,
            komponen: vec![],
            gambar: None,
            uraian: Default::default(),
            uraian_grafik: None,
        }
    }

    #[test]
    fn smart_60_ikpa_40() {
        let smart = skor("60", &[(2023, "99.84")]);
        let ikpa = skor("40", &[(2023, "98.96")]);
        // 0,6 × 99,84 + 0,4 × 98,96 = 99,488 → 99,49.
        assert_eq!(
            gabungan(&[&smart, &ikpa], 2023, half_up(2)),
            Nilai::Ada(d("99.49"))
        );
        assert_eq!(
            gabungan(&[&smart, &ikpa], 2022, half_up(2)),
            Nilai::BelumDiisi
        );
        let zero = skor("0", &[(2023, "1")]);
        assert!(matches!(
            gabungan(&[&zero], 2023, half_up(2)),
            Nilai::TidakDapatDihitung(_)
        ));
    }
}
