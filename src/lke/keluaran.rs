//! The evaluation as text for people (Indonesian, or English), as JSON for
//! machines, and as a workbook in the layout of the LKE worksheet.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};

use super::{Dasar, HasilKriteria, HasilLke, NilaiKomponen, Skala};
use crate::check::Bahasa;
use crate::format;

/// A decimal as a JSON number (scores are at most two decimals).
pub fn desimal_json<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.round_dp(2).to_f64().unwrap_or(0.0))
}

/// An optional decimal as a JSON number or `null`.
pub fn opsi_desimal_json<S: serde::Serializer>(
    d: &Option<Decimal>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => desimal_json(d, s),
        None => s.serialize_none(),
    }
}

/// The evaluation as pretty JSON (stable field names, criteria in code order).
pub fn json(h: &HasilLke) -> String {
    serde_json::to_string_pretty(h).expect("the evaluation serializes") + "\n"
}

/// A score with two decimals the Indonesian way (`11,25`).
fn skor(d: Decimal) -> String {
    format::angka_dp(d.round_dp(2), 2)
}

fn nama_skala(s: Skala) -> &'static str {
    match s {
        Skala::AaE => "AA–E",
        Skala::YtAe => "Y/T, A–E",
    }
}

fn pilih<'a>(b: Bahasa, id: &'a str, en: &'a str) -> &'a str {
    match b {
        Bahasa::Id => id,
        Bahasa::En => en,
    }
}

/// The lines of one component: its score, then each sub-component.
fn baris_komponen(k: &NilaiKomponen, b: Bahasa, out: &mut String) {
    let sebagian = if k.nomor == 3 {
        ""
    } else {
        pilih(
            b,
            " (sebagian: hanya kriteria yang tampak dari data)",
            " (partial: only the criteria the data shows)",
        )
    };
    let dinilai: usize = k.subkomponen.iter().map(|s| s.dinilai).sum();
    let semua: usize = k.subkomponen.iter().map(|s| s.kriteria).sum();
    let nilai = k.nilai.map_or_else(|| "–".to_string(), skor);
    let sementara = if dinilai < semua {
        pilih(b, "sementara: ", "partial: ")
    } else {
        ""
    };
    match b {
        Bahasa::Id => out.push_str(&format!(
            "{}{sebagian}: {nilai} dari {} ({sementara}{dinilai} dari {semua} kriteria dinilai; bila yang perlu bukti bernilai E: {})\n",
            k.nama,
            k.bobot,
            skor(k.nilai_bila_tanpa_bukti)
        )),
        Bahasa::En => out.push_str(&format!(
            "{}{sebagian}: {nilai} of {} ({sementara}{dinilai} of {semua} criteria scored; with those needing evidence at E: {})\n",
            k.nama,
            k.bobot,
            skor(k.nilai_bila_tanpa_bukti)
        )),
    }
    for s in &k.subkomponen {
        if s.kriteria == 0 {
            continue;
        }
        let nilai = match s.nilai {
            Some(v) => format!(
                "{} {} {}",
                skor(v),
                pilih(b, "dari", "of"),
                format::angka(s.bobot)
            ),
            None => pilih(
                b,
                "belum dinilai (perlu bukti)",
                "not scored (needs evidence)",
            )
            .into(),
        };
        out.push_str(&format!(
            "  {} {:<12} {nilai} ({} {} {} {})\n",
            s.kode,
            s.nama,
            s.dinilai,
            pilih(b, "dari", "of"),
            s.kriteria,
            pilih(b, "kriteria", "criteria")
        ));
    }
}

