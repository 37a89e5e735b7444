//! The build pipeline of one folder, as `lkjip build` runs it for each
//! folder given: load → check → stop on errors unless `--draft` → render
//! → compile → write, atomically, never over the last good PDF. Nothing is
//! printed here; what a single-folder run would print is collected in the
//! returned [`HasilFolder`], which the many-folder runner and the command
//! hand to the terminal.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::Diperiksa;
use crate::berkas::{self, Izin};
use crate::check::Bahasa;
use crate::render;

/// Exit code when the data folder cannot be loaded.
pub const KELUAR_GAGAL_MUAT: u8 = 2;

/// Exit code when the checks find errors.
pub const KELUAR_ADA_GALAT: u8 = 1;

/// Exit code when rendering or writing fails.
pub const KELUAR_GAGAL_SUSUN: u8 = 1;

/// How many builds an unused entry of Typst's memo cache survives when
/// one process builds many folders: none. Keeping one more folder's
/// entries doubled a worker's memory (602 against 348 MiB) for no speed.
const UMUR_CACHE_BANYAK: usize = 0;

/// Bounds Typst's memo cache after a build when the process goes on to
/// build other folders (which share little with this one: keeping ten
/// builds' entries, as `typst watch` does for one document, grew `-j 1`
/// over 10 units to 1.5 GiB and made it slower). A single build skips
/// this: the process ends, and evicting costs it ~1 % of its time.
pub fn batasi_cache() {
    typst::comemo::evict(UMUR_CACHE_BANYAK);
}

/// The outcome of one folder. Serializable because `build -j N` gets it,
/// as JSON, from a worker process (`lkjip build --pekerja`).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct HasilFolder {
    /// The folder as given on the command line.
    pub folder: PathBuf,
    /// The unit's name, when the folder loaded.
    pub unit: Option<String>,
    /// The report year, when the folder loaded.
    pub tahun: Option<i32>,
    /// Pages of the PDF written (`build` only).
    pub halaman: Option<usize>,
    /// Errors found by the checks (or loading problems).
    pub galat: usize,
    /// Warnings found by the checks.
    pub peringatan: usize,
    /// Wall time spent on this folder, in seconds.
    pub detik: f64,
    /// The file written, if any.
    pub keluaran: Option<PathBuf>,
    /// Exit code of this folder alone: 0 fine, 1 errors or render failure,
    /// 2 the folder cannot be loaded.
    pub kode: u8,
    /// What a single-folder run prints to standard error (diagnostics,
    /// messages), in order.
    pub log: String,
    /// What a single-folder run prints to standard output.
    pub keluaran_std: String,
    /// Why the folder failed, in one line (for the summary table).
    pub sebab: Option<String>,
}

impl HasilFolder {
    /// A fresh outcome for `folder`.
    pub fn baru(folder: &Path) -> HasilFolder {
        HasilFolder {
            folder: folder.to_path_buf(),
            ..HasilFolder::default()
        }
    }

    /// The outcome of a folder whose work broke down outside the report
    /// itself (a panic, a worker process that died): one error, `sebab`
    /// in the summary and in the log.
    pub fn gagal_internal(folder: &Path, sebab: String) -> HasilFolder {
        HasilFolder {
            kode: KELUAR_GAGAL_SUSUN,
            galat: 1,
            log: format!("galat: {sebab}\n"),
            sebab: Some(sebab),
            ..HasilFolder::baru(folder)
        }
    }

    /// Whether the folder failed (did not load, had errors, or did not render).
    pub fn gagal(&self) -> bool {
        self.kode != 0
    }
}

/// What a build is asked to do (the arguments of `lkjip build`).
#[derive(Clone, Debug)]
pub struct OpsiBangun {
    /// The PDF to write; `FOLDER/LKjIP-TAHUN.pdf` when absent.
    pub output: Option<PathBuf>,
    /// PDF/A-2b.
    pub pdfa: bool,
    /// Build despite errors, stamping every page.
    pub draf: bool,
    /// Language of the findings.
    pub bahasa: Bahasa,
    /// Also write the Typst source, images and fonts here.
    pub emit_typst: Option<PathBuf>,
    /// What the output may overwrite.
    pub izin: Izin<'static>,
}

