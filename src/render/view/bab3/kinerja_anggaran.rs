//! Bab III C Capaian Kinerja Anggaran: the SMART DJA and IKPA scores and
//! their weighted combination. The wording is in
//! `templates/bab3/kinerja_anggaran.typ`.

use super::gambar_layar;
use crate::calc::Nilai;
use crate::jalur;
use crate::model::Berkas;
use crate::model::kinerja_anggaran::Skor;
use crate::render::markup::Markup;
use crate::render::markup::panggil::{self, Seri};
use crate::render::view::{Konteks, md, md_opt};

/// Bab III C.
#[derive(Debug)]
pub struct KinerjaAnggaran {
    /// The unit's introduction (may be empty).
    pub pengantar: Markup,
    /// SMART DJA, unless its data is empty (then its part is left out).
    pub smart: Option<SkorView>,
    /// IKPA, unless its data is empty.
    pub ikpa: Option<SkorView>,
    /// The combined score, when either score is shown.
    pub gabungan: Option<Gabungan>,
}

/// One score (SMART or IKPA).
#[derive(Debug)]
pub struct SkorView {
    /// Number of its part in Bab III C (parts left out are not counted).
    pub nomor: usize,
    /// The unit's text.
    pub uraian: Markup,
    /// This year's value, when entered.
    pub nilai: Option<String>,
    /// The target and whether the value meets it, when both are known.
    pub target: Option<(String, bool)>,
    /// Components: (name, value, weight in percent if any).
    pub komponen: Vec<(String, String, Option<String>)>,
    /// Screenshot, when the data names one.
    pub gambar: Option<Markup>,
    /// The years of the chart for its caption (`2021–2023`, or `2023`).
    pub tahun_grafik: String,
    /// Bar chart of the values per year, when any year has a value.
    pub grafik: Option<Markup>,
    /// The unit's text about the chart (may be empty).
    pub uraian_grafik: Markup,
}

/// The combined budget performance.
#[derive(Debug)]
pub struct Gabungan {
    /// Number of its part in Bab III C.
    pub nomor: usize,
    /// SMART's weight (`60%`).
    pub bobot_smart: String,
    /// IKPA's weight.
    pub bobot_ikpa: String,
    /// The result.
    pub hasil: HasilGabungan,
}

/// The combined value, or why there is none.
#[derive(Debug)]
pub enum HasilGabungan {
    /// Computed from SMART's and IKPA's values (as printed): the result.
    Ada {
        /// SMART's value.
        smart: String,
        /// IKPA's value.
        ikpa: String,
        /// The combined value.
        hasil: String,
    },
    /// Not entered: the names of the scores that have no value this year
    /// (`SMART DJA`, `IKPA`).
    BelumDiisi(Vec<&'static str>),
    /// Not computable, for this reason.
    TidakDapatDihitung(String),
}

/// Whether a score has anything to report; one without is left out.
fn ada_isi(skor: &Skor) -> bool {
    !skor.nilai.is_empty()
        || !skor.komponen.is_empty()
        || skor.gambar.is_some()
        || !skor.uraian.as_str().trim().is_empty()
        || skor
            .uraian_grafik
            .as_ref()
            .is_some_and(|u| !u.as_str().trim().is_empty())
}

fn skor_view(
    k: &mut Konteks,
    nomor: usize,
    singkat: &str,
    kolom_yaml: &str,
    skor: &Skor,
) -> SkorView {
    let tahun = k.d.data.laporan.tahun;
    let target = match (skor.target, skor.nilai.get(&tahun)) {
        (Some(t), Some(v)) => Some((k.angka(t.get()), v.get() >= t.get())),
        _ => None,
    };
    // The years with a score, and the report year (its bar says N/A when
    // it has none); later years are not part of this report.
    let mut years: Vec<i32> = skor.nilai.keys().copied().filter(|y| *y < tahun).collect();
    years.push(tahun);
    let nilai: Vec<_> = years
        .iter()
        .map(|y| skor.nilai.get(y).map(|v| v.get()))
        .collect();
    let ada_nilai = nilai.iter().any(Option::is_some);
    let seri = Seri::baru(&format!("Nilai {singkat}"), nilai, |v| k.angka(v));
    let kategori: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    SkorView {
        nomor,
        uraian: md(&skor.uraian),
        nilai: skor.nilai.get(&tahun).map(|v| k.angka(v.get())),
        target,
        komponen: skor
            .komponen
            .iter()
            .map(|c| {
                (
                    c.nama.clone(),
                    k.angka(c.nilai.get()),
                    c.bobot.map(|b| k.angka(b.get())),
                )
            })
            .collect(),
        gambar: gambar_layar(
            k,
            Berkas::KinerjaAnggaran,
            jalur!({ kolom_yaml }.gambar.berkas),
            skor.gambar.as_ref(),
        ),
        tahun_grafik: crate::format::rentang_tahun(years[0], tahun),
        grafik: ada_nilai.then(|| panggil::grafik_batang(&kategori, &[seri])),
        uraian_grafik: md_opt(skor.uraian_grafik.as_ref()),
    }
}

/// Bab III C from the data; `None` without `kinerja_anggaran.yaml`.
pub(super) fn bangun(k: &mut Konteks) -> Option<KinerjaAnggaran> {
    let mut ka = k.d.data.kinerja_anggaran.clone()?;
    // Earlier years' scores as computed (from their folders where those exist).
    ka.smart.nilai = k.hasil.skor_smart.clone();
    ka.ikpa.nilai = k.hasil.skor_ikpa.clone();
    let tahun = k.d.data.laporan.tahun;
    let mut nomor = 0;
    let mut bagian = |k: &mut Konteks, singkat, kolom, s: &Skor| {
        ada_isi(s).then(|| {
            nomor += 1;
            skor_view(k, nomor, singkat, kolom, s)
        })
    };
    let smart = bagian(k, "SMART", "smart", &ka.smart);
    let ikpa = bagian(k, "IKPA", "ikpa", &ka.ikpa);
    let gabungan = (smart.is_some() || ikpa.is_some()).then(|| {
        let nilai = |s: &Skor| s.nilai.get(&tahun).map(|v| k.angka(v.get()));
        let gabungan = k.hasil.kinerja_anggaran.as_ref();
        let hasil = match (gabungan, nilai(&ka.smart), nilai(&ka.ikpa)) {
            (Some(Nilai::Ada(v)), Some(smart), Some(ikpa)) => HasilGabungan::Ada {
                smart,
                ikpa,
                hasil: k.angka(*v),
            },
            (Some(Nilai::TidakDapatDihitung(w)), _, _) => {
                HasilGabungan::TidakDapatDihitung(w.clone())
            }
            (_, smart, ikpa) => HasilGabungan::BelumDiisi(
                [(smart, "SMART DJA"), (ikpa, "IKPA")]
                    .into_iter()
                    .filter(|(v, _)| v.is_none())
                    .map(|(_, n)| n)
                    .collect(),
            ),
        };
        Gabungan {
            nomor: usize::from(smart.is_some()) + usize::from(ikpa.is_some()) + 1,
            bobot_smart: format!("{}%", k.angka(ka.smart.bobot.get())),
            bobot_ikpa: format!("{}%", k.angka(ka.ikpa.bobot.get())),
            hasil,
        }
    });
    Some(KinerjaAnggaran {
        pengantar: md_opt(ka.pengantar.as_ref()),
        smart,
        ikpa,
        gabungan,
    })
}
