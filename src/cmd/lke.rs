//! `lkjip lke DIR`: the report scored against the SAKIP evaluation (LKE)
//! — see [`crate::lke`].

use std::path::PathBuf;
use std::process::ExitCode;

use crate::check::Bahasa;
use crate::lke::{self, Skala};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Satu baris per kriteria, urut menurut poin yang dapat diraih.
    #[default]
    Human,
    /// Satu objek JSON (nama field tetap).
    Json,
}

/// Arguments of `lkjip lke`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023.
    #[arg(value_name = "DIR")]
    pub folder: PathBuf,
    /// Bentuk keluaran.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Juga menulis lembar kerja LKE (.xlsx).
    #[arg(short = 'o', long = "output", value_name = "LKE.xlsx")]
    pub output: Option<PathBuf>,
    /// Skala jawaban [bawaan: skala di lke.yaml, atau aa-e].
    #[arg(long, value_enum)]
    pub skala: Option<Skala>,
    /// Bahasa keluaran.
    #[arg(long = "lang", value_enum, default_value_t = Bahasa::Id)]
    pub bahasa: Bahasa,
    /// Menimpa berkas -o yang sudah ada meskipun bukan .xlsx (berkas data
    /// folder lkjip tidak pernah ditimpa).
    #[arg(long)]
    pub force: bool,
}

/// Runs `lkjip lke`: 0 when scored, 2 when the folder cannot be loaded or
/// the workbook cannot be written.
pub fn jalankan(args: &Args) -> ExitCode {
    if let Some(o) = &args.output
        && !o
            .extension()
            .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case("xlsx"))
    {
        super::aman::lapor(&format!(
            "galat: {}: lembar kerja LKE ditulis sebagai .xlsx\n",
            o.display()
        ));
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    let izin = crate::berkas::Izin {
        jenis: &["xlsx"],
        paksa: args.force,
    };
    // Refuse a dangerous output (a data file, a device, a folder) before any work.
    if let Some(o) = &args.output
        && let Some(why) = crate::berkas::tolak(o, izin)
    {
        super::aman::lapor(&format!("galat: {}: {why}\n", o.display()));
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    let laporan = match super::susun(&args.folder) {
        Ok(l) => l,
        Err(kode) => return kode,
    };
    let diag = laporan.periksa(args.bahasa);
    let h = lke::nilai(&laporan, &diag, args.skala, args.bahasa);
    match args.format {
        Format::Json => super::aman::keluar(&lke::keluaran::json(&h)),
        Format::Human => super::aman::keluar(&lke::keluaran::manusia(&h, args.bahasa)),
    }
    if let Some(o) = &args.output {
        let tulis = lke::keluaran::xlsx(&h, args.bahasa)
            .map_err(|e| e.to_string())
            .and_then(|b| crate::berkas::tulis(o, &b, izin));
        if let Err(e) = tulis {
            super::aman::lapor(&format!("galat: {}: {e}\n", o.display()));
            return ExitCode::from(super::KELUAR_GAGAL_MUAT);
        }
        super::aman::lapor(&format!("{} ditulis\n", o.display()));
    }
    ExitCode::SUCCESS
}
