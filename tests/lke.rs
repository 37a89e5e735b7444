//! `lkjip lke`: each automatic criterion with a fixture that meets it and
//! one that does not; the four degradations of the issue on edited copies
//! of data/2023 lower exactly their criterion; the golden JSON of
//! data/2023; `lke.yaml` evidence, its errors and the PDF left unchanged.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::{data_2023, lkjip, salinan};
use lkjip::check::Bahasa;
use lkjip::lke::{self, Dasar, HasilLke, Skala};
use lkjip::model::DataLaporan;
use lkjip::model::capaian::Realisasi;

/// The evaluation of folder `dir`, as `lkjip lke` makes it.
fn nilai_folder(dir: &Path) -> HasilLke {
    let l = lkjip::susun(dir).unwrap();
    let diag = l.periksa(Bahasa::Id);
    lke::nilai(&l, &diag, None, Bahasa::Id)
}

/// The evaluation of data/2023 changed in memory by `f`.
fn nilai(f: impl FnOnce(&mut DataLaporan)) -> HasilLke {
    let mut d = lkjip::load::muat(&data_2023()).unwrap();
    f(&mut d.data);
    let l = lkjip::Laporan::tunggal(d);
    let diag = l.periksa(Bahasa::Id);
    lke::nilai(&l, &diag, None, Bahasa::Id)
}

/// (answer, points met, points required) of criterion `kode`.
fn jawab<'a>(h: &'a HasilLke, kode: &str) -> (Option<&'a str>, Option<usize>, Option<usize>) {
    let k = h.kriteria(kode).unwrap();
    (k.nilai, k.terpenuhi, k.dari)
}

/// The codes whose answer or points differ between `a` and `b`.
fn berubah(a: &HasilLke, b: &HasilLke) -> Vec<&'static str> {
    a.kriteria
        .iter()
        .zip(&b.kriteria)
        .filter(|(x, y)| (x.angka, x.terpenuhi, x.dari) != (y.angka, y.terpenuhi, y.dari))
        .map(|(x, _)| x.kode)
        .collect()
}

/// Rewrites `file` of `dir` through its YAML value.
fn ubah_yaml(dir: &Path, file: &str, f: impl FnOnce(&mut serde_yaml::Value)) {
    let path = dir.join(file);
    let mut v: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(&path, serde_yaml::to_string(&v).unwrap()).unwrap();
}

/// Every indicator entry of a `capaian.yaml` value.
fn entri(v: &mut serde_yaml::Value) -> impl Iterator<Item = &mut serde_yaml::Value> {
    v["indikator"].as_mapping_mut().unwrap().values_mut()
}

fn hapus(v: &mut serde_yaml::Value, kunci: &str) {
    if let Some(m) = v.as_mapping_mut() {
        m.remove(kunci);
    }
}

#[test]
fn data_2023_scores_and_every_pelaporan_criterion_is_listed() {
    let h = nilai_folder(&data_2023());
    let pelaporan: Vec<_> = h.kriteria.iter().filter(|k| k.komponen == 3).collect();
    assert_eq!(pelaporan.len(), 20);
    assert_eq!(pelaporan.iter().filter(|k| k.dinilai_dari_data).count(), 12);
    assert!(
        h.kriteria
            .iter()
            .any(|k| k.komponen == 2 && k.angka.is_some())
    );
    // The real judgements of data/2023.
    assert_eq!(jawab(&h, "3.2.4"), (Some("CC"), Some(19), Some(28)));
    assert_eq!(jawab(&h, "3.2.5"), (Some("BB"), Some(28), Some(28)));
    assert_eq!(jawab(&h, "3.2.3"), (Some("CC"), Some(18), Some(28)));
    assert_eq!(jawab(&h, "3.2.7"), (Some("B"), Some(11), Some(12)));
    // Needing evidence: listed, not scored.
    let reviu = h.kriteria("3.1.4").unwrap();
    assert_eq!((reviu.nilai, reviu.dasar), (None, Dasar::PerluBukti));
    assert!(reviu.saran[0].contains("lke.yaml"), "{:?}", reviu.saran);
    // 3.1 = 80 % × 3 over its three scored criteria; 3.2 = mean × 4,5.
    let p = h.komponen(3).unwrap();
    let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    assert_eq!(p.subkomponen[0].nilai, Some(d("2.4")));
    assert_eq!(p.subkomponen[2].nilai, None);
    assert_eq!(p.nilai, Some(d("5.55")));
    assert_eq!(p.nilai_bila_tanpa_bukti, d("4.35"));
    assert!(h.total.sebagian);
    // The advice names what to add.
    let r = h.kriteria("3.2.4").unwrap();
    assert!(
        r.saran[0].starts_with(
            "9 indikator tidak punya target jangka menengah Renstra tahun 2023: sk4-ikk1, sk4-ikk2"
        ),
        "{:?}",
        r.saran
    );
    assert!(r.bukti.iter().any(|b| b.berkas.ends_with("renstra.yaml")
        && b.baris.is_some()
        && b.bagian.contains("Renstra")));
}

