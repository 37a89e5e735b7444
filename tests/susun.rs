//! The library's entry point and the CLI are one pipeline: the same folder,
//! with an earlier year's folder beside it, gives the same PDF and the same
//! diagnostics either way, and the earlier folder's figures are the ones
//! printed.

mod common;

use std::path::Path;

use common::{build, lkjip, salinan, teks_pdf, ubah};

/// A copy of data/2023 with a 2022 folder beside it whose first indicator
/// had target 77 (data/2023 declares 80 for 2022).
fn dua_tahun() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, dir) = salinan();
    let lalu = tmp.path().join("2022");
    std::fs::create_dir_all(&lalu).unwrap();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, lalu.join(p.file_name().unwrap())).unwrap();
        }
    }
    ubah(&lalu, "laporan.yaml", "tahun: 2023", "tahun: 2022");
    ubah(&lalu, "pk.yaml", "target: 80\n", "target: 77\n");
    (tmp, dir)
}

#[test]
fn library_and_cli_print_the_same_report() {
    let (tmp, dir) = dua_tahun();
    let laporan = lkjip::susun(&dir).unwrap();
    assert_eq!(
        laporan.sebelumnya.keys().copied().collect::<Vec<_>>(),
        vec![2022]
    );
    assert_eq!(laporan.hasil.tahun_dari_folder, vec![2022]);
    // The declared 2022 history disagrees with the folder: LK205 errors, so
    // both paths build a draft.
    let lib = laporan.pdf(true, false).unwrap();
    let out = tmp.path().join("cli.pdf");
    let run = build(&dir, &out, &["--draft"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let cli = std::fs::read(&out).unwrap();
    assert!(lib == cli, "library and CLI PDFs differ");

    // The 2022 target printed is the 2022 folder's, not the declared one.
    let text = teks_pdf(&lib).join(" ");
    assert!(
        text.contains("Pada tahun 2022 indikator ini memiliki target 77%"),
        "2022 target from the folder not printed"
    );

    // The same holds for the diagnostics, and for the folder spelled as `.`.
    let json = |args: &[&str], cwd: &Path| {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_lkjip"))
            .args(args)
            .current_dir(cwd)
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    let dari_atas = json(&["check", "2023", "--format", "json"], tmp.path());
    let dari_dalam = json(&["check", ".", "--format", "json"], &dir);
    let lk205 = |s: &str| s.matches("\"LK205\"").count();
    assert!(lk205(&dari_atas) > 0);
    assert_eq!(lk205(&dari_atas), lk205(&dari_dalam));
    assert_eq!(
        laporan
            .periksa(lkjip::check::Bahasa::Id)
            .iter()
            .filter(|d| d.code == "LK205")
            .count(),
        lk205(&dari_atas)
    );
}

#[test]
fn a_broken_earlier_folder_is_reported() {
    let (tmp, dir) = dua_tahun();
    std::fs::write(tmp.path().join("2022/anggaran.yaml"), "program: [").unwrap();
    let out = lkjip(&["check".as_ref(), dir.as_os_str()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("peringatan[LK206]"), "{stderr}");
    assert!(
        stderr.contains("tidak dapat dipakai sebagai riwayat"),
        "{stderr}"
    );
    assert!(stderr.contains("anggaran.yaml"), "{stderr}");
}
