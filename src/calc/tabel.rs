//! Totals of the free-form data tables.

use crate::diag::Jalur;
use crate::jalur;
use rust_decimal::Decimal;

use crate::model::laporan::Pembulatan;
use crate::model::tabel::{AturanStok, Baris, JenisSeri, JenisTabel, KolomHitung, Tabel};

/// Every row of a table, sub-rows right after their parent.
pub fn semua_baris(baris: &[Baris]) -> Box<dyn Iterator<Item = &Baris> + '_> {
    Box::new(
        baris
            .iter()
            .flat_map(|b| std::iter::once(b).chain(semua_baris(&b.rinci))),
    )
}

/// Every row of a table with its path inside the table (`baris[0]`,
/// `baris[2].rinci[1]`), sub-rows right after their parent.
pub fn baris_berpath(baris: &[Baris]) -> Vec<(Jalur, &Baris)> {
    fn walk<'a>(baris: &'a [Baris], path: &Jalur, out: &mut Vec<(Jalur, &'a Baris)>) {
        for (i, b) in baris.iter().enumerate() {
            let here = jalur!((path)[i]);
            out.push((here.clone(), b));
            walk(&b.rinci, &jalur!((here).rinci), out);
        }
    }
    let mut out = Vec::new();
    walk(baris, &jalur!(baris), &mut out);
    out
}

/// The sum of each value column over `baris` and their sub-rows: checks
/// counted in a checklist, numbers summed otherwise (`-` and text count as
/// nothing).
pub fn jumlah_baris(t: &Tabel, baris: &[Baris]) -> Vec<Decimal> {
    (0..t.kolom.len().max(t.jumlah_tertulis.len()))
        .map(|col| {
            let cells = semua_baris(baris).filter_map(|b| b.nilai.get(col));
            match t.jenis {
                JenisTabel::Periksa => Decimal::from(cells.filter(|s| s.is_check()).count()),
                _ => cells.filter_map(|s| s.angka()).fold(Decimal::ZERO, |a, b| {
                    a.checked_add(b).unwrap_or(Decimal::MAX)
                }),
            }
        })
        .collect()
}

/// The total row of each value column: the fixed values of
/// [`Tabel::jumlah_tetap`] (distinct persons) where given, the sum of the
/// rows otherwise.
pub fn jumlah(t: &Tabel) -> Vec<Decimal> {
    let mut out = jumlah_baris(t, &t.baris);
    for (c, v) in t.jumlah_tetap.iter().enumerate() {
        if let (Some(slot), Some(v)) = (out.get_mut(c), v.angka()) {
            *slot = v;
        }
    }
    out
}

/// Everything a data table adds up to.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct JumlahTabel {
    /// Sum of every row per value column (the total when no fixed total is given).
    pub semua: Vec<Decimal>,
    /// Largest single cell per value column.
    pub terbesar: Vec<Decimal>,
    /// Subtotal of each row with [`Baris::subjumlah`], by the row's path
    /// inside the table (`baris[0]`, `baris[2].rinci[1]`).
    pub subjumlah: std::collections::BTreeMap<Jalur, Vec<Decimal>>,
    /// The computed columns ([`Tabel::kolom_hitung`]) of each row, by the
    /// row's path; `None` in a row without numbers.
    pub hitung: std::collections::BTreeMap<Jalur, Vec<Option<Decimal>>>,
    /// The computed columns of the total row: `Jumlah` adds the rows'
    /// `Jumlah` (so a stock's rule carries into the total), `Rata-rata`
    /// averages the total row's periods.
    pub hitung_jumlah: Vec<Option<Decimal>>,
}

/// A row's computed columns: [`total_periode`] for `Jumlah`, the rounded
/// average of its periods for `Rata-rata`.
pub fn kolom_hitung(t: &Tabel, b: &Baris, p: Pembulatan) -> Vec<Option<Decimal>> {
    t.kolom_hitung
        .iter()
        .map(|k| match k {
            KolomHitung::Jumlah => total_periode(b, None, p),
            KolomHitung::RataRata => rata_rata(&nilai_periode(b, None), p),
        })
        .collect()
}

