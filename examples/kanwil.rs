//! Kanwil-scale benchmark: generates N unit folders derived from a data
//! folder (data/2023) into a temporary directory, then times `lkjip build`
//! over them:
//!
//! 1. a sample of S folders one by one, one `lkjip build DIR` process each
//!    (how a Kanwil works without this feature);
//! 2. the same sample in one process with `-j 1`, and with `-j J`, and
//!    as J processes side by side (each `-j 1` over every J-th folder),
//!    in R rounds (`-r R`, default 3) in a rotating order: the times are
//!    the rounds' medians, the ratios the medians of each round's ratios;
//! 3. all N folders with `-j J` (J defaults to the machine's cores).
//!
//! The speed-up line compares `-j J` with the ceiling the machine allows:
//! cores ÷ the cores one build keeps busy (CPU time ÷ wall time of the
//! `-j 1` run; Typst lays out in parallel, so one build uses more than
//! one core).
//!
//! Each step's wall time and peak resident memory (VmHWM of the process,
//! sampled every 20 ms; for step 1 the largest of the processes) are
//! printed, with units per second and the speed-ups.
//!
//! ```sh
//! cargo build --release
//! cargo run --release --example kanwil -- 700          # N=700, S=20, J=cores
//! cargo run --release --example kanwil -- 10 -s 10 -j 2 -r 5
//! cargo run --release --example kanwil -- 20 -s 10 -j 2 --keep /tmp/upt
//! ```
//!
//! Generated units differ from data/2023 in name (city and class, written
//! consistently in every file), budget (every pagu and realisasi multiplied
//! by 1, 2 or 3, so all sums still agree) and indicators (0–3 indicators
//! removed from every file that names them). They build with `--draft`
//! (renaming and scaling leave narrative figures stale, which `check`
//! flags); the generated folders are never kept unless `--keep DIR`.

mod umum;

use umum::median;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_yaml::Value;

const KOTA: [&str; 24] = [
    "Kupang",
    "Ende",
    "Maumere",
    "Waingapu",
    "Kalabahi",
    "Ruteng",
    "Bajawa",
    "Larantuka",
    "Soe",
    "Kefamenanu",
    "Lembata",
    "Labuan Bajo",
    "Waikabubak",
    "Rote",
    "Sabu",
    "Borong",
    "Mbay",
    "Tambolaka",
    "Betun",
    "Oelamasi",
    "Wetar",
    "Alor",
    "Nagekeo",
    "Flotim",
];
const KELAS: [&str; 3] = ["Kelas IIA", "Kelas IIB", "Kelas III"];

