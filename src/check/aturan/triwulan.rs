//! LK403, LK5xx: quarterly plans and realisations.

use crate::jalur;
use rust_decimal::Decimal;

use crate::calc::Nilai;
use crate::check::{Konteks, Temuan};
use crate::format::angka;
use crate::model::Berkas;
use crate::model::pk::SifatTriwulan;

/// What the quarterly series should give for an annual value, by its nature.
fn hasil_seri(seri: &[Decimal], sifat: SifatTriwulan) -> Option<Decimal> {
    match sifat {
        SifatTriwulan::Jumlah => Some(seri.iter().sum()),
        SifatTriwulan::Kumulatif | SifatTriwulan::Tetap => seri.last().copied(),
    }
}

fn sifat_teks(s: SifatTriwulan) -> (&'static str, &'static str) {
    match s {
        SifatTriwulan::Jumlah => ("jumlah", "sum"),
        SifatTriwulan::Kumulatif => ("triwulan terakhir (kumulatif)", "last quarter (cumulative)"),
        SifatTriwulan::Tetap => ("triwulan terakhir", "last quarter"),
    }
}

/// LK501: quarterly targets against the annual target.
pub fn target(k: &Konteks, out: &mut Vec<Temuan>) {
    for (s, sk) in k.d.data.pk.sasaran_kegiatan.iter().enumerate() {
        for (i, ind) in sk.indikator.iter().enumerate() {
            // Nothing to add up to when the annual target is not available.
            let (false, Some(tahunan)) = (ind.target_triwulan.is_empty(), ind.target.nilai())
            else {
                continue;
            };
            let seri: Vec<Decimal> = ind.target_triwulan.iter().map(|v| v.get()).collect();
            let mut ok = hasil_seri(&seri, ind.sifat_triwulan) == Some(tahunan);
            if ind.sifat_triwulan == SifatTriwulan::Tetap {
                ok = seri.iter().all(|v| *v == tahunan);
            }
            if seri.len() != 4 || !ok {
                let (id, en) = sifat_teks(ind.sifat_triwulan);
                let found = hasil_seri(&seri, ind.sifat_triwulan)
                    .map(angka)
                    .unwrap_or_default();
                out.push(
                    Temuan::baru(
                        Berkas::Pk,
                        jalur!(sasaran_kegiatan[s].indikator[i].target_triwulan),
                        format!(
                            "target triwulan {} ({id}) tidak sama dengan target tahunan",
                            ind.id
                        ),
                        format!(
                            "quarterly targets of {} ({en}) differ from the annual target",
                            ind.id
                        ),
                    )
                    .nilai(
                        angka(tahunan),
                        format!(
                            "{found} ({})",
                            seri.iter()
                                .map(|v| angka(*v))
                                .collect::<Vec<_>>()
                                .join(" + ")
                        ),
                    ),
                );
            }
        }
    }
}

/// LK502: the reported quarters of the report's period (all four for a
/// year, TW I–II for `semester-1`) against the period's realisasi.
pub fn realisasi(k: &Konteks, out: &mut Vec<Temuan>) {
    let periode = k.d.data.laporan.periode.triwulan();
    for (_, ind) in k.d.data.indikator() {
        let Some(c) = k.d.data.capaian.indikator.get(&ind.id) else {
            continue;
        };
        let Some(dalam) = c.triwulan.get(periode.start() - 1..*periode.end()) else {
            continue;
        };
        let seri: Option<Vec<Decimal>> =
            dalam.iter().map(|t| t.realisasi.map(|v| v.get())).collect();
        let Some(seri) = seri else {
            continue;
        };
        let Nilai::Ada(tahunan) = k.hasil.indikator[&ind.id].realisasi else {
            continue;
        };
        let sifat = if ind.sifat_triwulan == SifatTriwulan::Tetap {
            SifatTriwulan::Kumulatif
        } else {
            ind.sifat_triwulan
        };
        if hasil_seri(&seri, sifat) != Some(tahunan) {
            let (id, en) = sifat_teks(sifat);
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    jalur!(indikator.{ind.id}.triwulan),
                    format!(
                        "realisasi triwulan {} ({id}) tidak sama dengan realisasi tahunan",
                        ind.id
                    ),
                    format!(
                        "quarterly realisasi of {} ({en}) differ from the annual realisasi",
                        ind.id
                    ),
                )
                .nilai(
                    angka(tahunan),
                    hasil_seri(&seri, sifat).map(angka).unwrap_or_default(),
                ),
            );
        }
    }
}

