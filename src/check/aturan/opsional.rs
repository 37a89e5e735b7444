//! LK91x: optional data. What a report without a file or section does
//! (a population table without `populasi.yaml`), analyses left empty, and
//! the sections a unit of profile `pemasyarakatan` is expected to have.

use crate::check::{Konteks, Temuan};
use crate::diag::Jalur;
use crate::jalur;
use crate::model::Berkas;
use crate::model::capaian::TabelOtomatis;
use crate::model::unit::Profil;

/// LK910: `tabel_otomatis: [populasi]` needs `populasi.yaml`.
pub fn tabel_populasi(k: &Konteks, out: &mut Vec<Temuan>) {
    if k.d.data.populasi.is_some() {
        return;
    }
    for (id, c) in &k.d.data.capaian.indikator {
        for (i, t) in c.tabel_otomatis.iter().enumerate() {
            if *t == TabelOtomatis::Populasi {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        jalur!(indikator.{id}.tabel_otomatis[i]),
                        format!("tabel penghuni {id} memerlukan populasi.yaml, yang tidak ada"),
                        format!(
                            "the population table of {id} needs populasi.yaml, which is absent"
                        ),
                    )
                    .nilai(Berkas::Populasi, "tidak ada"),
                );
            }
        }
    }
}

/// LK911: analyses 4–6 not written; a final report omits them. One
/// finding for the whole report, placed at the first one.
pub fn analisis_kosong(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    let mut kosong = Vec::new();
    for (_, ind) in data.indikator() {
        let a = data.capaian.indikator.get(&ind.id).map(|c| &c.analisis);
        let bagian = [
            (
                "standar_nasional",
                a.and_then(|a| a.standar_nasional.as_ref()),
            ),
            ("penyebab", a.and_then(|a| a.penyebab.as_ref())),
            ("program", a.and_then(|a| a.program.as_ref())),
        ];
        for (nama, isi) in bagian {
            if isi.is_none_or(|t| t.as_str().trim().is_empty()) {
                kosong.push((ind.id.as_str(), nama));
            }
        }
    }
    let Some((id, nama)) = kosong.first() else {
        return;
    };
    let path = if data.capaian.indikator.contains_key(*id) {
        jalur!(indikator.{id}.analisis.{nama})
    } else {
        jalur!(indikator)
    };
    let n = kosong.len();
    out.push(
        Temuan::baru(
            Berkas::Capaian,
            path,
            format!("{n} analisis indikator belum ditulis (pertama: {id} {nama}); laporan final menghilangkannya, --draft menampilkan penanda"),
            format!("{n} indicator analyses are not written (first: {id} {nama}); a final report omits them, --draft shows a placeholder"),
        )
        .nilai("analisis tertulis", format!("{n} kosong")),
    );
}

/// LK912: a unit of profile `pemasyarakatan` reports on e-Performance,
/// e-Monev, TARJA and quarterly figures; each one missing is said once
/// (the report omits it). Profile `umum` expects none of them.
pub fn bagian_diharapkan(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    // An interim (semester, quarterly) report is not expected to carry
    // the year's e-Performance, e-Monev or TARJA sections.
    if data.unit.profil != Profil::Pemasyarakatan || !data.laporan.periode.tahunan() {
        return;
    }
    let kl = &data.kinerja_lainnya;
    let hilang = [
        (
            kl.e_performance.is_none(),
            Berkas::KinerjaLainnya,
            jalur!(e_performance),
            "e-Performance",
        ),
        (
            kl.e_monev.is_none(),
            Berkas::KinerjaLainnya,
            jalur!(e_monev),
            "e-Monev Bappenas",
        ),
        (
            kl.tarja_berisi().is_none(),
            Berkas::KinerjaLainnya,
            jalur!(tarja),
            "Target Kinerja (TARJA)",
        ),
        (
            !data.ada_data_triwulan(),
            Berkas::Capaian,
            jalur!(indikator),
            "capaian per triwulan",
        ),
    ];
    for (_, berkas, path, nama) in hilang.into_iter().filter(|h| h.0) {
        out.push(
            Temuan::baru(
                berkas,
                path,
                format!("data {nama} tidak ada; unit Pemasyarakatan biasanya melaporkannya (bagian dan lampirannya dihilangkan)"),
                format!("no {nama} data; a corrections unit usually reports it (its section and lampiran are omitted)"),
            )
            .nilai(nama, "tidak ada"),
        );
    }
}

/// LK913: a TARJA target without any monthly evidence.
pub fn tarja_tanpa_bukti(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(tj) = k.d.data.kinerja_lainnya.tarja_berisi() else {
        return;
    };
    for (i, t) in tj.target.iter().enumerate() {
        if t.bukti.is_empty() {
            out.push(
                Temuan::baru(
                    Berkas::KinerjaLainnya,
                    jalur!(tarja.target[i].bukti),
                    format!(
                        "target kinerja {} \"{}\" tanpa bukti bulanan",
                        i + 1,
                        t.nama
                    ),
                    format!(
                        "performance target {} \"{}\" has no monthly evidence",
                        i + 1,
                        t.nama
                    ),
                )
                .nilai("bukti bulanan", "tidak ada"),
            );
        }
    }
}

