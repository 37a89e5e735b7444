//! Tabel 3.1: every indicator's target, realisasi and capaian this year,
//! with the capaian of the earlier years that have data.

use crate::calc::capaian::HasilIndikator;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};
use crate::render::view::Konteks;

/// The years of Tabel 3.1, newest first: the report year, then every
/// earlier year for which any indicator records a result (a year no
/// indicator has would be a column of dashes).
pub(super) fn tahun_tabel(k: &Konteks) -> Vec<i32> {
    let tahun = k.d.data.laporan.tahun;
    let mut lalu: Vec<i32> =
        k.d.data
            .indikator()
            .filter_map(|(_, ind)| k.hasil.banding(&ind.id))
            .flat_map(|b| b.riwayat.keys().copied())
            .filter(|y| *y < tahun)
            .collect();
    lalu.sort_unstable_by(|a, b| b.cmp(a));
    lalu.dedup();
    let mut semua = vec![tahun];
    semua.extend(lalu);
    semua
}

/// The summary table of this year and the earlier years (Tabel 3.1);
/// `tahun` as given by [`tahun_tabel`].
pub(super) fn tabel_tiga_tahun(
    k: &Konteks,
    hasil: &[(usize, HasilIndikator)],
    tahun: &[i32],
) -> TabelTyp {
    let kata = k.d.data.unit.istilah();
    let mut cols = crate::render::view::kolom_sasaran();
    cols.extend((0..2 + tahun.len()).map(|_| kolom("auto", Rata::Tengah)));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(vec![
        Sel::teks("No").tinggi(2),
        Sel::teks(&kata.sasaran).tinggi(2),
        Sel::teks(&kata.indikator).tinggi(2),
        Sel::teks("Target").tinggi(2),
        Sel::teks("Realisasi").tinggi(2),
        Sel::teks("Capaian").lebar(tahun.len() as u32),
    ]);
    t.kepala
        .push(tahun.iter().map(|y| Sel::teks(&y.to_string())).collect());
    let mut idx = 0;
    crate::render::view::baris_per_indikator(k, &mut t, |ind| {
        let h = &hasil[idx].1;
        idx += 1;
        let banding = k.hasil.banding(&ind.id);
        let lalu = |y: &i32| {
            banding
                .and_then(|b| b.riwayat.get(y))
                .map(|t| k.persen(&t.capaian))
                .unwrap_or_else(|| "–".into())
        };
        let mut sel = vec![
            Sel::teks(&k.target(ind)),
            Sel::teks(&k.realisasi(ind, &h.realisasi)),
            Sel::teks(&k.persen(&h.capaian)),
        ];
        sel.extend(tahun.iter().skip(1).map(|y| Sel::teks(&lalu(y))));
        sel
    });
    t
}
