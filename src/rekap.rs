//! A Kanwil's recap over many units: [`RekapUnit`] holds one unit's figures
//! as plain data (taken from its [`Hasil`](crate::calc::hasil::Hasil), never
//! recomputed), and [`xlsx`], [`tulis_csv`] and
//! [`pdf`] write a set of them as a workbook, a CSV for
//! Excel with Indonesian regional settings, or a short PDF.

use std::path::Path;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::Laporan;
use crate::calc::Nilai;
use crate::check::{Diagnostik, Tingkat};

/// One unit's figures for the recap.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RekapUnit {
    /// The folder as given.
    pub folder: String,
    /// The unit's name (the folder when it did not load).
    pub unit: String,
    /// The report year, when the folder loaded.
    pub tahun: Option<i32>,
    /// One row per PK indicator, in PK order.
    pub indikator: Vec<BarisIndikator>,
    /// Budget rows: each programme, then each jenis belanja.
    pub anggaran: Vec<BarisAnggaran>,
    /// Pagu, realisasi and absorption of the whole budget.
    pub total_anggaran: Option<BarisAnggaran>,
    /// Errors found by the checks (or loading problems).
    pub galat: usize,
    /// Warnings found by the checks.
    pub peringatan: usize,
    /// Why the folder could not be loaded, if it could not.
    pub gagal_muat: Option<String>,
    /// The unit's LKE self-assessment (`lkjip lke`), when the folder loaded.
    pub lke: Option<crate::lke::rekap::RingkasanLke>,
}

/// One indicator of one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisIndikator {
    /// Sasaran kegiatan id (`SK1`).
    pub sasaran_id: String,
    /// Sasaran kegiatan.
    pub sasaran: String,
    /// Indicator id.
    pub id: String,
    /// Indicator.
    pub nama: String,
    /// Unit of measure, as printed (`Persen`, `Orang`).
    pub satuan: String,
    /// PK target; `None` when the PK marks it not available.
    pub target: Option<Decimal>,
    /// Computed realisasi, if any.
    pub realisasi: Option<Decimal>,
    /// Computed capaian in percent, if any.
    pub capaian: Option<Decimal>,
    /// `Tercapai`, `Tidak tercapai`, `Tidak dapat dihitung` or `Belum diisi`.
    pub status: String,
}

/// One budget line of one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisAnggaran {
    /// `Program`, `Jenis belanja` or `Jumlah`.
    pub rincian: String,
    /// Code (`WA`, `51`), possibly empty.
    pub kode: String,
    /// Name.
    pub nama: String,
    /// Ceiling.
    pub pagu: Decimal,
    /// Spending.
    pub realisasi: Decimal,
    /// Absorption in percent (rounded by the report's rule), if pagu > 0.
    pub serapan: Option<Decimal>,
}

/// The status word of a computed capaian.
pub fn status(capaian: &Nilai) -> &'static str {
    match capaian {
        Nilai::Ada(c) if *c >= Decimal::ONE_HUNDRED => "Tercapai",
        Nilai::Ada(_) => "Tidak tercapai",
        Nilai::TidakDapatDihitung(_) => "Tidak dapat dihitung",
        Nilai::BelumDiisi => "Belum diisi",
    }
}

