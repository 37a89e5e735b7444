//! `lkjip lke`: the report scored against the SAKIP evaluation (LKE,
//! PermenPAN-RB 88/2021) before the evaluator does.
//!
//! Every criterion of Pelaporan Kinerja (component 3) and the Pengukuran
//! criteria (component 2) the report's data can show are judged from the
//! computed [`Laporan`] — the model and [`crate::calc::hasil::Hasil`],
//! never a figure recomputed here — or, for the criteria that need a
//! document from outside the report, from the evidence a unit records in
//! `lke.yaml`. A criterion whose figures are wrong points at the `check`
//! finding (its code) rather than judging the figure again.
//!
//! Scoring follows the GUIDE (§7): a criterion's share of required points
//! maps to the answer scale ([`Skala`]); a sub-component scores the mean of
//! its scored criteria's numbers ÷ 100 × its weight; the total and its
//! predicate are labelled partial when not every component is scored.

pub mod anggaran;
pub mod keluaran;
pub mod kriteria;
pub mod rekap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::Laporan;
use crate::check::{Bahasa, Diagnostik, Tingkat};
pub use crate::model::lke::Skala;

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Teks {
    /// Indonesian.
    pub id: &'static str,
    /// English.
    pub en: &'static str,
}

impl Teks {
    /// The text in `b`.
    pub fn dalam(&self, b: Bahasa) -> &'static str {
        match b {
            Bahasa::Id => self.id,
            Bahasa::En => self.en,
        }
    }
}

/// A component of the evaluation with its weight and its sub-components'
/// weights (keberadaan, kualitas, pemanfaatan: 20 / 30 / 50 %).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Komponen {
    /// Number (`3`).
    pub nomor: u8,
    /// Name.
    pub nama: Teks,
    /// Weight out of 100.
    pub bobot: u32,
}

/// The four components of the LKE (GUIDE §7).
pub const KOMPONEN: [Komponen; 4] = [
    Komponen {
        nomor: 1,
        nama: Teks {
            id: "Perencanaan Kinerja",
            en: "Performance Planning",
        },
        bobot: 30,
    },
    Komponen {
        nomor: 2,
        nama: Teks {
            id: "Pengukuran Kinerja",
            en: "Performance Measurement",
        },
        bobot: 30,
    },
    Komponen {
        nomor: 3,
        nama: Teks {
            id: "Pelaporan Kinerja",
            en: "Performance Reporting",
        },
        bobot: 15,
    },
    Komponen {
        nomor: 4,
        nama: Teks {
            id: "Evaluasi Akuntabilitas Kinerja Internal",
            en: "Internal Performance Accountability Evaluation",
        },
        bobot: 25,
    },
];

/// Sub-components: `x.1` keberadaan 20 %, `x.2` kualitas 30 %, `x.3` pemanfaatan 50 %.
pub const SUBKOMPONEN: [(u8, Teks, u32); 3] = [
    (
        1,
        Teks {
            id: "Keberadaan",
            en: "Existence",
        },
        20,
    ),
    (
        2,
        Teks {
            id: "Kualitas",
            en: "Quality",
        },
        30,
    ),
    (
        3,
        Teks {
            id: "Pemanfaatan",
            en: "Use",
        },
        50,
    ),
];

/// The weight of sub-component `sub` of component `komponen`, in points of 100.
pub fn bobot_sub(komponen: u8, sub: u8) -> Decimal {
    let k = KOMPONEN
        .iter()
        .find(|k| k.nomor == komponen)
        .map_or(0, |k| k.bobot);
    let s = SUBKOMPONEN.iter().find(|s| s.0 == sub).map_or(0, |s| s.2);
    Decimal::from(k * s) / Decimal::ONE_HUNDRED
}

/// An answer of the scale with its number (0–100).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jawaban {
    /// The answer as the evaluator writes it (`BB`, `Y`).
    pub nilai: &'static str,
    /// Its number out of 100 (BB 80; B of A–E 75).
    pub angka: u32,
}

