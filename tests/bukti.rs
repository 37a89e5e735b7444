//! Issue 20 part B on copies of data/2023: what a partial report needs to
//! stay honest. A change claimed against a year the folder does not hold
//! (LK804), a capacity of 0 with inmates (LK109), an empty e-Performance
//! list (no invented "Nihil" table, LK914).

mod common;

/// How many more times "tidak tersedia" is printed once sk1-ikk1's
/// realisasi is marked unavailable: the sentence of its part 1, the
/// reason in the ikhtisar and in Bab III's list of not-computable
/// indicators (twice), the realisasi cells of the summary table, of its
/// capaian table and of its comparison table, and the comparison sentence.
const TAMBAH_TIDAK_TERSEDIA: usize = 7;

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

#[test]
fn unavailable_realisasi_prints_so_and_is_not_computable() {
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "capaian.yaml",
        "    realisasi:\n      daftar_periksa: sk1-ikk1-makanan\n",
        "    realisasi:\n      tidak_tersedia: belum diukur sampai Mei\n",
    );
    let asli = lkjip::susun(&common::data_2023()).unwrap().hasil;
    let l = lkjip::susun(&dir).unwrap();
    let h = &l.hasil.indikator["sk1-ikk1"];
    assert_eq!(
        h.realisasi,
        lkjip::calc::Nilai::TidakDapatDihitung(
            "realisasi tidak tersedia: belum diukur sampai Mei".into()
        )
    );
    assert!(matches!(
        h.capaian,
        lkjip::calc::Nilai::TidakDapatDihitung(_)
    ));
    // Counted as not computable, not as 0 (which would be "tidak tercapai").
    assert_eq!(
        l.hasil.rekap.tidak_dapat_dihitung,
        asli.rekap.tidak_dapat_dihitung + 1
    );
    assert_eq!(l.hasil.rekap.tidak_tercapai, asli.rekap.tidak_tercapai);
    assert_eq!(l.hasil.rekap.tercapai, asli.rekap.tercapai - 1);
    // check has no error about it; the PDF says so.
    let errors: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let pdf = dir.parent().unwrap().join("out.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf).join(" ");
    assert!(
        pages.contains(
            "Realisasi indikator ini untuk tahun 2023 tidak tersedia: belum diukur sampai Mei; capaiannya tidak dapat dihitung (N/A)."
        ),
        "the reason is printed"
    );
    // The realisasi cells of its tables print it as such, not as N/A or 0.
    let base = halaman(&build(&common::data_2023(), &pdf, &[]), &pdf).join(" ");
    let n = |s: &str| s.matches("tidak tersedia").count();
    assert_eq!(
        n(&pages) - n(&base),
        TAMBAH_TIDAK_TERSEDIA,
        "{}",
        n(&pages) - n(&base)
    );
}

/// A copy of data/2023 with budgets on sk1-ikk1 and sk1-ikk2.
fn dengan_anggaran(ikk1: &str, ikk2: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, dir) = salinan();
    ubah(
        &dir,
        "capaian.yaml",
        "  sk1-ikk1:\n",
        &format!("  sk1-ikk1:\n    anggaran: {ikk1}\n"),
    );
    ubah(
        &dir,
        "capaian.yaml",
        "  sk1-ikk2:\n",
        &format!("  sk1-ikk2:\n    anggaran: {ikk2}\n"),
    );
    (tmp, dir)
}

