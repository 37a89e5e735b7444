//! LK6xx: budget and percentage sanity; weighted scores against their
//! components (LK603).

use crate::diag::Jalur;
use crate::jalur;
use rust_decimal::Decimal;

use crate::check::{Konteks, Temuan};
use crate::format::angka;
use crate::model::Berkas;
use crate::model::capaian::Realisasi;
use crate::model::pk::Satuan;

/// LK601: spending above the ceiling.
pub fn melebihi_pagu(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(a) = &k.d.data.anggaran else { return };
    for (here, n) in crate::calc::anggaran::telusuri(&a.program) {
        if let (Some(p), Some(r)) = (n.pagu, n.realisasi) {
            if r.get() > p.get() {
                out.push(
                    Temuan::baru(
                        Berkas::Anggaran,
                        jalur!((here).realisasi),
                        format!("realisasi {} melebihi pagunya", n.kode),
                        format!("spending of {} exceeds its ceiling", n.kode),
                    )
                    .nilai(format!("≤ {}", angka(p.get())), angka(r.get())),
                );
            }
        }
    }
    for (i, j) in a.jenis_belanja.iter().enumerate() {
        if let Some(p) = j.pagu.filter(|p| j.realisasi.get() > p.get()) {
            out.push(
                Temuan::baru(
                    Berkas::Anggaran,
                    jalur!(jenis_belanja[i].realisasi),
                    format!("realisasi {} melebihi pagunya", j.nama),
                    format!("spending on {} exceeds its ceiling", j.nama),
                )
                .nilai(format!("≤ {}", angka(p.get())), angka(j.realisasi.get())),
            );
        }
    }
}

fn persen(out: &mut Vec<Temuan>, berkas: Berkas, path: Jalur, apa: &str, what: &str, v: Decimal) {
    if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED {
        out.push(
            Temuan::baru(
                berkas,
                path,
                format!("{apa} harus di antara 0 dan 100%"),
                format!("{what} must lie between 0 and 100 %"),
            )
            .nilai("0–100", angka(v)),
        );
    }
}

/// LK602: percentages outside 0–100.
pub fn persen_wajar(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    for (s, sk) in data.pk.sasaran_kegiatan.iter().enumerate() {
        for (i, ind) in sk.indikator.iter().enumerate() {
            if ind.satuan != Satuan::Persen {
                continue;
            }
            if let Some(t) = ind.target.nilai() {
                persen(
                    out,
                    Berkas::Pk,
                    jalur!(sasaran_kegiatan[s].indikator[i].target),
                    &format!("target {}", ind.id),
                    &format!("target of {}", ind.id),
                    t,
                );
            }
            if let Some(Realisasi::Langsung(v)) = data
                .capaian
                .indikator
                .get(&ind.id)
                .and_then(|c| c.realisasi.as_ref())
            {
                persen(
                    out,
                    Berkas::Capaian,
                    jalur!(indikator.{ind.id}.realisasi.langsung),
                    &format!("realisasi {}", ind.id),
                    &format!("realisasi of {}", ind.id),
                    v.get(),
                );
            }
        }
    }
    // A share of counts is a percentage whatever the indicator's unit:
    // 1600 of 16 or a negative count is a typo, not 10.000 %.
    for (id, c) in &data.capaian.indikator {
        let bagian: Vec<(Jalur, Decimal, Decimal)> = match &c.realisasi {
            Some(Realisasi::Hitungan(h)) => vec![(
                jalur!(indikator.{id}.realisasi.hitungan.pembilang),
                h.pembilang.get(),
                h.penyebut.get(),
            )],
            Some(Realisasi::Komposit(parts)) => parts
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    (
                        jalur!(indikator.{id}.realisasi.komposit[i].pembilang),
                        s.pembilang.get(),
                        s.penyebut.get(),
                    )
                })
                .collect(),
            _ => vec![],
        };
        for (path, a, b) in bagian {
            if a < Decimal::ZERO || b < Decimal::ZERO {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        path,
                        format!("pembilang dan penyebut {id} tidak boleh negatif"),
                        format!("numerator and denominator of {id} cannot be negative"),
                    )
                    .nilai("≥ 0", format!("{} / {}", angka(a), angka(b))),
                );
            } else if let Some(v) = crate::calc::rasio(a, b) {
                persen(
                    out,
                    Berkas::Capaian,
                    path,
                    &format!("realisasi {id} (pembilang / penyebut × 100)"),
                    &format!("realisasi of {id} (numerator / denominator × 100)"),
                    v,
                );
            }
        }
    }
    let m = data.kinerja_lainnya.e_monev.as_ref();
    for (field, v) in [
        ("serapan_anggaran", m.and_then(|m| m.serapan_anggaran)),
        ("pelaksanaan", m.and_then(|m| m.pelaksanaan)),
    ] {
        if let Some(v) = v {
            persen(
                out,
                Berkas::KinerjaLainnya,
                jalur!(e_monev.{field}),
                &format!("e-Monev {field}"),
                &format!("e-Monev {field}"),
                v.get(),
            );
        }
    }
    let skor_semua = data
        .kinerja_anggaran
        .iter()
        .flat_map(|ka| [("smart", &ka.smart), ("ikpa", &ka.ikpa)]);
    for (nama, skor) in skor_semua {
        for (tahun, v) in &skor.nilai {
            persen(
                out,
                Berkas::KinerjaAnggaran,
                jalur!({nama}.nilai.{tahun}),
                &format!("nilai {nama} {tahun}"),
                &format!("{nama} score {tahun}"),
                v.get(),
            );
        }
    }
}

