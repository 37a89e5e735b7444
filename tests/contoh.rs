//! The two example units under `examples/`, written from the schema as a new
//! user would, against the data contract (target kinds, free `satuan`,
//! optional files and sections, `profil`/`kosakata`/`instansi_atasan`):
//!
//! - `examples/bapas-kupang/2024`: a Balai Pemasyarakatan — profile
//!   pemasyarakatan, no inmates (no `populasi.yaml`), no images, no TARJA, no
//!   quarterly data, one history year (2023) declared in `capaian.yaml`;
//! - `examples/karantina-kupang/2020`: a Balai Karantina Pertanian of another
//!   ministry — profile umum with its own vocabulary (Sasaran Strategis,
//!   Indikator Kinerja Utama, IKU), monthly data tables, no history.
//!
//! Each must pass `check` without errors, build, print the tally computed by
//! hand, show only the years its data has, and print no filler, no absent
//! section and (karantina) no word of the Kemenkumham vocabulary.

mod common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{build, halaman, lkjip};

/// Folder of an example unit.
fn contoh(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(rel)
}

fn bapas() -> PathBuf {
    contoh("bapas-kupang/2024")
}

fn karantina() -> PathBuf {
    contoh("karantina-kupang/2020")
}

/// `lkjip check DIR --format json`: exit code and findings.
fn periksa(dir: &Path) -> (Option<i32>, Vec<serde_json::Value>) {
    let out = lkjip(&[
        OsStr::new("check"),
        dir.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    let diag: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code(), diag)
}

/// The findings of one severity, as `CODE path: message` lines (for messages).
fn temuan(diag: &[serde_json::Value], severity: &str) -> Vec<String> {
    diag.iter()
        .filter(|d| d["severity"] == severity)
        .map(|d| {
            format!(
                "{} {}: {}",
                d["code"].as_str().unwrap_or(""),
                d["path"].as_str().unwrap_or(""),
                d["message"].as_str().unwrap_or("")
            )
        })
        .collect()
}

/// The pages of the example's PDF, built once per test binary.
fn halaman_dari(dir: PathBuf, cache: &'static OnceLock<Vec<String>>) -> &'static [String] {
    cache.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let pdf = tmp.path().join("laporan.pdf");
        let out = build(&dir, &pdf, &[]);
        halaman(&out, &pdf)
    })
}

fn halaman_bapas() -> &'static [String] {
    static C: OnceLock<Vec<String>> = OnceLock::new();
    halaman_dari(bapas(), &C)
}

fn halaman_karantina() -> &'static [String] {
    static C: OnceLock<Vec<String>> = OnceLock::new();
    halaman_dari(karantina(), &C)
}

/// The captions listed under a list heading (`DAFTAR TABEL`, `DAFTAR
/// GRAFIK`), e.g. `Tabel 3.1 Capaian Kinerja Bapas Kupang Tahun 2023–2024`:
/// each entry from its label to the dot leader before the page number.
fn keterangan(pages: &[String], daftar: &str, label: &str) -> Vec<String> {
    let semua = pages.join(" ");
    // The heading itself, not its line in the table of contents (which is
    // followed by a dot leader).
    let awal = semua
        .find(&format!("{daftar} {label} "))
        .unwrap_or_else(|| panic!("{daftar} not found"));
    let sisa = &semua[awal + daftar.len()..];
    let akhir = sisa
        .find("DAFTAR ")
        .or_else(|| sisa.find("IKHTISAR EKSEKUTIF"))
        .unwrap_or(sisa.len());
    let daftar_teks = &sisa[..akhir];
    let pola = format!("{label} ");
    let mut hasil = Vec::new();
    let mut dari = 0;
    while let Some(i) = daftar_teks[dari..].find(&pola) {
        let mulai = dari + i;
        let isi = &daftar_teks[mulai..];
        // A caption starts with its number (`3.1`).
        if isi[pola.len()..].starts_with(|c: char| c.is_ascii_digit()) {
            let ujung = isi.find(" . ").unwrap_or(isi.len());
            hasil.push(isi[..ujung].trim().to_string());
            dari = mulai + ujung.max(pola.len());
        } else {
            dari = mulai + pola.len();
        }
    }
    assert!(!hasil.is_empty(), "no {label} captions under {daftar}");
    hasil
}

