//! LK3xx and LK4xx: capaian as declared against capaian as computed, and
//! realisasi against the indicator's own basis table (LK404, LK405).

use crate::diag::Jalur;
use crate::jalur;
use rust_decimal::Decimal;

use crate::calc::{self, Nilai};
use crate::check::{Konteks, Temuan};
use crate::format::angka;
use crate::model::Berkas;
use crate::model::capaian::{CapaianIndikator, Realisasi, Tertulis};
use crate::model::laporan::Pembulatan;
use crate::model::pk::{Indikator, Polaritas, Satuan};
use crate::model::tabel::DasarTabel;

fn per_indikator<'a>(
    k: &'a Konteks,
) -> impl Iterator<Item = (&'a Indikator, &'a CapaianIndikator, Option<&'a Tertulis>)> {
    k.d.data.indikator().filter_map(|(_, ind)| {
        let c = k.d.data.capaian.indikator.get(&ind.id)?;
        Some((ind, c, c.tertulis.as_ref()))
    })
}

/// Every printing of an indicator's figures of this year: the summary table
/// (`tertulis`) and the others (`tertulis_lain`), with their YAML path.
pub(crate) fn cetakan<'a>(id: &str, c: &'a CapaianIndikator) -> Vec<(Jalur, &'a Tertulis)> {
    let mut v: Vec<(Jalur, &Tertulis)> = c
        .tertulis
        .iter()
        .map(|t| (jalur!(indikator.{id}.tertulis), t))
        .collect();
    v.extend(
        c.tertulis_lain
            .iter()
            .enumerate()
            .map(|(i, t)| (jalur!(indikator.{id}.tertulis_lain[i]), t)),
    );
    v
}

fn per_cetakan<'a>(k: &'a Konteks) -> impl Iterator<Item = (&'a Indikator, Jalur, &'a Tertulis)> {
    per_indikator(k).flat_map(|(ind, c, _)| {
        cetakan(&ind.id, c)
            .into_iter()
            .map(move |(p, t)| (ind, p, t))
    })
}

/// LK301: declared realisasi/capaian (this year and earlier years) against computed ones.
pub fn tertulis(k: &Konteks, out: &mut Vec<Temuan>) {
    let p = &k.d.data.laporan.pengaturan;
    for (ind, c, t) in per_indikator(k) {
        let h = &k.hasil.indikator[&ind.id];
        let _ = t;
        for (pre, t) in cetakan(&ind.id, c) {
            if let (Nilai::Ada(r), Some(v)) = (&h.realisasi, t.realisasi) {
                if !calc::sesuai_tertulis(*r, v.get(), p.realisasi) {
                    out.push(
                        Temuan::baru(
                            Berkas::Capaian,
                            jalur!((pre).realisasi),
                            format!(
                                "realisasi tertulis {} tidak sama dengan realisasi yang dihitung",
                                ind.id
                            ),
                            format!(
                                "declared realisasi of {} differs from the computed one",
                                ind.id
                            ),
                        )
                        .nilai(angka(*r), angka(v.get())),
                    );
                }
            }
            if let (Nilai::Ada(cap), Some(v)) = (&h.capaian, t.capaian) {
                if !calc::sesuai_tertulis(*cap, v.get(), h.pembulatan) {
                    out.push(
                        Temuan::baru(
Berkas::Capaian,
                            jalur!((pre).capaian),
                            format!("capaian tertulis {} tidak mengikuti dari target dan realisasinya", ind.id),
                            format!("declared capaian of {} does not follow from its target and realisasi", ind.id),
                        )
                        .nilai(angka(*cap), angka(v.get())),
                    );
                }
            }
        }
        for (tahun, r) in &c.riwayat {
            let (Some(tg), Some(re), Some(cap)) = (r.target, r.realisasi, r.capaian) else {
                continue;
            };
            // A year with nothing to measure is LK404's, not a wrong capaian.
            let nol = k
                .hasil
                .dasar
                .get(&ind.id)
                .and_then(|d| d.get(tahun))
                .is_some_and(|(t, _)| t.is_zero());
            if nol {
                continue;
            }
            let pembulatan = h.pembulatan;
            // Recompute unrounded, then compare at the declared precision.
            // The PK's own target keeps its kind (a range, at most …);
            // another printed number is judged in the indicator's direction.
            let target = if Some(tg.get()) == ind.target.nilai() {
                ind.target.clone()
            } else {
                tg.into()
            };
            let mentah = calc::capaian::capaian(
                &target,
                &Nilai::Ada(re.get()),
                ind.arah(),
                Pembulatan {
                    desimal: 10,
                    ..pembulatan
                },
                p,
            )
            .0;
            if let Nilai::Ada(m) = mentah {
                if !calc::sesuai_tertulis(m, cap.get(), pembulatan) {
                    out.push(
                        Temuan::baru(
Berkas::Capaian,
                            jalur!(indikator.{ind.id}.riwayat.{tahun}.capaian),
                            format!("capaian {tahun} {} tidak mengikuti dari target dan realisasi {tahun}", ind.id),
                            format!("{tahun} capaian of {} does not follow from its {tahun} target and realisasi", ind.id),
                        )
                        .nilai(angka(calc::bulatkan(m, pembulatan)), angka(cap.get())),
                    );
                }
            }
        }
    }
}

