//! The LKE part of a Kanwil's recap: each unit's Pelaporan score and the
//! criteria missed most often across units.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};

use super::{Dasar, HasilLke};

/// One unit's LKE summary.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RingkasanLke {
    /// Pelaporan Kinerja score (of 15) over the scored criteria.
    pub pelaporan: Option<Decimal>,
    /// The same with the criteria needing evidence at E.
    pub pelaporan_tanpa_bukti: Decimal,
    /// Criteria scored below the highest answer data or evidence can
    /// give, as (code, criterion).
    pub kurang: Vec<(String, String)>,
}

impl RingkasanLke {
    /// The summary of an evaluation.
    pub fn dari(h: &HasilLke) -> RingkasanLke {
        let p = h.komponen(3);
        RingkasanLke {
            pelaporan: p.and_then(|k| k.nilai),
            pelaporan_tanpa_bukti: p.map_or(Decimal::ZERO, |k| k.nilai_bila_tanpa_bukti),
            kurang: h
                .kriteria
                .iter()
                .filter(|k| k.dasar != Dasar::PerluBukti && !k.poin_dapat_naik.is_zero())
                .map(|k| (k.kode.to_string(), k.kriteria.clone()))
                .collect(),
        }
    }
}

/// Criteria missed by the units, most often first: (code, criterion, units).
pub fn paling_sering(units: &[(&str, &RingkasanLke)]) -> Vec<(String, String, Vec<String>)> {
    let mut by: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for (unit, r) in units {
        for (kode, kriteria) in &r.kurang {
            by.entry(kode.clone())
                .or_insert_with(|| (kriteria.clone(), Vec::new()))
                .1
                .push(unit.to_string());
        }
    }
    let mut v: Vec<(String, String, Vec<String>)> =
        by.into_iter().map(|(k, (t, u))| (k, t, u)).collect();
    v.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then(a.0.cmp(&b.0)));
    v
}

/// Writes sheets `LKE` (per unit: year, Pelaporan score, criteria below
/// their highest answer) and `Kriteria LKE` (per criterion: how many units
/// miss it, and which).
pub fn tulis_lembar(
    wb: &mut Workbook,
    units: &[(&str, Option<i32>, &RingkasanLke)],
) -> Result<(), XlsxError> {
    let kepala = Format::new()
        .set_bold()
        .set_background_color(rust_xlsxwriter::Color::RGB(0xEBEBEB))
        .set_border_bottom(FormatBorder::Thin);
    let desimal = Format::new().set_num_format_index(4);
    let f = |d: Decimal| d.to_f64().unwrap_or(0.0);

    let ws = wb.add_worksheet();
    ws.set_name("LKE")?;
    let judul = [
        "Unit",
        "Tahun",
        "Pelaporan Kinerja (dari 15)",
        "Bila yang perlu bukti bernilai E",
        "Kriteria kurang",
    ];
    for (c, j) in judul.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *j, &kepala)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let mut r = 0u32;
    for (unit, tahun, l) in units {
        r += 1;
        ws.write_string(r, 0, *unit)?;
        if let Some(t) = tahun {
            ws.write_number(r, 1, *t)?;
        }
        if let Some(p) = l.pelaporan {
            ws.write_number_with_format(r, 2, f(p), &desimal)?;
        }
        ws.write_number_with_format(r, 3, f(l.pelaporan_tanpa_bukti), &desimal)?;
        let kode: Vec<&str> = l.kurang.iter().map(|(k, _)| k.as_str()).collect();
        ws.write_string(r, 4, kode.join(", "))?;
    }
    ws.autofilter(0, 0, r.max(1), judul.len() as u16 - 1)?;
    ws.autofit();

    let ws = wb.add_worksheet();
    ws.set_name("Kriteria LKE")?;
    let judul = ["Kode", "Kriteria", "Jumlah unit kurang", "Unit"];
    for (c, j) in judul.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *j, &kepala)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let daftar: Vec<(&str, &RingkasanLke)> = units.iter().map(|(u, _, l)| (*u, *l)).collect();
    let mut r = 0u32;
    for (kode, kriteria, unit) in paling_sering(&daftar) {
        r += 1;
        ws.write_string(r, 0, &kode)?;
        ws.write_string(r, 1, &kriteria)?;
        ws.write_number(r, 2, unit.len() as f64)?;
        ws.write_string(r, 3, unit.join(", "))?;
    }
    ws.autofilter(0, 0, r.max(1), judul.len() as u16 - 1)?;
    ws.autofit();
    Ok(())
}
