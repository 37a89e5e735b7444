//! Indonesian formatting (PUEBI): numbers with `.` thousands and `,`
//! decimals, percentages, Rupiah, amounts in words (terbilang), and dates.

mod angka;
mod huruf;
mod tanggal;
mod terbilang;

pub use angka::{SPASI_RUPIAH, angka, angka_dp, angka_tertulis, persen, rupiah, rupiah_utuh};
pub use huruf::{HurufBesar, huruf_besar};
pub use tanggal::{nama_bulan, rentang_tahun, tanggal};
pub use terbilang::{terbilang, terbilang_judul, terbilang_rupiah};
