//! Years shown and missing data, on copies of data/2023 with 1, 2 and 3
//! years of history: captions name exactly the years the data has (one
//! year is "Tahun 2023", never "2023–2023"), score charts without values
//! and tables without rows are left out, and sentences never print a
//! missing figure.

mod common;

use common::{build, halaman, rapat, salinan};
use serde_yaml::Value;
use std::path::Path;

/// Edits `file` of the folder as YAML.
fn ubah_yaml(dir: &Path, file: &str, f: impl FnOnce(&mut Value)) {
    let p = dir.join(file);
    let mut v: Value = serde_yaml::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(&p, serde_yaml::to_string(&v).unwrap()).unwrap();
}

/// Keeps only the history years of every indicator for which `simpan` holds.
fn riwayat_saja(dir: &Path, simpan: impl Fn(i64) -> bool) {
    ubah_yaml(dir, "capaian.yaml", |v| {
        for (_, ind) in v["indikator"].as_mapping_mut().unwrap().iter_mut() {
            if let Some(r) = ind.get_mut("riwayat").and_then(Value::as_mapping_mut) {
                r.retain(|y, _| simpan(y.as_i64().unwrap()));
                if r.is_empty() {
                    ind.as_mapping_mut().unwrap().remove("riwayat");
                }
            }
        }
    });
}

/// The first row of Tabel 3.1, from its indicator's last words.
fn baris_pertama_3_1(s: &str) -> &str {
    let tabel = &s[s.find("Tabel 3.1: Capaian").expect("Tabel 3.1")..];
    let baris = &tabel[tabel.find("sesuai dengan standar").unwrap()..];
    &baris[..baris.find(" 2. ").unwrap()]
}

/// The whole text of the built PDF, whitespace collapsed.
fn teks(dir: &Path) -> String {
    let pdf = dir.with_extension("pdf");
    halaman(&build(dir, &pdf, &[]), &pdf).join(" ")
}

#[test]
fn table_3_1_shows_the_years_of_the_data() {
    // Three years (data/2023 records 2021 and 2022).
    let (_t3, d3) = salinan();
    let s = teks(&d3);
    assert!(s.contains("Tabel 3.1: Capaian Kinerja Lapas Atambua Tahun 2021–2023"));
    assert_eq!(
        baris_pertama_3_1(&s),
        "sesuai dengan standar 80% 100% 125% 133,33% 140%"
    );

    // Two years: 2021 removed everywhere.
    let (_t2, d2) = salinan();
    riwayat_saja(&d2, |y| y == 2022);
    let s = teks(&d2);
    assert!(s.contains("Tabel 3.1: Capaian Kinerja Lapas Atambua Tahun 2022–2023"));
    assert!(!s.contains("Lapas Atambua Tahun 2021–2023"));
    // The first indicator: 2023 125 %, 2022 133,33 %, and no third column.
    assert_eq!(
        baris_pertama_3_1(&s),
        "sesuai dengan standar 80% 100% 125% 133,33%"
    );

    // One year: no history at all.
    let (_t1, d1) = salinan();
    riwayat_saja(&d1, |_| false);
    let s = teks(&d1);
    assert!(s.contains("Tabel 3.1: Capaian Kinerja Lapas Atambua Tahun 2023"));
    assert!(!s.contains("2023–2023"));
    assert_eq!(baris_pertama_3_1(&s), "sesuai dengan standar 80% 100% 125%");
}

#[test]
fn score_charts_show_their_years_or_are_left_out() {
    let (_t, dir) = salinan();
    // SMART gets 2021 and 2022; IKPA keeps only 2023.
    ubah_yaml(&dir, "kinerja_anggaran.yaml", |v| {
        let n = v["smart"]["nilai"].as_mapping_mut().unwrap();
        n.insert(2021.into(), 98.5.into());
        n.insert(2022.into(), 97.25.into());
    });
    let s = teks(&dir);
    assert!(s.contains("Grafik 3.2: Nilai SMART Tahun 2021–2023"));
    assert!(s.contains(&rapat("2021 98,5 2022 97,25 2023 99,84")));
    assert!(s.contains("Grafik 3.3: Nilai IKPA Tahun 2023"));
    assert!(!s.contains("N/A (belum diisi)"));

    // SMART without any data: its part is left out, IKPA becomes part 1,
    // and the combination says which value is missing, without N/A.
    ubah_yaml(&dir, "kinerja_anggaran.yaml", |v| {
        let smart = v["smart"].as_mapping_mut().unwrap();
        for k in ["nilai", "komponen", "gambar", "uraian_grafik"] {
            smart.remove(k);
        }
        smart.insert("uraian".into(), "".into());
    });
    let s = teks(&dir);
    assert!(!s.contains("Nilai Kinerja pada Aplikasi SMART DJA"));
    assert!(!s.contains("Nilai SMART"));
    assert!(s.contains("1. Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA)"));
    assert!(s.contains(&rapat(
        "2. Capaian Kinerja Anggaran Capaian kinerja anggaran tahun 2023 dihitung dari nilai \
         SMART DJA dengan bobot 60% dan nilai IKPA dengan bobot 40%; capaiannya belum dapat \
         dihitung karena nilai SMART DJA tahun 2023 belum tersedia."
    )));
    assert!(!s.contains("× N/A"));
}

