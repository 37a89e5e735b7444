//! The layers of the crate form a DAG: a top-level module refers only to
//! modules of lower layers (ARCHITECTURE.md). This test reads every
//! `src/**/*.rs`, collects the `crate::X` references of each top-level
//! module and fails on one that points up or sideways.
//!
//! Comments are skipped, and so is everything from a file's first
//! `#[cfg(test)]` on: a test may load a folder through any layer.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may refer to modules of lower
/// layers only; modules of one layer do not refer to each other.
const LAPISAN: &[&[&str]] = &[
    // The typed data of one folder.
    &["model"],
    // The one diagnostic type, its place (file, line, typed YAML path) and printers.
    &["diag"],
    // The one guarded writer: what lkjip may overwrite (any lkjip data
    // folder's files), atomic writes, guarded stdout, OS errors in Indonesian.
    &["berkas"],
    // File safety of the commands: output folders, `--emit-typst`.
    &["aman"],
    // Indonesian numbers, Rupiah, terbilang, dates.
    &["format"],
    // YAML → model, with positions.
    &["load"],
    // Every figure, from the model.
    &["calc"],
    // The compiled report the stages read.
    &["laporan"],
    // The stages.
    &["check", "render"],
    // The LKE self-assessment: reads the report and check's findings.
    &["lke"],
    &["rekap"],
    &["ekspor", "tahunan"],
    // The driver.
    &["susun"],
    // The command line.
    &["cmd"],
];

/// The layer of a top-level module.
fn lapisan(modul: &str) -> Option<usize> {
    LAPISAN.iter().position(|l| l.contains(&modul))
}

/// The top-level modules that `teks` refers to through `crate::`.
fn rujukan(teks: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for baris in teks.lines() {
        let baris = baris.trim_start();
        if baris.starts_with("#[cfg(test)]") {
            break;
        }
        if baris.starts_with("//") {
            continue;
        }
        let mut sisa = baris;
        while let Some(i) = sisa.find("crate::") {
            let sebelum = sisa[..i].chars().last();
            sisa = &sisa[i + "crate::".len()..];
            // `$crate::` in a macro names the crate root of the caller.
            if sebelum.is_some_and(|c| c == '$' || c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some(grup) = sisa.strip_prefix('{') {
                // `crate::{a, b::c, d::{e, f}}`: the names at depth 0.
                let mut kedalaman = 0;
                let mut nama = String::new();
                let mut awal = true;
                for c in grup.chars() {
                    match c {
                        '{' => kedalaman += 1,
                        '}' if kedalaman == 0 => break,
                        '}' => kedalaman -= 1,
                        ',' if kedalaman == 0 => {
                            awal = true;
                            if !nama.is_empty() {
                                out.insert(std::mem::take(&mut nama));
                            }
                            continue;
                        }
                        _ => {}
                    }
                    if awal && (c.is_alphanumeric() || c == '_') {
                        nama.push(c);
                    } else if !c.is_whitespace() || !nama.is_empty() {
                        awal = false;
                    }
                }
                if !nama.is_empty() {
                    out.insert(nama);
                }
            } else {
                let nama: String = sisa
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !nama.is_empty() {
                    out.insert(nama);
                }
            }
        }
    }
    out
}

/// Every `.rs` file below `dir`.
fn berkas_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            berkas_rs(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The violations among `(module, file, text)`: `file: module → target`.
fn pelanggaran<'a>(berkas: impl IntoIterator<Item = (String, String, &'a str)>) -> Vec<String> {
    let mut salah = Vec::new();
    for (modul, nama, teks) in berkas {
        let Some(di) = lapisan(&modul) else {
            salah.push(format!("{nama}: modul `{modul}` tidak ada dalam LAPISAN"));
            continue;
        };
        for r in rujukan(teks) {
            if r == modul {
                continue;
            }
            match lapisan(&r) {
                Some(ke) if ke < di => {}
                // The report re-exported at the crate root is judged by
                // where it lives.
                None if r == "Laporan" && di > lapisan("laporan").unwrap() => {}
                // So is the `jalur!` macro, exported at the root from `diag`.
                None if r == "jalur" && di > lapisan("diag").unwrap() => {}
                Some(_) | None => salah.push(format!("{nama}: `{modul}` merujuk `crate::{r}`")),
            }
        }
    }
    salah
}

#[test]
fn no_module_refers_to_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    berkas_rs(&src, &mut files);
    files.sort();
    let teks: Vec<(String, String, String)> = files
        .iter()
        .filter_map(|p| {
            let rel = p.strip_prefix(&src).unwrap();
            let pertama = rel.components().next()?.as_os_str().to_str()?.to_string();
            let modul = pertama.trim_end_matches(".rs").to_string();
            // The crate root and the binary sit above every layer.
            if modul == "lib" || modul == "main" {
                return None;
            }
            Some((
                modul,
                rel.display().to_string(),
                std::fs::read_to_string(p).unwrap(),
            ))
        })
        .collect();
    assert!(teks.len() > 80, "{} files", teks.len());
    let salah = pelanggaran(
        teks.iter()
            .map(|(m, n, t)| (m.clone(), n.clone(), t.as_str())),
    );
    assert!(
        salah.is_empty(),
        "rujukan ke lapisan atas:\n{}",
        salah.join("\n")
    );
}

#[test]
fn an_upward_reference_is_found() {
    let salah = pelanggaran([
        (
            "render".to_string(),
            "render/x.rs".to_string(),
            "use crate::model::Gambar;\nuse crate::susun::Laporan;\n",
        ),
        (
            "check".to_string(),
            "check/x.rs".to_string(),
            "use crate::{calc, render::view};\n// crate::cmd in a comment\nfn f() { crate::cmd::aman::keluar(\"\") }\n#[cfg(test)]\nuse crate::susun;\n",
        ),
        (
            "laporan".to_string(),
            "laporan/x.rs".to_string(),
            "let l = crate::Laporan::muat(p);",
        ),
        ("baru".to_string(), "baru.rs".to_string(), ""),
    ]);
    assert_eq!(
        salah,
        [
            "render/x.rs: `render` merujuk `crate::susun`",
            "check/x.rs: `check` merujuk `crate::cmd`",
            "check/x.rs: `check` merujuk `crate::render`",
            "laporan/x.rs: `laporan` merujuk `crate::Laporan`",
            "baru.rs: modul `baru` tidak ada dalam LAPISAN",
        ]
    );
}
