//! LK7xx: dates and people; the decree's dictum labels (LK706).

use crate::check::{Konteks, Temuan};
use crate::diag::Jalur;
use crate::jalur;
use crate::model::Berkas;
use crate::model::{TandaTangan, Tanggal};

/// How many years before the report year a named civil servant may have
/// been born, at most and at least: 1940–2010 for a 2023 report, moving
/// with the report year instead of expiring.
pub const UMUR_NIP: (i32, i32) = (83, 13);

/// Why an NIP is not valid in a report of year `tahun`, if it is not. An
/// NIP is 18 digits: birth date (YYYYMMDD), appointment month (YYYYMM),
/// sex (1 or 2), sequence (3 digits). The birth year lies within
/// [`UMUR_NIP`] of the report year; the appointment at least 16 years after
/// birth and no later than the year after the report.
pub fn cacat_nip(nip: &str, tahun: i32) -> Option<String> {
    if nip.len() != 18 || !nip.bytes().all(|b| b.is_ascii_digit()) {
        return Some(format!(
            "NIP harus 18 angka, bukan {} karakter",
            nip.chars().count()
        ));
    }
    let n = |a: usize, b: usize| nip[a..b].parse::<u32>().unwrap_or(0);
    let lahir = Tanggal::new(n(0, 4) as i32, n(4, 6) as u8, n(6, 8) as u8);
    let (tertua, termuda) = (tahun - UMUR_NIP.0, tahun - UMUR_NIP.1);
    let Some(lahir) = lahir.filter(|t| (tertua..=termuda).contains(&t.tahun)) else {
        return Some(format!("tanggal lahir {} pada NIP tidak sah", &nip[0..8]));
    };
    let (tmt_tahun, tmt_bulan) = (n(8, 12) as i32, n(12, 14));
    if !(1..=12).contains(&tmt_bulan) || tmt_tahun < lahir.tahun + 16 || tmt_tahun > tahun + 1 {
        return Some(format!(
            "TMT pengangkatan {} pada NIP tidak sah",
            &nip[8..14]
        ));
    }
    if !matches!(&nip[14..15], "1" | "2") {
        return Some(format!(
            "kode jenis kelamin {} pada NIP harus 1 atau 2",
            &nip[14..15]
        ));
    }
    None
}

/// Every signature block of the report: (file, YAML path, block).
fn tanda_tangan<'a>(k: &'a Konteks) -> Vec<(Berkas, Jalur, &'a TandaTangan)> {
    let data = &k.d.data;
    let mut v = vec![
        (
            Berkas::Laporan,
            jalur!(ditandatangani),
            &data.laporan.ditandatangani,
        ),
        (Berkas::Pk, jalur!(pihak_pertama), &data.pk.pihak_pertama),
        (Berkas::Pk, jalur!(pihak_kedua), &data.pk.pihak_kedua),
    ];
    if let Some(l) = &data.lampiran {
        v.push((
            Berkas::Lampiran,
            jalur!(sk_tim.ditetapkan),
            &l.sk_tim.ditetapkan,
        ));
    }
    if let Some(t) = &data.laporan.ditandatangani_penutup {
        v.push((Berkas::Laporan, jalur!(ditandatangani_penutup), t));
    }
    v
}

/// LK701: the PK is signed in the reporting year.
pub fn tanggal_pk(k: &Konteks, out: &mut Vec<Temuan>) {
    let tahun = k.d.data.laporan.tahun;
    for (path, t) in [
        (jalur!(pihak_pertama), &k.d.data.pk.pihak_pertama),
        (jalur!(pihak_kedua), &k.d.data.pk.pihak_kedua),
    ] {
        if t.tanggal.tahun != tahun {
            out.push(
                Temuan::baru(
                    Berkas::Pk,
                    jalur!((path).tanggal),
                    format!("Perjanjian Kinerja {tahun} ditandatangani di luar tahun {tahun}"),
                    format!("the {tahun} PK is signed outside {tahun}"),
                )
                .nilai(format!("{tahun}-01-01 … {tahun}-12-31"), t.tanggal),
            );
        }
    }
}

