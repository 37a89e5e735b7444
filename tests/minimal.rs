//! Issue 20 item 2: only what a report cannot exist without is required. A
//! semester folder of five files — unit, laporan, pk, capaian and a
//! two-line narasi — loads, checks and builds; what it leaves out is left
//! out of the PDF, never printed as an invented figure.

mod common;

use std::path::{Path, PathBuf};

use common::{build, diagnostik_json, halaman, lkjip, rapat};

const UNIT: &str = "\
nama: Balai Uji Coba Minimal
nama_singkat: BUCM
kementerian: Kementerian Contoh
kota: Waingapu
orang:
  kepala: {nama: Andi Contoh, jabatan: Kepala Balai}
  atasan: {nama: Budi Contoh, jabatan: Direktur}
";

const LAPORAN: &str = "\
tahun: 2022
periode: semester-1
data_sampai: 2022-05-31
judul: Laporan Kinerja Instansi Pemerintah
ditandatangani: {oleh: kepala, tempat: Waingapu, tanggal: 2022-06-10}
";

const PK: &str = "\
pihak_pertama: {oleh: kepala, tempat: Waingapu, tanggal: 2022-01-10}
pihak_kedua: {oleh: atasan, tempat: Jakarta, tanggal: 2022-01-10}
sasaran_kegiatan:
  - id: s1
    nama: Meningkatnya mutu layanan pengujian
    indikator:
      - id: s1-ik1
        nama: Persentase contoh uji yang selesai tepat waktu
        satuan: persen
        target: 90
";

const CAPAIAN: &str = "\
indikator:
  s1-ik1:
    realisasi: {hitungan: {pembilang: 45, penyebut: 50}}
";

const NARASI: &str = "\
ikhtisar:
  pembuka: Laporan ini menyajikan capaian kinerja semester pertama.
";

/// The five-file folder, with `laporan.yaml` as given.
fn folder(laporan: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("2022");
    std::fs::create_dir(&dir).unwrap();
    for (nama, isi) in [
        ("unit.yaml", UNIT),
        ("laporan.yaml", laporan),
        ("pk.yaml", PK),
        ("capaian.yaml", CAPAIAN),
        ("narasi.yaml", NARASI),
    ] {
        std::fs::write(dir.join(nama), isi).unwrap();
    }
    (tmp, dir)
}

