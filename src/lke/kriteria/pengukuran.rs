//! The Pengukuran Kinerja criteria (component 2) that the report's data can show.

use super::*;
use crate::jalur;

// ---- Pengukuran Kinerja ----

/// 2.1.2: per indicator two points: a definition (its `pengantar`) and a
/// formula (counts, sub-measures or a checklist behind the realisasi, a
/// yes/no target, or an explanation of how it follows).
pub(super) fn definisi_rumus(k: &Konteks) -> Temuan {
    let mut tanpa_definisi = Vec::new();
    let mut tanpa_rumus = Vec::new();
    let mut n = 0;
    for (ind, c) in k.indikator() {
        n += 1;
        if !c.is_some_and(|c| terisi_md(&c.pengantar)) {
            tanpa_definisi.push(ind.id.clone());
        }
        let rumus = c.is_some_and(|c| {
            matches!(
                c.realisasi,
                Some(
                    Realisasi::Hitungan(_)
                        | Realisasi::Komposit(_)
                        | Realisasi::DaftarPeriksa(_)
                        | Realisasi::YaTidak(_)
                )
            ) || terisi_md(&c.penjelasan)
        });
        if !rumus {
            tanpa_rumus.push(ind.id.clone());
        }
    }
    let mut saran: Vec<String> = Vec::new();
    saran.extend(daftar(
        k,
        &tanpa_definisi,
        "tanpa definisi operasional (capaian.yaml: pengantar)",
        "without an operational definition (capaian.yaml: pengantar)",
    ));
    saran.extend(daftar(
        k,
        &tanpa_rumus,
        "tanpa rumus (realisasi langsung tanpa hitungan dan tanpa penjelasan)",
        "without a formula (a direct realisasi without counts or explanation)",
    ));
    Temuan {
        terpenuhi: 2 * n - tanpa_definisi.len() - tanpa_rumus.len(),
        dari: 2 * n,
        bukti: vec![k.letak(
            Berkas::Capaian,
            &jalur!(indikator),
            t(
                "Bab III A, pembuka setiap indikator",
                "Chapter III A, opening of each indicator",
            ),
        )],
        saran,
        check: Vec::new(),
    }
}

/// 2.1.3: an indicator's realisasi comes from a visible source: a data
/// table, a generated table, counts or sub-measures, or a checklist.
pub(super) fn sumber_data(k: &Konteks) -> Temuan {
    let mut tm = per_indikator(
        k,
        |_, c| {
            c.is_some_and(|c| {
                !c.tabel.is_empty()
                    || !c.tabel_otomatis.is_empty()
                    || matches!(
                        c.realisasi,
                        Some(
                            Realisasi::Hitungan(_)
                                | Realisasi::Komposit(_)
                                | Realisasi::DaftarPeriksa(_)
                        )
                    )
            })
        },
        "tanpa sumber data (tabel data atau hitungan pembilang/penyebut)",
        "without a data source (data table or numerator/denominator counts)",
    );
    tm.bukti.push(k.letak(
        Berkas::Capaian,
        &jalur!(indikator),
        t(
            "Bab III A, tabel data setiap indikator",
            "Chapter III A, each indicator's data tables",
        ),
    ));
    tm
}

/// The report part of the quarterly figures.
pub(super) const LAMPIRAN_TRIWULAN: Teks = t(
    "Lampiran monitoring capaian kinerja triwulan",
    "Annex of quarterly performance monitoring",
);

/// Codes of the quarterly rules of `check`.
pub(super) const KODE_TRIWULAN: [&str; 3] = ["LK403", "LK501", "LK502"];

/// 2.2.2–2.2.3: of the indicators with quarterly realisasi, those about
/// which `check`'s quarterly rules (LK403, LK501, LK502) find nothing.
pub(super) fn konsistensi_triwulan(k: &Konteks) -> Temuan {
    let mut tm = Temuan::default();
    let mut kurang = Vec::new();
    for (ind, c) in k.indikator() {
        if !c.is_some_and(|c| c.triwulan.iter().any(|t| t.realisasi.is_some())) {
            continue;
        }
        tm.dari += 1;
        let kode = k.temuan_indikator(k.semua.iter(), &ind.id, Some(&KODE_TRIWULAN));
        if kode.is_empty() {
            tm.terpenuhi += 1;
        } else {
            kurang.push(format!("{} ({})", ind.id, kode.join(", ")));
            tm.check.extend(kode);
        }
    }
    if tm.dari == 0 {
        tm.saran.push(k.pilih(
            "tidak ada realisasi triwulan (capaian.yaml: triwulan) untuk dibandingkan dengan angka tahunan".into(),
            "no quarterly realisasi (capaian.yaml: triwulan) to compare with the annual figures".into(),
        ));
    }
    tm.saran.extend(daftar(
        k,
        &kurang,
        "dengan angka triwulan yang tidak sejalan dengan angka tahunan (lihat lkjip check)",
        "whose quarterly figures disagree with the annual ones (see lkjip check)",
    ));
    tm.bukti
        .push(k.letak(Berkas::Capaian, &jalur!(indikator), LAMPIRAN_TRIWULAN));
    tm
}

/// 2.2.4: each quarter's realisasi of every indicator that can be
/// computed (four points per indicator; an N/A indicator has none to give).
pub(super) fn pengukuran_berkala(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let mut tm = Temuan::default();
    let mut kurang = Vec::new();
    for (ind, c) in k.indikator() {
        if matches!(
            h.indikator(&ind.id).map(|x| &x.realisasi),
            Some(Nilai::TidakDapatDihitung(_))
        ) {
            continue;
        }
        let ada = c.map_or(0, |c| {
            c.triwulan
                .iter()
                .take(4)
                .filter(|t| t.realisasi.is_some())
                .count()
        });
        tm.dari += 4;
        tm.terpenuhi += ada;
        if ada < 4 {
            kurang.push(format!("{} ({ada}/4)", ind.id));
        }
    }
    tm.saran.extend(daftar(
        k,
        &kurang,
        "tanpa realisasi keempat triwulan",
        "without all four quarters' realisasi",
    ));
    tm.bukti
        .push(k.letak(Berkas::Capaian, &jalur!(indikator), LAMPIRAN_TRIWULAN));
    tm
}

/// 2.3.8: when the budget was not spent in full, the share of indicators
/// achieved; when it was (or there is no budget), none.
pub(super) fn efisiensi_anggaran(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let n = h.indikator.len();
    let tercapai = h.rekap.tercapai;
    let hemat = h
        .anggaran
        .as_ref()
        .is_some_and(|a| !a.pagu.is_zero() && a.realisasi < a.pagu);
    let mut tm = Temuan {
        terpenuhi: if hemat { tercapai } else { 0 },
        dari: n,
        ..Temuan::default()
    };
    if !hemat {
        tm.saran.push(k.pilih(
            "realisasi anggaran tidak di bawah pagu: efisiensi tidak tampak".into(),
            "budget realisasi is not below the ceiling: no efficiency shows".into(),
        ));
    }
    if tercapai < n {
        tm.saran.push(k.pilih(
            format!(
                "{} dari {n} indikator tidak tercapai atau N/A",
                n - tercapai
            ),
            format!("{} of {n} indicators missed or N/A", n - tercapai),
        ));
    }
    tm.bukti.push(k.letak(
        Berkas::Anggaran,
        &jalur!(program),
        t(
            "Bab III B, realisasi anggaran",
            "Chapter III B, budget realisation",
        ),
    ));
    tm
}