/// LK302: a declared capaian above the report's cap.
pub fn batas(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(cap) = k.d.data.laporan.pengaturan.batas_capaian else {
        return;
    };
    for (ind, pre, t) in per_cetakan(k) {
        let t = Some(t);
        if let Some(v) = t.and_then(|t| t.capaian).filter(|v| v.get() > cap.get()) {
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    jalur!((pre).capaian),
                    format!("capaian tertulis {} melebihi batas capaian laporan", ind.id),
                    format!("declared capaian of {} exceeds the report's cap", ind.id),
                )
                .nilai(format!("≤ {}", angka(cap.get())), angka(v.get())),
            );
        }
    }
}

/// LK303: lower-is-better indicators worse than target reported as achieved.
pub fn polaritas_negatif(k: &Konteks, out: &mut Vec<Temuan>) {
    for (ind, pre, t) in per_cetakan(k) {
        let t = Some(t);
        if ind.arah() != Polaritas::Negatif {
            continue;
        }
        let Nilai::Ada(r) = k.hasil.indikator[&ind.id].realisasi else {
            continue;
        };
        let Some(c) = t.and_then(|t| t.capaian) else {
            continue;
        };
        let Some(target) = ind.target.nilai() else {
            continue;
        };
        if r > target && c.get() >= Decimal::ONE_HUNDRED {
            out.push(
                Temuan::baru(
Berkas::Capaian,
                    jalur!((pre).capaian),
                    format!("{} (semakin rendah semakin baik) melebihi target tetapi dinyatakan tercapai", ind.id),
                    format!("{} (lower is better) exceeds its target but is reported as achieved", ind.id),
                )
                .nilai("< 100", angka(c.get())),
            );
        }
    }
}

/// LK304: count indicators short of target declared 100 %.
pub fn satuan_hitung(k: &Konteks, out: &mut Vec<Temuan>) {
    for (ind, pre, t) in per_cetakan(k) {
        let t = Some(t);
        if matches!(ind.satuan, Satuan::Persen | Satuan::Indeks)
            || ind.arah() == Polaritas::Negatif
            || ind.target.ya_tidak()
        {
            continue;
        }
        let Nilai::Ada(r) = k.hasil.indikator[&ind.id].realisasi else {
            continue;
        };
        let Some(c) = t.and_then(|t| t.capaian) else {
            continue;
        };
        // One finding per cell: a computable capaian that differs is LK301's.
        let h = &k.hasil.indikator[&ind.id];
        if let Nilai::Ada(cap) = h.capaian {
            if !calc::sesuai_tertulis(cap, c.get(), h.pembulatan) {
                continue;
            }
        }
        let Some(target) = ind.target.nilai() else {
            continue;
        };
        if r < target && c.get() >= Decimal::ONE_HUNDRED {
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    jalur!((pre).capaian),
                    format!(
                        "{}: realisasi {} dari target {} tetapi capaian dinyatakan {}%",
                        ind.id,
                        angka(r),
                        angka(target),
                        angka(c.get())
                    ),
                    format!(
                        "{}: realisasi {} of target {} but capaian declared {}%",
                        ind.id,
                        r,
                        target,
                        c.get()
                    ),
                )
                .nilai("< 100", angka(c.get())),
            );
        }
    }
}