/// The average of `v`, rounded by `p`; `None` without values.
fn rata_rata(v: &[Decimal], p: Pembulatan) -> Option<Decimal> {
    if v.is_empty() {
        return None;
    }
    let sum = v.iter().try_fold(Decimal::ZERO, |a, b| a.checked_add(*b))?;
    Some(super::bulatkan(sum.checked_div(Decimal::from(v.len()))?, p))
}

/// Sums, largest cells, subtotals and computed columns of a table; `p`
/// rounds averages.
pub fn rinci(t: &Tabel, p: Pembulatan) -> JumlahTabel {
    let semua = jumlah_baris(t, &t.baris);
    let mut out = JumlahTabel {
        terbesar: vec![Decimal::ZERO; semua.len()],
        semua,
        subjumlah: Default::default(),
        hitung: Default::default(),
        hitung_jumlah: vec![],
    };
    if !t.kolom_hitung.is_empty() {
        let periode: Vec<Decimal> = jumlah(t).into_iter().take(t.kolom.len()).collect();
        let mut jumlah_hitung: Option<Decimal> = None;
        for (path, b) in baris_berpath(&t.baris) {
            let h = kolom_hitung(t, b, p);
            for (k, v) in t.kolom_hitung.iter().zip(&h) {
                if let (KolomHitung::Jumlah, Some(v)) = (k, v) {
                    jumlah_hitung = Some(
                        jumlah_hitung
                            .unwrap_or_default()
                            .checked_add(*v)
                            .unwrap_or(Decimal::MAX),
                    );
                }
            }
            out.hitung.insert(path, h);
        }
        out.hitung_jumlah = t
            .kolom_hitung
            .iter()
            .map(|k| match k {
                KolomHitung::Jumlah => jumlah_hitung,
                KolomHitung::RataRata => rata_rata(&periode, p),
            })
            .collect();
    }
    for (path, b) in baris_berpath(&t.baris) {
        for (c, v) in b.nilai.iter().enumerate() {
            if let (Some(v), Some(slot)) = (v.angka(), out.terbesar.get_mut(c)) {
                *slot = (*slot).max(v);
            }
        }
        if b.subjumlah.is_some() {
            out.subjumlah.insert(path, jumlah_baris(t, &b.rinci));
        }
    }
    out
}

/// The value column headed as a total over the periods (`Jumlah`,
/// `Total`), if the table has one beside at least two other columns.
pub fn kolom_jumlah_periode(t: &Tabel) -> Option<usize> {
    if t.kolom.len() < 3 {
        return None;
    }
    t.kolom.iter().position(|k| {
        matches!(
            k.trim().to_lowercase().as_str(),
            "jumlah" | "total" | "jml" | "jml." | "jumlah total"
        )
    })
}

/// A row's values over the periods: every number except the one in the
/// total column `kecuali`.
pub fn nilai_periode(b: &Baris, kecuali: Option<usize>) -> Vec<Decimal> {
    b.nilai
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != kecuali)
        .filter_map(|(_, s)| s.angka())
        .collect()
}

