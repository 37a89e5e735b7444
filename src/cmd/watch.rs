//! `lkjip watch DIR`: build once, then rebuild the PDF on every save.
//!
//! [`Penyusun`] is one rebuild: load, check, merge earlier years, generate
//! the Typst source, compile it with the long-lived
//! [`Kompilator`](crate::render::inkremental::Kompilator) and write the PDF
//! atomically. [`Pengawas`] watches the data folder (notify) and starts
//! the rebuild right after the event that ends a save (a file closed after
//! writing, or renamed into place; [`SEPI_TUNTAS`], 2 ms of quiet, joins
//! several files written together); after other events (or where the
//! platform reports none), as soon as the events have stopped coming
//! ([`SEPI`], 10 ms; at most [`HIMPUN`] after the first).
//! Everything that arrives while a rebuild runs is coalesced into the
//! next one. It drops events that
//! cannot change the report (reads, editor temp files, the output PDF,
//! saves whose bytes did not change), so a save seen half-written is
//! rebuilt again once its last write arrives.
//!
//! Ctrl-C: the default SIGINT handling ends the process. That is safe
//! because the PDF is only ever replaced by a rename ([`crate::berkas::tulis`]); a
//! temporary file left by a kill in the middle of a write is removed on the
//! next start.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::build::{KELUAR_GAGAL_SUSUN, keluaran_bawaan};
use crate::check::Bahasa;
use crate::model::Tanggal;
use crate::render::SumberTypst;
use crate::render::inkremental::{Kompilator, Rincian};

/// How long the folder must be quiet after an event that does not end a
/// save (a write still open, a new file still empty) before the rebuild
/// starts anyway. The events of one save arrive within a millisecond of
/// each other, so 10 ms joins them without a wait a user notices
/// (typst-cli waits for 100 ms of quiet, its `BATCH_TIMEOUT`). Saves that
/// end with a close or a rename (every editor on Linux) wait only
/// [`SEPI_TUNTAS`].
pub const SEPI: Duration = Duration::from_millis(10);

/// How long the folder must be quiet after an event that ends a save.
/// A person saves again seconds later, never within 2 ms, but a script or
/// an editor writing several files (or one file twice) does: their saves
/// join one rebuild of the final state instead of a rebuild per write.
pub const SEPI_TUNTAS: Duration = Duration::from_millis(2);

/// The longest the events of one burst are collected before the rebuild
/// starts anyway, so a file written continuously still gets rebuilt.
pub const HIMPUN: Duration = Duration::from_millis(100);

/// Arguments of `lkjip watch`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023.
    pub folder: PathBuf,
    /// Berkas PDF keluaran [bawaan: FOLDER/LKjIP-TAHUN.pdf].
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Menyusun walaupun pemeriksaan menemukan kesalahan, dengan cap "DRAF"
    /// pada setiap halaman.
    #[arg(long)]
    pub draft: bool,
    /// Membuka PDF sekali di penampil PDF sistem setelah penyusunan pertama.
    #[arg(long)]
    pub open: bool,
}

/// Runs `lkjip watch` until Ctrl-C.
pub fn jalankan(args: &Args) -> ExitCode {
    let penyusun = Penyusun::baru(&args.folder, args.output.clone(), args.draft);
    let pengawas = match Pengawas::baru(penyusun) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("galat: {e}");
            return ExitCode::from(KELUAR_GAGAL_SUSUN);
        }
    };
    eprintln!(
        "mengawasi {} (Ctrl-C untuk berhenti)",
        args.folder.display()
    );
    let mut dibuka = !args.open;
    let hasil = pengawas.jalankan(|p| match p {
        Peristiwa::Disusun(s) => {
            eprint!("{}", s.diagnostik);
            eprintln!("{}", s.status());
            if !dibuka && s.ditulis {
                if let Some(pdf) = &s.keluaran {
                    buka(pdf);
                }
                dibuka = true;
            }
        }
        Peristiwa::Diabaikan(_) => {}
        Peristiwa::GalatPengawas(e) => eprintln!("galat pengawas berkas: {e}"),
    });
    match hasil {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("galat: {e}");
            ExitCode::from(KELUAR_GAGAL_SUSUN)
        }
    }
}

