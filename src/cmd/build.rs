//! `lkjip build DIR`: render the LKjIP PDF.

use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Mutex;

use super::aman::{self, lapor};
use std::process::ExitCode;

use super::banyak::{self, HasilFolder};
use crate::check;
use crate::susun::OpsiBangun;

/// Arguments of `lkjip build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023; boleh beberapa
    /// (data/*/2024), disusun paralel.
    #[arg(required_unless_present = "pekerja", value_name = "DIR")]
    pub folder: Vec<PathBuf>,
    /// Jumlah folder yang disusun bersamaan [bawaan: jumlah inti prosesor].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Berkas PDF keluaran [bawaan: FOLDER/LKjIP-TAHUN.pdf]; hanya untuk satu folder.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Menghasilkan PDF/A-2b (arsip).
    #[arg(long)]
    pub pdfa: bool,
    /// Menyusun walaupun pemeriksaan menemukan kesalahan, dengan cap "DRAF"
    /// pada setiap halaman.
    #[arg(long)]
    pub draft: bool,
    /// Bahasa pesan pemeriksaan.
    #[arg(long = "lang", value_enum, default_value_t = check::Bahasa::Id)]
    pub bahasa: check::Bahasa,
    /// Juga menulis sumber Typst beserta gambar dan fon ke folder ini
    /// (`typst compile --root DIR --font-path DIR/fonts DIR/laporan.typ`).
    #[arg(long = "emit-typst", value_name = "DIR")]
    pub emit_typst: Option<PathBuf>,
    /// Menimpa berkas -o yang sudah ada walaupun bukan PDF (tidak pernah
    /// berkas di dalam folder data).
    #[arg(long)]
    pub force: bool,
    /// Internal: run as a worker process of `build -j N`: read folders
    /// from standard input (one JSON string per line), build each, and
    /// answer each with its outcome as one JSON line.
    #[arg(long, hide = true)]
    pub pekerja: bool,
}

/// What `build` may write: PDFs, others only with `--force`.
pub fn izin(args: &Args) -> crate::berkas::Izin<'static> {
    crate::berkas::Izin {
        jenis: &["pdf"],
        paksa: args.force,
    }
}

pub use crate::susun::{KELUAR_GAGAL_SUSUN, keluaran_bawaan};

/// What the driver is asked to do.
fn opsi(args: &Args) -> OpsiBangun {
    OpsiBangun {
        output: args.output.clone(),
        pdfa: args.pdfa,
        draf: args.draft,
        bahasa: args.bahasa,
        emit_typst: args.emit_typst.clone(),
        izin: izin(args),
    }
}

