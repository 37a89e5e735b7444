//! The Pelaporan Kinerja criteria (component 3): 3.1 keberadaan, 3.2 kualitas.

use super::*;
use crate::jalur;

// ---- Pelaporan Kinerja: 3.1 keberadaan ----

/// 3.1.1: the folder loads (1 point) and `check` finds no error, so
/// `lkjip build` makes the final report (1 point).
pub(super) fn disusun(k: &Konteks) -> Temuan {
    let mut tm = Temuan {
        terpenuhi: 1 + usize::from(k.galat.is_empty()),
        dari: 2,
        bukti: vec![k.letak(
            Berkas::Laporan,
            &jalur!(),
            t("Seluruh laporan", "The whole report"),
        )],
        ..Temuan::default()
    };
    if !k.galat.is_empty() {
        let mut kode: Vec<&'static str> = k.galat.iter().map(|g| g.code).collect();
        kode.sort();
        let mut hitung: Vec<String> = Vec::new();
        let mut i = 0;
        while i < kode.len() {
            let j = kode[i..].iter().take_while(|c| **c == kode[i]).count();
            hitung.push(format!("{} ×{j}", kode[i]));
            i += j;
        }
        tm.saran.push(k.pilih(
            format!(
                "lkjip check menemukan {} kesalahan ({}); laporan final belum dapat disusun",
                k.galat.len(),
                hitung.join(", ")
            ),
            format!(
                "lkjip check finds {} error(s) ({}); the final report cannot be built yet",
                k.galat.len(),
                hitung.join(", ")
            ),
        ));
        kode.dedup();
        tm.check = kode;
    }
    tm
}

/// 3.1.2: the PK is monitored each quarter: quarterly targets in the PK
/// (1 point) and quarterly realisasi reported (1 point).
pub(super) fn berkala(k: &Konteks) -> Temuan {
    let data = &k.laporan.dimuat.data;
    let target = data.indikator().any(|(_, i)| !i.target_triwulan.is_empty());
    let realisasi = data
        .capaian
        .indikator
        .values()
        .any(|c| c.triwulan.iter().any(|t| t.realisasi.is_some()));
    let mut tm = Temuan {
        terpenuhi: usize::from(target) + usize::from(realisasi),
        dari: 2,
        ..Temuan::default()
    };
    if !target {
        tm.saran.push(k.pilih(
            "PK tanpa target triwulan (pk.yaml: target_triwulan)".into(),
            "the PK has no quarterly targets (pk.yaml: target_triwulan)".into(),
        ));
    }
    if !realisasi {
        tm.saran.push(k.pilih(
            "tidak ada laporan realisasi triwulan (capaian.yaml: triwulan)".into(),
            "no quarterly realisasi reported (capaian.yaml: triwulan)".into(),
        ));
    }
    tm.bukti
        .push(k.letak(Berkas::Pk, &jalur!(sasaran_kegiatan), LAMPIRAN_TRIWULAN));
    tm
}

/// 3.1.3: the report is signed by a known person (1), the PK by both
/// parties (1), and the cover letter has its number (1).
pub(super) fn diformalkan(k: &Konteks) -> Temuan {
    let data = &k.laporan.dimuat.data;
    let dikenal = |oleh: &str| data.orang(oleh).is_some();
    let butir = [
        (
            dikenal(&data.laporan.ditandatangani.oleh),
            t(
                "laporan belum ditandatangani orang yang tercatat di unit.yaml",
                "the report is not signed by a person of unit.yaml",
            ),
        ),
        (
            dikenal(&data.pk.pihak_pertama.oleh) && dikenal(&data.pk.pihak_kedua.oleh),
            t(
                "Perjanjian Kinerja belum ditandatangani kedua pihak",
                "the PK is not signed by both parties",
            ),
        ),
        (
            data.laporan
                .surat_pengantar
                .as_ref()
                .is_some_and(|s| terisi(&s.nomor)),
            t(
                "surat pengantar atau nomornya belum diisi (laporan.yaml: surat_pengantar.nomor)",
                "the cover letter or its number is missing (laporan.yaml: surat_pengantar.nomor)",
            ),
        ),
    ];
    Temuan {
        terpenuhi: butir.iter().filter(|(ya, _)| *ya).count(),
        dari: butir.len(),
        bukti: vec![k.letak(
            Berkas::Laporan,
            &jalur!(ditandatangani),
            t(
                "Kata Pengantar dan surat pengantar (tanda tangan); lampiran PK",
                "Foreword and cover letter (signature); PK annex",
            ),
        )],
        saran: butir
            .iter()
            .filter(|(ya, _)| !ya)
            .map(|(_, s)| s.dalam(k.bahasa).to_string())
            .collect(),
        check: Vec::new(),
    }
}

