//! A stable-Rust fuzzer for the YAML loader, the checks and the number
//! parser, seeded from data/2023: each execution mutates one or two of its
//! files (raw bytes, lines and YAML syntax, or parsed values: numbers at
//! the limits, hostile text, deep nesting), then runs load → check in
//! process. A panic, an unlocated problem or a loader that runs away is a
//! finding; its input is saved under `target/fuzz-temuan/` and the run
//! exits 1.
//!
//! ```sh
//! cargo run --release --example fuzz_muat -- [SECONDS] [SEED] [FOLDER]
//! ```

#[path = "../tests/common/mutasi.rs"]
mod mutasi;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use mutasi::{Acak, jalankan, mutasi_nilai, mutasi_teks};

fn salin(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() {
            salin(&p, &t);
        } else if p.extension().is_some_and(|x| x != "pdf") {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let detik: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let benih: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // The seed folder: data/2023, or another (an example unit with target
    // kinds, open units and optional files left out).
    let asal = args
        .next()
        .map_or_else(|| root.join("data/2023"), PathBuf::from);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(asal.file_name().unwrap_or("2023".as_ref()));
    salin(&asal, &dir);
    let temuan_dir = root.join("target/fuzz-temuan");
    // The files the seed has (optional ones may be absent).
    let asli: Vec<(String, Vec<u8>)> = lkjip::model::BERKAS
        .iter()
        .filter_map(|b| Some((b.to_string(), std::fs::read(dir.join(b)).ok()?)))
        .collect();
    // Panics are caught and counted; keep their messages short.
    std::panic::set_hook(Box::new(|_| {}));
    let mut r = Acak(benih);
    let batas = Duration::from_secs(detik);
    let mulai = Instant::now();
    let (mut exec, mut angka_exec, mut temuan) = (0u64, 0u64, 0u64);
    let mut hitung = [0u64; 3];
    let mut terlama = Duration::ZERO;
    while mulai.elapsed() < batas {
        // The number parser, many times per folder execution.
        for _ in 0..50 {
            let t: String = mutasi::teks_acak(&mut r);
            let t = if r.sekali(2) {
                mutasi::ANGKA_BATAS[r.di_bawah(mutasi::ANGKA_BATAS.len())].to_string()
                    + &t.chars().take(3).collect::<String>()
            } else {
                t
            };
            let hasil = std::panic::catch_unwind(|| {
                for v in [
                    lkjip::model::num::parse_angka(&t),
                    lkjip::model::num::parse_rupiah(&t),
                ]
                .into_iter()
                .flatten()
                {
                    assert!(v.abs() <= lkjip::model::num::BATAS_ANGKA);
                }
            });
            angka_exec += 1;
            if hasil.is_err() {
                temuan += 1;
                eprintln!("TEMUAN angka: {t:?}");
            }
        }
        let mut diubah = Vec::new();
        for _ in 0..1 + r.di_bawah(2) {
            let (nama, isi) = r.pilih(&asli).clone();
            let baru = if r.sekali(2) {
                mutasi_teks(&mut r, &isi)
            } else {
                let mut doc: serde_yaml::Value = serde_yaml::from_slice(&isi).unwrap();
                for _ in 0..1 + r.di_bawah(4) {
                    mutasi_nilai(&mut r, &mut doc);
                }
                serde_yaml::to_string(&doc).unwrap().into_bytes()
            };
            std::fs::write(dir.join(&nama), &baru).unwrap();
            diubah.push((nama, baru));
        }
        let t0 = Instant::now();
        let hasil = jalankan(&dir, false);
        let lama = t0.elapsed();
        terlama = terlama.max(lama);
        exec += 1;
        let masalah = match hasil {
            Ok(h) => {
                hitung[h as usize] += 1;
                (lama > Duration::from_secs(2)).then(|| format!("lambat: {lama:?}"))
            }
            Err(e) => Some(e),
        };
        if let Some(m) = masalah {
            temuan += 1;
            let d = temuan_dir.join(format!("{benih}-{exec}"));
            std::fs::create_dir_all(&d).unwrap();
            for (n, b) in &diubah {
                std::fs::write(d.join(n), b).unwrap();
            }
            std::fs::write(d.join("TEMUAN.txt"), &m).unwrap();
            eprintln!("TEMUAN {}: {}", d.display(), m.lines().next().unwrap_or(""));
        }
        for (n, _) in &diubah {
            let (_, isi) = asli.iter().find(|(b, _)| b == n).unwrap();
            std::fs::write(dir.join(n), isi).unwrap();
        }
    }
    println!(
        "fuzz_muat: {exec} eksekusi folder ({} baik, {} ada galat, {} tidak dimuat), {angka_exec} eksekusi pengurai angka, {temuan} temuan, {:.0} s, terlama {terlama:?}, benih {benih}",
        hitung[0],
        hitung[1],
        hitung[2],
        mulai.elapsed().as_secs_f64()
    );
    // A finding fails the run (`.ci/run` runs the fuzzer for 60 s).
    if temuan > 0 {
        eprintln!("fuzz_muat: {temuan} temuan di {}", temuan_dir.display());
        std::process::exit(1);
    }
}
