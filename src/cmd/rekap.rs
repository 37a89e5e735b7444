//! `lkjip rekap DIR… -o FILE`: a Kanwil's recap of many units, as a
//! workbook (`.xlsx`), a CSV for Indonesian Excel (`.csv`) or a short PDF
//! (`.pdf`), chosen by the output's extension.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::banyak::{self, HasilFolder};
use crate::check::{Bahasa, Tingkat};
use crate::rekap::{self, RekapUnit};

/// Arguments of `lkjip rekap`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satuan kerja (satu tahun per folder), misalnya data/*/2024.
    #[arg(required = true, value_name = "DIR")]
    pub folder: Vec<PathBuf>,
    /// Berkas rekap: .xlsx, .csv atau .pdf.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Jumlah folder yang dimuat bersamaan [bawaan: jumlah inti prosesor].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
}

/// The recap's file type, from the output's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jenis {
    /// Excel workbook.
    Xlsx,
    /// CSV for Excel with Indonesian regional settings.
    Csv,
    /// Short PDF report.
    Pdf,
}

/// The file type of `path`, or `None` for an unknown extension.
pub fn jenis(path: &Path) -> Option<Jenis> {
    match path.extension()?.to_string_lossy().to_lowercase().as_str() {
        "xlsx" => Some(Jenis::Xlsx),
        "csv" => Some(Jenis::Csv),
        "pdf" => Some(Jenis::Pdf),
        _ => None,
    }
}

/// Loads and checks one folder for the recap.
pub fn muat_unit(folder: &Path) -> (HasilFolder, RekapUnit) {
    let mut h = HasilFolder::baru(folder);
    match crate::susun(folder) {
        Ok(l) => {
            let diag = l.periksa(Bahasa::Id);
            let u = RekapUnit::dari(folder, &l, &diag);
            h.unit = Some(u.unit.clone());
            h.tahun = u.tahun;
            h.galat = diag.iter().filter(|d| d.severity == Tingkat::Error).count();
            h.peringatan = diag.len() - h.galat;
            (h, u)
        }
        Err(galat) => {
            let sebab = banyak::sebab_muat(&galat);
            h.galat = galat.len();
            h.kode = super::KELUAR_GAGAL_MUAT;
            h.sebab = Some(sebab.clone());
            (h, RekapUnit::gagal(folder, galat.len(), sebab))
        }
    }
}

/// Runs `lkjip rekap`: exit 0 when the recap is written (units with errors
/// are listed in it, first), 2 for an unknown extension or a write failure.
pub fn jalankan(args: &Args) -> ExitCode {
    let Some(jenis) = jenis(&args.output) else {
        eprintln!(
            "galat: {}: jenis berkas rekap tidak dikenal; gunakan .xlsx, .csv atau .pdf",
            args.output.display()
        );
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    };
    let pekerja = banyak::jumlah_pekerja(args.jobs, args.folder.len());
    let hasil = banyak::jalankan_data(&args.folder, pekerja, "memuat", false, muat_unit);
    let mut units: Vec<RekapUnit> = hasil.into_iter().map(|(_, u)| u).collect();
    rekap::urutkan(&mut units);
    let tulis = match jenis {
        Jenis::Xlsx => rekap::tulis_xlsx(&units, &args.output).map_err(|e| e.to_string()),
        Jenis::Csv => super::build::tulis_atomik(&args.output, rekap::tulis_csv(&units).as_bytes())
            .map_err(|e| e.to_string()),
        Jenis::Pdf => rekap::pdf(&units)
            .and_then(|b| super::build::tulis_atomik(&args.output, &b).map_err(|e| e.to_string())),
    };
    if let Err(e) = tulis {
        eprintln!("galat: {}: {e}", args.output.display());
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    let gagal = units.iter().filter(|u| u.galat > 0).count();
    eprintln!(
        "{} ditulis: {} unit, {} dengan kesalahan",
        args.output.display(),
        units.len(),
        gagal
    );
    ExitCode::SUCCESS
}
