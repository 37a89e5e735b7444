//! LK801: numbers written in narrative text that contradict the computed
//! figure they name. The patterns are deliberately narrow — a staff count,
//! the capacity, a Rupiah amount called realisasi or pagu, a SMART/IKPA
//! score of a named year, an indicator's own realisasi or capaian — so that
//! a warning means a real contradiction.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;
use rust_decimal::Decimal;

use crate::calc::{self, Nilai};
use crate::check::{Konteks, Temuan};
use crate::format::angka as fmt_angka;
use crate::model::Markdown;

struct Pola {
    pegawai: Regex,
    kapasitas: Regex,
    rupiah: Regex,
    skor: Regex,
    persen_indikator: Regex,
    tahun: Regex,
}

fn pola() -> &'static Pola {
    static P: OnceLock<Pola> = OnceLock::new();
    P.get_or_init(|| Pola {
        pegawai: Regex::new(r"(?i)pegawai[^.]{0,40}?berjumlah\s+(\d+)").unwrap(),
        kapasitas: Regex::new(r"(?i)kapasitas hunian\s+(\d+)").unwrap(),
        rupiah: Regex::new(r"(?i)\b(realisasi|pagu|anggaran)\b[^.]{0,40}?\bRp\.?\s?(\d{1,3}(?:\.\d{3})+)").unwrap(),
        skor: Regex::new(r"(?i)\b(SMART|IKPA)\b[^.]{0,60}?\btahun\s+(\d{4})[^.]{0,60}?\b(\d{2,3}[.,]\d{1,2})\b").unwrap(),
        persen_indikator: Regex::new(r"(?i)\b(realisasi|capaian)(?:nya)?\s+(?:sebesar|mencapai)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s?%").unwrap(),
        tahun: Regex::new(r"\b(20\d{2})\b").unwrap(),
    })
}

/// The sentence around byte `at` of `text`.
fn kalimat(text: &str, at: usize) -> &str {
    let start = text[..at].rfind(". ").map(|i| i + 2).unwrap_or(0);
    let end = text[at..].find(". ").map(|i| at + i).unwrap_or(text.len());
    &text[start..end]
}

/// A decimal written with `.` or `,`.
fn desimal(s: &str) -> Option<Decimal> {
    s.replace(',', ".").parse().ok()
}

/// Every narrative field: (file, YAML path, text).
fn narasi<'a>(k: &Konteks<'a>) -> Vec<(&'static str, String, &'a Markdown)> {
    let data = &k.d.data;
    let n = &data.narasi;
    let p = &n.pendahuluan;
    let mut v: Vec<(&'static str, String, &Markdown)> = vec![
        ("narasi.yaml", "kata_pengantar".into(), &n.kata_pengantar),
        (
            "narasi.yaml",
            "ikhtisar.pembuka".into(),
            &n.ikhtisar.pembuka,
        ),
        (
            "narasi.yaml",
            "ikhtisar.penilaian_anggaran".into(),
            &n.ikhtisar.penilaian_anggaran,
        ),
        (
            "narasi.yaml",
            "pendahuluan.latar_belakang".into(),
            &p.latar_belakang,
        ),
        (
            "narasi.yaml",
            "pendahuluan.tugas_fungsi".into(),
            &p.tugas_fungsi,
        ),
        (
            "narasi.yaml",
            "pendahuluan.pengantar_struktur".into(),
            &p.pengantar_struktur,
        ),
        (
            "narasi.yaml",
            "pendahuluan.aspek_strategis".into(),
            &p.aspek_strategis,
        ),
        (
            "narasi.yaml",
            "penutup.kesimpulan".into(),
            &n.penutup.kesimpulan,
        ),
        ("narasi.yaml", "penutup.saran".into(), &n.penutup.saran),
        (
            "anggaran.yaml",
            "pengantar".into(),
            &data.anggaran.pengantar,
        ),
        (
            "kinerja_anggaran.yaml",
            "smart.uraian".into(),
            &data.kinerja_anggaran.smart.uraian,
        ),
        (
            "kinerja_anggaran.yaml",
            "ikpa.uraian".into(),
            &data.kinerja_anggaran.ikpa.uraian,
        ),
    ];
    for (path, m) in [
        ("uraian_grafik", &data.anggaran.uraian_grafik),
        ("uraian_kro", &data.anggaran.uraian_kro),
    ] {
        if let Some(m) = m {
            v.push(("anggaran.yaml", path.into(), m));
        }
    }
    for (path, m) in [
        (
            "smart.uraian_grafik",
            &data.kinerja_anggaran.smart.uraian_grafik,
        ),
        (
            "ikpa.uraian_grafik",
            &data.kinerja_anggaran.ikpa.uraian_grafik,
        ),
    ] {
        if let Some(m) = m {
            v.push(("kinerja_anggaran.yaml", path.into(), m));
        }
    }
    v
}

