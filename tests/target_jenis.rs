//! Target kinds (`paling_sedikit`, `paling_banyak`, `rentang`, `ya_tidak`)
//! and free units on a copy of data/2023: the capaian follows the kind, the
//! tally counts it, and every printed target carries its comparator.

mod common;

use common::{build, halaman, lkjip, salinan, ubah};
use lkjip::calc::Nilai;
use rust_decimal::Decimal;

/// Sets the `target:` line of indicator `id` in pk.yaml.
fn target(dir: &std::path::Path, id: &str, lama: &str, baru: &str) {
    let from = format!("id: {id}\n");
    let text = std::fs::read_to_string(dir.join("pk.yaml")).unwrap();
    let at = text.find(&from).unwrap();
    let rest = &text[at..];
    let t = rest.find(&format!("target: {lama}\n")).unwrap();
    let mut out = text[..at + t].to_string();
    out.push_str(&format!("target: {baru}\n"));
    out.push_str(&rest[t + format!("target: {lama}\n").len()..]);
    std::fs::write(dir.join("pk.yaml"), out).unwrap();
}

#[test]
fn kinds_are_computed_tallied_and_printed() {
    let asli = lkjip::susun(&common::data_2023()).unwrap();
    let (_tmp, dir) = salinan();
    target(&dir, "sk1-ikk1", "80", "{paling_sedikit: 80}");
    target(&dir, "sk1-ikk2", "94", "{rentang: [90, 95]}");
    target(&dir, "sk4-ikk7", "43", "{paling_banyak: 43}");
    ubah(
        &dir,
        "pk.yaml",
        "satuan: unit\n        target: {paling_banyak: 43}",
        "satuan: kejadian\n        target: {paling_banyak: 43}",
    );
    target(&dir, "sk4-ikk9", "1", "{ya_tidak: ya}");
    ubah(
        &dir,
        "capaian.yaml",
        "  sk4-ikk9:\n    realisasi:\n      langsung: 1",
        "  sk4-ikk9:\n    realisasi:\n      ya_tidak: ya",
    );
    let l = lkjip::susun(&dir).unwrap();
    let h = |id: &str| l.hasil.indikator[id].clone();
    let r2 = h("sk1-ikk2").realisasi.ada().unwrap();
    assert!(
        r2 > Decimal::from(95),
        "realisasi {r2} lies above the range"
    );
    // Above the range: (2 × 95 − r) / 95 × 100, truncated to 2 decimals
    // (data/2023's capaian rule).
    let want =
        ((Decimal::from(190) - r2) / Decimal::from(95) * Decimal::ONE_HUNDRED).trunc_with_scale(2);
    assert_eq!(h("sk1-ikk2").capaian, Nilai::Ada(want));
    assert_eq!(h("sk1-ikk2").tercapai(), Some(false));
    // At most 43 with 43 incidents: (86 − 43) / 43 = 100 %.
    assert_eq!(h("sk4-ikk7").capaian, Nilai::Ada(Decimal::ONE_HUNDRED));
    assert_eq!(h("sk4-ikk9").capaian, Nilai::Ada(Decimal::ONE_HUNDRED));
    // The range indicator is the only one that changed side.
    assert_eq!(
        l.hasil.rekap.tidak_tercapai,
        asli.hasil.rekap.tidak_tercapai + 1
    );
    assert_eq!(l.hasil.rekap.tercapai, asli.hasil.rekap.tercapai - 1);

    // The copy's declared figures (e-Performance, summary tables) still
    // hold the old targets: a draft build prints despite those findings.
    let pdf = dir.join("out.pdf");
    let teks = halaman(&build(&dir, &pdf, &["--draft"]), &pdf).join(" ");
    for s in [
        "≥ 80%",
        "90–95%",
        "≤ 43 Kejadian",
        "43 Kejadian",
        "Dengan target ≥ 80%",
        "Dengan target 90–95%",
        "berada dalam rentang",
    ] {
        if s == "berada dalam rentang" {
            assert!(!teks.contains(s), "realisasi is outside the range");
            continue;
        }
        assert!(teks.contains(s), "{s:?} not printed");
    }
    assert!(teks.contains("berbentuk ya/tidak (Ya)"), "yes/no formula");
}

#[test]
fn kind_against_polarity_and_realisasi_is_lk406() {
    let (_tmp, dir) = salinan();
    target(
        &dir,
        "sk1-ikk1",
        "80",
        "{paling_banyak: 80}\n        polaritas: positif",
    );
    target(&dir, "sk4-ikk9", "1", "{ya_tidak: ya}");
    let diag = common::diagnostik_json(&dir);
    let lk406: Vec<(&str, &str)> = diag
        .iter()
        .filter(|d| d["code"] == "LK406")
        .map(|d| (d["path"].as_str().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        lk406,
        [
            (
                "indikator.sk4-ikk9.realisasi",
                "sk4-ikk9: target ya/tidak memerlukan realisasi {ya_tidak: ya} atau {ya_tidak: tidak}"
            ),
            (
                "sasaran_kegiatan[0].indikator[0].polaritas",
                "target sk1-ikk1 berjenis paling_banyak tetapi polaritasnya positif; hapus polaritas atau tulis polaritas: negatif"
            ),
        ]
    );
}

#[test]
fn empty_unit_and_reversed_range_are_located_errors() {
    let (_tmp, dir) = salinan();
    ubah(&dir, "pk.yaml", "satuan: persen", "satuan: \"\"");
    let out = lkjip(&["check".as_ref(), dir.as_os_str()]);
    let s =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(s.contains("satuan tidak boleh kosong"), "{s}");
    assert!(s.contains("pk.yaml:64:9"), "{s}");
    assert!(s.contains("sasaran_kegiatan[0].indikator[0]"), "{s}");
    let (_tmp, dir) = salinan();
    target(&dir, "sk1-ikk1", "80", "{rentang: [95, 90]}");
    let out = lkjip(&["check".as_ref(), dir.as_os_str()]);
    let s =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(s.contains("batas bawah lebih besar dari batas atas"), "{s}");
}

#[test]
fn decimals_are_printed_as_typed() {
    let (_tmp, dir) = salinan();
    target(&dir, "sk1-ikk1", "80", "\"92,70\"");
    ubah(
        &dir,
        "capaian.yaml",
        "  sk4-ikk7:\n    realisasi:\n      langsung: 43",
        "  sk4-ikk7:\n    realisasi:\n      langsung: \"43,00\"",
    );
    ubah(
        &dir,
        "pk.yaml",
        "target: 80\n        target_triwulan: [20, 20, 20, 20]",
        "target: 80\n        target_triwulan: [\"20,50\", 20, 20, 20]",
    );
    let pdf = dir.join("out.pdf");
    let teks = halaman(&build(&dir, &pdf, &["--draft"]), &pdf).join(" ");
    for s in [
        "Dengan target 92,70%",
        "realisasi tahun 2023 sebesar 43,00 Unit",
        "TW I 20,50",
    ] {
        assert!(teks.contains(s), "{s:?} not printed");
    }
    // Computed figures still drop trailing zeros: 43,00 of 43 is 100%.
    assert!(teks.contains("menghasilkan capaian 100%"));
}
