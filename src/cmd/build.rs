//! `lkjip build DIR`: render the LKjIP PDF.

use std::io::Write;
use std::path::{Path, PathBuf};
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
    // The same checks as `lkjip check`; errors stop a final build.
    let diag = laporan.periksa(args.bahasa);
    let errors = diag
        .iter()
        .filter(|d| d.severity == check::Tingkat::Error)
        .count();
    if errors > 0 {
        let sumber = super::check::teks_sumber(&laporan.dimuat);
        eprint!("{}", check::keluaran::manusia(&diag, &sumber, args.bahasa));
        if !args.draft {
            eprintln!(
                "PDF tidak disusun karena ada {errors} kesalahan; perbaiki datanya, atau gunakan --draft untuk draf bercap DRAF"
            );
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
            eprintln!("galat: {e}");
            return ExitCode::from(KELUAR_GAGAL_SUSUN);
        }
    }
    let bytes = match laporan.pdf(args.draft, args.pdfa) {
        Ok(b) => b,
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("galat: {line}");
            }
            eprintln!("PDF tidak ditulis; {} tidak diubah", output.display());
            return ExitCode::from(KELUAR_GAGAL_SUSUN);
        }
    };
    if let Err(e) = tulis_atomik(&output, &bytes) {
        eprintln!("galat: {}: {e}", output.display());
        return ExitCode::from(KELUAR_GAGAL_SUSUN);
    }
    eprintln!("{} ditulis ({} KB)", output.display(), bytes.len() / 1024);
    ExitCode::SUCCESS
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over
/// `path`: readers never see a half-written PDF, and a failure leaves the
/// previous file as it was.
pub fn tulis_atomik(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