/// What stands for a row over the whole period: a stock by its rule
/// ([`AturanStok`]: last value or average, rounded by `p`), anything else
/// by its sum. `None` for a row without numbers.
pub fn total_periode(b: &Baris, kecuali: Option<usize>, p: Pembulatan) -> Option<Decimal> {
    let v = nilai_periode(b, kecuali);
    if v.is_empty() {
        return None;
    }
    match (b.seri, b.aturan_stok.unwrap_or_default()) {
        (Some(JenisSeri::Stok), AturanStok::Akhir) => v.last().copied(),
        (Some(JenisSeri::Stok), AturanStok::RataRata) => rata_rata(&v, p),
        _ => v.iter().try_fold(Decimal::ZERO, |a, b| a.checked_add(*b)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;
    use crate::model::num::Angka;
    use crate::model::tabel::Sel;

    fn baris(nilai: Vec<Sel>, rinci: Vec<Baris>) -> Baris {
        Baris {
            label: vec!["x".into()],
            nilai,
            rinci,
            subjumlah: None,
            subjumlah_tertulis: vec![],
            seri: None,
            aturan_stok: None,
        }
    }

    fn tabel(jenis: JenisTabel, baris: Vec<Baris>) -> Tabel {
        Tabel {
            id: None,
            judul: "t".into(),
            jenis,
            kolom_label: vec!["Uraian".into()],
            grup_kolom: None,
            kolom: vec!["2022".into(), "2023".into()],
            kolom_hitung: vec![],
            bernomor: false,
            baris,
            jumlah: Some("Jumlah".into()),
            jumlah_tetap: vec![],
            dasar: None,
            orang: false,
            jumlah_tertulis: vec![],
            catatan: None,
            sumber: None,
        }
    }

    #[test]
    fn counts_are_summed_with_sub_rows_and_dashes_count_nothing() {
        let n = |s: &str| Sel::Angka(Angka(d(s)));
        let t = tabel(
            JenisTabel::Hitungan,
            vec![
                baris(
                    vec![n("188"), n("171")],
                    vec![baris(vec![n("2"), Sel::Teks("-".into())], vec![])],
                ),
                baris(vec![Sel::Teks("-".into()), n("0.5")], vec![]),
            ],
        );
        assert_eq!(jumlah(&t), vec![d("190"), d("171.5")]);
    }

    #[test]
    fn checks_are_counted() {
        let v = || Sel::Teks("√".into());
        let t = tabel(
            JenisTabel::Periksa,
            vec![
                baris(vec![v(), Sel::Teks("-".into())], vec![]),
                baris(vec![v(), v()], vec![]),
                baris(vec![], vec![baris(vec![v()], vec![])]),
            ],
        );
        assert_eq!(jumlah(&t), vec![d("3"), d("1")]);
    }

    #[test]
    fn subtotals_and_distinct_totals() {
        let n = |s: &str| Sel::Angka(Angka(d(s)));
        let mut agama = baris(
            vec![],
            vec![baris(vec![n("7")], vec![]), baris(vec![n("113")], vec![])],
        );
        agama.subjumlah = Some("Jumlah".into());
        let olahraga = baris(
            vec![],
            vec![baris(vec![n("78")], vec![]), baris(vec![n("45")], vec![])],
        );
        let mut t = tabel(JenisTabel::Hitungan, vec![agama, olahraga]);
        t.kolom = vec!["2023".into()];
        let r = rinci(&t, half_up(2));
        assert_eq!(r.semua, vec![d("243")]);
        assert_eq!(r.terbesar, vec![d("113")]);
        assert_eq!(r.subjumlah[&crate::jalur!(baris[0])], vec![d("120")]);
        assert_eq!(r.subjumlah.len(), 1);
        assert_eq!(jumlah(&t), vec![d("243")]);
        t.jumlah_tetap = vec![n("120")];
        assert_eq!(jumlah(&t), vec![d("120")]);
    }

    #[test]
    fn computed_period_columns_sum_flows_and_keep_a_stocks_rule() {
        let n = |s: &str| Sel::Angka(Angka(d(s)));
        let mut arus = baris(vec![n("1"), n("2"), n("4")], vec![]);
        arus.seri = Some(JenisSeri::Arus);
        let mut stok = baris(vec![n("5"), n("7"), n("6")], vec![]);
        stok.seri = Some(JenisSeri::Stok);
        let mut rata = stok.clone();
        rata.aturan_stok = Some(AturanStok::RataRata);
        let heading = baris(vec![], vec![]);
        let mut t = tabel(JenisTabel::Hitungan, vec![arus, stok, rata, heading]);
        t.kolom = vec!["Jan".into(), "Feb".into(), "Mar".into()];
        t.kolom_hitung = vec![KolomHitung::Jumlah, KolomHitung::RataRata];
        let r = rinci(&t, half_up(2));
        let at = |i: usize| r.hitung[&crate::jalur!(baris[i])].clone();
        assert_eq!(at(0), vec![Some(d("7")), Some(d("2.33"))]);
        // A stock's Jumlah is its last month (6), or its average (6), never 18.
        assert_eq!(at(1), vec![Some(d("6")), Some(d("6"))]);
        assert_eq!(at(2), vec![Some(d("6")), Some(d("6"))]);
        assert_eq!(at(3), vec![None, None]);
        // The total adds the rows' Jumlah; its average is the totals' average.
        assert_eq!(r.hitung_jumlah, vec![Some(d("19")), Some(d("14.33"))]);
    }
}
