//! Indicator realisasi and capaian.

use rust_decimal::Decimal;

use super::{Nilai, bulatkan, persen, rasio};
use crate::model::capaian::{CapaianIndikator, Realisasi};
use crate::model::laporan::{AturanTargetNol, Pembulatan, Pengaturan, RumusNegatif};
use crate::model::pk::{Indikator, JenisTarget, Polaritas, Satuan, Target, ya_tidak_nilai};
use crate::model::tabel::{Baris, Tabel};

/// The computed result of one indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HasilIndikator {
    /// The year's realisasi, in the indicator's unit.
    pub realisasi: Nilai,
    /// Capaian in percent.
    pub capaian: Nilai,
    /// Whether the capaian was cut to the report's cap.
    pub dibatasi: bool,
    /// The rounding rule of this indicator's capaian (see [`aturan`]).
    pub pembulatan: Pembulatan,
    /// The formula the capaian was computed with; `None` without a
    /// realisasi. The report prints this one, it does not choose again.
    pub rumus: Option<RumusDipakai>,
}

/// A capaian formula.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rumus {
    /// Realisasi ÷ Target.
    Positif,
    /// (2 × Target − Realisasi) ÷ Target.
    NegatifDuaTarget,
    /// Target ÷ Realisasi.
    NegatifPerRealisasi,
    /// A lower-is-better target of 0: no formula, the report's convention
    /// (realisasi 0 → 100 %, above 0 → 0 %).
    TargetNol,
    /// A realisasi inside the target range: 100 %.
    DalamRentang,
    /// A yes/no target: met (100 %) or not (0 %).
    YaTidak,
}

/// The formula a capaian was computed with, and the number it was taken
/// against (the target, or the bound of a range that the realisasi
/// crossed; `None` for a realisasi inside a range and for yes/no).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RumusDipakai {
    /// Which formula.
    pub rumus: Rumus,
    /// The number it was taken against.
    pub acuan: Option<Decimal>,
}

impl HasilIndikator {
    /// Achieved: capaian of at least 100 %. `None` when there is no capaian.
    pub fn tercapai(&self) -> Option<bool> {
        self.capaian.ada().map(|c| c >= Decimal::ONE_HUNDRED)
    }
}

/// Whether a checklist column says "not done" (`Tidak`, `Tidak Terlaksana`, `Belum`).
fn kolom_negatif(header: &str) -> bool {
    let h = header.trim().to_lowercase();
    h.starts_with("tidak") || h.starts_with("belum")
}

/// Share of done rows in a checklist: a row with values is done when a `√`
/// stands in one of its positive columns (`Ya`, `Terlaksana`, a month) — a
/// `√` under `Tidak` means not done. Group headings (rows without values)
/// are not counted. Returns (done, counted).
pub fn daftar_periksa(tabel: &Tabel) -> (u32, u32) {
    fn walk(rows: &[Baris], negatif: &[bool], done: &mut u32, total: &mut u32) {
        for row in rows {
            if !row.nilai.is_empty() {
                *total += 1;
                let ya = row
                    .nilai
                    .iter()
                    .enumerate()
                    .any(|(i, c)| c.is_check() && !negatif.get(i).copied().unwrap_or(false));
                if ya {
                    *done += 1;
                }
            }
            walk(&row.rinci, negatif, done, total);
        }
    }
    let negatif: Vec<bool> = tabel.kolom.iter().map(|k| kolom_negatif(k)).collect();
    let (mut done, mut total) = (0, 0);
    walk(&tabel.baris, &negatif, &mut done, &mut total);
    (done, total)
}

/// The parts a realisasi was built from, for the sentence that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RincianRealisasi {
    /// Each sub-measure's ratio in percent (report's realisasi rule);
    /// `None` for a sub-measure without population.
    SubUkuran(Vec<Option<Decimal>>),
    /// Done rows and counted rows of the checklist (`None` when the table is missing).
    DaftarPeriksa(Option<(u32, u32)>),
}

/// The parts of a composite or checklist realisasi; `None` for the others.
pub fn rincian_realisasi(data: &CapaianIndikator, p: &Pengaturan) -> Option<RincianRealisasi> {
    match data.realisasi.as_ref()? {
        Realisasi::Komposit(parts) => Some(RincianRealisasi::SubUkuran(
            parts
                .iter()
                .map(|s| persen(s.pembilang.get(), s.penyebut.get(), p.realisasi))
                .collect(),
        )),
        Realisasi::DaftarPeriksa(id) => Some(RincianRealisasi::DaftarPeriksa(
            data.tabel
                .iter()
                .find(|t| t.id.as_deref() == Some(id.as_str()))
                .map(daftar_periksa),
        )),
        _ => None,
    }
}

