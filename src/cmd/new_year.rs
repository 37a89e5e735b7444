//! `lkjip new-year FROM TO`: next year's folder from this year's.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `lkjip new-year`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder tahun ini, misalnya data/2023.
    pub dari: PathBuf,
    /// Folder tahun berikutnya, misalnya data/2024.
    pub ke: PathBuf,
    /// Menimpa folder tujuan yang sudah berisi.
    #[arg(long)]
    pub force: bool,
}

/// Runs `lkjip new-year` and prints what is left to fill.
pub fn jalankan(args: &Args) -> ExitCode {
    match crate::tahunan::tahun_baru(&args.dari, &args.ke, args.force) {
        Ok(daftar) => {
            let mut out = format!(
                "{} dibuat dari {}. Yang perlu diisi:\n",
                args.ke.display(),
                args.dari.display()
            );
            for d in daftar {
                out.push_str(&format!("  [ ] {d}\n"));
            }
            out.push_str(&format!(
                "Lalu jalankan `lkjip check {}` sampai tidak ada kesalahan.\n",
                args.ke.display()
            ));
            super::aman::keluar(&out);
            ExitCode::SUCCESS
        }
        Err(e) => {
            super::aman::lapor(&format!("galat: {e}\n"));
            ExitCode::FAILURE
        }
    }
}
