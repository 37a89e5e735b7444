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
            println!(
                "{} dibuat dari {}. Yang perlu diisi:",
                args.ke.display(),
                args.dari.display()
            );
            for d in daftar {
                println!("  [ ] {d}");
            }
            println!(
                "Lalu jalankan `lkjip check {}` sampai tidak ada kesalahan.",
                args.ke.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("galat: {e}");
            ExitCode::FAILURE
        }
    }
}
