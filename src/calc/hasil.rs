//! Every figure of the report, computed once.
//!
//! [`hitung`] turns this year's model and the models of the earlier years'
//! folders into one [`Hasil`]; `check` and `render` read it and never
//! compute a figure themselves. Pure: no I/O, the caller loads the folders.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::anggaran::Serapan;
use super::capaian::{self, HasilIndikator, RincianRealisasi};
use super::ikhtisar::Rekap;
use super::pegawai::RekapPegawai;
use super::populasi::BarisPopulasi;
use super::{Nilai, anggaran, ikhtisar, tabel};
use crate::model::DataLaporan;
use crate::model::anggaran::JenisBelanja;
use crate::model::capaian::Riwayat;
use crate::model::num::Angka;
use crate::model::pk::Indikator;

/// Every computed figure of one report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hasil {
    /// Realisasi, capaian and the rounding rule of each indicator, by id.
    pub indikator: BTreeMap<String, HasilIndikator>,
    /// Each indicator's comparisons with earlier years and the Renstra, by id.
    pub banding: BTreeMap<String, Banding>,
    /// Outcome counts over all indicators.
    pub rekap: Rekap,
    /// Staff per rank and sex, and their totals; `None` without
    /// `unit.pegawai`.
    pub pegawai: Option<RekapPegawai>,
    /// Totals of each data table of `capaian.yaml`, by indicator id and
    /// table index: one value per value column.
    pub tabel: BTreeMap<(String, usize), Vec<Decimal>>,
    /// Sums, largest cells and subtotals of each data table, keyed like `tabel`.
    pub tabel_rinci: BTreeMap<(String, usize), tabel::JumlahTabel>,
    /// Pagu, realisasi and absorption of the whole budget tree; `None`
    /// without `anggaran.yaml`.
    pub anggaran: Option<Serapan>,
    /// Pagu, realisasi and absorption of every node of the budget tree
    /// (parents summed from their leaves), by YAML path (`program[0].rincian[1]`).
    pub pohon_anggaran: BTreeMap<crate::diag::Jalur, Serapan>,
    /// The budget of each indicator that has one beside its capaian, in PK
    /// order (empty when no indicator carries a budget).
    pub efisiensi: Vec<anggaran::Efisiensi>,
    /// Combined budget performance of the report year (SMART and IKPA by
    /// weight); `None` without `kinerja_anggaran.yaml`.
    pub kinerja_anggaran: Option<Nilai>,
    /// The population table with over-capacity, oldest year first.
    pub populasi: Vec<BarisPopulasi>,
    /// How each indicator's realisasi was built, where it has parts: the
    /// ratio of each sub-measure, or the done rows of its checklist.
    pub rincian_realisasi: BTreeMap<String, RincianRealisasi>,
    /// Per indicator, each quarter's realisasi against its target in
    /// percent, by the annual capaian's formula, direction and rounding
    /// rule: `None` when either is missing.
    pub triwulan: BTreeMap<String, Vec<Option<Nilai>>>,
    /// Per jenis belanja (in data order) and their sum; `None` without
    /// `anggaran.yaml`.
    pub jenis_belanja: Option<(Vec<Serapan>, Serapan)>,
    /// For each jenis belanja row, the budget node with the same pagu, when
    /// exactly one (chain) has it: (path, code, pagu, realisasi).
    pub padanan_jenis_belanja: Vec<Option<(crate::diag::Jalur, String, Decimal, Decimal)>>,
    /// Spending per jenis belanja of earlier years: from the year's folder
    /// when it exists, otherwise as declared in `anggaran.yaml`.
    pub riwayat_jenis_belanja: BTreeMap<i32, Vec<JenisBelanja>>,
    /// SMART DJA scores by year, earlier years from their folders when they exist.
    pub skor_smart: BTreeMap<i32, Angka>,
    /// IKPA scores by year, likewise.
    pub skor_ikpa: BTreeMap<i32, Angka>,
    /// Earlier years whose figures come from their own folders.
    pub tahun_dari_folder: Vec<i32>,
    /// DIPA pagu of the programme (or activity) each PK budget line budgets,
    /// in `pk.yaml` order; `None` when no DIPA node matches.
    pub pagu_dipa_pk: Vec<Option<Decimal>>,
    /// Occupants at the end of each year of `populasi.yaml`.
    pub penghuni: BTreeMap<i32, u64>,
    /// Per indicator, per year: the total of that year's column of the
    /// indicator's basis table ([`crate::model::tabel::Tabel::dasar`]).
    pub dasar: BTreeMap<String, BTreeMap<i32, (Decimal, crate::model::tabel::DasarTabel)>>,
    /// SMART and IKPA as their weighted components give them, when every
    /// component has a weight.
    pub skor_komponen: (Option<Decimal>, Option<Decimal>),
    /// People tables: per data table (indicator id, table index) the
    /// population of each value column's year, when the column is a year
    /// with a population.
    pub populasi_kolom: BTreeMap<(String, usize), Vec<Option<u32>>>,
}

