//! `lkjip check DIR`: load the folder, run every rule, print the findings
//! and a summary.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::check::{self, Bahasa, Tingkat};
use crate::format;
use crate::Laporan;
use crate::calc;
use crate::load::Dimuat;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Cuplikan YAML bergaris bawah dan ringkasan.
    #[default]
    Human,
    /// Satu objek JSON per diagnostik.
    Json,
}

/// Arguments of `lkjip check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023.
    pub folder: PathBuf,
    /// Bentuk keluaran.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Bahasa pesan.
    #[arg(long = "lang", value_enum, default_value_t = Bahasa::Id)]
    pub bahasa: Bahasa,
}

/// Exit code when the checks find errors.
pub const KELUAR_ADA_GALAT: u8 = 1;

/// Runs `lkjip check`: 0 without errors (warnings allowed), 1 with errors,
/// 2 when the folder cannot be loaded.
pub fn jalankan(args: &Args) -> ExitCode {
    let laporan = match crate::susun(&args.folder) {
        Ok(l) => l,
        Err(galat) => {
            super::cetak_galat_muat(&galat);
            if args.format == Format::Json {
                // JSON consumers always get an array, load errors included.
                let diag: Vec<_> = galat.iter().map(check::keluaran::dari_galat_muat).collect();
                super::aman::keluar(&format!("{}\n", check::keluaran::json(&diag)));
            }
            return ExitCode::from(super::KELUAR_GAGAL_MUAT);
        }
    };
    let diag = laporan.periksa(args.bahasa);
    match args.format {
        Format::Json => super::aman::keluar(&format!("{}\n", check::keluaran::json(&diag))),
        Format::Human => {
            super::aman::lapor(&check::keluaran::manusia(
                &diag,
                &teks_sumber(&laporan.dimuat),
                args.bahasa,
            ));
            super::aman::keluar(&ringkasan(&laporan));
        }
    }
    if diag.iter().any(|d| d.severity == Tingkat::Error) {
        ExitCode::from(KELUAR_ADA_GALAT)
    } else {
        ExitCode::SUCCESS
    }
}

/// File texts by display path, for snippets.
pub fn teks_sumber(d: &Dimuat) -> BTreeMap<String, String> {
    d.sumber
        .values()
        .map(|s| (s.berkas.clone(), s.teks.clone()))
        .collect()
}

/// The summary printed by `lkjip check`.
pub fn ringkasan(laporan: &Laporan) -> String {
    let data = &laporan.dimuat.data;
    let p = &data.laporan.pengaturan;
    let rekap = &laporan.hasil.rekap;
    let total = &laporan.hasil.anggaran;
    let persen = match total.persen {
        calc::Nilai::Ada(v) => format::persen(v),
        _ => "N/A".into(),
    };
    format!(
        "Unit      : {}\nTahun     : {}\nSasaran   : {}\nIndikator : {} (tercapai {}, tidak tercapai {}, tidak dapat dihitung {}, belum diisi {})\nPagu      : {}\nRealisasi : {} ({})\n",
        data.unit.nama,
        data.laporan.tahun,
        data.pk.sasaran_kegiatan.len(),
        rekap.total,
        rekap.tercapai,
        rekap.tidak_tercapai,
        rekap.tidak_dapat_dihitung,
        rekap.belum_diisi,
        format::rupiah(total.pagu, p.gaya_rupiah),
        format::rupiah(total.realisasi, p.gaya_rupiah),
        persen,
    )
}