// ---- 3.2 kualitas ----

/// 3.2.1: the parts of the standard outline (PermenPAN-RB 53/2014,
/// lampiran III) each have their content.
pub(super) fn sistematika(k: &Konteks) -> Temuan {
    let data = &k.laporan.dimuat.data;
    let n = &data.narasi;
    let md = |m: &Markdown| terisi(m.as_str());
    let butir: [(bool, &str, &str); 12] = [
        (md(&n.kata_pengantar), "Kata Pengantar", "Foreword"),
        (
            md(&n.ikhtisar.pembuka),
            "Ikhtisar Eksekutif",
            "Executive summary",
        ),
        (
            md(&n.pendahuluan.latar_belakang),
            "Bab I A Latar Belakang",
            "Chapter I A Background",
        ),
        (
            md(&n.pendahuluan.tugas_fungsi),
            "Bab I B Tugas dan Fungsi",
            "Chapter I B Tasks and functions",
        ),
        (
            md(&n.pendahuluan.isu_strategis) || md(&n.pendahuluan.aspek_strategis),
            "Bab I Isu/Aspek Strategis",
            "Chapter I Strategic issues",
        ),
        (
            data.renstra
                .as_ref()
                .is_some_and(|r| terisi(&r.visi) && !r.misi.is_empty()),
            "Bab II A Rencana Strategis (visi, misi)",
            "Chapter II A Strategic plan (vision, missions)",
        ),
        (
            data.indikator().next().is_some(),
            "Bab II B Perjanjian Kinerja",
            "Chapter II B Performance agreement",
        ),
        (
            !data.capaian.indikator.is_empty(),
            "Bab III A Capaian Kinerja",
            "Chapter III A Performance results",
        ),
        (
            data.anggaran
                .as_ref()
                .is_some_and(|a| !a.program.is_empty()),
            "Bab III B Realisasi Anggaran",
            "Chapter III B Budget realisation",
        ),
        (
            md(&n.penutup.kesimpulan),
            "Bab IV A Kesimpulan",
            "Chapter IV A Conclusion",
        ),
        (
            md(&n.penutup.saran),
            "Bab IV B Saran",
            "Chapter IV B Suggestions",
        ),
        (
            !data.pk.sasaran_kegiatan.is_empty(),
            "Lampiran Perjanjian Kinerja",
            "Annex: performance agreement",
        ),
    ];
    let kurang: Vec<&str> = butir
        .iter()
        .filter(|b| !b.0)
        .map(|b| match k.bahasa {
            Bahasa::Id => b.1,
            Bahasa::En => b.2,
        })
        .collect();
    Temuan {
        terpenuhi: butir.len() - kurang.len(),
        dari: butir.len(),
        bukti: vec![k.letak(
            Berkas::Narasi,
            &jalur!(),
            t(
                "Ikhtisar Eksekutif, Bab I–IV, lampiran",
                "Executive summary, chapters I–IV, annexes",
            ),
        )],
        saran: (!kurang.is_empty())
            .then(|| {
                k.pilih(
                    format!("bagian tanpa isi: {}", kurang.join(", ")),
                    format!("parts without content: {}", kurang.join(", ")),
                )
            })
            .into_iter()
            .collect(),
        check: Vec::new(),
    }
}

/// A share over the indicators whose figures must be there (`ada`) and
/// right: an indicator about which `check` finds an error does not count,
/// and the finding's code is named instead of judging the figure again.
pub(super) fn angka_benar(
    k: &Konteks,
    ada: impl Fn(&crate::calc::capaian::HasilIndikator) -> bool,
    (id, en): (&str, &str),
    bukti: super::Letak,
) -> Temuan {
    let h = &k.laporan.hasil;
    let mut tm = Temuan::default();
    let mut kosong = Vec::new();
    let mut salah = Vec::new();
    for (ind, _) in k.indikator() {
        tm.dari += 1;
        let galat = k.galat_indikator(&ind.id);
        if !h.indikator(&ind.id).is_some_and(&ada) {
            kosong.push(ind.id.clone());
        } else if !galat.is_empty() {
            salah.push(format!("{} ({})", ind.id, galat.join(", ")));
            tm.check.extend(galat);
        } else {
            tm.terpenuhi += 1;
        }
    }
    tm.saran.extend(daftar(k, &kosong, id, en));
    tm.saran.extend(daftar(
        k,
        &salah,
        "dengan angka yang salah menurut lkjip check",
        "with figures lkjip check finds wrong",
    ));
    tm.bukti.push(bukti);
    tm
}

