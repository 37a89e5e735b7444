//! Bad input: every kind of loading problem gives one Indonesian message
//! with file, line and column, exit code 2, and no panic.

mod common;

use std::path::Path;
use std::process::Command;

use common::{salinan, ubah};

/// Runs `lkjip check` and returns (exit code, stderr lines starting with "galat: ").
fn check(dir: &Path) -> (Option<i32>, Vec<String>) {
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .arg("check")
        .arg(dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let lines = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("galat: "))
        .map(String::from)
        .collect();
    (out.status.code(), lines)
}

fn berkas(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

const POPULASI: &str = "kapasitas: 140\ntahun:\n  2023:\n    narapidana: 137\n    tahanan: 28\n";

/// `lkjip check` on a copy of data/2023 whose populasi.yaml is `text`:
/// exit code, problems, and the file's display name.
fn populasi(text: &str) -> (Option<i32>, Vec<String>, String) {
    let (_tmp, dir) = salinan();
    std::fs::write(dir.join("populasi.yaml"), text).unwrap();
    let (code, galat) = check(&dir);
    (code, galat, berkas(&dir, "populasi.yaml"))
}

#[test]
fn malformed_yaml() {
    let (code, galat, f) = populasi("kapasitas: 140\ntahun: [2021\n");
    assert_eq!(code, Some(2));
    assert_eq!(galat.len(), 1, "{galat:?}");
    assert!(
        // Issue 24: an unclosed `[` is placed at the bracket, not at the end.
        galat[0].starts_with(&format!("{f}:2:8: YAML tidak valid: daftar `[`")),
        "{}",
        galat[0]
    );
}

#[test]
fn unknown_field_names_the_nearest() {
    let (code, galat, f) = populasi(&POPULASI.replace("tahanan:", "tahana:"));
    assert_eq!(code, Some(2));
    assert_eq!(
        galat,
        [format!(
            "{f}:5:5: kolom `tahana` tidak dikenal; mungkin maksudnya `tahanan`? (kolom yang dikenal: narapidana, tahanan, anak, jumlah_tertulis) (di `tahun.2023`)"
        )]
    );
}

#[test]
fn wrong_type() {
    let (code, galat, f) = populasi(&POPULASI.replace("140", "seratus empat puluh"));
    assert_eq!(code, Some(2));
    assert_eq!(
        galat,
        [format!(
            "{f}:1:12: tipe salah: ditemukan teks \"seratus empat puluh\", diharapkan bilangan bulat tidak negatif (di `kapasitas`)"
        )]
    );
}

#[test]
fn missing_field() {
    let (code, galat, f) = populasi(&POPULASI.replace("    tahanan: 28\n", ""));
    assert_eq!(code, Some(2));
    assert_eq!(
        galat,
        [format!(
            "{f}:4:5: kolom wajib `tahanan` belum diisi (di `tahun.2023`)"
        )]
    );
}

#[test]
fn duplicate_key_is_an_error() {
    let (code, galat, f) = populasi(&format!("{POPULASI}kapasitas: 150\n"));
    assert_eq!(code, Some(2));
    assert_eq!(
        galat,
        [format!(
            "{f}:6:1: kunci `kapasitas` ditulis dua kali (pertama di baris 1); hapus salah satunya (di `kapasitas`)"
        )]
    );
}

#[test]
fn missing_file() {
    let (_tmp, dir) = salinan();
    std::fs::remove_file(dir.join("narasi.yaml")).unwrap();
    let (code, galat) = check(&dir);
    assert_eq!(code, Some(2));
    assert_eq!(galat.len(), 1);
    assert!(
        galat[0].starts_with(&format!(
            "{}: berkas tidak ditemukan; ",
            berkas(&dir, "narasi.yaml")
        )),
        "{}",
        galat[0]
    );
}

#[test]
fn problems_in_several_files_are_all_reported() {
    let (_tmp, dir) = salinan();
    std::fs::write(
        dir.join("populasi.yaml"),
        format!("{POPULASI}kapasitas: 150\n"),
    )
    .unwrap();
    std::fs::remove_file(dir.join("narasi.yaml")).unwrap();
    let (code, galat) = check(&dir);
    assert_eq!(code, Some(2));
    assert_eq!(galat.len(), 2, "{galat:?}");
}

#[test]
fn ambiguous_indonesian_number_is_refused() {
    let (_tmp, dir) = salinan();
    let line = ubah(&dir, "pk.yaml", "target: 80\n", "target: \"6.946\"\n");
    let (code, galat) = check(&dir);
    assert_eq!(code, Some(2));
    assert_eq!(galat.len(), 1, "{galat:?}");
    let want = format!(
        "{}:{line}:17: angka \"6.946\" bermakna ganda (ribuan atau desimal?); tulis tanpa titik ribuan (6946) atau dengan koma desimal (6,946) (di `sasaran_kegiatan[0].indikator[0].target`)",
        berkas(&dir, "pk.yaml")
    );
    assert_eq!(galat[0], want);
}

#[test]
fn fractional_rupiah_is_refused() {
    let (_tmp, dir) = salinan();
    // A YAML float: six point nine four six, which is no Rupiah amount.
    let line = ubah(&dir, "anggaran.yaml", "pagu: 70300000", "pagu: 70.300");
    let (code, galat) = check(&dir);
    assert_eq!(code, Some(2));
    assert_eq!(galat.len(), 1, "{galat:?}");
    assert!(
        galat[0].starts_with(&format!("{}:{line}:", berkas(&dir, "anggaran.yaml")))
            && galat[0].contains("nilai rupiah harus bilangan bulat, bukan 70.3"),
        "{}",
        galat[0]
    );
}

#[test]
fn indonesian_forms_are_read_exactly() {
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "anggaran.yaml",
        "pagu: 70300000",
        "pagu: \"Rp 70.300.000\"",
    );
    ubah(&dir, "pk.yaml", "target: 80\n", "target: \"80,5\"\n");
    let d = lkjip::load::muat(&dir).unwrap().data;
    let leaf =
        lkjip::calc::anggaran::cari(&d.anggaran.as_ref().unwrap().program, "5252.BDC.002").unwrap();
    assert_eq!(leaf.pagu.unwrap().get(), "70300000".parse().unwrap());
    assert_eq!(
        d.pk.sasaran_kegiatan[0].indikator[0].target.nilai(),
        Some("80.5".parse().unwrap())
    );
}

#[test]
fn unresolved_reference_points_at_the_value() {
    let (_tmp, dir) = salinan();
    let line = ubah(&dir, "laporan.yaml", "oleh: kalapas", "oleh: kalapass");
    let (code, galat) = check(&dir);
    assert_eq!(code, Some(2));
    assert_eq!(galat.len(), 1, "{galat:?}");
    assert!(
        galat[0].starts_with(&format!("{}:{line}:9: orang `kalapass` tidak ada di unit.yaml → orang; mungkin maksudnya `kalapas`?", berkas(&dir, "laporan.yaml"))),
        "{}",
        galat[0]
    );
}

#[test]
fn missing_folder() {
    let (code, galat) = check(Path::new("/tidak/ada/2023"));
    assert_eq!(code, Some(2));
    assert_eq!(galat, ["/tidak/ada/2023: folder data tidak ditemukan"]);
}