/// The answer for a share `terpenuhi` of `dari` required points, on the
/// scale `skala`; `keberadaan` criteria take Y/T on the alternative scale.
/// AA–E (GUIDE §7): all = BB, > 75 % B, > 50 % CC, > 25 % C, > 0 D, none E
/// (A and AA need a kept-up practice or an innovation: a human's answer).
/// A–E: all A, > 75 % B, > 50 % C, > 0 D, none E; Y/T: all Y, else T.
pub fn jawaban(skala: Skala, keberadaan: bool, terpenuhi: usize, dari: usize) -> Jawaban {
    let semua = dari > 0 && terpenuhi >= dari;
    // Share in percent, exactly: 4 × terpenuhi > 3 × dari is "more than 75 %".
    let lebih = |pembilang: usize, penyebut: usize| terpenuhi * penyebut > dari * pembilang;
    let j = |nilai, angka| Jawaban { nilai, angka };
    match skala {
        Skala::AaE => {
            if semua {
                j("BB", 80)
            } else if lebih(3, 4) {
                j("B", 70)
            } else if lebih(1, 2) {
                j("CC", 60)
            } else if lebih(1, 4) {
                j("C", 50)
            } else if terpenuhi > 0 {
                j("D", 30)
            } else {
                j("E", 0)
            }
        }
        Skala::YtAe if keberadaan => {
            if semua {
                j("Y", 100)
            } else {
                j("T", 0)
            }
        }
        Skala::YtAe => {
            if semua {
                j("A", 100)
            } else if lebih(3, 4) {
                j("B", 75)
            } else if lebih(1, 2) {
                j("C", 50)
            } else if terpenuhi > 0 {
                j("D", 25)
            } else {
                j("E", 0)
            }
        }
    }
}

/// The highest answer data or evidence alone can give on `skala`.
pub fn tertinggi(skala: Skala, keberadaan: bool) -> Jawaban {
    jawaban(skala, keberadaan, 1, 1)
}

/// The predicate of a total out of 100: AA > 90, A > 80, BB > 70, B > 60,
/// CC > 50, C > 30, D ≤ 30.
pub fn predikat(total: Decimal) -> &'static str {
    let batas = [
        (90, "AA"),
        (80, "A"),
        (70, "BB"),
        (60, "B"),
        (50, "CC"),
        (30, "C"),
    ];
    batas
        .iter()
        .find(|(b, _)| total > Decimal::from(*b))
        .map_or("D", |(_, p)| p)
}

/// Where a criterion's evidence sits: a place in the data and the part of
/// the report it lands in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Letak {
    /// The data file as given (`data/2023/renstra.yaml`), or the document.
    pub berkas: String,
    /// Line in the file, when known.
    pub baris: Option<usize>,
    /// The part of the report (`Bab III A, perbandingan dengan target Renstra`).
    pub bagian: String,
    /// What is there, when it needs saying (an `lke.yaml` document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// How a criterion was judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dasar {
    /// From the report's data.
    Data,
    /// From evidence recorded in `lke.yaml`.
    Bukti,
    /// Needs evidence from outside the report; not scored.
    PerluBukti,
}

/// One criterion, judged.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HasilKriteria {
    /// Code (`3.2.4`).
    pub kode: &'static str,
    /// Component number (`3`).
    pub komponen: u8,
    /// Sub-component (`3.2`).
    pub subkomponen: String,
    /// The criterion, in lkjip's own words.
    pub kriteria: String,
    /// The answer (`BB`), when scored.
    pub nilai: Option<&'static str>,
    /// Its number out of 100, when scored.
    pub angka: Option<u32>,
    /// Whether it was judged from the report's data.
    pub dinilai_dari_data: bool,
    /// Data, evidence, or needing evidence.
    pub dasar: Dasar,
    /// Required points met, when judged from data.
    pub terpenuhi: Option<usize>,
    /// Required points, when judged from data.
    pub dari: Option<usize>,
    /// Where the evidence is.
    pub bukti: Vec<Letak>,
    /// What to add or fix to raise it.
    pub saran: Vec<String>,
    /// `check` codes of the wrong figures that lower it.
    pub temuan_check: Vec<&'static str>,
    /// Points of 100 gained by bringing it to the highest answer data or
    /// evidence can give (BB, or Y/A).
    #[serde(serialize_with = "keluaran::desimal_json")]
    pub poin_dapat_naik: Decimal,
}

/// One sub-component's score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NilaiSub {
    /// Code (`3.2`).
    pub kode: String,
    /// Name.
    pub nama: String,
    /// Weight in points of 100.
    #[serde(serialize_with = "keluaran::desimal_json")]
    pub bobot: Decimal,
    /// Mean of the scored criteria's numbers ÷ 100 × weight; `None` when none is scored.
    #[serde(serialize_with = "keluaran::opsi_desimal_json")]
    pub nilai: Option<Decimal>,
    /// The same with every unscored criterion counted as E (0).
    #[serde(serialize_with = "keluaran::desimal_json")]
    pub nilai_bila_tanpa_bukti: Decimal,
    /// Criteria scored.
    pub dinilai: usize,
    /// Criteria listed.
    pub kriteria: usize,
}