/// One line of a criterion.
fn baris_kriteria(h: &HasilKriteria, b: Bahasa) -> String {
    let jawaban = match (h.nilai, h.angka) {
        (Some(n), Some(a)) => format!("{n} {a}"),
        _ => "–".into(),
    };
    let dasar = match (h.dasar, h.terpenuhi, h.dari) {
        (Dasar::Data, Some(t), Some(d)) => format!("data {t}/{d}"),
        (Dasar::Data, _, _) => "data".into(),
        (Dasar::Bukti, _, _) => pilih(b, "bukti", "evidence").into(),
        (Dasar::PerluBukti, _, _) => pilih(b, "perlu bukti", "needs evidence").into(),
    };
    let mut s = format!(
        "+{:<5} {:<6} {:<6} {:<14} {}",
        skor(h.poin_dapat_naik),
        h.kode,
        jawaban,
        dasar,
        h.kriteria
    );
    if !h.saran.is_empty() {
        s.push_str(" — ");
        s.push_str(&h.saran.join("; "));
    }
    if !h.bukti.is_empty() {
        let bukti: Vec<String> = h.bukti.iter().map(tulis_letak).collect();
        s.push_str(&format!(" [{}]", bukti.join("; ")));
    }
    s.push('\n');
    s
}

fn tulis_letak(l: &super::Letak) -> String {
    let mut s = match l.baris {
        Some(n) => format!("{}:{n}", l.berkas),
        None => l.berkas.clone(),
    };
    s.push_str(&format!(" → {}", l.bagian));
    if let Some(k) = &l.keterangan {
        s.push_str(&format!(": {k}"));
    }
    s
}

/// The criteria ordered by the points they can still gain (most first),
/// then by code.
pub fn urut_poin(h: &HasilLke) -> Vec<&HasilKriteria> {
    let mut v: Vec<&HasilKriteria> = h.kriteria.iter().collect();
    v.sort_by(|a, b| {
        b.poin_dapat_naik
            .cmp(&a.poin_dapat_naik)
            .then(a.kode.cmp(b.kode))
    });
    v
}

/// The evaluation for people: the scores, then one line per criterion,
/// the criteria with the most points to gain first.
pub fn manusia(h: &HasilLke, b: Bahasa) -> String {
    let mut out = match b {
        Bahasa::Id => format!(
            "Penilaian mandiri LKE (PermenPAN-RB 88/2021): {}, tahun {}; skala {}\n\n",
            h.unit,
            h.tahun,
            nama_skala(h.skala)
        ),
        Bahasa::En => format!(
            "LKE self-assessment (PermenPAN-RB 88/2021): {}, year {}; scale {}\n\n",
            h.unit,
            h.tahun,
            nama_skala(h.skala)
        ),
    };
    for k in h.komponen.iter().rev() {
        baris_komponen(k, b, &mut out);
    }
    let persen = h
        .total
        .persen
        .map(format::persen)
        .unwrap_or_else(|| "–".into());
    let predikat = h.total.predikat.unwrap_or("–");
    match b {
        Bahasa::Id => out.push_str(&format!(
            "Total sementara: {} dari bobot {} yang dinilai ({persen}), predikat sementara {predikat}; Perencanaan Kinerja dan Evaluasi Internal tidak dinilai dari laporan\n",
            skor(h.total.nilai),
            format::angka(h.total.bobot_dinilai)
        )),
        Bahasa::En => out.push_str(&format!(
            "Partial total: {} of the {} points scored ({persen}), indicative predicate {predikat}; Planning and Internal Evaluation are not scored from the report\n",
            skor(h.total.nilai),
            format::angka(h.total.bobot_dinilai)
        )),
    }
    out.push_str(pilih(
        b,
        "\nKriteria, urut menurut poin yang dapat diraih (poin, kode, jawaban, dasar, kriteria — saran [bukti]):\n",
        "\nCriteria by the points they can gain (points, code, answer, basis, criterion — advice [evidence]):\n",
    ));
    for k in urut_poin(h) {
        out.push_str(&baris_kriteria(k, b));
    }
    for p in &h.peringatan {
        out.push_str(&format!("{}: {p}\n", pilih(b, "peringatan", "warning")));
    }
    out
}

