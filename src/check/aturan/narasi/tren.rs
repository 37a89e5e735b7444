//! LK803 and LK804: what narrative says about change — a trend word that
//! contradicts the computed sign, and a change claimed against the previous
//! year without a previous-year figure to base it on.

use super::*;

/// Direction a trend word claims: `Some(true)` up, `Some(false)` down.
fn arah(word: &str) -> Option<bool> {
    let word = word.to_lowercase();
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    match word.as_str() {
        "naik" | "meningkat" | "peningkatan" | "kenaikan" | "bertambah" | "lebih tinggi" => {
            Some(true)
        }
        "turun" | "menurun" | "penurunan" | "berkurang" | "berhasil menekan" | "lebih rendah" => {
            Some(false)
        }
        _ => None,
    }
}

fn pola_tren() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        Regex::new(r"(?i)\b(naik|meningkat|peningkatan|kenaikan|bertambah|lebih\s+tinggi|turun|menurun|penurunan|berkurang|berhasil\s+menekan|lebih\s+rendah)\b").unwrap()
    })
}

/// LK803: trend words (naik, meningkat, peningkatan, kenaikan, turun,
/// menurun, penurunan, berhasil menekan, lebih tinggi/rendah) against the
/// sign of the computed change they describe: the text after a data table
/// with year columns against the change of its total between the last two
/// years; an indicator's comparison with last year against the change of
/// its capaian; a SMART/IKPA sentence naming a year against that year's
/// change of score.
pub fn kata_tren(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let re = pola_tren();
    let cek = |berkas: Berkas,
               path: Jalur,
               text: &str,
               naik: Decimal,
               apa: &str,
               what: &str,
               out: &mut Vec<Temuan>| {
        if naik.is_zero() {
            return;
        }
        for c in re.captures_iter(text) {
            let Some(up) = arah(&c[1]) else { continue };
            if up != (naik > Decimal::ZERO) {
                let (id_arah, en_arah) = if naik > Decimal::ZERO {
                    ("naik", "rose")
                } else {
                    ("turun", "fell")
                };
                out.push(
                    Temuan::baru(
                        berkas,
                        path.clone(),
                        format!(
                            "teks menyebut \"{}\", padahal {apa} {id_arah} {}",
                            &c[1],
                            fmt_angka(naik.abs())
                        ),
                        format!(
                            "text says \"{}\", but {what} {en_arah} by {}",
                            &c[1],
                            naik.abs()
                        ),
                    )
                    .nilai(
                        format!("{id_arah} {}", fmt_angka(naik.abs())),
                        c[1].to_string(),
                    )
                    .di(c[1].to_string()),
                );
                return;
            }
        }
    };
    for (id, c) in &data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            let Some(m) = &t.catatan else { continue };
            let tahun: Vec<(usize, i32)> = t
                .kolom
                .iter()
                .enumerate()
                .filter_map(|(i, k)| k.trim().parse::<i32>().ok().map(|y| (i, y)))
                .collect();
            if tahun.len() < 2 {
                continue;
            }
            let total = &k.hasil.tabel[&(id.clone(), ti)];
            let (a, b) = (tahun[tahun.len() - 2], tahun[tahun.len() - 1]);
            let (Some(x), Some(y)) = (total.get(a.0), total.get(b.0)) else {
                continue;
            };
            cek(
                Berkas::Capaian,
                jalur!(indikator.{id}.tabel[ti].catatan),
                m.as_str(),
                y - x,
                &format!("jumlah tabel \"{}\" dari {} ke {}", t.judul, a.1, b.1),
                &format!("the total of table \"{}\" from {} to {}", t.judul, a.1, b.1),
                out,
            );
        }
        if let (Some(m), Some(p)) = (
            &c.analisis.tahun_lalu,
            k.hasil.banding(id).and_then(|b| b.perubahan),
        ) {
            cek(
                Berkas::Capaian,
                jalur!(indikator.{id}.analisis.tahun_lalu),
                m.as_str(),
                p,
                &format!("capaian {id} dibanding tahun lalu"),
                &format!("the capaian of {id} against last year"),
                out,
            );
        }
    }
    let skor_semua = data.kinerja_anggaran.iter().flat_map(|ka| {
        [
            ("smart", &ka.smart, &k.hasil.skor_smart),
            ("ikpa", &ka.ikpa, &k.hasil.skor_ikpa),
        ]
    });
    for (nama, skor, nilai) in skor_semua {
        for (field, m) in [
            ("uraian", Some(&skor.uraian)),
            ("uraian_grafik", skor.uraian_grafik.as_ref()),
        ] {
            let Some(m) = m else { continue };
            let text = m.as_str();
            for y in pola().tahun.captures_iter(text) {
                let at = y.get(0).unwrap().start();
                let s = kalimat(text, at);
                let Ok(th) = y[1].parse::<i32>() else {
                    continue;
                };
                let (Some(a), Some(b)) = (nilai.get(&(th - 1)), nilai.get(&th)) else {
                    continue;
                };
                cek(
                    Berkas::KinerjaAnggaran,
                    jalur!({nama}.{field}),
                    s,
                    b.get() - a.get(),
                    &format!("nilai {} {th}", nama.to_uppercase()),
                    &format!("the {} {th} score", nama.to_uppercase()),
                    out,
                );
            }
        }
    }
}