#[test]
fn golden_json_of_data_2023() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .current_dir(root)
        .args(["lke", "data/2023", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let got = String::from_utf8(out.stdout).unwrap();
    let golden = root.join("tests/lke_data_2023.json");
    if std::env::var_os("LKJIP_PERBARUI_GOLDEN").is_some() {
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap();
    assert!(
        got == want,
        "lke JSON of data/2023 changed; if intended: LKJIP_PERBARUI_GOLDEN=1 cargo test --release --test lke"
    );
}

#[test]
fn human_output_shows_pelaporan_of_15_sorted_by_points() {
    let out = lkjip(&[OsStr::new("lke"), data_2023().as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("Pelaporan Kinerja: 5,55 dari 15"), "{s}");
    assert!(s.contains("predikat sementara"), "{s}");
    let poin: Vec<f64> = s
        .lines()
        .filter_map(|l| l.strip_prefix('+'))
        .map(|l| {
            l.split_whitespace()
                .next()
                .unwrap()
                .replace(',', ".")
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(poin.len(), 25);
    assert!(poin.windows(2).all(|w| w[0] >= w[1]), "{poin:?}");
    // English on request.
    let en = lkjip(&[
        OsStr::new("lke"),
        data_2023().as_os_str(),
        OsStr::new("--lang"),
        OsStr::new("en"),
    ]);
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(en.contains("Performance Reporting: 5,55 of 15"), "{en}");
}

#[test]
fn emptying_the_renstra_targets_lowers_only_3_2_4() {
    let asal = nilai_folder(&data_2023());
    let (_tmp, dir) = salinan();
    ubah_yaml(&dir, "renstra.yaml", |v| {
        v["target_jangka_menengah"] = serde_yaml::Value::Mapping(Default::default());
    });
    let h = nilai_folder(&dir);
    assert_eq!(berubah(&asal, &h), ["3.2.4"]);
    assert_eq!(jawab(&h, "3.2.4"), (Some("E"), Some(0), Some(28)));
}

#[test]
fn removing_the_history_lowers_only_3_2_5() {
    let asal = nilai_folder(&data_2023());
    let (_tmp, dir) = salinan();
    ubah_yaml(&dir, "capaian.yaml", |v| {
        for c in entri(v) {
            hapus(c, "riwayat");
        }
    });
    let h = nilai_folder(&dir);
    assert_eq!(berubah(&asal, &h), ["3.2.5"]);
    assert_eq!(jawab(&h, "3.2.5"), (Some("E"), Some(0), Some(28)));
}

#[test]
fn a_missed_target_without_explanation_lowers_only_3_2_7() {
    let asal = nilai_folder(&data_2023());
    // The first missed or N/A indicator that explains its causes (data/2023's
    // one missed target, sk4-ikk8, already has no explanation: see below).
    let l = lkjip::susun(&data_2023()).unwrap();
    let id = l
        .dimuat
        .data
        .capaian
        .indikator
        .iter()
        .find(|(id, c)| {
            l.hasil.indikator(id).unwrap().tercapai() != Some(true) && c.analisis.penyebab.is_some()
        })
        .map(|(id, _)| id.clone())
        .unwrap();
    let (_tmp, dir) = salinan();
    ubah_yaml(&dir, "capaian.yaml", |v| {
        hapus(&mut v["indikator"][id.as_str()]["analisis"], "penyebab");
    });
    let h = nilai_folder(&dir);
    assert_eq!(berubah(&asal, &h), ["3.2.7"]);
    assert_eq!(jawab(&h, "3.2.7"), (Some("B"), Some(10), Some(12)));
    assert!(h.kriteria("3.2.7").unwrap().saran[0].contains(&id));
    // Explaining the missed target sk4-ikk8 meets it fully.
    let (_tmp2, dir) = salinan();
    ubah_yaml(&dir, "capaian.yaml", |v| {
        let c = &mut v["indikator"]["sk4-ikk8"];
        if c.get("analisis").is_none() {
            c["analisis"] = serde_yaml::Value::Mapping(Default::default());
        }
        c["analisis"]["penyebab"] =
            "Tidak tercapai karena sarana belum ada; diupayakan tahun depan.".into();
    });
    let h = nilai_folder(&dir);
    assert_eq!(berubah(&asal, &h), ["3.2.7"]);
    assert_eq!(jawab(&h, "3.2.7"), (Some("BB"), Some(12), Some(12)));
}

#[test]
fn no_budget_beside_the_results_lowers_only_3_2_8() {
    let asal = nilai_folder(&data_2023());
    let (_tmp, dir) = salinan();
    ubah_yaml(&dir, "capaian.yaml", |v| {
        for c in entri(v) {
            if let Some(a) = c.get_mut("analisis") {
                hapus(a, "program");
            }
        }
    });
    let h = nilai_folder(&dir);
    assert_eq!(berubah(&asal, &h), ["3.2.8"]);
    assert_eq!(jawab(&h, "3.2.8"), (Some("E"), Some(0), Some(28)));
    // A PK budget without its DIPA programme: no result has a budget beside it.
    let h = nilai(|d| {
        for a in &mut d.pk.anggaran {
            a.kode = Some("ZZ".into());
            a.program = "Program Tidak Ada".into();
        }
    });
    assert_eq!(jawab(&h, "3.2.8"), (Some("E"), Some(0), Some(28)));
    assert!(
        h.kriteria("3.2.8")
            .unwrap()
            .saran
            .iter()
            .any(|s| s.contains("tanpa padanan di DIPA")),
        "{:?}",
        h.kriteria("3.2.8").unwrap().saran
    );
}

#[test]
fn criteria_met_and_not_met() {
    let base = nilai(|_| {});
    // 3.1.2: without any quarterly figure, periodic reporting is not shown.
    let h = nilai(|d| {
        for sk in &mut d.pk.sasaran_kegiatan {
            for i in &mut sk.indikator {
                i.target_triwulan.clear();
            }
        }
        for c in d.capaian.indikator.values_mut() {
            c.triwulan.clear();
        }
    });
    assert_eq!(jawab(&base, "3.1.2").0, Some("BB"));
    assert_eq!(jawab(&h, "3.1.2"), (Some("E"), Some(0), Some(2)));
    assert_eq!(jawab(&h, "2.2.4").0, Some("E"));
    // 3.1.3: a cover letter without its number.
    let h =
        nilai(|d| d.laporan.surat_pengantar.as_mut().unwrap().nomor = "[ISI] nomor surat".into());
    assert_eq!(jawab(&base, "3.1.3").0, Some("BB"));
    assert_eq!(jawab(&h, "3.1.3"), (Some("CC"), Some(2), Some(3)));
    // 3.2.1 and 3.2.9: Bab IV without its suggestions.
    let h = nilai(|d| d.narasi.penutup.saran = Default::default());
    assert_eq!(jawab(&base, "3.2.1").0, Some("BB"));
    assert_eq!(jawab(&h, "3.2.1"), (Some("B"), Some(11), Some(12)));
    assert_eq!(jawab(&h, "3.2.9"), (Some("C"), Some(1), Some(2)));
    // 3.2.2: one indicator without realisasi.
    let h = nilai(|d| {
        d.capaian.indikator.get_mut("sk1-ikk1").unwrap().realisasi = None;
    });
    assert_eq!(jawab(&base, "3.2.2").0, Some("BB"));
    assert_eq!(jawab(&h, "3.2.2"), (Some("B"), Some(27), Some(28)));
    // 3.2.3 and 2.3.8 met: only the indicators with a computed capaian, all achieved.
    let l = lkjip::susun(&data_2023()).unwrap();
    let baik: Vec<String> = l
        .hasil
        .indikator
        .iter()
        .filter(|(_, x)| x.tercapai() == Some(true))
        .map(|(id, _)| id.clone())
        .collect();
    let h = nilai(|d| {
        for sk in &mut d.pk.sasaran_kegiatan {
            sk.indikator.retain(|i| baik.contains(&i.id));
        }
        d.pk.sasaran_kegiatan.retain(|sk| !sk.indikator.is_empty());
    });
    assert_eq!(jawab(&h, "3.2.3"), (Some("BB"), Some(17), Some(17)));
    assert_eq!(jawab(&h, "2.3.8"), (Some("BB"), Some(17), Some(17)));
    // 2.3.8 not met: the whole budget spent.
    let h = nilai(|d| {
        fn habis(n: &mut [lkjip::model::anggaran::Node]) {
            for x in n {
                if x.rincian.is_empty() {
                    x.realisasi = x.pagu;
                } else {
                    x.pagu = None;
                    x.realisasi = None;
                }
                habis(&mut x.rincian);
            }
        }
        habis(&mut d.anggaran.as_mut().unwrap().program);
    });
    assert_eq!(jawab(&h, "2.3.8"), (Some("E"), Some(0), Some(28)));
    // 3.2.4 met: a Renstra target for every indicator.
    let h = nilai(|d| {
        let t: Vec<(String, lkjip::model::Angka)> = d
            .indikator()
            .map(|(_, i)| (i.id.clone(), lkjip::model::Angka(i.target.nilai().unwrap())))
            .collect();
        for (id, v) in t {
            d.renstra
                .as_mut()
                .unwrap()
                .target_jangka_menengah
                .entry(id)
                .or_default()
                .insert(2023, v);
        }
    });
    assert_eq!(jawab(&h, "3.2.4"), (Some("BB"), Some(28), Some(28)));
    // 3.2.6, 3.2.7, 3.2.8, 2.1.2 met: every analysis and definition written.
    let teks = || {
        Some(lkjip::model::Markdown(
            "Dibandingkan dengan standar.".into(),
        ))
    };
    let h = nilai(|d| {
        for c in d.capaian.indikator.values_mut() {
            c.analisis.standar_nasional = teks();
            c.analisis.penyebab = teks();
            c.analisis.program = teks();
            c.pengantar = teks();
            c.penjelasan = teks();
        }
    });
    for kode in ["3.2.6", "3.2.7", "3.2.8", "2.1.2"] {
        assert_eq!(jawab(&h, kode).0, Some("BB"), "{kode}");
    }
    // 3.2.7 without obstacles and solutions.
    let h = nilai(|d| d.capaian.kendala.clear());
    assert_eq!(jawab(&h, "3.2.7"), (Some("B"), Some(10), Some(12)));
    // 2.1.3 met: a source behind every realisasi.
    let h = nilai(|d| {
        for c in d.capaian.indikator.values_mut() {
            if c.tabel.is_empty() && c.tabel_otomatis.is_empty() {
                c.realisasi = Some(Realisasi::Hitungan(lkjip::model::capaian::Hitungan {
                    pembilang: lkjip::model::Angka(1.into()),
                    penyebut: lkjip::model::Angka(1.into()),
                    uraian_pembilang: None,
                    uraian_penyebut: None,
                }));
            }
        }
    });
    assert_eq!(jawab(&base, "2.1.3").0, Some("B"));
    assert_eq!(jawab(&h, "2.1.3"), (Some("BB"), Some(28), Some(28)));
    // 2.2.2 met: the quarters check finds wrong are left out; 2.2.4 met: all four quarters.
    assert_eq!(jawab(&base, "2.2.2").0, Some("CC"));
    let salah: Vec<&str> = vec![
        "sk1-ikk3", "sk1-ikk4", "sk1-ikk8", "sk2-ikk4", "sk2-ikk5", "sk2-ikk6", "sk3-ikk1",
        "sk3-ikk2", "sk3-ikk3", "sk3-ikk4", "sk4-ikk8",
    ];
    let h = nilai(|d| {
        for (id, c) in d.capaian.indikator.iter_mut() {
            if salah.contains(&id.as_str()) {
                c.triwulan.clear();
            }
        }
        for sk in &mut d.pk.sasaran_kegiatan {
            for i in &mut sk.indikator {
                if salah.contains(&i.id.as_str()) {
                    i.target_triwulan.clear();
                }
            }
        }
    });
    assert_eq!(jawab(&h, "2.2.2"), (Some("BB"), Some(17), Some(17)));
    assert_eq!(jawab(&base, "2.2.4").0, Some("C"));
}

#[test]
fn a_wrong_figure_points_at_the_check_finding() {
    // A printed capaian that the computation does not give: check's error.
    let h = nilai(|d| {
        let c = d.capaian.indikator.get_mut("sk1-ikk1").unwrap();
        c.tertulis = Some(lkjip::model::capaian::Tertulis {
            capaian: Some(lkjip::model::Angka(12.into())),
            ..Default::default()
        });
    });
    let disusun = h.kriteria("3.1.1").unwrap();
    assert_eq!(disusun.nilai, Some("C"));
    assert!(!disusun.temuan_check.is_empty());
    let kode = disusun.temuan_check[0];
    for k in ["3.2.2", "3.2.3"] {
        let kr = h.kriteria(k).unwrap();
        assert_eq!(kr.temuan_check, [kode], "{k}");
        assert!(
            kr.saran
                .iter()
                .any(|s| s.contains(&format!("sk1-ikk1 ({kode})"))),
            "{k}: {:?}",
            kr.saran
        );
    }
    assert_eq!(jawab(&h, "3.2.2"), (Some("B"), Some(27), Some(28)));
}

#[test]
fn the_alternative_scale() {
    let l = lkjip::susun(&data_2023()).unwrap();
    let diag = l.periksa(Bahasa::Id);
    let h = lke::nilai(&l, &diag, Some(Skala::YtAe), Bahasa::Id);
    assert_eq!(h.kriteria("3.1.1").unwrap().nilai, Some("Y"));
    assert_eq!(h.kriteria("3.1.1").unwrap().angka, Some(100));
    assert_eq!(h.kriteria("3.2.4").unwrap().nilai, Some("C")); // 19/28 = 67,9 %
    assert_eq!(h.kriteria("3.2.4").unwrap().angka, Some(50));
    assert_eq!(h.kriteria("3.2.7").unwrap().angka, Some(75));
}

#[test]
fn evidence_in_lke_yaml_counts_and_never_changes_the_pdf() {
    let (_tmp, dir) = salinan();
    let tanpa = dir.parent().unwrap().join("tanpa.pdf");
    let out = common::build(&dir, &tanpa, &[]);
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(
        dir.join("lke.yaml"),
        "skala: yt-ae\nbukti:\n  \"3.1.4\":\n    nomor: LHR-12/IJ/2024\n    tanggal: 2024-02-10\n    catatan: direviu Inspektorat Jenderal\n  \"3.1.5\":\n    catatan: belum ada tautan\n  \"9.9.9\":\n    nomor: X\n",
    )
    .unwrap();
    let h = nilai_folder(&dir);
    assert_eq!(h.skala, Skala::YtAe);
    let r = h.kriteria("3.1.4").unwrap();
    assert_eq!((r.nilai, r.dasar), (Some("Y"), Dasar::Bukti));
    let b = &r.bukti[0];
    assert!(
        b.berkas.ends_with("lke.yaml") && b.baris == Some(4),
        "{b:?}"
    );
    assert_eq!(
        b.keterangan.as_deref(),
        Some("LHR-12/IJ/2024, 2024-02-10, direviu Inspektorat Jenderal")
    );
    // Evidence without number or link is shown but does not count.
    let p = h.kriteria("3.1.5").unwrap();
    assert_eq!((p.nilai, p.dasar), (None, Dasar::PerluBukti));
    assert!(p.saran[0].contains("tidak dihitung"), "{:?}", p.saran);
    // An unknown code is a located warning.
    assert_eq!(h.peringatan.len(), 1);
    assert!(
        h.peringatan[0].contains("lke.yaml:10:") && h.peringatan[0].contains("9.9.9"),
        "{:?}",
        h.peringatan
    );
    // The --skala option wins over lke.yaml.
    let out = lkjip(&[
        OsStr::new("lke"),
        dir.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
        OsStr::new("--skala"),
        OsStr::new("aa-e"),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["skala"], "aa-e");
    let reviu = v["kriteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kode"] == "3.1.4")
        .unwrap();
    assert_eq!(
        (&reviu["nilai"], &reviu["angka"]),
        (&"BB".into(), &80.into())
    );
    // The PDF is the same with or without lke.yaml.
    let dengan = dir.parent().unwrap().join("dengan.pdf");
    let out = common::build(&dir, &dengan, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read(&tanpa).unwrap() == std::fs::read(&dengan).unwrap());
}

#[test]
fn a_misspelt_field_of_lke_yaml_is_a_located_load_error() {
    let (_tmp, dir) = salinan();
    std::fs::write(
        dir.join("lke.yaml"),
        "bukti:\n  \"3.1.4\":\n    nomer: LHR-12\n",
    )
    .unwrap();
    let out = lkjip(&[OsStr::new("lke"), dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("lke.yaml:3:5") && err.contains("nomer"),
        "{err}"
    );
}

#[test]
fn the_workbook_has_the_lke_layout() {
    use calamine::{Reader, Xlsx, open_workbook};
    let tmp = tempfile::tempdir().unwrap();
    let xlsx = tmp.path().join("LKE.xlsx");
    let out = lkjip(&[
        OsStr::new("lke"),
        data_2023().as_os_str(),
        OsStr::new("-o"),
        xlsx.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let r = wb.worksheet_range("LKE").unwrap();
    let baris: Vec<Vec<String>> = r
        .rows()
        .map(|b| b.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        baris[0][..5],
        ["No", "Komponen / Kriteria", "Bobot", "Jawaban", "Nilai"]
    );
    assert_eq!(baris[1][..3], ["3", "Pelaporan Kinerja", "15"]);
    assert_eq!(baris[1][4], "5.55");
    let renstra = baris.iter().find(|b| b[0] == "3.2.4").unwrap();
    assert_eq!(renstra[3..5], ["CC", "60"]);
    assert!(renstra[6].contains("renstra.yaml:"), "{renstra:?}");
    assert!(renstra[7].contains("sk4-ikk1"), "{renstra:?}");
    // Not .xlsx: refused before anything is written.
    let out = lkjip(&[
        OsStr::new("lke"),
        data_2023().as_os_str(),
        OsStr::new("-o"),
        tmp.path().join("LKE.csv").as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
}