/// The workbook: sheet `LKE` in the worksheet's layout — a row per
/// component and sub-component with weight and score, then its criteria
/// with answer, number, basis, evidence and advice.
pub fn xlsx(h: &HasilLke, b: Bahasa) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("LKE")?;
    let kepala = Format::new()
        .set_bold()
        .set_background_color(rust_xlsxwriter::Color::RGB(0xEBEBEB))
        .set_border_bottom(FormatBorder::Thin);
    let tebal = Format::new().set_bold();
    let desimal = Format::new().set_num_format_index(4);
    let judul: [&str; 9] = match b {
        Bahasa::Id => [
            "No",
            "Komponen / Kriteria",
            "Bobot",
            "Jawaban",
            "Nilai",
            "Dasar",
            "Bukti",
            "Saran",
            "Poin dapat naik",
        ],
        Bahasa::En => [
            "No",
            "Component / Criterion",
            "Weight",
            "Answer",
            "Score",
            "Basis",
            "Evidence",
            "Advice",
            "Points to gain",
        ],
    };
    for (c, j) in judul.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *j, &kepala)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let f = |d: Decimal| d.round_dp(2).to_f64().unwrap_or(0.0);
    let mut r = 0u32;
    for k in h.komponen.iter().rev() {
        r += 1;
        ws.write_string_with_format(r, 0, k.nomor.to_string(), &tebal)?;
        ws.write_string_with_format(r, 1, &k.nama, &tebal)?;
        ws.write_number(r, 2, f64::from(k.bobot))?;
        if let Some(v) = k.nilai {
            ws.write_number_with_format(r, 4, f(v), &desimal)?;
        }
        for s in &k.subkomponen {
            if s.kriteria == 0 {
                continue;
            }
            r += 1;
            ws.write_string_with_format(r, 0, &s.kode, &tebal)?;
            ws.write_string_with_format(r, 1, &s.nama, &tebal)?;
            ws.write_number_with_format(r, 2, f(s.bobot), &desimal)?;
            if let Some(v) = s.nilai {
                ws.write_number_with_format(r, 4, f(v), &desimal)?;
            }
            for kr in h.kriteria.iter().filter(|x| x.subkomponen == s.kode) {
                r += 1;
                ws.write_string(r, 0, kr.kode)?;
                ws.write_string(r, 1, &kr.kriteria)?;
                if let (Some(n), Some(a)) = (kr.nilai, kr.angka) {
                    ws.write_string(r, 3, n)?;
                    ws.write_number(r, 4, f64::from(a))?;
                }
                let dasar = match kr.dasar {
                    Dasar::Data => pilih(b, "data laporan", "report data"),
                    Dasar::Bukti => pilih(b, "bukti (lke.yaml)", "evidence (lke.yaml)"),
                    Dasar::PerluBukti => pilih(b, "perlu bukti", "needs evidence"),
                };
                ws.write_string(r, 5, dasar)?;
                let bukti: Vec<String> = kr.bukti.iter().map(tulis_letak).collect();
                ws.write_string(r, 6, bukti.join("\n"))?;
                ws.write_string(r, 7, kr.saran.join("\n"))?;
                ws.write_number_with_format(r, 8, f(kr.poin_dapat_naik), &desimal)?;
            }
        }
    }
    r += 2;
    ws.write_string_with_format(r, 1, pilih(b, "Total sementara", "Partial total"), &tebal)?;
    ws.write_number_with_format(r, 2, f(h.total.bobot_dinilai), &desimal)?;
    ws.write_number_with_format(r, 4, f(h.total.nilai), &desimal)?;
    if let Some(p) = h.total.predikat {
        ws.write_string(r, 3, p)?;
    }
    ws.set_column_width(1, 60)?;
    ws.set_column_width(6, 50)?;
    ws.set_column_width(7, 70)?;
    wb.save_to_buffer()
}