/// LK403: quarterly realisasi for an indicator that cannot be computed.
pub fn tanpa_populasi(k: &Konteks, out: &mut Vec<Temuan>) {
    for (_, ind) in k.d.data.indikator() {
        if !matches!(
            k.hasil.indikator[&ind.id].realisasi,
            Nilai::TidakDapatDihitung(_)
        ) {
            continue;
        }
        let Some(c) = k.d.data.capaian.indikator.get(&ind.id) else {
            continue;
        };
        for (q, t) in c.triwulan.iter().enumerate() {
            if let Some(v) = t.realisasi.filter(|v| !v.get().is_zero()) {
                out.push(
                    Temuan::baru(
Berkas::Capaian,
                        jalur!(indikator.{ind.id}.triwulan[q].realisasi),
                        format!("realisasi TW {} {} diisi padahal indikatornya tidak dapat dihitung", q + 1, ind.id),
                        format!("quarter {} realisasi of {} is given although the indicator cannot be computed", q + 1, ind.id),
                    )
                    .nilai("N/A", angka(v.get())),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn lk501_quarterly_targets() {
        // sk1-ikk1: 20 + 20 + 20 + 20 = 80.
        let ok: Vec<_> = temuan(data_2023(), target)
            .into_iter()
            .filter(|t| {
                t.path
                    .to_string()
                    .starts_with("sasaran_kegiatan[0].indikator[0]")
            })
            .collect();
        assert!(ok.is_empty());
        let d = ubah(|d| d.pk.sasaran_kegiatan[0].indikator[0].target_triwulan[3] = a("10"));
        let t: Vec<_> = temuan(&d, target)
            .into_iter()
            .filter(|t| {
                t.path
                    .to_string()
                    .starts_with("sasaran_kegiatan[0].indikator[0]")
            })
            .collect();
        assert_eq!(
            (t[0].diharapkan.as_deref(), t[0].ditemukan.as_deref()),
            (Some("80"), Some("70 (20 + 20 + 20 + 10)"))
        );
        let d = ubah(|d| {
            let ind = &mut d.pk.sasaran_kegiatan[0].indikator[0];
            ind.sifat_triwulan = SifatTriwulan::Kumulatif;
            ind.target_triwulan = vec![a("20"), a("40"), a("60"), a("80")];
        });
        assert!(temuan(&d, target).iter().all(|t| {
            !t.path
                .to_string()
                .starts_with("sasaran_kegiatan[0].indikator[0]")
        }));
    }

    #[test]
    fn lk502_quarterly_realisasi() {
        assert!(temuan(data_2023(), realisasi).is_empty());
        let q = |v: &str| crate::model::capaian::Triwulan {
            realisasi: Some(a(v)),
            catatan_bulanan: vec![],
        };
        let d = ubah(|d| {
            d.capaian.indikator.get_mut("sk4-ikk6").unwrap().triwulan =
                vec![q("1"), q("1"), q("1"), q("1")]
        });
        let t = temuan(&d, realisasi);
        assert_eq!(
            (t[0].diharapkan.as_deref(), t[0].ditemukan.as_deref()),
            (Some("6"), Some("4"))
        );
        let d = ubah(|d| {
            d.capaian.indikator.get_mut("sk4-ikk6").unwrap().triwulan =
                vec![q("1"), q("2"), q("2"), q("1")]
        });
        assert!(temuan(&d, realisasi).is_empty());
    }

    #[test]
    fn lk403_quarters_without_population() {
        let clean = ubah(|d| {
            for c in d.capaian.indikator.values_mut() {
                c.triwulan.clear();
            }
        });
        assert!(temuan(&clean, tanpa_populasi).is_empty());
        // As transcribed, sk1-ikk4 reports 20 and 15 in TW I–II with nobody to treat.
        let t = temuan(data_2023(), tanpa_populasi);
        assert!(
            t.iter()
                .any(|t| t.path == "indikator.sk1-ikk4.triwulan[0].realisasi"),
            "{t:?}"
        );
    }
}
