//! `lkjip export DIR --format csv|xlsx|json -o FILE`: one unit's figures
//! for e-Performance, e-SAKIP or a Kanwil's spreadsheet.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::ekspor::{self, Ekspor};

/// Export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// CSV untuk Excel berpengaturan Indonesia (`;`, koma desimal, BOM UTF-8).
    Csv,
    /// Buku kerja Excel: lembar Capaian, PK, Anggaran.
    Xlsx,
    /// JSON menurut skema `lkjip export --schema`.
    Json,
}

/// Arguments of `lkjip export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023.
    #[arg(required_unless_present = "schema", value_name = "DIR")]
    pub folder: Option<PathBuf>,
    /// Bentuk keluaran [bawaan: dari ekstensi FILE].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Berkas keluaran; tanpa -o, csv dan json dicetak ke keluaran standar.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Mencetak JSON Schema dokumen ekspor JSON, lalu selesai.
    #[arg(long, conflicts_with_all = ["folder", "format", "output"])]
    pub schema: bool,
    /// Menimpa berkas -o yang sudah ada walaupun bukan csv/xlsx/json (tidak
    /// pernah berkas di dalam folder data).
    #[arg(long)]
    pub force: bool,
}

/// The kinds of file `export` writes.
pub const JENIS: [&str; 3] = ["csv", "xlsx", "json"];

/// Runs `lkjip export`: 0 written, 2 the folder cannot be loaded or the
/// file cannot be written. Check errors do not stop an export (they are
/// the Kanwil's to review); they are counted on standard error.
pub fn jalankan(args: &Args) -> ExitCode {
    if args.schema {
        super::aman::keluar(&format!("{}\n", ekspor::skema()));
        return ExitCode::SUCCESS;
    }
    let Some(folder) = &args.folder else {
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    };
    let dari_ekstensi = args.output.as_ref().and_then(|o| {
        match o.extension()?.to_string_lossy().to_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            "json" => Some(Format::Json),
            _ => None,
        }
    });
    let Some(format) = args.format.or(dari_ekstensi) else {
        super::aman::lapor(
            "galat: sebutkan --format csv|xlsx|json (atau -o dengan ekstensi .csv, .xlsx, .json)\n",
        );
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    };
    let izin = crate::berkas::Izin {
        jenis: &JENIS,
        paksa: args.force,
    };
    // Refuse a dangerous output before any work.
    if let Some(o) = &args.output {
        if let Some(why) = crate::berkas::tolak(o, izin) {
            super::aman::lapor(&format!("galat: {}: {why}\n", o.display()));
            return ExitCode::from(super::KELUAR_GAGAL_MUAT);
        }
    }
    let laporan = match crate::susun(folder) {
        Ok(l) => l,
        Err(galat) => {
            super::cetak_galat_muat(&galat);
            if format == Format::Json && args.output.is_none() {
                // As `check --format json`: JSON consumers get the load errors.
                super::aman::keluar(&format!("{}\n", crate::diag::json(&galat)));
            }
            return ExitCode::from(super::KELUAR_GAGAL_MUAT);
        }
    };
    let e = Ekspor::dari(&laporan);
    let galat = laporan
        .periksa(crate::check::Bahasa::Id)
        .iter()
        .filter(|d| d.severity == crate::check::Tingkat::Error)
        .count();
    if galat > 0 {
        super::aman::lapor(&format!(
            "peringatan: {} memuat {galat} kesalahan (lihat lkjip check); angka diekspor sebagaimana dihitung\n",
            folder.display()
        ));
    }
    let teks = match format {
        Format::Json => Some(e.json() + "\n"),
        Format::Csv => Some(ekspor::tulis_csv(&ekspor::tabel(&e))),
        Format::Xlsx => None,
    };
    let hasil = match (&args.output, teks) {
        (None, Some(t)) => {
            super::aman::keluar(&t);
            return ExitCode::SUCCESS;
        }
        (None, None) => {
            super::aman::lapor("galat: xlsx memerlukan -o FILE\n");
            return ExitCode::from(super::KELUAR_GAGAL_MUAT);
        }
        (Some(o), Some(t)) => crate::berkas::tulis(o, t.as_bytes(), izin),
        (Some(o), None) => ekspor::xlsx(&ekspor::tabel(&e))
            .map_err(|e| format!("buku kerja tidak dapat disusun: {e}"))
            .and_then(|b| crate::berkas::tulis(o, &b, izin)),
    };
    let output = args.output.as_deref().unwrap_or(folder);
    match hasil {
        Ok(()) => {
            super::aman::lapor(&format!("{} ditulis\n", output.display()));
            ExitCode::SUCCESS
        }
        Err(err) => {
            super::aman::lapor(&format!("galat: {}: {err}\n", output.display()));
            ExitCode::from(super::KELUAR_GAGAL_MUAT)
        }
    }
}
