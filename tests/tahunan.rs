//! The yearly routine: `init`, `new-year`, comparisons with earlier
//! folders, the JSON Schema, completions.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::{build, data_2023, halaman, lkjip, rapat, teks_pdf};

/// Copies data/2023 to `dir/2023`.
fn salin_2023(dir: &Path) {
    common::salin_folder(&data_2023(), &dir.join("2023"));
}

/// `lkjip init DIR --unit UNIT --year 2025`.
fn init(dir: &Path, unit: &str) -> std::process::Output {
    lkjip(&[
        OsStr::new("init"),
        dir.as_os_str(),
        OsStr::new("--unit"),
        OsStr::new(unit),
        OsStr::new("--year"),
        OsStr::new("2025"),
    ])
}

fn isi_realisasi(dir: &Path, id: &str, nilai: &str) {
    let path = dir.join("capaian.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let key = format!("\n  {id}:\n");
    assert!(text.contains(&key), "{id} tidak ada");
    std::fs::write(
        &path,
        text.replacen(
            &key,
            &format!("{key}    realisasi:\n      langsung: {nilai}\n"),
            1,
        ),
    )
    .unwrap();
}

#[test]
fn new_year_then_draft_with_history_from_earlier_folders() {
    let tmp = tempfile::tempdir().unwrap();
    salin_2023(tmp.path());
    let (y23, y24) = (tmp.path().join("2023"), tmp.path().join("2024"));
    let out = lkjip(&[OsStr::new("new-year"), y23.as_os_str(), y24.as_os_str()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("[ ] capaian.yaml: realisasi 28 indikator"),
        "{stdout}"
    );
    // Never overwritten without --force.
    let again = lkjip(&[OsStr::new("new-year"), y23.as_os_str(), y24.as_os_str()]);
    assert_eq!(again.status.code(), Some(1));
    // Every file lkjip writes points at its schema.
    for f in lkjip::model::BERKAS {
        // An optional file the folder does not have is not written.
        if !y24.join(f).exists() && lkjip::model::berkas(f).unwrap().opsional {
            continue;
        }
        let text = std::fs::read_to_string(y24.join(f)).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=.schema/"),
            "{f}"
        );
    }

    // The new year's targets come from the Renstra (food: 71 % in 2024).
    let d24 = lkjip::load::muat(&y24).unwrap().data;
    let food = d24.indikator().find(|(_, i)| i.id == "sk1-ikk1").unwrap().1;
    assert_eq!(food.target.nilai(), Some("71".parse().unwrap()));
    assert!(
        d24.capaian
            .indikator
            .values()
            .all(|c| c.realisasi.is_none())
    );

    // The 2023 folder, changed after new-year: one food step not done.
    let p = y23.join("capaian.yaml");
    let text = std::fs::read_to_string(&p).unwrap();
    let from = "label: [Pencatatan dan Pelaporan, Petugas]\n            nilai: [\"√\", \"-\"]";
    assert!(text.contains(from));
    let text = text.replacen(
        from,
        "label: [Pencatatan dan Pelaporan, Petugas]\n            nilai: [\"-\", \"√\"]",
        1,
    );
    std::fs::write(&p, text).unwrap();

    isi_realisasi(&y24, "sk1-ikk1", "90");
    isi_realisasi(&y24, "sk2-ikk3", "95");
    // check sees that the history declared in 2024 disagrees with the 2023 folder.
    let check = lkjip(&[
        OsStr::new("check"),
        y24.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    let diag: Vec<serde_json::Value> = serde_json::from_slice(&check.stdout).unwrap();
    assert!(
        diag.iter().any(|d| d["code"] == "LK205"
            && d["path"] == "indikator.sk1-ikk1.riwayat.2023.realisasi"
            && d["expected"] == "83,33"
            && d["found"] == "100"),
        "{diag:#?}"
    );

    let pdf_path = tmp.path().join("2024.pdf");
    let out = build(&y24, &pdf_path, &["--draft"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = teks_pdf(&std::fs::read(&pdf_path).unwrap()).join(" ");
    // Three-year table: 2024 from the new data; 2023 from the 2023 folder
    // (83,33 ÷ 80 → 104,16 %, not the 125 % new-year had copied); 2022 from
    // the history the 2023 folder declares (100 ÷ 75 → 133,33 %); 2021 is
    // in the history new-year carried over (140 %), so it has a column too.
    let row = rapat("sesuai dengan standar 71% 90% 126,76% 104,16% 133,33% 140%");
    assert!(text.contains(&row), "baris tiga tahun tidak ada");
    assert!(text.contains("Capaian Kinerja Lapas Atambua Tahun 2021–2024"));
    // The second filled value against its Renstra 2024 target: 95 ÷ 80.
    assert!(text.contains(
        "Dengan target 80%, realisasi tahun 2024 sebesar 95% menghasilkan capaian 118,75%"
    ));
}

#[test]
fn init_check_draft() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("2025");
    let out = init(&dir, "Rutan Kelas IIB Contoh");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = lkjip(&[
        OsStr::new("check"),
        dir.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    assert_eq!(check.status.code(), Some(0));
    let diag: Vec<serde_json::Value> = serde_json::from_slice(&check.stdout).unwrap();
    assert!(diag.iter().all(|d| d["severity"] == "warning"));
    for code in ["LK901", "LK902", "LK903"] {
        assert!(diag.iter().any(|d| d["code"] == code), "{code} tidak ada");
    }
    let pdf = tmp.path().join("draf.pdf");
    let out = build(&dir, &pdf, &["--draft"]);
    let pages = halaman(&out, &pdf);
    assert!(pages.len() > 10 && pages.iter().all(|p| p.contains("DRAF")));
    assert!(pages.join(" ").contains("RUTAN KELAS IIB CONTOH"));
}

/// A YAML file as JSON (integer keys become strings, as editors see them).
fn ke_json(v: serde_yaml::Value) -> serde_json::Value {
    match v {
        serde_yaml::Value::Mapping(m) => serde_json::Value::Object(
            m.into_iter()
                .map(|(k, v)| {
                    let key = match k {
                        serde_yaml::Value::String(s) => s,
                        other => serde_yaml::to_string(&other).unwrap().trim().to_string(),
                    };
                    (key, ke_json(v))
                })
                .collect(),
        ),
        serde_yaml::Value::Sequence(s) => {
            serde_json::Value::Array(s.into_iter().map(ke_json).collect())
        }
        other => serde_json::to_value(other).unwrap(),
    }
}

#[test]
fn data_2023_validates_against_the_schema() {
    for f in lkjip::model::BERKAS {
        let schema = lkjip::model::skema::skema(f).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        // data/2023 has no lke.yaml (no evidence recorded); its schema is still written.
        let text = std::fs::read_to_string(data_2023().join(f)).unwrap_or_else(|_| "{}".into());
        let instance = ke_json(serde_yaml::from_str(&text).unwrap());
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{f}: {errors:#?}");
        // The schema the editor reads is the one lkjip prints.
        let written: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(
                data_2023()
                    .join(".schema")
                    .join(lkjip::model::skema::nama_skema(f)),
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(
            written, schema,
            "{f}: data/2023/.schema is stale; run lkjip schema --folder data/2023"
        );
    }
    // A misspelt field fails.
    let schema = lkjip::model::skema::skema("populasi.yaml").unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let bad = ke_json(serde_yaml::from_str("kapasitass: 140\ntahun: {}\n").unwrap());
    assert!(!validator.is_valid(&bad));
    let good = ke_json(
        serde_yaml::from_str("kapasitas: 140\ntahun: {2023: {narapidana: 1, tahanan: 2}}\n")
            .unwrap(),
    );
    assert!(validator.is_valid(&good));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = lkjip(&[OsStr::new("completions"), OsStr::new(shell)]);
        assert_eq!(out.status.code(), Some(0));
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(
            script.contains("new-year") && script.contains("lkjip"),
            "{shell}"
        );
    }
}

/// `new-year` from `asal` (copied into a scratch folder): the new folder and
/// its `check --format json` diagnostics.
fn tahun_baru_dari(
    asal: &Path,
) -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Vec<serde_json::Value>,
) {
    let tmp = tempfile::tempdir().unwrap();
    let (lama, baru) = (tmp.path().join("lama"), tmp.path().join("baru"));
    common::salin_folder(asal, &lama);
    let out = lkjip(&[OsStr::new("new-year"), lama.as_os_str(), baru.as_os_str()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let diag = common::diagnostik_json(&baru);
    (tmp, baru, diag)
}

fn galat(diag: &[serde_json::Value]) -> Vec<&serde_json::Value> {
    diag.iter().filter(|d| d["severity"] == "error").collect()
}

#[test]
fn new_year_from_data_2023_checks_without_errors_and_keeps_measured_years() {
    let (_tmp, baru, diag) = tahun_baru_dari(&data_2023());
    assert!(galat(&diag).is_empty(), "{:#?}", galat(&diag));
    // What must still be filled is a warning.
    assert!(diag.iter().any(|d| d["code"] == "LK902"));
    // The gangguan kamtib table moves on a year: 2022 and 2023 keep their
    // figures (they are history), 2024 is empty; the fixed totals follow.
    let d = lkjip::load::muat(&baru).unwrap().data;
    let t = &d.capaian.indikator["sk3-ikk2"].tabel[0];
    assert_eq!(t.kolom, ["2022", "2023", "2024"]);
    let lama = lkjip::load::muat(&data_2023()).unwrap().data;
    let t0 = &lama.capaian.indikator["sk3-ikk2"].tabel[0];
    for (b, b0) in t.baris.iter().zip(&t0.baris) {
        assert_eq!(b.nilai[..2], b0.nilai[1..], "{:?}", b.label);
        assert_eq!(b.nilai[2], lkjip::model::tabel::Sel::Teks(String::new()));
    }
    let p = &d.capaian.indikator["sk2-ikk1"].tabel[0];
    let p0 = &lama.capaian.indikator["sk2-ikk1"].tabel[0];
    assert_eq!(p.jumlah_tetap[..2], p0.jumlah_tetap[1..]);
    // A table without a column for the closing year is emptied.
    let kosong = d
        .capaian
        .indikator
        .values()
        .flat_map(|c| &c.tabel)
        .find(|t| !t.kolom.iter().any(|k| k.trim().parse::<i32>().is_ok()))
        .expect("a table whose columns are not years");
    assert!(
        kosong
            .baris
            .iter()
            .all(|b| b.nilai.iter().all(|s| s.angka().is_none()))
    );
}

#[test]
fn new_year_from_each_clean_example_checks_without_errors() {
    for contoh in [
        "examples/bapas-kupang/2024",
        "examples/karantina-kupang/2020",
        "examples/bpmb-sumba-timur/2022",
    ] {
        let asal = Path::new(env!("CARGO_MANIFEST_DIR")).join(contoh);
        assert!(
            galat(&common::diagnostik_json(&asal)).is_empty(),
            "{contoh} checks clean"
        );
        let (_tmp, _baru, diag) = tahun_baru_dari(&asal);
        assert!(galat(&diag).is_empty(), "{contoh}: {:#?}", galat(&diag));
    }
}

#[test]
fn new_year_from_an_older_format_writes_todays() {
    let asal = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kompat/format-1");
    let (_tmp, baru, diag) = tahun_baru_dari(&asal);
    assert!(!diag.iter().any(|d| d["code"] == "LK002"), "{diag:?}");
    let unit = std::fs::read_to_string(baru.join("unit.yaml")).unwrap();
    assert!(unit.contains("\ninstansi_atasan: Kantor Wilayah Nusa Tenggara Timur\n"));
    assert!(!unit.contains("kantor_wilayah"));
    let laporan = std::fs::read_to_string(baru.join("laporan.yaml")).unwrap();
    assert!(laporan.contains("\nformat: 2\n"), "{laporan}");
}

#[test]
fn a_fresh_skeleton_is_no_final_report_but_builds_as_a_stamped_draft() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("2025");
    let out = init(&dir, "Lapas Contoh");
    assert_eq!(out.status.code(), Some(0));
    let pdf = tmp.path().join("final.pdf");
    let out = build(&dir, &pdf, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!pdf.exists(), "no final PDF of a skeleton");
    let err = String::from_utf8_lossy(&out.stderr);
    // One located error per unfilled place: each [ISI] line, each empty realisasi.
    let isi = err.matches("galat[LK901]").count();
    let realisasi = err.matches("galat[LK902]").count();
    let penanda: usize = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with('#') && l.contains("[ISI]"))
                .count()
        })
        .sum();
    assert!(penanda > 50, "{penanda}");
    assert_eq!(isi, penanda, "{err}");
    assert_eq!(realisasi, 2, "{err}");
    assert!(
        err.contains("  --> ") && err.contains("unit.yaml:"),
        "{err}"
    );
    assert!(err.contains(&format!(
        "PDF tidak disusun karena ada {} kesalahan",
        isi + realisasi
    )));
    // check agrees as a draft (warnings) and with --final (errors, exit 1).
    let check = lkjip(&[OsStr::new("check"), dir.as_os_str()]);
    assert_eq!(check.status.code(), Some(0));
    let json = lkjip(&[
        OsStr::new("check"),
        dir.as_os_str(),
        OsStr::new("--final"),
        OsStr::new("--format"),
        OsStr::new("json"),
    ]);
    assert_eq!(json.status.code(), Some(1));
    let diag: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    let galat: Vec<_> = diag.iter().filter(|d| d["severity"] == "error").collect();
    assert_eq!(galat.len(), isi + realisasi);
    assert!(
        galat
            .iter()
            .all(|d| d["code"] == "LK901" || d["code"] == "LK902")
    );
    assert!(galat.iter().all(|d| d["line"].as_u64().is_some()));
    // A finished report passes --final.
    let selesai = lkjip(&[
        OsStr::new("check"),
        data_2023().as_os_str(),
        OsStr::new("--final"),
    ]);
    assert_eq!(selesai.status.code(), Some(0));
    // --draft writes the draft, stamped on every page.
    let draf = tmp.path().join("draf.pdf");
    let pages = halaman(&build(&dir, &draf, &["--draft"]), &draf);
    assert!(
        pages.iter().all(|p| p.contains("DRAF")),
        "{:?}",
        &pages[..1]
    );
}