/// 3.2.2: every PK indicator has its realisasi and capaian (an N/A with
/// its reason counts as disclosed), without a `check` error on them.
pub(super) fn seluruh_informasi(k: &Konteks) -> Temuan {
    angka_benar(
        k,
        |x| !matches!(x.realisasi, Nilai::BelumDiisi) && !matches!(x.capaian, Nilai::BelumDiisi),
        ("belum diisi realisasinya", "without realisasi"),
        k.letak(
            Berkas::Pk,
            &jalur!(sasaran_kegiatan),
            t(
                "Bab III A, tabel capaian indikator kinerja",
                "Chapter III A, table of indicator results",
            ),
        ),
    )
}

/// 3.2.3: the capaian against the annual target is computed (an N/A is no
/// comparison) and `check` finds no error about the indicator.
pub(super) fn banding_target(k: &Konteks) -> Temuan {
    angka_benar(
        k,
        |x| x.capaian.ada().is_some(),
        (
            "tanpa capaian terhadap target tahunan (N/A atau belum diisi); jelaskan di analisis penyebab",
            "without a capaian against the annual target (N/A or not entered); explain it in the causes analysis",
        ),
        k.letak(
            Berkas::Capaian,
            &jalur!(indikator),
            t(
                "Bab III A, analisis 1 (realisasi dibanding target)",
                "Chapter III A, analysis 1 (realisasi against target)",
            ),
        ),
    )
}

/// 3.2.4: the indicators compared with a Renstra target that exists for
/// the report year (`renstra.yaml: target_jangka_menengah`).
pub(super) fn banding_renstra(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let tahun = k.laporan.tahun();
    let mut tm = per_indikator(
        k,
        |ind, _| h.banding(&ind.id).is_some_and(|b| b.renstra.is_some()),
        &format!("tidak punya target jangka menengah Renstra tahun {tahun}"),
        &format!("have no medium-term Renstra target for {tahun}"),
    );
    tm.bukti.push(k.letak(
        Berkas::Renstra,
        &jalur!(target_jangka_menengah),
        t(
            "Bab III A, analisis 3 (perbandingan dengan target Renstra)",
            "Chapter III A, analysis 3 (comparison with the Renstra target)",
        ),
    ));
    tm
}

/// 3.2.5: the indicators with an earlier year's figure (a realisasi or a
/// capaian), from that year's folder or the declared history.
pub(super) fn banding_tahun_lalu(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let mut tm = per_indikator(
        k,
        |ind, _| {
            h.banding(&ind.id).is_some_and(|b| {
                b.riwayat
                    .values()
                    .any(|t| t.riwayat.realisasi.is_some() || t.capaian.ada().is_some())
            })
        },
        "tanpa angka tahun-tahun sebelumnya (capaian.yaml: riwayat, atau folder tahun lalu)",
        "without earlier years' figures (capaian.yaml: riwayat, or last year's folder)",
    );
    tm.bukti.push(k.letak(
        Berkas::Capaian,
        &jalur!(indikator),
        t(
            "Bab III A, analisis 2 (perbandingan dengan tahun-tahun sebelumnya)",
            "Chapter III A, analysis 2 (comparison with earlier years)",
        ),
    ));
    tm
}

/// 3.2.6: the indicators whose analysis compares with a national standard
/// (`analisis.standar_nasional` written).
pub(super) fn banding_standar(k: &Konteks) -> Temuan {
    let mut tm = per_indikator(
        k,
        |_, c| c.is_some_and(|c| terisi_md(&c.analisis.standar_nasional)),
        "tanpa perbandingan dengan standar nasional (capaian.yaml: analisis.standar_nasional)",
        "without a comparison with a national standard (capaian.yaml: analisis.standar_nasional)",
    );
    tm.bukti.push(k.letak(
        Berkas::Capaian,
        &jalur!(indikator),
        t(
            "Bab III A, analisis 4 (perbandingan dengan standar nasional)",
            "Chapter III A, analysis 4 (comparison with a national standard)",
        ),
    ));
    tm
}

