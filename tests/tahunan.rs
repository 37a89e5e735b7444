//! The yearly routine: `init`, `new-year`, comparisons with earlier
//! folders, the JSON Schema, completions.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::{build, data_2023, halaman, lkjip, rapat, teks_pdf};

/// Copies data/2023 to `dir/2023`.
fn salin_2023(dir: &Path) {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let p = e.unwrap().path();
            let t = to.join(p.file_name().unwrap());
            if p.is_dir() {
                copy(&p, &t);
            } else if p.extension().is_some_and(|x| x != "pdf") {
                std::fs::copy(&p, &t).unwrap();
            }
        }
    }
    copy(&data_2023(), &dir.join("2023"));
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
    assert_eq!(food.target.nilai(), "71".parse().unwrap());
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
    let out = lkjip(&[
        OsStr::new("init"),
        dir.as_os_str(),
        OsStr::new("--unit"),
        OsStr::new("Rutan Kelas IIB Contoh"),
        OsStr::new("--year"),
        OsStr::new("2025"),
    ]);
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
