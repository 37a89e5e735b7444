//! The single build against its yardstick: `lkjip build DIR` beside
//! `typst compile` (typst-cli 0.15.1, the same engine) of the source lkjip
//! emits for that folder, in paired runs (the order alternates each round),
//! each measured by `/usr/bin/time` (wall time, peak resident memory).
//!
//! ```sh
//! cargo build --release
//! cargo install typst-cli --version 0.15.1 --locked --root /opt/typst   # once, outside the repo
//! LKJIP_TYPST=/opt/typst/bin/typst cargo run --release --example banding_typst -- data/2023 10
//! ```

mod umum;

use umum::median;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `program args` under `/usr/bin/time -f "%e %M"`: (seconds, MiB).
fn ukur(program: &Path, args: &[&std::ffi::OsStr]) -> (f64, f64) {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %M"])
        .arg(program)
        .args(args)
        .output()
        .expect("/usr/bin/time runs");
    assert!(
        out.status.success(),
        "{} gagal: {}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().last().unwrap_or_default();
    let mut f = last.split_whitespace();
    let detik: f64 = f.next().and_then(|s| s.parse().ok()).expect("waktu");
    let kib: f64 = f.next().and_then(|s| s.parse().ok()).expect("memori");
    (detik, kib / 1024.0)
}

fn main() {
    let (folder, n) = umum::folder_dan_kali(10);
    let Some(typst) = std::env::var_os("LKJIP_TYPST").map(PathBuf::from) else {
        eprintln!("atur LKJIP_TYPST=/jalur/ke/typst (typst-cli 0.15.1)");
        std::process::exit(2);
    };
    let lkjip = umum::program_lkjip();
    let tmp = tempfile::tempdir().unwrap();
    let emit = tmp.path().join("emit");
    let (a, b) = (tmp.path().join("lkjip.pdf"), tmp.path().join("typst.pdf"));
    let o = |p: &Path| p.as_os_str().to_owned();
    let pertama = Command::new(&lkjip)
        .arg("build")
        .arg(&folder)
        .arg("-o")
        .arg(&a)
        .arg("--emit-typst")
        .arg(&emit)
        .status()
        .unwrap();
    assert!(pertama.success());
    let lk_args = [o(Path::new("build")), o(&folder), o(Path::new("-o")), o(&a)];
    let ty_args = [
        o(Path::new("compile")),
        o(Path::new("--root")),
        o(&emit),
        o(Path::new("--font-path")),
        o(&emit.join("fonts")),
        o(Path::new("--ignore-system-fonts")),
        o(&emit.join("laporan.typ")),
        o(&b),
    ];
    let lk: Vec<&std::ffi::OsStr> = lk_args.iter().map(|s| s.as_os_str()).collect();
    let ty: Vec<&std::ffi::OsStr> = ty_args.iter().map(|s| s.as_os_str()).collect();
    let (mut lw, mut lm, mut tw, mut tm, mut rasio) = (vec![], vec![], vec![], vec![], vec![]);
    for i in 0..n {
        let (l, t) = if i % 2 == 0 {
            let l = ukur(&lkjip, &lk);
            (l, ukur(&typst, &ty))
        } else {
            let t = ukur(&typst, &ty);
            (ukur(&lkjip, &lk), t)
        };
        lw.push(l.0);
        lm.push(l.1);
        tw.push(t.0);
        tm.push(t.1);
        rasio.push(l.0 / t.0);
    }
    let same = std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap();
    println!("folder          : {} ({n} pasang)", folder.display());
    println!(
        "lkjip build     : median {:.2} s, memori puncak median {:.0} MiB",
        median(lw.clone()),
        median(lm.clone())
    );
    println!(
        "typst compile   : median {:.2} s, memori puncak median {:.0} MiB (sumber yang dipancarkan)",
        median(tw.clone()),
        median(tm.clone())
    );
    println!(
        "rasio           : waktu {:.3} (median rasio berpasangan), memori {:.3}; PDF sama persis: {}",
        median(rasio),
        median(lm) / median(tm),
        if same { "ya" } else { "tidak" }
    );
}
