//! Year after year: folders of earlier data formats keep loading, and
//! `lkjip migrate` brings them to today's format without changing a figure.

mod common;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::Path;

use common::{diagnostik_json, lkjip, salinan, ubah};

/// Every file of `dir` (recursively) by relative path.
fn isi(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn jalan(akar: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                jalan(akar, &p, out);
            } else {
                let rel = p.strip_prefix(akar).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    jalan(dir, dir, &mut out);
    out
}

/// `lkjip check DIR`'s summary (stdout) and exit code.
fn ringkasan(dir: &Path) -> (String, Option<i32>) {
    let out = lkjip(&[OsStr::new("check"), dir.as_os_str()]);
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

/// The findings of `check --format json` without LK002, as (code, file, line, column, path).
fn temuan_lain(dir: &Path) -> Vec<(String, String, i64, i64, String)> {
    diagnostik_json(dir)
        .iter()
        .filter(|d| d["code"] != "LK002")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_i64().unwrap_or(0),
                d["column"].as_i64().unwrap_or(0),
                d["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn migrate(dir: &Path, dry: bool) -> String {
    let mut args = vec![OsStr::new("migrate"), dir.as_os_str()];
    if dry {
        args.push(OsStr::new("--dry-run"));
    }
    let out = lkjip(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Loads, migrates (dry run first, then twice for real) and checks that
/// nothing but the old keys changed and that every figure and finding stays.
fn migrasi_utuh(dir: &Path) -> String {
    let sebelum = isi(dir);
    let (ringkas, kode) = ringkasan(dir);
    assert_ne!(kode, Some(2), "{} must load: {ringkas}", dir.display());
    let lain = temuan_lain(dir);
    let data = lkjip::load::muat(dir).unwrap().data;

    let diff = migrate(dir, true);
    assert_eq!(isi(dir), sebelum, "--dry-run writes nothing");
    let ditulis = migrate(dir, false);
    let sesudah = isi(dir);
    assert_eq!(
        sesudah.keys().collect::<Vec<_>>(),
        sebelum.keys().collect::<Vec<_>>()
    );
    assert!(
        !sesudah.keys().any(|k| k.contains(".tmp")),
        "no temporary file is left"
    );
    // The same figures and findings, now without old spellings.
    assert_eq!(ringkasan(dir).0, ringkas);
    assert_eq!(temuan_lain(dir), lain);
    assert!(!diagnostik_json(dir).iter().any(|d| d["code"] == "LK002"));
    let mut baru = lkjip::load::muat(dir).unwrap();
    assert!(baru.ejaan_lama.is_empty());
    baru.data.laporan.format = data.laporan.format;
    assert_eq!(baru.data, data);
    // Only the renamed keys' lines differ; a second run changes nothing.
    for (f, a) in &sebelum {
        let (a, b) = (
            String::from_utf8_lossy(a),
            String::from_utf8_lossy(&sesudah[f]),
        );
        assert_eq!(a.lines().count(), b.lines().count(), "{f}");
        for (x, y) in a.lines().zip(b.lines()) {
            if x != y {
                assert!(
                    x.contains("kantor_wilayah")
                        && y == x.replace("kantor_wilayah", "instansi_atasan")
                        || x.starts_with("format:"),
                    "{f}: {x:?} -> {y:?}"
                );
            }
        }
    }
    assert!(migrate(dir, false).contains("tidak ada yang diubah"));
    assert_eq!(isi(dir), sesudah);
    format!("{diff}\n{ditulis}")
}

#[test]
fn kantor_wilayah_loads_with_a_warning_and_migrate_keeps_comments() {
    let (_tmp, dir) = salinan();
    let baris = ubah(
        &dir,
        "unit.yaml",
        "instansi_atasan: Kantor Wilayah Nusa Tenggara Timur",
        "# atasan langsung kami\n'kantor_wilayah':   Kantor Wilayah Nusa Tenggara Timur # dari SK\n",
    ) + 1;
    let diag = diagnostik_json(&dir);
    let w: Vec<_> = diag.iter().filter(|d| d["code"] == "LK002").collect();
    assert_eq!(w.len(), 1, "{diag:?}");
    assert_eq!(w[0]["severity"], "warning");
    assert_eq!(
        (w[0]["line"].as_u64(), w[0]["column"].as_u64()),
        (Some(baris as u64), Some(2))
    );
    let pesan = w[0]["message"].as_str().unwrap();
    assert!(
        pesan.contains("`instansi_atasan`") && pesan.contains("lkjip migrate"),
        "{pesan}"
    );
    // The old spelling is a warning only.
    let out = lkjip(&[OsStr::new("check"), dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(0));

    let keluaran = migrasi_utuh(&dir);
    assert!(
        keluaran.contains("-'kantor_wilayah':   Kantor"),
        "{keluaran}"
    );
    assert!(
        keluaran.contains("+'instansi_atasan':   Kantor"),
        "{keluaran}"
    );
    assert!(
        keluaran.contains(&format!(
            "unit.yaml:{baris}:1: `kantor_wilayah` → `instansi_atasan`"
        )),
        "{keluaran}"
    );
    let unit = std::fs::read_to_string(dir.join("unit.yaml")).unwrap();
    assert!(unit.contains(
        "# atasan langsung kami\n'instansi_atasan':   Kantor Wilayah Nusa Tenggara Timur # dari SK\n"
    ));
}

#[test]
fn declared_format_newer_than_lkjip_is_a_located_error_and_older_is_updated() {
    let (_tmp, dir) = salinan();
    let laporan = dir.join("laporan.yaml");
    let teks = std::fs::read_to_string(&laporan).unwrap();
    std::fs::write(&laporan, format!("format: 3\n{teks}")).unwrap();
    let out = lkjip(&[OsStr::new("check"), dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("laporan.yaml:1:9: folder ini ditulis untuk format data 3, sedangkan lkjip ini membaca format data sampai 2"),
        "{err}"
    );
    std::fs::write(&laporan, format!("format: 1  # tahun lalu\n{teks}")).unwrap();
    let keluaran = migrasi_utuh(&dir);
    assert!(
        keluaran.contains("laporan.yaml:1:9: `format: 1` → `format: 2`"),
        "{keluaran}"
    );
    assert!(
        std::fs::read_to_string(&laporan)
            .unwrap()
            .starts_with("format: 2  # tahun lalu\n")
    );
}

#[test]
fn version_names_the_data_format() {
    let out = lkjip(&[OsStr::new("--version")]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "lkjip 0.1.0 (format data 2)\n"
    );
}

#[test]
fn every_earlier_format_in_the_corpus_loads_and_migrates_with_the_same_figures() {
    let akar = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kompat");
    let mut format: Vec<u32> = Vec::new();
    for e in std::fs::read_dir(&akar).unwrap() {
        let asal = e.unwrap().path();
        let Some(n) = asal
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix("format-"))
        else {
            continue;
        };
        let n: u32 = n.parse().unwrap();
        assert!(n < lkjip::load::versi::FORMAT, "{n}: only earlier formats");
        format.push(n);
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("folder");
        common::salin_folder(&asal, &dir);
        let lama = diagnostik_json(&dir);
        assert!(lama.iter().all(|d| d["code"] != "LK000"), "{n}: {lama:?}");
        assert!(
            lama.iter().any(|d| d["code"] == "LK002"),
            "format {n} has an old spelling"
        );
        let keluaran = migrasi_utuh(&dir);
        assert!(
            keluaran.contains("`kantor_wilayah` → `instansi_atasan`"),
            "{keluaran}"
        );
    }
    format.sort();
    // One snapshot per earlier format.
    assert_eq!(format, (1..lkjip::load::versi::FORMAT).collect::<Vec<_>>());
}
