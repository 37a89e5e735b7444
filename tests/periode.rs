//! Issue 20 part A: a report of part of a year (`periode`, `data_sampai`
//! in laporan.yaml) names its period everywhere the year alone used to
//! stand, and its quarterly check covers only the period's quarters.

mod common;

use common::{build, diagnostik_json, halaman, salinan, ubah};

/// A copy of data/2023 turned into a Semester I report with data up to
/// 31 May.
fn semester_satu() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, dir) = salinan();
    ubah(
        &dir,
        "laporan.yaml",
        "tahun: 2023\n",
        "tahun: 2023\nperiode: semester-1\ndata_sampai: 2023-05-31\n",
    );
    (tmp, dir)
}

/// The paths of `code`'s diagnostics in `lkjip check DIR --format json`.
fn jalur(dir: &std::path::Path, code: &str) -> Vec<String> {
    diagnostik_json(dir)
        .into_iter()
        .filter(|d| d["code"] == code)
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_semester_report_names_its_period() {
    let (_tmp, dir) = semester_satu();
    let pdf = dir.join("semester.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf);
    let all = pages.join("\n");
    // The cover.
    assert!(
        pages[1].contains("SEMESTER I TAHUN 2023 s.d. 31 Mei 2023"),
        "{}",
        pages[1]
    );
    // Captions and headings.
    assert!(all.contains("Target, Realisasi dan Capaian IKK I.1 Semester I Tahun 2023"));
    assert!(all.contains("Perbandingan Target dan Realisasi Kinerja Semester I Tahun 2023"));
    // Generated sentences carry the cut-off date.
    assert!(
        all.contains("realisasi Semester I Tahun 2023 (s.d. 31 Mei 2023) sebesar"),
        "no period in the capaian sentence"
    );
    // Nowhere is this year's figure called the whole year's.
    for stale in [
        "Target, Realisasi dan Capaian IKK I.1 Tahun 2023",
        "realisasi tahun 2023 sebesar",
        "TAHUN 2023 LOGO",
    ] {
        assert!(!all.contains(stale), "still printed: {stale}");
    }
}

#[test]
fn the_annual_report_keeps_saying_tahun() {
    let (_tmp, dir) = salinan();
    let pdf = dir.join("tahunan.pdf");
    let all = halaman(&build(&dir, &pdf, &[]), &pdf).join("\n");
    assert!(all.contains("Target, Realisasi dan Capaian IKK I.1 Tahun 2023"));
    assert!(!all.contains("Semester I Tahun 2023"));
}

#[test]
fn quarterly_check_covers_only_the_periods_quarters() {
    // data/2023 reports TW I–II for sk1-ikk1 (20 and 15) and leaves TW
    // III–IV empty: incomplete for a year, so LK502 is silent …
    let (_tmp, tahunan) = salinan();
    assert_eq!(jalur(&tahunan, "LK502"), Vec::<String>::new());
    // … but complete for Semester I, whose realisasi they must add up to.
    let (_tmp2, semester) = semester_satu();
    let paths = jalur(&semester, "LK502");
    assert!(
        paths.contains(&"indikator.sk1-ikk1.triwulan".to_string()),
        "{paths:?}"
    );
}

#[test]
fn data_sampai_outside_the_period_is_an_error_at_the_field() {
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "laporan.yaml",
        "tahun: 2023\n",
        "tahun: 2023\nperiode: semester-1\ndata_sampai: 2023-08-31\n",
    );
    let d: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["code"] == "LK915")
        .collect();
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0]["file"].as_str().unwrap().ends_with("laporan.yaml"));
    assert_eq!(d[0]["path"], "data_sampai");
    assert_eq!(d[0]["severity"], "error");
    assert_eq!(d[0]["expected"], "Januari s.d. Juni 2023");
    assert_eq!(d[0]["found"], "2023-08-31");
    // Inside the period it is accepted.
    let (_tmp2, ok) = semester_satu();
    assert!(jalur(&ok, "LK915").is_empty());
}