impl RekapUnit {
    /// The recap row set of a loaded report and its check results.
    pub fn dari(folder: &Path, l: &Laporan, diag: &[Diagnostik]) -> RekapUnit {
        let data = &l.dimuat.data;
        let h = &l.hasil;
        let indikator = data
            .indikator()
            .map(|(sk, ind)| {
                let hi = h.indikator(&ind.id);
                BarisIndikator {
                    sasaran_id: sk.id.clone(),
                    sasaran: sk.nama.clone(),
                    id: ind.id.clone(),
                    nama: ind.nama.clone(),
                    satuan: ind.satuan.nama(),
                    target: ind.target.nilai(),
                    realisasi: hi.and_then(|x| x.realisasi.ada()),
                    capaian: hi.and_then(|x| x.capaian.ada()),
                    status: hi
                        .map(|x| status(&x.capaian))
                        .unwrap_or("Belum diisi")
                        .into(),
                }
            })
            .collect();
        let mut anggaran: Vec<BarisAnggaran> = data
            .anggaran
            .iter()
            .flat_map(|a| &a.program)
            .enumerate()
            .map(|(i, n)| {
                let s = h.pohon_anggaran[&crate::jalur!(program[i])].clone();
                let (pagu, realisasi) = (s.pagu, s.realisasi);
                BarisAnggaran {
                    rincian: "Program".into(),
                    kode: n.kode.clone(),
                    nama: n.nama.clone(),
                    pagu,
                    realisasi,
                    serapan: s.persen.ada(),
                }
            })
            .collect();
        let jenis = data.anggaran.iter().flat_map(|a| &a.jenis_belanja);
        let serapan_jenis = h.jenis_belanja.iter().flat_map(|(v, _)| v);
        for (j, s) in jenis.zip(serapan_jenis) {
            anggaran.push(BarisAnggaran {
                rincian: "Jenis belanja".into(),
                kode: j.kode.clone().unwrap_or_default(),
                nama: j.nama.clone(),
                pagu: s.pagu,
                realisasi: s.realisasi,
                serapan: s.persen.ada(),
            });
        }
        let galat = diag.iter().filter(|d| d.severity == Tingkat::Error).count();
        RekapUnit {
            folder: folder.display().to_string(),
            unit: data.unit.nama.clone(),
            tahun: Some(data.laporan.tahun),
            indikator,
            anggaran,
            total_anggaran: h.anggaran.as_ref().map(|a| BarisAnggaran {
                rincian: "Jumlah".into(),
                kode: String::new(),
                nama: "Jumlah".into(),
                pagu: a.pagu,
                realisasi: a.realisasi,
                serapan: a.persen.ada(),
            }),
            galat,
            peringatan: diag.len() - galat,
            gagal_muat: None,
            lke: Some(crate::lke::rekap::RingkasanLke::dari(&crate::lke::nilai(
                l,
                diag,
                None,
                crate::check::Bahasa::Id,
            ))),
        }
    }

    /// The recap entry of a folder that could not be loaded.
    pub fn gagal(folder: &Path, galat: usize, sebab: String) -> RekapUnit {
        RekapUnit {
            folder: folder.display().to_string(),
            unit: folder.display().to_string(),
            galat,
            gagal_muat: Some(sebab),
            ..RekapUnit::default()
        }
    }
}

/// Units with errors first (most errors first), then by name: the order of
/// every recap, so a reviewer sees what needs attention at the top.
pub fn urutkan(units: &mut [RekapUnit]) {
    units.sort_by(|a, b| {
        (b.galat > 0)
            .cmp(&(a.galat > 0))
            .then(b.galat.cmp(&a.galat))
            .then(a.unit.cmp(&b.unit))
            .then(a.tahun.cmp(&b.tahun))
    });
}

fn f64_dari(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// Excel's built-in number format 3, `#,##0`. Built-in formats are shown
/// with the reader's regional separators (`6.946.743.000` in Indonesian
/// Excel); a custom `#.##0` would be read literally in other locales.
fn format_bulat() -> Format {
    Format::new().set_num_format_index(3)
}

/// Excel's built-in number format 4, `#,##0.00` (`99,38` in Indonesian Excel).
fn format_desimal() -> Format {
    Format::new().set_num_format_index(4)
}

fn format_kepala() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(rust_xlsxwriter::Color::RGB(0xEBEBEB))
        .set_border_bottom(FormatBorder::Thin)
}

/// Writes a header row, freezes it, and returns the header's width.
fn kepala(ws: &mut Worksheet, judul: &[&str]) -> Result<u16, XlsxError> {
    let f = format_kepala();
    for (c, j) in judul.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *j, &f)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(judul.len() as u16)
}