/// The realisasi of an indicator from what `capaian.yaml` says of it.
///
/// A ratio of counts is rounded with the report's `realisasi` rule (73/78 →
/// 93,58 truncated). A composite is the mean of its parts' ratios. A
/// checklist gives the share of done rows, in percent, or applied to the
/// target for count units (Layanan, Unit).
pub fn realisasi(ind: &Indikator, data: Option<&CapaianIndikator>, p: &Pengaturan) -> Nilai {
    let Some(r) = data.and_then(|d| d.realisasi.as_ref()) else {
        return Nilai::BelumDiisi;
    };
    match r {
        Realisasi::Langsung(v) => Nilai::Ada(v.get()),
        Realisasi::Hitungan(h) => match persen(h.pembilang.get(), h.penyebut.get(), p.realisasi) {
            Some(v) => Nilai::Ada(v),
            None => Nilai::TidakDapatDihitung("penyebut bernilai nol (tidak ada populasi)".into()),
        },
        Realisasi::Komposit(parts) => {
            let ratios: Vec<Decimal> = parts
                .iter()
                .filter_map(|s| rasio(s.pembilang.get(), s.penyebut.get()))
                .collect();
            if ratios.is_empty() {
                return Nilai::TidakDapatDihitung("semua sub-ukuran tanpa populasi".into());
            }
            let mean = ratios
                .iter()
                .try_fold(Decimal::ZERO, |a, b| a.checked_add(*b))
                .and_then(|s| s.checked_div(Decimal::from(ratios.len())));
            match mean {
                Some(m) => Nilai::Ada(bulatkan(m, p.realisasi)),
                None => Nilai::TidakDapatDihitung("angka terlalu besar".into()),
            }
        }
        Realisasi::DaftarPeriksa(id) => {
            let table = data
                .into_iter()
                .flat_map(|d| d.tabel.iter())
                .find(|t| t.id.as_deref() == Some(id.as_str()));
            let Some(table) = table else {
                return Nilai::TidakDapatDihitung(format!(
                    "tabel daftar periksa \"{id}\" tidak ada"
                ));
            };
            let (done, total) = daftar_periksa(table);
            if total == 0 {
                return Nilai::TidakDapatDihitung("daftar periksa kosong".into());
            }
            let share = Decimal::from(done) / Decimal::from(total);
            let skala = match (&ind.satuan, ind.target.nilai()) {
                (Satuan::Persen, _) => Decimal::ONE_HUNDRED,
                (_, Some(t)) => t,
                (_, None) => {
                    return Nilai::TidakDapatDihitung(
                        "target tidak tersedia, bagian daftar periksa tidak dapat diterapkan"
                            .into(),
                    );
                }
            };
            match share.checked_mul(skala) {
                Some(v) => Nilai::Ada(bulatkan(v, p.realisasi)),
                None => Nilai::TidakDapatDihitung("angka terlalu besar".into()),
            }
        }
        Realisasi::TidakDapatDihitung(why) => Nilai::TidakDapatDihitung(why.clone()),
        Realisasi::TidakTersedia(why) => {
            Nilai::TidakDapatDihitung(format!("realisasi tidak tersedia: {why}"))
        }
        Realisasi::YaTidak(y) => Nilai::Ada(ya_tidak_nilai(*y)),
    }
}

/// Capaian in percent from target and realisasi, by the target's kind.
///
/// - a plain number or `tepat`: by the indicator's polarity (below);
/// - `paling_sedikit` t: higher is better, realisasi / t × 100;
/// - `paling_banyak` t: lower is better, the report's negative formula
///   (with the target-0 rule);
/// - `rentang` [a, b]: inside the range (bounds included) 100 %; below a,
///   realisasi / a × 100 as for "at least a"; above b, the lower-is-better
///   formula against b as for "at most b";
/// - `ya_tidak`: the realisasi (1 = ya, 0 = tidak) equal to the target
///   gives 100 %, otherwise 0 % (so a target `tidak` is met by `tidak`).
///
/// The cap, if set, is applied before rounding.
pub fn capaian(
    target: &Target,
    realisasi: &Nilai,
    polaritas: Polaritas,
    pembulatan: Pembulatan,
    p: &Pengaturan,
) -> (Nilai, bool) {
    let (c, dibatasi, _) = capaian_dengan_rumus(target, realisasi, polaritas, pembulatan, p);
    (c, dibatasi)
}