/// One component's score: the sum of its sub-components.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NilaiKomponen {
    /// Number (`3`).
    pub nomor: u8,
    /// Name.
    pub nama: String,
    /// Weight out of 100.
    pub bobot: u32,
    /// Sum of the scored sub-components; `None` when nothing is scored.
    #[serde(serialize_with = "keluaran::opsi_desimal_json")]
    pub nilai: Option<Decimal>,
    /// The same with every unscored criterion counted as E (0).
    #[serde(serialize_with = "keluaran::desimal_json")]
    pub nilai_bila_tanpa_bukti: Decimal,
    /// Whether only part of the component's criteria could be scored.
    pub sebagian: bool,
    /// Its sub-components.
    pub subkomponen: Vec<NilaiSub>,
}

/// The partial total over what was scored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Total {
    /// Sum of the scored sub-components.
    #[serde(serialize_with = "keluaran::desimal_json")]
    pub nilai: Decimal,
    /// Sum of the weights of the scored sub-components.
    #[serde(serialize_with = "keluaran::desimal_json")]
    pub bobot_dinilai: Decimal,
    /// `nilai` as a share of `bobot_dinilai`, in percent (two decimals).
    #[serde(serialize_with = "keluaran::opsi_desimal_json")]
    pub persen: Option<Decimal>,
    /// The predicate of `persen`: only indicative while `sebagian`.
    pub predikat: Option<&'static str>,
    /// Always true today: Perencanaan and Evaluasi Internal are not scored.
    pub sebagian: bool,
}

/// The whole evaluation of one report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HasilLke {
    /// The unit.
    pub unit: String,
    /// The report year.
    pub tahun: i32,
    /// The answer scale used.
    pub skala: Skala,
    /// Every criterion, in code order.
    pub kriteria: Vec<HasilKriteria>,
    /// Components 2 and 3.
    pub komponen: Vec<NilaiKomponen>,
    /// The partial total.
    pub total: Total,
    /// Problems of `lke.yaml` (an unknown code, evidence without number or
    /// link), located at file:line.
    pub peringatan: Vec<String>,
}

impl HasilLke {
    /// The criterion with code `kode`.
    pub fn kriteria(&self, kode: &str) -> Option<&HasilKriteria> {
        self.kriteria.iter().find(|k| k.kode == kode)
    }

    /// Component `nomor`.
    pub fn komponen(&self, nomor: u8) -> Option<&NilaiKomponen> {
        self.komponen.iter().find(|k| k.nomor == nomor)
    }
}

/// Scores `laporan` with its check findings `diag` (what `laporan.periksa`
/// gives; only errors matter), on `skala` (else the one of `lke.yaml`, else AA–E).
pub fn nilai(
    laporan: &Laporan,
    diag: &[Diagnostik],
    skala: Option<Skala>,
    bahasa: Bahasa,
) -> HasilLke {
    let data = &laporan.dimuat.data;
    let skala = skala
        .or(data.lke.as_ref().and_then(|l| l.skala))
        .unwrap_or_default();
    let galat: Vec<&Diagnostik> = diag
        .iter()
        .filter(|d| d.severity == Tingkat::Error)
        .collect();
    let k = kriteria::Konteks {
        laporan,
        galat: &galat,
        semua: diag,
        bahasa,
    };
    let mut hasil: Vec<HasilKriteria> = kriteria::KATALOG
        .iter()
        .map(|kr| kriteria::nilai_satu(&k, kr, skala))
        .collect();
    // Points to gain: the distance to the highest answer, weighted by the
    // criterion's share of its sub-component.
    for h in &mut hasil {
        let (komp, sub) = kriteria::letak_kode(h.kode);
        let n = kriteria::jumlah_dalam_sub(komp, sub);
        let puncak = tertinggi(skala, sub == 1).angka;
        let kini = h.angka.unwrap_or(0);
        let naik = Decimal::from(puncak.saturating_sub(kini)) / Decimal::ONE_HUNDRED
            * bobot_sub(komp, sub)
            / Decimal::from(n as u64);
        h.poin_dapat_naik = naik.round_dp(2);
    }
    let komponen: Vec<NilaiKomponen> = [2u8, 3]
        .iter()
        .map(|&nomor| nilai_komponen(nomor, &hasil, bahasa))
        .collect();
    let skor: Decimal = komponen.iter().filter_map(|k| k.nilai).sum();
    let bobot_dinilai: Decimal = komponen
        .iter()
        .flat_map(|k| &k.subkomponen)
        .filter(|s| s.nilai.is_some())
        .map(|s| s.bobot)
        .sum();
    let persen = crate::calc::rasio(skor, bobot_dinilai).map(|p| p.round_dp(2));
    HasilLke {
        unit: data.unit.nama.clone(),
        tahun: data.laporan.tahun,
        skala,
        kriteria: hasil,
        komponen,
        total: Total {
            nilai: skor.round_dp(2),
            bobot_dinilai,
            persen,
            predikat: persen.map(predikat),
            sebagian: true,
        },
        peringatan: kriteria::peringatan_lke(laporan, bahasa),
    }
}

