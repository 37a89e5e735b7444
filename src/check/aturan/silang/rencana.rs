//! LK209–LK211: the PK's targets against the Renstra (LK209), TARJA and
//! national-priority claims against the indicators they name (LK210), and
//! the monthly TARJA evidence (LK211). Part of the LK2xx family (the same
//! figure in several places); moved here from `telaah.rs`.

use crate::diag::Jalur;
use crate::jalur;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::calc::Nilai;
use crate::check::{Konteks, Temuan};
use crate::format::angka;
use crate::model::Berkas;
use crate::model::pk::Polaritas;

/// Whether `target` promises less than `renstra` in the indicator's direction.
fn kurang_dari_renstra(polaritas: Polaritas, target: Decimal, renstra: Decimal) -> bool {
    match polaritas {
        Polaritas::Positif => target < renstra,
        Polaritas::Negatif => target > renstra,
    }
}

/// LK209: the PK target of the year, and each earlier year's target, is not
/// below the Renstra's medium-term target for that year (a higher target is
/// a choice; a lower one breaks the plan the PK says it serves).
pub fn target_renstra(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    for (si, sk) in data.pk.sasaran_kegiatan.iter().enumerate() {
        for (ii, ind) in sk.indikator.iter().enumerate() {
            let Some(renstra) = data
                .renstra
                .as_ref()
                .and_then(|r| r.target_jangka_menengah.get(&ind.id))
            else {
                continue;
            };
            let mut cek = |berkas: Berkas, path: Jalur, y: i32, t: Decimal| {
                let Some(r) = renstra.get(&y).map(|r| r.get()) else {
                    return;
                };
                if kurang_dari_renstra(ind.arah(), t, r) {
                    out.push(
                        Temuan::baru(
                            berkas,
                            path,
                            format!(
                                "target {} tahun {y} ({}) lebih rendah dari target jangka menengah Renstra tahun itu ({})",
                                ind.id,
                                angka(t),
                                angka(r)
                            ),
                            format!(
                                "target of {} for {y} ({}) is below the Renstra's medium-term target for that year ({})",
                                ind.id,
                                angka(t),
                                angka(r)
                            ),
                        )
                        .nilai(angka(r), angka(t)),
                    );
                }
            };
            // A yes/no target has no number to compare with the Renstra's,
            // nor has a target that is not available.
            if let (false, Some(t)) = (ind.target.ya_tidak(), ind.target.batas(ind.arah())) {
                cek(
                    Berkas::Pk,
                    jalur!(sasaran_kegiatan[si].indikator[ii].target),
                    tahun,
                    t,
                );
            }
            if let Some(b) = k.hasil.banding(&ind.id) {
                for (y, t) in &b.riwayat {
                    if let (false, Some(tt)) = (t.dari_folder, t.riwayat.target) {
                        cek(
                            Berkas::Capaian,
                            jalur!(indikator.{ind.id}.riwayat.{y}.target),
                            *y,
                            tt.get(),
                        );
                    }
                }
            }
        }
    }
}

/// Whether a remark says the target was reached.
fn klaim_tercapai(s: &str) -> bool {
    let s = s.to_lowercase();
    (s.contains("tercapai") || s.contains("terealisasi") || s.contains("direalisasikan"))
        && !s.contains("tidak tercapai")
        && !s.contains("belum tercapai")
        && !s.contains("tidak terealisasi")
        && !s.contains("belum terealisasi")
}

/// Why indicator `id` does not back a claim of success, if it does not.
fn tidak_mendukung(k: &Konteks, id: &str) -> Option<(String, String, String)> {
    let h = k.hasil.indikator(id)?;
    match (&h.realisasi, h.tercapai()) {
        (Nilai::TidakDapatDihitung(why), _) => Some((
            format!("{id} tidak dapat dihitung ({why})"),
            format!("{id} cannot be computed ({why})"),
            "N/A".into(),
        )),
        (Nilai::BelumDiisi, _) => Some((
            format!("realisasi {id} belum diisi"),
            format!("{id} has no realisasi yet"),
            "belum diisi".into(),
        )),
        (_, Some(false)) => Some((
            format!("{id} tidak tercapai"),
            format!("{id} was not achieved"),
            "tidak tercapai".into(),
        )),
        _ => None,
    }
}