#[test]
fn efficiency_table_from_budgets_per_indicator() {
    let (_tmp, dir) = dengan_anggaran(
        "{pagu: 1000000, realisasi: 900000}",
        "{pagu: 3000000, realisasi: 2000000}",
    );
    let l = lkjip::susun(&dir).unwrap();
    let e = &l.hasil.efisiensi;
    assert_eq!(e.len(), 2);
    assert_eq!(e[0].id, "sk1-ikk1");
    assert_eq!(
        e[0].serapan.persen,
        lkjip::calc::Nilai::Ada("90".parse().unwrap())
    );
    assert_eq!(
        e[1].serapan.persen,
        lkjip::calc::Nilai::Ada("66.67".parse().unwrap())
    );
    // The LKE criterion 3.2.8 reads the result's own budget.
    assert_eq!(
        lkjip::lke::anggaran::anggaran_hasil(&l, "sk1-ikk2"),
        Some(lkjip::lke::anggaran::AnggaranHasil::Sendiri {
            pagu: 3000000.into(),
            realisasi: 2000000.into()
        })
    );
    let errors: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let pdf = dir.parent().unwrap().join("out.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf).join(" ");
    assert!(pages.contains("Efisiensi Penggunaan Sumber Daya"));
    assert!(pages.contains("Rp1.000.000 Rp900.000 90%"), "serapan row 1");
    assert!(
        pages.contains("Rp3.000.000 Rp2.000.000 66,67%"),
        "serapan row 2"
    );
    assert!(pages.contains("sehingga anggarannya digunakan secara efisien"));
}

#[test]
fn results_budget_over_the_dipa_is_an_error() {
    let (_tmp, dir) = dengan_anggaran(
        "{pagu: 5000000000, realisasi: 900000}",
        "{pagu: 2000000000, realisasi: 2000000}",
    );
    let d: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["code"] == "LK604")
        .collect();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["severity"], "error");
    assert_eq!(d[0]["path"], "indikator.sk1-ikk2.anggaran.pagu");
    assert_eq!(d[0]["found"], "7.000.000.000");
    // Declared complete but short of the DIPA: LK605 at the flag.
    let (_tmp2, dir) = dengan_anggaran(
        "{pagu: 1000000, realisasi: 900000}",
        "{pagu: 3000000, realisasi: 2000000}",
    );
    ubah(
        &dir,
        "capaian.yaml",
        "\nindikator:\n  sk1-ikk1:\n",
        "\nanggaran_lengkap: true\nindikator:\n  sk1-ikk1:\n",
    );
    let d: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["code"] == "LK605")
        .map(|d| {
            (
                d["path"].as_str().unwrap().to_string(),
                d["found"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        d,
        vec![
            ("anggaran_lengkap".to_string(), "4.000.000".to_string()),
            ("anggaran_lengkap".to_string(), "2.900.000".to_string())
        ]
    );
}

#[test]
fn stock_summed_over_months_is_caught_at_the_cell() {
    let (_tmp, dir) = salinan();
    let tabel = |jumlah: &str| {
        format!(
            "    tabel:\n      - judul: Penghuni Isolasi Akhir Bulan\n        jenis: hitungan\n        kolom_label: [Uraian]\n        kolom: [Jan, Feb, Mar, Apr, Mei, Jumlah]\n        baris:\n          - label: [Penghuni isolasi]\n            seri: stok\n            nilai: [1, 1, 1, 1, 1, {jumlah}]\n      - judul: Penyelenggaraan Layanan Kesehatan (Preventif)\n"
        )
    };
    let asli = "    tabel:\n      - judul: Penyelenggaraan Layanan Kesehatan (Preventif)\n";
    let baris = ubah(&dir, "capaian.yaml", asli, &tabel("5"));
    let d: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["code"] == "LK110")
        .collect();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["severity"], "warning");
    assert_eq!(
        d[0]["path"],
        "indikator.sk1-ikk2.tabel[0].baris[0].nilai[5]"
    );
    assert_eq!(d[0]["line"], (baris + 8) as u64);
    assert_eq!(
        (d[0]["expected"].as_str(), d[0]["found"].as_str()),
        (Some("1"), Some("5"))
    );
    // Written as the stock's last value, nothing to say.
    let (_tmp2, dir) = salinan();
    ubah(&dir, "capaian.yaml", asli, &tabel("1"));
    assert!(kode(&dir, "LK110").is_empty());
}

#[test]
fn computed_period_columns_are_refused_where_they_cannot_be_computed() {
    let (_tmp, dir) = salinan();
    let tabel = "    tabel:\n      - judul: Kunjungan per Bulan\n        jenis: hitungan\n        kolom_label: [Uraian]\n        kolom: [Jan, Feb, Mar, Jumlah]\n        kolom_hitung: [jumlah, rata_rata]\n        baris:\n          - label: [Kunjungan]\n            nilai: [3, 4, 5, 12]\n      - judul: Daftar Periksa\n        jenis: periksa\n        kolom_label: [Uraian]\n        kolom: [Ya]\n        kolom_hitung: [jumlah]\n        baris:\n          - label: [Dokumen]\n            nilai: [\"√\"]\n      - judul: Penyelenggaraan Layanan Kesehatan (Preventif)\n";
    let asli = "    tabel:\n      - judul: Penyelenggaraan Layanan Kesehatan (Preventif)\n";
    let baris = ubah(&dir, "capaian.yaml", asli, tabel);
    let d: Vec<_> = diagnostik_json(&dir)
        .into_iter()
        .filter(|d| d["code"] == "LK111")
        .collect();
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d.iter().all(|d| d["severity"] == "error"));
    // The typed Jumlah column, at that column.
    assert_eq!(d[0]["path"], "indikator.sk1-ikk2.tabel[0].kolom[3]");
    assert_eq!(d[0]["line"], (baris + 4) as u64);
    // A checklist cannot compute a sum of periods.
    assert_eq!(d[1]["path"], "indikator.sk1-ikk2.tabel[1].kolom_hitung");
    assert_eq!(d[1]["line"], (baris + 13) as u64);
    assert!(
        d[1]["message"]
            .as_str()
            .unwrap()
            .contains("bukan tabel hitungan"),
        "{d:?}"
    );
}

#[test]
fn sources_print_under_the_indicator_and_the_table_escaped() {
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "capaian.yaml",
        "  sk1-ikk2:\n",
        "  sk1-ikk2:\n    sumber: \"aplikasi SMART DJA #pagebreak() $x$\"\n",
    );
    ubah(
        &dir,
        "capaian.yaml",
        "      - judul: Penyelenggaraan Layanan Kesehatan (Preventif)\n",
        "      - judul: Penyelenggaraan Layanan Kesehatan (Preventif)\n        sumber: SDP per 31 Mei 2022\n",
    );
    let l = lkjip::susun(&dir).unwrap();
    let src = l.sumber(false).unwrap().utama;
    // User text stays text: the Typst specials are escaped, passed as the
    // content of the source note under the indicator's table.
    assert!(
        src.contains(r"[aplikasi SMART DJA \#pagebreak\(\) \$x\$])"),
        "escaped"
    );
    assert!(!src.contains("DJA #pagebreak"), "never code");
    let pdf = dir.parent().unwrap().join("out.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf).join(" ");
    assert!(pages.contains("Sumber: aplikasi SMART DJA #pagebreak() $x$"));
    assert!(pages.contains("Sumber: SDP per 31 Mei 2022"));
}
