//! LK2xx: one figure, one value, wherever it is declared; the targets and
//! claims against the Renstra and the indicators are in [`rencana`].

mod rencana;

pub use rencana::{bukti_tarja, klaim_terkait, target_renstra};

use crate::calc::{self, Nilai};
use crate::check::{Konteks, Temuan};
use crate::diag::Jalur;
use crate::format::angka;
use crate::jalur;
use crate::model::Berkas;

/// LK201: the PK target is the target everywhere.
pub fn target(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    for (_, ind) in data.indikator() {
        let pk = ind.target.nilai();
        // A printed number where the PK's target is not available differs too.
        let pk_teks = pk.map(angka).unwrap_or_else(|| "tidak tersedia".into());
        let cetakan = data
            .capaian
            .indikator
            .get(&ind.id)
            .map(|c| super::capaian::cetakan(&ind.id, c))
            .unwrap_or_default();
        for (pre, t) in cetakan
            .iter()
            .filter_map(|(p, t)| Some((p, t.target?)))
            .filter(|(_, t)| Some(t.get()) != pk)
        {
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    jalur!((pre).target),
                    format!(
                        "target {} di tabel ringkasan berbeda dari target PK",
                        ind.id
                    ),
                    format!(
                        "target of {} in the summary table differs from the PK target",
                        ind.id
                    ),
                )
                .nilai(pk_teks.clone(), angka(t.get())),
            );
        }
        if let Some(e) = data
            .kinerja_lainnya
            .e_performance
            .as_ref()
            .and_then(|ep| ep.indikator.get(&ind.id))
            .filter(|e| Some(e.target.get()) != pk)
        {
            out.push(
                Temuan::baru(
                    Berkas::KinerjaLainnya,
                    jalur!(e_performance.indikator.{ind.id}.target),
                    format!("target {} di e-Performance berbeda dari target PK", ind.id),
                    format!(
                        "target of {} in e-Performance differs from the PK target",
                        ind.id
                    ),
                )
                .nilai(pk_teks.clone(), angka(e.target.get())),
            );
        }
    }
}

/// LK202: a PK budget line printed elsewhere with another amount. A
/// printed amount equal to the DIPA pagu of the line's programme is not
/// blamed: the gap between the signed PK and the DIPA is LK207's or LK208's.
pub fn anggaran_pk(k: &Konteks, out: &mut Vec<Temuan>) {
    for (i, a) in k.d.data.pk.anggaran.iter().enumerate() {
        let dipa = k.hasil.pagu_dipa_pk.get(i).copied().flatten();
        let Some(t) = a.pagu_tertulis.filter(|t| *t != a.pagu) else {
            continue;
        };
        if dipa == Some(t.get()) {
            continue;
        }
        let (id, en) = match dipa {
            Some(d) => (
                format!(
                    "anggaran \"{}\" dicetak berbeda dari yang ditandatangani dalam PK (Rp{}) maupun dari pagu DIPA programnya (Rp{})",
                    a.kegiatan,
                    angka(a.pagu.get()),
                    angka(d)
                ),
                format!(
                    "budget of \"{}\" is printed differently from both the signed PK (Rp{}) and its programme's DIPA pagu (Rp{})",
                    a.kegiatan,
                    angka(a.pagu.get()),
                    angka(d)
                ),
            ),
            None => (
                format!(
                    "anggaran \"{}\" dicetak berbeda dari yang ditandatangani dalam PK",
                    a.kegiatan
                ),
                format!(
                    "budget of \"{}\" is printed differently from the signed PK",
                    a.kegiatan
                ),
            ),
        };
        out.push(
            Temuan::baru(Berkas::Pk, jalur!(anggaran[i].pagu_tertulis), id, en)
                .nilai(angka(dipa.unwrap_or(a.pagu.get())), angka(t.get())),
        );
    }
}

