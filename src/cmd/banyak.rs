//! Running one command over many data folders: a small pool of worker
//! threads takes folders from a shared queue ([`jalankan`]), a progress bar
//! shows on a terminal (plain lines otherwise), and a closing table
//! ([`tabel_ringkasan`]) lists every folder's outcome.
//!
//! Each worker keeps only one folder's report in memory at a time and
//! returns a small [`HasilFolder`], so peak memory grows with the number
//! of workers (`-j`), not with the number of folders.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub use crate::susun::HasilFolder;

/// The number of worker threads: `-j N` if given, otherwise the machine's
/// cores; never more than the number of folders, never less than one.
pub fn jumlah_pekerja(j: Option<usize>, folder: usize) -> usize {
    let inti = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    j.unwrap_or(inti).clamp(1, folder.max(1))
}

/// Runs `kerja` on every folder with `pekerja` threads and returns the
/// results in the folders' order. A panic inside `kerja` fails that folder
/// only. `judul` names the work on the progress bar (`menyusun`).
///
/// Progress goes to standard error: a bar when it is a terminal, one plain
/// line per finished folder otherwise (for CI logs), nothing when `diam`.
pub fn jalankan<F>(
    folder: &[PathBuf],
    pekerja: usize,
    judul: &str,
    diam: bool,
    kerja: F,
) -> Vec<HasilFolder>
where
    F: Fn(&Path) -> HasilFolder + Sync,
{
    jalankan_data(folder, pekerja, judul, diam, |f| (kerja(f), ()))
        .into_iter()
        .map(|(h, ())| h)
        .collect()
}

/// Like [`jalankan`], for work that also returns data of its own (`T`,
/// its default when the work panicked).
pub fn jalankan_data<T, F>(
    folder: &[PathBuf],
    pekerja: usize,
    judul: &str,
    diam: bool,
    kerja: F,
) -> Vec<(HasilFolder, T)>
where
    T: Send + Default,
    F: Fn(&Path) -> (HasilFolder, T) + Sync,
{
    let terminal = std::io::stderr().is_terminal();
    let bar = if terminal && !diam {
        let b =
            ProgressBar::with_draw_target(Some(folder.len() as u64), ProgressDrawTarget::stderr());
        b.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({elapsed}, sisa ±{eta})")
                .expect("valid template")
                .progress_chars("=> "),
        );
        b.set_message(judul.to_string());
        Some(b)
    } else {
        None
    };
    let berikut = AtomicUsize::new(0);
    let selesai = AtomicUsize::new(0);
    let hasil: Mutex<Vec<Option<(HasilFolder, T)>>> =
        Mutex::new((0..folder.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..pekerja.max(1) {
            s.spawn(|| {
                loop {
                    let i = berikut.fetch_add(1, Ordering::Relaxed);
                    let Some(f) = folder.get(i) else { break };
                    let mulai = Instant::now();
                    let mut hasil_kerja =
                        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| kerja(f))) {
                            Ok(h) => h,
                            Err(e) => {
                                let pesan = e
                                    .downcast_ref::<String>()
                                    .cloned()
                                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                                    .unwrap_or_default();
                                let h = HasilFolder::gagal_internal(
                                    f,
                                    format!("galat internal lkjip: {pesan}"),
                                );
                                (h, T::default())
                            }
                        };
                    let (h, _) = &mut hasil_kerja;
                    h.detik = mulai.elapsed().as_secs_f64();
                    let n = selesai.fetch_add(1, Ordering::Relaxed) + 1;
                    if let Some(b) = &bar {
                        b.inc(1);
                        if h.gagal() {
                            b.println(format!("GAGAL {}", f.display()));
                        }
                    } else if !diam {
                        eprintln!(
                            "[{n}/{}] {} {} ({:.1} s)",
                            folder.len(),
                            if h.gagal() { "GAGAL" } else { "selesai" },
                            f.display(),
                            h.detik
                        );
                    }
                    hasil.lock().expect("no poisoned lock")[i] = Some(hasil_kerja);
                }
            });
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    hasil
        .into_inner()
        .expect("no poisoned lock")
        .into_iter()
        .map(|h| h.expect("every folder was processed"))
        .collect()
}

/// The closing table: one row per folder (unit, year, pages, errors,
/// warnings, seconds, output or why it failed), failed folders first, then
/// a totals line.
pub fn tabel_ringkasan(hasil: &[HasilFolder]) -> String {
    let mut urut: Vec<&HasilFolder> = hasil.iter().collect();
    urut.sort_by_key(|h| !h.gagal());
    let kepala = [
        "Unit",
        "Tahun",
        "Hlm",
        "Galat",
        "Peringatan",
        "Detik",
        "Keluaran",
    ];
    let baris: Vec<[String; 7]> = urut
        .iter()
        .map(|h| {
            [
                h.unit
                    .clone()
                    .unwrap_or_else(|| h.folder.display().to_string()),
                h.tahun.map(|t| t.to_string()).unwrap_or_else(|| "-".into()),
                h.halaman
                    .map(|t| t.to_string())
                    .unwrap_or_else(|| "-".into()),
                h.galat.to_string(),
                h.peringatan.to_string(),
                crate::format::angka_dp(
                    rust_decimal::Decimal::from_f64_retain(h.detik)
                        .unwrap_or_default()
                        .round_dp(1),
                    1,
                ),
                match (&h.sebab, &h.keluaran) {
                    (Some(s), _) => format!("GAGAL ({}): {s}", h.folder.display()),
                    (None, Some(k)) => k.display().to_string(),
                    (None, None) => h.folder.display().to_string(),
                },
            ]
        })
        .collect();
    let mut lebar = kepala.map(|k| k.chars().count());
    for b in &baris {
        for (i, c) in b.iter().enumerate() {
            lebar[i] = lebar[i].max(c.chars().count());
        }
    }
    let mut out = String::new();
    let tulis = |out: &mut String, sel: &[String]| {
        let teks: Vec<String> = sel
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = lebar[i].saturating_sub(c.chars().count());
                // Numbers right-aligned, text left-aligned; the last column unpadded.
                if (1..=5).contains(&i) {
                    format!("{}{c}", " ".repeat(pad))
                } else if i == 6 {
                    c.clone()
                } else {
                    format!("{c}{}", " ".repeat(pad))
                }
            })
            .collect();
        out.push_str(teks.join("  ").trim_end());
        out.push('\n');
    };
    tulis(&mut out, &kepala.map(String::from));
    tulis(&mut out, &lebar.map(|w| "-".repeat(w)));
    for b in &baris {
        tulis(&mut out, b);
    }
    let gagal = hasil.iter().filter(|h| h.gagal()).count();
    let detik: f64 = hasil.iter().map(|h| h.detik).sum();
    out.push_str(&format!(
        "{} folder: {} berhasil, {} gagal ({} detik kerja)\n",
        hasil.len(),
        hasil.len() - gagal,
        gagal,
        crate::format::angka_dp(
            rust_decimal::Decimal::from_f64_retain(detik)
                .unwrap_or_default()
                .round_dp(1),
            1
        )
    ));
    out
}