/// Writes a number: whole numbers as `#,##0`, others as `#,##0.00`.
fn angka(ws: &mut Worksheet, r: u32, c: u16, d: Decimal) -> Result<(), XlsxError> {
    let f = if d.fract().is_zero() {
        format_bulat()
    } else {
        format_desimal()
    };
    ws.write_number_with_format(r, c, f64_dari(d), &f)?;
    Ok(())
}

/// Writes a percentage with two decimals (`99,38`).
fn persen(ws: &mut Worksheet, r: u32, c: u16, d: Option<Decimal>) -> Result<(), XlsxError> {
    if let Some(d) = d {
        ws.write_number_with_format(r, c, f64_dari(d), &format_desimal())?;
    }
    Ok(())
}

/// Autofilter over the written rows, then column widths that fit.
fn rapikan(ws: &mut Worksheet, baris: u32, kolom: u16) -> Result<(), XlsxError> {
    ws.autofilter(0, 0, baris.max(1), kolom - 1)?;
    ws.autofit();
    Ok(())
}

/// Header of the indicator sheet and CSV.
pub const KEPALA_INDIKATOR: [&str; 10] = [
    "Unit",
    "Tahun",
    "Sasaran",
    "ID",
    "Indikator",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Status",
];

/// The recap workbook's bytes (written by [`crate::berkas::tulis`]): sheets `Indikator` (one row per unit and
/// indicator), `Anggaran` (per unit: each programme, each jenis belanja,
/// the total), `Pemeriksaan` (errors and warnings per unit), `LKE` (each
/// unit's Pelaporan Kinerja score) and `Kriteria LKE` (the criteria missed
/// most often across units). Numbers are
/// numeric cells with Excel's built-in formats.
pub fn xlsx(units: &[RekapUnit]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();

    let ws = wb.add_worksheet();
    ws.set_name("Indikator")?;
    let k = kepala(ws, &KEPALA_INDIKATOR)?;
    let mut r = 0u32;
    for u in units {
        for b in &u.indikator {
            r += 1;
            ws.write_string(r, 0, &u.unit)?;
            if let Some(t) = u.tahun {
                ws.write_number(r, 1, t)?;
            }
            ws.write_string(r, 2, &b.sasaran)?;
            ws.write_string(r, 3, &b.id)?;
            ws.write_string(r, 4, &b.nama)?;
            ws.write_string(r, 5, &b.satuan)?;
            if let Some(t) = b.target {
                angka(ws, r, 6, t)?;
            }
            if let Some(v) = b.realisasi {
                angka(ws, r, 7, v)?;
            }
            persen(ws, r, 8, b.capaian)?;
            ws.write_string(r, 9, &b.status)?;
        }
    }
    rapikan(ws, r, k)?;

    let ws = wb.add_worksheet();
    ws.set_name("Anggaran")?;
    let k = kepala(
        ws,
        &[
            "Unit",
            "Tahun",
            "Rincian",
            "Kode",
            "Uraian",
            "Pagu (Rp)",
            "Realisasi (Rp)",
            "Serapan (%)",
        ],
    )?;
    let mut r = 0u32;
    for u in units {
        for b in u.anggaran.iter().chain(&u.total_anggaran) {
            r += 1;
            ws.write_string(r, 0, &u.unit)?;
            if let Some(t) = u.tahun {
                ws.write_number(r, 1, t)?;
            }
            ws.write_string(r, 2, &b.rincian)?;
            ws.write_string(r, 3, &b.kode)?;
            ws.write_string(r, 4, &b.nama)?;
            ws.write_number_with_format(r, 5, f64_dari(b.pagu), &format_bulat())?;
            ws.write_number_with_format(r, 6, f64_dari(b.realisasi), &format_bulat())?;
            persen(ws, r, 7, b.serapan)?;
        }
    }
    rapikan(ws, r, k)?;

    let ws = wb.add_worksheet();
    ws.set_name("Pemeriksaan")?;
    let k = kepala(
        ws,
        &[
            "Unit",
            "Tahun",
            "Folder",
            "Galat",
            "Peringatan",
            "Keterangan",
        ],
    )?;
    let mut r = 0u32;
    for u in units {
        r += 1;
        ws.write_string(r, 0, &u.unit)?;
        if let Some(t) = u.tahun {
            ws.write_number(r, 1, t)?;
        }
        ws.write_string(r, 2, &u.folder)?;
        ws.write_number(r, 3, u.galat as f64)?;
        ws.write_number(r, 4, u.peringatan as f64)?;
        let ket = match &u.gagal_muat {
            Some(s) => format!("tidak dapat dimuat: {s}"),
            None if u.galat > 0 => "ada kesalahan".into(),
            None => "baik".into(),
        };
        ws.write_string(r, 5, &ket)?;
    }
    rapikan(ws, r, k)?;

    let lke: Vec<(&str, Option<i32>, &crate::lke::rekap::RingkasanLke)> = units
        .iter()
        .filter_map(|u| Some((u.unit.as_str(), u.tahun, u.lke.as_ref()?)))
        .collect();
    crate::lke::rekap::tulis_lembar(&mut wb, &lke)?;

    wb.save_to_buffer()
}

