//! Property tests (proptest) for the shapes the seeded mutator of
//! `tests/sifat.rs` does not reach: numbers at the edges of `Decimal`,
//! long and odd Unicode text, deep but legal nesting, random subsets of
//! the optional files. Each case loads a scratch copy of data/2023 in
//! process, runs every check and renders the Typst source: no panic, and a
//! folder that does not load is told at file:line:column.
//!
//! Bounded for CI: 64 cases per property (about 4 s in release); raise
//! with `PROPTEST_CASES=1000`.

mod common;

use std::path::Path;

use lkjip::check::Bahasa;
use proptest::prelude::*;
use rust_decimal::Decimal;

use common::{salinan, ubah};

fn konfigurasi() -> ProptestConfig {
    let kasus = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases: kasus,
        // No regression files in the source tree; a failure prints its input.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Loads, checks and renders `dir`: every load problem located in a file
/// and, when it loads, the Typst source is produced.
fn muat_periksa_susun(dir: &Path) -> Result<(), TestCaseError> {
    match lkjip::susun(dir) {
        Ok(l) => {
            let _ = l.periksa(Bahasa::Id);
            let _ = l.periksa(Bahasa::En);
            prop_assert!(l.sumber(true).is_ok(), "Typst source of a loaded folder");
        }
        Err(galat) => {
            prop_assert!(!galat.is_empty());
            for g in &galat {
                prop_assert!(!g.file.is_empty(), "{g}");
                prop_assert!(!g.message.contains("os error"), "{g}");
            }
        }
    }
    Ok(())
}

/// Numbers at the edges: the bound 10^15, many decimals, the limits of
/// `Decimal`, signs, exponents, tiny fractions.
fn angka_tepi() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1000000000000000".to_string()),
        Just("1000000000000000.0000000001".to_string()),
        Just("-1000000000000000".to_string()),
        Just("1000000000000001".to_string()),
        Just("79228162514264337593543950335".to_string()),
        Just("-79228162514264337593543950336".to_string()),
        Just("0.00000000001".to_string()),
        Just("-0".to_string()),
        Just("1e15".to_string()),
        Just("1E-28".to_string()),
        Just(".5".to_string()),
        Just("5.".to_string()),
        (any::<i64>(), 0u32..=28).prop_map(|(m, e)| Decimal::new(m, e).to_string()),
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28
        )
            .prop_map(|(a, b, c, neg, e)| Decimal::from_parts(a, b, c, neg, e).to_string()),
    ]
}

proptest! {
    #![proptest_config(konfigurasi())]

    #[test]
    fn angka_di_tepi_decimal(s in angka_tepi()) {
        // The parser and the formatters alone.
        if let Ok(d) = lkjip::model::num::parse_angka(&s) {
            let _ = lkjip::format::angka(d);
            let _ = lkjip::format::persen(d);
            let _ = lkjip::format::terbilang(d);
        }
        // In a folder: a realisasi and a pagu.
        let (_tmp, dir) = salinan();
        ubah(&dir, "capaian.yaml", "langsung: 43", &format!("langsung: {s}"));
        ubah(&dir, "anggaran.yaml", "pagu: 70300000", &format!("pagu: {s}"));
        muat_periksa_susun(&dir)?;
    }

    #[test]
    fn teks_unicode_panjang_dan_ganjil(
        teks in proptest::collection::vec(any::<char>(), 0..400)
            .prop_map(|v| v.into_iter().collect::<String>()),
        ulang in 1usize..40,
    ) {
        let (_tmp, dir) = salinan();
        // A JSON string is a YAML double-quoted string: any character, escaped.
        let yaml = serde_json::to_string(&teks.repeat(ulang)).unwrap();
        ubah(&dir, "unit.yaml", "nama: Lembaga Pemasyarakatan Kelas IIB Atambua", &format!("nama: {yaml}"));
        ubah(
            &dir,
            "pk.yaml",
            "nama: Persentase gangguan kamtib yang dapat dicegah",
            &format!("nama: {}", serde_json::to_string(&teks).unwrap()),
        );
        muat_periksa_susun(&dir)?;
    }

    #[test]
    fn sarang_dalam_yang_sah(baris in 1usize..=20, markdown in 1usize..=14) {
        let (_tmp, dir) = salinan();
        // Table rows nested `baris` deep (flow style).
        let mut rinci = r#"{label: [dasar], nilai: ["√", "-"]}"#.to_string();
        for i in 0..baris {
            rinci = format!("{{label: [tingkat {i}], rinci: [{rinci}]}}");
        }
        ubah(
            &dir,
            "capaian.yaml",
            "- label: [Pengendalian Infeksi]\n                nilai: [\"√\", \"-\"]",
            &format!("- {rinci}"),
        );
        // A Markdown list nested `markdown` deep in the foreword.
        let daftar: String = (0..markdown)
            .map(|i| format!("  {}- butir {i}\n", "  ".repeat(i)))
            .collect();
        ubah(&dir, "narasi.yaml", "kata_pengantar: |\n", &format!("kata_pengantar: |\n{daftar}\n"));
        let l = lkjip::susun(&dir);
        prop_assert!(l.is_ok(), "legal nesting loads: {:?}", l.err());
        muat_periksa_susun(&dir)?;
    }

    #[test]
    fn sebagian_berkas_opsional(
        buang in proptest::sample::subsequence(
            lkjip::model::DAFTAR_BERKAS
                .iter()
                .filter(|b| b.opsional)
                .map(|b| b.nama)
                .collect::<Vec<_>>(),
            0..=lkjip::model::DAFTAR_BERKAS.iter().filter(|b| b.opsional).count(),
        )
    ) {
        let (_tmp, dir) = salinan();
        for nama in &buang {
            // An optional file data/2023 does not have (lke.yaml) is absent already.
            let f = dir.join(nama);
            if f.exists() {
                std::fs::remove_file(f).unwrap();
            }
        }
        muat_periksa_susun(&dir)?;
    }
}
