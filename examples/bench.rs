//! Benchmark of `lkjip check` and `lkjip build` on a data folder: loads the
//! folder, runs every check rule and renders the PDF N times in this
//! process, then prints the median, fastest and slowest wall time of each
//! step and the process's peak resident memory.
//!
//! ```sh
//! cargo run --release --example bench -- data/2023 10
//! ```

mod umum;

use umum::median;

use std::time::{Duration, Instant};

/// Peak resident set size of this process in MiB (Linux: VmHWM).
fn puncak_memori_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let (folder, n) = umum::folder_dan_kali(10);

    let mut load = Vec::new();
    let mut check = Vec::new();
    let mut build = Vec::new();
    for _ in 0..n {
        let start = Instant::now();
        // The same pipeline as `lkjip build`: load with earlier years and compute once…
        let laporan = lkjip::susun(&folder).expect("data folder loads");
        load.push(start.elapsed());
        let t = Instant::now();
        // …then the checks…
        laporan.periksa(lkjip::check::Bahasa::Id);
        check.push(load.last().copied().unwrap_or_default() + t.elapsed());
        // …then the PDF.
        laporan.pdf(false, false).expect("report renders");
        build.push(start.elapsed());
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("folder          : {}", folder.display());
    println!("runs            : {n}");
    let line = |name: &str, v: &[Duration]| {
        println!(
            "{name:<16}: median {:.1} ms, min {:.1} ms, max {:.1} ms",
            ms(median(v.to_vec())),
            ms(*v.iter().min().unwrap()),
            ms(*v.iter().max().unwrap())
        )
    };
    line("load + compute", &load);
    line("load + check", &check);
    println!(
        "load+check+PDF  : median {:.0} ms, min {:.0} ms, max {:.0} ms",
        ms(median(build.clone())),
        ms(*build.iter().min().unwrap()),
        ms(*build.iter().max().unwrap())
    );
    if let Some(mib) = puncak_memori_mib() {
        println!("peak memory     : {mib:.0} MiB");
    }
}