/// LK914: an e-Performance part whose indicator list is empty. Its table is
/// left out (no invented "Nihil" cells); one warning says the part then
/// holds only its text.
pub fn e_performance_kosong(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(ep) = &k.d.data.kinerja_lainnya.e_performance else {
        return;
    };
    if ep.indikator.is_empty() {
        out.push(
            Temuan::baru(
                Berkas::KinerjaLainnya,
                jalur!(e_performance.indikator),
                "e-Performance tanpa indikator: tabelnya dihilangkan dan bagian ini hanya memuat uraian; isi target dan realisasi tiap indikator dari aplikasi, atau hapus bagian e_performance",
                "e-Performance without indicators: its table is left out and the part holds only its text; enter each indicator's target and realisasi from the application, or remove e_performance",
            )
            .nilai("target dan realisasi per indikator", "{}"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::aturan::uji::{data_2023, ringkas, temuan, ubah};

    #[test]
    fn lk916_an_annual_report_warns_once_per_absent_required_part() {
        assert!(temuan(data_2023(), bagian_wajib).is_empty());
        let d = ubah(|d| {
            d.renstra = None;
            d.narasi.penutup.kesimpulan = Default::default();
        });
        let t = temuan(&d, bagian_wajib);
        let jalur: Vec<_> = t.iter().map(|t| (t.berkas, t.path.to_string())).collect();
        assert_eq!(
            jalur,
            [
                (Berkas::Narasi, "penutup.kesimpulan".to_string()),
                (Berkas::Renstra, String::new()),
            ]
        );
        assert!(
            t[1].pesan.id.contains("renstra.yaml tidak ada"),
            "{}",
            t[1].pesan.id
        );
        // A semester report needs none of them.
        let d = ubah(|d| {
            d.renstra = None;
            d.laporan.periode = crate::model::laporan::Periode::Semester1;
        });
        assert!(temuan(&d, bagian_wajib).is_empty());
    }

    #[test]
    fn lk910_population_table_needs_the_file() {
        assert!(temuan(data_2023(), tabel_populasi).is_empty());
        let d = ubah(|d| d.populasi = None);
        let t = temuan(&d, tabel_populasi);
        assert_eq!(
            ringkas(&t),
            [(
                "indikator.sk2-ikk1.tabel_otomatis[0]",
                Berkas::Populasi.nama(),
                "tidak ada"
            )]
        );
    }

    #[test]
    fn lk911_one_warning_for_all_missing_analyses() {
        let t = temuan(data_2023(), analisis_kosong);
        assert_eq!(t.len(), 1);
        assert!(
            t[0].pesan
                .id
                .starts_with("27 analisis indikator belum ditulis"),
            "{}",
            t[0].pesan.id
        );
        let d = ubah(|d| {
            for c in d.capaian.indikator.values_mut() {
                let a = &mut c.analisis;
                for x in [&mut a.standar_nasional, &mut a.penyebab, &mut a.program] {
                    x.get_or_insert_with(|| crate::model::Markdown("Uraian.".into()));
                }
            }
        });
        // Indicators without a capaian entry still lack theirs.
        let sisa = temuan(&d, analisis_kosong);
        let tanpa_entri = d
            .data
            .indikator()
            .filter(|(_, i)| !d.data.capaian.indikator.contains_key(&i.id))
            .count();
        assert_eq!(sisa.len(), usize::from(tanpa_entri > 0));
    }

    #[test]
    fn lk912_only_for_profile_pemasyarakatan() {
        assert!(temuan(data_2023(), bagian_diharapkan).is_empty());
        let tanpa = |d: &mut crate::model::DataLaporan| {
            d.kinerja_lainnya.e_performance = None;
            d.kinerja_lainnya.tarja.as_mut().unwrap().target.clear();
        };
        let t = temuan(&ubah(tanpa), bagian_diharapkan);
        assert_eq!(
            ringkas(&t),
            [
                ("e_performance", "e-Performance", "tidak ada"),
                ("tarja", "Target Kinerja (TARJA)", "tidak ada")
            ]
        );
        let umum = ubah(|d| {
            tanpa(d);
            d.unit.profil = Profil::Umum;
        });
        assert!(temuan(&umum, bagian_diharapkan).is_empty());
    }

    #[test]
    fn lk913_tarja_target_without_evidence() {
        assert!(temuan(data_2023(), tarja_tanpa_bukti).is_empty());
        let d = ubah(|d| {
            d.kinerja_lainnya.tarja.as_mut().unwrap().target[1]
                .bukti
                .clear()
        });
        assert_eq!(
            ringkas(&temuan(&d, tarja_tanpa_bukti)),
            [("tarja.target[1].bukti", "bukti bulanan", "tidak ada")]
        );
    }

    #[test]
    fn lk914_empty_e_performance_list() {
        assert!(temuan(data_2023(), e_performance_kosong).is_empty());
        let d = ubah(|d| {
            d.kinerja_lainnya
                .e_performance
                .as_mut()
                .unwrap()
                .indikator
                .clear()
        });
        assert_eq!(
            ringkas(&temuan(&d, e_performance_kosong)),
            vec![(
                "e_performance.indikator",
                "target dan realisasi per indikator",
                "{}"
            )]
        );
    }
}

/// LK915: `data_sampai` lies in the report's period (its year, not after
/// the period's last month).
pub fn data_sampai(k: &Konteks, out: &mut Vec<Temuan>) {
    let l = &k.d.data.laporan;
    let Some(t) = l.data_sampai else {
        return;
    };
    let awal = (*l.periode.triwulan().start() as u8 - 1) * 3 + 1;
    let akhir = l.periode.bulan_akhir();
    if t.tahun == l.tahun && (awal..=akhir).contains(&t.bulan) {
        return;
    }
    let periode = match l.periode.nama() {
        Some(n) => format!("{n} Tahun {}", l.tahun),
        None => format!("Tahun {}", l.tahun),
    };
    let rentang = format!(
        "{} s.d. {} {}",
        crate::format::nama_bulan(awal),
        crate::format::nama_bulan(akhir),
        l.tahun
    );
    out.push(
        Temuan::baru(
            Berkas::Laporan,
            jalur!(data_sampai),
            format!("data_sampai di luar periode laporan {periode}; isi tanggal antara {rentang}, atau hapus data_sampai bila data mencakup seluruh periode"),
            format!("data_sampai lies outside the report's period {periode}; give a date from {rentang}, or remove it when the data cover the whole period"),
        )
        .nilai(rentang, format!("{:04}-{:02}-{:02}", t.tahun, t.bulan, t.hari)),
    );
}

/// LK916: an annual report lacks a part PermenPAN-RB 53/2014 requires of
/// it. One warning per absent part, at its file (or its field); the final
/// PDF leaves the part out and a draft marks it "belum diisi". Interim
/// (semester, quarterly) reports need none of them.
pub fn bagian_wajib(k: &Konteks, out: &mut Vec<Temuan>) {
    let data = &k.d.data;
    if !data.laporan.periode.tahunan() {
        return;
    }
    let n = &data.narasi;
    let teks = [
        (
            jalur!(kata_pengantar),
            &n.kata_pengantar,
            "Kata Pengantar",
            "foreword",
        ),
        (
            jalur!(ikhtisar.pembuka),
            &n.ikhtisar.pembuka,
            "Ikhtisar Eksekutif",
            "executive summary",
        ),
        (
            jalur!(pendahuluan.latar_belakang),
            &n.pendahuluan.latar_belakang,
            "Bab I Latar Belakang",
            "Bab I background",
        ),
        (
            jalur!(pendahuluan.tugas_fungsi),
            &n.pendahuluan.tugas_fungsi,
            "Bab I Tugas dan Fungsi",
            "Bab I tasks and functions",
        ),
        (
            jalur!(pendahuluan.isu_strategis),
            &n.pendahuluan.isu_strategis,
            "Bab I Isu Strategis",
            "Bab I strategic issues",
        ),
        (
            jalur!(penutup.kesimpulan),
            &n.penutup.kesimpulan,
            "Bab IV Kesimpulan",
            "Bab IV conclusion",
        ),
    ];
    for (path, m, bagian, part) in teks {
        if m.kosong() {
            out.push(
                Temuan::baru(
                    Berkas::Narasi,
                    path,
                    format!("laporan tahunan tanpa {bagian}; isi teksnya (PermenPAN-RB 53/2014), atau PDF final tanpa bagian ini"),
                    format!("annual report without its {part}; write it (PermenPAN-RB 53/2014), or the final PDF lacks the part"),
                )
                .nilai("teks", "tidak ada"),
            );
        }
    }
    let berkas = [
        (
            Berkas::Renstra,
            data.renstra.is_none(),
            "Bab II Rencana Strategis",
            "Bab II strategic plan",
        ),
        (
            Berkas::Anggaran,
            data.anggaran.is_none(),
            "Bab III Realisasi Anggaran",
            "Bab III budget realisation",
        ),
    ];
    for (b, tidak_ada, bagian, part) in berkas {
        if tidak_ada {
            out.push(
                Temuan::baru(
                    b,
                    Jalur::akar(),
                    format!("laporan tahunan tanpa {bagian}: {b} tidak ada; buat berkasnya (PermenPAN-RB 53/2014), atau PDF final tanpa bagian ini"),
                    format!("annual report without its {part}: {b} is missing; add the file (PermenPAN-RB 53/2014), or the final PDF lacks the part"),
                )
                .nilai("berkas", "tidak ada"),
            );
        }
    }
}
