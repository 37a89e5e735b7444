//! `lkjip migrate DIR [--dry-run]`: rewrite a folder to today's data format.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::tahunan::migrasi::{self, GalatMigrasi};

/// Arguments of `lkjip migrate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2022.
    #[arg(value_name = "DIR")]
    pub folder: PathBuf,
    /// Hanya mencetak perbedaannya (diff); tidak ada berkas yang ditulis.
    #[arg(long = "dry-run")]
    pub dry_run: bool,
}

/// Runs `lkjip migrate`: 0 when the folder is current (changed or not),
/// 2 when it does not load, 1 when writing fails.
pub fn jalankan(args: &Args) -> ExitCode {
    let perubahan = match migrasi::rencana(&args.folder) {
        Ok(p) => p,
        Err(GalatMigrasi::Muat(galat)) => {
            super::cetak_galat_muat(&galat);
            return ExitCode::from(super::KELUAR_GAGAL_MUAT);
        }
        Err(e) => {
            super::aman::lapor(&format!("galat: {e}\n"));
            return ExitCode::FAILURE;
        }
    };
    let folder = args.folder.display();
    if perubahan.is_empty() {
        super::aman::keluar(&format!(
            "{folder} sudah berformat data {}; tidak ada yang diubah\n",
            crate::load::versi::FORMAT
        ));
        return ExitCode::SUCCESS;
    }
    let mut out = String::new();
    for p in &perubahan {
        if args.dry_run {
            out.push_str(&migrasi::diff(&p.berkas, &p.sebelum, &p.sesudah));
        } else {
            for u in &p.uraian {
                out.push_str(&format!("{}:{u}\n", p.berkas));
            }
        }
    }
    let jumlah: usize = perubahan.iter().map(|p| p.uraian.len()).sum();
    if args.dry_run {
        out.push_str(&format!(
            "--dry-run: {jumlah} perubahan di {} berkas; tidak ada yang ditulis\n",
            perubahan.len()
        ));
        super::aman::keluar(&out);
        return ExitCode::SUCCESS;
    }
    if let Err(e) = migrasi::tulis(&args.folder, &perubahan) {
        super::aman::keluar(&out);
        super::aman::lapor(&format!("galat: {e}\n"));
        return ExitCode::FAILURE;
    }
    out.push_str(&format!(
        "{folder}: {jumlah} perubahan di {} berkas; sekarang berformat data {} (angka laporan tidak berubah)\n",
        perubahan.len(),
        crate::load::versi::FORMAT
    ));
    super::aman::keluar(&out);
    ExitCode::SUCCESS
}
