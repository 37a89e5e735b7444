//! The command-line layer: one module per subcommand, each a thin wrapper
//! over the library.

pub mod argumen;
pub mod banyak;
pub mod build;
pub mod check;
pub mod completions;
pub mod export;
pub mod init;
pub mod lke;
pub mod migrate;
pub mod new_year;
pub mod rekap;
pub mod schema;
pub mod watch;

/// File safety lives below the commands ([`crate::aman`]); re-exported so
/// command code keeps saying `super::aman`.
pub use crate::aman;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diag::Diagnostik;

/// lkjip: menyusun Laporan Kinerja Instansi Pemerintah (LKjIP) dari data YAML.
#[derive(Debug, Parser)]
#[command(name = "lkjip", version = crate::load::versi::VERSI, about, long_about = None)]
pub struct Cli {
    /// Subcommand.
    #[command(subcommand)]
    pub perintah: Perintah,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Perintah {
    /// Memeriksa setiap angka folder data (keluar 0 = baik, 1 = ada kesalahan, 2 = tidak dapat dimuat).
    Check(check::Args),
    /// Menyusun PDF LKjIP dari folder data.
    Build(build::Args),
    /// Membuat folder data baru yang siap diisi.
    Init(init::Args),
    /// Membuat folder tahun berikutnya dari folder tahun ini.
    NewYear(new_year::Args),
    /// Memperbarui folder data ke format data terkini (hanya kunci yang berubah).
    Migrate(migrate::Args),
    /// Rekap banyak satuan kerja untuk Kanwil: .xlsx, .csv atau .pdf.
    Rekap(rekap::Args),
    /// Mengekspor angka satu satuan kerja: csv, xlsx atau json (e-Performance/e-SAKIP).
    Export(export::Args),
    /// Menilai laporan terhadap kriteria evaluasi SAKIP (LKE): Pelaporan dan sebagian Pengukuran Kinerja.
    Lke(lke::Args),
    /// Mencetak atau menulis JSON Schema berkas data (untuk editor).
    Schema(schema::Args),
    /// Mencetak skrip pelengkapan perintah untuk shell.
    Completions(completions::Args),
    /// Menyusun PDF lalu menyusunnya lagi setiap kali berkas data disimpan.
    Watch(watch::Args),
}

/// Exit code when the data folder cannot be loaded.
pub use crate::susun::KELUAR_GAGAL_MUAT;

/// Exit code when standard output could not take what was printed (a full
/// disk: `lkjip check DIR > /dev/full`); a closed pipe is not an error.
pub const KELUAR_GAGAL_CETAK: u8 = 3;

/// Runs a parsed command line. When standard output lost text (see
/// [`crate::berkas::cetak`]) the command fails with
/// [`KELUAR_GAGAL_CETAK`], whatever it returned.
pub fn jalankan(cli: Cli) -> ExitCode {
    selesai(jalankan_perintah(cli))
}

/// `kode`, unless standard output lost text: then [`KELUAR_GAGAL_CETAK`]
/// with a message.
pub fn selesai(kode: ExitCode) -> ExitCode {
    match crate::berkas::galat_keluaran_standar() {
        Some(e) => {
            aman::lapor(&format!(
                "galat: keluaran standar tidak dapat ditulis: {e}; keluarannya tidak lengkap\n"
            ));
            ExitCode::from(KELUAR_GAGAL_CETAK)
        }
        None => kode,
    }
}

fn jalankan_perintah(cli: Cli) -> ExitCode {
    match cli.perintah {
        Perintah::Check(args) => check::jalankan(&args),
        Perintah::Build(args) => build::jalankan(&args),
        Perintah::Init(args) => init::jalankan(&args),
        Perintah::NewYear(args) => new_year::jalankan(&args),
        Perintah::Migrate(args) => migrate::jalankan(&args),
        Perintah::Rekap(args) => rekap::jalankan(&args),
        Perintah::Export(args) => export::jalankan(&args),
        Perintah::Lke(args) => lke::jalankan(&args),
        Perintah::Schema(args) => schema::jalankan(&args),
        Perintah::Completions(args) => completions::jalankan(&args),
        Perintah::Watch(args) => watch::jalankan(&args),
    }
}

/// Loads a data folder with its earlier years and computes the report (see
/// [`crate::susun`]), or prints why it cannot be loaded and gives the exit
/// code for that.
pub fn susun(folder: &std::path::Path) -> Result<crate::Laporan, ExitCode> {
    crate::susun(folder).map_err(|galat| {
        cetak_galat_muat(&galat);
        ExitCode::from(KELUAR_GAGAL_MUAT)
    })
}

/// Prints loading problems, one per line, and a summary line.
pub fn cetak_galat_muat(galat: &[Diagnostik]) {
    aman::lapor(&crate::diag::baris_gagal_muat(galat));
}