/// The default output path: `FOLDER/LKjIP-TAHUN.pdf`.
pub fn keluaran_bawaan(folder: &Path, tahun: i32) -> PathBuf {
    folder.join(format!("LKjIP-{tahun}.pdf"))
}

/// Builds one folder as `lkjip build FOLDER` does, without printing: the
/// messages are collected in the result's `log`.
pub fn bangun(folder: &Path, o: &OpsiBangun) -> HasilFolder {
    let mut h = HasilFolder::baru(folder);
    let laporan = match super::susun(folder) {
        Ok(l) => l,
        Err(galat) => {
            h.log.push_str(&crate::diag::baris_gagal_muat(&galat));
            h.galat = galat.len();
            h.sebab = Some(crate::diag::sebab_gagal_muat(&galat));
            h.kode = KELUAR_GAGAL_MUAT;
            return h;
        }
    };
    h.unit = Some(laporan.dimuat.data.unit.nama.clone());
    h.tahun = Some(laporan.tahun());
    let output = o
        .output
        .clone()
        .unwrap_or_else(|| keluaran_bawaan(folder, laporan.tahun()));
    // Refuse a dangerous output before any work, touching nothing.
    if let Some(why) = berkas::tolak(&output, o.izin) {
        let _ = writeln!(h.log, "galat: {}: {why}", output.display());
        h.sebab = Some(why.to_string());
        h.kode = KELUAR_GAGAL_SUSUN;
        return h;
    }
    // The same checks as `lkjip check`; errors stop a final build.
    let diperiksa = Diperiksa::baru(laporan, o.bahasa, !o.draf);
    // Image problems are among the check's findings; they are not told twice.
    let gambar_dilaporkan = diperiksa
        .diagnostik
        .iter()
        .any(|d| d.code == crate::laporan::gambar::KODE_GAMBAR);
    h.galat = diperiksa.galat;
    h.peringatan = diperiksa.peringatan();
    if diperiksa.galat > 0 {
        h.log.push_str(&diperiksa.manusia(o.bahasa));
    }
    if let Some(alasan) = diperiksa.ditolak(o.draf) {
        let _ = writeln!(h.log, "{alasan}");
        h.sebab = Some(format!("{} kesalahan; PDF tidak disusun", diperiksa.galat));
        h.kode = KELUAR_ADA_GALAT;
        return h;
    }
    let laporan = diperiksa.laporan;
    if let Some(dir) = &o.emit_typst {
        let result = laporan
            .sumber(o.draf)
            .map_err(|e| e.to_string())
            .and_then(|s| {
                super::tulis_sumber(dir, &s).map_err(|e| format!("{}: {e}", dir.display()))
            });
        if let Err(e) = result {
            let _ = writeln!(h.log, "galat: {e}");
            h.sebab = Some(e);
            h.kode = KELUAR_GAGAL_SUSUN;
            return h;
        }
    }
    let hasil_pdf = laporan.dokumen(o.draf, o.pdfa);
    drop(laporan);
    let (bytes, halaman) = match hasil_pdf {
        Ok(h) => (h.pdf, h.halaman),
        Err(e) => {
            if !(gambar_dilaporkan && matches!(e, render::GalatRender::Aset(_))) {
                for line in e.to_string().lines() {
                    let _ = writeln!(h.log, "galat: {line}");
                }
            }
            let _ = writeln!(
                h.log,
                "PDF tidak ditulis; {} tidak diubah",
                output.display()
            );
            h.sebab = Some(e.to_string().lines().next().unwrap_or_default().to_string());
            h.kode = KELUAR_GAGAL_SUSUN;
            return h;
        }
    };
    if let Err(e) = berkas::tulis_atomik(&output, &bytes) {
        let e = berkas::galat_io(&e);
        let _ = writeln!(h.log, "galat: {}: {e}", output.display());
        h.sebab = Some(format!("{}: {e}", output.display()));
        h.kode = KELUAR_GAGAL_SUSUN;
        return h;
    }
    h.halaman = Some(halaman);
    let _ = writeln!(
        h.log,
        "{} ditulis ({} KB)",
        output.display(),
        bytes.len() / 1024
    );
    h.keluaran = Some(output);
    h
}