/// Every four-digit number between 1900 and 2100 in `text` (years).
fn tahun(text: &str) -> Vec<i32> {
    let mut out = Vec::new();
    let b: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j - i == 4 {
                let n: i32 = b[i..j].iter().collect::<String>().parse().unwrap();
                if (1900..=2100).contains(&n) {
                    out.push(n);
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Asserts every table and chart caption names only years in `boleh`, and
/// returns the table captions.
fn keterangan_hanya_tahun(pages: &[String], boleh: &[i32]) -> Vec<String> {
    let tabel = keterangan(pages, "DAFTAR TABEL", "Tabel");
    let grafik = if pages.join(" ").contains("DAFTAR GRAFIK Grafik ") {
        keterangan(pages, "DAFTAR GRAFIK", "Grafik")
    } else {
        Vec::new()
    };
    for k in tabel.iter().chain(&grafik) {
        for t in tahun(k) {
            assert!(boleh.contains(&t), "year {t} outside the data in {k:?}");
        }
    }
    tabel
}

/// Asserts none of `kata` occurs in the pages (case-insensitive), naming the page.
fn tanpa_kata(pages: &[String], kata: &[&str]) {
    for (n, p) in pages.iter().enumerate() {
        let kecil = p.to_lowercase();
        for k in kata {
            assert!(
                !kecil.contains(&k.to_lowercase()),
                "{k:?} on page {}",
                n + 1
            );
        }
    }
}

/// Filler a final report must not print.
const PENGISI: &[&str] = &["Belum ada uraian", "belum diisi", "belum dilaporkan"];

/// Words of the Kemenkumham/prison vocabulary a unit of another ministry
/// must not see (acronyms matched case-insensitively too: none of them is
/// part of an ordinary Indonesian word).
const KOSAKATA_KEMENKUMHAM: &[&str] = &[
    "Pemasyarakatan",
    "Kantor Wilayah",
    "Kanwil",
    "Lapas",
    "narapidana",
    "WBP",
    "tahanan",
    "hunian",
    "e-Performance",
    "TARJA",
    "IKK",
    "Kemenkumham",
    "Hukum dan HAM",
];

#[test]
fn caption_and_year_helpers() {
    assert_eq!(
        tahun("Tahun 2023–2024, 12.019 sertifikat, 1362 kali, 99,35%"),
        vec![2023, 2024]
    );
    let pages = vec![
        "DAFTAR ISI DAFTAR TABEL . . . iii".to_string(),
        "DAFTAR TABEL Tabel 1.1 Jumlah Pegawai . . . 1 Tabel 3.1 Capaian Tahun 2022–2024 . . 6 iv"
            .to_string(),
        "DAFTAR GRAFIK Grafik 3.1 Nilai SMART 2020 . . 9".to_string(),
    ];
    assert_eq!(
        keterangan(&pages, "DAFTAR TABEL", "Tabel"),
        vec![
            "Tabel 1.1 Jumlah Pegawai",
            "Tabel 3.1 Capaian Tahun 2022–2024"
        ]
    );
    let r = std::panic::catch_unwind(|| keterangan_hanya_tahun(&pages, &[2023, 2024]));
    assert!(r.is_err(), "2022 must be refused");
}

// ---------------------------------------------------------------- Bapas

#[test]
fn bapas_folder_has_no_population_and_no_images() {
    let dir = bapas();
    assert!(dir.join("unit.yaml").exists());
    assert!(!dir.join("populasi.yaml").exists());
    assert!(!dir.join("gambar").exists());
    assert!(
        !dir.parent().unwrap().join("2023").exists(),
        "history is declared, not a folder"
    );
}

#[test]
fn bapas_check_has_no_errors_and_warns_once_per_missing_expected_section() {
    let (code, diag) = periksa(&bapas());
    let galat = temuan(&diag, "error");
    assert!(galat.is_empty(), "{galat:#?}");
    assert_eq!(code, Some(0));
    // Profile pemasyarakatan expects TARJA and quarterly monitoring; this
    // Bapas has neither: one warning each, nothing else.
    let peringatan = temuan(&diag, "warning");
    assert_eq!(peringatan.len(), 2, "{peringatan:#?}");
    assert!(
        peringatan.iter().all(|p| p.starts_with("LK912 ")),
        "{peringatan:#?}"
    );
    assert!(
        peringatan.iter().any(|p| p.contains("TARJA")),
        "{peringatan:#?}"
    );
    assert!(
        peringatan
            .iter()
            .any(|p| p.to_lowercase().contains("triwulan")),
        "{peringatan:#?}"
    );
}

#[test]
fn bapas_tally_is_nine_achieved_one_missed() {
    let semua = halaman_bapas().join(" ");
    // sk2-ikk4: at most 5 incidents, 7 happened: (2 × 5 − 7) / 5 = 60 %.
    // Everything else is achieved, the zero target (sk2-ikk3) included.
    assert!(
        semua.contains(
            "Perjanjian Kinerja tahun 2024 memuat 10 Indikator Kinerja Kegiatan pada 3 Sasaran \
             Kegiatan. Dari jumlah tersebut, 9 indikator tercapai (capaian sekurang-kurangnya \
             100%) dan 1 indikator belum tercapai."
        ),
        "tally sentence not found"
    );
    // The met target of 0.
    assert!(semua.contains("Realisasi 0, sehingga capaian = 100%"));
    // Counted realisasi: 1.126 of 1.172 litmas on time.
    assert!(semua.contains("96,08%"));
    assert!(semua.contains(
        "Jumlah pelanggaran syarat oleh klien yang berujung pencabutan hak integrasi (target ≤ 5"
    ));
    assert!(semua.contains("capaian 60%)"));
}

#[test]
fn bapas_captions_show_only_2023_and_2024() {
    let tabel = keterangan_hanya_tahun(halaman_bapas(), &[2023, 2024]);
    assert!(
        tabel.contains(&"Tabel 3.1 Capaian Kinerja Bapas Kupang Tahun 2023–2024".to_string()),
        "{tabel:#?}"
    );
}

#[test]
fn bapas_prints_no_filler_and_no_absent_section() {
    let pages = halaman_bapas();
    let kecil = pages.join(" ").to_lowercase();
    // Present sections are there, under the unit's own supervising office
    // (the letterhead prints it in capitals).
    assert!(kecil.contains("e-performance"));
    assert!(kecil.contains("kantor wilayah nusa tenggara timur"));
    assert!(kecil.contains("lampiran 2. perjanjian kinerja tahun 2024"));
    tanpa_kata(pages, PENGISI);
    tanpa_kata(
        pages,
        &[
            "TARJA",
            "Target Kinerja (",
            // The TARJA table's caption (the words alone occur in the unit's prose).
            "Capaian Target Kinerja Tahun",
            "Perjanjian Kinerja per Triwulan",
            "hunian",
            "narapidana",
        ],
    );
}

// ------------------------------------------------------------ Karantina

#[test]
fn karantina_yaml_has_no_kemenkumham_word() {
    for entry in std::fs::read_dir(karantina()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
            for k in KOSAKATA_KEMENKUMHAM {
                assert!(
                    !text.contains(&k.to_lowercase()),
                    "{k:?} in {}",
                    path.display()
                );
            }
        }
    }
    assert!(!karantina().join("populasi.yaml").exists());
}

#[test]
fn karantina_check_has_no_errors_and_no_warnings() {
    let (code, diag) = periksa(&karantina());
    let galat = temuan(&diag, "error");
    assert!(galat.is_empty(), "{galat:#?}");
    // Profile umum never warns about Kemenkumham's application sections.
    let peringatan = temuan(&diag, "warning");
    assert!(peringatan.is_empty(), "{peringatan:#?}");
    assert_eq!(code, Some(0));
}

#[test]
fn karantina_tally_is_eleven_achieved_one_missed_one_not_computable() {
    let semua = halaman_karantina().join(" ");
    // Monthly tables add up: 14.862 quarantine actions, 12.427 certificates.
    assert!(semua.contains("Jumlah 14.862 14.766"));
    assert!(semua.contains("Jumlah 12.427 12.019"));
    // ss3-iku3 missed (118 of 150 people: 78,67 %); ss1-iku3 not computable
    // (monitoring cancelled); the other 11 achieved, ss4-iku2 inside its
    // range 93–100 % and ss2-iku4 "Ya".
    assert!(
        semua.contains(
            "Perjanjian Kinerja tahun 2020 memuat 13 Indikator Kinerja Utama pada 4 Sasaran \
             Strategis. Dari jumlah tersebut, 11 indikator tercapai (capaian sekurang-kurangnya \
             100%), 1 indikator belum tercapai dan 1 indikator tidak dapat dihitung (N/A)"
        ),
        "tally sentence not found"
    );
    assert!(semua.contains(
        "Jumlah pengguna jasa yang dibina melalui bimbingan teknis perkarantinaan (target 150 \
         Orang, realisasi 118 Orang, capaian 78,67%)"
    ));
    // Targets printed with their comparator.
    for t in ["≥ 95", "≤ 3", "≤ 2", "93–100"] {
        assert!(semua.contains(t), "{t} not printed");
    }
    assert!(semua.contains("IKU I.1"));
}

#[test]
fn karantina_captions_show_only_2020() {
    let tabel = keterangan_hanya_tahun(halaman_karantina(), &[2020]);
    assert!(
        tabel.contains(&"Tabel 3.1 Capaian Kinerja BKP Kupang Tahun 2020".to_string()),
        "{tabel:#?}"
    );
}

#[test]
fn karantina_prints_no_filler_and_no_kemenkumham_word() {
    let pages = halaman_karantina();
    let semua = pages.join(" ");
    assert!(semua.contains("Badan Karantina Pertanian"));
    assert!(semua.contains("Lampiran 2. Perjanjian Kinerja Tahun 2020"));
    tanpa_kata(pages, PENGISI);
    tanpa_kata(pages, KOSAKATA_KEMENKUMHAM);
    tanpa_kata(pages, &["per Triwulan"]);
    // The unit's own vocabulary replaces the Kemenkumham one.
    assert!(semua.contains("Indikator Kinerja Utama"));
}

#[test]
fn karantina_export_keeps_each_target_kind() {
    let tmp = tempfile::tempdir().unwrap();
    let json = tmp.path().join("ekspor.json");
    let out = lkjip(&[
        OsStr::new("export"),
        karantina().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
        OsStr::new("-o"),
        json.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let e: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let mut jenis = std::collections::BTreeMap::new();
    for s in e["perjanjian_kinerja"]["sasaran"].as_array().unwrap() {
        for i in s["indikator"].as_array().unwrap() {
            jenis.insert(
                i["id"].as_str().unwrap().to_string(),
                (
                    i["jenis_target"].as_str().unwrap().to_string(),
                    i["target"].as_f64().unwrap(),
                    i["target_atas"].as_f64(),
                ),
            );
        }
    }
    // As written in pk.yaml: ≥ 95, ≤ 3 hari, ya, 93–100, and a plain 100.
    let harap = [
        ("ss1-iku1", "paling_sedikit", 95.0, None),
        ("ss2-iku3", "paling_banyak", 3.0, None),
        ("ss2-iku4", "ya_tidak", 1.0, None),
        ("ss4-iku2", "rentang", 93.0, Some(100.0)),
        ("ss1-iku2", "tepat", 100.0, None),
    ];
    for (id, j, t, atas) in harap {
        assert_eq!(jenis[id], (j.to_string(), t, atas), "{id}");
    }
}

#[test]
fn units_without_pictures_have_no_empty_list_of_pictures() {
    // Neither example has a picture; data/2023 has (its list stays).
    for pages in [halaman_bapas(), halaman_karantina()] {
        let semua = pages.join(" ");
        assert!(!semua.contains("DAFTAR GAMBAR"));
        assert!(semua.contains("DAFTAR TABEL"));
        assert!(semua.contains("DAFTAR GRAFIK"));
    }
}
