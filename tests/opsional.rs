//! Optional data and the profile of a unit outside Pemasyarakatan: a folder
//! without `populasi.yaml`, logo or organisation chart, without some
//! sections of `kinerja_lainnya.yaml` or quarterly figures, with analyses
//! left empty, and with `profil: umum` and its own words.

mod common;

use std::ffi::OsStr;

use common::{data_2023, lkjip, rapat, salinan, teks_pdf, ubah};
use lkjip::load::{self, Dimuat};
use lkjip::model::unit::{Kosakata, Profil};

/// data/2023 loaded and changed by `f`.
fn dimuat(f: impl FnOnce(&mut lkjip::model::DataLaporan)) -> Dimuat {
    let mut d = load::muat(&data_2023()).unwrap();
    f(&mut d.data);
    d
}

/// The Typst source of `d` (final, or draft).
fn sumber(d: Dimuat, draf: bool) -> String {
    lkjip::Laporan::tunggal(d).sumber(draf).unwrap().utama
}

/// The codes `check --format json` reports for `dir`, with its exit code.
fn kode_check(dir: &std::path::Path) -> (Option<i32>, Vec<String>) {
    let out = lkjip(&[
        OsStr::new("check"),
        dir.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes = v
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["code"].as_str().unwrap().to_string())
        .collect();
    (out.status.code(), codes)
}

#[test]
fn without_populasi_logo_and_chart_the_report_builds_without_prison_words() {
    let (_tmp, dir) = salinan();
    std::fs::remove_file(dir.join("populasi.yaml")).unwrap();
    // The population table asked for without its data: a located error.
    let (rc, codes) = kode_check(&dir);
    assert_eq!(rc, Some(1));
    assert_eq!(
        codes.iter().filter(|c| *c == "LK910").count(),
        1,
        "{codes:?}"
    );
    ubah(
        &dir,
        "capaian.yaml",
        "tabel_otomatis: [populasi]",
        "tabel_otomatis: []",
    );
    let unit = std::fs::read_to_string(dir.join("unit.yaml")).unwrap();
    let tanpa: String = {
        // Drop the `logo:` and `struktur_organisasi:` blocks (key and its indented lines).
        let mut out = Vec::new();
        let mut lewati = false;
        for line in unit.lines() {
            if line.starts_with("logo:") || line.starts_with("struktur_organisasi:") {
                lewati = true;
                continue;
            }
            if lewati && line.starts_with("  ") {
                continue;
            }
            lewati = false;
            out.push(line);
        }
        out.join("\n") + "\n"
    };
    assert!(!tanpa.contains("logo:") && !tanpa.contains("struktur_organisasi:"));
    std::fs::write(dir.join("unit.yaml"), tanpa).unwrap();
    let (rc, codes) = kode_check(&dir);
    assert_eq!(rc, Some(0), "{codes:?}");
    assert!(
        !codes.iter().any(|c| c == "LK104" || c == "LK910"),
        "{codes:?}"
    );

    let pdf = lkjip::susun(&dir).unwrap().pdf(false, false).unwrap();
    let text = rapat(&teks_pdf(&pdf).join(" "));
    for absent in [
        "berkapasitas hunian",
        "Data Penghuni",
        "Kelebihan kapasitas",
        "Struktur Organisasi Lembaga",
    ] {
        assert!(!text.contains(absent), "{absent}");
    }
    // Bab I keeps its staff table.
    assert!(text.contains("Tabel 1.1"), "Tabel 1.1");
}

#[test]
fn each_section_of_kinerja_lainnya_is_optional_and_numbering_continues() {
    let lengkap = sumber(dimuat(|_| {}), false);
    for h in [
        "1. E-Performance]",
        "2. E-Monev Bappenas]",
        "3. Target Kinerja (TARJA)]",
        "4. Kegiatan Prioritas Nasional]",
    ] {
        assert!(lengkap.contains(h), "{h}");
    }
    assert!(lengkap.contains("== Lampiran 3. Laporan Capaian Perjanjian Kinerja per Triwulan"));
    assert!(lengkap.contains("== Lampiran 4. Target Kinerja (TARJA)"));

    let s = sumber(dimuat(|d| d.kinerja_lainnya.e_performance = None), false);
    assert!(!s.contains("E-Performance]") && !s.contains("Realisasi pada Aplikasi E-Performance"));
    assert!(s.contains("1. E-Monev Bappenas]") && s.contains("3. Kegiatan Prioritas Nasional]"));

    let s = sumber(dimuat(|d| d.kinerja_lainnya.e_monev = None), false);
    assert!(!s.contains("E-Monev") && s.contains("2. Target Kinerja (TARJA)]"));

    // An empty TARJA list behaves as absent: no section, no lampiran.
    let s = sumber(
        dimuat(|d| d.kinerja_lainnya.tarja.as_mut().unwrap().target.clear()),
        false,
    );
    assert!(!s.contains("TARJA") && s.contains("3. Kegiatan Prioritas Nasional]"));
    assert!(s.contains("== Lampiran 3. Laporan Capaian"));

    let s = sumber(
        dimuat(|d| d.kinerja_lainnya.prioritas_nasional = None),
        false,
    );
    assert!(!s.contains("Prioritas Nasional]") && s.contains("3. Target Kinerja (TARJA)]"));

    // Nothing left: no Bab III D at all.
    let s = sumber(dimuat(|d| d.kinerja_lainnya = Default::default()), false);
    assert!(!s.contains("D. Capaian Kinerja Lainnya"));
}

#[test]
fn no_quarterly_data_omits_lampiran_3_and_tarja_moves_up() {
    let tanpa = |d: &mut lkjip::model::DataLaporan| {
        for sk in &mut d.pk.sasaran_kegiatan {
            for i in &mut sk.indikator {
                i.target_triwulan.clear();
            }
        }
        for c in d.capaian.indikator.values_mut() {
            c.triwulan.clear();
        }
    };
    let s = sumber(dimuat(tanpa), false);
    assert!(!s.contains("per Triwulan"));
    assert!(!s.contains("belum dilaporkan"));
    assert!(s.contains("== Lampiran 3. Target Kinerja (TARJA)"));
    assert!(!s.contains("Lampiran 4"));
}

#[test]
fn tarja_target_without_evidence_keeps_its_row() {
    let s = sumber(
        dimuat(|d| {
            d.kinerja_lainnya.tarja.as_mut().unwrap().target[0]
                .bukti
                .clear()
        }),
        false,
    );
    let lampiran = &s[s.find("Target Kinerja (TARJA)\n").unwrap()..];
    assert!(lampiran.contains("tidak ada bukti"));
}

#[test]
fn empty_analyses_are_omitted_in_a_final_report_and_filled_in_a_draft() {
    const PENGISI: &str = "Belum ada uraian untuk analisis ini.";
    let d = dimuat(|_| {});
    assert_eq!(sumber(d.clone(), false).matches(PENGISI).count(), 0);
    assert_eq!(sumber(d, true).matches(PENGISI).count(), 27);
    // A written "program" analysis after an empty "penyebab" moves up to 5.
    let s = sumber(
        dimuat(|d| {
            let a = &mut d.capaian.indikator.get_mut("sk4-ikk1").unwrap().analisis;
            a.standar_nasional = Some(lkjip::model::Markdown("Sesuai standar.".into()));
            a.penyebab = None;
            a.program = Some(lkjip::model::Markdown("Program penunjang.".into()));
        }),
        false,
    );
    assert!(s.contains(
        "4. Perbandingan Realisasi Kinerja dengan Standar Nasional]\n\nSesuai standar\\."
    ));
    assert!(s.contains(
        "5. Analisis Program/Kegiatan yang Menunjang Keberhasilan]\n\nProgram penunjang\\."
    ));
}

#[test]
fn profile_umum_uses_neutral_words_and_kosakata() {
    let pemasyarakatan = sumber(dimuat(|_| {}), false);
    // Phrases the templates write only for profile pemasyarakatan.
    let khusus = [
        "Capaian IKK I\\.1",
        "memuat 28 Indikator Kinerja Kegiatan pada 4 Sasaran Kegiatan",
        "tidak ada populasi atau data",
        "tidak memiliki populasi atau data dasar",
        "KANTOR WILAYAH NUSA TENGGARA TIMUR",
        "Terdapat 8 Indikator Kinerja Kegiatan pada Sasaran Kegiatan I",
    ];
    for k in khusus {
        assert!(pemasyarakatan.contains(k), "pemasyarakatan: {k}");
    }
    let umum = sumber(
        dimuat(|d| {
            d.unit.profil = Profil::Umum;
            d.unit.instansi_atasan = None;
        }),
        false,
    );
    for k in khusus {
        assert!(!umum.contains(k), "umum: {k}");
    }
    for k in [
        "Capaian IK I\\.1",
        "memuat 28 Indikator Kinerja pada 4 Sasaran.",
        "karena tidak ada data yang menjadi",
        "Terdapat 8 Indikator Kinerja pada Sasaran I",
    ] {
        assert!(umum.contains(k), "umum: {k}");
    }
    let iku = sumber(
        dimuat(|d| {
            d.unit.profil = Profil::Umum;
            d.unit.kosakata = Some(Kosakata {
                sasaran: Some("Sasaran Strategis".into()),
                indikator: Some("Indikator Kinerja Utama".into()),
                singkatan_indikator: Some("IKU".into()),
            });
        }),
        false,
    );
    assert!(iku.contains("Capaian IKU I\\.1"));
    assert!(iku.contains("memuat 28 Indikator Kinerja Utama pada 4 Sasaran Strategis."));
}

#[test]
fn title_and_second_partys_place_come_from_the_data() {
    let s = sumber(
        dimuat(|d| {
            d.laporan.judul = "Laporan Kinerja".into();
            d.pk.pihak_kedua.tempat = "Jakarta".into();
        }),
        false,
    );
    assert!(s.contains("Laporan Kinerja Tahun 2023 — Lembaga Pemasyarakatan Kelas IIB Atambua"));
    assert!(s.contains("== Lampiran 1. Keputusan tentang Tim Penyusun Laporan Kinerja"));
    assert!(s.contains("SUSUNAN TIM PENYUSUN LAPORAN KINERJA"));
    assert!(s.contains("Pihak Kedua: Jakarta, 16 Januari 2023"));
    assert!(s.contains("Pihak Pertama: Kupang, 16 Januari 2023"));
    // The standard title keeps the abbreviation.
    let baku = sumber(dimuat(|_| {}), false);
    assert!(baku.contains("Tim Penyusun LKjIP"));
    assert!(!baku.contains("Pihak Kedua: "));
}