fn salin(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let target = to.join(path.file_name().expect("named"));
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == ".schema") {
                continue;
            }
            salin(&path, &target)?;
        } else if path
            .extension()
            .is_some_and(|e| e == "yaml" || e == "svg" || e == "png" || e == "jpg" || e == "md")
        {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// Multiplies every integer `pagu`/`realisasi` (and their `_tertulis`) by `m`.
fn skala(v: &mut Value, m: i64) {
    match v {
        Value::Mapping(map) => {
            for (k, val) in map.iter_mut() {
                let kunci = k.as_str().unwrap_or_default();
                let uang = matches!(
                    kunci,
                    "pagu" | "realisasi" | "pagu_tertulis" | "realisasi_tertulis"
                );
                match val {
                    Value::Number(n) if uang && n.as_i64().is_some_and(|x| x > 1000) => {
                        *val = Value::Number((n.as_i64().unwrap() * m).into());
                    }
                    _ => skala(val, m),
                }
            }
        }
        Value::Sequence(s) => s.iter_mut().for_each(|x| skala(x, m)),
        _ => {}
    }
}

/// Removes every mapping entry keyed `id` and every sequence item that is a
/// mapping naming `id` as one of its values.
fn buang(v: &mut Value, id: &str) {
    match v {
        Value::Mapping(map) => {
            map.retain(|k, _| k.as_str() != Some(id));
            for (_, val) in map.iter_mut() {
                buang(val, id);
            }
        }
        Value::Sequence(s) => {
            s.retain(|x| {
                !x.as_mapping()
                    .is_some_and(|m| m.values().any(|y| y.as_str() == Some(id)))
            });
            s.iter_mut().for_each(|x| buang(x, id));
        }
        _ => {}
    }
}

fn ubah_yaml(dir: &Path, file: &str, f: impl FnOnce(&mut Value)) {
    let path = dir.join(file);
    let mut v: Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(&path, serde_yaml::to_string(&v).unwrap()).unwrap();
}

/// Generates unit `i` from `asal` into `root/NAME/TAHUN`; returns the folder.
fn buat_unit(asal: &Path, root: &Path, i: usize, tahun: i32) -> PathBuf {
    let kota = KOTA[i % KOTA.len()];
    let kelas = KELAS[(i / 2) % KELAS.len()];
    let nama = match i / KOTA.len() {
        0 => kota.to_string(),
        k => format!("{kota} {}", k + 1),
    };
    let dir = root
        .join(format!(
            "upt-{i:03}-{}",
            kota.to_lowercase().replace(' ', "-")
        ))
        .join(tahun.to_string());
    salin(asal, &dir).unwrap();
    // Names: consistent text replacement in every file.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let t = std::fs::read_to_string(&path).unwrap();
            let t = t.replace("Kelas IIB Atambua", &format!("{kelas} {nama}"));
            let t = t
                .replace("ATAMBUA", &nama.to_uppercase())
                .replace("Atambua", &nama);
            std::fs::write(&path, t).unwrap();
        }
    }
    // Budget: ×1, ×2 or ×3 everywhere, so every sum still agrees.
    let m = (i % 3) as i64 + 1;
    if m > 1 {
        ubah_yaml(&dir, "anggaran.yaml", |v| skala(v, m));
        ubah_yaml(&dir, "pk.yaml", |v| {
            if let Some(a) = v.get_mut("anggaran") {
                skala(a, m);
            }
        });
    }
    // Indicators: drop the last 0–3 indicators of the last sasaran.
    let drop = i % 4;
    if drop > 0 {
        let pk: Value =
            serde_yaml::from_str(&std::fs::read_to_string(dir.join("pk.yaml")).unwrap()).unwrap();
        let ids: Vec<String> = pk["sasaran_kegiatan"]
            .as_sequence()
            .and_then(|s| s.last())
            .and_then(|sk| sk["indikator"].as_sequence())
            .map(|s| {
                s.iter()
                    .filter_map(|i| i["id"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let buang_ids: Vec<&String> = ids
            .iter()
            .rev()
            .take(drop.min(ids.len().saturating_sub(1)))
            .collect();
        for file in [
            "pk.yaml",
            "capaian.yaml",
            "renstra.yaml",
            "kinerja_lainnya.yaml",
        ] {
            ubah_yaml(&dir, file, |v| {
                for id in &buang_ids {
                    buang(v, id);
                }
            });
        }
    }
    dir
}

/// What one measured run of lkjip processes took.
struct Ukuran {
    /// Wall time until the last process ended.
    waktu: Duration,
    /// Largest peak resident memory (VmHWM) of any one process (or of
    /// one of its worker processes), MiB.
    puncak: f64,
    /// CPU time (user + system) of all processes, as last sampled.
    cpu: Duration,
    /// Whether every process succeeded.
    ok: bool,
}

/// CPU time (utime + stime) of process `pid` from /proc, in the kernel's
/// clock ticks of 1/100 s (USER_HZ on Linux).
fn cpu_proses(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Runs `cmds` side by side, sampling each one's VmHWM and CPU time every
/// 20 ms.
fn ukur_bersama(cmds: Vec<Command>) -> Ukuran {
    let start = Instant::now();
    let mut anak: Vec<_> = cmds
        .into_iter()
        .map(|mut c| {
            c.stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("lkjip starts (cargo build --release first)")
        })
        .collect();
    let mut puncak = 0f64;
    let mut cpu = vec![Duration::ZERO; anak.len()];
    let mut selesai: Vec<Option<bool>> = vec![None; anak.len()];
    loop {
        for (k, child) in anak.iter_mut().enumerate() {
            if selesai[k].is_some() {
                continue;
            }
            // The process and its own children (`build -j N` builds in
            // worker processes): the largest of them.
            let anak_anak =
                std::fs::read_to_string(format!("/proc/{0}/task/{0}/children", child.id()))
                    .unwrap_or_default();
            let pids = std::iter::once(child.id())
                .chain(anak_anak.split_whitespace().filter_map(|p| p.parse().ok()));
            for pid in pids {
                if let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
                    if let Some(kib) = s
                        .lines()
                        .find(|l| l.starts_with("VmHWM:"))
                        .and_then(|l| l.split_whitespace().nth(1))
                        .and_then(|k| k.parse::<f64>().ok())
                    {
                        puncak = puncak.max(kib / 1024.0);
                    }
                }
            }
            if let Some(c) = cpu_proses(child.id()) {
                cpu[k] = c;
            }
            if let Some(st) = child.try_wait().unwrap() {
                selesai[k] = Some(st.success());
            }
        }
        if selesai.iter().all(Option::is_some) {
            return Ukuran {
                waktu: start.elapsed(),
                puncak,
                cpu: cpu.iter().sum(),
                ok: selesai.iter().all(|s| *s == Some(true)),
            };
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs `cmd` alone: see [`ukur_bersama`].
fn ukur(cmd: Command) -> Ukuran {
    ukur_bersama(vec![cmd])
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut n = 20usize;
    let mut sampel = 20usize;
    let mut ronde = 3usize;
    let mut j = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mut asal = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/2023"));
    let mut simpan: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "-j" => j = args.next().and_then(|s| s.parse().ok()).expect("-j N"),
            "-s" => sampel = args.next().and_then(|s| s.parse().ok()).expect("-s S"),
            "-r" => ronde = args.next().and_then(|s| s.parse().ok()).expect("-r R"),
            "--from" => asal = args.next().expect("--from DIR").into(),
            "--keep" => simpan = Some(args.next().expect("--keep DIR").into()),
            x => n = x.parse().expect("N"),
        }
    }
    let sampel = sampel.min(n).max(1);
    let ronde = ronde.max(1);
    let lkjip = umum::program_lkjip();
    let tmp = tempfile::tempdir().unwrap();
    let root = simpan.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let tahun = lkjip::load::muat(&asal).unwrap().data.laporan.tahun;

    let t = Instant::now();
    let folders: Vec<PathBuf> = (0..n).map(|i| buat_unit(&asal, &root, i, tahun)).collect();
    let mut bersih = 0;
    for f in &folders {
        let l = lkjip::susun(f).unwrap_or_else(|g| panic!("{}: {}", f.display(), g[0]));
        if !l
            .periksa(lkjip::check::Bahasa::Id)
            .iter()
            .any(|d| d.severity == lkjip::check::Tingkat::Error)
        {
            bersih += 1;
        }
    }
    println!(
        "generated       : {n} units in {} ({:.1} s; all load, {bersih} check-clean, the rest build with --draft)",
        root.display(),
        t.elapsed().as_secs_f64()
    );

    let s = &folders[..sampel];
    // 1. One process per folder, one after another.
    let mut satu = Duration::ZERO;
    let mut mem_satu = 0f64;
    for f in s {
        let mut c = Command::new(&lkjip);
        c.args(["build", "--draft"]).arg(f);
        let u = ukur(c);
        assert!(u.ok, "{}", f.display());
        satu += u.waktu;
        mem_satu = mem_satu.max(u.puncak);
    }
    println!(
        "one by one      : {sampel} units, {:.1} s, {:.2} units/s, peak {mem_satu:.0} MiB per process",
        satu.as_secs_f64(),
        sampel as f64 / satu.as_secs_f64()
    );
    // 2. The sample in one process, -j 1 and -j J; then J processes side
    // by side, each `-j 1` over every J-th folder of the sample.
    let perintah = |fs: &[PathBuf], jj: usize| {
        let mut c = Command::new(&lkjip);
        c.args(["build", "--draft", "-j", &jj.to_string()]).args(fs);
        c
    };
    let bagian: Vec<Vec<PathBuf>> = (0..j)
        .map(|k| s.iter().skip(k).step_by(j).cloned().collect())
        .filter(|b: &Vec<PathBuf>| !b.is_empty())
        .collect();
    // This machine's speed drifts by ±20 % over a minute, so the three are
    // measured in R rounds, in a rotating order, and each ratio is the
    // median of the rounds' own ratios (paired), not a ratio of medians.
    let (mut r1, mut rj, mut rp) = (vec![], vec![], vec![]);
    for r in 0..ronde {
        let mut hasil: [Option<Ukuran>; 3] = [None, None, None];
        for k in 0..3 {
            let langkah = (k + r) % 3;
            let u = match langkah {
                0 => ukur(perintah(s, 1)),
                1 => ukur(perintah(s, j)),
                _ => ukur_bersama(bagian.iter().map(|b| perintah(b, 1)).collect()),
            };
            assert!(u.ok, "round {r}, step {langkah} failed");
            hasil[langkah] = Some(u);
        }
        let [a, b, c] = hasil.map(Option::unwrap);
        r1.push(a);
        rj.push(b);
        rp.push(c);
    }
    let detik = |v: &[Ukuran]| median(v.iter().map(|u| u.waktu.as_secs_f64()).collect());
    let mib = |v: &[Ukuran]| median(v.iter().map(|u| u.puncak).collect());
    let (d1, dj, dp) = (detik(&r1), detik(&rj), detik(&rp));
    let inti = median(
        r1.iter()
            .map(|u| u.cpu.as_secs_f64() / u.waktu.as_secs_f64())
            .collect(),
    );
    let per = |d: f64, k: usize| k as f64 / d;
    println!(
        "build -j 1      : {sampel} units, {d1:.1} s, {:.2} units/s, peak {:.0} MiB, {:.0} % CPU (median of {ronde} rounds)",
        per(d1, sampel),
        mib(&r1),
        inti * 100.0
    );
    println!(
        "build -j {j}      : {sampel} units, {dj:.1} s, {:.2} units/s, peak {:.0} MiB per worker process",
        per(dj, sampel),
        mib(&rj)
    );
    println!(
        "{j} processes     : {sampel} units, {dp:.1} s, {:.2} units/s, peak {:.0} MiB per process",
        per(dp, sampel),
        mib(&rp)
    );
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(j) as f64;
    let plafon = (cores / inti).max(1.0);
    // Each round's own ratios: -j 1 over -j J, J processes over -j J.
    let rasio = |a: &[Ukuran]| -> Vec<f64> {
        (0..ronde)
            .map(|r| a[r].waktu.as_secs_f64() / rj[r].waktu.as_secs_f64())
            .collect()
    };
    let atas_j1 = rasio(&r1);
    let cepat = median(atas_j1.clone());
    let lawan_proses = median(rasio(&rp));
    let p_min = atas_j1.iter().copied().fold(f64::INFINITY, f64::min) / plafon;
    let p_max = atas_j1.iter().copied().fold(0.0, f64::max) / plafon;
    println!(
        "speed-up        : -j {j} {:.2}x over one by one, {cepat:.2}x over -j 1 ({:.2} of the ceiling {plafon:.2}x = {cores} cores / {inti:.2} cores per build; rounds {p_min:.2}-{p_max:.2}), {lawan_proses:.2}x the speed of {j} processes",
        satu.as_secs_f64() / dj,
        cepat / plafon,
    );
    // 3. Everything.
    if n > sampel {
        let u = ukur(perintah(&folders, j));
        assert!(u.ok, "lkjip build -j {j} failed");
        let (d, m) = (u.waktu.as_secs_f64(), u.puncak);
        println!(
            "build -j {j} all  : {n} units, {d:.1} s ({:.1} min), {:.2} units/s, peak {m:.0} MiB per worker process",
            d / 60.0,
            per(d, n)
        );
    }
    if simpan.is_none() {
        drop(tmp);
    }
}
