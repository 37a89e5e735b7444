//! `lkjip build DIR`: render the LKjIP PDF.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `lkjip build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023.
    pub folder: PathBuf,
    /// Berkas PDF keluaran.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
}

/// Runs `lkjip build`.
pub fn jalankan(args: &Args) -> ExitCode {
    match crate::load::muat(&args.folder) {
        Ok(_) => {
            eprintln!("lkjip build: penyusunan PDF belum tersedia pada versi ini");
            ExitCode::FAILURE
        }
        Err(galat) => {
            super::cetak_galat_muat(&galat);
            ExitCode::from(super::KELUAR_GAGAL_MUAT)
        }
    }
}
