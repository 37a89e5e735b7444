//! `lkjip watch`: the incremental path writes the same PDF as `lkjip
//! build`, and a watcher on a copy of data/2023 rebuilds after an edit,
//! keeps the last good PDF through a broken save, rebuilds after the fix,
//! and ignores saves that change nothing, editor temp files and its own PDF.

mod common;

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use common::{build, salinan, teks_pdf, ubah};
use lkjip::cmd::watch::{Pengawas, Penyusun, Peristiwa, Susunan};

/// Bounded wait for the next report of the watch loop.
const BATAS: Duration = Duration::from_secs(60);

const ASLI: &str = "sk1-ikk2:\n    realisasi:\n      langsung: 100\n";

fn realisasi(nilai: &str) -> String {
    ASLI.replace("langsung: 100", &format!("langsung: {nilai}"))
}

#[test]
fn watch_pdf_equals_build_pdf() {
    let (tmp, dir) = salinan();
    let dibangun = tmp.path().join("build.pdf");
    let diawasi = tmp.path().join("watch.pdf");
    let mut p = Penyusun::baru(&dir, Some(diawasi.clone()), false);

    let out = build(&dir, &dibangun, &[]);
    assert_eq!(out.status.code(), Some(0));
    let s = p.susun();
    assert!(s.ditulis, "{}", s.diagnostik);
    assert_eq!(
        std::fs::read(&dibangun).unwrap(),
        std::fs::read(&diawasi).unwrap()
    );

    // After an edit, the incremental compile (memo caches warm from the
    // previous one) still equals a fresh build of the edited data.
    ubah(&dir, "capaian.yaml", ASLI, &realisasi("98.5"));
    let out = build(&dir, &dibangun, &[]);
    assert_eq!(out.status.code(), Some(0));
    let s = p.susun();
    assert!(s.ditulis, "{}", s.diagnostik);
    assert_eq!(
        std::fs::read(&dibangun).unwrap(),
        std::fs::read(&diawasi).unwrap()
    );
}

/// The next report that is not a watcher hiccup.
fn berikut(rx: &mpsc::Receiver<Peristiwa>) -> Peristiwa {
    loop {
        match rx.recv_timeout(BATAS) {
            Ok(Peristiwa::GalatPengawas(e)) => eprintln!("pengawas: {e}"),
            Ok(p) => return p,
            Err(e) => panic!("pengawas tidak melapor dalam {BATAS:?}: {e}"),
        }
    }
}

fn disusun(rx: &mpsc::Receiver<Peristiwa>) -> Susunan {
    match berikut(rx) {
        Peristiwa::Disusun(s) => s,
        p => panic!("diharapkan penyusunan, ditemukan {p:?}"),
    }
}

fn teks(pdf: &Path) -> String {
    teks_pdf(&std::fs::read(pdf).unwrap()).join(" ")
}

#[test]
fn watcher_rebuilds_survives_broken_saves_and_ignores_non_changes() {
    let (_tmp, dir) = salinan();
    let capaian = dir.join("capaian.yaml");
    let pdf = dir.join("LKjIP-2023.pdf");
    let pengawas = Pengawas::baru(Penyusun::baru(&dir, None, false)).unwrap();
    let henti = pengawas.penghenti();
    let (tx, rx) = mpsc::channel();
    let jalan = std::thread::spawn(move || {
        pengawas.jalankan(move |p| {
            let _ = tx.send(p);
        })
    });

    // The first build, into the default output inside the watched folder.
    let s = disusun(&rx);
    assert!(s.ditulis, "{}", s.diagnostik);
    assert_eq!(s.keluaran.as_deref(), Some(pdf.as_path()));
    let awal = teks(&pdf);
    assert!(!awal.contains("97,25"));

    // An edit rebuilds; the new figure is in the PDF.
    ubah(&dir, "capaian.yaml", ASLI, &realisasi("97.25"));
    let s = disusun(&rx);
    assert!(s.ditulis, "{}", s.diagnostik);
    let diedit = teks(&pdf);
    assert_ne!(diedit, awal);
    assert!(diedit.contains("97,25"), "angka baru tidak ada di PDF");
    let baik = std::fs::read(&pdf).unwrap();

    // A broken save: located error, old PDF kept, watcher still running.
    ubah(&dir, "capaian.yaml", "langsung: 97.25", "langsung: [97.25");
    let s = disusun(&rx);
    assert!(!s.ditulis);
    assert!(s.galat > 0);
    let berkas = format!("{}:", capaian.display());
    assert!(s.diagnostik.contains(&berkas), "{}", s.diagnostik);
    assert!(s.status().contains("tidak diperbarui"), "{}", s.status());
    assert_eq!(std::fs::read(&pdf).unwrap(), baik);

    // A save that fails a check is refused too, located as `check` does.
    let line = ubah(&dir, "capaian.yaml", "langsung: [97.25", "langsung: 150");
    let s = disusun(&rx);
    assert!(!s.ditulis);
    let lokasi = format!("--> {}:{line}:", capaian.display());
    assert!(s.diagnostik.contains(&lokasi), "{}\n{lokasi}", s.diagnostik);
    assert_eq!(std::fs::read(&pdf).unwrap(), baik);

    // The fix, saved in a burst with editor temp files. The watcher starts
    // 2 ms after the first complete save, so the two writes usually make
    // one rebuild; on a loaded machine the second may come later and make
    // another. Either way the last rebuild shows the last save, and the
    // temp files make none.
    let isi = std::fs::read_to_string(&capaian).unwrap();
    let diperbaiki = isi.replace("langsung: 150", "langsung: 96.5");
    std::fs::write(dir.join(".capaian.yaml.swp"), "x").unwrap();
    std::fs::write(dir.join("4913"), "").unwrap();
    std::fs::write(dir.join("capaian.yaml~"), &isi).unwrap();
    std::fs::write(&capaian, isi.replace("langsung: 150", "langsung: 1")).unwrap();
    std::fs::write(&capaian, &diperbaiki).unwrap();
    // (A rebuild that started while the second write was under way may
    // even have read it half-written; the one after it reads it whole.)
    let mut rebuilds = 0;
    loop {
        let s = disusun(&rx);
        rebuilds += 1;
        if s.ditulis && teks(&pdf).contains("96,5") {
            break;
        }
        assert!(
            rebuilds < 3,
            "the last save was not rebuilt: {}",
            s.diagnostik
        );
    }

    // A save that changes nothing is noticed and ignored: the next report
    // is that, not a rebuild (so the burst above gave no extra one).
    std::fs::write(&capaian, &diperbaiki).unwrap();
    match berikut(&rx) {
        Peristiwa::Diabaikan(paths) => {
            assert!(
                paths.iter().any(|p| p.ends_with("capaian.yaml")),
                "{paths:?}"
            )
        }
        p => panic!("diharapkan diabaikan, ditemukan {p:?}"),
    }

    henti.hentikan();
    jalan.join().unwrap().unwrap();
}