/// The indicator texts: (id, YAML path, text).
fn narasi_indikator<'a>(k: &Konteks<'a>) -> Vec<(&'a str, String, &'a Markdown)> {
    let mut v = Vec::new();
    for (id, c) in &k.d.data.capaian.indikator {
        let a = &c.analisis;
        for (field, m) in [
            ("pengantar", &c.pengantar),
            ("penjelasan", &c.penjelasan),
            ("analisis.tahun_lalu", &a.tahun_lalu),
            ("analisis.renstra", &a.renstra),
            ("analisis.standar_nasional", &a.standar_nasional),
            ("analisis.penyebab", &a.penyebab),
            ("analisis.program", &a.program),
        ] {
            if let Some(m) = m {
                v.push((id.as_str(), format!("indikator.{id}.{field}"), m));
            }
        }
    }
    v
}

/// Budget figures a narrative may call realisasi, and pagu.
fn angka_anggaran(k: &Konteks) -> (BTreeSet<Decimal>, BTreeSet<Decimal>) {
    let a = &k.d.data.anggaran;
    let (mut r, mut p) = (BTreeSet::new(), BTreeSet::new());
    for s in k.hasil.pohon_anggaran.values() {
        p.insert(s.pagu);
        r.insert(s.realisasi);
    }
    let total = &k.hasil.anggaran;
    r.insert(total.realisasi);
    p.insert(total.pagu);
    for j in &a.jenis_belanja {
        r.insert(j.realisasi.get());
        p.extend(j.pagu.map(|x| x.get()));
    }
    for js in a.riwayat_jenis_belanja.values() {
        r.extend(js.iter().map(|j| j.realisasi.get()));
        r.insert(js.iter().map(|j| j.realisasi.get()).sum());
        p.extend(js.iter().filter_map(|j| j.pagu.map(|x| x.get())));
    }
    p.extend(k.d.data.pk.anggaran.iter().map(|x| x.pagu.get()));
    (r, p)
}