/// 3.2.7: each missed, N/A or unfilled indicator (every indicator when
/// all are achieved) has its causes analysed (`analisis.penyebab`), and
/// the report lists its obstacles and their solutions (1 point).
pub(super) fn penjelasan_capaian(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let data = &k.laporan.dimuat.data;
    let bermasalah = |id: &str| h.indikator(id).is_none_or(|x| x.tercapai() != Some(true));
    let ada_masalah = k.indikator().any(|(i, _)| bermasalah(&i.id));
    let mut tm = Temuan::default();
    let mut kurang = Vec::new();
    for (ind, c) in k.indikator() {
        if ada_masalah && !bermasalah(&ind.id) {
            continue;
        }
        tm.dari += 1;
        if c.is_some_and(|c| terisi_md(&c.analisis.penyebab)) {
            tm.terpenuhi += 1;
        } else {
            kurang.push(ind.id.clone());
        }
    }
    tm.dari += 1;
    let kendala = !data.capaian.kendala.is_empty() && !data.capaian.solusi.is_empty();
    if kendala {
        tm.terpenuhi += 1;
    } else {
        tm.saran.push(k.pilih(
            "kendala dan solusinya belum dicatat (capaian.yaml: kendala, solusi)".into(),
            "obstacles and their solutions are not recorded (capaian.yaml: kendala, solusi)".into(),
        ));
    }
    let (id, en) = if ada_masalah {
        (
            "tidak tercapai atau N/A tanpa penjelasan penyebab dan upaya (capaian.yaml: analisis.penyebab)",
            "missed or N/A without an explanation of causes and efforts (capaian.yaml: analisis.penyebab)",
        )
    } else {
        (
            "tanpa penjelasan penyebab keberhasilan (capaian.yaml: analisis.penyebab)",
            "without an explanation of the causes of success (capaian.yaml: analisis.penyebab)",
        )
    };
    tm.saran.extend(daftar(k, &kurang, id, en));
    tm.bukti.push(k.letak(
        Berkas::Capaian,
        &jalur!(indikator),
        t(
            "Bab III A, analisis 5 (penyebab keberhasilan/kegagalan); kendala dan solusi",
            "Chapter III A, analysis 5 (causes of success or failure); obstacles and solutions",
        ),
    ));
    tm
}

/// 3.2.8: the results with a budget beside them ([`crate::lke::anggaran`]).
pub(super) fn anggaran_per_hasil(k: &Konteks) -> Temuan {
    let mut tm = per_indikator(
        k,
        |ind, _| crate::lke::anggaran::anggaran_hasil(k.laporan, &ind.id).is_some(),
        "tanpa anggaran di samping hasilnya (capaian.yaml: analisis.program menyebut program/kegiatan PK yang berpagu DIPA)",
        "without a budget beside the result (capaian.yaml: analisis.program naming a PK programme with a DIPA ceiling)",
    );
    let h = &k.laporan.hasil;
    let tak_cocok: Vec<String> = k
        .laporan
        .dimuat
        .data
        .pk
        .anggaran
        .iter()
        .zip(&h.pagu_dipa_pk)
        .filter(|(_, p)| p.is_none())
        .map(|(a, _)| a.program.clone())
        .collect();
    if !tak_cocok.is_empty() || h.pagu_dipa_pk.is_empty() {
        tm.saran.push(k.pilih(
            format!(
                "anggaran PK tanpa padanan di DIPA (pk.yaml: anggaran[].kode): {}",
                if tak_cocok.is_empty() {
                    "tidak ada baris anggaran".to_string()
                } else {
                    tak_cocok.join(", ")
                }
            ),
            format!(
                "PK budget lines without a DIPA match (pk.yaml: anggaran[].kode): {}",
                if tak_cocok.is_empty() {
                    "no budget line".to_string()
                } else {
                    tak_cocok.join(", ")
                }
            ),
        ));
    }
    tm.bukti.push(k.letak(
        Berkas::Pk,
        &jalur!(anggaran),
        t(
            "Bab II B (anggaran PK), Bab III A analisis 6 (program pendukung), Bab III B",
            "Chapter II B (PK budget), chapter III A analysis 6 (supporting programmes), chapter III B",
        ),
    ));
    tm
}

/// 3.2.9: Bab IV has its conclusion (1) and its suggestions (1).
pub(super) fn rekomendasi(k: &Konteks) -> Temuan {
    let p = &k.laporan.dimuat.data.narasi.penutup;
    let butir = [
        (
            terisi(p.kesimpulan.as_str()),
            t(
                "kesimpulan belum ditulis (narasi.yaml: penutup.kesimpulan)",
                "no conclusion (narasi.yaml: penutup.kesimpulan)",
            ),
        ),
        (
            terisi(p.saran.as_str()),
            t(
                "rekomendasi perbaikan belum ditulis (narasi.yaml: penutup.saran)",
                "no recommendations (narasi.yaml: penutup.saran)",
            ),
        ),
    ];
    Temuan {
        terpenuhi: butir.iter().filter(|b| b.0).count(),
        dari: butir.len(),
        bukti: vec![k.letak(
            Berkas::Narasi,
            &jalur!(penutup),
            t("Bab IV Penutup", "Chapter IV Closing"),
        )],
        saran: butir
            .iter()
            .filter(|b| !b.0)
            .map(|b| b.1.dalam(k.bahasa).to_string())
            .collect(),
        check: Vec::new(),
    }
}
