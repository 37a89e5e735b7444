//! LK801: numbers written in narrative text that contradict the computed
//! figure they name. The patterns are deliberately narrow — a staff count,
//! the capacity, a Rupiah amount called realisasi or pagu, a SMART/IKPA
//! score of a named year, an indicator's own realisasi or capaian — so that
//! a warning means a real contradiction.

use crate::diag::Jalur;
use crate::jalur;
use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;
use rust_decimal::Decimal;

use crate::calc::{self, Nilai};
use crate::check::{Konteks, Temuan};
use crate::format::angka as fmt_angka;
use crate::model::Berkas;
use crate::model::Markdown;

mod tren;
pub use tren::{kata_tren, klaim_tanpa_dasar};

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
fn narasi<'a>(k: &Konteks<'a>) -> Vec<(Berkas, Jalur, &'a Markdown)> {
    let data = &k.d.data;
    let n = &data.narasi;
    let p = &n.pendahuluan;
    let mut v: Vec<(Berkas, Jalur, &Markdown)> = vec![
        (Berkas::Narasi, jalur!(kata_pengantar), &n.kata_pengantar),
        (
            Berkas::Narasi,
            jalur!(ikhtisar.pembuka),
            &n.ikhtisar.pembuka,
        ),
        (
            Berkas::Narasi,
            jalur!(ikhtisar.penilaian_anggaran),
            &n.ikhtisar.penilaian_anggaran,
        ),
        (
            Berkas::Narasi,
            jalur!(pendahuluan.latar_belakang),
            &p.latar_belakang,
        ),
        (
            Berkas::Narasi,
            jalur!(pendahuluan.tugas_fungsi),
            &p.tugas_fungsi,
        ),
        (
            Berkas::Narasi,
            jalur!(pendahuluan.pengantar_struktur),
            &p.pengantar_struktur,
        ),
        (
            Berkas::Narasi,
            jalur!(pendahuluan.aspek_strategis),
            &p.aspek_strategis,
        ),
        (
            Berkas::Narasi,
            jalur!(penutup.kesimpulan),
            &n.penutup.kesimpulan,
        ),
        (Berkas::Narasi, jalur!(penutup.saran), &n.penutup.saran),
    ];
    // The texts of the optional files, in the order they always had.
    if let Some(a) = &data.anggaran {
        v.push((Berkas::Anggaran, jalur!(pengantar), &a.pengantar));
    }
    if let Some(ka) = &data.kinerja_anggaran {
        v.push((
            Berkas::KinerjaAnggaran,
            jalur!(smart.uraian),
            &ka.smart.uraian,
        ));
        v.push((
            Berkas::KinerjaAnggaran,
            jalur!(ikpa.uraian),
            &ka.ikpa.uraian,
        ));
    }
    if let Some(a) = &data.anggaran {
        for (path, m) in [
            (jalur!(uraian_grafik), &a.uraian_grafik),
            (jalur!(uraian_kro), &a.uraian_kro),
        ] {
            if let Some(m) = m {
                v.push((Berkas::Anggaran, path, m));
            }
        }
    }
    if let Some(ka) = &data.kinerja_anggaran {
        for (path, m) in [
            (jalur!(smart.uraian_grafik), &ka.smart.uraian_grafik),
            (jalur!(ikpa.uraian_grafik), &ka.ikpa.uraian_grafik),
        ] {
            if let Some(m) = m {
                v.push((Berkas::KinerjaAnggaran, path, m));
            }
        }
    }
    v
}

/// The indicator texts: (id, YAML path, text).
fn narasi_indikator<'a>(k: &Konteks<'a>) -> Vec<(&'a str, Jalur, &'a Markdown)> {
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
                v.push((id.as_str(), jalur!(indikator.{id}.{field}), m));
            }
        }
    }
    v
}