/// LK702: the report is dated after the period it reports on ends: after
/// the year for an annual report; for an interim one, on or after its
/// `data_sampai`, or else after the period's last day.
pub fn tanggal_laporan(k: &Konteks, out: &mut Vec<Temuan>) {
    let l = &k.d.data.laporan;
    let mut blocks = vec![(jalur!(ditandatangani), &l.ditandatangani)];
    if let Some(t) = &l.ditandatangani_penutup {
        blocks.push((jalur!(ditandatangani_penutup), t));
    }
    let bulan = l.periode.bulan_akhir();
    let hari_akhir = if matches!(bulan, 3 | 12) { 31 } else { 30 };
    let akhir = crate::model::Tanggal::new(l.tahun, bulan, hari_akhir);
    for (path, t) in blocks {
        let terlalu_awal = match (l.periode.tahunan(), l.data_sampai, akhir) {
            (true, _, _) => t.tanggal.tahun <= l.tahun,
            (false, Some(sampai), _) => t.tanggal < sampai,
            (false, None, Some(akhir)) => t.tanggal <= akhir,
            (false, None, None) => false,
        };
        if !terlalu_awal {
            continue;
        }
        let temuan = if l.periode.tahunan() {
            Temuan::baru(
                Berkas::Laporan,
                jalur!((path).tanggal),
                format!(
                    "laporan tahun {} bertanggal sebelum tahun itu berakhir",
                    l.tahun
                ),
                format!("the {} report is dated before that year ends", l.tahun),
            )
            .nilai(format!("> {}-12-31", l.tahun), t.tanggal)
        } else {
            let nama = l.periode.nama().unwrap_or_default();
            let (harap, batas) = match (l.data_sampai, akhir) {
                (Some(s), _) => (format!("≥ {s}"), format!("data_sampai {s}")),
                (None, Some(a)) => (format!("> {a}"), format!("akhir periode {a}")),
                (None, None) => (String::new(), String::new()),
            };
            Temuan::baru(
                Berkas::Laporan,
                jalur!((path).tanggal),
                format!(
                    "laporan {nama} {} bertanggal sebelum datanya berakhir ({batas})",
                    l.tahun
                ),
                format!(
                    "the {nama} {} report is dated before its data ends ({batas})",
                    l.tahun
                ),
            )
            .nilai(harap, t.tanggal)
        };
        out.push(temuan);
    }
}

/// LK703: the drafting team exists before the report.
pub fn tanggal_sk(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(l) = &k.d.data.lampiran else { return };
    let sk = l.sk_tim.ditetapkan.tanggal;
    let laporan = k.d.data.laporan.ditandatangani.tanggal;
    if sk > laporan {
        out.push(
            Temuan::baru(
                Berkas::Lampiran,
                jalur!(sk_tim.ditetapkan.tanggal),
                "SK tim penyusun ditetapkan setelah laporan ditandatangani",
                "the drafting team's decree is dated after the report",
            )
            .nilai(format!("≤ {laporan}"), sk),
        );
    }
}

/// LK704: every NIP is well-formed.
pub fn nip_sah(k: &Konteks, out: &mut Vec<Temuan>) {
    let mut cek = |berkas: Berkas, path: Jalur, nip: &str| {
        if let Some(why) = cacat_nip(nip, k.d.data.laporan.tahun) {
            out.push(
                Temuan::baru(berkas, path, why.clone(), format!("invalid NIP: {why}"))
                    .nilai("NIP 18 angka yang sah", nip),
            );
        }
    };
    for (key, o) in &k.d.data.unit.orang {
        if let Some(nip) = &o.nip {
            cek(Berkas::Unit, jalur!(orang.{key}.nip), nip);
        }
    }
    for (berkas, path, t) in tanda_tangan(k) {
        if let Some(nip) = &t.nip_tertulis {
            cek(berkas, jalur!((path).nip_tertulis), nip);
        }
        for (i, nip) in t.nip_tertulis_lain.iter().enumerate() {
            cek(berkas, jalur!((path).nip_tertulis_lain[i]), nip);
        }
    }
    let anggota = k.d.data.lampiran.iter().flat_map(|l| &l.sk_tim.anggota);
    for (i, a) in anggota.enumerate() {
        if let Some(nip) = &a.nip_tertulis {
            cek(
                Berkas::Lampiran,
                jalur!(sk_tim.anggota[i].nip_tertulis),
                nip,
            );
        }
    }
}