/// Opens `pdf` in the system PDF viewer, without waiting for it.
fn buka(pdf: &Path) {
    let mut cmd = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    cmd.arg(pdf)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    match cmd.spawn() {
        // Reap the opener when it exits; the viewer itself lives on.
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => eprintln!(
            "PDF tidak dapat dibuka otomatis ({e}); buka {} sendiri",
            pdf.display()
        ),
    }
}

/// What one rebuild did.
#[derive(Debug, Clone)]
pub struct Susunan {
    /// Whether a new PDF was written.
    pub ditulis: bool,
    /// The PDF path (when the folder could be loaded far enough to know it).
    pub keluaran: Option<PathBuf>,
    /// Pages of the written PDF.
    pub halaman: usize,
    /// Errors found (loading, checks, Typst).
    pub galat: usize,
    /// Warnings found (checks, Typst).
    pub peringatan: usize,
    /// Located diagnostics to print before the status line (empty when
    /// they are the same as after the previous rebuild).
    pub diagnostik: String,
    /// From the start of the rebuild to the PDF written.
    pub waktu: Duration,
    /// Load, checks, earlier years and Typst source generation.
    pub persiapan: Duration,
    /// Inside the Typst compiler.
    pub rincian: Rincian,
    /// Writing the PDF file.
    pub tulis: Duration,
}

impl Susunan {
    /// One status line: time of day, result, pages, duration, counts.
    pub fn status(&self) -> String {
        let jam = chrono::Local::now().format("%H:%M:%S");
        let nama = self
            .keluaran
            .as_deref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "PDF".into());
        let ms = self.waktu.as_millis();
        if self.ditulis {
            format!(
                "[{jam}] {nama} ditulis: {} halaman, {ms} ms; {} kesalahan, {} peringatan",
                self.halaman, self.galat, self.peringatan
            )
        } else {
            format!(
                "[{jam}] {nama} tidak diperbarui ({} kesalahan, {} peringatan); PDF terakhir yang baik tetap ada. Perbaiki berkasnya lalu simpan lagi.",
                self.galat, self.peringatan
            )
        }
    }
}

/// One rebuild of a data folder, reusing the Typst compiler between calls.
pub struct Penyusun {
    folder: PathBuf,
    keluaran: Option<PathBuf>,
    draf: bool,
    bahasa: Bahasa,
    kompilator: Kompilator,
    /// The diagnostics printed after the previous rebuild.
    diagnostik_terakhir: Option<String>,
    /// The output path of the previous rebuild.
    keluaran_terakhir: Option<PathBuf>,
}

impl Penyusun {
    /// A rebuilder for `folder`, writing to `keluaran` (default
    /// `FOLDER/LKjIP-TAHUN.pdf`), with the DRAF stamp and despite check
    /// errors when `draf`.
    pub fn baru(folder: &Path, keluaran: Option<PathBuf>, draf: bool) -> Self {
        Penyusun {
            folder: folder.to_path_buf(),
            keluaran,
            draf,
            bahasa: Bahasa::Id,
            kompilator: Kompilator::baru(),
            diagnostik_terakhir: None,
            keluaran_terakhir: None,
        }
    }

    /// The output path, when known: given with `-o`, or found by the
    /// previous rebuild.
    pub fn keluaran(&self) -> Option<&Path> {
        self.keluaran
            .as_deref()
            .or(self.keluaran_terakhir.as_deref())
    }

