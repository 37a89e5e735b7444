//! `lkjip build DIR`: render the LKjIP PDF.

use std::path::{Path, PathBuf};

use super::aman::{self, lapor};
use std::process::ExitCode;

use super::banyak::{self, HasilFolder};
use crate::check;
use crate::susun::OpsiBangun;

/// Arguments of `lkjip build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023; boleh beberapa
    /// (data/*/2024), disusun paralel.
    #[arg(required = true, value_name = "DIR")]
    pub folder: Vec<PathBuf>,
    /// Jumlah folder yang disusun bersamaan [bawaan: jumlah inti prosesor].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Berkas PDF keluaran [bawaan: FOLDER/LKjIP-TAHUN.pdf]; hanya untuk satu folder.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Menghasilkan PDF/A-2b (arsip).
    #[arg(long)]
    pub pdfa: bool,
    /// Menyusun walaupun pemeriksaan menemukan kesalahan, dengan cap "DRAF"
    /// pada setiap halaman.
    #[arg(long)]
    pub draft: bool,
    /// Bahasa pesan pemeriksaan.
    #[arg(long = "lang", value_enum, default_value_t = check::Bahasa::Id)]
    pub bahasa: check::Bahasa,
    /// Juga menulis sumber Typst beserta gambar dan fon ke folder ini
    /// (`typst compile --root DIR --font-path DIR/fonts DIR/laporan.typ`).
    #[arg(long = "emit-typst", value_name = "DIR")]
    pub emit_typst: Option<PathBuf>,
    /// Menimpa berkas -o yang sudah ada walaupun bukan PDF (tidak pernah
    /// berkas di dalam folder data).
    #[arg(long)]
    pub force: bool,
}

/// What `build` may write: PDFs, others only with `--force`.
pub fn izin(args: &Args) -> crate::berkas::Izin<'static> {
    crate::berkas::Izin {
        jenis: &["pdf"],
        paksa: args.force,
    }
}

pub use crate::susun::{KELUAR_GAGAL_SUSUN, jumlah_halaman, keluaran_bawaan};

/// What the driver is asked to do.
fn opsi(args: &Args) -> OpsiBangun {
    OpsiBangun {
        output: args.output.clone(),
        pdfa: args.pdfa,
        draf: args.draft,
        bahasa: args.bahasa,
        emit_typst: args.emit_typst.clone(),
        izin: izin(args),
    }
}

/// Runs `lkjip build` over one or more folders.
pub fn jalankan(args: &Args) -> ExitCode {
    if args.folder.len() > 1 && (args.output.is_some() || args.emit_typst.is_some()) {
        eprintln!("galat: -o dan --emit-typst hanya dapat dipakai untuk satu folder");
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    if let [folder] = args.folder.as_slice() {
        let h = susun_folder(folder, args);
        lapor(&h.log);
        return ExitCode::from(h.kode);
    }
    let pekerja = banyak::jumlah_pekerja(args.jobs, args.folder.len());
    let hasil = banyak::jalankan(&args.folder, pekerja, "menyusun", false, |f| {
        susun_folder(f, args)
    });
    aman::keluar(&banyak::tabel_ringkasan(&hasil));
    if hasil.iter().any(|h| h.gagal()) {
        ExitCode::from(KELUAR_GAGAL_SUSUN)
    } else {
        ExitCode::SUCCESS
    }
}

/// Builds one folder as `lkjip build FOLDER` does, without printing
/// ([`crate::susun::bangun`]).
pub fn susun_folder(folder: &Path, args: &Args) -> HasilFolder {
    crate::susun::bangun(folder, &opsi(args))
}

/// Writes `bytes` to `path` atomically; see [`aman::tulis_atomik`].
pub fn tulis_atomik(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    aman::tulis_atomik(path, bytes)
}