/// LK705: one person, one NIP, one spelling.
pub fn satu_orang(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let mut cek =
        |berkas: Berkas, path: Jalur, key: &str, nama: Option<&String>, nip: Option<&String>| {
            let Some(o) = data.orang(key) else { return };
            if let Some(n) = nama.filter(|n| **n != o.nama) {
                out.push(
                    Temuan::baru(
                        berkas,
                        jalur!((path).nama_tertulis),
                        format!("nama `{key}` dieja berbeda"),
                        format!("the name of `{key}` is spelt differently"),
                    )
                    .nilai(&o.nama, n),
                );
            }
            // One finding per cell: an NIP that is not valid at all is LK704's.
            if let Some(n) = nip.filter(|n| {
                Some(*n) != o.nip.as_ref() && cacat_nip(n, data.laporan.tahun).is_none()
            }) {
                out.push(
                    Temuan::baru(
                        berkas,
                        jalur!((path).nip_tertulis),
                        format!("NIP `{key}` ditulis berbeda"),
                        format!("the NIP of `{key}` is written differently"),
                    )
                    .nilai(o.nip.as_deref().unwrap_or("-"), n),
                );
            }
        };
    let mut lain = Vec::new();
    for (berkas, path, t) in tanda_tangan(k) {
        cek(
            berkas,
            path.clone(),
            &t.oleh,
            t.nama_tertulis.as_ref(),
            t.nip_tertulis.as_ref(),
        );
        for (i, nip) in t.nip_tertulis_lain.iter().enumerate() {
            lain.push((berkas, jalur!((path).nip_tertulis_lain[i]), &t.oleh, nip));
        }
    }
    let anggota = data.lampiran.iter().flat_map(|l| &l.sk_tim.anggota);
    for (i, a) in anggota.enumerate() {
        cek(
            Berkas::Lampiran,
            jalur!(sk_tim.anggota[i]),
            &a.orang,
            a.nama_tertulis.as_ref(),
            a.nip_tertulis.as_ref(),
        );
    }
    for (berkas, path, key, nip) in lain {
        let Some(o) = data.orang(key) else { continue };
        if Some(nip) != o.nip.as_ref() && cacat_nip(nip, data.laporan.tahun).is_none() {
            out.push(
                Temuan::baru(
                    berkas,
                    path,
                    format!("NIP `{key}` ditulis berbeda"),
                    format!("the NIP of `{key}` is written differently"),
                )
                .nilai(o.nip.as_deref().unwrap_or("-"), nip),
            );
        }
    }
    let orang: Vec<_> = data.unit.orang.iter().collect();
    for (i, (ka, a)) in orang.iter().enumerate() {
        for (kb, b) in &orang[..i] {
            if a.nip.is_some() && a.nip == b.nip {
                out.push(
                    Temuan::baru(
                        Berkas::Unit,
                        jalur!(orang.{ka}.nip),
                        format!("`{ka}` dan `{kb}` memakai NIP yang sama"),
                        format!("`{ka}` and `{kb}` share one NIP"),
                    )
                    .nilai("NIP berbeda", a.nip.as_deref().unwrap_or("")),
                );
            }
            if a.nama == b.nama && a.nip != b.nip {
                out.push(
                    Temuan::baru(
                        Berkas::Unit,
                        jalur!(orang.{ka}.nip),
                        format!("`{ka}` dan `{kb}` bernama sama dengan NIP berbeda"),
                        format!("`{ka}` and `{kb}` have one name and two NIPs"),
                    )
                    .nilai(
                        b.nip.as_deref().unwrap_or("-"),
                        a.nip.as_deref().unwrap_or("-"),
                    ),
                );
            }
        }
    }
}