/// LK210: a TARJA target or a national priority said to be reached or
/// carried out is backed by the PK indicators it names.
pub fn klaim_terkait(k: &Konteks, out: &mut Vec<Temuan>) {
    let kl = &k.d.data.kinerja_lainnya;
    for (i, t) in kl.tarja.iter().flat_map(|t| t.target.iter().enumerate()) {
        if !klaim_tercapai(&t.keterangan) {
            continue;
        }
        for id in &t.indikator {
            if let Some((why, why_en, harap)) = tidak_mendukung(k, id) {
                out.push(
                    Temuan::baru(
                        Berkas::KinerjaLainnya,
                        jalur!(tarja.target[i].keterangan),
                        format!(
                            "target kinerja {} dinyatakan \"{}\", padahal {why}",
                            i + 1,
                            t.keterangan
                        ),
                        format!(
                            "performance target {} is reported \"{}\", but {why_en}",
                            i + 1,
                            t.keterangan
                        ),
                    )
                    .nilai(harap, t.keterangan.clone()),
                );
            }
        }
    }
    let Some(pn) = &kl.prioritas_nasional else {
        return;
    };
    if !klaim_tercapai(pn.uraian.as_str()) {
        return;
    }
    for (i, g) in pn.kegiatan.iter().enumerate() {
        for id in &g.indikator {
            if let Some((why, why_en, harap)) = tidak_mendukung(k, id) {
                out.push(
                    Temuan::baru(
                        Berkas::KinerjaLainnya,
                        jalur!(prioritas_nasional.kegiatan[i].nama),
                        format!("kegiatan prioritas nasional \"{}\" dinyatakan telah direalisasikan, padahal {why}", g.nama),
                        format!("national priority \"{}\" is said to be carried out, but {why_en}", g.nama),
                    )
                    .nilai(harap, "direalisasikan"),
                );
            }
        }
    }
}

const BULAN: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// Month (1–12) of a slot code `B01`, `B.12`.
fn slot(kode: &str) -> Option<u32> {
    let n: u32 = kode.trim_start_matches(['B', 'b', '.']).parse().ok()?;
    (1..=12).contains(&n).then_some(n)
}