/// LK207: a PK budget line larger than the unit's whole DIPA cannot be right.
pub fn pk_melebihi_dipa(k: &Konteks, out: &mut Vec<Temuan>) {
    // Without anggaran.yaml there is no DIPA to compare the PK with.
    let Some(total) = k.hasil.anggaran.as_ref().map(|a| a.pagu) else {
        return;
    };
    if total.is_zero() {
        return;
    }
    for (i, a) in k.d.data.pk.anggaran.iter().enumerate() {
        if a.pagu.get() > total {
            let dipa = k.hasil.pagu_dipa_pk.get(i).copied().flatten();
            let program = dipa
                .map(|d| format!("; pagu DIPA programnya Rp{}", angka(d)))
                .unwrap_or_default();
            let program_en = dipa
                .map(|d| format!("; its programme's DIPA pagu is Rp{}", angka(d)))
                .unwrap_or_default();
            out.push(
                Temuan::baru(
                    Berkas::Pk,
                    jalur!(anggaran[i].pagu),
                    format!(
                        "anggaran PK \"{}\" Rp{} melebihi seluruh pagu DIPA satuan kerja Rp{}{program}",
                        a.program,
                        angka(a.pagu.get()),
                        angka(total)
                    ),
                    format!(
                        "PK budget of \"{}\" Rp{} exceeds the unit's whole DIPA pagu Rp{}{program_en}",
                        a.program,
                        angka(a.pagu.get()),
                        angka(total)
                    ),
                )
                .nilai(angka(dipa.unwrap_or(total)), angka(a.pagu.get())),
            );
        }
    }
}

/// LK208: a PK budget line differs from the DIPA pagu of its programme. The
/// PK is signed in January and the DIPA may be revised later, so this is a
/// warning: Bab II then shows both amounts, and the narrative should say why.
pub fn pk_dipa(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(total) = k.hasil.anggaran.as_ref().map(|a| a.pagu) else {
        return;
    };
    for (i, a) in k.d.data.pk.anggaran.iter().enumerate() {
        let Some(d) = k.hasil.pagu_dipa_pk.get(i).copied().flatten() else {
            continue;
        };
        // A line above the whole budget is LK207's.
        if d == a.pagu.get() || (!total.is_zero() && a.pagu.get() > total) {
            continue;
        }
        out.push(
            Temuan::baru(
                Berkas::Pk,
                jalur!(anggaran[i].pagu),
                format!(
                    "anggaran PK \"{}\" Rp{} berbeda dari pagu DIPA programnya Rp{} (selisih Rp{}); Bab II menampilkan keduanya, jelaskan selisihnya",
                    a.program,
                    angka(a.pagu.get()),
                    angka(d),
                    angka((a.pagu.get() - d).abs())
                ),
                format!(
                    "PK budget of \"{}\" Rp{} differs from its programme's DIPA pagu Rp{} (gap Rp{}); Bab II shows both, explain the gap",
                    a.program,
                    angka(a.pagu.get()),
                    angka(d),
                    angka((a.pagu.get() - d).abs())
                ),
            )
            .nilai(angka(d), angka(a.pagu.get())),
        );
    }
}

/// LK203: e-Monev absorption against the computed absorption.
pub fn e_monev(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let Some(s) = data
        .kinerja_lainnya
        .e_monev
        .as_ref()
        .and_then(|m| m.serapan_anggaran)
    else {
        return;
    };
    let Some(total) = &k.hasil.anggaran else {
        return;
    };
    if let Nilai::Ada(p) = total.persen {
        let s = calc::bulatkan(s.get(), data.laporan.pengaturan.persentase);
        if s != p {
            out.push(
                Temuan::baru(
Berkas::KinerjaLainnya,
                    jalur!(e_monev.serapan_anggaran),
                    "serapan anggaran e-Monev berbeda dari penyerapan yang dihitung dari anggaran.yaml",
                    "e-Monev budget absorption differs from the absorption computed from anggaran.yaml",
                )
                .nilai(angka(p), angka(s)),
            );
        }
    }
}