/// LK603: a score with weighted components equals what they give.
pub fn skor_komponen(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(ka) = &k.d.data.kinerja_anggaran else {
        return;
    };
    let tahun = k.d.data.laporan.tahun;
    for (nama, skor, hitung) in [
        ("smart", &ka.smart, k.hasil.skor_komponen.0),
        ("ikpa", &ka.ikpa, k.hasil.skor_komponen.1),
    ] {
        let (Some(h), Some(n)) = (hitung, skor.nilai.get(&tahun)) else {
            continue;
        };
        if h != n.get() {
            out.push(
                Temuan::baru(
                    Berkas::KinerjaAnggaran,
                    jalur!({nama}.nilai.{tahun}),
                    format!(
                        "nilai {} {tahun} tidak sama dengan jumlah tertimbang komponennya",
                        nama.to_uppercase()
                    ),
                    format!(
                        "{} {tahun} score differs from the weighted sum of its components",
                        nama.to_uppercase()
                    ),
                )
                .nilai(angka(h), angka(n.get())),
            );
        }
    }
}

/// The indicators' budgets summed: (pagu, realisasi, how many).
fn jumlah_per_hasil(k: &Konteks) -> (Decimal, Decimal, usize) {
    k.hasil
        .efisiensi
        .iter()
        .fold((Decimal::ZERO, Decimal::ZERO, 0), |(p, r, n), e| {
            (p + e.serapan.pagu, r + e.serapan.realisasi, n + 1)
        })
}

/// LK604: the budgets of the results (`capaian.yaml indikator.*.anggaran`)
/// together exceed the DIPA's pagu or realisasi (`anggaran.yaml`). Reported
/// at the last indicator with a budget, whose part made the sum too large.
pub fn anggaran_hasil_melebihi(k: &Konteks, out: &mut Vec<Temuan>) {
    let (pagu, realisasi, _) = jumlah_per_hasil(k);
    let Some(akhir) = k.hasil.efisiensi.last() else {
        return;
    };
    // Without a DIPA there is nothing to compare the parts with.
    let Some(dipa) = &k.hasil.anggaran else {
        return;
    };
    for (field, jumlah, total) in [
        ("pagu", pagu, dipa.pagu),
        ("realisasi", realisasi, dipa.realisasi),
    ] {
        if jumlah > total {
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    jalur!(indikator.{akhir.id}.anggaran.{field}),
                    format!(
                        "jumlah {field} anggaran per indikator Rp{} melebihi {field} DIPA di anggaran.yaml Rp{}; perbaiki anggaran indikator",
                        angka(jumlah),
                        angka(total)
                    ),
                    format!(
                        "the indicators' budgets sum to a {field} of Rp{jumlah}, more than the DIPA's Rp{total} in anggaran.yaml; correct the indicators' budgets"
                    ),
                )
                .nilai(format!("paling banyak {}", angka(total)), angka(jumlah)),
            );
        }
    }
}