fn nilai_komponen(nomor: u8, hasil: &[HasilKriteria], bahasa: Bahasa) -> NilaiKomponen {
    let k = KOMPONEN
        .iter()
        .find(|k| k.nomor == nomor)
        .copied()
        .unwrap_or(KOMPONEN[0]);
    let subkomponen: Vec<NilaiSub> = SUBKOMPONEN
        .iter()
        .map(|(s, nama, _)| {
            let mine: Vec<&HasilKriteria> = hasil
                .iter()
                .filter(|h| kriteria::letak_kode(h.kode) == (nomor, *s))
                .collect();
            let angka: Vec<u32> = mine.iter().filter_map(|h| h.angka).collect();
            let bobot = bobot_sub(nomor, *s);
            let nilai = (!angka.is_empty()).then(|| {
                (Decimal::from(angka.iter().sum::<u32>())
                    / Decimal::from(angka.len() as u64)
                    / Decimal::ONE_HUNDRED
                    * bobot)
                    .round_dp(2)
            });
            let minimum = if mine.is_empty() {
                Decimal::ZERO
            } else {
                (Decimal::from(angka.iter().sum::<u32>())
                    / Decimal::from(mine.len() as u64)
                    / Decimal::ONE_HUNDRED
                    * bobot)
                    .round_dp(2)
            };
            NilaiSub {
                kode: format!("{nomor}.{s}"),
                nama: nama.dalam(bahasa).to_string(),
                bobot,
                nilai,
                nilai_bila_tanpa_bukti: minimum,
                dinilai: angka.len(),
                kriteria: mine.len(),
            }
        })
        .collect();
    let nilai = subkomponen
        .iter()
        .any(|s| s.nilai.is_some())
        .then(|| subkomponen.iter().filter_map(|s| s.nilai).sum());
    NilaiKomponen {
        nomor,
        nama: k.nama.dalam(bahasa).to_string(),
        bobot: k.bobot,
        nilai,
        nilai_bila_tanpa_bukti: subkomponen.iter().map(|s| s.nilai_bila_tanpa_bukti).sum(),
        // Pengukuran lists only the criteria the data can show.
        sebagian: nomor != 3 || subkomponen.iter().any(|s| s.dinilai < s.kriteria),
        subkomponen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_map_to_the_scale() {
        let a = |t, d| jawaban(Skala::AaE, false, t, d).nilai;
        assert_eq!(a(28, 28), "BB");
        assert_eq!(a(22, 28), "B"); // 78,6 %
        assert_eq!(a(21, 28), "CC"); // exactly 75 % is not more than 75 %
        assert_eq!(a(15, 28), "CC");
        assert_eq!(a(14, 28), "C"); // exactly 50 %
        assert_eq!(a(7, 28), "D"); // exactly 25 %
        assert_eq!(a(1, 28), "D");
        assert_eq!(a(0, 28), "E");
        assert_eq!(a(0, 0), "E");
        assert_eq!(jawaban(Skala::AaE, false, 1, 1).angka, 80);
        assert_eq!(jawaban(Skala::YtAe, true, 2, 3).nilai, "T");
        assert_eq!(jawaban(Skala::YtAe, true, 3, 3).angka, 100);
        assert_eq!(jawaban(Skala::YtAe, false, 22, 28).angka, 75);
        assert_eq!(jawaban(Skala::YtAe, false, 15, 28).angka, 50);
        assert_eq!(jawaban(Skala::YtAe, false, 1, 28).angka, 25);
    }

    #[test]
    fn predicates_and_weights() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(predikat(d("90.01")), "AA");
        assert_eq!(predikat(d("90")), "A");
        assert_eq!(predikat(d("70.5")), "BB");
        assert_eq!(predikat(d("50")), "C");
        assert_eq!(predikat(d("30")), "D");
        assert_eq!(bobot_sub(3, 1), d("3"));
        assert_eq!(bobot_sub(3, 2), d("4.5"));
        assert_eq!(bobot_sub(3, 3), d("7.5"));
        assert_eq!(bobot_sub(2, 3), d("15"));
    }
}