/// LK211: the monthly TARJA evidence agrees with itself and with the
/// indicators: the month a document names is its slot's month or the month
/// before (reports follow the month they report on); a letter number is
/// not used again in another month and agenda numbers grow month by month; the last percentage the evidence
/// reports equals the realisasi of a linked percent indicator.
pub fn bukti_tarja(k: &Konteks, out: &mut Vec<Temuan>) {
    static POLA: std::sync::OnceLock<(regex::Regex, regex::Regex)> = std::sync::OnceLock::new();
    let (pola_bulan, pola_persen) = POLA.get_or_init(|| {
        (
            regex::Regex::new(r"(?i)\bbulan\s+([A-Za-z]+)").unwrap(),
            regex::Regex::new(r"(\d{1,3}(?:[.,]\d{1,2})?)\s?%").unwrap(),
        )
    });
    let mut nomor: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    let tarja = k.d.data.kinerja_lainnya.tarja.iter();
    for (i, t) in tarja.flat_map(|t| t.target.iter().enumerate()) {
        let mut persen_terakhir: Option<(usize, usize, Decimal, String)> = None;
        let mut terbesar: BTreeMap<&str, (u64, &str)> = BTreeMap::new();
        for (j, b) in t.bukti.iter().enumerate() {
            let m = slot(&b.bulan);
            for (di, doc) in b.dokumen.iter().enumerate() {
                if let Some(m) = m {
                    for c in pola_bulan.captures_iter(doc) {
                        let Some(n) = BULAN.iter().position(|x| c[1].eq_ignore_ascii_case(x))
                        else {
                            continue;
                        };
                        let n = n as u32 + 1;
                        let sebelum = if m == 1 { 12 } else { m - 1 };
                        if n != m && n != sebelum {
                            out.push(
                                Temuan::baru(
                                    Berkas::KinerjaLainnya,
                                    jalur!(tarja.target[i].bukti[j].dokumen[di]),
                                    format!(
                                        "bukti {} target kinerja {} menyebut bulan {}, bukan bulan slotnya atau bulan sebelumnya",
                                        b.bulan,
                                        i + 1,
                                        &c[1]
                                    ),
                                    format!(
                                        "evidence {} of performance target {} names {}, neither its slot's month nor the month before",
                                        b.bulan,
                                        i + 1,
                                        &c[1]
                                    ),
                                )
                                .nilai(
                                    format!("{} atau {}", cap(BULAN[sebelum as usize - 1]), cap(BULAN[m as usize - 1])),
                                    c[1].to_string(),
                                )
                                .di(c[1].to_string()),
                            );
                        }
                    }
                }
                if let Some(c) = pola_persen.captures_iter(doc).last() {
                    if let Ok(v) = c[1].replace(',', ".").parse::<Decimal>() {
                        persen_terakhir = Some((j, di, v, c[1].to_string()));
                    }
                }
            }
            for (ni, n) in b.nomor_surat.iter().enumerate() {
                // Agenda numbers grow through the year: a number below one
                // already used in an earlier month, with the same prefix, is
                // out of order (a reused number is reported once, below).
                if let Some((pre, no)) = nomor_agenda(n) {
                    let dipakai = nomor
                        .get(n.as_str())
                        .is_some_and(|(_, bl)| *bl != b.bulan.as_str());
                    if let Some((lalu, bl)) = terbesar
                        .get(pre)
                        .filter(|(x, bl)| *x > no && *bl != b.bulan.as_str())
                    {
                        if !dipakai {
                            out.push(
                                Temuan::baru(
                                    Berkas::KinerjaLainnya,
                                    jalur!(tarja.target[i].bukti[j].nomor_surat[ni]),
                                    format!("nomor surat {n} pada {} lebih kecil dari nomor {lalu} pada {bl}; nomor agenda tidak urut", b.bulan),
                                    format!("letter {n} under {} is numbered below {lalu} under {bl}; agenda numbers out of order", b.bulan),
                                )
                                .nilai(format!("> {lalu}"), no),
                            );
                        }
                    }
                    let e = terbesar.entry(pre).or_insert((no, b.bulan.as_str()));
                    if no > e.0 {
                        *e = (no, b.bulan.as_str());
                    }
                }
                match nomor.get(n.as_str()) {
                    Some((ti, bulan)) if *bulan != b.bulan.as_str() => out.push(
                        Temuan::baru(
                            Berkas::KinerjaLainnya,
                            jalur!(tarja.target[i].bukti[j].nomor_surat[ni]),
                            format!(
                                "nomor surat {n} pada {} sudah dipakai pada {} target kinerja {}; satu surat satu tanggal",
                                b.bulan,
                                bulan,
                                ti + 1
                            ),
                            format!(
                                "letter {n} under {} was already used under {} of performance target {}; one letter has one date",
                                b.bulan,
                                bulan,
                                ti + 1
                            ),
                        )
                        .nilai(format!("nomor surat {}", b.bulan), n.clone()),
                    ),
                    Some(_) => {}
                    None => {
                        nomor.insert(n.as_str(), (i, b.bulan.as_str()));
                    }
                }
            }
        }
        let Some((j, di, v, teks)) = persen_terakhir else {
            continue;
        };
        let persen: Vec<Decimal> = t
            .indikator
            .iter()
            .filter(|id| {
                k.d.data.indikator().any(|(_, ind)| {
                    &ind.id == *id && ind.satuan == crate::model::pk::Satuan::Persen
                })
            })
            .filter_map(|id| k.hasil.indikator(id).and_then(|h| h.realisasi.ada()))
            .collect();
        if !persen.is_empty() && !persen.contains(&v) {
            out.push(
                Temuan::baru(
                    Berkas::KinerjaLainnya,
                    jalur!(tarja.target[i].bukti[j].dokumen[di]),
                    format!(
                        "bukti terakhir target kinerja {} melaporkan {teks}%, realisasi indikator terkaitnya {}%",
                        i + 1,
                        angka(persen[0])
                    ),
                    format!(
                        "the last evidence of performance target {} reports {teks}%, its linked indicator's realisasi is {}%",
                        i + 1,
                        angka(persen[0])
                    ),
                )
                .nilai(format!("{}%", angka(persen[0])), format!("{teks}%"))
                .di(teks),
            );
        }
    }
}

