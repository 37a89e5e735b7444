//! Bab III C Capaian Kinerja Anggaran: the SMART DJA and IKPA scores and
//! their weighted combination. The wording is in
//! `templates/bab3/kinerja_anggaran.typ`.

use super::gambar_layar;
use crate::calc::Nilai;
use crate::model::kinerja_anggaran::Skor;
use crate::render::markup::Markup;
use crate::render::markup::panggil::{self, Seri};
use crate::render::view::{Konteks, md, md_opt};

/// Bab III C.
#[derive(Debug)]
pub struct KinerjaAnggaran {
    /// The unit's introduction (may be empty).
    pub pengantar: Markup,
    /// 1. SMART DJA.
    pub smart: SkorView,
    /// 2. IKPA.
    pub ikpa: SkorView,
    /// 3. The combined score.
    pub gabungan: Gabungan,
}

/// One score (SMART or IKPA).
#[derive(Debug)]
pub struct SkorView {
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
    /// First year of the chart.
    pub grafik_awal: i32,
    /// Bar chart of the values per year.
    pub grafik: Markup,
    /// The unit's text about the chart (may be empty).
    pub uraian_grafik: Markup,
}

/// The combined budget performance.
#[derive(Debug)]
pub struct Gabungan {
    /// SMART's weight (`60%`).
    pub bobot_smart: String,
    /// SMART's value, or N/A.
    pub nilai_smart: String,
    /// IKPA's weight.
    pub bobot_ikpa: String,
    /// IKPA's value, or N/A.
    pub nilai_ikpa: String,
    /// The result.
    pub hasil: HasilGabungan,
}

/// The combined value, or why there is none.
#[derive(Debug)]
pub enum HasilGabungan {
    /// Computed.
    Ada(String),
    /// One of the values is not entered.
    BelumDiisi,
    /// Not computable, for this reason.
    TidakDapatDihitung(String),
}

fn skor_view(k: &mut Konteks, singkat: &str, kolom_yaml: &str, skor: &Skor) -> SkorView {
    let tahun = k.d.data.laporan.tahun;
    let target = match (skor.target, skor.nilai.get(&tahun)) {
        (Some(t), Some(v)) => Some((k.angka(t.get()), v.get() >= t.get())),
        _ => None,
    };
    let first = skor
        .nilai
        .keys()
        .next()
        .copied()
        .unwrap_or(tahun)
        .min(tahun - 2);
    let years: Vec<i32> = (first..=tahun).collect();
    let nilai: Vec<_> = years
        .iter()
        .map(|y| skor.nilai.get(y).map(|v| v.get()))
        .collect();
    let seri = Seri::baru(&format!("Nilai {singkat}"), nilai, |v| k.angka(v));
    let kategori: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    SkorView {
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
            "kinerja_anggaran.yaml",
            &format!("{kolom_yaml}.gambar.berkas"),
            skor.gambar.as_ref(),
        ),
        grafik_awal: first,
        grafik: panggil::grafik_batang(&kategori, &[seri]),
        uraian_grafik: md_opt(skor.uraian_grafik.as_ref()),
    }
}

/// Bab III C from the data.
pub(super) fn bangun(k: &mut Konteks) -> KinerjaAnggaran {
    let mut ka = k.d.data.kinerja_anggaran.clone();
    // Earlier years' scores as computed (from their folders where those exist).
    ka.smart.nilai = k.hasil.skor_smart.clone();
    ka.ikpa.nilai = k.hasil.skor_ikpa.clone();
    let tahun = k.d.data.laporan.tahun;
    let smart = skor_view(k, "SMART", "smart", &ka.smart);
    let ikpa = skor_view(k, "IKPA", "ikpa", &ka.ikpa);
    let gabungan = k.hasil.kinerja_anggaran.clone();
    let rumus = |s: &Skor| {
        let v = s
            .nilai
            .get(&tahun)
            .map(|v| k.angka(v.get()))
            .unwrap_or_else(|| "N/A".into());
        (format!("{}%", k.angka(s.bobot.get())), v)
    };
    let (bobot_smart, nilai_smart) = rumus(&ka.smart);
    let (bobot_ikpa, nilai_ikpa) = rumus(&ka.ikpa);
    KinerjaAnggaran {
        pengantar: md_opt(ka.pengantar.as_ref()),
        smart,
        ikpa,
        gabungan: Gabungan {
            bobot_smart,
            nilai_smart,
            bobot_ikpa,
            nilai_ikpa,
            hasil: match &gabungan {
                Nilai::Ada(v) => HasilGabungan::Ada(k.angka(*v)),
                Nilai::BelumDiisi => HasilGabungan::BelumDiisi,
                Nilai::TidakDapatDihitung(w) => HasilGabungan::TidakDapatDihitung(w.clone()),
            },
        },
    }
}
