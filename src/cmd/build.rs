//! `lkjip build DIR`: render the LKjIP PDF.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::aman::{self, lapor};
use std::process::ExitCode;

use super::banyak::{self, HasilFolder};
use crate::susun::Diperiksa;
use crate::{check, render};

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

/// Exit code when rendering fails.
pub const KELUAR_GAGAL_SUSUN: u8 = 1;

/// The default output path: `FOLDER/LKjIP-TAHUN.pdf`.
pub fn keluaran_bawaan(folder: &Path, tahun: i32) -> PathBuf {
    folder.join(format!("LKjIP-{tahun}.pdf"))
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

/// Builds one folder as `lkjip build FOLDER` does, without printing:
/// the messages are collected in the result's `log`.
pub fn susun_folder(folder: &Path, args: &Args) -> HasilFolder {
    let mut h = HasilFolder::baru(folder);
    let laporan = match crate::susun(folder) {
        Ok(l) => l,
        Err(galat) => {
            h.log.push_str(&crate::diag::baris_gagal_muat(&galat));
            h.galat = galat.len();
            h.sebab = Some(crate::diag::sebab_gagal_muat(&galat));
            h.kode = super::KELUAR_GAGAL_MUAT;
            return h;
        }
    };
    h.unit = Some(laporan.dimuat.data.unit.nama.clone());
    h.tahun = Some(laporan.tahun());
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| keluaran_bawaan(folder, laporan.tahun()));
    // Refuse a dangerous output before any work, touching nothing.
    if let Some(why) = crate::berkas::tolak(&output, izin(args)) {
        let _ = writeln!(h.log, "galat: {}: {why}", output.display());
        h.sebab = Some(why.to_string());
        h.kode = KELUAR_GAGAL_SUSUN;
        return h;
    }
    // The same checks as `lkjip check`; errors stop a final build.
    let diperiksa = Diperiksa::baru(laporan, args.bahasa, !args.draft);
    // Image problems are among the check's findings; they are not told twice.
    let gambar_dilaporkan = diperiksa.diagnostik.iter().any(|d| d.code == "LK001");
    h.galat = diperiksa.galat;
    h.peringatan = diperiksa.peringatan();
    if diperiksa.galat > 0 {
        h.log.push_str(&diperiksa.manusia(args.bahasa));
    }
    if let Some(alasan) = diperiksa.ditolak(args.draft) {
        let _ = writeln!(h.log, "{alasan}");
        h.sebab = Some(format!("{} kesalahan; PDF tidak disusun", diperiksa.galat));
        h.kode = super::check::KELUAR_ADA_GALAT;
        return h;
    }
    let laporan = diperiksa.laporan;
    if let Some(dir) = &args.emit_typst {
        let result = laporan
            .sumber(args.draft)
            .map_err(|e| e.to_string())
            .and_then(|s| {
                crate::susun::tulis_sumber(dir, &s).map_err(|e| format!("{}: {e}", dir.display()))
            });
        if let Err(e) = result {
            let _ = writeln!(h.log, "galat: {e}");
            h.sebab = Some(e);
            h.kode = KELUAR_GAGAL_SUSUN;
            return h;
        }
    }
    let hasil_pdf = laporan.pdf(args.draft, args.pdfa);
    // Long runs compile many reports in one process: keep Typst's memo
    // cache bounded, as `typst watch` does.
    typst::comemo::evict(10);
    drop(laporan);
    let bytes = match hasil_pdf {
        Ok(b) => b,
        Err(e) => {
            if !(gambar_dilaporkan && matches!(e, render::GalatRender::Aset(_))) {
                for line in e.to_string().lines() {
                    let _ = writeln!(h.log, "galat: {line}");
                }
            }
            let _ = writeln!(
                h.log,
                "PDF tidak ditulis; {} tidak diubah",
                output.display()
            );
            h.sebab = Some(e.to_string().lines().next().unwrap_or_default().to_string());
            h.kode = KELUAR_GAGAL_SUSUN;
            return h;
        }
    };
    if let Err(e) = aman::tulis_atomik(&output, &bytes) {
        let e = crate::berkas::galat_io(&e);
        let _ = writeln!(h.log, "galat: {}: {e}", output.display());
        h.sebab = Some(format!("{}: {e}", output.display()));
        h.kode = KELUAR_GAGAL_SUSUN;
        return h;
    }
    h.halaman = jumlah_halaman(&bytes);
    let _ = writeln!(
        h.log,
        "{} ditulis ({} KB)",
        output.display(),
        bytes.len() / 1024
    );
    h.keluaran = Some(output);
    h
}

/// The page count of a PDF written by typst-pdf: the `/Count` of its page
/// tree root (the largest one). `None` when it cannot be found.
pub fn jumlah_halaman(pdf: &[u8]) -> Option<usize> {
    let teks = String::from_utf8_lossy(pdf);
    teks.match_indices("/Count ")
        .filter_map(|(i, m)| {
            let rest = &teks[i + m.len()..];
            let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
            n.parse().ok()
        })
        .max()
}

/// Writes `bytes` to `path` atomically; see [`aman::tulis_atomik`].
pub fn tulis_atomik(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    aman::tulis_atomik(path, bytes)
}