/// LK401: realisasi or capaian declared for an indicator without population.
pub fn tanpa_populasi(k: &Konteks, out: &mut Vec<Temuan>) {
    for (ind, pre, t) in per_cetakan(k) {
        let t = Some(t);
        let Nilai::TidakDapatDihitung(why) = &k.hasil.indikator[&ind.id].realisasi else {
            continue;
        };
        let Some(t) = t else { continue };
        for (field, v) in [("realisasi", t.realisasi), ("capaian", t.capaian)] {
            if let Some(v) = v {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        jalur!((pre).{field}),
                        format!(
                            "{field} {} diisi padahal tidak dapat dihitung ({why})",
                            ind.id
                        ),
                        format!(
                            "{field} of {} is given although it cannot be computed ({why})",
                            ind.id
                        ),
                    )
                    .nilai("N/A", angka(v.get())),
                );
            }
        }
    }
}

/// LK402: a realisasi typed equal to the target, with nothing to support it.
///
/// A target of 0 ("0 kejadian") is left out: zero incidents is a count of
/// nothing, there is no table to attach, and the zero-target rule of
/// `calc::capaian` already makes it computable.
pub fn sama_dengan_target(k: &Konteks, out: &mut Vec<Temuan>) {
    for (ind, c, _) in per_indikator(k) {
        let Some(Realisasi::Langsung(v)) = &c.realisasi else {
            continue;
        };
        if !v.get().is_zero()
            && Some(v.get()) == ind.target.nilai()
            && c.tabel.is_empty()
            && c.tabel_otomatis.is_empty()
        {
            out.push(
                Temuan::baru(
Berkas::Capaian,
                    jalur!(indikator.{ind.id}.realisasi.langsung),
                    format!("realisasi {} sama persis dengan target tanpa hitungan atau tabel pendukung", ind.id),
                    format!("realisasi of {} equals the target exactly, with no counts or table to support it", ind.id),
                )
                .nilai("hitungan atau tabel data", angka(v.get())),
            );
        }
    }
}

/// LK406: a target kind that contradicts the indicator's polarity (at most
/// with higher-is-better, at least with lower-is-better), and a realisasi
/// of the wrong kind (a number for a yes/no target or the reverse).
pub fn jenis_target(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    for (s, sk) in data.pk.sasaran_kegiatan.iter().enumerate() {
        for (i, ind) in sk.indikator.iter().enumerate() {
            if let (Some(arah), Some(polaritas)) = (ind.target.arah(), ind.polaritas)
                && polaritas != arah
            {
                let (nama, harap) = match arah {
                    Polaritas::Negatif => ("paling_banyak", "negatif"),
                    Polaritas::Positif => ("paling_sedikit", "positif"),
                };
                let ada = match polaritas {
                    Polaritas::Negatif => "negatif",
                    Polaritas::Positif => "positif",
                };
                out.push(
                    Temuan::baru(
                        Berkas::Pk,
                        jalur!(sasaran_kegiatan[s].indikator[i].polaritas),
                        format!(
                            "target {} berjenis {nama} tetapi polaritasnya {ada}; hapus polaritas atau tulis polaritas: {harap}",
                            ind.id
                        ),
                        format!(
                            "target of {} is {nama} but its polarity is {ada}; remove polaritas or write polaritas: {harap}",
                            ind.id
                        ),
                    )
                    .nilai(harap, ada),
                );
            }
            if let Some(why) =
                calc::capaian::jenis_tidak_cocok(ind, data.capaian.indikator.get(&ind.id))
            {
                out.push(Temuan::baru(
                    Berkas::Capaian,
                    jalur!(indikator.{ind.id}.realisasi),
                    format!("{}: {why}", ind.id),
                    format!(
                        "{}: a yes/no target needs a yes/no realisasi ({{ya_tidak: ya}}), and only a yes/no target takes one",
                        ind.id
                    ),
                ));
            }
        }
    }
}

