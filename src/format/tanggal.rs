use crate::model::Tanggal;

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// Name of month 1–12 (`Januari`); empty for anything else.
pub fn nama_bulan(bulan: u8) -> &'static str {
    BULAN
        .get(usize::from(bulan).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// A date as printed in Indonesian letters: `2 Januari 2024`, or
/// `02 Januari 2024` with `nol_di_depan`.
pub fn tanggal(t: Tanggal, nol_di_depan: bool) -> String {
    if nol_di_depan {
        format!("{:02} {} {}", t.hari, nama_bulan(t.bulan), t.tahun)
    } else {
        format!("{} {} {}", t.hari, nama_bulan(t.bulan), t.tahun)
    }
}

/// A span of years as printed after "Tahun": `2021–2023`, or just `2023`
/// when it is one year (never `2023–2023`); the ends in either order.
pub fn rentang_tahun(awal: i32, akhir: i32) -> String {
    let (awal, akhir) = (awal.min(akhir), awal.max(akhir));
    if awal == akhir {
        awal.to_string()
    } else {
        format!("{awal}–{akhir}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rentang_satu_dan_banyak_tahun() {
        assert_eq!(rentang_tahun(2020, 2020), "2020");
        assert_eq!(rentang_tahun(2021, 2023), "2021–2023");
        assert_eq!(rentang_tahun(2023, 2022), "2022–2023");
    }

    #[test]
    fn dates() {
        let t = Tanggal::new(2024, 1, 2).unwrap();
        assert_eq!(tanggal(t, false), "2 Januari 2024");
        assert_eq!(tanggal(t, true), "02 Januari 2024");
        let t = Tanggal::new(2023, 12, 15).unwrap();
        assert_eq!(tanggal(t, true), "15 Desember 2023");
        let months: Vec<_> = (1..=12).map(nama_bulan).collect();
        assert_eq!(months[1], "Februari");
        assert_eq!(months[4], "Mei");
        assert_eq!(months[7], "Agustus");
        assert_eq!(nama_bulan(0), "");
        assert_eq!(nama_bulan(13), "");
    }
}
