//! Lampiran 3's quarterly percentages use the annual capaian's formula,
//! direction and rounding rule; heading 6 of an indicator follows its status.

mod common;

use common::{salinan, ubah};
use lkjip::calc::Nilai;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn quarter_uses_capaian_rounding_and_direction() {
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "pk.yaml",
        "target: 80\n        target_triwulan: [20, 20, 20, 20]",
        "target: 80\n        target_triwulan: [\"54,55\", 20, 20, 20]",
    );
    ubah(
        &dir,
        "capaian.yaml",
        "    triwulan:\n      - realisasi: 20",
        "    triwulan:\n      - realisasi: \"47,18\"",
    );
    let l = lkjip::susun(&dir).unwrap();
    let q = &l.hasil.triwulan["sk1-ikk1"];
    // 47,18 / 54,55 = 86,489…: truncated to 2 decimals like the capaian, not 86,49.
    assert_eq!(q[0], Some(Nilai::Ada(d("86.48"))));
    assert_eq!(q[1], Some(Nilai::Ada(d("75"))));
    assert_eq!(q[2], None, "no realisasi entered for TW III");

    // At most 1 per quarter, 2 happened: (2 × 1 − 2) / 1 = 0 %, not 200 %.
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "pk.yaml",
        "target: 80\n        target_triwulan: [20, 20, 20, 20]",
        "target: {paling_banyak: 4}\n        target_triwulan: [1, 1, 1, 1]",
    );
    ubah(
        &dir,
        "capaian.yaml",
        "    triwulan:\n      - realisasi: 20",
        "    triwulan:\n      - realisasi: 2",
    );
    let l = lkjip::susun(&dir).unwrap();
    assert_eq!(l.hasil.triwulan["sk1-ikk1"][0], Some(Nilai::Ada(d("0"))));
}

#[test]
fn heading_six_follows_the_status() {
    let l = lkjip::susun(&common::data_2023()).unwrap();
    // A draft shows every analysis heading (a final report leaves out the
    // unwritten ones, the failed indicator's among them).
    let s = l.sumber(true).unwrap().utama;
    let gagal = "6. Analisis Program/Kegiatan yang Berkaitan dengan Kegagalan/Penurunan Kinerja]";
    let berhasil = "6. Analisis Program/Kegiatan yang Menunjang Keberhasilan]";
    // data/2023 has one indicator below 100 %.
    assert_eq!(l.hasil.rekap.tidak_tercapai, 1);
    assert_eq!(s.matches(gagal).count(), 1);
    assert_eq!(
        s.matches(berhasil).count(),
        l.hasil.rekap.total - 1,
        "achieved and not computable keep the success wording"
    );
}