/// [`capaian`], with the formula it was computed with (`None` without a
/// realisasi).
pub fn capaian_dengan_rumus(
    target: &Target,
    realisasi: &Nilai,
    polaritas: Polaritas,
    pembulatan: Pembulatan,
    p: &Pengaturan,
) -> (Nilai, bool, Option<RumusDipakai>) {
    let r = match realisasi {
        Nilai::Ada(r) => *r,
        other => return (other.clone(), false, None),
    };
    let penuh = |ok: bool, rumus: Rumus| {
        let v = if ok {
            Decimal::ONE_HUNDRED
        } else {
            Decimal::ZERO
        };
        let rumus = RumusDipakai { rumus, acuan: None };
        (Nilai::Ada(bulatkan(v, pembulatan)), false, Some(rumus))
    };
    match target {
        Target::Angka(t) | Target::Berjenis(JenisTarget::Tepat(t)) => {
            menurut_arah(t.get(), r, polaritas, pembulatan, p)
        }
        Target::Berjenis(JenisTarget::PalingSedikit(t)) => {
            menurut_arah(t.get(), r, Polaritas::Positif, pembulatan, p)
        }
        Target::Berjenis(JenisTarget::PalingBanyak(t)) => {
            menurut_arah(t.get(), r, Polaritas::Negatif, pembulatan, p)
        }
        Target::Berjenis(JenisTarget::Rentang([a, b])) => {
            if r < a.get() {
                menurut_arah(a.get(), r, Polaritas::Positif, pembulatan, p)
            } else if r > b.get() {
                menurut_arah(b.get(), r, Polaritas::Negatif, pembulatan, p)
            } else {
                penuh(true, Rumus::DalamRentang)
            }
        }
        Target::Berjenis(JenisTarget::YaTidak(y)) => penuh(r == ya_tidak_nilai(*y), Rumus::YaTidak),
        Target::Berjenis(JenisTarget::TidakTersedia(why)) => (
            Nilai::TidakDapatDihitung(format!("target tidak tersedia: {why}")),
            false,
            None,
        ),
    }
}

/// Capaian of a numeric target in a direction.
///
/// Positive polarity: realisasi / target × 100. Negative polarity: the
/// report's formula; a negative result is floored at 0. A zero divisor makes
/// the capaian not computable. The cap, if set, is applied before rounding.
fn menurut_arah(
    target: Decimal,
    r: Decimal,
    polaritas: Polaritas,
    pembulatan: Pembulatan,
    p: &Pengaturan,
) -> (Nilai, bool, Option<RumusDipakai>) {
    let dengan = |rumus: Rumus| {
        Some(RumusDipakai {
            rumus,
            acuan: Some(target),
        })
    };
    // "0 kejadian": with lower-is-better and a target of 0 no formula
    // applies; the report's convention decides (met at 0, missed above).
    if polaritas == Polaritas::Negatif
        && target.is_zero()
        && p.target_nol == AturanTargetNol::TercapaiBilaNol
    {
        let v = if r <= Decimal::ZERO {
            Decimal::ONE_HUNDRED
        } else {
            Decimal::ZERO
        };
        return (
            Nilai::Ada(bulatkan(v, pembulatan)),
            false,
            dengan(Rumus::TargetNol),
        );
    }
    let rumus = match (polaritas, p.rumus_negatif) {
        (Polaritas::Positif, _) => Rumus::Positif,
        (Polaritas::Negatif, RumusNegatif::DuaTargetKurangRealisasi) => Rumus::NegatifDuaTarget,
        (Polaritas::Negatif, RumusNegatif::TargetPerRealisasi) => Rumus::NegatifPerRealisasi,
    };
    let raw = match rumus {
        Rumus::Positif => rasio(r, target),
        Rumus::NegatifDuaTarget => (Decimal::TWO.checked_mul(target))
            .and_then(|t2| t2.checked_sub(r))
            .and_then(|x| rasio(x, target))
            .map(|v| v.max(Decimal::ZERO)),
        _ => rasio(target, r),
    };
    let Some(raw) = raw else {
        let why = if target.is_zero() {
            "target bernilai nol"
        } else {
            "realisasi bernilai nol"
        };
        return (Nilai::TidakDapatDihitung(why.into()), false, dengan(rumus));
    };
    let (value, capped) = match p.batas_capaian {
        Some(cap) if raw > cap.get() => (cap.get(), true),
        _ => (raw, false),
    };
    (
        Nilai::Ada(bulatkan(value, pembulatan)),
        capped,
        dengan(rumus),
    )
}

