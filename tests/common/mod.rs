//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod mutasi;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The shipped data folder.
pub fn data_2023() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023")
}

/// Copies a data folder (files with an extension other than `.pdf`, and
/// sub-folders such as `gambar`) from `from` to `to`.
pub fn salin_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            salin_folder(&path, &target);
        } else if path.extension().is_some_and(|e| e != "pdf") {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A scratch copy of data/2023 (files and the `gambar` folder).
pub fn salinan() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("2023");
    salin_folder(&data_2023(), &dir);
    (tmp, dir)
}

/// Replaces the first `from` in `file` by `to`; returns the 1-based line of the change.
pub fn ubah(dir: &Path, file: &str, from: &str, to: &str) -> usize {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text
        .find(from)
        .unwrap_or_else(|| panic!("{from:?} not in {file}"));
    std::fs::write(
        &path,
        format!("{}{}{}", &text[..at], to, &text[at + from.len()..]),
    )
    .unwrap();
    text[..at].matches('\n').count() + 1
}

/// Runs the `lkjip` binary.
pub fn lkjip(args: &[&std::ffi::OsStr]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    out
}

/// The diagnostics of `lkjip check DIR --format json`.
pub fn diagnostik_json(dir: &Path) -> Vec<serde_json::Value> {
    let out = lkjip(&[
        "check".as_ref(),
        dir.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The text of a PDF, page by page, whitespace collapsed to single spaces.
pub fn teks_pdf(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .unwrap()
        .into_iter()
        .map(|p| rapat(&p))
        .collect()
}

/// Whitespace collapsed to single spaces.
pub fn rapat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `lkjip build DIR -o PDF ARGS…`, asserting nothing.
pub fn build(dir: &Path, pdf: &Path, args: &[&str]) -> Output {
    let mut all: Vec<&std::ffi::OsStr> = vec![
        "build".as_ref(),
        dir.as_os_str(),
        "-o".as_ref(),
        pdf.as_os_str(),
    ];
    all.extend(args.iter().map(|a| std::ffi::OsStr::new(*a)));
    lkjip(&all)
}

/// The pages of a built PDF, after asserting the build succeeded.
pub fn halaman(out: &Output, pdf: &Path) -> Vec<String> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    teks_pdf(&std::fs::read(pdf).unwrap())
}
