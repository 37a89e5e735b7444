//! `lkjip check`: the published 2023 report's own inconsistencies are
//! found, exactly; data/2023 passes; the output formats; `build` refuses a
//! folder with errors unless `--draft`.

mod common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use common::{build, data_2023, halaman, lkjip, salinan, ubah};

fn as_published() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/2023-as-published")
}

/// Every inconsistency of the published report, as (code, file, path,
/// expected, found). Reviewed one by one against the reference.
const DIHARAPKAN: &[(&str, &str, &str, &str, &str)] = &[
    (
        "LK101",
        "anggaran.yaml",
        "program[0].rincian[0].rincian[0].pagu",
        "1.909.195.000",
        "1.966.495.000",
    ),
    (
        "LK101",
        "anggaran.yaml",
        "program[1].rincian[0].rincian[0].realisasi",
        "4.528.710.005",
        "4.362.114.022",
    ),
    (
        "LK101",
        "anggaran.yaml",
        "program[1].rincian[0].rincian[3].realisasi",
        "68.888.500",
        "57.658.500",
    ),
    (
        "LK102",
        "anggaran.yaml",
        "jenis_belanja[0].realisasi",
        "3.601.508.162",
        "3.601.507.881",
    ),
    (
        "LK201",
        "capaian.yaml",
        "indikator.sk1-ikk2.tertulis_lain[0].target",
        "94",
        "93",
    ),
    (
        "LK301",
        "capaian.yaml",
        "indikator.sk1-ikk2.tertulis_lain[0].capaian",
        "106,38",
        "107,52",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk1-ikk3.tertulis.realisasi",
        "N/A",
        "97",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk1-ikk3.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK201",
        "capaian.yaml",
        "indikator.sk1-ikk4.tertulis.target",
        "80",
        "70",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk1-ikk4.tertulis.realisasi",
        "N/A",
        "70",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk1-ikk4.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK404",
        "capaian.yaml",
        "indikator.sk1-ikk7.riwayat.2022.realisasi",
        "N/A",
        "100",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk1-ikk8.tertulis.realisasi",
        "N/A",
        "27",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk1-ikk8.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK103",
        "capaian.yaml",
        "indikator.sk2-ikk1.tabel[0].baris[2].subjumlah_tertulis[2]",
        "165",
        "190",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk2-ikk4.tertulis.realisasi",
        "N/A",
        "85",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk2-ikk4.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK301",
        "capaian.yaml",
        "indikator.sk2-ikk4.riwayat.2022.capaian",
        "108,8",
        "115",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk2-ikk5.tertulis.realisasi",
        "N/A",
        "17",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk2-ikk5.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk2-ikk6.tertulis.realisasi",
        "N/A",
        "31",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk2-ikk6.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk1.tertulis.realisasi",
        "N/A",
        "85",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk1.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK103",
        "capaian.yaml",
        "indikator.sk3-ikk2.tabel[0].jumlah_tertulis[0]",
        "3",
        "2",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk2.tertulis.realisasi",
        "N/A",
        "80",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk2.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK301",
        "capaian.yaml",
        "indikator.sk3-ikk2.riwayat.2022.capaian",
        "142,85",
        "140",
    ),
    (
        "LK103",
        "capaian.yaml",
        "indikator.sk3-ikk3.tabel[0].jumlah_tertulis[0]",
        "3",
        "2",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk3.tertulis.realisasi",
        "N/A",
        "85",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk3.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk4.tertulis.realisasi",
        "N/A",
        "85",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk4.tertulis.capaian",
        "N/A",
        "100",
    ),
    (
        "LK401",
        "capaian.yaml",
        "indikator.sk3-ikk4.tertulis_lain[0].realisasi",
        "N/A",
        "80",
    ),
    (
        "LK301",
        "capaian.yaml",
        "indikator.sk4-ikk6.tertulis.capaian",
        "66,66",
        "100",
    ),
    (
        "LK301",
        "capaian.yaml",
        "indikator.sk4-ikk7.tertulis.capaian",
        "48,83",
        "100",
    ),
    (
        "LK301",
        "capaian.yaml",
        "indikator.sk4-ikk8.tertulis.capaian",
        "41,66",
        "100",
    ),
    (
        "LK201",
        "kinerja_lainnya.yaml",
        "e_performance.indikator.sk1-ikk3.target",
        "97",
        "96",
    ),
    (
        "LK706",
        "lampiran.yaml",
        "sk_tim.memutuskan[3].label",
        "KETIGA",
        "KELIMA",
    ),
    (
        "LK702",
        "laporan.yaml",
        "ditandatangani_penutup.tanggal",
        "> 2023-12-31",
        "2023-01-02",
    ),
    (
        "LK705",
        "laporan.yaml",
        "ditandatangani_penutup.nama_tertulis",
        "Bistok Oloan Situngkir",
        "Bistok Olean Situngkir",
    ),
    (
        "LK704",
        "pk.yaml",
        "pihak_pertama.nip_tertulis",
        "NIP 18 angka yang sah",
        "197208103996031001",
    ),
    (
        "LK705",
        "pk.yaml",
        "pihak_pertama.nip_tertulis_lain[0]",
        "197208101996031001",
        "197206101996031001",
    ),
    (
        "LK207",
        "pk.yaml",
        "anggaran[1].pagu",
        "4.980.248.000",
        "17.118.173.000",
    ),
    (
        "LK202",
        "pk.yaml",
        "anggaran[1].pagu_tertulis",
        "4.980.248.000",
        "3.628.749.000",
    ),
    ("LK105", "unit.yaml", "pegawai.total_tertulis", "58", "55"),
    (
        "LK107",
        "anggaran.yaml",
        "program[1].rincian[0].rincian[2].volume.jumlah",
        "58",
        "59",
    ),
    (
        "LK107",
        "anggaran.yaml",
        "program[1].rincian[0].rincian[2].rincian[0].volume.jumlah",
        "58",
        "59",
    ),
    (
        "LK801",
        "anggaran.yaml",
        "uraian_grafik",
        "angka realisasi anggaran.yaml (mis. 6.904.019.875)",
        "6.946.743.000",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk1-ikk1.tabel[0].catatan",
        "≤ 165",
        "190",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk1-ikk1.analisis.renstra",
        "80%",
        "100",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk1-ikk2.penjelasan",
        "≤ 165",
        "190",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk1-ikk2.analisis.renstra",
        "94%",
        "100",
    ),
    (
        "LK405",
        "capaian.yaml",
        "indikator.sk1-ikk3.riwayat.2022.realisasi",
        "N/A?",
        "96",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk1-ikk4.triwulan[0].realisasi",
        "N/A",
        "20",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk1-ikk4.triwulan[1].realisasi",
        "N/A",
        "15",
    ),
    (
        "LK405",
        "capaian.yaml",
        "indikator.sk1-ikk4.riwayat.2022.realisasi",
        "N/A?",
        "70",
    ),
    (
        "LK803",
        "capaian.yaml",
        "indikator.sk1-ikk7.tabel[0].catatan",
        "naik 2",
        "berhasil menekan",
    ),
    (
        "LK405",
        "capaian.yaml",
        "indikator.sk1-ikk8.riwayat.2022.realisasi",
        "N/A?",
        "25",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk2-ikk1.penjelasan",
        "≤ 165",
        "190",
    ),
    (
        "LK803",
        "capaian.yaml",
        "indikator.sk2-ikk1.analisis.tahun_lalu",
        "turun 4,84",
        "lebih tinggi",
    ),
    (
        "LK801",
        "capaian.yaml",
        "indikator.sk2-ikk1.analisis.renstra",
        "142,85%",
        "117",
    ),
    (
        "LK209",
        "capaian.yaml",
        "indikator.sk2-ikk1.riwayat.2022.target",
        "70",
        "65",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk2-ikk2.tabel[0].catatan",
        "≤ 165",
        "273",
    ),
    (
        "LK405",
        "capaian.yaml",
        "indikator.sk2-ikk3.riwayat.2022.realisasi",
        "realisasi 2022",
        "93,58",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk2-ikk4.penjelasan",
        "≤ 165",
        "190",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk2-ikk4.triwulan[0].realisasi",
        "N/A",
        "25",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk2-ikk4.triwulan[1].realisasi",
        "N/A",
        "15",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk2-ikk5.triwulan[0].realisasi",
        "N/A",
        "5",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk2-ikk5.triwulan[1].realisasi",
        "N/A",
        "4",
    ),
    (
        "LK405",
        "capaian.yaml",
        "indikator.sk2-ikk5.riwayat.2022.realisasi",
        "N/A?",
        "15",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk2-ikk6.triwulan[0].realisasi",
        "N/A",
        "10",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk2-ikk6.triwulan[1].realisasi",
        "N/A",
        "8",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk3-ikk2.triwulan[0].realisasi",
        "N/A",
        "20",
    ),
    (
        "LK403",
        "capaian.yaml",
        "indikator.sk3-ikk2.triwulan[1].realisasi",
        "N/A",
        "15",
    ),
    (
        "LK209",
        "capaian.yaml",
        "indikator.sk3-ikk2.riwayat.2022.target",
        "76",
        "70",
    ),
    (
        "LK405",
        "capaian.yaml",
        "indikator.sk3-ikk2.riwayat.2022.realisasi",
        "< 100",
        "100",
    ),
    // One warning for all the analyses not written (the final report omits them).
    (
        "LK911",
        "capaian.yaml",
        "indikator.sk4-ikk1.analisis.standar_nasional",
        "analisis tertulis",
        "27 kosong",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk4-ikk6.pengantar",
        "4",
        "6",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk4-ikk7.penjelasan",
        "21",
        "43",
    ),
    (
        "LK802",
        "capaian.yaml",
        "indikator.sk4-ikk8.penjelasan",
        "5",
        "174",
    ),
    (
        "LK402",
        "capaian.yaml",
        "indikator.sk4-ikk9.realisasi.langsung",
        "hitungan atau tabel data",
        "1",
    ),
    (
        "LK801",
        "kinerja_anggaran.yaml",
        "smart.uraian_grafik",
        "99,84",
        "99.89",
    ),
    (
        "LK204",
        "kinerja_lainnya.yaml",
        "e_performance.indikator.sk2-ikk3.realisasi",
        "93,58",
        "100",
    ),
    (
        "LK203",
        "kinerja_lainnya.yaml",
        "e_monev.serapan_anggaran",
        "99,38",
        "35,38",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[0].bukti[11].nomor_surat[0]",
        "> 672",
        "491",
    ),
    (
        "LK210",
        "kinerja_lainnya.yaml",
        "tarja.target[2].keterangan",
        "N/A",
        "Telah Tercapai",
    ),
    (
        "LK210",
        "kinerja_lainnya.yaml",
        "tarja.target[4].keterangan",
        "N/A",
        "Telah Tercapai",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[4].bukti[5].dokumen[1]",
        "Mei atau Juni",
        "Desember",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[4].bukti[5].dokumen[2]",
        "Mei atau Juni",
        "Desember",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[4].bukti[11].dokumen[2]",
        "100%",
        "70%",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[5].bukti[1].nomor_surat[0]",
        "nomor surat B02",
        "W.22.PAS.PAS.4-PK.08.06-54",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[5].bukti[2].nomor_surat[0]",
        "nomor surat B03",
        "W.22.PAS.PAS.4-PK.08.06-146",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[5].bukti[2].nomor_surat[1]",
        "nomor surat B03",
        "W.22.PAS.PAS.4-PK.08.06-55",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[5].bukti[8].nomor_surat[0]",
        "nomor surat B09",
        "W.22.PAS.PAS.4-PK.08.06-392",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[5].bukti[9].nomor_surat[0]",
        "nomor surat B10",
        "W.22.PAS.PAS.4-PK.08.06-392",
    ),
    (
        "LK211",
        "kinerja_lainnya.yaml",
        "tarja.target[5].bukti[10].nomor_surat[0]",
        "nomor surat B11",
        "W.22.PAS.PAS.4-PK.08.06-392",
    ),
    (
        "LK210",
        "kinerja_lainnya.yaml",
        "prioritas_nasional.kegiatan[0].nama",
        "N/A",
        "direalisasikan",
    ),
    (
        "LK210",
        "kinerja_lainnya.yaml",
        "prioritas_nasional.kegiatan[2].nama",
        "N/A",
        "direalisasikan",
    ),
    (
        "LK801",
        "narasi.yaml",
        "pendahuluan.tugas_fungsi",
        "58",
        "55",
    ),
    (
        "LK501",
        "pk.yaml",
        "sasaran_kegiatan[0].indikator[2].target_triwulan",
        "97",
        "0 (0 + 0 + 0 + 0)",
    ),
    (
        "LK501",
        "pk.yaml",
        "sasaran_kegiatan[0].indikator[7].target_triwulan",
        "27",
        "0 (0 + 0 + 0 + 0)",
    ),
    (
        "LK209",
        "pk.yaml",
        "sasaran_kegiatan[1].indikator[0].target",
        "75",
        "70",
    ),
    (
        "LK501",
        "pk.yaml",
        "sasaran_kegiatan[2].indikator[0].target_triwulan",
        "85",
        "0 (0 + 0 + 0 + 0)",
    ),
    (
        "LK501",
        "pk.yaml",
        "sasaran_kegiatan[2].indikator[2].target_triwulan",
        "85",
        "0 (0 + 0 + 0 + 0)",
    ),
    (
        "LK501",
        "pk.yaml",
        "sasaran_kegiatan[2].indikator[3].target_triwulan",
        "80",
        "0 (0 + 0 + 0 + 0)",
    ),
    (
        "LK501",
        "pk.yaml",
        "sasaran_kegiatan[3].indikator[7].target_triwulan",
        "12",
        "11 (3 + 3 + 2 + 3)",
    ),
    (
        "LK208",
        "pk.yaml",
        "anggaran[0].pagu",
        "1.966.495.000",
        "1.911.495.000",
    ),
];