/// Why a realisasi does not fit its target's kind: a yes/no realisasi for a
/// numeric target or a number for a yes/no target. `None` when they fit.
pub fn jenis_tidak_cocok(ind: &Indikator, data: Option<&CapaianIndikator>) -> Option<&'static str> {
    let r = data.and_then(|d| d.realisasi.as_ref())?;
    match (ind.target.ya_tidak(), r) {
        (true, Realisasi::YaTidak(_) | Realisasi::TidakDapatDihitung(_)) => None,
        (true, _) => {
            Some("target ya/tidak memerlukan realisasi {ya_tidak: ya} atau {ya_tidak: tidak}")
        }
        (false, Realisasi::YaTidak(_)) => {
            Some("realisasi ya/tidak hanya untuk target {ya_tidak: …}")
        }
        (false, _) => None,
    }
}

/// The rounding rule of an indicator's capaian: its own, else the report's.
/// The only place that decides it.
pub fn aturan(ind: &Indikator, p: &Pengaturan) -> Pembulatan {
    ind.pembulatan.unwrap_or(p.capaian)
}

/// Realisasi and capaian of one indicator under the report's settings.
pub fn hitung(ind: &Indikator, data: Option<&CapaianIndikator>, p: &Pengaturan) -> HasilIndikator {
    let realisasi = match jenis_tidak_cocok(ind, data) {
        Some(why) => Nilai::TidakDapatDihitung(why.into()),
        None => realisasi(ind, data, p),
    };
    let pembulatan = aturan(ind, p);
    let (capaian, dibatasi, rumus) =
        capaian_dengan_rumus(&ind.target, &realisasi, ind.arah(), pembulatan, p);
    HasilIndikator {
        realisasi,
        capaian,
        dibatasi,
        pembulatan,
        rumus,
    }
}