/// LK706: the dictum labels of the drafting team's decree run KESATU,
/// KEDUA, KETIGA … without a gap.
pub fn urutan_diktum(k: &Konteks, out: &mut Vec<Temuan>) {
    const URUT: [&str; 10] = [
        "KESATU",
        "KEDUA",
        "KETIGA",
        "KEEMPAT",
        "KELIMA",
        "KEENAM",
        "KETUJUH",
        "KEDELAPAN",
        "KESEMBILAN",
        "KESEPULUH",
    ];
    let mut n = 0;
    let diktum = k.d.data.lampiran.iter().flat_map(|l| &l.sk_tim.memutuskan);
    for (i, d) in diktum.enumerate() {
        let label = d.label.trim().to_uppercase();
        if !URUT.contains(&label.as_str()) {
            continue;
        }
        let harap = URUT.get(n).copied().unwrap_or("");
        if label != harap {
            out.push(
                Temuan::baru(
                    Berkas::Lampiran,
                    jalur!(sk_tim.memutuskan[i].label),
                    format!(
                        "diktum ke-{} berlabel {}, seharusnya {harap}",
                        n + 1,
                        d.label
                    ),
                    format!("dictum {} is labelled {}, expected {harap}", n + 1, d.label),
                )
                .nilai(harap, d.label.clone()),
            );
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn nip_rules() {
        assert_eq!(cacat_nip("197008271995031001", 2023), None);
        assert_eq!(cacat_nip("197208101996031001", 2023), None);
        assert!(
            cacat_nip("197208103996031001", 2023)
                .unwrap()
                .contains("TMT")
        );
        assert!(
            cacat_nip("197213101996031001", 2023)
                .unwrap()
                .contains("tanggal lahir")
        );
        assert!(
            cacat_nip("19700827199503100", 2023)
                .unwrap()
                .contains("18 angka")
        );
        assert!(
            cacat_nip("197008271995033001", 2023)
                .unwrap()
                .contains("jenis kelamin")
        );
        // The window moves with the report year: no time bomb.
        assert_eq!(cacat_nip("201501012035031001", 2060), None);
        assert!(cacat_nip("201501012035031001", 2023).is_some());
    }

    #[test]
    fn lk701_pk_date() {
        assert!(temuan(data_2023(), tanggal_pk).is_empty());
        let d = ubah(|d| d.pk.pihak_kedua.tanggal = Tanggal::new(2022, 12, 30).unwrap());
        assert_eq!(temuan(&d, tanggal_pk)[0].path, "pihak_kedua.tanggal");
    }

    #[test]
    fn lk702_report_date() {
        assert!(temuan(data_2023(), tanggal_laporan).is_empty());
        let d = ubah(|d| {
            let mut t = d.laporan.ditandatangani.clone();
            t.tanggal = Tanggal::new(2023, 1, 2).unwrap();
            d.laporan.ditandatangani_penutup = Some(t);
        });
        let t = temuan(&d, tanggal_laporan);
        assert_eq!(
            (t[0].path.to_string().as_str(), t[0].ditemukan.as_deref()),
            ("ditandatangani_penutup.tanggal", Some("2023-01-02"))
        );
    }

    #[test]
    fn lk703_decree_date() {
        assert!(temuan(data_2023(), tanggal_sk).is_empty());
        let d = ubah(|d| {
            d.lampiran.as_mut().unwrap().sk_tim.ditetapkan.tanggal =
                Tanggal::new(2024, 2, 1).unwrap()
        });
        assert_eq!(temuan(&d, tanggal_sk).len(), 1);
    }

    #[test]
    fn lk704_nip() {
        assert!(temuan(data_2023(), nip_sah).is_empty());
        let d = ubah(|d| d.pk.pihak_pertama.nip_tertulis = Some("197208103996031001".into()));
        let t = temuan(&d, nip_sah);
        assert_eq!(
            (t[0].path.to_string().as_str(), t[0].ditemukan.as_deref()),
            ("pihak_pertama.nip_tertulis", Some("197208103996031001"))
        );
    }

    #[test]
    fn lk705_one_person() {
        assert!(temuan(data_2023(), satu_orang).is_empty());
        let d = ubah(|d| {
            d.pk.pihak_pertama.nip_tertulis = Some("197206101996031001".into());
            d.laporan.ditandatangani.nama_tertulis = Some("Bistok Olean Situngkir".into());
        });
        let t = temuan(&d, satu_orang);
        let got = ringkas(&t);
        assert_eq!(
            got,
            [
                (
                    "ditandatangani.nama_tertulis",
                    "Bistok Oloan Situngkir",
                    "Bistok Olean Situngkir"
                ),
                (
                    "pihak_pertama.nip_tertulis",
                    "197208101996031001",
                    "197206101996031001"
                ),
            ]
        );
        let d = ubah(|d| {
            let nip = d.unit.orang["kalapas"].nip.clone();
            d.unit.orang.get_mut("bendahara").unwrap().nip = nip;
        });
        assert_eq!(temuan(&d, satu_orang)[0].path, "orang.kalapas.nip");
        // Another page prints another NIP; an invalid one is LK704's alone.
        let d = ubah(|d| {
            d.pk.pihak_pertama.nip_tertulis = Some("197208103996031001".into());
            d.pk.pihak_pertama.nip_tertulis_lain = vec!["197206101996031001".into()];
        });
        assert_eq!(
            ringkas(&temuan(&d, satu_orang)),
            [(
                "pihak_pertama.nip_tertulis_lain[0]",
                "197208101996031001",
                "197206101996031001"
            )]
        );
        assert_eq!(temuan(&d, nip_sah).len(), 1);
    }

    #[test]
    fn lk706_dictum_order() {
        assert!(temuan(data_2023(), urutan_diktum).is_empty());
        let d = ubah(|d| {
            let m = &mut d.lampiran.as_mut().unwrap().sk_tim.memutuskan;
            let last = m.len() - 1;
            m[last].label = "KELIMA".into();
        });
        assert_eq!(
            ringkas(&temuan(&d, urutan_diktum)),
            [("sk_tim.memutuskan[3].label", "KETIGA", "KELIMA")]
        );
    }
}
