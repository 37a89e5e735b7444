//! A lower-is-better target of 0 ("0 kejadian"): zero incidents meet it
//! (capaian 100 %, counted as achieved), any incident misses it (0 %), and
//! the report says which convention it applied. Never N/A.

use lkjip::calc::Nilai;
use lkjip::model::Angka;
use lkjip::model::capaian::Realisasi;
use lkjip::model::pk::Polaritas;
use rust_decimal::Decimal;

/// data/2023 with its first indicator turned into "target 0, lower is
/// better" with the given realisasi.
fn laporan(realisasi: i64) -> lkjip::Laporan {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023");
    let mut d = lkjip::load::muat(&dir).unwrap();
    let sk = &mut d.data.pk.sasaran_kegiatan[0].indikator[0];
    sk.polaritas = Some(Polaritas::Negatif);
    sk.target = Angka(Decimal::ZERO).into();
    let id = sk.id.clone();
    let c = d.data.capaian.indikator.get_mut(&id).unwrap();
    c.realisasi = Some(Realisasi::Langsung(Angka(Decimal::from(realisasi))));
    lkjip::Laporan::tunggal(d)
}

#[test]
fn zero_incidents_meet_a_zero_target() {
    let asli = lkjip::susun(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023"))
        .unwrap()
        .hasil
        .rekap;
    let l = laporan(0);
    let id = &l.dimuat.data.pk.sasaran_kegiatan[0].indikator[0].id;
    assert_eq!(
        l.hasil.indikator[id].capaian,
        Nilai::Ada(Decimal::ONE_HUNDRED)
    );
    // The indicator was achieved before too: the tally is unchanged.
    assert_eq!(l.hasil.rekap, asli);
    let s = l.sumber(false).unwrap().utama;
    assert!(
        s.contains("menurut ketentuan target nol"),
        "the convention is stated"
    );
    assert!(
        s.contains("Realisasi 0, sehingga capaian = 100\\%"),
        "escaped 100%"
    );
}

#[test]
fn one_incident_misses_a_zero_target() {
    let l = laporan(1);
    let id = &l.dimuat.data.pk.sasaran_kegiatan[0].indikator[0].id;
    assert_eq!(l.hasil.indikator[id].capaian, Nilai::Ada(Decimal::ZERO));
    assert_eq!(l.hasil.rekap.tidak_tercapai, 2);
    assert_eq!(l.hasil.rekap.tidak_dapat_dihitung, 10);
    let s = l.sumber(false).unwrap().utama;
    assert!(
        s.contains("Realisasi 1, sehingga capaian = 0\\%"),
        "escaped 0%"
    );
}
