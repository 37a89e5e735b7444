//! The compiled report every stage reads: [`Laporan`] holds this year's
//! folder, the earlier years' folders beside it, every figure computed
//! once ([`Hasil`]) and every image the data names, read and checked
//! ([`gambar::DaftarGambar`]). It sits below `check`, `render`, `ekspor`
//! and `rekap`, which read it and never import each other's inputs; the
//! driver ([`crate::susun`]) builds it and hands it on.

pub mod gambar;

use std::collections::BTreeMap;
use std::path::Path;

use crate::calc::hasil::{self, Hasil};
use crate::diag::Diagnostik;
use crate::load::{self, Dimuat};

/// A loaded report with every figure computed.
#[derive(Debug)]
pub struct Laporan {
    /// This year's folder as written: the typed data, and the text and
    /// positions of each file for diagnostics.
    pub dimuat: Dimuat,
    /// Folders of the two previous years beside this one that loaded, by year.
    pub sebelumnya: BTreeMap<i32, Dimuat>,
    /// Folders of previous years that exist but could not be loaded (or
    /// hold another year): reported by `check` (LK206), not ignored.
    pub sebelumnya_gagal: Vec<FolderGagal>,
    /// Every figure of the report.
    pub hasil: Hasil,
    /// Every image the data names, read and checked once: `render` takes
    /// their bytes from here, LK001 reports the unusable ones.
    pub gambar: gambar::DaftarGambar,
}

/// An earlier year's folder that exists but cannot serve as history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FolderGagal {
    /// The year it should hold.
    pub tahun: i32,
    /// The folder, as found.
    pub folder: String,
    /// Why it cannot be used (its first loading problem).
    pub sebab: String,
}

impl Laporan {
    /// Loads `folder` and its earlier years and computes the report.
    ///
    /// The folder path is made absolute first, so `data/2023`, `.` and
    /// `../2023` find the same earlier-year folders beside it.
    pub fn muat(folder: &Path) -> Result<Laporan, Vec<Diagnostik>> {
        let dimuat = load::muat(folder)?;
        let tahun = dimuat.data.laporan.tahun;
        let mut sebelumnya = BTreeMap::new();
        let mut sebelumnya_gagal = Vec::new();
        let induk = std::fs::canonicalize(folder)
            .ok()
            .and_then(|f| f.parent().map(Path::to_path_buf));
        for y in [tahun - 1, tahun - 2] {
            let Some(dir) = induk.as_ref().map(|i| i.join(y.to_string())) else {
                continue;
            };
            if !dir.is_dir() {
                continue;
            }
            let gagal = |sebab: String| FolderGagal {
                tahun: y,
                folder: dir.display().to_string(),
                sebab,
            };
            match load::muat(&dir) {
                Ok(d) if d.data.laporan.tahun == y => {
                    sebelumnya.insert(y, d);
                }
                Ok(d) => sebelumnya_gagal.push(gagal(format!(
                    "laporan.yaml folder ini bertahun {}, bukan {y}",
                    d.data.laporan.tahun
                ))),
                Err(g) => sebelumnya_gagal.push(gagal(
                    g.first().map(ToString::to_string).unwrap_or_default(),
                )),
            }
        }
        Ok(Laporan::baru(dimuat, sebelumnya, sebelumnya_gagal))
    }

    /// Computes the report of an already loaded folder with the given
    /// earlier years (for tests and for callers that load themselves),
    /// and reads the images it names.
    pub fn baru(
        dimuat: Dimuat,
        sebelumnya: BTreeMap<i32, Dimuat>,
        sebelumnya_gagal: Vec<FolderGagal>,
    ) -> Laporan {
        let data_lalu = sebelumnya
            .iter()
            .map(|(y, d)| (*y, d.data.clone()))
            .collect();
        let hasil = hasil::hitung(&dimuat.data, &data_lalu);
        let gambar = gambar::DaftarGambar::baca(&dimuat);
        Laporan {
            dimuat,
            sebelumnya,
            sebelumnya_gagal,
            hasil,
            gambar,
        }
    }

    /// A loaded folder alone, without earlier years.
    pub fn tunggal(dimuat: Dimuat) -> Laporan {
        Laporan::baru(dimuat, BTreeMap::new(), Vec::new())
    }

    /// The report's year.
    pub fn tahun(&self) -> i32 {
        self.dimuat.data.laporan.tahun
    }
}