/// Prefix and agenda number of a letter number (`W22.PK.02.02-491`).
fn nomor_agenda(n: &str) -> Option<(&str, u64)> {
    let (pre, no) = n.trim().rsplit_once('-')?;
    Some((pre, no.trim().parse().ok()?))
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::aturan::uji::*;

    #[test]
    fn lk209_targets_below_renstra() {
        // data/2023 keeps the signed targets below the Renstra (KOREKSI.md).
        assert_eq!(
            ringkas(&temuan(data_2023(), target_renstra)),
            [
                ("sasaran_kegiatan[1].indikator[0].target", "75", "70"),
                ("indikator.sk2-ikk1.riwayat.2022.target", "70", "65"),
                ("indikator.sk3-ikk2.riwayat.2022.target", "76", "70"),
            ]
        );
        let d = ubah(|d| {
            let r = &mut d.renstra.as_mut().unwrap().target_jangka_menengah;
            r.get_mut("sk2-ikk1").unwrap().insert(2023, a("70"));
            r.get_mut("sk2-ikk1").unwrap().insert(2022, a("65"));
            r.get_mut("sk3-ikk2").unwrap().insert(2022, a("70"));
        });
        assert!(
            temuan(&d, target_renstra).is_empty(),
            "{:?}",
            temuan(&d, target_renstra)
        );
    }

    #[test]
    fn lk210_claims_against_linked_indicators() {
        let d = ubah(|d| {
            for t in &mut d.kinerja_lainnya.tarja.as_mut().unwrap().target {
                t.indikator.clear();
            }
            d.kinerja_lainnya
                .prioritas_nasional
                .as_mut()
                .unwrap()
                .kegiatan
                .clear();
        });
        assert!(temuan(&d, klaim_terkait).is_empty());
        let d = ubah(|d| {
            d.kinerja_lainnya.tarja.as_mut().unwrap().target[0].indikator = vec!["sk2-ikk6".into()];
            d.kinerja_lainnya.tarja.as_mut().unwrap().target[0].keterangan =
                "Telah Tercapai".into();
        });
        let t = temuan(&d, klaim_terkait);
        assert!(
            t.iter().any(|t| t.path == "tarja.target[0].keterangan"
                && t.diharapkan.as_deref() == Some("N/A")),
            "{t:?}"
        );
    }

    #[test]
    fn lk211_monthly_evidence() {
        use crate::model::kinerja_lainnya::BuktiBulanan;
        let kosong = |d: &mut crate::model::DataLaporan| {
            for t in &mut d.kinerja_lainnya.tarja.as_mut().unwrap().target {
                t.bukti.clear();
                t.indikator.clear();
            }
        };
        assert!(temuan(&ubah(kosong), bukti_tarja).is_empty());
        let bukti = |bulan: &str, doc: &str, nomor: &[&str]| BuktiBulanan {
            bulan: bulan.into(),
            dokumen: vec![doc.into()],
            nomor_surat: nomor.iter().map(|n| n.to_string()).collect(),
        };
        // Reports name the month before their slot: fine.
        let d = ubah(|d| {
            kosong(d);
            d.kinerja_lainnya.tarja.as_mut().unwrap().target[0].bukti = vec![
                bukti("B01", "Laporan bulan Desember", &["W22-1"]),
                bukti("B02", "Laporan bulan Februari", &["W22-2"]),
            ];
        });
        assert!(temuan(&d, bukti_tarja).is_empty());
        let d = ubah(|d| {
            kosong(d);
            d.kinerja_lainnya.tarja.as_mut().unwrap().target[0].bukti = vec![
                bukti("B10", "Laporan", &["W22.PK-672"]),
                bukti("B12", "Laporan", &["W22.PK-491"]),
            ];
        });
        assert_eq!(
            ringkas(&temuan(&d, bukti_tarja)),
            [("tarja.target[0].bukti[1].nomor_surat[0]", "> 672", "491")]
        );
        let d = ubah(|d| {
            kosong(d);
            let t = &mut d.kinerja_lainnya.tarja.as_mut().unwrap().target[0];
            t.indikator = vec!["sk2-ikk1".into()];
            t.bukti = vec![
                bukti("B01", "Laporan bulan Desember", &["W22-1"]),
                bukti("B02", "Laporan bulan Juni", &["W22-1"]),
                bukti("B03", "Laporan (65 % narapidana)", &[]),
            ];
        });
        assert_eq!(
            ringkas(&temuan(&d, bukti_tarja)),
            [
                (
                    "tarja.target[0].bukti[1].dokumen[0]",
                    "Januari atau Februari",
                    "Juni"
                ),
                (
                    "tarja.target[0].bukti[1].nomor_surat[0]",
                    "nomor surat B02",
                    "W22-1"
                ),
                ("tarja.target[0].bukti[2].dokumen[0]", "100%", "65%"),
            ]
        );
    }
}
