//! Population per year and over-capacity.

use rust_decimal::Decimal;

use super::{Nilai, persen};
use crate::model::laporan::Pembulatan;
use crate::model::populasi::{Penghuni, Populasi};

/// One year of the population table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarisPopulasi {
    /// Year.
    pub tahun: i32,
    /// Convicts, detainees, juveniles.
    pub penghuni: Penghuni,
    /// Sum of the three (in u64: three u32 counts never wrap).
    pub jumlah: u64,
    /// Occupants above capacity (negative when below).
    pub selisih: i64,
    /// (penghuni − kapasitas) / kapasitas × 100.
    pub kelebihan: Nilai,
}

/// Over-capacity in percent: 165 occupants for 140 places → 17,86.
pub fn kelebihan_kapasitas(jumlah: u64, kapasitas: u32, p: Pembulatan) -> Nilai {
    let selisih = Decimal::from(i128::from(jumlah) - i128::from(kapasitas));
    match persen(selisih, Decimal::from(kapasitas), p) {
        Some(v) => Nilai::Ada(v),
        None => Nilai::TidakDapatDihitung("kapasitas bernilai nol".into()),
    }
}

/// Convicts + detainees + juveniles, without wrapping.
pub fn jumlah_penghuni(h: &Penghuni) -> u64 {
    u64::from(h.narapidana) + u64::from(h.tahanan) + u64::from(h.anak)
}

/// The population table, oldest year first.
pub fn tabel(populasi: &Populasi, p: Pembulatan) -> Vec<BarisPopulasi> {
    populasi
        .tahun
        .iter()
        .map(|(&tahun, h)| {
            let jumlah = jumlah_penghuni(h);
            BarisPopulasi {
                tahun,
                penghuni: h.clone(),
                jumlah,
                // At most 3 × u32::MAX: fits an i64.
                selisih: jumlah as i64 - i64::from(populasi.kapasitas),
                kelebihan: kelebihan_kapasitas(jumlah, populasi.kapasitas, p),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;

    #[test]
    fn reference_overcapacity() {
        assert_eq!(
            kelebihan_kapasitas(165, 140, half_up(2)),
            Nilai::Ada(d("17.86"))
        );
        assert_eq!(
            kelebihan_kapasitas(188, 140, half_up(2)),
            Nilai::Ada(d("34.29"))
        );
        assert_eq!(
            kelebihan_kapasitas(120, 140, half_up(2)),
            Nilai::Ada(d("-14.29"))
        );
        assert!(matches!(
            kelebihan_kapasitas(10, 0, half_up(2)),
            Nilai::TidakDapatDihitung(_)
        ));
    }

    #[test]
    fn table_rows() {
        let mut tahun = std::collections::BTreeMap::new();
        tahun.insert(
            2023,
            Penghuni {
                narapidana: 137,
                tahanan: 28,
                anak: 0,
                jumlah_tertulis: None,
            },
        );
        tahun.insert(
            2022,
            Penghuni {
                narapidana: 128,
                tahanan: 42,
                anak: 1,
                jumlah_tertulis: None,
            },
        );
        let pop = Populasi {
            kapasitas: 140,
            tahun,
            catatan: None,
        };
        let rows = tabel(&pop, half_up(2));
        assert_eq!(rows[0].tahun, 2022);
        assert_eq!(rows[0].jumlah, 171);
        assert_eq!(rows[1].jumlah, 165);
        assert_eq!(rows[1].selisih, 25);
    }
}
