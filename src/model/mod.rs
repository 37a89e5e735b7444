//! The typed model of a data folder: one module per YAML file.
//!
//! A data folder (`data/2023/`) holds these files; each deserializes into
//! the struct of the module of the same name, with unknown fields refused.
//! A file declared `opsional` may be absent (a unit without inmates has no
//! `populasi.yaml`, a semester report no `anggaran.yaml`); its part is then
//! `None`. A file declared `bawaan` may be absent too, but every field of
//! it is optional already, so its part is then the empty default.
//!
//! | file | struct |
//! |---|---|
//! | `laporan.yaml` | [`laporan::Laporan`] |
//! | `unit.yaml` | [`unit::Unit`] |
//! | `renstra.yaml` (optional) | [`renstra::Renstra`] |
//! | `pk.yaml` | [`pk::PerjanjianKinerja`] |
//! | `capaian.yaml` | [`capaian::Capaian`] |
//! | `populasi.yaml` (optional) | [`populasi::Populasi`] |
//! | `anggaran.yaml` (optional) | [`anggaran::Anggaran`] |
//! | `kinerja_anggaran.yaml` (optional) | [`kinerja_anggaran::KinerjaAnggaran`] |
//! | `kinerja_lainnya.yaml` (optional, empty when absent) | [`kinerja_lainnya::KinerjaLainnya`] |
//! | `narasi.yaml` | [`narasi::Narasi`] |
//! | `lampiran.yaml` (optional) | [`lampiran::Lampiran`] |
//! | `lke.yaml` (optional) | [`lke::Lke`] |

pub mod anggaran;
pub mod capaian;
pub mod common;
pub mod kinerja_anggaran;
pub mod kinerja_lainnya;
pub mod lampiran;
pub mod laporan;
pub mod lke;
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