/// LK204: realisasi entered in e-Performance against the computed one.
pub fn e_performance(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(ep) = &k.d.data.kinerja_lainnya.e_performance else {
        return;
    };
    for (id, e) in &ep.indikator {
        let Some(h) = k.hasil.indikator.get(id) else {
            continue;
        };
        let (id_msg, en_msg, expected) = match (&h.realisasi, e.realisasi) {
            (Nilai::Ada(r), Some(v)) if *r != v.get() => (
                format!("realisasi {id} di e-Performance berbeda dari realisasi yang dihitung"),
                format!("realisasi of {id} in e-Performance differs from the computed realisasi"),
                angka(*r),
            ),
            (Nilai::TidakDapatDihitung(_), Some(_)) => (
                format!(
                    "e-Performance memuat realisasi {id}, padahal realisasinya tidak dapat dihitung"
                ),
                format!("e-Performance holds a realisasi for {id}, which cannot be computed"),
                "N/A".to_string(),
            ),
            _ => continue,
        };
        let found = e.realisasi.map(|v| angka(v.get())).unwrap_or_default();
        out.push(
            Temuan::baru(
                Berkas::KinerjaLainnya,
                jalur!(e_performance.indikator.{id}.realisasi),
                id_msg,
                en_msg,
            )
            .nilai(expected, found),
        );
    }
}

/// LK205: history declared here against last year's folder beside this one.
pub fn tahun_lalu(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let h = k.hasil;
    let lalu = data.laporan.tahun - 1;
    if !h.tahun_dari_folder.contains(&lalu) {
        return;
    }
    let mut beda =
        |berkas: Berkas, path: Jalur, apa: &str, what: &str, folder: String, di_sini: String| {
            out.push(
                Temuan::baru(
                    berkas,
                    path,
                    format!("{apa} {lalu} berbeda dari folder data {lalu}"),
                    format!("{lalu} {what} differs from the {lalu} data folder"),
                )
                .nilai(folder, di_sini),
            );
        };
    for (id, c) in &data.capaian.indikator {
        let folder = h
            .banding(id)
            .and_then(|b| b.riwayat.get(&lalu))
            .filter(|t| t.dari_folder);
        let (Some(r), Some(f)) = (c.riwayat.get(&lalu), folder) else {
            continue;
        };
        for (field, di_sini, folder) in [
            ("target", r.target, f.riwayat.target),
            ("realisasi", r.realisasi, f.riwayat.realisasi),
        ] {
            if let Some((a, b)) = berbeda(di_sini, folder) {
                beda(
                    Berkas::Capaian,
                    jalur!(indikator.{id}.riwayat.{lalu}.{field}),
                    &format!("{field} {id}"),
                    &format!("{field} of {id}"),
                    angka(b.get()),
                    angka(a.get()),
                );
            }
        }
    }
    if let (Some(js), Some(folder)) = (
        data.anggaran
            .as_ref()
            .and_then(|a| a.riwayat_jenis_belanja.get(&lalu)),
        h.riwayat_jenis_belanja.get(&lalu),
    ) {
        for (i, j) in js.iter().enumerate() {
            if let Some(p) = folder
                .iter()
                .find(|p| p.nama == j.nama && p.realisasi != j.realisasi)
            {
                beda(
                    Berkas::Anggaran,
                    jalur!(riwayat_jenis_belanja.{lalu}[i].realisasi),
                    &format!("realisasi {}", j.nama),
                    &format!("spending on {}", j.nama),
                    angka(p.realisasi.get()),
                    angka(j.realisasi.get()),
                );
            }
        }
    }
    let skor_semua = data.kinerja_anggaran.iter().flat_map(|ka| {
        [
            ("smart", &ka.smart.nilai, &h.skor_smart),
            ("ikpa", &ka.ikpa.nilai, &h.skor_ikpa),
        ]
    });
    for (nama, mine, theirs) in skor_semua {
        if let (Some(a), Some(b)) = (mine.get(&lalu), theirs.get(&lalu)) {
            if a != b {
                beda(
                    Berkas::KinerjaAnggaran,
                    jalur!({nama}.nilai.{lalu}),
                    &format!("nilai {nama}"),
                    &format!("{nama} score"),
                    angka(b.get()),
                    angka(a.get()),
                );
            }
        }
    }
}

