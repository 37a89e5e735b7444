//! The typed model of a data folder: one module per YAML file.
//!
//! A data folder (`data/2023/`) holds these files; each deserializes into
//! the struct of the module of the same name, with unknown fields refused.
//!
//! | file | struct |
//! |---|---|
//! | `laporan.yaml` | [`laporan::Laporan`] |
//! | `unit.yaml` | [`unit::Unit`] |
//! | `renstra.yaml` | [`renstra::Renstra`] |
//! | `pk.yaml` | [`pk::PerjanjianKinerja`] |
//! | `capaian.yaml` | [`capaian::Capaian`] |
//! | `populasi.yaml` | [`populasi::Populasi`] |
//! | `anggaran.yaml` | [`anggaran::Anggaran`] |
//! | `kinerja_anggaran.yaml` | [`kinerja_anggaran::KinerjaAnggaran`] |
//! | `kinerja_lainnya.yaml` | [`kinerja_lainnya::KinerjaLainnya`] |
//! | `narasi.yaml` | [`narasi::Narasi`] |
//! | `lampiran.yaml` | [`lampiran::Lampiran`] |

pub mod anggaran;
pub mod capaian;
pub mod common;
pub mod kinerja_anggaran;
pub mod kinerja_lainnya;
pub mod lampiran;
pub mod laporan;
pub mod narasi;
pub mod num;
pub mod pk;
pub mod populasi;
pub mod renstra;
pub mod skema;
pub mod tabel;
pub mod unit;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use common::{Gambar, Markdown, Orang, TandaTangan, Tanggal};
pub use num::{Angka, Rupiah};

/// Everything in one data folder, each part from its own file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DataLaporan {
    /// `laporan.yaml`.
    pub laporan: laporan::Laporan,
    /// `unit.yaml`.
    pub unit: unit::Unit,
    /// `renstra.yaml`.
    pub renstra: renstra::Renstra,
    /// `pk.yaml`.
    pub pk: pk::PerjanjianKinerja,
    /// `capaian.yaml`.
    pub capaian: capaian::Capaian,
    /// `populasi.yaml`.
    pub populasi: populasi::Populasi,
    /// `anggaran.yaml`.
    pub anggaran: anggaran::Anggaran,
    /// `kinerja_anggaran.yaml`.
    pub kinerja_anggaran: kinerja_anggaran::KinerjaAnggaran,
    /// `kinerja_lainnya.yaml`.
    pub kinerja_lainnya: kinerja_lainnya::KinerjaLainnya,
    /// `narasi.yaml`.
    pub narasi: narasi::Narasi,
    /// `lampiran.yaml`.
    pub lampiran: lampiran::Lampiran,
}

/// The files of a data folder, in loading order.
pub const BERKAS: [&str; 11] = [
    "laporan.yaml",
    "unit.yaml",
    "renstra.yaml",
    "pk.yaml",
    "capaian.yaml",
    "populasi.yaml",
    "anggaran.yaml",
    "kinerja_anggaran.yaml",
    "kinerja_lainnya.yaml",
    "narasi.yaml",
    "lampiran.yaml",
];

impl DataLaporan {
    /// All indicators of the PK with their activity goal, in PK order.
    pub fn indikator(&self) -> impl Iterator<Item = (&pk::SasaranKegiatan, &pk::Indikator)> {
        self.pk
            .sasaran_kegiatan
            .iter()
            .flat_map(|sk| sk.indikator.iter().map(move |i| (sk, i)))
    }

    /// A person by key from `unit.yaml`.
    pub fn orang(&self, key: &str) -> Option<&Orang> {
        self.unit.orang.get(key)
    }
}