    /// Rebuilds: on success the PDF is replaced atomically; on any error
    /// the previous PDF is left as it was.
    pub fn susun(&mut self) -> Susunan {
        let mulai = Instant::now();
        let mut s = Susunan {
            ditulis: false,
            keluaran: self.keluaran().map(Path::to_path_buf),
            halaman: 0,
            galat: 0,
            peringatan: 0,
            diagnostik: String::new(),
            waktu: Duration::ZERO,
            persiapan: Duration::ZERO,
            rincian: Rincian::default(),
            tulis: Duration::ZERO,
        };
        let siap = siapkan(&self.folder, self.draf, self.bahasa);
        s.persiapan = mulai.elapsed();
        let mut diagnostik = String::new();
        match siap {
            Err(tolak) => {
                s.galat = tolak.galat;
                s.peringatan = tolak.peringatan;
                diagnostik = tolak.pesan;
            }
            Ok(siap) => {
                s.galat = siap.galat;
                s.peringatan = siap.peringatan;
                diagnostik.push_str(&siap.diagnostik);
                let keluaran = self
                    .keluaran
                    .clone()
                    .unwrap_or_else(|| keluaran_bawaan(&self.folder, siap.tahun));
                if self.keluaran_terakhir.as_ref() != Some(&keluaran) {
                    hapus_sisa_sementara(&keluaran);
                }
                self.keluaran_terakhir = Some(keluaran.clone());
                s.keluaran = Some(keluaran.clone());
                match self
                    .kompilator
                    .kompilasi(&siap.sumber, siap.tanggal, &siap.ident, false)
                {
                    Err(e) => {
                        s.galat += e.pesan.len();
                        for line in &e.pesan {
                            diagnostik.push_str(&format!("galat: {line}\n"));
                        }
                    }
                    Ok(h) => {
                        s.rincian = h.rincian;
                        s.halaman = h.halaman;
                        s.peringatan += h.peringatan.len();
                        for line in &h.peringatan {
                            diagnostik.push_str(&format!("peringatan: {line}\n"));
                        }
                        let t = Instant::now();
                        // The same guard as `build -o` (never a data file,
                        // a device or a symlink), on every write.
                        let izin = crate::berkas::Izin {
                            jenis: &["pdf"],
                            paksa: false,
                        };
                        match crate::berkas::tulis(&keluaran, &h.pdf, izin) {
                            Ok(()) => s.ditulis = true,
                            Err(e) => {
                                s.galat += 1;
                                diagnostik
                                    .push_str(&format!("galat: {}: {e}\n", keluaran.display()));
                            }
                        }
                        s.tulis = t.elapsed();
                    }
                }
            }
        }
        // Print the diagnostics when they differ from the last ones shown,
        // so the status line of an unchanged state stays one line.
        if self.diagnostik_terakhir.as_deref() != Some(diagnostik.as_str()) {
            s.diagnostik = diagnostik.clone();
            self.diagnostik_terakhir = Some(diagnostik);
        }
        s.waktu = mulai.elapsed();
        s
    }
}

