//! Tabel 3.1: every indicator's target, realisasi and capaian this year,
//! with the capaian of the two years before.

use crate::calc::capaian::HasilIndikator;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};
use crate::render::view::Konteks;

/// The three-year summary table (Tabel 3.1).
pub(super) fn tabel_tiga_tahun(k: &Konteks, hasil: &[(usize, HasilIndikator)]) -> TabelTyp {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    let kata = data.unit.istilah();
    let mut cols = crate::render::view::kolom_sasaran();
    cols.extend((0..5).map(|_| kolom("auto", Rata::Tengah)));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(vec![
        Sel::teks("No").tinggi(2),
        Sel::teks(&kata.sasaran).tinggi(2),
        Sel::teks(&kata.indikator).tinggi(2),
        Sel::teks("Target").tinggi(2),
        Sel::teks("Realisasi").tinggi(2),
        Sel::teks("Capaian").lebar(3),
    ]);
    t.kepala.push(vec![
        Sel::teks(&tahun.to_string()),
        Sel::teks(&(tahun - 1).to_string()),
        Sel::teks(&(tahun - 2).to_string()),
    ]);
    let mut idx = 0;
    crate::render::view::baris_per_indikator(k, &mut t, |ind| {
        let h = &hasil[idx].1;
        idx += 1;
        let banding = k.hasil.banding(&ind.id);
        let lalu = |y: i32| {
            banding
                .and_then(|b| b.riwayat.get(&y))
                .map(|t| k.persen(&t.capaian))
                .unwrap_or_else(|| "–".into())
        };
        vec![
            Sel::teks(&k.target(ind)),
            Sel::teks(&k.realisasi(ind, &h.realisasi)),
            Sel::teks(&k.persen(&h.capaian)),
            Sel::teks(&lalu(tahun - 1)),
            Sel::teks(&lalu(tahun - 2)),
        ]
    });
    t
}