/// LK801.
pub fn angka_narasi(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let pl = pola();
    let tahun = data.laporan.tahun;
    let staf = k.hasil.pegawai.total;
    let (realisasi, pagu) = angka_anggaran(k);
    let mut temuan =
        |berkas: &'static str, path: &str, id: String, en: String, harap: String, temu: &str| {
            out.push(
                Temuan::baru(
berkas, path.to_string(), id, en)
                    .nilai(harap, temu)
                    .di(temu.to_string()),
            );
        };
    for (berkas, path, m) in narasi(k) {
        let text = m.as_str();
        for c in pl.pegawai.captures_iter(text) {
            let n: u64 = c[1].parse().unwrap_or(0);
            // "pegawai laki-laki berjumlah 49" names the men, not the total.
            let nama = c[0].to_lowercase();
            let (harap, apa, what) = if nama.contains("laki") {
                (
                    u64::from(data.unit.pegawai.laki_laki),
                    "pegawai laki-laki",
                    "male staff",
                )
            } else if nama.contains("perempuan") {
                (
                    u64::from(data.unit.pegawai.perempuan),
                    "pegawai perempuan",
                    "female staff",
                )
            } else {
                (staf, "pegawai", "staff")
            };
            if n != harap {
                temuan(
                    berkas,
                    &path,
                    format!("teks menyebut {n} {apa}; jumlahnya {harap}"),
                    format!("text says {n} {what}; the data says {harap}"),
                    harap.to_string(),
                    &c[1],
                );
            }
        }
        for c in pl.kapasitas.captures_iter(text) {
            let n: u32 = c[1].parse().unwrap_or(0);
            if n != data.populasi.kapasitas {
                temuan(
                    berkas,
                    &path,
                    format!(
                        "teks menyebut kapasitas {n}; kapasitas di populasi.yaml {}",
                        data.populasi.kapasitas
                    ),
                    format!(
                        "text says capacity {n}; populasi.yaml says {}",
                        data.populasi.kapasitas
                    ),
                    data.populasi.kapasitas.to_string(),
                    &c[1],
                );
            }
        }
        for c in pl.rupiah.captures_iter(text) {
            let Ok(v) = c[2].replace('.', "").parse::<Decimal>() else {
                continue;
            };
            let (set, jenis) = if c[1].eq_ignore_ascii_case("realisasi") {
                (&realisasi, "realisasi")
            } else {
                (&pagu, "pagu")
            };
            if !set.contains(&v) {
                let total = &k.hasil.anggaran;
                let harap = if jenis == "realisasi" {
                    total.realisasi
                } else {
                    total.pagu
                };
                temuan(
                    berkas,
                    &path,
                    format!(
                        "teks menyebut {jenis} Rp{}, yang bukan angka {jenis} mana pun di anggaran.yaml",
                        fmt_angka(v)
                    ),
                    format!(
                        "text names Rp{} as {jenis}, which is no {jenis} figure of anggaran.yaml",
                        v
                    ),
                    format!("angka {jenis} anggaran.yaml (mis. {})", fmt_angka(harap)),
                    &c[2],
                );
            }
        }
        for c in pl.skor.captures_iter(text) {
            let skor = if c[1].eq_ignore_ascii_case("smart") {
                &data.kinerja_anggaran.smart
            } else {
                &data.kinerja_anggaran.ikpa
            };
            let (Ok(y), Some(v)) = (c[2].parse::<i32>(), desimal(&c[3])) else {
                continue;
            };
            if let Some(nilai) = skor.nilai.get(&y).filter(|n| n.get() != v) {
                temuan(
                    berkas,
                    &path,
                    format!(
                        "teks menyebut nilai {} {y} {}; datanya {}",
                        &c[1],
                        &c[3],
                        fmt_angka(nilai.get())
                    ),
                    format!(
                        "text says the {} {y} score is {}; the data says {}",
                        &c[1],
                        &c[3],
                        nilai.get()
                    ),
                    fmt_angka(nilai.get()),
                    &c[3],
                );
            }
        }
    }
    for (id, path, m) in narasi_indikator(k) {
        let text = m.as_str();
        let Some(h) = k.hasil.indikator.get(id) else { continue };
        for c in pl.persen_indikator.captures_iter(text) {
            let whole = c.get(0).unwrap();
            let s = kalimat(text, whole.start());
            // A sentence about another year is about that year's figures.
            if pl
                .tahun
                .captures_iter(s)
                .any(|y| y[1].parse::<i32>().ok() != Some(tahun))
            {
                continue;
            }
            let Some(v) = desimal(&c[2]) else { continue };
            // Each figure at its own rule: the indicator's capaian rule
            // (which may override the report's), the report's realisasi rule.
            let (nilai, apa, aturan) = if c[1].eq_ignore_ascii_case("capaian") {
                (&h.capaian, "capaian", h.pembulatan)
            } else {
                (&h.realisasi, "realisasi", data.laporan.pengaturan.realisasi)
            };
            let cocok = match nilai {
                Nilai::Ada(x) => calc::sesuai_tertulis(*x, v, aturan),
                _ => false,
            };
            if !cocok {
                let harap = match nilai {
                    Nilai::Ada(x) => format!("{}%", fmt_angka(*x)),
                    _ => "N/A".into(),
                };
                temuan(
                    "capaian.yaml",
                    &path,
                    format!(
                        "teks menyebut {apa} {id} {}%; hasil perhitungan {harap}",
                        &c[2]
                    ),
                    format!("text says {apa} of {id} is {}%; computed {harap}", &c[2]),
                    harap.clone(),
                    &c[2],
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
    fn lk801_narrative_numbers() {
        assert!(
            temuan(data_2023(), angka_narasi).is_empty(),
            "{:?}",
            temuan(data_2023(), angka_narasi)
        );
        let d = ubah(|d| {
            d.narasi.pendahuluan.tugas_fungsi.0.push_str(
                "\n\nLapas Atambua memiliki pegawai berjumlah 55 (Lima Puluh Lima) orang.",
            );
            d.anggaran.uraian_grafik = Some(Markdown("Pada tahun 2023 realisasi belanja setelah direvisi sebesar Rp.6.946.743.000 dengan rincian.".into()));
            d.kinerja_anggaran.smart.uraian_grafik = Some(Markdown(
                "Untuk nilai SMART tahun 2023 mengalami kenaikan dengan nilai 99.89 kenaikan."
                    .into(),
            ));
            d.capaian
                .indikator
                .get_mut("sk2-ikk1")
                .unwrap()
                .analisis
                .renstra = Some(Markdown(
                "Telah tercapai realisasi sebesar 100% dan capaiannya sebesar 117%.".into(),
            ));
        });
        let t = temuan(&d, angka_narasi);
        let got = ringkas(&t);
        assert_eq!(
            got,
            [
                ("pendahuluan.tugas_fungsi", "58", "55"),
                (
                    "uraian_grafik",
                    "angka realisasi anggaran.yaml (mis. 6.904.019.875)",
                    "6.946.743.000"
                ),
                ("smart.uraian_grafik", "99,84", "99.89"),
                ("indikator.sk2-ikk1.analisis.renstra", "142,85%", "117"),
            ]
        );
    }

    #[test]
    fn sentence_of_a_match() {
        let t = "Satu. Dua 99.84 tiga. Empat.";
        assert_eq!(kalimat(t, t.find("99").unwrap()), "Dua 99.84 tiga");
    }
}
