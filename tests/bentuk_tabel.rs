//! LK108: a data table row whose cell count differs from the table's
//! columns is a located error in `check`, and `build` refuses it the same
//! way (never a silently cut or shifted row).

mod common;

use common::{build, salinan, ubah};

#[test]
fn row_with_extra_label_cell_is_refused_at_its_field() {
    let (_tmp, dir) = salinan();
    // A flow list reads "(Tamping, Petugas)" as a third cell.
    let baris = ubah(
        &dir,
        "capaian.yaml",
        "- label: [Penyimpanan Bahan Makanan, Petugas / Tamping]",
        "- label: [Penyimpanan Bahan Makanan, Petugas, Tamping]",
    );
    let diag = common::diagnostik_json(&dir);
    let lk108: Vec<_> = diag.iter().filter(|d| d["code"] == "LK108").collect();
    assert_eq!(lk108.len(), 1, "{lk108:?}");
    let d = lk108[0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "indikator.sk1-ikk1.tabel[0].baris[1].label");
    assert_eq!(d["line"].as_u64(), Some(baris as u64));
    assert_eq!(
        d["message"],
        "label baris \"Penyimpanan Bahan Makanan\" pada tabel \"Penyelenggaraan Perawatan Makanan\" berisi 3 sel, padahal tabelnya 2 kolom"
    );
    assert_eq!(
        (d["expected"].as_str(), d["found"].as_str()),
        (Some("2"), Some("3"))
    );

    let pdf = dir.join("out.pdf");
    let out = build(&dir, &pdf, &[]);
    assert_ne!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("LK108"), "{stderr}");
    assert!(!pdf.exists());
}

#[test]
fn short_value_row_is_refused() {
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "capaian.yaml",
        "- label: [Penerimaan Bahan Makanan, Petugas]\n            nilai: [\"√\", \"-\"]",
        "- label: [Penerimaan Bahan Makanan, Petugas]\n            nilai: [\"√\"]",
    );
    let diag = common::diagnostik_json(&dir);
    let paths: Vec<_> = diag
        .iter()
        .filter(|d| d["code"] == "LK108")
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["indikator.sk1-ikk1.tabel[0].baris[0].nilai"]);
}
