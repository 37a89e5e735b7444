//! Benchmark of `lkjip watch`: on a temporary copy of a data folder, edits
//! one number in `capaian.yaml` (the realisasi of indicator sk1-ikk2) N
//! times and rebuilds through the same incremental path the watcher uses
//! ([`Penyusun::susun`]: load, check, Typst source, compile with the
//! long-lived compiler, atomic PDF write). Prints the median time from the
//! save to the PDF written, where that time goes, the time of a full
//! one-shot build for comparison, resident memory after 10 rebuilds and at
//! the end, and finally the same save→PDF time measured through the real
//! file watcher (which adds the debounce window).
//!
//! ```sh
//! cargo run --release --example watch_bench -- data/2023 50
//! cargo run --release --example watch_bench -- data/2023 200   # memory
//! ```

mod umum;

use umum::median;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use lkjip::cmd::watch::{Pengawas, Penyusun, Peristiwa, Susunan};

/// The edited line, as it stands in data/2023/capaian.yaml.
const ASLI: &str = "sk1-ikk2:\n    realisasi:\n      langsung: 100\n";

/// Resident set size of this process in MiB (Linux: VmRSS).
fn memori_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// CPU time of this process so far (user + system, all threads; Linux:
/// /proc/self/stat, in clock ticks of 10 ms). On a loaded machine the wall
/// time includes waiting for a core; this does not.
fn cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Per scope name of a typst-timing trace: how often it ran and its total
/// time in µs (nested scopes are counted in their parents too), slowest
/// first.
fn tahap(json: &[u8]) -> Vec<(String, (usize, f64))> {
    let events: Vec<serde_json::Value> = serde_json::from_slice(json).unwrap_or_default();
    let mut open: std::collections::HashMap<(u64, String), Vec<f64>> = Default::default();
    let mut sum: std::collections::BTreeMap<String, (usize, f64)> = Default::default();
    for e in &events {
        let name = e["name"].as_str().unwrap_or("?").to_string();
        let tid = e["tid"].as_u64().unwrap_or(0);
        let ts = e["ts"].as_f64().unwrap_or(0.0);
        match e["ph"].as_str() {
            Some("B") => open.entry((tid, name)).or_default().push(ts),
            Some("E") => {
                if let Some(start) = open.get_mut(&(tid, name.clone())).and_then(Vec::pop) {
                    let entry = sum.entry(name).or_default();
                    entry.0 += 1;
                    entry.1 += ts - start;
                }
            }
            _ => {}
        }
    }
    let mut v: Vec<_> = sum.into_iter().collect();
    v.sort_by(|a, b| b.1.1.total_cmp(&a.1.1));
    v
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn salin(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            salin(&path, &target);
        } else if path.extension().is_some_and(|e| e != "pdf") {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// Writes capaian.yaml with the edited number for round `i`.
fn simpan(path: &Path, asli: &str, i: usize) {
    // 99.99, 99.98, …: a value never saved before in this run, so no
    // rebuild can be answered from a memo of an earlier identical state.
    let nilai = format!("{:.2}", 100.0 - (i + 1) as f64 * 0.01);
    let baru = ASLI.replace("langsung: 100", &format!("langsung: {nilai}"));
    std::fs::write(path, asli.replacen(ASLI, &baru, 1)).unwrap();
}

fn main() {
    let (folder, n) = umum::folder_dan_kali(50);

    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(folder.file_name().unwrap());
    salin(&folder, &dir);
    let capaian = dir.join("capaian.yaml");
    let asli = std::fs::read_to_string(&capaian).unwrap();
    assert!(
        asli.contains(ASLI),
        "capaian.yaml: baris sk1-ikk2 tidak ditemukan"
    );
    let out = tmp.path().join("watch.pdf");

    // Full one-shot builds first: `render::pdf` clears Typst's caches.
    let mut penuh = Vec::new();
    let cpu_awal = cpu();
    for i in 0..5 {
        simpan(&capaian, &asli, i);
        let t = Instant::now();
        let laporan = lkjip::susun(&dir).expect("folder dimuat");
        laporan.periksa(lkjip::check::Bahasa::Id);
        let pdf = laporan.pdf(false, false).expect("PDF disusun");
        lkjip::cmd::build::tulis_atomik(&out, &pdf).unwrap();
        penuh.push(t.elapsed());
    }
    let cpu_penuh = cpu().zip(cpu_awal).map(|(b, a)| (b - a) / 5);

    // The watcher's path.
    std::fs::write(&capaian, &asli).unwrap();
    let mut p = Penyusun::baru(&dir, Some(out.clone()), false);
    let t = Instant::now();
    let pertama = p.susun();
    assert!(pertama.ditulis, "{}", pertama.diagnostik);
    let pertama = t.elapsed();
    let mut susunan: Vec<Susunan> = Vec::new();
    let mut simpan_ke_pdf = Vec::new();
    let mut mem10 = None;
    let cpu_awal = cpu();
    for i in 1..=n {
        simpan(&capaian, &asli, i);
        let t = Instant::now();
        let s = p.susun();
        simpan_ke_pdf.push(t.elapsed());
        assert!(s.ditulis, "{}", s.diagnostik);
        susunan.push(s);
        if i == 10 {
            mem10 = memori_mib();
        }
    }
    let cpu_inkremental = cpu().zip(cpu_awal).map(|(b, a)| (b - a) / n as u32);
    let mem_akhir = memori_mib();
    let halaman = susunan.last().map(|s| s.halaman).unwrap_or(0);
    let med = |f: fn(&Susunan) -> Duration| ms(median(susunan.iter().map(f).collect()));

    println!(
        "folder                      : {} ({halaman} halaman)",
        folder.display()
    );
    println!("suntingan                   : {n}× satu angka di capaian.yaml (sk1-ikk2)");
    println!(
        "build penuh (muat+periksa+PDF, mesin baru): median {:.0} ms (5 kali)",
        ms(median(penuh))
    );
    if let Some(c) = cpu_penuh {
        println!("  waktu CPU rata-rata per build penuh : {:.0} ms", ms(c));
    }
    println!("watch: penyusunan pertama   : {:.0} ms", ms(pertama));
    println!(
        "watch: simpan → PDF ditulis : median {:.0} ms, min {:.0} ms, max {:.0} ms",
        ms(median(simpan_ke_pdf.clone())),
        ms(*simpan_ke_pdf.iter().min().unwrap()),
        ms(*simpan_ke_pdf.iter().max().unwrap())
    );
    if let Some(c) = cpu_inkremental {
        println!(
            "  waktu CPU rata-rata per penyusunan ulang: {:.0} ms",
            ms(c)
        );
    }
    println!("  rincian (median):");
    println!(
        "    muat + periksa + sumber Typst : {:.1} ms",
        med(|s| s.persiapan)
    );
    println!(
        "    perbarui dunia Typst          : {:.1} ms",
        med(|s| s.rincian.perbarui)
    );
    println!(
        "    typst::compile (eval+layout)  : {:.1} ms",
        med(|s| s.rincian.tata_letak)
    );
    println!(
        "    ekspor PDF (typst-pdf)        : {:.1} ms",
        med(|s| s.rincian.pdf)
    );
    println!(
        "    tulis PDF (atomik)            : {:.1} ms",
        med(|s| s.tulis)
    );
    if let (Some(a), Some(b)) = (mem10, mem_akhir) {
        println!(
            "memori (RSS) setelah 10 penyusunan: {a:.0} MiB; setelah {n}: {b:.0} MiB ({:+.1} %)",
            (b - a) / a * 100.0
        );
    }
    // One more rebuild with Typst's own timing scopes on: which stages ran
    // (memoized stages that hit their cache record nothing) and how long.
    typst_timing::clear();
    typst_timing::enable();
    simpan(&capaian, &asli, 500);
    let s = p.susun();
    typst_timing::disable();
    let mut json = Vec::new();
    typst_timing::export_json(&mut json, |_| (String::new(), 0)).unwrap();
    println!(
        "  tahap Typst pada satu penyusunan ulang ({:.0} ms; jumlah kali dijalankan, total):",
        ms(s.waktu)
    );
    for (nama, (kali, total)) in tahap(&json) {
        println!("    {nama:<18}: {kali:>4}×, {:.1} ms", total / 1000.0);
    }
    drop(p);

    // End to end through the real watcher: save → event → debounce →
    // rebuild → PDF written.
    std::fs::write(&capaian, &asli).unwrap();
    let pengawas = Pengawas::baru(Penyusun::baru(&dir, Some(out.clone()), false)).unwrap();
    let henti = pengawas.penghenti();
    let (tx, rx) = mpsc::channel();
    let jalan = std::thread::spawn(move || {
        pengawas.jalankan(|e| {
            if let Peristiwa::Disusun(s) = e {
                let _ = tx.send((Instant::now(), s.ditulis, s.waktu));
            }
        })
    });
    let tunggu = || {
        rx.recv_timeout(Duration::from_secs(60))
            .expect("penyusunan")
    };
    assert!(tunggu().1);
    let m = n.min(20);
    let (mut ujung, mut sendiri, mut lebih): (Vec<Duration>, Vec<Duration>, Vec<Duration>) =
        (Vec::new(), Vec::new(), Vec::new());
    for i in 1..=m {
        // Paired: the watcher's own share of this save is its save → PDF
        // time minus the time the rebuild itself reports.
        std::thread::sleep(Duration::from_millis(300));
        let t = Instant::now();
        simpan(&capaian, &asli, 1000 + i);
        let (selesai, ditulis, waktu) = tunggu();
        assert!(ditulis);
        ujung.push(selesai - t);
        sendiri.push(waktu);
        lebih.push((selesai - t).saturating_sub(waktu));
    }
    henti.hentikan();
    jalan.join().unwrap().unwrap();
    let typst = std::env::var_os("LKJIP_TYPST").map(PathBuf::from);
    let pembanding = typst.map(|t| typst_watch(&t, &dir, &capaian, &asli, m));
    let med_ujung = median(ujung);
    println!(
        "lewat pengawas berkas: simpan → PDF ditulis median {:.0} ms ({m} kali); penyusunan ulangnya sendiri median {:.0} ms",
        ms(med_ujung),
        ms(median(sendiri))
    );
    println!(
        "  bagian pengawas (simpan → PDF dikurangi penyusunan ulangnya, berpasangan): median {:.1} ms, maks {:.1} ms",
        ms(median(lebih.clone())),
        ms(lebih.iter().copied().max().unwrap_or_default())
    );
    match pembanding {
        Some(t) => println!(
            "typst watch pada sumber yang dipancarkan, perubahan yang sama: median {:.0} ms; lkjip watch / typst watch = {:.2}",
            ms(t),
            ms(med_ujung) / ms(t)
        ),
        None => println!(
            "(atur LKJIP_TYPST=/jalur/ke/typst 0.15.1 untuk membandingkan dengan typst watch)"
        ),
    }
}

/// The yardstick: `typst watch` (the CLI at `typst`) on the source lkjip
/// emits for the same folder, given the same `m` edits as the watcher got
/// (each a whole new `laporan.typ`, generated beforehand); the median time
/// from writing the source to the PDF rewritten.
fn typst_watch(typst: &Path, dir: &Path, capaian: &Path, asli: &str, m: usize) -> Duration {
    let emit = dir.parent().unwrap().join("emit");
    let mut versi = Vec::new();
    for i in 0..=m {
        simpan(capaian, asli, 1000 + i);
        let laporan = lkjip::susun(dir).expect("folder dimuat");
        let s = laporan.sumber(false).expect("sumber Typst");
        if i == 0 {
            lkjip::susun::tulis_sumber(&emit, &s).unwrap();
        }
        versi.push(s.utama);
    }
    let pdf = emit.join("typst-watch.pdf");
    let mut anak = std::process::Command::new(typst)
        .current_dir(&emit)
        .args(["watch", "--root", ".", "--font-path", "fonts"])
        .args(["--ignore-system-fonts", "laporan.typ", "typst-watch.pdf"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("typst watch dijalankan");
    let diubah = || std::fs::metadata(&pdf).and_then(|m| m.modified()).ok();
    let t = Instant::now();
    while diubah().is_none() {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "typst watch tidak menulis PDF"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut waktu = Vec::new();
    for sumber in &versi[1..] {
        std::thread::sleep(Duration::from_millis(300));
        let sebelum = diubah();
        let t = Instant::now();
        std::fs::write(emit.join("laporan.typ"), sumber).unwrap();
        while diubah() == sebelum {
            assert!(
                t.elapsed() < Duration::from_secs(60),
                "typst watch tidak menulis ulang PDF"
            );
            std::thread::sleep(Duration::from_micros(500));
        }
        waktu.push(t.elapsed());
    }
    let _ = anak.kill();
    let _ = anak.wait();
    median(waktu)
}