/// Every indicator of the PK with its result, in PK order.
pub fn hitung_semua(data: &crate::model::DataLaporan) -> Vec<(&Indikator, HasilIndikator)> {
    let p = &data.laporan.pengaturan;
    data.indikator()
        .map(|(_, ind)| (ind, hitung(ind, data.capaian.indikator.get(&ind.id), p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;
    use crate::model::capaian::{Analisis, Hitungan, SubUkuran};
    use crate::model::num::Angka;
    use crate::model::tabel::{JenisTabel, Sel};

    fn indikator(target: &str, satuan: Satuan, polaritas: Polaritas) -> Indikator {
        Indikator {
            id: "x".into(),
            nama: "x".into(),
            satuan,
            polaritas: Some(polaritas),
            target: Target::Angka(Angka(d(target))),
            target_triwulan: vec![],
            sifat_triwulan: Default::default(),
            pembulatan: None,
        }
    }

    fn data(r: Realisasi) -> CapaianIndikator {
        CapaianIndikator {
            realisasi: Some(r),
            pengantar: None,
            tabel: vec![],
            tabel_otomatis: vec![],
            penjelasan: None,
            analisis: Analisis::default(),
            triwulan: vec![],
            riwayat: Default::default(),
            tertulis: None,
            tertulis_lain: vec![],
            anggaran: None,
            sumber: None,
        }
    }

    fn settings(realisasi: Pembulatan, capaian: Pembulatan) -> Pengaturan {
        Pengaturan {
            realisasi,
            capaian,
            ..Pengaturan::default()
        }
    }

    #[test]
    fn integrasi_73_of_78() {
        let ind = indikator("85", Satuan::Persen, Polaritas::Positif);
        let counts = data(Realisasi::Hitungan(Hitungan {
            pembilang: Angka(d("73")),
            penyebut: Angka(d("78")),
            uraian_pembilang: None,
            uraian_penyebut: None,
        }));
        let truncated = settings(potong(2), potong(0));
        assert_eq!(
            realisasi(&ind, Some(&counts), &truncated),
            Nilai::Ada(d("93.58"))
        );
        let half = settings(half_up(2), half_up(2));
        assert_eq!(
            realisasi(&ind, Some(&counts), &half),
            Nilai::Ada(d("93.59"))
        );
        // Capaian from the printed realisasi: 93,58 / 85 → 110 (the reference's figure).
        assert_eq!(
            hitung(&ind, Some(&counts), &truncated).capaian,
            Nilai::Ada(d("110"))
        );
    }

    #[test]
    fn capaian_100_of_85() {
        let ind = indikator("85", Satuan::Persen, Polaritas::Positif);
        let direct = data(Realisasi::Langsung(Angka(d("100"))));
        let r = hitung(&ind, Some(&direct), &settings(potong(2), potong(0)));
        assert_eq!(r.capaian, Nilai::Ada(d("117")));
        assert_eq!(r.tercapai(), Some(true));
        let r = hitung(&ind, Some(&direct), &settings(potong(2), half_up(2)));
        assert_eq!(r.capaian, Nilai::Ada(d("117.65")));
        let r = hitung(&ind, Some(&direct), &settings(potong(2), potong(2)));
        assert_eq!(r.capaian, Nilai::Ada(d("117.64")));
    }

    #[test]
    fn per_indicator_rounding_overrides_report() {
        let mut ind = indikator("85", Satuan::Persen, Polaritas::Positif);
        ind.pembulatan = Some(half_up(1));
        let direct = data(Realisasi::Langsung(Angka(d("100"))));
        let r = hitung(&ind, Some(&direct), &settings(potong(2), potong(0)));
        assert_eq!(r.capaian, Nilai::Ada(d("117.6")));
    }

    #[test]
    fn hiv_tb_composite() {
        let ind = indikator("80", Satuan::Persen, Polaritas::Positif);
        let part = |nama: &str, a: &str, b: &str| SubUkuran {
            nama: nama.into(),
            pembilang: Angka(d(a)),
            penyebut: Angka(d(b)),
        };
        let both = data(Realisasi::Komposit(vec![
            part("HIV", "1", "1"),
            part("TB", "1", "1"),
        ]));
        let r = hitung(&ind, Some(&both), &settings(potong(2), potong(2)));
        assert_eq!(r.realisasi, Nilai::Ada(d("100")));
        assert_eq!(r.capaian, Nilai::Ada(d("125")));
        // One of two TB patients cured: (100 + 50) / 2 = 75.
        let half = data(Realisasi::Komposit(vec![
            part("HIV", "1", "1"),
            part("TB", "1", "2"),
        ]));
        let r = hitung(&ind, Some(&half), &settings(potong(2), potong(2)));
        assert_eq!(r.realisasi, Nilai::Ada(d("75")));
        assert_eq!(r.capaian, Nilai::Ada(d("93.75")));
        assert_eq!(r.tercapai(), Some(false));
        // A part without population is left out of the mean.
        let none = data(Realisasi::Komposit(vec![
            part("HIV", "1", "1"),
            part("TB", "0", "0"),
        ]));
        assert_eq!(
            realisasi(&ind, Some(&none), &Pengaturan::default()),
            Nilai::Ada(d("100"))
        );
    }

    #[test]
    fn negative_polarity() {
        // Lower is better: target 10 incidents, 8 happened.
        let ind = indikator("10", Satuan::Unit, Polaritas::Negatif);
        let eight = data(Realisasi::Langsung(Angka(d("8"))));
        let p = Pengaturan::default();
        assert_eq!(hitung(&ind, Some(&eight), &p).capaian, Nilai::Ada(d("120")));
        let p = Pengaturan {
            rumus_negatif: RumusNegatif::TargetPerRealisasi,
            ..p
        };
        assert_eq!(hitung(&ind, Some(&eight), &p).capaian, Nilai::Ada(d("125")));
        // Worse than target: 25 incidents → (20 − 25) / 10 floors at 0.
        let bad = data(Realisasi::Langsung(Angka(d("25"))));
        let p = Pengaturan::default();
        assert_eq!(hitung(&ind, Some(&bad), &p).capaian, Nilai::Ada(d("0")));
    }

    #[test]
    fn the_result_records_its_formula() {
        let pakai = |rumus, acuan: Option<&str>| {
            Some(RumusDipakai {
                rumus,
                acuan: acuan.map(d),
            })
        };
        let ind = indikator("10", Satuan::Unit, Polaritas::Negatif);
        let eight = data(Realisasi::Langsung(Angka(d("8"))));
        let p = Pengaturan::default();
        assert_eq!(
            hitung(&ind, Some(&eight), &p).rumus,
            pakai(Rumus::NegatifDuaTarget, Some("10"))
        );
        let per = Pengaturan {
            rumus_negatif: RumusNegatif::TargetPerRealisasi,
            ..Pengaturan::default()
        };
        assert_eq!(
            hitung(&ind, Some(&eight), &per).rumus,
            pakai(Rumus::NegatifPerRealisasi, Some("10"))
        );
        // Target 0, lower is better: the convention, not a formula...
        let nol = indikator("0", Satuan::Orang, Polaritas::Negatif);
        let satu = data(Realisasi::Langsung(Angka(d("1"))));
        assert_eq!(
            hitung(&nol, Some(&satu), &p).rumus,
            pakai(Rumus::TargetNol, Some("0"))
        );
        // ... unless the report says target 0 is not computable: then the
        // formula that was applied (Target ÷ Realisasi gives 0 %).
        let tanpa = Pengaturan {
            target_nol: AturanTargetNol::TidakDapatDihitung,
            ..per
        };
        let h = hitung(&nol, Some(&satu), &tanpa);
        assert_eq!(h.capaian, Nilai::Ada(d("0")));
        assert_eq!(h.rumus, pakai(Rumus::NegatifPerRealisasi, Some("0")));
        // A range: the bound crossed, or 100 % inside.
        let mut rentang = indikator("0", Satuan::Persen, Polaritas::Positif);
        rentang.target = Target::Berjenis(JenisTarget::Rentang([Angka(d("93")), Angka(d("100"))]));
        let r = |v: &str| data(Realisasi::Langsung(Angka(d(v))));
        assert_eq!(
            hitung(&rentang, Some(&r("90")), &p).rumus,
            pakai(Rumus::Positif, Some("93"))
        );
        assert_eq!(
            hitung(&rentang, Some(&r("95")), &p).rumus,
            pakai(Rumus::DalamRentang, None)
        );
        // No realisasi, no formula.
        assert_eq!(hitung(&ind, None, &p).rumus, None);
    }

    #[test]
    fn a_target_not_available_makes_the_capaian_not_computable_with_its_reason() {
        let mut ind = indikator("1", Satuan::Orang, Polaritas::Positif);
        ind.target = Target::Berjenis(JenisTarget::TidakTersedia("belum ditetapkan".into()));
        let r = hitung(
            &ind,
            Some(&data(Realisasi::Langsung(Angka(d("241"))))),
            &Pengaturan::default(),
        );
        assert_eq!(r.realisasi, Nilai::Ada(d("241")));
        assert_eq!(
            r.capaian,
            Nilai::TidakDapatDihitung("target tidak tersedia: belum ditetapkan".into())
        );
        assert_eq!((r.tercapai(), r.rumus), (None, None));
    }

    #[test]
    fn not_computable_missing_and_zero_are_distinct() {
        let ind = indikator("97", Satuan::Persen, Polaritas::Positif);
        let nobody = data(Realisasi::TidakDapatDihitung("tidak ada ibu hamil".into()));
        let r = hitung(&ind, Some(&nobody), &Pengaturan::default());
        assert_eq!(
            r.capaian,
            Nilai::TidakDapatDihitung("tidak ada ibu hamil".into())
        );
        assert_eq!(r.tercapai(), None);
        let zero_population = data(Realisasi::Hitungan(Hitungan {
            pembilang: Angka(d("0")),
            penyebut: Angka(d("0")),
            uraian_pembilang: None,
            uraian_penyebut: None,
        }));
        let r = hitung(&ind, Some(&zero_population), &Pengaturan::default());
        assert!(matches!(r.realisasi, Nilai::TidakDapatDihitung(_)));
        assert_eq!(
            hitung(&ind, None, &Pengaturan::default()).capaian,
            Nilai::BelumDiisi
        );
        // A real zero is a value, and a failure.
        let zero = data(Realisasi::Langsung(Angka(d("0"))));
        let r = hitung(&ind, Some(&zero), &Pengaturan::default());
        assert_eq!(r.capaian, Nilai::Ada(d("0")));
        assert_eq!(r.tercapai(), Some(false));
        // Target 0 has no ratio.
        let ind0 = indikator("0", Satuan::Persen, Polaritas::Positif);
        let r = hitung(&ind0, Some(&zero), &Pengaturan::default());
        assert_eq!(
            r.capaian,
            Nilai::TidakDapatDihitung("target bernilai nol".into())
        );
    }

    #[test]
    fn zero_targets() {
        // (polarity, target, realisasi, setting) → capaian.
        let na = |w: &str| Nilai::TidakDapatDihitung(w.into());
        let cases = [
            (
                Polaritas::Negatif,
                "0",
                "0",
                AturanTargetNol::TercapaiBilaNol,
                Nilai::Ada(d("100")),
            ),
            (
                Polaritas::Negatif,
                "0",
                "1",
                AturanTargetNol::TercapaiBilaNol,
                Nilai::Ada(d("0")),
            ),
            (
                Polaritas::Negatif,
                "0",
                "3",
                AturanTargetNol::TercapaiBilaNol,
                Nilai::Ada(d("0")),
            ),
            (
                Polaritas::Negatif,
                "0",
                "0",
                AturanTargetNol::TidakDapatDihitung,
                na("target bernilai nol"),
            ),
            (
                Polaritas::Positif,
                "0",
                "5",
                AturanTargetNol::TercapaiBilaNol,
                na("target bernilai nol"),
            ),
            // A non-zero target keeps the formula: (2 × 2 − 1) / 2 = 150.
            (
                Polaritas::Negatif,
                "2",
                "1",
                AturanTargetNol::TercapaiBilaNol,
                Nilai::Ada(d("150")),
            ),
        ];
        for (polaritas, target, real, target_nol, want) in cases {
            let ind = indikator(target, Satuan::Orang, polaritas);
            let p = Pengaturan {
                target_nol,
                ..Pengaturan::default()
            };
            let r = data(Realisasi::Langsung(Angka(d(real))));
            let h = hitung(&ind, Some(&r), &p);
            assert_eq!(
                h.capaian, want,
                "{polaritas:?} target {target} realisasi {real} {target_nol:?}"
            );
        }
        // Met: counted as achieved; missed: not achieved (never N/A).
        let ind = indikator("0", Satuan::Orang, Polaritas::Negatif);
        let p = Pengaturan::default();
        let nol = hitung(&ind, Some(&data(Realisasi::Langsung(Angka(d("0"))))), &p);
        assert_eq!(nol.tercapai(), Some(true));
        let satu = hitung(&ind, Some(&data(Realisasi::Langsung(Angka(d("1"))))), &p);
        assert_eq!(satu.tercapai(), Some(false));
    }

    #[test]
    fn target_kinds() {
        use crate::model::pk::YaTidak;
        let p = Pengaturan {
            rumus_negatif: RumusNegatif::DuaTargetKurangRealisasi,
            ..settings(potong(2), potong(2))
        };
        let t = |j: JenisTarget| Target::Berjenis(j);
        let a = |v: &str| Angka(d(v));
        // (target, realisasi, polarity given, capaian)
        let cases = [
            // At least 95: higher is better, whatever polaritas says.
            (
                t(JenisTarget::PalingSedikit(a("95"))),
                "90",
                Polaritas::Negatif,
                "94.73",
            ),
            // At most 2: lower is better, (2 × 2 − 1) / 2 = 150 %.
            (
                t(JenisTarget::PalingBanyak(a("2"))),
                "1",
                Polaritas::Positif,
                "150",
            ),
            (
                t(JenisTarget::PalingBanyak(a("2"))),
                "3",
                Polaritas::Positif,
                "50",
            ),
            // At most 0 follows the zero-target rule.
            (
                t(JenisTarget::PalingBanyak(a("0"))),
                "0",
                Polaritas::Positif,
                "100",
            ),
            // Exactly 12 follows the indicator's polarity.
            (
                t(JenisTarget::Tepat(a("12"))),
                "6",
                Polaritas::Positif,
                "50",
            ),
            (
                t(JenisTarget::Tepat(a("12"))),
                "6",
                Polaritas::Negatif,
                "150",
            ),
            // A range: inside 100 %, below against the lower bound, above
            // by the lower-is-better formula against the upper bound.
            (
                t(JenisTarget::Rentang([a("90"), a("95")])),
                "92",
                Polaritas::Positif,
                "100",
            ),
            (
                t(JenisTarget::Rentang([a("90"), a("95")])),
                "95",
                Polaritas::Positif,
                "100",
            ),
            (
                t(JenisTarget::Rentang([a("90"), a("95")])),
                "45",
                Polaritas::Positif,
                "50",
            ),
            (
                t(JenisTarget::Rentang([a("90"), a("95")])),
                "100",
                Polaritas::Positif,
                "94.73",
            ),
            // Yes/no: equal to the target 100 %, else 0 %.
            (
                t(JenisTarget::YaTidak(YaTidak::Ya)),
                "1",
                Polaritas::Positif,
                "100",
            ),
            (
                t(JenisTarget::YaTidak(YaTidak::Ya)),
                "0",
                Polaritas::Positif,
                "0",
            ),
            (
                t(JenisTarget::YaTidak(YaTidak::Tidak)),
                "0",
                Polaritas::Positif,
                "100",
            ),
            (
                t(JenisTarget::YaTidak(YaTidak::Tidak)),
                "1",
                Polaritas::Positif,
                "0",
            ),
        ];
        for (target, r, pol, want) in cases {
            let (c, _) = capaian(&target, &Nilai::Ada(d(r)), pol, potong(2), &p);
            assert_eq!(c, Nilai::Ada(d(want)), "{target:?} realisasi {r}");
        }
    }

    #[test]
    fn yes_no_realisasi() {
        use crate::model::pk::YaTidak;
        let mut ind = indikator("1", Satuan::Dokumen, Polaritas::Positif);
        ind.polaritas = None;
        ind.target = Target::Berjenis(JenisTarget::YaTidak(YaTidak::Ya));
        let p = Pengaturan::default();
        let ya = data(Realisasi::YaTidak(YaTidak::Ya));
        let h = hitung(&ind, Some(&ya), &p);
        assert_eq!(
            (h.realisasi, h.capaian),
            (Nilai::Ada(d("1")), Nilai::Ada(d("100")))
        );
        let tidak = data(Realisasi::YaTidak(YaTidak::Tidak));
        assert_eq!(hitung(&ind, Some(&tidak), &p).tercapai(), Some(false));
        // A number for a yes/no target (and the reverse) is not computable.
        let angka = data(Realisasi::Langsung(Angka(d("1"))));
        assert!(matches!(
            hitung(&ind, Some(&angka), &p).capaian,
            Nilai::TidakDapatDihitung(_)
        ));
        let biasa = indikator("1", Satuan::Dokumen, Polaritas::Positif);
        assert!(matches!(
            hitung(&biasa, Some(&ya), &p).capaian,
            Nilai::TidakDapatDihitung(_)
        ));
    }

    #[test]
    fn cap_is_a_setting() {
        let ind = indikator("80", Satuan::Persen, Polaritas::Positif);
        let direct = data(Realisasi::Langsung(Angka(d("100"))));
        let p = Pengaturan {
            batas_capaian: Some(Angka(d("110"))),
            ..Pengaturan::default()
        };
        let r = hitung(&ind, Some(&direct), &p);
        assert_eq!(r.capaian, Nilai::Ada(d("110")));
        assert!(r.dibatasi);
        let r = hitung(&ind, Some(&direct), &Pengaturan::default());
        assert_eq!(r.capaian, Nilai::Ada(d("125")));
        assert!(!r.dibatasi);
    }

    #[test]
    fn checklist_realisasi() {
        let row = |s: &str| Baris {
            label: vec!["x".into()],
            nilai: vec![Sel::Teks(s.into()), Sel::Teks("-".into())],
            rinci: vec![],
            subjumlah: None,
            subjumlah_tertulis: vec![],
            seri: None,
            aturan_stok: None,
        };
        let mut table = Tabel {
            id: Some("cek".into()),
            judul: "x".into(),
            jenis: JenisTabel::Periksa,
            kolom_label: vec!["Dokumen".into()],
            grup_kolom: None,
            kolom: vec!["Ya".into(), "Tidak".into()],
            kolom_hitung: vec![],
            bernomor: false,
            baris: vec![row("√"), row("√"), row("√")],
            jumlah: None,
            jumlah_tetap: vec![],
            dasar: None,
            orang: false,
            jumlah_tertulis: vec![],
            catatan: None,
            sumber: None,
        };
        let mut d6 = data(Realisasi::DaftarPeriksa("cek".into()));
        d6.tabel.push(table.clone());
        let layanan = indikator("1", Satuan::Layanan, Polaritas::Positif);
        let r = hitung(&layanan, Some(&d6), &Pengaturan::default());
        assert_eq!(r.realisasi, Nilai::Ada(d("1")));
        assert_eq!(r.capaian, Nilai::Ada(d("100")));
        table.baris.push(row("-"));
        d6.tabel[0] = table;
        let persen = indikator("80", Satuan::Persen, Polaritas::Positif);
        assert_eq!(
            realisasi(&persen, Some(&d6), &Pengaturan::default()),
            Nilai::Ada(d("75"))
        );
        // A tick under "Tidak" is a step not done.
        d6.tabel[0].baris[0].nilai = vec![Sel::Teks("-".into()), Sel::Teks("√".into())];
        assert_eq!(
            realisasi(&persen, Some(&d6), &Pengaturan::default()),
            Nilai::Ada(d("50"))
        );
        let missing = data(Realisasi::DaftarPeriksa("tidak-ada".into()));
        assert!(matches!(
            realisasi(&persen, Some(&missing), &Pengaturan::default()),
            Nilai::TidakDapatDihitung(_)
        ));
    }
}