/// Removes `.NAME.PID.tmp` files beside `pdf` left by an earlier lkjip
/// killed in the middle of a write.
fn hapus_sisa_sementara(pdf: &Path) {
    let (Some(dir), Some(name)) = (pdf.parent(), pdf.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let awal = format!(".{}.", name.to_string_lossy());
    let milik_sendiri = format!("{awal}{}.tmp", std::process::id());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if n.starts_with(&awal) && n.ends_with(".tmp") && n != milik_sendiri {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// A folder ready to compile.
struct Disiapkan {
    sumber: SumberTypst,
    tahun: i32,
    tanggal: Tanggal,
    ident: String,
    galat: usize,
    peringatan: usize,
    /// Check findings, formatted as `lkjip check` prints them.
    diagnostik: String,
}

/// Why a folder is not compiled.
struct Ditolak {
    pesan: String,
    galat: usize,
    peringatan: usize,
}

/// Load + check + stop on errors ([`crate::susun::periksa`], as `build`
/// does) + Typst source.
fn siapkan(folder: &Path, draf: bool, bahasa: Bahasa) -> Result<Disiapkan, Ditolak> {
    let diperiksa = crate::susun::periksa(folder, bahasa, !draf).map_err(|galat| Ditolak {
        pesan: crate::diag::baris_gagal_muat(&galat),
        galat: galat.len(),
        peringatan: 0,
    })?;
    let (galat, peringatan) = (diperiksa.galat, diperiksa.peringatan());
    let diagnostik = if diperiksa.diagnostik.is_empty() {
        String::new()
    } else {
        diperiksa.manusia(bahasa)
    };
    if let Some(alasan) = diperiksa.ditolak(draf) {
        return Err(Ditolak {
            pesan: format!("{diagnostik}{alasan}\n"),
            galat,
            peringatan,
        });
    }
    let laporan = diperiksa.laporan;
    let sumber = laporan.sumber(draf).map_err(|e| Ditolak {
        pesan: e
            .to_string()
            .lines()
            .map(|l| format!("galat: {l}\n"))
            .collect(),
        galat: galat + 1,
        peringatan,
    })?;
    let data = &laporan.dimuat.data;
    Ok(Disiapkan {
        sumber,
        tahun: data.laporan.tahun,
        tanggal: data.laporan.ditandatangani.tanggal,
        ident: format!("lkjip/{}/{}", data.unit.nama, data.laporan.tahun),
        galat,
        peringatan,
        diagnostik,
    })
}

/// What the watch loop reports.
#[derive(Debug)]
pub enum Peristiwa {
    /// A rebuild ran (the first one, or after a change).
    Disusun(Susunan),
    /// Files were saved without changing their bytes; nothing was rebuilt.
    Diabaikan(Vec<PathBuf>),
    /// The file watcher reported a problem; watching goes on.
    GalatPengawas(String),
}

/// Messages into the watch loop.
enum Pesan {
    /// Files touched; `tuntas` when the event ends a save (see [`tuntas`]).
    Berkas {
        paths: Vec<PathBuf>,
        tuntas: bool,
    },
    Galat(String),
    Berhenti,
}

/// Stops a running [`Pengawas::jalankan`] (after the rebuild in progress).
#[derive(Clone)]
pub struct Penghenti(Sender<Pesan>);

impl Penghenti {
    /// Asks the watch loop to end.
    pub fn hentikan(&self) {
        let _ = self.0.send(Pesan::Berhenti);
    }
}

/// Watches a data folder and rebuilds on change.
pub struct Pengawas {
    penyusun: Penyusun,
    folder: PathBuf,
    tx: Sender<Pesan>,
    rx: Receiver<Pesan>,
    /// Content hash of every file seen, as of the last look.
    hash: HashMap<PathBuf, Option<u64>>,
    _watcher: RecommendedWatcher,
}

impl Pengawas {
    /// Starts watching `penyusun`'s folder (recursively). Nothing is built
    /// until [`jalankan`](Self::jalankan).
    pub fn baru(penyusun: Penyusun) -> Result<Self, String> {
        let folder = penyusun
            .folder
            .canonicalize()
            .map_err(|e| format!("{}: {e}", penyusun.folder.display()))?;
        let (tx, rx) = channel();
        let kirim = tx.clone();
        let mut watcher = notify::recommended_watcher(move |r: notify::Result<notify::Event>| {
            let pesan = match r {
                // Opening and reading files (lkjip's own loads included)
                // changes nothing; a close after writing does.
                Ok(e) if matches!(e.kind, EventKind::Access(a) if a != AccessKind::Close(AccessMode::Write)) => {
                    return;
                }
                Ok(e) => Pesan::Berkas {
                    tuntas: tuntas(&e.kind),
                    paths: e.paths,
                },
                Err(e) => Pesan::Galat(e.to_string()),
            };
            let _ = kirim.send(pesan);
        })
        .map_err(|e| format!("pengawas berkas tidak dapat dimulai: {e}"))?;
        watcher
            .watch(&folder, RecursiveMode::Recursive)
            .map_err(|e| format!("{}: tidak dapat diawasi: {e}", folder.display()))?;
        let mut p = Pengawas {
            penyusun,
            folder,
            tx,
            rx,
            hash: HashMap::new(),
            _watcher: watcher,
        };
        let mut semua = Vec::new();
        daftar_berkas(&p.folder, &mut semua);
        p.berubah(&semua);
        Ok(p)
    }

    /// A handle that stops [`jalankan`](Self::jalankan) from another thread.
    pub fn penghenti(&self) -> Penghenti {
        Penghenti(self.tx.clone())
    }

    /// Builds once, then rebuilds after every change until stopped,
    /// reporting each step to `lapor`.
    pub fn jalankan(mut self, mut lapor: impl FnMut(Peristiwa)) -> Result<(), String> {
        lapor(Peristiwa::Disusun(self.penyusun.susun()));
        loop {
            let (mut paths, mut selesai) = match self.rx.recv() {
                Ok(Pesan::Berkas { paths, tuntas }) => (paths, tuntas),
                Ok(Pesan::Galat(e)) => {
                    lapor(Peristiwa::GalatPengawas(e));
                    continue;
                }
                Ok(Pesan::Berhenti) | Err(_) => return Ok(()),
            };
            // No debounce: the events already queued (those of this save
            // and those that arrived while the previous rebuild ran) join
            // this rebuild, which starts once the folder has been quiet for
            // SEPI_TUNTAS after an event that ended a save, or for SEPI
            // when none has, and at most HIMPUN after the first event. What
            // arrives later makes the next rebuild.
            let batas = Instant::now() + HIMPUN;
            loop {
                let sepi = if selesai { SEPI_TUNTAS } else { SEPI };
                let tunggu = sepi.min(batas.saturating_duration_since(Instant::now()));
                match self.rx.recv_timeout(tunggu) {
                    Ok(Pesan::Berkas { paths: p, tuntas }) => {
                        paths.extend(p);
                        selesai |= tuntas;
                    }
                    Ok(Pesan::Galat(e)) => lapor(Peristiwa::GalatPengawas(e)),
                    Ok(Pesan::Berhenti) | Err(RecvTimeoutError::Disconnected) => return Ok(()),
                    Err(RecvTimeoutError::Timeout) => break,
                }
            }
            paths.sort();
            paths.dedup();
            let (berubah, sama) = self.berubah(&paths);
            if berubah.is_empty() {
                if !sama.is_empty() {
                    lapor(Peristiwa::Diabaikan(sama));
                }
                continue;
            }
            lapor(Peristiwa::Disusun(self.penyusun.susun()));
        }
    }

    /// Splits `paths` into those whose content changed since last seen and
    /// those saved unchanged; editor temp files and the output PDF are in
    /// neither.
    fn berubah(&mut self, paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
        let keluaran = self.penyusun.keluaran().and_then(kanonik);
        let mut berubah = Vec::new();
        let mut sama = Vec::new();
        for p in paths {
            if diabaikan(p) || keluaran.as_deref() == Some(p.as_path()) || p.is_dir() {
                continue;
            }
            let h = std::fs::read(p).ok().map(|b| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                b.hash(&mut h);
                h.finish()
            });
            // A file never seen and already gone (an editor's or sed's
            // temporary file, renamed over the real one) counts as unchanged.
            if self.hash.get(p).copied().flatten() == h {
                sama.push(p.clone());
            } else {
                self.hash.insert(p.clone(), h);
                berubah.push(p.clone());
            }
        }
        (berubah, sama)
    }
}

/// Whether an event of `kind` ends a save, so the file can be read whole
/// now: closed after writing, or renamed into place (vim, sed -i, most
/// editors' safe save). "Modified" and "created" do not: the write may
/// still be under way, and on Linux its close follows. Nor do "renamed
/// away" and "removed": editors that save by moving the old file aside or
/// deleting it write the new one right after. Those, and platforms that
/// report no close (macOS), wait for [`SEPI`] of quiet.
fn tuntas(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => true,
        _ => false,
    }
}

/// `path` with its folder made absolute and free of symlinks, as the
/// watcher reports paths.
fn kanonik(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(dir.canonicalize().ok()?.join(name))
}

/// Every file under `dir`, recursively.
fn daftar_berkas(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            daftar_berkas(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Editor temp and backup files, lkjip's own temp files, version control.
fn diabaikan(path: &Path) -> bool {
    if path.components().any(|c| c.as_os_str() == ".git") {
        return true;
    }
    let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else {
        return true;
    };
    name.ends_with('~')
        || name.starts_with(".#")
        || name == "4913"
        || (name.starts_with('.') && name.ends_with(".tmp"))
        || [".swp", ".swo", ".swx"].iter().any(|e| name.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Berkas;

    #[test]
    fn only_events_that_end_a_save_start_a_rebuild_at_once() {
        use notify::event::{CreateKind, DataChange, RemoveKind};
        for k in [
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
        ] {
            assert!(tuntas(&k), "{k:?}");
        }
        for k in [
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Modify(ModifyKind::Any),
            EventKind::Create(CreateKind::File),
            EventKind::Modify(ModifyKind::Name(RenameMode::From)),
            EventKind::Remove(RemoveKind::File),
            EventKind::Any,
        ] {
            assert!(!tuntas(&k), "{k:?}");
        }
    }

    #[test]
    fn editor_files_are_ignored() {
        for n in [
            "capaian.yaml~",
            ".#capaian.yaml",
            "4913",
            ".capaian.yaml.swp",
            ".LKjIP-2023.pdf.123.tmp",
            ".git/index",
        ] {
            assert!(diabaikan(Path::new("/d").join(n).as_path()), "{n}");
        }
        for n in [Berkas::Capaian.nama(), "gambar/logo.svg"] {
            assert!(!diabaikan(Path::new("/d").join(n).as_path()), "{n}");
        }
    }
}