/// How one indicator compares with earlier years and the Renstra.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Banding {
    /// Earlier years, oldest first.
    pub riwayat: BTreeMap<i32, TahunLalu>,
    /// Change of capaian from the previous year, in percentage points; only
    /// when both years have a capaian.
    pub perubahan: Option<Decimal>,
    /// Against the Renstra's medium-term target of this year, if it sets one.
    pub renstra: Option<BandingRenstra>,
}

/// One earlier year of an indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TahunLalu {
    /// The year's record: from that year's folder when it exists, otherwise
    /// as declared in this year's `capaian.yaml`.
    pub riwayat: Riwayat,
    /// Whether the record comes from that year's folder.
    pub dari_folder: bool,
    /// Capaian: recomputed with this year's polarity and rule when target
    /// and realisasi are known, otherwise as declared.
    pub capaian: Nilai,
}

/// An indicator against the Renstra's target for the report year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandingRenstra {
    /// The Renstra's target for the report year.
    pub target: Decimal,
    /// Realisasi against that target, in percent.
    pub capaian: Nilai,
}

impl Hasil {
    /// The result of indicator `id`. Every PK indicator has one.
    pub fn indikator(&self, id: &str) -> Option<&HasilIndikator> {
        self.indikator.get(id)
    }

    /// The comparisons of indicator `id`.
    pub fn banding(&self, id: &str) -> Option<&Banding> {
        self.banding.get(id)
    }
}

/// An earlier year's record of indicator `id`, as that year's own data
/// computes it.
pub fn riwayat_dari(prev: &DataLaporan, id: &str) -> Option<Riwayat> {
    let p = &prev.laporan.pengaturan;
    let (_, ind) = prev.indikator().find(|(_, i)| i.id == id)?;
    let h = capaian::hitung(ind, prev.capaian.indikator.get(id), p);
    let mut r = Riwayat {
        target: ind.target.nilai().map(Into::into),
        ..Riwayat::default()
    };
    match h.realisasi {
        Nilai::Ada(v) => r.realisasi = Some(v.into()),
        Nilai::TidakDapatDihitung(why) => r.tidak_dapat_dihitung = Some(why),
        Nilai::BelumDiisi => {}
    }
    Some(r)
}

/// Capaian of an earlier year: recomputed with the indicator's polarity and
/// rounding rule when target and realisasi are known, otherwise as declared.
pub fn capaian_riwayat(ind: &Indikator, r: &Riwayat, data: &DataLaporan) -> Nilai {
    if let Some(why) = &r.tidak_dapat_dihitung {
        return Nilai::TidakDapatDihitung(why.clone());
    }
    let p = &data.laporan.pengaturan;
    match (r.target, r.realisasi) {
        (Some(t), Some(re)) => {
            capaian::capaian(
                &t.into(),
                &Nilai::Ada(re.get()),
                ind.arah(),
                capaian::aturan(ind, p),
                p,
            )
            .0
        }
        _ => r
            .capaian
            .map(|c| Nilai::Ada(c.get()))
            .unwrap_or(Nilai::BelumDiisi),
    }
}

/// Change between two capaian, in percentage points (`b − a`).
pub fn perubahan(a: &Nilai, b: &Nilai) -> Option<Decimal> {
    b.ada()?.checked_sub(a.ada()?)
}

