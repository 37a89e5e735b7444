//! Totals of the free-form data tables.

use rust_decimal::Decimal;

use crate::model::tabel::{Baris, JenisTabel, Tabel};

/// Every row of a table, sub-rows right after their parent.
pub fn semua_baris(baris: &[Baris]) -> Box<dyn Iterator<Item = &Baris> + '_> {
    Box::new(
        baris
            .iter()
            .flat_map(|b| std::iter::once(b).chain(semua_baris(&b.rinci))),
    )
}

/// The total of each value column: checks counted in a checklist, numbers
/// summed otherwise (`-` and text count as nothing).
pub fn jumlah(t: &Tabel) -> Vec<Decimal> {
    (0..t.kolom.len().max(t.jumlah_tertulis.len()))
        .map(|col| {
            let cells = semua_baris(&t.baris).filter_map(|b| b.nilai.get(col));
            match t.jenis {
                JenisTabel::Periksa => Decimal::from(cells.filter(|s| s.is_check()).count()),
                _ => cells
                    .filter_map(|s| s.angka())
                    .fold(Decimal::ZERO, |a, b| a.checked_add(b).unwrap_or(Decimal::MAX)),
            }
        })
        .collect()
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
            bernomor: false,
            baris,
            jumlah: Some("Jumlah".into()),
            jumlah_tertulis: vec![],
            catatan: None,
        }
    }

    #[test]
    fn counts_are_summed_with_sub_rows_and_dashes_count_nothing() {
        let n = |s: &str| Sel::Angka(Angka(d(s)));
        let t = tabel(
            JenisTabel::Hitungan,
            vec![
                baris(vec![n("188"), n("171")], vec![baris(vec![n("2"), Sel::Teks("-".into())], vec![])]),
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
}
