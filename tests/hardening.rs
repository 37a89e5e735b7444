//! Issue 9: no input can panic, exhaust memory, wrap silently or destroy
//! a file. One test per item of the issue; each failed before its fix.

mod common;

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{build, lkjip, salinan, ubah};

fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn check(dir: &Path) -> Output {
    lkjip(&[os("check"), dir.as_os_str()])
}

/// `check` exits `code` and its stderr holds `needle` (a located message:
/// `file:line:col:` or a `-->` line).
fn check_gagal(dir: &Path, code: i32, needle: &str) -> String {
    let out = check(dir);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(err.contains(needle), "{needle:?} not in:\n{err}");
    err
}

/// A file's text after `f`.
fn tulis(dir: &Path, file: &str, f: impl FnOnce(String) -> String) {
    let p = dir.join(file);
    let t = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, f(t)).unwrap();
}

/// A minimal PNG whose header says `w`×`h` (the body is a valid 1×1 image
/// only when w = h = 1).
fn png(w: u32, h: u32) -> Vec<u8> {
    const SATU: [u8; 69] = [
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90,
        0x77, 0x53, 0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8,
        0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xc9, 0xfe, 0x92, 0xef, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    let mut v = SATU.to_vec();
    v[16..20].copy_from_slice(&w.to_be_bytes());
    v[20..24].copy_from_slice(&h.to_be_bytes());
    v
}

// ---------------------------------------------------------------- files

#[test]
fn output_inside_the_data_folder_must_be_a_pdf() {
    let (_tmp, dir) = salinan();
    let before = std::fs::read(dir.join("unit.yaml")).unwrap();
    let out = build(&dir, &dir.join("unit.yaml"), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("bukan berkas .pdf"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(dir.join("unit.yaml")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn output_that_is_a_symlink_fifo_or_device_is_refused() {
    let (tmp, dir) = salinan();
    let korban = tmp.path().join("korban.txt");
    std::fs::write(&korban, "jangan ditimpa").unwrap();
    let link = tmp.path().join("tautan.pdf");
    std::os::unix::fs::symlink(&korban, &link).unwrap();
    let out = build(&dir, &link, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("tautan simbolik"), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&korban).unwrap(), "jangan ditimpa");

    let fifo = tmp.path().join("pipa.pdf");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = build(&dir, &fifo, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("bukan berkas biasa"),
        "{}",
        stderr(&out)
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );

    let out = build(&dir, Path::new("/dev/null"), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[cfg(unix)]
#[test]
fn read_only_output_is_refused_and_modes_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, dir) = salinan();
    let ro = tmp.path().join("arsip.pdf");
    std::fs::write(&ro, "ARSIP").unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = build(&dir, &ro, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("hanya-baca"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "ARSIP");
    let mode = std::fs::metadata(&ro).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);

    // A writable private output stays private after being replaced.
    let pribadi = tmp.path().join("pribadi.pdf");
    lkjip::cmd::aman::tulis_atomik(&pribadi, b"lama").unwrap();
    std::fs::set_permissions(&pribadi, std::fs::Permissions::from_mode(0o600)).unwrap();
    lkjip::cmd::aman::tulis_atomik(&pribadi, b"baru").unwrap();
    assert_eq!(std::fs::read(&pribadi).unwrap(), b"baru");
    let mode = std::fs::metadata(&pribadi).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[cfg(unix)]
#[test]
fn a_symlink_planted_at_the_temporary_name_is_not_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let korban = tmp.path().join("korban.txt");
    std::fs::write(&korban, "rahasia").unwrap();
    let out = tmp.path().join("x.pdf");
    // The name the old code used, and a few more guesses.
    for nama in [
        format!(".x.pdf.{}.tmp", std::process::id()),
        ".x.pdf.tmp".to_string(),
    ] {
        std::os::unix::fs::symlink(&korban, tmp.path().join(nama)).unwrap();
    }
    lkjip::cmd::aman::tulis_atomik(&out, b"%PDF").unwrap();
    assert_eq!(std::fs::read_to_string(&korban).unwrap(), "rahasia");
    assert_eq!(std::fs::read(&out).unwrap(), b"%PDF");
}

#[test]
fn new_year_refuses_to_write_over_its_source() {
    let (_tmp, dir) = salinan();
    let before = std::fs::read(dir.join("pk.yaml")).unwrap();
    for ke in [dir.clone(), dir.join("."), dir.join("2024")] {
        let out = lkjip(&[
            os("new-year"),
            dir.as_os_str(),
            ke.as_os_str(),
            os("--force"),
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("sama dengan folder sumber"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(dir.join("pk.yaml")).unwrap(), before);
    assert!(!dir.join("2024").exists());
}

#[test]
fn emit_typst_only_into_an_empty_or_its_own_folder() {
    let (tmp, dir) = salinan();
    let pdf = tmp.path().join("x.pdf");
    let src = tmp.path().join("sumber");
    std::fs::create_dir(&src).unwrap();
    std::fs::write(src.join("catatan.txt"), "milik pengguna").unwrap();
    let emit = |src: &Path| build(&dir, &pdf, &["--emit-typst", src.to_str().unwrap()]);
    let out = emit(&src);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("tidak kosong"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(src.join("catatan.txt")).unwrap(),
        "milik pengguna"
    );
    assert!(!pdf.exists());

    // Its own folder is rewritten, and stale images go.
    let baru = tmp.path().join("baru");
    assert_eq!(emit(&baru).status.code(), Some(0));
    std::fs::write(baru.join("aset/gambar-99.svg"), "basi").unwrap();
    assert_eq!(emit(&baru).status.code(), Some(0));
    assert!(!baru.join("aset/gambar-99.svg").exists());
    assert!(baru.join("laporan.typ").is_file());

    #[cfg(unix)]
    {
        let tautan = tmp.path().join("tautan");
        std::os::unix::fs::symlink(&baru, &tautan).unwrap();
        let out = emit(&tautan);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("tautan simbolik"), "{}", stderr(&out));
    }
}

// --------------------------------------------------------------- panics

#[test]
fn huge_amounts_are_located_errors_not_panics() {
    for (file, from, to) in [
        (
            "anggaran.yaml",
            "pagu: 70300000",
            "pagu: 79228162514264337593543950335",
        ),
        (
            "anggaran.yaml",
            "pagu: 70300000",
            "pagu: \"79.228.162.514.264.337.593.543.950.335\"",
        ),
        (
            "kinerja_anggaran.yaml",
            "bobot: 60",
            "bobot: 9999999999999999999999999",
        ),
        ("kinerja_anggaran.yaml", "bobot: 60", "bobot: 1.0e300"),
        (
            "pk.yaml",
            "target: 94",
            "target: 123456789012345678901234567890123456789",
        ),
        (
            "pk.yaml",
            "target_triwulan: [20, 20, 20, 20]",
            "target_triwulan: [99999999999999999999, 20, 20, 20]",
        ),
        (
            "capaian.yaml",
            "nilai: [\"-\", \"-\"]",
            "nilai: [79228162514264337593543950335, \"-\"]",
        ),
        (
            "capaian.yaml",
            "pembilang: 16",
            "pembilang: 0.00000000000000000001",
        ),
    ] {
        let (_tmp, dir) = salinan();
        let line = ubah(&dir, file, from, to);
        eprintln!("{file}: {to}");
        let err = check_gagal(&dir, 2, "di luar batas");
        assert!(
            err.contains(&format!("{file}:{line}:")),
            "{file} {to}: not located at line {line}:\n{err}"
        );
    }
    // At the bound itself everything is computed without overflow.
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "kinerja_anggaran.yaml",
        "bobot: 60",
        "bobot: 1000000000000000",
    );
    ubah(
        &dir,
        "kinerja_anggaran.yaml",
        "2023: 99.84",
        "2023: -1000000000000000",
    );
    let out = check(&dir);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
}

#[test]
fn counts_do_not_wrap() {
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "populasi.yaml",
        "narapidana: 162",
        "narapidana: 4294967295",
    );
    ubah(&dir, "populasi.yaml", "tahanan: 23", "tahanan: 1");
    ubah(&dir, "populasi.yaml", "anak: 3", "anak: 188");
    let err = check_gagal(&dir, 1, "galat[LK104]");
    assert!(
        err.contains("diharapkan 4294967484, ditemukan 188"),
        "{err}"
    );

    let (_tmp, dir) = salinan();
    ubah(&dir, "unit.yaml", "laki_laki: 49", "laki_laki: 4294967295");
    check_gagal(&dir, 1, "galat[LK105]");
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let (_tmp, dir) = salinan();
    let deep = format!("kendala:\n  {}x\n", "- ".repeat(100_000));
    tulis(&dir, "capaian.yaml", |t| {
        t.replace("kendala:", &format!("{deep}kendala_lama:"))
    });
    let start = std::time::Instant::now();
    check_gagal(&dir, 2, "bersarang terlalu dalam");
    assert!(start.elapsed().as_secs() < 10);
}

#[test]
fn years_far_from_the_report_year_are_refused() {
    let (_tmp, dir) = salinan();
    let line = ubah(
        &dir,
        "kinerja_anggaran.yaml",
        "2023: 99.84",
        "2023: 99.84\n    -2000000000: 1",
    );
    check_gagal(&dir, 2, &format!("kinerja_anggaran.yaml:{}:", line + 1));
    let (_tmp, dir) = salinan();
    ubah(&dir, "laporan.yaml", "tahun: 2023", "tahun: 2147483647");
    check_gagal(&dir, 2, "di luar rentang");
}

#[test]
fn huge_and_broken_images_are_check_errors() {
    for (isi, alasan) in [
        (png(50_000, 50_000), "terlalu besar"),
        (
            {
                let mut v = png(1, 1);
                v.truncate(40);
                v
            },
            "rusak",
        ),
    ] {
        let (_tmp, dir) = salinan();
        std::fs::write(dir.join("gambar/logo.png"), isi).unwrap();
        ubah(
            &dir,
            "unit.yaml",
            "berkas: gambar/logo.svg",
            "berkas: gambar/logo.png",
        );
        let err = check_gagal(&dir, 1, "galat[LK001]");
        assert!(err.contains(alasan), "{err}");
    }
    // A valid PNG is fine.
    let (_tmp, dir) = salinan();
    std::fs::write(dir.join("gambar/logo.png"), png(1, 1)).unwrap();
    ubah(
        &dir,
        "unit.yaml",
        "berkas: gambar/logo.svg",
        "berkas: gambar/logo.png",
    );
    assert_eq!(
        check(&dir).status.code(),
        Some(0),
        "{}",
        stderr(&check(&dir))
    );
}

#[test]
fn alias_expansion_is_bounded() {
    let (_tmp, dir) = salinan();
    let mut bom = String::from("kendala:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..6 {
        bom.push_str(&format!(
            "  - &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n",
            p = i - 1
        ));
    }
    tulis(&dir, "capaian.yaml", |t| {
        t.replace("kendala:", &format!("{bom}kendala_lama:"))
    });
    check_gagal(&dir, 2, "alias YAML");
}

#[test]
fn a_closed_stdout_ends_quietly() {
    for args in [vec!["schema"], vec!["completions", "bash"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lkjip"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The reader is gone (as with `| head -1`).
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{err}");
        assert!(matches!(out.status.code(), Some(0)), "{args:?}: {err}");
    }
}

// ---------------------------------------------- silent or inconsistent

#[test]
fn check_reports_what_build_would_fail_on_once() {
    // A missing logo: one finding (the logo is on several pages).
    let (tmp, dir) = salinan();
    ubah(
        &dir,
        "unit.yaml",
        "berkas: gambar/logo.svg",
        "berkas: gambar/tidak-ada.svg",
    );
    let err = check_gagal(&dir, 1, "galat[LK001]");
    assert_eq!(err.matches("galat[LK001]").count(), 1, "{err}");
    // The message and the snippet under it name the file; nothing else does.
    assert_eq!(err.matches("tidak-ada.svg").count(), 2, "{err}");
    let pdf = tmp.path().join("x.pdf");
    let out = build(&dir, &pdf, &["--draft"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).matches("tidak-ada.svg").count(),
        2,
        "{}",
        stderr(&out)
    );

    // An SVG that embeds another file.
    let (_tmp, dir) = salinan();
    std::fs::write(
        dir.join("gambar/logo.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="../../rahasia.png" width="10" height="10"/></svg>"#,
    )
    .unwrap();
    let err = check_gagal(&dir, 1, "galat[LK001]");
    assert!(err.contains("merujuk berkas lain"), "{err}");

    // Twenty nested quotes: check passes and build succeeds.
    let (tmp, dir) = salinan();
    tulis(&dir, "narasi.yaml", |t| {
        let at = t.find("kata_pengantar: |\n").unwrap() + "kata_pengantar: |\n".len();
        format!("{}  {} kutipan\n\n{}", &t[..at], ">".repeat(20), &t[at..])
    });
    assert_eq!(
        check(&dir).status.code(),
        Some(0),
        "{}",
        stderr(&check(&dir))
    );
    let pdf = tmp.path().join("x.pdf");
    let out = build(&dir, &pdf, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn the_result_does_not_depend_on_how_the_folder_is_spelt() {
    let (tmp, dir) = salinan();
    // An earlier year beside it whose figures differ from the declared history.
    let prev = tmp.path().join("2022");
    let status = Command::new("cp")
        .arg("-r")
        .arg(&dir)
        .arg(&prev)
        .status()
        .unwrap();
    assert!(status.success());
    ubah(&prev, "laporan.yaml", "tahun: 2023", "tahun: 2022");
    let run = |arg: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
            .args(["check", arg, "--format", "json"])
            .current_dir(&dir)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (out.status.code(), v.as_array().unwrap().len())
    };
    let dot = run(".");
    assert_eq!(dot, run("../2023"));
    assert_eq!(dot, run(dir.to_str().unwrap()));
    assert_eq!(dot.0, Some(1), "the earlier folder is compared (LK205)");
}

#[test]
fn impossible_percentages_from_counts_are_errors() {
    for (pembilang, penyebut) in [("1600", "16"), ("-16", "16")] {
        let (_tmp, dir) = salinan();
        let line = ubah(
            &dir,
            "capaian.yaml",
            "pembilang: 16",
            &format!("pembilang: {pembilang}"),
        );
        ubah(
            &dir,
            "capaian.yaml",
            "penyebut: 16",
            &format!("penyebut: {penyebut}"),
        );
        let err = check_gagal(&dir, 1, "galat[LK602]");
        assert!(err.contains(&format!("capaian.yaml:{line}:")), "{err}");
    }
}

#[test]
fn count_cells_that_are_not_numbers_are_errors() {
    for cell in ["\"6.946\"", "\"12a\""] {
        let (_tmp, dir) = salinan();
        let line = ubah(
            &dir,
            "capaian.yaml",
            "nilai: [\"-\", \"-\"]",
            &format!("nilai: [{cell}, \"-\"]"),
        );
        let err = check_gagal(&dir, 2, "sel tabel hitungan harus angka");
        assert!(err.contains(&format!("capaian.yaml:{line}:")), "{err}");
    }
}

#[test]
fn a_budget_leaf_without_pagu_or_realisasi_is_an_error() {
    for field in ["pagu: 70300000\n", "realisasi: 69768700\n"] {
        let (_tmp, dir) = salinan();
        tulis(&dir, "anggaran.yaml", |t| {
            let at = t.find(field).unwrap();
            let line_start = t[..at].rfind('\n').unwrap() + 1;
            format!("{}{}", &t[..line_start], &t[at + field.len()..])
        });
        check_gagal(&dir, 2, "5252.BDC.002` tidak punya rincian");
    }
}

#[test]
fn integer_keys_written_another_way_are_duplicates() {
    let (_tmp, dir) = salinan();
    let line = ubah(
        &dir,
        "populasi.yaml",
        "  2022:",
        "  0x7e5:\n    narapidana: 1\n    tahanan: 1\n  2022:",
    );
    let _ = line;
    check_gagal(&dir, 2, "ditulis dua kali");
}

#[test]
fn json_output_is_always_an_array() {
    let (_tmp, dir) = salinan();
    let line = ubah(&dir, "pk.yaml", "target: 94", "target: dua");
    let out = lkjip(&[os("check"), dir.as_os_str(), os("--format"), os("json")]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = v.as_array().unwrap();
    assert_eq!(a.len(), 1, "{v}");
    for key in [
        "severity", "code", "file", "line", "column", "path", "message", "expected", "found",
    ] {
        assert!(a[0].get(key).is_some(), "{key} missing: {v}");
    }
    assert_eq!(a[0]["line"], line);
    assert_eq!(a[0]["severity"], "error");
}

#[test]
fn parser_messages_are_indonesian_and_located() {
    // (file, edit, message expected)
    let cases: Vec<(&str, Box<dyn Fn(String) -> String>, &str)> = vec![
        (
            "populasi.yaml",
            Box::new(|t: String| format!("{t}---\nkapasitas: 1\n")),
            "lebih dari satu dokumen",
        ),
        (
            "populasi.yaml",
            Box::new(|t: String| {
                t.replace(
                    "narapidana: 162",
                    "narapidana: 99999999999999999999999999999",
                )
            }),
            "bilangan bulat",
        ),
        (
            "populasi.yaml",
            Box::new(|t: String| t.replace("  2021:\n    narapidana", "  2021:\n\tnarapidana")),
            "tab",
        ),
    ];
    for (file, edit, want) in cases {
        let (_tmp, dir) = salinan();
        tulis(&dir, file, edit);
        let err = check_gagal(&dir, 2, want);
        assert!(err.contains(&format!("{file}:")), "{err}");
        let line = err.lines().find(|l| l.contains(file)).unwrap();
        let after = &line[line.find(&format!("{file}:")).unwrap() + file.len() + 1..];
        assert!(
            after
                .split(':')
                .next()
                .is_some_and(|n| n.parse::<usize>().is_ok()),
            "no line number: {line}"
        );
        for english in [
            "expected",
            "as u128",
            "not supported",
            "repetition",
            "tab character",
            "disallowed",
        ] {
            assert!(!line.contains(english), "English in: {line}");
        }
    }
    // Non-UTF-8: the line of the bad byte.
    let (_tmp, dir) = salinan();
    let mut bytes = std::fs::read(dir.join("populasi.yaml")).unwrap();
    let at = bytes.windows(6).position(|w| w == b"anak: ").unwrap();
    let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
    bytes.insert(at, 0xFF);
    std::fs::write(dir.join("populasi.yaml"), bytes).unwrap();
    check_gagal(
        &dir,
        2,
        &format!("populasi.yaml:{line}:5: berkas bukan teks UTF-8"),
    );
}

#[test]
fn init_refuses_years_it_cannot_load() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("9999");
    let out = lkjip(&[
        os("init"),
        dir.as_os_str(),
        os("--unit"),
        os("Lapas Contoh"),
        os("--year"),
        os("9999"),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("di luar rentang"), "{}", stderr(&out));
    assert!(!dir.exists());
    // The last accepted year loads.
    let dir = tmp.path().join("2200");
    let out = lkjip(&[
        os("init"),
        dir.as_os_str(),
        os("--unit"),
        os("Lapas Contoh"),
        os("--year"),
        os("2200"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        matches!(check(&dir).status.code(), Some(0 | 1)),
        "{}",
        stderr(&check(&dir))
    );
}

#[test]
fn nip_birth_years_follow_the_report_year() {
    use lkjip::check::aturan::cacat_nip;
    // Born 2015, appointed 2035: valid in a 2060 report, not in 2023.
    assert_eq!(cacat_nip("201501012035031001", 2060), None);
    assert!(cacat_nip("201501012035031001", 2023).is_some());
    // Born 1939 is too old for 2023, fine for a 1980 report.
    assert!(cacat_nip("193901011960031001", 2023).is_some());
    assert_eq!(cacat_nip("193901011960031001", 1980), None);
}

#[test]
fn long_words_get_break_points() {
    let (_tmp, dir) = salinan();
    let kata = "A".repeat(200);
    ubah(
        &dir,
        "unit.yaml",
        "nama_singkat: ",
        &format!("nama_singkat: {kata} "),
    );
    let s = lkjip::susun(&dir).unwrap().sumber(false).unwrap();
    let n = lkjip::render::escape::PANJANG_KATA;
    assert!(
        s.utama
            .contains(&format!("{}\u{200B}{}", "A".repeat(n), "A".repeat(n)))
    );
    // An ordinary e-mail address in the letterhead stays whole.
    let email = "lapas2b\\_atambua2003\\@yahoo\\.co\\.id";
    assert!(s.utama.contains(email), "{email}");
}