#[test]
fn missing_e_monev_figures_are_not_printed() {
    let (_t, dir) = salinan();
    ubah_yaml(&dir, "kinerja_lainnya.yaml", |v| {
        v["e_monev"]
            .as_mapping_mut()
            .unwrap()
            .remove("serapan_anggaran");
    });
    let s = teks(&dir);
    assert!(s.contains(&rapat(
        "Sampai dengan bulan Desember 2023, e-Monev Bappenas mencatat capaian pelaksanaan sebesar 99,94%."
    )));
    ubah_yaml(&dir, "kinerja_lainnya.yaml", |v| {
        v["e_monev"].as_mapping_mut().unwrap().remove("pelaksanaan");
    });
    let s = teks(&dir);
    assert!(!s.contains("e-Monev Bappenas mencatat"));
    assert!(!s.contains("belum diisi"));
}

#[test]
fn empty_budget_lists_leave_their_tables_out() {
    let (_t, dir) = salinan();
    let s = teks(&dir);
    for judul in [
        "Anggaran Program Perjanjian Kinerja",
        "Pagu dan Realisasi Anggaran per Jenis Belanja Tahun 2023",
        "Perbandingan Realisasi Anggaran per Jenis Belanja Tahun 2021–2023",
    ] {
        assert!(s.contains(judul), "{judul}");
    }
    ubah_yaml(&dir, "anggaran.yaml", |v| {
        v["jenis_belanja"] = Value::Sequence(vec![]);
        v.as_mapping_mut().unwrap().remove("riwayat_jenis_belanja");
    });
    let s = teks(&dir);
    assert!(
        !s.contains("per Jenis Belanja"),
        "table, chart and caption left out"
    );
    assert!(!s.contains("realisasi belanja Rp0"));
    // The KRO table is still there: only empty parts go.
    assert!(s.contains("Rincian Pagu dan Realisasi per KRO dan RO Tahun 2023"));

    // No PK budget lines: neither Tabel 2.2 nor the PK attachment prints
    // a header with "Jumlah Rp0".
    ubah_yaml(&dir, "pk.yaml", |v| v["anggaran"] = Value::Sequence(vec![]));
    let s = teks(&dir);
    assert!(!s.contains("Anggaran Program Perjanjian Kinerja"));
    assert!(!s.contains("Jumlah Rp0"));
}

#[test]
fn staff_without_groups_is_refused_at_its_field() {
    // The staff table is the only place the count per group is shown, and
    // the totals must agree with it: no groups is a located error.
    let (_t, dir) = salinan();
    ubah_yaml(&dir, "unit.yaml", |v| {
        v["pegawai"]["golongan"] = Value::Sequence(vec![]);
    });
    let diag = common::diagnostik_json(&dir);
    assert!(
        diag.iter().any(|d| d["code"] == "LK105"
            && d["severity"] == "error"
            && d["path"] == "pegawai.laki_laki"
            && d["expected"] == "0"),
        "{diag:#?}"
    );
}

#[test]
fn tables_without_rows_are_left_out() {
    let (_t, dir) = salinan();
    // The first data table of the first indicator that has one, emptied.
    let mut judul = String::new();
    ubah_yaml(&dir, "capaian.yaml", |v| {
        let t = v["indikator"]
            .as_mapping_mut()
            .unwrap()
            .iter_mut()
            .find_map(|(_, i)| i.get_mut("tabel").filter(|t| t.is_sequence()))
            .unwrap();
        judul = t[0]["judul"].as_str().unwrap().to_string();
        t[0]["baris"] = Value::Sequence(vec![]);
    });
    ubah_yaml(&dir, "kinerja_lainnya.yaml", |v| {
        v["tarja"]["target"] = Value::Sequence(vec![]);
    });
    let (_t0, asli) = salinan();
    let sebelum = teks(&asli);
    // Captions read "Tabel 3.2: <judul>" in the body.
    let keterangan = format!(": {judul}");
    assert!(sebelum.contains(&keterangan));
    assert!(sebelum.contains("Capaian Target Kinerja Tahun 2023"));
    let s = teks(&dir);
    assert!(!s.contains(&keterangan), "{judul}");
    assert!(!s.contains("Capaian Target Kinerja Tahun 2023"));
}

#[test]
fn renstra_sentence_never_prints_a_missing_realisasi_as_a_figure() {
    let (_t, dir) = salinan();
    let s = teks(&dir);
    // IKK I.3 has no population: its realisasi is N/A.
    assert!(s.contains(&rapat(
        "Target jangka menengah Renstra 2020–2024 untuk tahun 2023 adalah 97%. Realisasi tahun \
         2023 tidak dapat dihitung (N/A), sehingga belum dapat dibandingkan dengan target tersebut."
    )));
    assert!(!s.contains("sebesar N/A"));
    assert!(!s.contains("sebesar belum diisi"));
}