#[test]
fn published_report_inconsistencies_exactly() {
    let out = lkjip(&[
        OsStr::new("check"),
        as_published().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let diag: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(String, String, String, String, String)> = diag
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
            let file = s("file");
            let file = Path::new(&file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (s("code"), file, s("path"), s("expected"), s("found"))
        })
        .collect();
    let want: Vec<(String, String, String, String, String)> = DIHARAPKAN
        .iter()
        .map(|(a, b, c, d, e)| {
            (
                a.to_string(),
                b.to_string(),
                c.to_string(),
                d.to_string(),
                e.to_string(),
            )
        })
        .collect();
    assert_eq!(got, want);
    // Every object carries the documented fields, with a position in the file.
    for d in &diag {
        for key in [
            "severity", "code", "file", "line", "column", "path", "message", "expected", "found",
        ] {
            assert!(d.get(key).is_some(), "{key} missing in {d}");
        }
        assert!(
            d["line"].as_u64().is_some() && d["column"].as_u64().is_some(),
            "{d}"
        );
    }
    let errors = diag.iter().filter(|d| d["severity"] == "error").count();
    assert_eq!((errors, diag.len() - errors), (46, 62));
}

#[test]
fn data_2023_passes_with_warnings_only() {
    let out = lkjip(&[OsStr::new("check"), data_2023().as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.ends_with("0 kesalahan, 41 peringatan\n"), "{stderr}");
}

#[test]
fn human_output_underlines_the_value() {
    let out = lkjip(&[OsStr::new("check"), as_published().as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let file = as_published().join("unit.yaml").display().to_string();
    let want = format!(
        "galat[LK105]: jumlah pegawai tertulis tidak sama dengan jumlah per golongan\n  --> {file}:83:19\n   |\n83 |   total_tertulis: 55\n   |                   ^^ diharapkan 58, ditemukan 55\n  = path: pegawai.total_tertulis\n"
    );
    assert!(stderr.contains(&want), "{stderr}");
    assert!(stderr.ends_with("46 kesalahan, 62 peringatan\n"));
    let en = lkjip(&[
        OsStr::new("check"),
        as_published().as_os_str(),
        OsStr::new("--lang"),
        OsStr::new("en"),
    ]);
    let stderr = String::from_utf8(en.stderr).unwrap();
    assert!(
        stderr.contains("error[LK105]: declared staff total differs from the sum per rank"),
        "{stderr}"
    );
    assert!(stderr.contains("expected 58, found 55"));
    assert!(stderr.ends_with("46 errors, 62 warnings\n"));
}

#[test]
fn build_refuses_errors_and_drafts_on_request() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("laporan.pdf");
    let out = build(&as_published(), &pdf, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!pdf.exists(), "a PDF was written despite errors");
    let out = build(&as_published(), &pdf, &["--draft"]);
    let pages = halaman(&out, &pdf);
    assert!(pages.len() > 60);
    for (i, p) in pages.iter().enumerate() {
        assert!(p.contains("DRAF"), "halaman {} tanpa cap DRAF", i + 1);
    }
}

#[test]
fn one_error_blocks_the_build() {
    let (tmp, dir) = salinan();
    ubah(&dir, "unit.yaml", "perempuan: 9", "perempuan: 6");
    let pdf = tmp.path().join("x.pdf");
    let out = build(&dir, &pdf, &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("galat[LK105]"), "{stderr}");
    assert!(!pdf.exists());
}

#[test]
fn readme_lists_every_rule() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for a in lkjip::check::aturan::KATALOG {
        let sev = match a.tingkat {
            lkjip::check::Tingkat::Error => "galat",
            lkjip::check::Tingkat::Warning => "peringatan",
        };
        let row = format!("| {} | {} | {} |", a.kode, sev, a.uraian);
        assert!(readme.contains(&row), "README tidak memuat: {row}");
    }
}
