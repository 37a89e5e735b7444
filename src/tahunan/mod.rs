//! The yearly routine: `lkjip init` makes a fresh data folder,
//! `lkjip new-year` carries a folder into the next year. Both write every
//! file with its schema line and a short header, and never overwrite an
//! existing folder unless asked to. `lkjip migrate` ([`migrasi`]) brings a
//! folder of an earlier data format to today's.

mod kerangka;
pub mod migrasi;
mod tahun_baru;

use std::path::Path;

pub use kerangka::init;
pub use tahun_baru::tahun_baru;

use crate::model::{self, DataLaporan};

/// Why a folder could not be written.
#[derive(Debug, thiserror::Error)]
pub enum GalatTahunan {
    /// The target exists and `--force` was not given.
    #[error("{0} sudah ada; gunakan --force untuk menimpanya")]
    SudahAda(String),
    /// The source folder does not load.
    #[error("folder sumber tidak dapat dimuat:\n{}", crate::diag::baris(.0))]
    Sumber(Vec<crate::diag::Diagnostik>),
    /// Writing failed.
    #[error("{0}: {io}", io = crate::berkas::galat_io(.1))]
    Tulis(String, std::io::Error),
    /// Source and target are the same folder, or one lies inside the other.
    #[error(
        "folder tujuan {0} sama dengan folder sumber atau berada di dalam/di atasnya; pilih folder lain (misalnya data/TAHUN_DEPAN)"
    )]
    FolderSama(String),
    /// A report year outside the accepted range.
    #[error("tahun {0} di luar rentang yang diterima ({1}–{2})")]
    Tahun(i32, i32, i32),
}

/// Refuses a report year outside the range the loader accepts.
fn tahun_sah(tahun: i32) -> Result<(), GalatTahunan> {
    use crate::load::batas::{TAHUN_PALING_AKHIR, TAHUN_PALING_AWAL, tahun_laporan_sah};
    if tahun_laporan_sah(tahun) {
        Ok(())
    } else {
        Err(GalatTahunan::Tahun(
            tahun,
            TAHUN_PALING_AWAL,
            TAHUN_PALING_AKHIR,
        ))
    }
}

/// Writes every part of `data` into `dir` as YAML with its schema line
/// and header, then the schemas themselves.
fn tulis_folder(dir: &Path, data: &DataLaporan) -> Result<(), GalatTahunan> {
    let tulis = |name: &str, text: String| {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| GalatTahunan::Tulis(path.display().to_string(), e))
    };
    std::fs::create_dir_all(dir).map_err(|e| GalatTahunan::Tulis(dir.display().to_string(), e))?;
    let parts = data.ke_yaml().expect("the model serializes");
    for (name, body) in parts {
        let text = format!(
            "{}\n# {}\n{body}",
            model::skema::baris_skema(name),
            model::berkas(name).map(|b| b.kepala).unwrap_or_default()
        );
        tulis(name, text)?;
    }
    model::skema::tulis(dir).map_err(|e| GalatTahunan::Tulis(dir.display().to_string(), e))
}

/// Refuses an existing, non-empty target unless `force`.
fn siapkan(dir: &Path, force: bool) -> Result<(), GalatTahunan> {
    let occupied = dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true);
    if occupied && !force {
        return Err(GalatTahunan::SudahAda(dir.display().to_string()));
    }
    Ok(())
}
