//! `lkjip build DIR`: render the LKjIP PDF.

use std::path::{Path, PathBuf};

use super::aman::{self, lapor};
use std::process::ExitCode;

use crate::{check, render};

/// Arguments of `lkjip build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023.
    pub folder: PathBuf,
    /// Berkas PDF keluaran [bawaan: FOLDER/LKjIP-TAHUN.pdf].
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
}

/// Exit code when rendering fails.
pub const KELUAR_GAGAL_SUSUN: u8 = 1;

/// The default output path: `FOLDER/LKjIP-TAHUN.pdf`.
pub fn keluaran_bawaan(folder: &Path, tahun: i32) -> PathBuf {
    folder.join(format!("LKjIP-{tahun}.pdf"))
}

/// Runs `lkjip build`.
pub fn jalankan(args: &Args) -> ExitCode {
    let laporan = match super::susun(&args.folder) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| keluaran_bawaan(&args.folder, laporan.tahun()));
    // Refuse a dangerous output before any work, touching nothing.
    if let Some(why) = aman::tolak_keluaran(&output, &laporan.dimuat.folder) {
        lapor(&format!("galat: {}: {why}\n", output.display()));
        return ExitCode::from(KELUAR_GAGAL_SUSUN);
    }
    // The same checks as `lkjip check`; errors stop a final build.
    let diag = laporan.periksa(args.bahasa);
    let errors = diag
        .iter()
        .filter(|d| d.severity == check::Tingkat::Error)
        .count();
    // Image problems are among the check's findings; they are not told twice.
    let gambar_dilaporkan = diag.iter().any(|d| d.code == "LK001");
    if errors > 0 {
        let sumber = super::check::teks_sumber(&laporan.dimuat);
        lapor(&check::keluaran::manusia(&diag, &sumber, args.bahasa));
        if !args.draft {
            lapor(&format!(
                "PDF tidak disusun karena ada {errors} kesalahan; perbaiki datanya, atau gunakan --draft untuk draf bercap DRAF\n"
            ));
            return ExitCode::from(super::check::KELUAR_ADA_GALAT);
        }
    }
    if let Some(dir) = &args.emit_typst {
        let result = laporan
            .sumber(args.draft)
            .map_err(|e| e.to_string())
            .and_then(|s| {
                render::tulis_sumber(dir, &s).map_err(|e| format!("{}: {e}", dir.display()))
            });
        if let Err(e) = result {
            lapor(&format!("galat: {e}\n"));
            return ExitCode::from(KELUAR_GAGAL_SUSUN);
        }
    }
    let bytes = match laporan.pdf(args.draft, args.pdfa) {
        Ok(b) => b,
        Err(e) => {
            if !(gambar_dilaporkan && matches!(e, render::GalatRender::Aset(_))) {
                for line in e.to_string().lines() {
                    lapor(&format!("galat: {line}\n"));
                }
            }
            lapor(&format!(
                "PDF tidak ditulis; {} tidak diubah\n",
                output.display()
            ));
            return ExitCode::from(KELUAR_GAGAL_SUSUN);
        }
    };
    if let Err(e) = aman::tulis_atomik(&output, &bytes) {
        lapor(&format!("galat: {}: {e}\n", output.display()));
        return ExitCode::from(KELUAR_GAGAL_SUSUN);
    }
    lapor(&format!(
        "{} ditulis ({} KB)\n",
        output.display(),
        bytes.len() / 1024
    ));
    ExitCode::SUCCESS
}

/// Writes `bytes` to `path` atomically; see [`aman::tulis_atomik`].
pub fn tulis_atomik(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    aman::tulis_atomik(path, bytes)
}