/// One CSV cell: text, or a number already written by [`angka_csv`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelCsv {
    /// Text from the data: neutralised against formulas ([`tanpa_rumus`]).
    Teks(String),
    /// A number (`-5`, `99,38`): written as it is, so Excel reads a number.
    Angka(String),
}

/// A text cell that a spreadsheet would read as a formula (it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return: OWASP's list) gets a
/// leading `'`, which Excel and LibreOffice show as plain text. Numbers are
/// [`SelCsv::Angka`] and never pass through here, so `-5` stays a number.
pub fn tanpa_rumus(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

impl SelCsv {
    /// The cell's text as written to the file.
    pub fn teks(&self) -> std::borrow::Cow<'_, str> {
        match self {
            SelCsv::Teks(s) => tanpa_rumus(s),
            SelCsv::Angka(s) => s.as_str().into(),
        }
    }
}

/// A number for Indonesian Excel: decimal comma, no thousands separator
/// (`99,38`, `6946743000`).
pub fn angka_csv(d: Decimal) -> String {
    d.normalize().to_string().replace('.', ",")
}

/// Writes CSV for Excel with Indonesian regional settings with the `csv`
/// crate: `;` separator, CRLF lines, a field quoted only when it holds the
/// separator, a quote or a line break; lines may differ in length.
pub fn penulis_csv(out: &mut Vec<u8>) -> csv::Writer<&mut Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(out)
}

/// Writes one CSV line of cells.
pub fn baris_csv(w: &mut csv::Writer<&mut Vec<u8>>, sel: &[SelCsv]) {
    // Writing into memory cannot fail.
    let _ = w.write_record(sel.iter().map(|s| s.teks().into_owned()));
}