/// The comparisons of one indicator.
fn banding(
    data: &DataLaporan,
    sebelumnya: &BTreeMap<i32, DataLaporan>,
    ind: &Indikator,
    h: &HasilIndikator,
) -> Banding {
    let tahun = data.laporan.tahun;
    let p = &data.laporan.pengaturan;
    let declared = data.capaian.indikator.get(&ind.id).map(|c| &c.riwayat);
    let mut riwayat = BTreeMap::new();
    for (y, r) in declared.into_iter().flatten() {
        riwayat.insert(*y, (r.clone(), false));
    }
    for (y, prev) in sebelumnya {
        if data.capaian.indikator.contains_key(&ind.id) {
            if let Some(r) = riwayat_dari(prev, &ind.id) {
                riwayat.insert(*y, (r, true));
            }
        }
    }
    let riwayat: BTreeMap<i32, TahunLalu> = riwayat
        .into_iter()
        .map(|(y, (r, dari_folder))| {
            let capaian = capaian_riwayat(ind, &r, data);
            (
                y,
                TahunLalu {
                    riwayat: r,
                    dari_folder,
                    capaian,
                },
            )
        })
        .collect();
    let perubahan = riwayat
        .get(&(tahun - 1))
        .and_then(|t| perubahan(&t.capaian, &h.capaian));
    let renstra = data
        .renstra
        .as_ref()
        .and_then(|r| r.target_jangka_menengah.get(&ind.id))
        .and_then(|t| t.get(&tahun))
        .map(|t| BandingRenstra {
            target: t.get(),
            capaian: capaian::capaian(&(*t).into(), &h.realisasi, ind.arah(), h.pembulatan, p).0,
        });
    Banding {
        riwayat,
        perubahan,
        renstra,
    }
}

