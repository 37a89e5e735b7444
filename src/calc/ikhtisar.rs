//! The ikhtisar's counts: how many indicators were achieved, not achieved,
//! not computable, or not yet filled in.

use super::Nilai;
use super::capaian::HasilIndikator;

/// Indicator counts by outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rekap {
    /// All indicators.
    pub total: usize,
    /// Capaian ≥ 100 %.
    pub tercapai: usize,
    /// Capaian < 100 %.
    pub tidak_tercapai: usize,
    /// Not computable (e.g. no population).
    pub tidak_dapat_dihitung: usize,
    /// Not yet entered.
    pub belum_diisi: usize,
}

/// Counts the outcomes.
pub fn rekap<'a>(hasil: impl IntoIterator<Item = &'a HasilIndikator>) -> Rekap {
    let mut r = Rekap::default();
    for h in hasil {
        r.total += 1;
        match (&h.capaian, h.tercapai()) {
            (_, Some(true)) => r.tercapai += 1,
            (_, Some(false)) => r.tidak_tercapai += 1,
            (Nilai::TidakDapatDihitung(_), None) => r.tidak_dapat_dihitung += 1,
            _ => r.belum_diisi += 1,
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn counts() {
        let h = |capaian: Nilai| HasilIndikator {
            realisasi: Nilai::BelumDiisi,
            capaian,
            dibatasi: false,
            pembulatan: half_up(2),
            rumus: None,
        };
        let all = [
            h(Nilai::Ada(d("125"))),
            h(Nilai::Ada(d("100"))),
            h(Nilai::Ada(d("41.66"))),
            h(Nilai::TidakDapatDihitung("x".into())),
            h(Nilai::BelumDiisi),
        ];
        let r = rekap(&all);
        assert_eq!(
            r,
            Rekap {
                total: 5,
                tercapai: 2,
                tidak_tercapai: 1,
                tidak_dapat_dihitung: 1,
                belum_diisi: 1
            }
        );
    }
}