/// Budget figures a narrative may call realisasi, and pagu.
fn angka_anggaran(k: &Konteks) -> (BTreeSet<Decimal>, BTreeSet<Decimal>) {
    let (mut r, mut p) = (BTreeSet::new(), BTreeSet::new());
    for s in k.hasil.pohon_anggaran.values() {
        p.insert(s.pagu);
        r.insert(s.realisasi);
    }
    if let Some(total) = &k.hasil.anggaran {
        r.insert(total.realisasi);
        p.insert(total.pagu);
    }
    let a = k.d.data.anggaran.as_ref();
    for j in a.iter().flat_map(|a| &a.jenis_belanja) {
        r.insert(j.realisasi.get());
        p.extend(j.pagu.map(|x| x.get()));
    }
    for js in a.iter().flat_map(|a| a.riwayat_jenis_belanja.values()) {
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
    let (realisasi, pagu) = angka_anggaran(k);
    let mut temuan =
        |berkas: Berkas, path: &Jalur, id: String, en: String, harap: String, temu: &str| {
            out.push(
                Temuan::baru(berkas, path.clone(), id, en)
                    .nilai(harap, temu)
                    .di(temu.to_string()),
            );
        };
    for (berkas, path, m) in narasi(k) {
        let text = m.as_str();
        // Without unit.pegawai the staff are not known: nothing to compare.
        let pegawai = data.unit.pegawai.as_ref().zip(k.hasil.pegawai.as_ref());
        for c in pl.pegawai.captures_iter(text) {
            let Some((pg, rekap)) = pegawai else { break };
            let n: u64 = c[1].parse().unwrap_or(0);
            // "pegawai laki-laki berjumlah 49" names the men, not the total.
            let nama = c[0].to_lowercase();
            let (harap, apa, what) = if nama.contains("laki") {
                (u64::from(pg.laki_laki), "pegawai laki-laki", "male staff")
            } else if nama.contains("perempuan") {
                (u64::from(pg.perempuan), "pegawai perempuan", "female staff")
            } else {
                (rekap.total, "pegawai", "staff")
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
            // Without populasi.yaml the capacity is not known: nothing to compare.
            let Some(kapasitas) = data.populasi.as_ref().map(|p| p.kapasitas) else {
                continue;
            };
            if n != kapasitas {
                temuan(
                    berkas,
                    &path,
                    format!("teks menyebut kapasitas {n}; kapasitas di populasi.yaml {kapasitas}"),
                    format!("text says capacity {n}; populasi.yaml says {kapasitas}"),
                    kapasitas.to_string(),
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
                let harap = match &k.hasil.anggaran {
                    Some(total) if jenis == "realisasi" => fmt_angka(total.realisasi),
                    Some(total) => fmt_angka(total.pagu),
                    None => "—".into(),
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
                    format!("angka {jenis} anggaran.yaml (mis. {harap})"),
                    &c[2],
                );
            }
        }
        for c in pl.skor.captures_iter(text) {
            // Without kinerja_anggaran.yaml the scores are not known.
            let Some(ka) = &data.kinerja_anggaran else {
                continue;
            };
            let skor = if c[1].eq_ignore_ascii_case("smart") {
                &ka.smart
            } else {
                &ka.ikpa
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
        let Some(h) = k.hasil.indikator.get(id) else {
            continue;
        };
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
                    Berkas::Capaian,
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

/// Texts of an indicator together with the catatan after its data tables:
/// (id, YAML path, text).
fn teks_indikator<'a>(k: &Konteks<'a>) -> Vec<(&'a str, Jalur, &'a Markdown)> {
    let mut v = narasi_indikator(k);
    for (id, c) in &k.d.data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            if let Some(m) = &t.catatan {
                v.push((id.as_str(), jalur!(indikator.{id}.tabel[ti].catatan), m));
            }
        }
    }
    v
}

struct PolaSatuan {
    orang: Regex,
    basis: Regex,
    pegawai: Regex,
    barang: Regex,
    target: Regex,
}

fn pola_satuan() -> &'static PolaSatuan {
    static P: OnceLock<PolaSatuan> = OnceLock::new();
    P.get_or_init(|| PolaSatuan {
        orang: Regex::new(r"(?i)\b(\d{1,3}(?:\.\d{3})*)\s+(orang|wbp|warga binaan|narapidana|tahanan)\b").unwrap(),
        basis: Regex::new(r"(?i)[×x]\s*(\d{1,3}(?:\.\d{3})*)\s*(?:orang|wbp)?\s*=\s*\d+(?:[.,]\d+)?\s*(?:orang|wbp)\b").unwrap(),
        pegawai: Regex::new(r"(?i)\b(\d{1,3}(?:\.\d{3})*)\s+(?:orang\s+)?pegawai\b").unwrap(),
        barang: Regex::new(r"(?i)\b(\d{1,3}(?:\.\d{3})*)\s+(unit|layanan|dokumen)\b").unwrap(),
        target: Regex::new(r"(?i)\btarget kinerja\b[^.%]{0,300}?\b(?:adalah|sebesar|yaitu)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s?%").unwrap(),
    })
}

/// LK802: figures in prose with their unit against the data they name:
/// inmates (orang, WBP, warga binaan, narapidana, tahanan, in a sentence
/// about inmates) never more than the year's population; staff never more than the staff count; items of an
/// indicator counted in Unit, Layanan or Dokumen equal to its realisasi or
/// target; an indicator's "target kinerja … adalah N %" equal to the PK
/// target; the base of a people formula (`70/100 × N = M Orang`) not more
/// than the population.
pub fn satuan_narasi(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let pl = pola_satuan();
    let tahun = data.laporan.tahun;
    let penghuni = &k.hasil.penghuni;
    let staf = k.hasil.pegawai.as_ref().map(|p| p.total);
    let orang = |berkas: Berkas, path: &Jalur, text: &str, out: &mut Vec<Temuan>| {
        for c in pl.orang.captures_iter(text) {
            let whole = c.get(0).unwrap();
            let s = kalimat(text, whole.start());
            let lower = s.to_lowercase();
            // Only people of the prison: "orang" must be about inmates.
            let penghuni_disebut = [
                "wbp",
                "warga binaan",
                "narapidana",
                "tahanan",
                "penghuni",
                "napi",
            ]
            .iter()
            .any(|w| lower.contains(w));
            if lower.contains("pegawai") || !penghuni_disebut {
                continue;
            }
            let y = pola()
                .tahun
                .captures_iter(s)
                .filter_map(|y| y[1].parse::<i32>().ok())
                .find(|y| penghuni.contains_key(y))
                .unwrap_or(tahun);
            let (Some(pop), Ok(n)) = (penghuni.get(&y), c[1].replace('.', "").parse::<u32>())
            else {
                continue;
            };
            if u64::from(n) > *pop {
                out.push(
                    Temuan::baru(
                        berkas,
                        path.clone(),
                        format!("teks menyebut {n} {}, lebih dari jumlah penghuni tahun {y} ({pop} orang)", &c[2]),
                        format!("text says {n} {}, more than the {y} population ({pop})", &c[2]),
                    )
                    .nilai(format!("≤ {pop}"), c[1].to_string())
                    .di(whole.as_str().to_string()),
                );
            }
        }
        // A people formula (target = 70/100 × N = M orang): its base N is a
        // number of inmates too.
        for c in pl.basis.captures_iter(text) {
            let (Some(pop), Ok(n)) = (penghuni.get(&tahun), c[1].replace('.', "").parse::<u32>())
            else {
                continue;
            };
            if u64::from(n) > *pop {
                out.push(
                    Temuan::baru(
                        berkas,
                        path.clone(),
                        format!("rumus memakai basis {n} orang, lebih dari jumlah penghuni tahun {tahun} ({pop} orang)"),
                        format!("a formula uses a base of {n} persons, more than the {tahun} population ({pop})"),
                    )
                    .nilai(format!("≤ {pop}"), c[1].to_string())
                    .di(c[1].to_string()),
                );
            }
        }
        for c in pl.pegawai.captures_iter(text) {
            // Without unit.pegawai there is no staff count to exceed.
            let Some(staf) = staf else { break };
            let Ok(n) = c[1].parse::<u32>() else { continue };
            if u64::from(n) > staf {
                out.push(
                    Temuan::baru(
                        berkas,
                        path.clone(),
                        format!("teks menyebut {n} pegawai, lebih dari jumlah pegawai ({staf})"),
                        format!("text says {n} staff, more than the staff count ({staf})"),
                    )
                    .nilai(format!("≤ {staf}"), c[1].to_string())
                    .di(c.get(0).unwrap().as_str().to_string()),
                );
            }
        }
    };
    for (berkas, path, m) in narasi(k) {
        orang(berkas, &path, m.as_str(), out);
    }
    for (id, path, m) in teks_indikator(k) {
        let text = m.as_str();
        orang(Berkas::Capaian, &path, text, out);
        let Some((_, ind)) = data.indikator().find(|(_, i)| i.id == id) else {
            continue;
        };
        let h = k.hasil.indikator(id);
        use crate::model::pk::Satuan;
        if matches!(ind.satuan, Satuan::Unit | Satuan::Layanan | Satuan::Dokumen) {
            for c in pl.barang.captures_iter(text) {
                let whole = c.get(0).unwrap();
                let s = kalimat(text, whole.start()).to_lowercase();
                if s.contains("inventaris") {
                    continue;
                }
                let Ok(n) = c[1].replace('.', "").parse::<Decimal>() else {
                    continue;
                };
                let realisasi = h.and_then(|h| h.realisasi.ada());
                let cocok =
                    realisasi == Some(n) || (s.contains("target") && Some(n) == ind.target.nilai());
                if !cocok {
                    let harap = realisasi.map(fmt_angka).unwrap_or_else(|| "N/A".into());
                    out.push(
                        Temuan::baru(
                            Berkas::Capaian,
                            path.clone(),
                            format!(
                                "teks menyebut {} {} untuk {id}; realisasinya {harap} (target {})",
                                &c[1],
                                &c[2],
                                target_teks(ind, "tidak tersedia", "")
                            ),
                            format!(
                                "text says {} {} for {id}; its realisasi is {harap} (target {})",
                                &c[1],
                                &c[2],
                                target_teks(ind, "not available", "")
                            ),
                        )
                        .nilai(harap, c[1].to_string())
                        .di(whole.as_str().to_string()),
                    );
                }
            }
        }
        for c in pl.target.captures_iter(text) {
            let whole = c.get(0).unwrap();
            let lower = whole.as_str().to_lowercase();
            if lower.contains("renstra") || lower.contains("jangka menengah") {
                continue;
            }
            let Some(v) = desimal(&c[1]) else { continue };
            if Some(v) != ind.target.nilai() {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        path.clone(),
                        format!(
                            "teks menyebut target {id} {}%; target PK {}",
                            &c[1],
                            target_teks(ind, "tidak tersedia", "%")
                        ),
                        format!(
                            "text says the target of {id} is {}%; the PK target is {}",
                            &c[1],
                            target_teks(ind, "not available", "%")
                        ),
                    )
                    .nilai(target_teks(ind, "tidak tersedia", "%"), c[1].to_string())
                    .di(format!("{}", &c[1])),
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
            d.anggaran.as_mut().unwrap().uraian_grafik = Some(Markdown("Pada tahun 2023 realisasi belanja setelah direvisi sebesar Rp.6.946.743.000 dengan rincian.".into()));
            d.kinerja_anggaran.as_mut().unwrap().smart.uraian_grafik = Some(Markdown(
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

    #[test]
    fn lk802_figures_with_units() {
        assert!(
            temuan(data_2023(), satuan_narasi).is_empty(),
            "{:?}",
            temuan(data_2023(), satuan_narasi)
        );
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk1-ikk2").unwrap();
            c.penjelasan = Some(Markdown("Jumlah warga Binaan yang menerima layanan Kesehatan 190 Orang. Ada 60 pegawai. Kunjungan keluarga diterima dari 900 orang pengunjung.".into()));
            let c = d.capaian.indikator.get_mut("sk4-ikk8").unwrap();
            c.penjelasan = Some(Markdown(
                "Perawatan peralatan yang berjumlah 174 Unit.".into(),
            ));
            let c = d.capaian.indikator.get_mut("sk1-ikk1").unwrap();
            c.analisis.renstra = Some(Markdown("Target Kinerja untuk Indikator ini tahun 2023 adalah 100% sementara target jangka menengah adalah 71%.".into()));
            let c = d.capaian.indikator.get_mut("sk2-ikk1").unwrap();
            c.penjelasan = Some(Markdown(
                "Target = 70/100 × 190 = 133 Orang. Target = 72/100 × 52 orang = 38 Orang.".into(),
            ));
        });
        assert_eq!(
            ringkas(&temuan(&d, satuan_narasi)),
            [
                ("indikator.sk1-ikk1.analisis.renstra", "80%", "100"),
                ("indikator.sk1-ikk2.penjelasan", "≤ 165", "190"),
                ("indikator.sk1-ikk2.penjelasan", "≤ 58", "60"),
                ("indikator.sk2-ikk1.penjelasan", "≤ 165", "190"),
                ("indikator.sk4-ikk8.penjelasan", "5", "174"),
            ]
        );
    }
}

/// The PK target as the text would say it (`95` + `satuan`), or `absent`
/// for a target that is not available.
fn target_teks(ind: &crate::model::pk::Indikator, absent: &str, satuan: &str) -> String {
    match ind.target.nilai() {
        Some(t) => format!("{}{satuan}", fmt_angka(t)),
        None => absent.to_string(),
    }
}
