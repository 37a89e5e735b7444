//! Property suite: generated data folders — numbers at the type limits,
//! hostile strings in text fields, deep nesting, removed and renamed keys —
//! go through load → check (→ render), which must never panic, must end in
//! exit 0, 1 or 2, and must locate every problem at file:line:column.
//!
//! Bounded for CI. Run longer with, e.g.:
//!
//! ```sh
//! LKJIP_KASUS=5000 LKJIP_KASUS_PDF=20 LKJIP_BENIH=7 \
//!     cargo test --release --test sifat -- --nocapture
//! ```

mod common;

use common::mutasi::{Acak, Hasil, jalankan, mutasi_nilai};
use common::salinan;

fn env(nama: &str, bawaan: u64) -> u64 {
    std::env::var(nama)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(bawaan)
}

#[test]
fn generated_folders_never_panic_and_are_located() {
    let kasus = env("LKJIP_KASUS", 200);
    let kasus_pdf = env("LKJIP_KASUS_PDF", 3);
    let benih = env("LKJIP_BENIH", 2023);
    let (_tmp, dir) = salinan();
    let asli: Vec<(String, String)> = lkjip::model::BERKAS
        .iter()
        // The files data/2023 has (not the optional lke.yaml).
        .filter_map(|b| Some((b.to_string(), std::fs::read_to_string(dir.join(b)).ok()?)))
        .collect();
    assert_eq!(asli.len(), lkjip::model::BERKAS.len() - 1);
    let mut r = Acak(benih);
    let mut hitung = [0u64; 3];
    let mut pdf = 0;
    for i in 0..kasus {
        // 1–4 mutations in 1–2 files.
        let mut diubah = Vec::new();
        for _ in 0..1 + r.di_bawah(2) {
            let (nama, teks) = r.pilih(&asli).clone();
            let mut doc: serde_yaml::Value = serde_yaml::from_str(&teks).unwrap();
            for _ in 0..1 + r.di_bawah(4) {
                mutasi_nilai(&mut r, &mut doc);
            }
            std::fs::write(dir.join(&nama), serde_yaml::to_string(&doc).unwrap()).unwrap();
            diubah.push(nama);
        }
        let render = pdf < kasus_pdf;
        let hasil = jalankan(&dir, render).unwrap_or_else(|e| {
            let isi: Vec<String> = diubah
                .iter()
                .map(|n| format!("--- {n}\n{}", std::fs::read_to_string(dir.join(n)).unwrap()))
                .collect();
            panic!("kasus {i} (benih {benih}): {e}\n{}", isi.join("\n"))
        });
        if render && hasil != Hasil::TidakDimuat {
            pdf += 1;
        }
        hitung[hasil as usize] += 1;
        for n in &diubah {
            let (_, teks) = asli.iter().find(|(b, _)| b == n).unwrap();
            std::fs::write(dir.join(n), teks).unwrap();
        }
    }
    eprintln!(
        "sifat: {kasus} kasus bersih (benih {benih}): {} baik, {} ada galat, {} tidak dimuat; {pdf} PDF disusun",
        hitung[0], hitung[1], hitung[2]
    );
}

#[test]
fn numbers_at_the_limits_parse_or_refuse_without_panic() {
    use lkjip::model::num::{BATAS_ANGKA, parse_angka, parse_rupiah};
    let mut r = Acak(env("LKJIP_BENIH", 2023));
    let kasus = env("LKJIP_KASUS", 200) * 20;
    for _ in 0..kasus {
        let t = if r.sekali(2) {
            common::mutasi::teks_acak(&mut r)
        } else {
            // Digit-heavy strings, the parser's own alphabet.
            let n = r.di_bawah(45);
            (0..n)
                .map(|_| *r.pilih(&["1", "9", "0", ".", ",", "-", "%", "Rp", " ", ",-"]))
                .collect()
        };
        for v in [parse_angka(&t), parse_rupiah(&t)].into_iter().flatten() {
            assert!(v.abs() <= BATAS_ANGKA, "{t:?} -> {v}");
        }
    }
}