/// The realisasi declared or computed for year `y` of indicator `id`, with
/// its YAML path.
fn realisasi_tahun(k: &Konteks, id: &str, y: i32) -> Option<(Jalur, Decimal)> {
    if y == k.d.data.laporan.tahun {
        let v = k.hasil.indikator(id)?.realisasi.ada()?;
        return Some((jalur!(indikator.{id}.realisasi), v));
    }
    let t = k.hasil.banding(id)?.riwayat.get(&y)?;
    if t.dari_folder || t.riwayat.tidak_dapat_dihitung.is_some() {
        return None;
    }
    let v = t.riwayat.realisasi?.get();
    Some((jalur!(indikator.{id}.riwayat.{y}.realisasi), v))
}

/// LK404: a year whose column of the indicator's basis table totals 0 has
/// nothing to measure: no realisasi or capaian for it, this year or earlier.
pub fn dasar_nol(k: &Konteks, out: &mut Vec<Temuan>) {
    for (id, tahun) in &k.hasil.dasar {
        for (y, (total, _)) in tahun {
            if !total.is_zero() {
                continue;
            }
            let found = realisasi_tahun(k, id, *y).or_else(|| {
                let t = k.hasil.banding(id)?.riwayat.get(y)?;
                (!t.dari_folder && t.riwayat.tidak_dapat_dihitung.is_none()).then_some(())?;
                t.riwayat
                    .capaian
                    .map(|c| (jalur!(indikator.{id}.riwayat.{y}.capaian), c.get()))
            });
            if let Some((path, v)) = found {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        path,
                        format!("{id} tahun {y} diberi angka, padahal tabel datanya berjumlah 0 pada tahun itu (tidak ada yang diukur)"),
                        format!("{id} has a figure for {y}, but its data table totals 0 that year (nothing to measure)"),
                    )
                    .nilai("N/A", angka(v)),
                );
            }
        }
    }
}

