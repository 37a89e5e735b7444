//! Issue 20 part B on copies of data/2023: what a partial report needs to
//! stay honest. A change claimed against a year the folder does not hold
//! (LK804), a capacity of 0 with inmates (LK109), an empty e-Performance
//! list (no invented "Nihil" table, LK914).

mod common;

use common::{build, diagnostik_json, halaman, salinan, ubah};

/// The (code, path) of each diagnostic of `lkjip check DIR` with `code`.
fn kode(dir: &std::path::Path, code: &str) -> Vec<(String, String)> {
    diagnostik_json(dir)
        .into_iter()
        .filter(|d| d["code"] == code)
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Drops the indicator list of e-Performance, leaving `indikator: {}`.
fn kosongkan_e_performance(dir: &std::path::Path) {
    let path = dir.join("kinerja_lainnya.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = Vec::new();
    let mut di_daftar = false;
    for line in text.lines() {
        if line == "  indikator:"
            && !di_daftar
            && out.iter().any(|l: &String| l == "e_performance:")
        {
            out.push("  indikator: {}".to_string());
            di_daftar = true;
            continue;
        }
        if di_daftar && line.starts_with("    ") {
            continue;
        }
        di_daftar = false;
        out.push(line.to_string());
    }
    std::fs::write(&path, out.join("\n") + "\n").unwrap();
}

#[test]
fn claim_without_previous_year_and_empty_e_performance() {
    let (_tmp, dir) = salinan();
    // sk1-ikk1 loses its 2022 figure and gains a claim against 2022.
    ubah(
        &dir,
        "capaian.yaml",
        "      2021:\n        capaian: 140\n      2022:\n        target: 75\n        realisasi: 100\n",
        "      2021:\n        capaian: 140\n",
    );
    ubah(
        &dir,
        "capaian.yaml",
        "    pengantar: |\n      Indikator Persentase pemenuhan layanan makanan",
        "    penjelasan: Jumlah layanan mengalami kenaikan 25 % dari tahun sebelumnya.\n    pengantar: |\n      Indikator Persentase pemenuhan layanan makanan",
    );
    kosongkan_e_performance(&dir);
    let d = diagnostik_json(&dir);
    let lk804: Vec<_> = d.iter().filter(|d| d["code"] == "LK804").collect();
    assert_eq!(lk804.len(), 1, "{lk804:?}");
    assert_eq!(lk804[0]["path"], "indikator.sk1-ikk1.penjelasan");
    assert_eq!(
        lk804[0]["file"].as_str().unwrap().rsplit('/').next(),
        Some("capaian.yaml")
    );
    // Located at the trend word, inside the value.
    let text = std::fs::read_to_string(dir.join("capaian.yaml")).unwrap();
    let baris = text
        .lines()
        .position(|l| l.contains("kenaikan 25 %"))
        .unwrap()
        + 1;
    assert_eq!(lk804[0]["line"], baris as u64);
    let kolom = text
        .lines()
        .nth(baris - 1)
        .unwrap()
        .find("kenaikan")
        .unwrap()
        + 1;
    assert_eq!(lk804[0]["column"], kolom as u64);
    assert_eq!(
        kode(&dir, "LK914"),
        vec![("LK914".to_string(), "e_performance.indikator".to_string())]
    );

    let pdf = dir.parent().unwrap().join("out.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf).join(" ");
    // The PDF stays honest about the missing year, and prints the claim.
    assert!(pages.contains("Data tahun 2022 untuk indikator ini tidak tersedia"));
    assert!(pages.contains("kenaikan 25 % dari tahun sebelumnya"));
    // No e-Performance table, hence no invented Nihil cells.
    assert!(!pages.contains("Realisasi pada Aplikasi E-Performance"));
    assert!(!pages.contains("Nihil"), "a Nihil is printed");
    assert!(pages.contains("E-Performance merupakan aplikasi"));
}

#[test]
fn zero_capacity_with_inmates_is_an_error_at_the_field() {
    let (_tmp, dir) = salinan();
    ubah(&dir, "populasi.yaml", "kapasitas: 140", "kapasitas: 0");
    let d: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["code"] == "LK109")
        .collect();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["severity"], "error");
    assert_eq!(d[0]["path"], "kapasitas");
    assert_eq!(d[0]["line"], 4);
    assert_eq!(d[0]["found"], "0");
    // build refuses, as check does.
    let pdf = dir.parent().unwrap().join("out.pdf");
    assert_ne!(build(&dir, &pdf, &[]).status.code(), Some(0));
}
