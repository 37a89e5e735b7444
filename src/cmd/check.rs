//! `lkjip check DIR`: load the folder and print a short summary.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::calc;
use crate::format;
use crate::load;

/// Arguments of `lkjip check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder data satu tahun, misalnya data/2023.
    pub folder: PathBuf,
}

/// Runs `lkjip check`.
pub fn jalankan(args: &Args) -> ExitCode {
    match load::muat(&args.folder) {
        Ok(dimuat) => {
            print!("{}", ringkasan(&dimuat.data));
            ExitCode::SUCCESS
        }
        Err(galat) => {
            super::cetak_galat_muat(&galat);
            ExitCode::from(super::KELUAR_GAGAL_MUAT)
        }
    }
}

/// The summary printed by `lkjip check`.
pub fn ringkasan(data: &crate::model::DataLaporan) -> String {
    let p = &data.laporan.pengaturan;
    let hasil: Vec<_> = data
        .indikator()
        .map(|(_, ind)| calc::capaian::hitung(ind, data.capaian.indikator.get(&ind.id), p))
        .collect();
    let rekap = calc::ikhtisar::rekap(&hasil);
    let total = calc::anggaran::total(&data.anggaran, p.persentase);
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
