//! `lkjip check DIR`: load the folder, run every rule, print the findings
//! and a summary.

use std::path::{Path, PathBuf};

use super::banyak::HasilFolder;
use std::process::ExitCode;

use crate::Laporan;
use crate::calc;
use crate::check::{self, Bahasa};
use crate::format;
use crate::susun;

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
    /// Folder data satu tahun, misalnya data/2023; boleh beberapa
    /// (data/*/2024), diperiksa paralel.
    #[arg(required = true, value_name = "DIR")]
    pub folder: Vec<PathBuf>,
    /// Jumlah folder yang diperiksa bersamaan [bawaan: jumlah inti prosesor].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Bentuk keluaran.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Bahasa pesan.
    #[arg(long = "lang", value_enum, default_value_t = Bahasa::Id)]
    pub bahasa: Bahasa,
    /// Memeriksa sebagai laporan final: penanda [ISI] dan realisasi yang
    /// belum diisi (LK901, LK902) menjadi kesalahan, seperti pada `build`
    /// tanpa --draft.
    #[arg(long = "final")]
    pub final_: bool,
}

/// Exit code when the checks find errors.
pub use crate::susun::KELUAR_ADA_GALAT;

/// Runs `lkjip check`: 0 without errors (warnings allowed), 1 with errors,
/// 2 when the folder cannot be loaded. Over several folders: each folder's
/// findings, then a summary table; exit 1 if any folder failed.
pub fn jalankan(args: &Args) -> ExitCode {
    if let [folder] = args.folder.as_slice() {
        let d = match susun::periksa(folder, args.bahasa, args.final_) {
            Ok(d) => d,
            Err(galat) => {
                super::cetak_galat_muat(&galat);
                if args.format == Format::Json {
                    // JSON consumers always get an array, load errors included.
                    super::aman::keluar(&format!("{}\n", crate::diag::json(&galat)));
                }
                return ExitCode::from(super::KELUAR_GAGAL_MUAT);
            }
        };
        match args.format {
            Format::Json => {
                super::aman::keluar(&format!("{}\n", crate::diag::json(&d.diagnostik)));
            }
            Format::Human => {
                super::aman::lapor(&d.manusia(args.bahasa));
                super::aman::keluar(&ringkasan(&d.laporan));
            }
        }
        return if d.galat > 0 {
            ExitCode::from(KELUAR_ADA_GALAT)
        } else {
            ExitCode::SUCCESS
        };
    }
    let pekerja = super::banyak::jumlah_pekerja(args.jobs, args.folder.len());
    let json = args.format == Format::Json;
    let hasil = super::banyak::jalankan(&args.folder, pekerja, "memeriksa", json, |f| {
        periksa_folder(f, args)
    });
    if json {
        // One array over all folders; every element names its folder.
        let semua: Vec<serde_json::Value> = hasil
            .iter()
            .flat_map(|h| {
                serde_json::from_str::<Vec<serde_json::Value>>(&h.keluaran_std).unwrap_or_default()
            })
            .collect();
        super::aman::keluar(&format!(
            "{}\n",
            serde_json::to_string_pretty(&semua).expect("diagnostics serialize")
        ));
    } else {
        for h in &hasil {
            super::aman::keluar(&format!("== {} ==\n", h.folder.display()));
            super::aman::lapor(&h.log);
            super::aman::keluar(&h.keluaran_std);
        }
        super::aman::keluar(&super::banyak::tabel_ringkasan(&hasil));
    }
    if hasil.iter().any(|h| h.gagal()) {
        ExitCode::from(KELUAR_ADA_GALAT)
    } else {
        ExitCode::SUCCESS
    }
}

/// Checks one folder without printing. Human format: the findings in `log`,
/// the summary in `keluaran_std`. JSON: `keluaran_std` holds an array of
/// the folder's diagnostics (or its loading problems, code `LK000` as for one folder), each
/// with a `folder` field.
pub fn periksa_folder(folder: &Path, args: &Args) -> HasilFolder {
    let mut h = HasilFolder::baru(folder);
    let nama = folder.display().to_string();
    let d = match susun::periksa(folder, args.bahasa, args.final_) {
        Ok(d) => d,
        Err(galat) => {
            h.galat = galat.len();
            h.sebab = Some(crate::diag::sebab_gagal_muat(&galat));
            h.kode = super::KELUAR_GAGAL_MUAT;
            if args.format == Format::Json {
                // The same objects as a single folder's load errors, plus the folder.
                h.keluaran_std =
                    serde_json::to_string(&dengan_folder(&galat, &nama)).expect("serializes");
            } else {
                h.log.push_str(&crate::diag::baris_gagal_muat(&galat));
            }
            return h;
        }
    };
    h.unit = Some(d.laporan.dimuat.data.unit.nama.clone());
    h.tahun = Some(d.laporan.tahun());
    h.galat = d.galat;
    h.peringatan = d.peringatan();
    if h.galat > 0 {
        h.kode = KELUAR_ADA_GALAT;
        h.sebab = Some(format!("{} kesalahan", h.galat));
    }
    match args.format {
        Format::Json => {
            h.keluaran_std =
                serde_json::to_string(&dengan_folder(&d.diagnostik, &nama)).expect("serializes");
        }
        Format::Human => {
            h.log = d.manusia(args.bahasa);
            h.keluaran_std = ringkasan(&d.laporan);
        }
    }
    h
}

/// File texts by display path, for snippets (the driver's [`susun::teks_sumber`]).
pub use crate::susun::teks_sumber;

/// The summary printed by `lkjip check`.
pub fn ringkasan(laporan: &Laporan) -> String {
    let data = &laporan.dimuat.data;
    let p = &data.laporan.pengaturan;
    let rekap = &laporan.hasil.rekap;
    // Without anggaran.yaml the summary says nothing about money.
    let uang = match &laporan.hasil.anggaran {
        Some(total) => format!(
            "Pagu      : {}\nRealisasi : {} ({})\n",
            format::rupiah(total.pagu, p.gaya_rupiah),
            format::rupiah(total.realisasi, p.gaya_rupiah),
            match total.persen {
                calc::Nilai::Ada(v) => format::persen(v),
                _ => "N/A".into(),
            }
        ),
        None => String::new(),
    };
    format!(
        "Unit      : {}\nTahun     : {}\nSasaran   : {}\nIndikator : {} (tercapai {}, tidak tercapai {}, tidak dapat dihitung {}, belum diisi {})\n{}",
        data.unit.nama,
        match data.laporan.periode.nama() {
            None => data.laporan.tahun.to_string(),
            Some(n) => format!("{} ({n})", data.laporan.tahun),
        },
        data.pk.sasaran_kegiatan.len(),
        rekap.total,
        rekap.tercapai,
        rekap.tidak_tercapai,
        rekap.tidak_dapat_dihitung,
        rekap.belum_diisi,
        uang,
    )
}

/// Diagnostics as JSON objects, each naming its folder.
fn dengan_folder(diag: &[check::Diagnostik], folder: &str) -> Vec<serde_json::Value> {
    diag.iter()
        .map(|d| {
            let mut v = serde_json::to_value(d).expect("diagnostics serialize");
            if let Some(o) = v.as_object_mut() {
                o.insert("folder".into(), folder.into());
            }
            v
        })
        .collect()
}