/// Reads the files of a data folder one by one, for [`DataLaporan::rakit`].
pub trait Pemuat {
    /// The content of file `berkas` as a `T`, or `None` when it cannot be
    /// read (the loader keeps the reason).
    fn muat<T: serde::de::DeserializeOwned>(&mut self, berkas: &'static str) -> Option<T>;

    /// Like [`Pemuat::muat`] for an optional file: `Some(None)` when the
    /// file does not exist.
    fn muat_opsional<T: serde::de::DeserializeOwned>(
        &mut self,
        berkas: &'static str,
    ) -> Option<Option<T>>;
}

/// The declaration of one file of a data folder.
#[derive(Clone, Copy, Debug)]
pub struct DeklarasiBerkas {
    /// File name (`pk.yaml`).
    pub nama: &'static str,
    /// What the file holds, written as a comment above its content by
    /// `lkjip init` and `lkjip new-year`.
    pub kepala: &'static str,
    /// The file's JSON Schema (draft-07).
    pub skema: fn() -> serde_json::Value,
    /// Whether the folder may lack this file.
    pub opsional: bool,
}

/// Declares the files of a data folder once; the aggregate
/// [`DataLaporan`], the file names ([`Berkas`], [`BERKAS`]), the schemas, the loader
/// ([`DataLaporan::rakit`]) and the writers ([`DataLaporan::ke_yaml`]) all
/// come from this one list.
macro_rules! folder_data {
    // The part's type: `T`, or `Option<T>` for an optional file.
    (@jenis $ty:ty) => { $ty };
    (@jenis $ty:ty, opsional) => { Option<$ty> };
    (@jenis $ty:ty, bawaan) => { $ty };
    (@muat $p:ident, $nama:literal) => { $p.muat($nama) };
    (@muat $p:ident, $nama:literal, opsional) => { $p.muat_opsional($nama) };
    (@muat $p:ident, $nama:literal, bawaan) => {
        $p.muat_opsional($nama).map(Option::unwrap_or_default)
    };
    (@opsional) => { false };
    (@opsional opsional) => { true };
    (@opsional bawaan) => { true };
    // An optional part is written only when present.
    (@yaml $v:ident, $x:expr, $nama:literal) => { $v.push(($nama, serde_yaml::to_string($x)?)) };
    (@yaml $v:ident, $x:expr, $nama:literal, opsional) => {
        if let Some(x) = $x { $v.push(($nama, serde_yaml::to_string(x)?)) }
    };
    // A part whose every field may be absent is written only when it holds something.
    (@yaml $v:ident, $x:expr, $nama:literal, bawaan) => {
        if *$x != Default::default() { $v.push(($nama, serde_yaml::to_string($x)?)) }
    };
    ($( $(#[doc = $doc:literal])* $field:ident ($varian:ident) : $ty:ty = $nama:literal, $kepala:literal $(, $ops:ident)?; )*) => {
        /// A file of a data folder, by name: `Berkas::Pk.nama()` is
        /// `"pk.yaml"`. A misspelt file does not compile.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Berkas {
            $( $(#[doc = $doc])* $varian, )*
        }

        impl Berkas {
            /// Every file, in loading order.
            pub const SEMUA: [Berkas; [$($nama),*].len()] = [$(Berkas::$varian),*];

            /// The file name (`pk.yaml`).
            pub const fn nama(self) -> &'static str {
                match self {
                    $( Berkas::$varian => $nama, )*
                }
            }

            /// The file named `nama`, if it is a data file.
            pub fn dari_nama(nama: &str) -> Option<Berkas> {
                Berkas::SEMUA.into_iter().find(|b| b.nama() == nama)
            }

            /// Its declaration: header, schema, whether it is optional.
            pub fn deklarasi(self) -> &'static DeklarasiBerkas {
                &DAFTAR_BERKAS[self as usize]
            }
        }

        impl std::fmt::Display for Berkas {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.nama())
            }
        }

        /// Everything in one data folder, each part from its own file.
        #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        pub struct DataLaporan {
            $( $(#[doc = $doc])* pub $field: folder_data!(@jenis $ty $(, $ops)?), )*
        }

        /// The files of a data folder, in loading order.
        pub const BERKAS: [&str; [$($nama),*].len()] = [$($nama),*];

        /// The files of a data folder with their headers and schemas, in loading order.
        pub const DAFTAR_BERKAS: [DeklarasiBerkas; [$($nama),*].len()] = [
            $( DeklarasiBerkas {
                nama: $nama,
                kepala: $kepala,
                skema: skema::skema_untuk::<$ty>,
                opsional: folder_data!(@opsional $($ops)?),
            }, )*
        ];

        impl DataLaporan {
            /// Reads every file through `p`; `None` when any file failed
            /// (after every file has been tried, so all problems are known).
            pub fn rakit<P: Pemuat>(p: &mut P) -> Option<DataLaporan> {
                $( let $field: Option<folder_data!(@jenis $ty $(, $ops)?)> =
                    folder_data!(@muat p, $nama $(, $ops)?); )*
                Some(DataLaporan { $( $field: $field?, )* })
            }

            /// Each present part as YAML, with its file name, in loading order.
            pub fn ke_yaml(&self) -> Result<Vec<(&'static str, String)>, serde_yaml::Error> {
                let mut v = Vec::new();
                $( folder_data!(@yaml v, &self.$field, $nama $(, $ops)?); )*
                Ok(v)
            }
        }
    };
}

folder_data! {
    /// `laporan.yaml`.
    laporan(Laporan): laporan::Laporan = "laporan.yaml",
        "Laporan: tahun, penanda tangan dan tanggal laporan, surat pengantar, aturan perhitungan.";
    /// `unit.yaml`.
    unit(Unit): unit::Unit = "unit.yaml",
        "Satuan kerja: identitas dan kop, orang yang disebut di laporan (nama, NIP, jabatan), pegawai.";
    /// `renstra.yaml`.
    renstra(Renstra): renstra::Renstra = "renstra.yaml",
        "Rencana Strategis: visi, misi, nilai, sasaran strategis, kebijakan, target jangka menengah per indikator per tahun.", opsional;
    /// `pk.yaml`.
    pk(Pk): pk::PerjanjianKinerja = "pk.yaml",
        "Perjanjian Kinerja: sasaran kegiatan, indikator (satuan, target, target triwulan), anggaran, penanda tangan.";
    /// `capaian.yaml`.
    capaian(Capaian): capaian::Capaian = "capaian.yaml",
        "Capaian per indikator: realisasi (langsung / hitungan / komposit / daftar_periksa / tidak_dapat_dihitung), tabel data, analisis, triwulan, tahun lalu.";
    /// `populasi.yaml`; absent for a unit without inmates.
    populasi(Populasi): populasi::Populasi = "populasi.yaml",
        "Kapasitas hunian dan penghuni per tahun (boleh tidak ada bila unit tidak berpenghuni).", opsional;
    /// `anggaran.yaml`.
    anggaran(Anggaran): anggaran::Anggaran = "anggaran.yaml",
        "Anggaran (DIPA): program > kegiatan > KRO > RO > komponen; pagu dan realisasi hanya di tingkat terbawah.", opsional;
    /// `kinerja_anggaran.yaml`.
    kinerja_anggaran(KinerjaAnggaran): kinerja_anggaran::KinerjaAnggaran = "kinerja_anggaran.yaml",
        "Nilai SMART DJA dan IKPA per tahun, dengan bobotnya.", opsional;
    /// `kinerja_lainnya.yaml`.
    kinerja_lainnya(KinerjaLainnya): kinerja_lainnya::KinerjaLainnya = "kinerja_lainnya.yaml",
        "e-Performance, e-Monev Bappenas, Target Kinerja (TARJA), prioritas nasional.", bawaan;
    /// `narasi.yaml`.
    narasi(Narasi): narasi::Narasi = "narasi.yaml",
        "Teks naratif: kata pengantar, ikhtisar, Bab I, II dan IV (Markdown sederhana; angka jangan diketik, lkjip menghitungnya).";
    /// `lampiran.yaml`.
    lampiran(Lampiran): lampiran::Lampiran = "lampiran.yaml",
        "SK tim penyusun LKjIP.", opsional;
    /// `lke.yaml`; absent unless the unit records evidence for `lkjip lke`.
    lke(Lke): lke::Lke = "lke.yaml",
        "Bukti kriteria evaluasi SAKIP (LKE) dari luar laporan: reviu APIP, publikasi, penyampaian, pemanfaatan (boleh tidak ada; tidak dicetak di LKjIP).", opsional;
}

/// The declaration of file `nama` (`pk.yaml`), if it is a data file.
pub fn berkas(nama: &str) -> Option<&'static DeklarasiBerkas> {
    DAFTAR_BERKAS.iter().find(|b| b.nama == nama)
}