/// Runs `lkjip build` over one or more folders.
pub fn jalankan(args: &Args) -> ExitCode {
    if args.folder.len() > 1 && (args.output.is_some() || args.emit_typst.is_some()) {
        eprintln!("galat: -o dan --emit-typst hanya dapat dipakai untuk satu folder");
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    if args.pekerja {
        return layani_pekerja(args);
    }
    if let [folder] = args.folder.as_slice() {
        let h = susun_folder(folder, args);
        lapor(&h.log);
        return ExitCode::from(h.kode);
    }
    let pekerja = banyak::jumlah_pekerja(args.jobs, args.folder.len());
    // Typst compiles in one process do not scale across threads (its memo
    // cache and allocator are shared: two threads reach ~0.8 of what two
    // processes do), so with more than one worker the folders are built
    // by child processes (`lkjip build --pekerja`), one per worker thread,
    // each kept for many folders; the queue, progress and closing table
    // stay the same.
    let kolam = (pekerja > 1)
        .then(program_sendiri)
        .flatten()
        .map(|exe| KolamPekerja {
            exe,
            siap: Mutex::new(Vec::new()),
            benang_tata_letak: benang_tata_letak(pekerja),
        });
    let hasil = banyak::jalankan(&args.folder, pekerja, "menyusun", false, |f| match &kolam {
        Some(k) => k.susun(f, args),
        None => susun_salah_satu(f, args),
    });
    drop(kolam);
    aman::keluar(&banyak::tabel_ringkasan(&hasil));
    if hasil.iter().any(|h| h.gagal()) {
        ExitCode::from(KELUAR_GAGAL_SUSUN)
    } else {
        ExitCode::SUCCESS
    }
}

/// Builds one folder as `lkjip build FOLDER` does, without printing
/// ([`crate::susun::bangun`]).
pub fn susun_folder(folder: &Path, args: &Args) -> HasilFolder {
    crate::susun::bangun(folder, &opsi(args))
}

/// Builds one of many folders in this process: as [`susun_folder`], then
/// bounds Typst's memo cache for the next one.
fn susun_salah_satu(folder: &Path, args: &Args) -> HasilFolder {
    let h = susun_folder(folder, args);
    crate::susun::batasi_cache();
    h
}

/// The worker side of `build -j N`: one folder per input line, one
/// [`HasilFolder`] per output line, until the input ends.
fn layani_pekerja(args: &Args) -> ExitCode {
    use std::io::{BufRead, Write};
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let h = match serde_json::from_str::<PathBuf>(&line) {
            Ok(folder) => susun_salah_satu(&folder, args),
            Err(e) => {
                eprintln!("galat: masukan pekerja tidak sah: {e}");
                return ExitCode::from(KELUAR_GAGAL_SUSUN);
            }
        };
        let json = serde_json::to_string(&h).unwrap_or_else(|e| {
            let g = HasilFolder::gagal_internal(
                &h.folder,
                format!("hasil pekerja tidak dapat ditulis: {e}"),
            );
            serde_json::to_string(&g).unwrap_or_default()
        });
        if writeln!(out, "{json}").and_then(|()| out.flush()).is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

/// This lkjip program, to start workers with; `None` when the running
/// program is not lkjip (a test or another program calling the library),
/// which then builds in its own threads.
fn program_sendiri() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    (exe.file_stem()? == env!("CARGO_PKG_NAME")).then_some(exe)
}

/// How many layout threads each of `pekerja` worker processes gets: the
/// cores shared out (at least one), unless `RAYON_NUM_THREADS` is set,
/// which the workers then inherit. Typst lays out in rayon's pool, one
/// thread per core by default; with a pool that size in every worker the
/// machine has more busy threads than cores, and rayon's idle threads spin
/// before they sleep: on 2 cores, two workers of one thread each built 10
/// units in 2-12 % less time and 3-13 % less CPU than with two threads each
/// (`examples/kanwil.rs`). The PDF does not depend on the thread count.
fn benang_tata_letak(pekerja: usize) -> Option<usize> {
    if std::env::var_os("RAYON_NUM_THREADS").is_some() {
        return None;
    }
    let inti = std::thread::available_parallelism().map_or(1, |n| n.get());
    Some((inti / pekerja.max(1)).max(1))
}

/// One running worker process and its pipes.
struct Pekerja {
    anak: Child,
    masuk: ChildStdin,
    keluar: BufReader<ChildStdout>,
}

/// Worker processes not in use, started on demand; at most one per worker
/// thread exists. Dropping the pool ends them (their input closes).
struct KolamPekerja {
    exe: PathBuf,
    siap: Mutex<Vec<Pekerja>>,
    /// `RAYON_NUM_THREADS` for each worker ([`benang_tata_letak`]).
    benang_tata_letak: Option<usize>,
}

impl KolamPekerja {
    /// Starts `exe build --pekerja -j 1` with `args`' options.
    fn mulai(&self, args: &Args) -> std::io::Result<Pekerja> {
        use clap::ValueEnum as _;
        // Every field named: an option added to `build` does not compile
        // until it is decided here whether the worker needs it.
        let Args {
            folder: _,
            jobs: _,
            output: _,     // refused with more than one folder
            emit_typst: _, // idem
            pekerja: _,
            pdfa,
            draft,
            force,
            bahasa,
        } = args;
        let mut cmd = Command::new(&self.exe);
        cmd.args(["build", "--pekerja", "-j", "1"]);
        for (aktif, flag) in [(*pdfa, "--pdfa"), (*draft, "--draft"), (*force, "--force")] {
            if aktif {
                cmd.arg(flag);
            }
        }
        if let Some(v) = bahasa.to_possible_value() {
            cmd.args(["--lang", v.get_name()]);
        }
        if let Some(n) = self.benang_tata_letak {
            cmd.env("RAYON_NUM_THREADS", n.to_string());
        }
        let mut anak = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let (Some(masuk), Some(keluar)) = (anak.stdin.take(), anak.stdout.take()) else {
            let _ = anak.kill();
            return Err(std::io::Error::other("pipa pekerja tidak tersedia"));
        };
        Ok(Pekerja {
            anak,
            masuk,
            keluar: BufReader::new(keluar),
        })
    }

    /// Builds `folder` in a worker process. A worker that dies or answers
    /// nonsense fails that folder only, with the reason, and is replaced
    /// for the next folder.
    fn susun(&self, folder: &Path, args: &Args) -> HasilFolder {
        use std::io::{BufRead, Write};
        let gagal = |sebab: String| HasilFolder::gagal_internal(folder, sebab);
        let siap = self.siap.lock().ok().and_then(|mut v| v.pop());
        let mut p = match siap.map_or_else(|| self.mulai(args), Ok) {
            Ok(p) => p,
            Err(e) => return gagal(format!("proses pekerja tidak dapat dimulai: {e}")),
        };
        let permintaan = serde_json::to_string(folder).unwrap_or_default();
        let mut jawaban = String::new();
        let dikirim = writeln!(p.masuk, "{permintaan}").and_then(|()| p.masuk.flush());
        let hasil = dikirim
            .and_then(|()| p.keluar.read_line(&mut jawaban))
            .ok()
            .and_then(|_| serde_json::from_str::<HasilFolder>(&jawaban).ok());
        match hasil {
            Some(h) => {
                if let Ok(mut v) = self.siap.lock() {
                    v.push(p);
                }
                h
            }
            None => {
                let _ = p.anak.kill();
                let status = p.anak.wait().map(|s| s.to_string()).unwrap_or_default();
                gagal(format!(
                    "galat internal lkjip: proses pekerja berhenti ({status}) tanpa hasil untuk folder ini"
                ))
            }
        }
    }
}

impl Drop for KolamPekerja {
    fn drop(&mut self) {
        if let Ok(v) = self.siap.get_mut() {
            for p in v.drain(..) {
                drop(p.masuk);
                let mut anak = p.anak;
                let _ = anak.wait();
            }
        }
    }
}

/// Writes `bytes` to `path` atomically; see [`aman::tulis_atomik`].
pub fn tulis_atomik(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    aman::tulis_atomik(path, bytes)
}
