//! What the benchmarks share: their command line and the lkjip binary.
// Each benchmark uses only part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `[FOLDER] [N]` from the command line: the data folder (default
/// data/2023) and a repeat count (default `n_bawaan`, at least 1).
pub fn folder_dan_kali(n_bawaan: usize) -> (PathBuf, usize) {
    let mut args = std::env::args().skip(1);
    let folder = PathBuf::from(args.next().unwrap_or_else(|| "data/2023".into()));
    let n: usize = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(n_bawaan)
        .max(1);
    (folder, n)
}

/// target/release/lkjip, beside the examples directory this benchmark
/// runs from.
pub fn program_lkjip() -> PathBuf {
    std::env::current_exe()
        .unwrap()
        .parent()
        .and_then(Path::parent)
        .map(|p| p.join("lkjip"))
        .filter(|p| p.is_file())
        .expect("target/release/lkjip: run `cargo build --release` first")
}

/// The median of `v` (the upper one of an even count). Panics on an empty
/// list: a benchmark with no measurement has nothing to print.
pub fn median<T: PartialOrd + Copy>(mut v: Vec<T>) -> T {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    v[v.len() / 2]
}