impl DataLaporan {
    /// All indicators of the PK with their activity goal, in PK order.
    pub fn indikator(&self) -> impl Iterator<Item = (&pk::SasaranKegiatan, &pk::Indikator)> {
        self.pk
            .sasaran_kegiatan
            .iter()
            .flat_map(|sk| sk.indikator.iter().map(move |i| (sk, i)))
    }

    /// Whether any quarterly figure is there (a PK quarterly target or a
    /// quarterly entry in `capaian.yaml`); without any, the quarterly
    /// lampiran is omitted.
    pub fn ada_data_triwulan(&self) -> bool {
        self.indikator().any(|(_, i)| !i.target_triwulan.is_empty())
            || self
                .capaian
                .indikator
                .values()
                .any(|c| !c.triwulan.is_empty())
    }

    /// A person by key from `unit.yaml`.
    pub fn orang(&self, key: &str) -> Option<&Orang> {
        self.unit.orang.get(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_declared_once_with_header_and_schema() {
        let mut names = BERKAS.to_vec();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), BERKAS.len());
        for b in DAFTAR_BERKAS {
            assert!(b.nama.ends_with(".yaml"));
            assert!(!b.kepala.is_empty(), "{}", b.nama);
            assert_eq!((b.skema)()["additionalProperties"], false, "{}", b.nama);
        }
    }

    #[test]
    fn the_file_enum_follows_the_declaration() {
        assert_eq!(Berkas::SEMUA.map(Berkas::nama), BERKAS);
        assert_eq!(Berkas::KinerjaAnggaran.nama(), "kinerja_anggaran.yaml");
        assert_eq!(Berkas::dari_nama("pk.yaml"), Some(Berkas::Pk));
        assert_eq!(Berkas::dari_nama("pk.yml"), None);
        for b in Berkas::SEMUA {
            assert_eq!(b.deklarasi().nama, b.nama());
            assert_eq!(b.to_string(), b.nama());
        }
        assert!(Berkas::Populasi.deklarasi().opsional);
        assert!(!Berkas::Pk.deklarasi().opsional);
    }

    #[test]
    fn written_parts_load_back() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023");
        let d = crate::load::muat(&dir).unwrap().data;
        let parts = d.ke_yaml().unwrap();
        // Every file the folder has (data/2023 has no optional lke.yaml).
        let ada: Vec<&str> = BERKAS
            .into_iter()
            .filter(|b| dir.join(b).exists())
            .collect();
        assert_eq!(ada.len(), BERKAS.len() - 1);
        assert_eq!(parts.iter().map(|(n, _)| *n).collect::<Vec<_>>(), ada);
        struct Dari(Vec<(&'static str, String)>);
        impl Pemuat for Dari {
            fn muat<T: serde::de::DeserializeOwned>(&mut self, berkas: &'static str) -> Option<T> {
                let (_, text) = self.0.iter().find(|(n, _)| *n == berkas)?;
                serde_yaml::from_str(text).ok()
            }
            fn muat_opsional<T: serde::de::DeserializeOwned>(
                &mut self,
                berkas: &'static str,
            ) -> Option<Option<T>> {
                if self.0.iter().any(|(n, _)| *n == berkas) {
                    self.muat(berkas).map(Some)
                } else {
                    Some(None)
                }
            }
        }
        assert_eq!(DataLaporan::rakit(&mut Dari(parts)), Some(d));
    }
}