/// A CSV document for Excel with Indonesian regional settings: UTF-8 BOM
/// (so accented names survive), `;` separator, decimal comma, CRLF lines;
/// text cells neutralised against formulas.
pub fn csv(kepala: &[&str], baris: &[Vec<SelCsv>]) -> String {
    let mut out = "\u{FEFF}".as_bytes().to_vec();
    {
        let mut w = penulis_csv(&mut out);
        let kepala: Vec<SelCsv> = kepala.iter().map(|k| SelCsv::Teks(k.to_string())).collect();
        baris_csv(&mut w, &kepala);
        for b in baris {
            baris_csv(&mut w, b);
        }
        let _ = w.flush();
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The indicator sheet as CSV (see [`csv`]).
pub fn tulis_csv(units: &[RekapUnit]) -> String {
    let opt = |d: Option<Decimal>| SelCsv::Angka(d.map(angka_csv).unwrap_or_default());
    let teks = |s: &str| SelCsv::Teks(s.to_string());
    let baris: Vec<Vec<SelCsv>> = units
        .iter()
        .flat_map(|u| {
            u.indikator.iter().map(move |b| {
                vec![
                    teks(&u.unit),
                    SelCsv::Angka(u.tahun.map(|t| t.to_string()).unwrap_or_default()),
                    teks(&b.sasaran),
                    teks(&b.id),
                    teks(&b.nama),
                    teks(&b.satuan),
                    opt(b.target),
                    opt(b.realisasi),
                    opt(b.capaian),
                    teks(&b.status),
                ]
            })
        })
        .collect();
    csv(&KEPALA_INDIKATOR, &baris)
}

/// The recap PDF's view: plain strings already formatted by
/// [`crate::format`].
mod tampilan {
    /// One unit in the check table and the chart.
    pub struct Unit {
        pub unit: String,
        pub tahun: String,
        pub galat: String,
        pub ada_galat: bool,
        pub peringatan: String,
        pub tercapai: String,
        pub serapan: String,
        /// Pelaporan Kinerja score of the LKE self-assessment (of 15).
        pub pelaporan: String,
    }
    /// One LKE criterion missed by some units.
    pub struct KriteriaKurang {
        pub kode: String,
        pub kriteria: String,
        pub jumlah: String,
    }
    /// One indicator column.
    pub struct Kolom {
        pub id: String,
        pub nama: String,
    }
    /// One unit's row of a sasaran table.
    pub struct Baris {
        pub unit: String,
        pub sel: Vec<String>,
    }
    /// One sasaran: the units side by side.
    pub struct Sasaran {
        pub id: String,
        pub nama: String,
        pub kolom: Vec<Kolom>,
        pub baris: Vec<Baris>,
    }
    /// The whole recap.
    pub struct Rekap {
        pub tahun: String,
        pub keterangan: String,
        pub unit: Vec<Unit>,
        /// The absorption chart: one bar per unit (built by `render::markup`, so escaped).
        pub grafik: crate::render::markup::Markup,
        pub sasaran: Vec<Sasaran>,
        /// LKE criteria missed most often, most first.
        pub kriteria_kurang: Vec<KriteriaKurang>,
    }
}

#[derive(askama::Template)]
#[template(path = "rekap.typ")]
struct RekapTyp<'a> {
    v: &'a tampilan::Rekap,
}

/// The recap PDF's view of `units` (in the given order).
fn tampilan(units: &[RekapUnit]) -> tampilan::Rekap {
    use crate::format;
    use tampilan::*;
    let persen = |d: Option<Decimal>| d.map(format::persen).unwrap_or_else(|| "N/A".into());
    let mut tahun: Vec<i32> = units.iter().filter_map(|u| u.tahun).collect();
    tahun.sort();
    tahun.dedup();
    let tahun_teks = tahun
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let dengan_galat = units.iter().filter(|u| u.galat > 0).count();
    let unit = units
        .iter()
        .map(|u| Unit {
            unit: u.unit.clone(),
            tahun: u.tahun.map(|t| t.to_string()).unwrap_or_else(|| "–".into()),
            galat: u.galat.to_string(),
            ada_galat: u.galat > 0,
            peringatan: u.peringatan.to_string(),
            tercapai: if u.gagal_muat.is_some() {
                "tidak dapat dimuat".into()
            } else {
                format!(
                    "{}/{}",
                    u.indikator
                        .iter()
                        .filter(|b| b.status == "Tercapai")
                        .count(),
                    u.indikator.len()
                )
            },
            serapan: persen(u.total_anggaran.as_ref().and_then(|t| t.serapan)),
            pelaporan: u
                .lke
                .as_ref()
                .and_then(|l| l.pelaporan)
                .map(|p| format::angka_dp(p.round_dp(2), 2))
                .unwrap_or_else(|| "–".into()),
        })
        .collect();
    let lke: Vec<(&str, &crate::lke::rekap::RingkasanLke)> = units
        .iter()
        .filter_map(|u| Some((u.unit.as_str(), u.lke.as_ref()?)))
        .collect();
    let kriteria_kurang = crate::lke::rekap::paling_sering(&lke)
        .into_iter()
        .map(|(kode, kriteria, unit)| KriteriaKurang {
            kode,
            kriteria,
            jumlah: format!("{}/{}", unit.len(), lke.len()),
        })
        .collect();
    let dimuat: Vec<_> = units.iter().filter(|u| u.gagal_muat.is_none()).collect();
    let serapan: Vec<Option<Decimal>> = dimuat
        .iter()
        .map(|u| u.total_anggaran.as_ref().and_then(|t| t.serapan))
        .collect();
    let grafik = crate::render::markup::panggil::grafik_batang(
        &dimuat.iter().map(|u| u.unit.clone()).collect::<Vec<_>>(),
        &[crate::render::markup::panggil::Seri::baru(
            "Serapan",
            serapan,
            |d| persen(Some(d)),
        )],
    );
    // Sasaran and indicators in order of first appearance over all units.
    let mut sasaran: Vec<Sasaran> = Vec::new();
    for u in units {
        for b in &u.indikator {
            let s = match sasaran.iter().position(|s| s.id == b.sasaran_id) {
                Some(i) => &mut sasaran[i],
                None => {
                    sasaran.push(Sasaran {
                        id: b.sasaran_id.clone(),
                        nama: b.sasaran.clone(),
                        kolom: Vec::new(),
                        baris: Vec::new(),
                    });
                    sasaran.last_mut().expect("just pushed")
                }
            };
            if !s.kolom.iter().any(|k| k.id == b.id) {
                s.kolom.push(Kolom {
                    id: b.id.clone(),
                    nama: b.nama.clone(),
                });
            }
        }
    }
    for s in &mut sasaran {
        for u in units.iter().filter(|u| u.gagal_muat.is_none()) {
            let sel = s
                .kolom
                .iter()
                .map(|k| {
                    match u
                        .indikator
                        .iter()
                        .find(|b| b.sasaran_id == s.id && b.id == k.id)
                    {
                        Some(b) => match b.capaian {
                            Some(c) => format::angka(c),
                            None if b.status == "Belum diisi" => "belum diisi".into(),
                            None => "N/A".into(),
                        },
                        None => "–".into(),
                    }
                })
                .collect();
            s.baris.push(Baris {
                unit: u.unit.clone(),
                sel,
            });
        }
    }
    Rekap {
        tahun: tahun_teks,
        keterangan: format!(
            "{} satuan kerja; {} dengan kesalahan pemeriksaan",
            units.len(),
            dengan_galat
        ),
        unit,
        grafik,
        sasaran,
        kriteria_kurang,
    }
}

/// The recap as a short PDF in the report's house style: the check results
/// (units with errors first), a chart of budget absorption per unit, and
/// per sasaran the units side by side. `units` should be ordered by
/// [`urutkan`].
pub fn pdf(units: &[RekapUnit]) -> Result<Vec<u8>, String> {
    use askama::Template;
    let v = tampilan(units);
    let utama = RekapTyp { v: &v }.render().map_err(|e| e.to_string())?;
    let tahun = units.iter().filter_map(|u| u.tahun).max().unwrap_or(2000);
    // A date from the data, so the same units give the same bytes.
    let tanggal = crate::model::Tanggal {
        tahun: tahun + 1,
        bulan: 1,
        hari: 1,
    };
    let s = crate::render::SumberTypst {
        utama,
        aset: Vec::new(),
    };
    let hasil = crate::render::engine::kompilasi(&s, tanggal, "lkjip/rekap", false)
        .map(|h| h.pdf)
        .map_err(|e| e.pesan.join("\n"));
    typst::comemo::evict(10);
    hasil
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_numbers_are_not() {
        for f in ["=1+1", "+1", "-1-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(SelCsv::Teks(f.into()).teks(), format!("'{f}"));
        }
        assert_eq!(SelCsv::Teks("Lapas".into()).teks(), "Lapas");
        assert_eq!(
            SelCsv::Angka(angka_csv(Decimal::new(-525, 2))).teks(),
            "-5,25"
        );
        assert_eq!(
            csv(
                &["a", "b"],
                &[vec![
                    SelCsv::Teks("=x;y".into()),
                    SelCsv::Angka("-1".into())
                ]]
            ),
            "\u{FEFF}a;b\r\n\"'=x;y\";-1\r\n"
        );
    }
}