fn pola_klaim() -> &'static (Regex, Regex) {
    static P: OnceLock<(Regex, Regex)> = OnceLock::new();
    P.get_or_init(|| {
        (
            // A trend word of a change between years.
            Regex::new(r"(?i)\b(naik|meningkat|peningkatan|kenaikan|turun|menurun|penurunan)\b")
                .unwrap(),
            // What makes it a claim against the previous year: naming it,
            // or a percentage the change is measured by.
            Regex::new(
                r"(?i)\btahun\s+(?:sebelumnya|lalu)\b|\b(20\d{2})\b|\d+(?:[.,]\d+)?\s?(?:%|persen)",
            )
            .unwrap(),
        )
    })
}

/// LK804: an indicator text that claims a rise or fall against the
/// previous year ("kenaikan 25 % dari tahun sebelumnya", "meningkat
/// dibanding 2022") while the folder holds no figure of that year for the
/// indicator (no `riwayat` of year − 1, no earlier folder beside it). The
/// PDF then says the previous year's data is not available, and the claim
/// stands without its basis: one warning at the trend word of each such
/// sentence.
pub fn klaim_tanpa_dasar(k: &Konteks, out: &mut Vec<Temuan>) {
    let tahun = k.d.data.laporan.tahun;
    let lalu = tahun - 1;
    let (tren, dasar) = pola_klaim();
    for (id, path, m) in narasi_indikator(k) {
        let ada = k
            .hasil
            .banding(id)
            .is_some_and(|b| b.riwayat.iter().any(|(y, _)| *y == lalu));
        if ada {
            continue;
        }
        let text = m.as_str();
        let mut dilihat = BTreeSet::new();
        for c in tren.find_iter(text) {
            let s = kalimat(text, c.start());
            // One warning per sentence.
            if !dilihat.insert(s.as_ptr() as usize) {
                continue;
            }
            let klaim = dasar.captures_iter(s).any(|d| match d.get(1) {
                // A year names the previous one only when it is year − 1.
                Some(y) => y.as_str().parse::<i32>().ok() == Some(lalu),
                None => true,
            });
            if !klaim {
                continue;
            }
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    path.clone(),
                    format!(
                        "teks menyatakan \"{}\" dibanding tahun sebelumnya, padahal folder tidak memuat angka {id} tahun {lalu}; tambahkan riwayat {lalu} indikator ini di capaian.yaml (atau folder {lalu} di sampingnya) atau hapus klaim itu",
                        c.as_str()
                    ),
                    format!(
                        "text claims \"{}\" against the previous year, but the folder holds no {lalu} figure of {id}; add its {lalu} riwayat in capaian.yaml (or a {lalu} folder beside it) or remove the claim",
                        c.as_str()
                    ),
                )
                .nilai(format!("angka {id} tahun {lalu}"), "tidak ada")
                .di(c.as_str().to_string()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::uji::*;
    use super::*;

    #[test]
    fn lk803_trend_words() {
        assert!(
            temuan(data_2023(), kata_tren).is_empty(),
            "{:?}",
            temuan(data_2023(), kata_tren)
        );
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk1-ikk7").unwrap();
            c.tabel[0].catatan = Some(Markdown(
                "Adanya peningkatan penderita, sehingga Lapas berhasil menekan penularannya."
                    .into(),
            ));
            let c = d.capaian.indikator.get_mut("sk2-ikk1").unwrap();
            c.analisis.tahun_lalu = Some(Markdown(
                "Capaiannya lebih tinggi dari pada tahun sebelumnya.".into(),
            ));
            c.riwayat.get_mut(&2022).unwrap().realisasi =
                Some(crate::model::Angka("96".parse().unwrap()));
            c.riwayat.get_mut(&2022).unwrap().target =
                Some(crate::model::Angka("65".parse().unwrap()));
        });
        assert_eq!(
            ringkas(&temuan(&d, kata_tren)),
            [
                (
                    "indikator.sk1-ikk7.tabel[0].catatan",
                    "naik 2",
                    "berhasil menekan"
                ),
                (
                    "indikator.sk2-ikk1.analisis.tahun_lalu",
                    "turun 4,84",
                    "lebih tinggi"
                ),
            ]
        );
    }

    #[test]
    fn lk804_claim_without_previous_year() {
        assert!(
            temuan(data_2023(), klaim_tanpa_dasar).is_empty(),
            "{:?}",
            temuan(data_2023(), klaim_tanpa_dasar)
        );
        let klaim =
            "Jumlah layanan mengalami kenaikan 25 % dari tahun sebelumnya. Petugas bekerja keras.";
        // With the 2022 figure in riwayat the claim has its basis.
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk1-ikk1").unwrap();
            c.analisis.penyebab = Some(Markdown(klaim.into()));
        });
        assert!(temuan(&d, klaim_tanpa_dasar).is_empty());
        // Without it, one warning at the trend word.
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk1-ikk1").unwrap();
            c.riwayat.remove(&2022);
            c.analisis.penyebab = Some(Markdown(klaim.into()));
            c.penjelasan = Some(Markdown("Realisasi meningkat dibanding 2021.".into()));
        });
        let t = temuan(&d, klaim_tanpa_dasar);
        assert_eq!(
            ringkas(&t),
            vec![(
                "indikator.sk1-ikk1.analisis.penyebab",
                "angka sk1-ikk1 tahun 2022",
                "tidak ada"
            )]
        );
        assert_eq!(t[0].cari.as_deref(), Some("kenaikan"));
    }
}
