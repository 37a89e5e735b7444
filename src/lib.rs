//! lkjip: compiles a folder of hand-edited YAML into the annual LKjIP
//! (Laporan Kinerja Instansi Pemerintah) of an Indonesian government unit.
//!
//! The pipeline: [`load`] reads the data folder into the typed [`model`];
//! [`calc`] computes every percentage and total from it; [`format`] prints
//! numbers, Rupiah, terbilang and dates the Indonesian way; `cmd` is the
//! thin command-line layer.

pub mod aman;
pub mod berkas;
pub mod calc;
pub mod check;
pub mod cmd;
pub mod diag;
pub mod ekspor;
pub mod format;
pub mod laporan;
pub mod lke;
pub mod load;
pub mod model;
pub mod rekap;
pub mod render;
pub mod susun;
pub mod tahunan;

pub use laporan::Laporan;
pub use susun::susun;