/// `lkjip check DIR`, which must pass (exit 0); its output.
fn lulus_check(dir: &Path) -> std::process::Output {
    let check = lkjip(&["check".as_ref(), dir.as_os_str()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    check
}

fn kode(dir: &Path) -> Vec<String> {
    diagnostik_json(dir)
        .into_iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

/// What a report without the data must never print.
const PENGISI: [&str; 9] = [
    "Rp0",
    "Rp 0",
    "(Nol)",
    "N/A dari pagu",
    "Nihil",
    "pegawai berjumlah",
    "Realisasi Anggaran",
    "Rencana Strategis",
    "Bangunan ",
];

#[test]
fn a_five_file_semester_folder_checks_and_builds_without_filler() {
    let (_tmp, dir) = folder(LAPORAN);
    let check = lkjip(&["check".as_ref(), dir.as_os_str(), "--final".as_ref()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    // A semester report needs none of the annual parts.
    assert!(!kode(&dir).contains(&"LK916".to_string()));

    let pdf = dir.join("semester.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf);
    let all = pages.join("\n");
    assert!(pages[0].contains("SEMESTER I TAHUN 2022"), "{}", pages[0]);
    assert!(all.contains("Semester I Tahun 2022 (s.d. 31 Mei 2022)"));
    for f in PENGISI {
        assert!(!all.contains(f), "printed without data: {f}");
    }
    // No cover letter: the report opens at its cover. No kata pengantar.
    assert!(!all.contains("KATA PENGANTAR"));
    // The sub-chapters printed are lettered without gaps, the lampiran
    // numbered likewise.
    assert!(all.contains("A. Aspek Strategis"), "{all}");
    assert!(all.contains("A. Perjanjian Kinerja"));
    assert!(all.contains("Lampiran 1. Perjanjian Kinerja Tahun 2022"));
    assert!(!all.contains("Lampiran 2."));
    // No list item without text.
    for line in all.lines() {
        assert!(
            !matches!(line.trim(), "•" | "–" | "-" | "1." | "1"),
            "lone bullet: {line:?}"
        );
    }
}

#[test]
fn a_draft_marks_what_is_not_filled_in() {
    let (_tmp, dir) = folder(LAPORAN);
    let pdf = dir.join("draf.pdf");
    let all = halaman(&build(&dir, &pdf, &["--draft"]), &pdf).join("\n");
    assert!(all.contains("(Bagian ini belum diisi.)"), "{all}");
    assert!(all.contains("KATA PENGANTAR"));
    assert!(all.contains("A. Latar Belakang"));
    // Still nothing invented.
    for f in ["Rp0", "(Nol)", "N/A dari pagu", "Nihil"] {
        assert!(!all.contains(f), "printed without data: {f}");
    }
}

#[test]
fn an_annual_report_warns_once_per_absent_required_part() {
    let tahunan = LAPORAN
        .replace("periode: semester-1\ndata_sampai: 2022-05-31\n", "")
        .replace("2022-06-10", "2023-01-10");
    let (_tmp, dir) = folder(&tahunan);
    let json = diagnostik_json(&dir);
    let lk916: Vec<(String, String)> = json
        .iter()
        .filter(|d| d["code"] == "LK916")
        .map(|d| {
            (
                d["file"]
                    .as_str()
                    .unwrap_or_default()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string(),
                d["path"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        lk916,
        [
            ("anggaran.yaml", ""),
            ("narasi.yaml", "kata_pengantar"),
            ("narasi.yaml", "pendahuluan.latar_belakang"),
            ("narasi.yaml", "pendahuluan.tugas_fungsi"),
            ("narasi.yaml", "pendahuluan.isu_strategis"),
            ("narasi.yaml", "penutup.kesimpulan"),
            ("renstra.yaml", ""),
        ]
        .map(|(f, p)| (f.to_string(), p.to_string()))
    );
    // Warnings only: the annual report still builds, leaving them out.
    let pdf = dir.join("tahunan.pdf");
    let all = halaman(&build(&dir, &pdf, &[]), &pdf).join("\n");
    for f in PENGISI {
        assert!(!all.contains(f), "printed without data: {f}");
    }
}

#[test]
fn new_year_from_a_five_file_folder_stays_five_files_and_checks() {
    let (tmp, dir) = folder(LAPORAN);
    let baru = tmp.path().join("2023");
    let out = lkjip(&["new-year".as_ref(), dir.as_os_str(), baru.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut files: Vec<String> = std::fs::read_dir(&baru)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "capaian.yaml",
            "laporan.yaml",
            "narasi.yaml",
            "pk.yaml",
            "unit.yaml"
        ]
    );
    lulus_check(&baru);
}

/// The invented semester example: a trade-ministry testing lab, partial on
/// purpose (no budget, staff or Renstra files).
#[test]
fn the_semester_example_prints_its_period_sources_and_only_its_quarters() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bpmb-sumba-timur/2022");
    for absent in [
        "anggaran.yaml",
        "renstra.yaml",
        "kinerja_anggaran.yaml",
        "lampiran.yaml",
    ] {
        assert!(!dir.join(absent).exists(), "{absent}");
    }
    lulus_check(&dir);
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("bpmb.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf);
    let all = pages.join("\n");
    assert!(pages[1].contains("SEMESTER I TAHUN 2022"), "{}", pages[1]);
    assert!(all.contains("Sumber: Aplikasi layanan pengujian per 31 Mei 2022"));
    // The monthly table's Jumlah and Rata-rata are computed: flows summed
    // (241 received, 226 on time, the realisasi's own counts), the stock
    // by its last month (8, not 38), and the sentence says so.
    let bulanan = pages
        .iter()
        .filter(|p| !p.contains("DAFTAR TABEL"))
        .find(|p| p.contains("Contoh Uji yang Diterima dan yang Selesai Tepat Waktu"))
        .map(|p| rapat(p))
        .expect("monthly table");
    assert!(bulanan.contains("Mei Jumlah Rata-rata"), "{bulanan}");
    assert!(bulanan.contains("41 46 52 49 53 241 48,2"), "{bulanan}");
    assert!(bulanan.contains("38 43 49 46 50 226 45,2"), "{bulanan}");
    assert!(bulanan.contains("6 8 9 7 8 8 7,6"), "{bulanan}");
    assert!(
        bulanan.contains(
            "Kolom Jumlah pada baris “Dalam pengujian pada akhir bulan” memuat nilai periode terakhir, bukan penjumlahan"
        ),
        "{bulanan}"
    );
    // The realisasi not yet measured is said so, with its reason, not 0.
    assert!(all.contains("survei kepuasan masyarakat dilaksanakan pada bulan Juni"));
    // Its quarterly lampiran covers TW I–II only.
    let lampiran = pages
        .iter()
        .rfind(|p| p.contains("Laporan Capaian Perjanjian Kinerja per Triwulan"))
        .expect("quarterly lampiran");
    assert!(lampiran.contains("TW II"));
    assert!(!lampiran.contains("TW III"), "{lampiran}");
    for f in PENGISI {
        assert!(!all.contains(f), "printed without data: {f}");
    }
}

/// Issue 20 item 3: a target the PK does not give (`{tidak_tersedia: …}`)
/// prints "tidak tersedia" with its reason, escaped, and its capaian is
/// not computable (N/A) — never 0 % or 100 % against a zero target.
#[test]
fn a_target_not_available_is_said_so_and_not_computed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("2022");
    common::salin_folder(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bpmb-sumba-timur/2022"),
        &dir,
    );
    common::ubah(
        &dir,
        "pk.yaml",
        "target: 600\n",
        "target: {tidak_tersedia: \"PK revisi #pagebreak() belum *ditetapkan*\"}\n",
    );
    let check = lulus_check(&dir);
    // The summary counts it as not computable (with the IKM's realisasi).
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("tidak dapat dihitung 2"),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let pdf = tmp.path().join("t.pdf");
    let pages = halaman(&build(&dir, &pdf, &[]), &pdf);
    let all = rapat(&pages.join("\n"));
    assert!(
        all.contains("Jumlah contoh barang yang diuji tidak tersedia 241 Contoh N/A"),
        "{all}"
    );
    assert!(all.contains("tidak tersedia: PK revisi #pagebreak() belum *ditetapkan*."));
    assert!(
        all.contains("Karena targetnya tidak tersedia, capaian indikator ini tidak dapat dihitung")
    );
    assert!(!all.contains("target sebesar tidak tersedia"));
    // The export says null, not 0.
    let out = lkjip(&[
        "export".as_ref(),
        dir.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    let ind = v["perjanjian_kinerja"]["sasaran"][0]["indikator"][1].clone();
    assert_eq!(ind["jenis_target"], "tidak_tersedia", "{ind}");
    assert!(ind["target"].is_null(), "{ind}");
}
