//! `lkjip rekap DIR… -o FILE`: a Kanwil's recap of many units, as a
//! workbook (`.xlsx`), a CSV for Indonesian Excel (`.csv`) or a short PDF
//! (`.pdf`), chosen by the output's extension.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::banyak::{self, HasilFolder};
use crate::check::{Bahasa, Tingkat};
use crate::rekap::{self, RekapUnit};

/// Arguments of `lkjip rekap`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satuan kerja (satu tahun per folder), misalnya data/*/2024.
    #[arg(required = true, value_name = "DIR")]
    pub folder: Vec<PathBuf>,
    /// Berkas rekap: .xlsx, .csv atau .pdf.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Jumlah folder yang dimuat bersamaan [bawaan: jumlah inti prosesor].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Menimpa berkas -o yang sudah ada walaupun bukan xlsx/csv/pdf (tidak
    /// pernah berkas di dalam folder data).
    #[arg(long)]
    pub force: bool,
}

/// The kinds of file `rekap` writes.
pub const JENIS: [&str; 3] = ["xlsx", "csv", "pdf"];

/// The recap's file type, from the output's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jenis {
    /// Excel workbook.
    Xlsx,
    /// CSV for Excel with Indonesian regional settings.
    Csv,
    /// Short PDF report.
    Pdf,
}

/// The file type of `path`, or `None` for an unknown extension.
pub fn jenis(path: &Path) -> Option<Jenis> {
    match path.extension()?.to_string_lossy().to_lowercase().as_str() {
        "xlsx" => Some(Jenis::Xlsx),
        "csv" => Some(Jenis::Csv),
        "pdf" => Some(Jenis::Pdf),
        _ => None,
    }
}

/// Loads and checks one folder for the recap.
pub fn muat_unit(folder: &Path) -> (HasilFolder, RekapUnit) {
    let mut h = HasilFolder::baru(folder);
    match crate::susun(folder) {
        Ok(l) => {
            let diag = l.periksa(Bahasa::Id);
            let u = RekapUnit::dari(folder, &l, &diag);
            h.unit = Some(u.unit.clone());
            h.tahun = u.tahun;
            h.galat = diag.iter().filter(|d| d.severity == Tingkat::Error).count();
            h.peringatan = diag.len() - h.galat;
            (h, u)
        }
        Err(galat) => {
            let sebab = crate::diag::sebab_gagal_muat(&galat);
            h.galat = galat.len();
            h.kode = super::KELUAR_GAGAL_MUAT;
            h.sebab = Some(sebab.clone());
            (h, RekapUnit::gagal(folder, galat.len(), sebab))
        }
    }
}

/// The folders without repeats (the same folder named twice, also as
/// `a/../a` or through a symlink), with a warning for each repeat.
pub fn tanpa_ulang(folder: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut dilihat: std::collections::HashMap<PathBuf, PathBuf> = Default::default();
    let mut unik = Vec::new();
    let mut pesan = Vec::new();
    for f in folder {
        let kanon = f.canonicalize().unwrap_or_else(|_| f.clone());
        match dilihat.get(&kanon) {
            Some(pertama) => pesan.push(format!(
                "folder {} disebut lebih dari sekali (sama dengan {}); dihitung sekali",
                f.display(),
                pertama.display()
            )),
            None => {
                dilihat.insert(kanon, f.clone());
                unik.push(f.clone());
            }
        }
    }
    (unik, pesan)
}

/// A warning for each unit and year found in more than one folder (two
/// copies of one folder, or a folder given under another path).
pub fn unit_ganda(units: &[RekapUnit]) -> Vec<String> {
    let mut per: std::collections::BTreeMap<(&str, i32), Vec<&str>> = Default::default();
    for u in units {
        if let Some(t) = u.tahun {
            per.entry((u.unit.as_str(), t)).or_default().push(&u.folder);
        }
    }
    per.into_iter()
        .filter(|(_, f)| f.len() > 1)
        .map(|((unit, tahun), f)| {
            format!(
                "{unit} tahun {tahun} ada di {} folder ({}); rekap memuat unit itu {} kali, periksa apakah salah satunya salinan",
                f.len(),
                f.join(", "),
                f.len()
            )
        })
        .collect()
}

/// Runs `lkjip rekap`: exit 0 when the recap is written (units with errors
/// are listed in it, first), 2 for an unknown extension, a refused output,
/// a write failure, or when no folder loads (the previous recap is kept).
pub fn jalankan(args: &Args) -> ExitCode {
    let lapor = super::aman::lapor;
    let keluaran = args.output.display();
    let Some(jenis) = jenis(&args.output) else {
        lapor(&format!(
            "galat: {keluaran}: jenis berkas rekap tidak dikenal; gunakan .xlsx, .csv atau .pdf\n"
        ));
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    };
    let izin = crate::berkas::Izin {
        jenis: &JENIS,
        paksa: args.force,
    };
    if let Some(why) = crate::berkas::tolak(&args.output, izin) {
        lapor(&format!("galat: {keluaran}: {why}\n"));
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    let (folder, ulang) = tanpa_ulang(&args.folder);
    for p in &ulang {
        lapor(&format!("peringatan: {p}\n"));
    }
    let pekerja = banyak::jumlah_pekerja(args.jobs, folder.len());
    let hasil = banyak::jalankan_data(&folder, pekerja, "memuat", false, muat_unit);
    let mut units: Vec<RekapUnit> = hasil.into_iter().map(|(_, u)| u).collect();
    if units.iter().all(|u| u.gagal_muat.is_some()) {
        for u in &units {
            lapor(&format!(
                "galat: {}: {}\n",
                u.folder,
                u.gagal_muat.as_deref().unwrap_or_default()
            ));
        }
        lapor(&format!(
            "galat: tidak satu pun folder dapat dimuat; rekap tidak ditulis, {keluaran} tidak diubah\n"
        ));
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    for p in unit_ganda(&units) {
        lapor(&format!("peringatan: {p}\n"));
    }
    rekap::urutkan(&mut units);
    let bytes = match jenis {
        Jenis::Xlsx => {
            rekap::xlsx(&units).map_err(|e| format!("buku kerja tidak dapat disusun: {e}"))
        }
        Jenis::Csv => Ok(rekap::tulis_csv(&units).into_bytes()),
        Jenis::Pdf => rekap::pdf(&units),
    };
    if let Err(e) = bytes.and_then(|b| crate::berkas::tulis(&args.output, &b, izin)) {
        lapor(&format!("galat: {keluaran}: {e}\n"));
        return ExitCode::from(super::KELUAR_GAGAL_MUAT);
    }
    let gagal = units.iter().filter(|u| u.galat > 0).count();
    lapor(&format!(
        "{keluaran} ditulis: {} unit, {gagal} dengan kesalahan\n",
        units.len()
    ));
    ExitCode::SUCCESS
}