/// Computes every figure of the report from this year's data and the data
/// of earlier years' folders (by year; only the two years before the report
/// year are used).
pub fn hitung(data: &DataLaporan, sebelumnya: &BTreeMap<i32, DataLaporan>) -> Hasil {
    let tahun = data.laporan.tahun;
    let p = &data.laporan.pengaturan;
    let sebelumnya: BTreeMap<i32, DataLaporan> = sebelumnya
        .iter()
        .filter(|(y, d)| (tahun - 2..tahun).contains(*y) && d.laporan.tahun == **y)
        .map(|(y, d)| (*y, d.clone()))
        .collect();

    let mut indikator = BTreeMap::new();
    let mut banding_semua = BTreeMap::new();
    for (_, ind) in data.indikator() {
        let h = capaian::hitung(ind, data.capaian.indikator.get(&ind.id), p);
        banding_semua.insert(ind.id.clone(), banding(data, &sebelumnya, ind, &h));
        indikator.insert(ind.id.clone(), h);
    }
    let rekap = ikhtisar::rekap(
        data.indikator()
            .filter_map(|(_, ind)| indikator.get(&ind.id)),
    );

    // Each data table's totals, by (indicator id, table index).
    let mut tabel = BTreeMap::new();
    let mut tabel_rinci = BTreeMap::new();
    for (id, c) in &data.capaian.indikator {
        for (i, t) in c.tabel.iter().enumerate() {
            tabel.insert((id.clone(), i), super::tabel::jumlah(t));
            tabel_rinci.insert((id.clone(), i), super::tabel::rinci(t, p.persentase));
        }
    }
    let populasi_kolom = data
        .capaian
        .indikator
        .iter()
        .flat_map(|(id, c)| {
            c.tabel
                .iter()
                .enumerate()
                .filter(|(_, t)| t.orang)
                .map(move |(i, t)| {
                    let pop = t
                        .kolom
                        .iter()
                        .map(|k| {
                            let y: i32 = k.trim().parse().ok()?;
                            let h = data.populasi.as_ref()?.tahun.get(&y)?;
                            Some(h.narapidana + h.tahanan + h.anak)
                        })
                        .collect();
                    ((id.clone(), i), pop)
                })
        })
        .collect();

    let mut dasar: BTreeMap<String, BTreeMap<i32, _>> = BTreeMap::new();
    for (id, c) in &data.capaian.indikator {
        for t in &c.tabel {
            let Some(jenis) = t.dasar else { continue };
            let total = tabel::jumlah_baris(t, &t.baris);
            for (col, k) in t.kolom.iter().enumerate() {
                if let (Ok(y), Some(v)) = (k.trim().parse::<i32>(), total.get(col)) {
                    dasar.entry(id.clone()).or_default().insert(y, (*v, jenis));
                }
            }
        }
    }

    let ang = data.anggaran.as_ref();
    let ka = data.kinerja_anggaran.as_ref();
    let mut riwayat_jenis_belanja = ang
        .map(|a| a.riwayat_jenis_belanja.clone())
        .unwrap_or_default();
    let mut skor_smart = ka.map(|k| k.smart.nilai.clone()).unwrap_or_default();
    let mut skor_ikpa = ka.map(|k| k.ikpa.nilai.clone()).unwrap_or_default();
    for (y, prev) in &sebelumnya {
        if let Some(a) = &prev.anggaran {
            riwayat_jenis_belanja.insert(*y, a.jenis_belanja.clone());
        }
        let Some(k) = &prev.kinerja_anggaran else {
            continue;
        };
        if let Some(v) = k.smart.nilai.get(y) {
            skor_smart.insert(*y, *v);
        }
        if let Some(v) = k.ikpa.nilai.get(y) {
            skor_ikpa.insert(*y, *v);
        }
    }

    let efisiensi = anggaran::efisiensi(data, &indikator, p.persentase);
    Hasil {
        indikator,
        banding: banding_semua,
        rekap,
        pegawai: data.unit.pegawai.as_ref().map(super::pegawai::rekap),
        tabel,
        tabel_rinci,
        anggaran: ang.map(|a| anggaran::total(a, p.persentase)),
        pohon_anggaran: ang
            .map(|a| anggaran::pohon(a, p.persentase))
            .unwrap_or_default(),
        efisiensi,
        kinerja_anggaran: ka
            .map(|k| super::kinerja_anggaran::gabungan(&[&k.smart, &k.ikpa], tahun, p.persentase)),
        populasi: data
            .populasi
            .as_ref()
            .map(|pop| super::populasi::tabel(pop, p.persentase))
            .unwrap_or_default(),
        rincian_realisasi: data
            .indikator()
            .filter_map(|(_, ind)| {
                let c = data.capaian.indikator.get(&ind.id)?;
                Some((ind.id.clone(), capaian::rincian_realisasi(c, p)?))
            })
            .collect(),
        triwulan: data
            .indikator()
            .map(|(_, ind)| {
                let c = data.capaian.indikator.get(&ind.id);
                let tw = (0..4)
                    .map(|i| {
                        let target = *ind.target_triwulan.get(i)?;
                        let real = c?.triwulan.get(i)?.realisasi?.get();
                        // The annual capaian's formula, direction and
                        // rounding rule: a quarter at 2 against "at most 1"
                        // is not 200 %, and 47,18/54,55 truncates like the
                        // annual figure does.
                        let (v, _) = capaian::capaian(
                            &target.into(),
                            &Nilai::Ada(real),
                            ind.arah(),
                            capaian::aturan(ind, p),
                            p,
                        );
                        Some(v)
                    })
                    .collect();
                (ind.id.clone(), tw)
            })
            .collect(),
        jenis_belanja: ang.map(|a| anggaran::per_jenis_belanja(&a.jenis_belanja, p.persentase)),
        riwayat_jenis_belanja,
        padanan_jenis_belanja: ang.map(anggaran::padanan_jenis_belanja).unwrap_or_default(),
        skor_smart,
        skor_ikpa,
        tahun_dari_folder: sebelumnya.keys().rev().copied().collect(),
        pagu_dipa_pk: data
            .pk
            .anggaran
            .iter()
            .map(|a| {
                let n = anggaran::node_pk(ang?, a)?;
                Some(anggaran::jumlah_node(n).0)
            })
            .collect(),
        populasi_kolom,
        penghuni: data
            .populasi
            .iter()
            .flat_map(|pop| &pop.tahun)
            .map(|(y, h)| {
                (
                    *y,
                    u64::from(h.narapidana) + u64::from(h.tahanan) + u64::from(h.anak),
                )
            })
            .collect(),
        dasar,
        skor_komponen: ka
            .map(|k| {
                (
                    super::kinerja_anggaran::dari_komponen(&k.smart, p.persentase),
                    super::kinerja_anggaran::dari_komponen(&k.ikpa, p.persentase),
                )
            })
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;
    use crate::model::num::Angka;

    fn data_2023() -> DataLaporan {
        crate::load::muat(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023"))
            .unwrap()
            .data
    }

    #[test]
    fn changes_between_years() {
        // (last year, this year) → change in points; N/A on either side → none.
        let cases = [
            (
                Nilai::Ada(d("93.58")),
                Nilai::Ada(d("100")),
                Some(d("6.42")),
            ),
            (Nilai::Ada(d("117")), Nilai::Ada(d("100")), Some(d("-17"))),
            (Nilai::Ada(d("100")), Nilai::Ada(d("100")), Some(d("0"))),
            (
                Nilai::TidakDapatDihitung("x".into()),
                Nilai::Ada(d("100")),
                None,
            ),
            (Nilai::Ada(d("100")), Nilai::BelumDiisi, None),
        ];
        for (a, b, want) in cases {
            assert_eq!(perubahan(&a, &b), want, "{a:?} → {b:?}");
        }
    }

    #[test]
    fn earlier_year_capaian_uses_the_indicators_polarity_and_rule() {
        let data = data_2023();
        let (_, ind) = data.indikator().next().unwrap();
        let mut ind = ind.clone();
        let r = |t: &str, re: &str| Riwayat {
            target: Some(Angka(d(t))),
            realisasi: Some(Angka(d(re))),
            ..Riwayat::default()
        };
        let mut data = data.clone();
        data.laporan.pengaturan.capaian = potong(2);
        // Positive: 73 / 78 → 93,589… truncated to 93,58.
        ind.polaritas = Some(crate::model::pk::Polaritas::Positif);
        assert_eq!(
            capaian_riwayat(&ind, &r("78", "73"), &data),
            Nilai::Ada(d("93.58"))
        );
        // Half-up for this indicator alone: 93,59.
        ind.pembulatan = Some(half_up(2));
        assert_eq!(
            capaian_riwayat(&ind, &r("78", "73"), &data),
            Nilai::Ada(d("93.59"))
        );
        // Negative, (2T − R)/T: target 2, realisasi 1 → 150.
        ind.polaritas = Some(crate::model::pk::Polaritas::Negatif);
        assert_eq!(
            capaian_riwayat(&ind, &r("2", "1"), &data),
            Nilai::Ada(d("150"))
        );
        // Declared not computable stays so; declared capaian alone is kept.
        let tdd = Riwayat {
            tidak_dapat_dihitung: Some("tidak ada populasi".into()),
            ..r("2", "1")
        };
        assert!(matches!(
            capaian_riwayat(&ind, &tdd, &data),
            Nilai::TidakDapatDihitung(_)
        ));
        let only = Riwayat {
            capaian: Some(Angka(d("88"))),
            ..Riwayat::default()
        };
        assert_eq!(capaian_riwayat(&ind, &only, &data), Nilai::Ada(d("88")));
        assert_eq!(
            capaian_riwayat(&ind, &Riwayat::default(), &data),
            Nilai::BelumDiisi
        );
    }

    #[test]
    fn earlier_folders_replace_declared_history() {
        let data = data_2023();
        let none = hitung(&data, &BTreeMap::new());
        assert!(none.tahun_dari_folder.is_empty());
        // A 2022 folder whose every indicator has realisasi 1 and target 2.
        let mut prev = data.clone();
        prev.laporan.tahun = 2022;
        for sk in &mut prev.pk.sasaran_kegiatan {
            for i in &mut sk.indikator {
                i.target = Angka(d("2")).into();
            }
        }
        for c in prev.capaian.indikator.values_mut() {
            c.realisasi = Some(crate::model::capaian::Realisasi::Langsung(Angka(d("1"))));
        }
        // Years outside the two before the report, or folders of another year, are ignored.
        let mut folders = BTreeMap::from([(2022, prev.clone()), (2019, prev.clone())]);
        folders.insert(2021, prev.clone());
        let h = hitung(&data, &folders);
        assert_eq!(h.tahun_dari_folder, vec![2022]);
        let (_, ind) = data.indikator().next().unwrap();
        let t = &h.banding[&ind.id].riwayat[&2022];
        assert!(t.dari_folder);
        assert_eq!(t.riwayat.target, Some(Angka(d("2"))));
        assert_eq!(t.riwayat.realisasi, Some(Angka(d("1"))));
        assert_eq!(
            h.riwayat_jenis_belanja[&2022],
            prev.anggaran.as_ref().unwrap().jenis_belanja
        );
    }

    #[test]
    fn data_2023_figures() {
        let h = hitung(&data_2023(), &BTreeMap::new());
        assert_eq!(h.indikator.len(), 28);
        assert_eq!(
            (
                h.rekap.tercapai,
                h.rekap.tidak_tercapai,
                h.rekap.tidak_dapat_dihitung
            ),
            (17, 1, 10)
        );
        assert_eq!(h.anggaran.as_ref().unwrap().pagu, d("6946743000"));
        assert_eq!(h.anggaran.as_ref().unwrap().realisasi, d("6904019875"));
        assert_eq!(h.anggaran.as_ref().unwrap().persen, Nilai::Ada(d("99.38")));
    }
}
