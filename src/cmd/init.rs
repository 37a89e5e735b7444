//! `lkjip init DIR --unit "…" --year YYYY`: a fresh data folder.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `lkjip init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data yang dibuat, misalnya data/2025.
    pub folder: PathBuf,
    /// Nama satuan kerja.
    #[arg(long)]
    pub unit: String,
    /// Tahun laporan.
    #[arg(long)]
    pub year: i32,
    /// Menimpa folder yang sudah berisi.
    #[arg(long)]
    pub force: bool,
}

/// Runs `lkjip init`.
pub fn jalankan(args: &Args) -> ExitCode {
    match crate::tahunan::init(&args.folder, &args.unit, args.year, args.force) {
        Ok(()) => {
            super::aman::keluar(&format!(
                "{} dibuat. Isi setiap bagian bertanda [ISI], lalu jalankan `lkjip check {}`.\n",
                args.folder.display(),
                args.folder.display()
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            super::aman::lapor(&format!("galat: {e}\n"));
            ExitCode::FAILURE
        }
    }
}