/// LK605: `anggaran_lengkap: true` declares the indicators' budgets to be
/// the whole DIPA: their pagu and realisasi add up to the DIPA's.
pub fn anggaran_hasil_lengkap(k: &Konteks, out: &mut Vec<Temuan>) {
    if !k.d.data.capaian.anggaran_lengkap {
        return;
    }
    let (pagu, realisasi, _) = jumlah_per_hasil(k);
    // Without a DIPA there is nothing to compare the parts with.
    let Some(dipa) = &k.hasil.anggaran else {
        return;
    };
    for (field, jumlah, total) in [
        ("pagu", pagu, dipa.pagu),
        ("realisasi", realisasi, dipa.realisasi),
    ] {
        // Above the DIPA is LK604's finding.
        if jumlah < total {
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    jalur!(anggaran_lengkap),
                    format!(
                        "anggaran_lengkap: true, tetapi jumlah {field} anggaran per indikator Rp{} kurang dari {field} DIPA Rp{}; lengkapi anggaran indikator atau hapus anggaran_lengkap",
                        angka(jumlah),
                        angka(total)
                    ),
                    format!(
                        "anggaran_lengkap: true, but the indicators' budgets sum to a {field} of Rp{jumlah}, less than the DIPA's Rp{total}; complete them or remove anggaran_lengkap"
                    ),
                )
                .nilai(angka(total), angka(jumlah)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn lk601_spending_above_ceiling() {
        assert!(temuan(data_2023(), melebihi_pagu).is_empty());
        let d = ubah(|d| d.anggaran.as_mut().unwrap().jenis_belanja[2].realisasi = rp("325539001"));
        assert_eq!(
            temuan(&d, melebihi_pagu)[0].path,
            "jenis_belanja[2].realisasi"
        );
        let d = ubah(|d| {
            d.anggaran.as_mut().unwrap().program[0].rincian[0].rincian[0].rincian[0].realisasi =
                rp("70300001").into()
        });
        assert_eq!(
            temuan(&d, melebihi_pagu)[0].path,
            "program[0].rincian[0].rincian[0].rincian[0].realisasi"
        );
    }

    #[test]
    fn lk602_percentages() {
        assert!(temuan(data_2023(), persen_wajar).is_empty());
        let d = ubah(|d| {
            d.kinerja_anggaran
                .as_mut()
                .unwrap()
                .smart
                .nilai
                .insert(2022, a("998.4"));
            d.pk.sasaran_kegiatan[0].indikator[0].target = a("180").into();
        });
        let paths: Vec<_> = temuan(&d, persen_wajar)
            .into_iter()
            .map(|t| t.path)
            .collect();
        assert_eq!(
            paths,
            [
                "sasaran_kegiatan[0].indikator[0].target",
                "smart.nilai.2022"
            ]
        );
    }

    #[test]
    fn lk603_weighted_components() {
        assert!(temuan(data_2023(), skor_komponen).is_empty());
        let komp = |n: &str, v: &str, b: &str| crate::model::kinerja_anggaran::Komponen {
            nama: n.into(),
            nilai: a(v),
            bobot: Some(a(b)),
        };
        let d = ubah(|d| {
            d.kinerja_anggaran.as_mut().unwrap().ikpa.komponen = vec![
                komp("Revisi DIPA", "100", "50"),
                komp("Deviasi", "97.92", "50"),
            ];
        });
        assert!(
            temuan(&d, skor_komponen).is_empty(),
            "{:?}",
            temuan(&d, skor_komponen)
        );
        let d = ubah(|d| {
            d.kinerja_anggaran.as_mut().unwrap().ikpa.komponen = vec![
                komp("Revisi DIPA", "100", "50"),
                komp("Deviasi", "90", "50"),
            ];
        });
        assert_eq!(
            ringkas(&temuan(&d, skor_komponen)),
            [("ikpa.nilai.2023", "95", "98,96")]
        );
    }

    /// data/2023 with a budget on its first two indicators.
    fn dengan_anggaran(
        p1: &str,
        r1: &str,
        p2: &str,
        r2: &str,
        lengkap: bool,
    ) -> crate::load::Dimuat {
        ubah(|d| {
            use crate::model::capaian::AnggaranIndikator;
            d.capaian.anggaran_lengkap = lengkap;
            d.capaian.indikator.get_mut("sk1-ikk1").unwrap().anggaran = Some(AnggaranIndikator {
                pagu: rp(p1),
                realisasi: rp(r1),
            });
            d.capaian.indikator.get_mut("sk1-ikk2").unwrap().anggaran = Some(AnggaranIndikator {
                pagu: rp(p2),
                realisasi: rp(r2),
            });
        })
    }

    #[test]
    fn lk604_results_budget_not_above_dipa() {
        assert!(temuan(data_2023(), anggaran_hasil_melebihi).is_empty());
        let d = dengan_anggaran("1000000", "900000", "2000000", "1500000", false);
        assert!(temuan(&d, anggaran_hasil_melebihi).is_empty());
        // Pagu above the DIPA's 6.969.236.000; realisasi still below.
        let d = dengan_anggaran("5000000000", "100", "2000000000", "100", false);
        assert_eq!(
            ringkas(&temuan(&d, anggaran_hasil_melebihi)),
            vec![(
                "indikator.sk1-ikk2.anggaran.pagu",
                "paling banyak 6.946.743.000",
                "7.000.000.000"
            )]
        );
    }

    #[test]
    fn lk605_complete_budgets_add_up() {
        let d = dengan_anggaran("1000000", "900000", "2000000", "1500000", false);
        assert!(temuan(&d, anggaran_hasil_lengkap).is_empty());
        let d = dengan_anggaran("1000000", "900000", "2000000", "1500000", true);
        let t = temuan(&d, anggaran_hasil_lengkap);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].path, "anggaran_lengkap");
        assert_eq!(t[0].ditemukan.as_deref(), Some("3.000.000"));
    }
}