/// LK206: an earlier year's folder beside this one that cannot be used as
/// history (it does not load, or holds another year).
pub fn folder_lalu(k: &Konteks, out: &mut Vec<Temuan>) {
    for g in k.sebelumnya_gagal {
        out.push(
            Temuan::baru(
                Berkas::Laporan,
                jalur!(tahun),
                format!(
                    "folder data {} ({}) tidak dapat dipakai sebagai riwayat: {}; angka tahun {} diambil dari riwayat yang ditulis di folder ini",
                    g.tahun, g.folder, g.sebab, g.tahun
                ),
                format!(
                    "the {} data folder ({}) cannot serve as history: {}; the {} figures come from the history declared in this folder",
                    g.tahun, g.folder, g.sebab, g.tahun
                ),
            ),
        );
    }
}

/// Both values, when both are present and differ.
fn berbeda<T: PartialEq>(a: Option<T>, b: Option<T>) -> Option<(T, T)> {
    match (a, b) {
        (Some(a), Some(b)) if a != b => Some((a, b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn lk201_targets() {
        assert!(temuan(data_2023(), target).is_empty());
        let d = ubah(|d| {
            d.kinerja_lainnya
                .e_performance
                .as_mut()
                .unwrap()
                .indikator
                .get_mut("sk1-ikk3")
                .unwrap()
                .target = a("96");
            d.capaian.indikator.get_mut("sk1-ikk4").unwrap().tertulis =
                Some(crate::model::capaian::Tertulis {
                    target: Some(a("70")),
                    ..Default::default()
                });
        });
        let t = temuan(&d, target);
        let got = ringkas(&t);
        assert_eq!(
            got,
            [
                ("e_performance.indikator.sk1-ikk3.target", "97", "96"),
                ("indikator.sk1-ikk4.tertulis.target", "80", "70"),
            ]
        );
    }

    #[test]
    fn lk202_pk_budget() {
        assert!(temuan(data_2023(), anggaran_pk).is_empty());
        let d = ubah(|d| d.pk.anggaran[0].pagu_tertulis = Some(rp("1966495001")));
        let t = temuan(&d, anggaran_pk);
        assert_eq!(
            (t[0].path.to_string().as_str(), t[0].ditemukan.as_deref()),
            ("anggaran[0].pagu_tertulis", Some("1.966.495.001"))
        );
        // The printed amount that equals the DIPA pagu is not blamed.
        let d = ubah(|d| d.pk.anggaran[0].pagu_tertulis = Some(rp("1966495000")));
        assert!(temuan(&d, anggaran_pk).is_empty());
    }

    #[test]
    fn lk207_pk_above_whole_dipa() {
        assert!(temuan(data_2023(), pk_melebihi_dipa).is_empty());
        let d = ubah(|d| d.pk.anggaran[1].pagu = rp("17118173000"));
        let t = temuan(&d, pk_melebihi_dipa);
        assert_eq!(
            ringkas(&t),
            [("anggaran[1].pagu", "4.980.248.000", "17.118.173.000")]
        );
        assert!(t[0].pesan.id.contains("6.946.743.000"), "{}", t[0].pesan.id);
        // LK208 leaves that line to LK207.
        assert!(
            temuan(&d, pk_dipa)
                .iter()
                .all(|t| t.path != "anggaran[1].pagu")
        );
    }

    #[test]
    fn lk208_pk_against_dipa() {
        let d = ubah(|d| d.pk.anggaran[0].pagu = rp("1966495000"));
        assert!(temuan(&d, pk_dipa).is_empty());
        let d = ubah(|d| d.pk.anggaran[0].pagu = rp("1911495000"));
        let t = temuan(&d, pk_dipa);
        assert_eq!(
            ringkas(&t),
            [("anggaran[0].pagu", "1.966.495.000", "1.911.495.000")]
        );
        // Found by programme code as well as by name.
        let d = ubah(|d| {
            d.pk.anggaran[0].pagu = rp("1911495000");
            d.pk.anggaran[0].program = "Program Lain".into();
            d.pk.anggaran[0].kode = Some("5252".into());
        });
        assert_eq!(temuan(&d, pk_dipa).len(), 1);
    }

    #[test]
    fn lk203_e_monev() {
        let d = ubah(|d| {
            d.kinerja_lainnya.e_monev.as_mut().unwrap().serapan_anggaran = Some(a("99.38"))
        });
        assert!(temuan(&d, e_monev).is_empty());
        let d = ubah(|d| {
            d.kinerja_lainnya.e_monev.as_mut().unwrap().serapan_anggaran = Some(a("35.38"))
        });
        let t = temuan(&d, e_monev);
        assert_eq!(
            (t[0].diharapkan.as_deref(), t[0].ditemukan.as_deref()),
            (Some("99,38"), Some("35,38"))
        );
    }

    #[test]
    fn lk204_e_performance() {
        let d = ubah(|d| {
            for (id, e) in d
                .kinerja_lainnya
                .e_performance
                .as_mut()
                .unwrap()
                .indikator
                .iter_mut()
            {
                e.realisasi = match id.as_str() {
                    "sk2-ikk3" => Some(a("93.58")),
                    "sk4-ikk6" => Some(a("6")),
                    "sk4-ikk7" => Some(a("43")),
                    _ => e.realisasi,
                };
            }
        });
        assert!(
            temuan(&d, e_performance).is_empty(),
            "{:?}",
            temuan(&d, e_performance)
        );
        let d = ubah(|d| {
            d.kinerja_lainnya
                .e_performance
                .as_mut()
                .unwrap()
                .indikator
                .get_mut("sk1-ikk3")
                .unwrap()
                .realisasi = Some(a("97"))
        });
        let t = temuan(&d, e_performance);
        assert!(
            t.iter()
                .any(|t| t.path == "e_performance.indikator.sk1-ikk3.realisasi"
                    && t.diharapkan.as_deref() == Some("N/A"))
        );
    }

    #[test]
    fn lk205_last_year_folder() {
        // data/2023 has no data/2022 beside it: nothing to compare.
        assert!(temuan(data_2023(), tahun_lalu).is_empty());
        let tmp = tempfile::tempdir().unwrap();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023");
        for year in ["2022", "2023"] {
            let dir = tmp.path().join(year);
            std::fs::create_dir_all(dir.join("gambar")).unwrap();
            for e in std::fs::read_dir(&src).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "yaml") {
                    std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
                }
            }
        }
        // The 2022 folder says its food target was 75 and spending as in 2023's file.
        let f = tmp.path().join("2022/laporan.yaml");
        std::fs::write(
            &f,
            std::fs::read_to_string(&f)
                .unwrap()
                .replace("tahun: 2023", "tahun: 2022"),
        )
        .unwrap();
        let l = crate::laporan::Laporan::muat(&tmp.path().join("2023")).unwrap();
        let t = temuan_laporan(&l, tahun_lalu);
        assert!(
            t.iter()
                .any(|t| t.path == "indikator.sk1-ikk1.riwayat.2022.target"),
            "{t:?}"
        );
        // The same folder spelled through `..` finds the same sibling.
        let lagi = crate::laporan::Laporan::muat(&tmp.path().join("2022/../2023")).unwrap();
        assert_eq!(temuan_laporan(&lagi, tahun_lalu), t);
    }

    #[test]
    fn lk206_unusable_earlier_folder() {
        assert!(temuan(data_2023(), folder_lalu).is_empty());
        let tmp = tempfile::tempdir().unwrap();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023");
        for year in ["2021", "2022", "2023"] {
            let dir = tmp.path().join(year);
            std::fs::create_dir_all(&dir).unwrap();
            for e in std::fs::read_dir(&src).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "yaml") {
                    std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
                }
            }
        }
        // 2022 does not load; 2021 loads but says it is 2023.
        std::fs::write(tmp.path().join("2022/pk.yaml"), "sasaran_kegiatan: [").unwrap();
        let l = crate::laporan::Laporan::muat(&tmp.path().join("2023")).unwrap();
        assert!(l.sebelumnya.is_empty());
        let t = temuan_laporan(&l, folder_lalu);
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(
            t[0].pesan.id.starts_with("folder data 2022 ("),
            "{}",
            t[0].pesan.id
        );
        assert!(
            t[0].pesan.id.contains(Berkas::Pk.nama()),
            "{}",
            t[0].pesan.id
        );
        assert!(
            t[1].pesan.id.contains("bertahun 2023, bukan 2021"),
            "{}",
            t[1].pesan.id
        );
    }
}
