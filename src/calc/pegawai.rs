//! Staff head-counts.

use crate::model::unit::Pegawai;

/// Staff totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RekapPegawai {
    /// Sum over ranks.
    pub total: u64,
    /// Per rank group (`II`, `III`, `IV`: the part before `/`), highest first as listed.
    pub per_kelompok: Vec<(String, u64)>,
    /// Men + women.
    pub total_jenis_kelamin: u64,
}

/// Totals per rank group and per sex.
pub fn rekap(p: &Pegawai) -> RekapPegawai {
    // Sums in u64: a list of u32 counts cannot wrap it before memory runs out.
    let mut per_kelompok: Vec<(String, u64)> = Vec::new();
    for g in &p.golongan {
        let kelompok = g
            .golongan
            .split('/')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        match per_kelompok.iter_mut().find(|(k, _)| *k == kelompok) {
            Some((_, n)) => *n = n.saturating_add(u64::from(g.jumlah)),
            None => per_kelompok.push((kelompok, u64::from(g.jumlah))),
        }
    }
    RekapPegawai {
        total: p
            .golongan
            .iter()
            .fold(0u64, |a, g| a.saturating_add(u64::from(g.jumlah))),
        per_kelompok,
        total_jenis_kelamin: u64::from(p.laki_laki) + u64::from(p.perempuan),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Tanggal;
    use crate::model::unit::JumlahGolongan;

    #[test]
    fn reference_staff() {
        let g = |golongan: &str, jumlah| JumlahGolongan {
            golongan: golongan.into(),
            jumlah,
        };
        let p = Pegawai {
            per_tanggal: Tanggal::new(2023, 12, 31).unwrap(),
            golongan: vec![
                g("IV/a", 1),
                g("III/d", 8),
                g("III/c", 4),
                g("III/b", 12),
                g("III/a", 5),
                g("II/d", 5),
                g("II/c", 1),
                g("II/b", 15),
                g("II/a", 7),
            ],
            laki_laki: 49,
            perempuan: 9,
            total_tertulis: Some(55),
        };
        let r = rekap(&p);
        // The reference prints 55; its own cells add up to 58.
        assert_eq!(r.total, 58);
        assert_eq!(r.total_jenis_kelamin, 58);
        assert_eq!(
            r.per_kelompok,
            vec![
                ("IV".to_string(), 1),
                ("III".to_string(), 29),
                ("II".to_string(), 28)
            ]
        );
    }
}