/// LK405: realisasi figures that are likely wrong: 100 % of incidents
/// prevented in a year with incidents; an earlier year's realisasi that
/// repeats this year's exactly (not 0 or 100); an earlier year's realisasi
/// equal to its target for an indicator that cannot be computed this year.
pub fn realisasi_curiga(k: &Konteks, out: &mut Vec<Temuan>) {
    let seratus = Decimal::from(100);
    let tahun_ini = k.d.data.laporan.tahun;
    for (id, tahun) in &k.hasil.dasar {
        for (y, (total, jenis)) in tahun {
            if *jenis != DasarTabel::Kejadian || total.is_zero() {
                continue;
            }
            if let Some((path, v)) = realisasi_tahun(k, id, *y).filter(|(_, v)| *v == seratus) {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        path,
                        format!("{id} tahun {y} 100%, padahal tabel datanya mencatat {} kejadian pada tahun itu", angka(*total)),
                        format!("{id} is 100% in {y}, but its data table records {} incidents that year", angka(*total)),
                    )
                    .nilai("< 100", angka(v)),
                );
            }
        }
    }
    for (_, ind) in k.d.data.indikator() {
        let (Some(h), Some(b)) = (k.hasil.indikator(&ind.id), k.hasil.banding(&ind.id)) else {
            continue;
        };
        for (y, t) in &b.riwayat {
            if *y == tahun_ini || t.dari_folder || t.riwayat.tidak_dapat_dihitung.is_some() {
                continue;
            }
            let Some(r) = t.riwayat.realisasi.map(|r| r.get()) else {
                continue;
            };
            let path = jalur!(indikator.{ind.id}.riwayat.{y}.realisasi);
            let nol = k
                .hasil
                .dasar
                .get(&ind.id)
                .and_then(|d| d.get(y))
                .is_some_and(|(t, _)| t.is_zero());
            match &h.realisasi {
                Nilai::Ada(now) if *now == r && r != seratus && !r.is_zero() => out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        path,
                        format!("realisasi {} tahun {y} sama persis dengan tahun {tahun_ini} ({}); kemungkinan tersalin", ind.id, angka(r)),
                        format!("realisasi of {} for {y} repeats {tahun_ini}'s exactly ({}); likely copied", ind.id, angka(r)),
                    )
                    .nilai(format!("realisasi {y}"), angka(r)),
                ),
                Nilai::TidakDapatDihitung(_)
                    if !nol && t.riwayat.target.is_some_and(|tt| tt.get() == r) =>
                {
                    out.push(
                        Temuan::baru(
                            Berkas::Capaian,
                            path,
                            format!(
                                "realisasi {} tahun {y} sama dengan targetnya ({}) sedangkan tahun {tahun_ini} tidak dapat dihitung; kemungkinan tahun {y} juga tanpa populasi",
                                ind.id,
                                angka(r)
                            ),
                            format!(
                                "realisasi of {} for {y} equals its target ({}) while {tahun_ini} cannot be computed; {y} likely had no population either",
                                ind.id,
                                angka(r)
                            ),
                        )
                        .nilai("N/A?", angka(r)),
                    )
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;
    use crate::model::capaian::Tertulis;
    use crate::model::tabel::Sel;

    fn tulis(id: &str, t: Tertulis) -> crate::load::Dimuat {
        ubah(|d| d.capaian.indikator.get_mut(id).unwrap().tertulis = Some(t))
    }

    #[test]
    fn lk301_declared_capaian() {
        assert!(temuan(data_2023(), tertulis).is_empty());
        // As published: integrasi 93,58 % → capaian 110 is consistent; 125 is not.
        let ok = tulis(
            "sk2-ikk3",
            Tertulis {
                target: Some(a("85")),
                realisasi: Some(a("93.58")),
                capaian: Some(a("110")),
                ..Default::default()
            },
        );
        assert!(temuan(&ok, tertulis).is_empty());
        let bad = tulis(
            "sk2-ikk3",
            Tertulis {
                capaian: Some(a("125")),
                ..Default::default()
            },
        );
        let t = temuan(&bad, tertulis);
        assert_eq!(
            (t[0].diharapkan.as_deref(), t[0].ditemukan.as_deref()),
            (Some("110,09"), Some("125"))
        );
        // Earlier years: 2022 kamtib, target 70, realisasi 100, printed 140 in Tabel 3.63.
        let hist = ubah(|d| {
            let r = d
                .capaian
                .indikator
                .get_mut("sk3-ikk2")
                .unwrap()
                .riwayat
                .get_mut(&2022)
                .unwrap();
            r.target = Some(a("70"));
            r.realisasi = Some(a("100"));
            r.capaian = Some(a("140"));
        });
        let t = temuan(&hist, tertulis);
        assert_eq!(t[0].path, "indikator.sk3-ikk2.riwayat.2022.capaian");
        assert_eq!(t[0].diharapkan.as_deref(), Some("142,85"));
        // A year whose basis table column is 0 is LK404's, not this rule's.
        let nol = ubah(|d| {
            let r = d
                .capaian
                .indikator
                .get_mut("sk1-ikk7")
                .unwrap()
                .riwayat
                .get_mut(&2022)
                .unwrap();
            r.tidak_dapat_dihitung = None;
            r.realisasi = Some(a("100"));
            r.capaian = Some(a("125"));
        });
        assert!(
            temuan(&nol, tertulis).is_empty(),
            "{:?}",
            temuan(&nol, tertulis)
        );
    }

    #[test]
    fn lk302_cap() {
        let d = tulis(
            "sk1-ikk1",
            Tertulis {
                capaian: Some(a("125")),
                ..Default::default()
            },
        );
        assert!(temuan(&d, batas).is_empty());
        let mut capped = d.clone();
        capped.data.laporan.pengaturan.batas_capaian = Some(a("120"));
        assert_eq!(
            temuan(&capped, batas)[0].path,
            "indikator.sk1-ikk1.tertulis.capaian"
        );
    }

    #[test]
    fn lk303_negative_polarity() {
        assert!(temuan(data_2023(), polaritas_negatif).is_empty());
        let d = ubah(|d| {
            let ind = &mut d.pk.sasaran_kegiatan[2].indikator[1];
            ind.polaritas = Some(Polaritas::Negatif);
            ind.target = a("5").into();
            let c = d.capaian.indikator.get_mut("sk3-ikk2").unwrap();
            c.realisasi = Some(Realisasi::Langsung(a("8")));
            c.tertulis = Some(Tertulis {
                capaian: Some(a("100")),
                ..Default::default()
            });
        });
        assert_eq!(
            temuan(&d, polaritas_negatif)[0].path,
            "indikator.sk3-ikk2.tertulis.capaian"
        );
    }

    #[test]
    fn lk304_units_short_of_target() {
        assert!(temuan(data_2023(), satuan_hitung).is_empty());
        // 4 of 6 Unit declared 100 %: one finding, LK301's (expected 66,66),
        // not a second one here on the same cell.
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk4-ikk6").unwrap();
            c.realisasi = Some(Realisasi::Langsung(a("4")));
            c.tertulis = Some(Tertulis {
                capaian: Some(a("100")),
                ..Default::default()
            });
        });
        assert!(temuan(&d, satuan_hitung).is_empty());
        assert_eq!(
            ringkas(&temuan(&d, tertulis)),
            [("indikator.sk4-ikk6.tertulis.capaian", "66,66", "100")]
        );
    }

    #[test]
    fn lk401_no_population() {
        assert!(temuan(data_2023(), tanpa_populasi).is_empty());
        let d = tulis(
            "sk1-ikk3",
            Tertulis {
                target: Some(a("97")),
                realisasi: Some(a("97")),
                capaian: Some(a("100")),
                ..Default::default()
            },
        );
        let t = temuan(&d, tanpa_populasi);
        let paths: Vec<_> = t.iter().map(|t| t.path.to_string()).collect();
        assert_eq!(
            paths,
            [
                "indikator.sk1-ikk3.tertulis.realisasi",
                "indikator.sk1-ikk3.tertulis.capaian"
            ]
        );
    }

    #[test]
    fn lk402_unsupported_equal_to_target() {
        let d = ubah(|d| {
            for c in d.capaian.indikator.values_mut() {
                if matches!(c.realisasi, Some(Realisasi::Langsung(_))) && c.tabel.is_empty() {
                    c.realisasi = None;
                }
            }
        });
        assert!(temuan(&d, sama_dengan_target).is_empty());
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk1-ikk2").unwrap();
            c.realisasi = Some(Realisasi::Langsung(a("94")));
            c.tabel.clear();
        });
        assert!(
            temuan(&d, sama_dengan_target)
                .iter()
                .any(|t| t.path == "indikator.sk1-ikk2.realisasi.langsung")
        );
        // "0 kejadian" against a target of 0: nothing to count, no finding.
        let d = ubah(|d| {
            let ind =
                d.pk.sasaran_kegiatan
                    .iter_mut()
                    .flat_map(|s| s.indikator.iter_mut())
                    .find(|i| i.id == "sk1-ikk2")
                    .unwrap();
            ind.polaritas = Some(crate::model::pk::Polaritas::Negatif);
            ind.target = a("0").into();
            let c = d.capaian.indikator.get_mut("sk1-ikk2").unwrap();
            c.realisasi = Some(Realisasi::Langsung(a("0")));
            c.tabel.clear();
        });
        assert!(
            !temuan(&d, sama_dengan_target)
                .iter()
                .any(|t| t.path == "indikator.sk1-ikk2.realisasi.langsung")
        );
    }

    #[test]
    fn other_printings_are_checked_like_the_summary() {
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk3-ikk4").unwrap();
            c.tertulis_lain = vec![Tertulis {
                tabel: Some("Tabel 3.66".into()),
                realisasi: Some(a("80")),
                ..Default::default()
            }];
            let c = d.capaian.indikator.get_mut("sk1-ikk2").unwrap();
            c.tertulis_lain = vec![Tertulis {
                tabel: Some("Tabel 3.6".into()),
                capaian: Some(a("107.52")),
                ..Default::default()
            }];
        });
        assert_eq!(
            ringkas(&temuan(&d, tanpa_populasi)),
            [("indikator.sk3-ikk4.tertulis_lain[0].realisasi", "N/A", "80")]
        );
        assert_eq!(
            ringkas(&temuan(&d, tertulis)),
            [(
                "indikator.sk1-ikk2.tertulis_lain[0].capaian",
                "106,38",
                "107,52"
            )]
        );
    }

    #[test]
    fn lk404_lk405_basis_tables() {
        // data/2023: the disease table's 2022 column is 0 and 2022 is not computable.
        assert!(
            temuan(data_2023(), dasar_nol).is_empty(),
            "{:?}",
            temuan(data_2023(), dasar_nol)
        );
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk1-ikk7").unwrap();
            let r = c.riwayat.get_mut(&2022).unwrap();
            r.tidak_dapat_dihitung = None;
            r.realisasi = Some(a("100"));
        });
        assert_eq!(
            ringkas(&temuan(&d, dasar_nol)),
            [("indikator.sk1-ikk7.riwayat.2022.realisasi", "N/A", "100")]
        );
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk3-ikk2").unwrap();
            c.riwayat.get_mut(&2022).unwrap().realisasi = Some(a("90"));
            let c = d.capaian.indikator.get_mut("sk2-ikk3").unwrap();
            c.riwayat.get_mut(&2022).unwrap().realisasi = Some(a("90"));
        });
        assert!(
            temuan(&d, realisasi_curiga).is_empty(),
            "{:?}",
            temuan(&d, realisasi_curiga)
        );
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk3-ikk2").unwrap();
            c.riwayat.get_mut(&2022).unwrap().realisasi = Some(a("100"));
            let c = d.capaian.indikator.get_mut("sk2-ikk3").unwrap();
            c.riwayat.get_mut(&2022).unwrap().realisasi = Some(a("93.58"));
            let c = d.capaian.indikator.get_mut("sk1-ikk3").unwrap();
            let r = c.riwayat.get_mut(&2022).unwrap();
            r.tidak_dapat_dihitung = None;
            r.realisasi = Some(a("96"));
        });
        assert_eq!(
            ringkas(&temuan(&d, realisasi_curiga)),
            [
                ("indikator.sk3-ikk2.riwayat.2022.realisasi", "< 100", "100"),
                ("indikator.sk1-ikk3.riwayat.2022.realisasi", "N/A?", "96"),
                (
                    "indikator.sk2-ikk3.riwayat.2022.realisasi",
                    "realisasi 2022",
                    "93,58"
                ),
            ]
        );
    }

    #[test]
    fn cells_of_a_basis_table() {
        // A basis table's dashes count as nothing, so a column of dashes is 0.
        let s = Sel::Teks("-".into());
        assert_eq!(s.angka(), None);
    }
}
