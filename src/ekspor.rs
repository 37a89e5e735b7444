//! `lkjip export`: one unit's figures for e-Performance, e-SAKIP or a
//! Kanwil's spreadsheet — the three-year capaian table, the Perjanjian
//! Kinerja, and the budget per programme, jenis belanja and KRO.
//!
//! [`Ekspor`] is the JSON document (its JSON Schema: `lkjip export
//! --schema`); [`tabel`] lays the same figures out as tables, written as
//! sheets of a workbook ([`xlsx`]) or sections of a CSV for Excel
//! with Indonesian regional settings ([`tulis_csv`]). Every figure comes
//! from the report's [`Hasil`](crate::calc::hasil::Hasil).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};
use schemars::JsonSchema;
use serde::Serialize;

use crate::Laporan;
use crate::calc::Nilai;
use crate::calc::anggaran::{serapan, telusuri};
use crate::model::anggaran::Tingkat;
use crate::model::pk::Polaritas;
use crate::rekap::{SelCsv, angka_csv, baris_csv, penulis_csv, status};

/// Version of the export document's schema; raised on incompatible changes.
pub const VERSI_SKEMA: u32 = 1;

/// One unit's figures (the JSON export).
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ekspor {
    /// Schema version (currently 1).
    pub versi_skema: u32,
    /// The unit's name (`unit.yaml`).
    pub unit: String,
    /// The report year.
    pub tahun: i32,
    /// Per indicator: target, realisasi and capaian of the report year and
    /// the two years before it (the three-year comparison of Bab III).
    pub capaian: Vec<CapaianIndikator>,
    /// The signed Perjanjian Kinerja.
    pub perjanjian_kinerja: PerjanjianKinerja,
    /// The budget; absent when the folder has no `anggaran.yaml` (a
    /// semester report without budget pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anggaran: Option<Anggaran>,
}

/// One indicator over three years.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CapaianIndikator {
    /// Sasaran kegiatan id.
    pub sasaran_id: String,
    /// Indicator id.
    pub id: String,
    /// Indicator.
    pub nama: String,
    /// Unit of measure (`Persen`, `Orang`, …).
    pub satuan: String,
    /// Years, oldest first; the last is the report year.
    pub tahun: Vec<TahunCapaian>,
}

/// One year of an indicator.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TahunCapaian {
    /// The year.
    pub tahun: i32,
    /// Target, if known.
    pub target: Option<f64>,
    /// Realisasi, if known.
    pub realisasi: Option<f64>,
    /// Capaian in percent, if computable.
    pub capaian: Option<f64>,
    /// `Tercapai`, `Tidak tercapai`, `Tidak dapat dihitung` or `Belum diisi`.
    pub status: String,
    /// Why there is no capaian, when it cannot be computed.
    pub keterangan: Option<String>,
}

/// The Perjanjian Kinerja.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerjanjianKinerja {
    /// Sasaran kegiatan with their indicators and targets.
    pub sasaran: Vec<SasaranPk>,
    /// Budget lines of the PK.
    pub anggaran: Vec<AnggaranPk>,
}

/// One sasaran kegiatan of the PK.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SasaranPk {
    /// Id (`SK1`).
    pub id: String,
    /// Sasaran.
    pub nama: String,
    /// Its indicators.
    pub indikator: Vec<IndikatorPk>,
}

/// One PK indicator.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndikatorPk {
    /// Id.
    pub id: String,
    /// Indicator.
    pub nama: String,
    /// Unit of measure.
    pub satuan: String,
    /// `positif` (higher is better) or `negatif`.
    pub polaritas: String,
    /// Annual target: the value, the bound of `paling_sedikit` /
    /// `paling_banyak`, the lower bound of `rentang`, 1 (ya) or 0 (tidak);
    /// null when the PK marks the target not available (`tidak_tersedia`).
    pub target: Option<f64>,
    /// How the target reads: `tepat`, `paling_sedikit` (≥ target),
    /// `paling_banyak` (≤ target), `rentang` (target to target_atas) or
    /// `ya_tidak`, or `tidak_tersedia`.
    pub jenis_target: String,
    /// Upper bound of a `rentang` target; null for the other kinds.
    pub target_atas: Option<f64>,
    /// Quarterly targets (may be empty).
    pub target_triwulan: Vec<f64>,
}

/// One PK budget line.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnggaranPk {
    /// Programme.
    pub program: String,
    /// Activity.
    pub kegiatan: String,
    /// Ceiling in Rupiah.
    pub pagu: f64,
}

/// The budget, summed from the leaves of the budget tree.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anggaran {
    /// The whole budget.
    pub total: Pos,
    /// Per programme.
    pub program: Vec<Pos>,
    /// Per jenis belanja.
    pub jenis_belanja: Vec<Pos>,
    /// Per KRO (output classification).
    pub kro: Vec<Pos>,
}

/// One budget line.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pos {
    /// Code (`WA`, `6231.EBA`, `51`); empty when there is none.
    pub kode: String,
    /// Name.
    pub nama: String,
    /// Ceiling in Rupiah.
    pub pagu: f64,
    /// Spending in Rupiah.
    pub realisasi: f64,
    /// Absorption in percent (rounded by the report's rule); none for a zero pagu.
    pub serapan: Option<f64>,
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

fn keterangan(n: &Nilai) -> Option<String> {
    match n {
        Nilai::TidakDapatDihitung(s) => Some(s.clone()),
        _ => None,
    }
}

impl Ekspor {
    /// The export of a computed report.
    pub fn dari(l: &Laporan) -> Ekspor {
        let data = &l.dimuat.data;
        let h = &l.hasil;
        let tahun = data.laporan.tahun;
        let p = data.laporan.pengaturan.persentase;
        let capaian = data
            .indikator()
            .map(|(sk, ind)| {
                let mut tahun_v = Vec::new();
                if let Some(b) = h.banding(&ind.id) {
                    for (y, t) in b.riwayat.range(tahun - 2..tahun) {
                        let cap = match &t.riwayat.tidak_dapat_dihitung {
                            Some(why) => Nilai::TidakDapatDihitung(why.clone()),
                            None => t.capaian.clone(),
                        };
                        tahun_v.push(TahunCapaian {
                            tahun: *y,
                            target: t.riwayat.target.map(|a| f(a.get())),
                            realisasi: t.riwayat.realisasi.map(|a| f(a.get())),
                            capaian: cap.ada().map(f),
                            status: status(&cap).into(),
                            keterangan: keterangan(&cap),
                        });
                    }
                }
                let hi = h.indikator(&ind.id);
                let cap = hi.map(|x| x.capaian.clone()).unwrap_or(Nilai::BelumDiisi);
                tahun_v.push(TahunCapaian {
                    tahun,
                    target: ind.target.nilai().map(f),
                    realisasi: hi.and_then(|x| x.realisasi.ada()).map(f),
                    capaian: cap.ada().map(f),
                    status: status(&cap).into(),
                    keterangan: keterangan(&cap),
                });
                CapaianIndikator {
                    sasaran_id: sk.id.clone(),
                    id: ind.id.clone(),
                    nama: ind.nama.clone(),
                    satuan: ind.satuan.nama(),
                    tahun: tahun_v,
                }
            })
            .collect();
        let perjanjian_kinerja = PerjanjianKinerja {
            sasaran: data
                .pk
                .sasaran_kegiatan
                .iter()
                .map(|sk| SasaranPk {
                    id: sk.id.clone(),
                    nama: sk.nama.clone(),
                    indikator: sk
                        .indikator
                        .iter()
                        .map(|i| IndikatorPk {
                            id: i.id.clone(),
                            nama: i.nama.clone(),
                            satuan: i.satuan.nama(),
                            polaritas: match i.arah() {
                                Polaritas::Positif => "positif",
                                Polaritas::Negatif => "negatif",
                            }
                            .into(),
                            target: i.target.nilai().map(f),
                            jenis_target: i.target.jenis().into(),
                            target_atas: i.target.batas_atas().map(f),
                            target_triwulan: i.target_triwulan.iter().map(|a| f(a.get())).collect(),
                        })
                        .collect(),
                })
                .collect(),
            anggaran: data
                .pk
                .anggaran
                .iter()
                .map(|a| AnggaranPk {
                    program: a.program.clone(),
                    kegiatan: a.kegiatan.clone(),
                    pagu: f(a.pagu.get()),
                })
                .collect(),
        };
        let pos = |kode: &str, nama: &str, pagu: Decimal, realisasi: Decimal| Pos {
            kode: kode.into(),
            nama: nama.into(),
            pagu: f(pagu),
            realisasi: f(realisasi),
            serapan: serapan(pagu, realisasi, p).persen.ada().map(f),
        };
        let simpul = |program: &[crate::model::anggaran::Node], tingkat: Tingkat| -> Vec<Pos> {
            telusuri(program)
                .into_iter()
                .filter(|(_, n)| n.tingkat == tingkat)
                .map(|(path, n)| {
                    let s = &h.pohon_anggaran[&path];
                    pos(&n.kode, &n.nama, s.pagu, s.realisasi)
                })
                .collect()
        };
        let anggaran = match (&data.anggaran, &h.anggaran, &h.jenis_belanja) {
            (Some(a), Some(total), Some((jenis, _))) => Some(Anggaran {
                total: pos("", "Jumlah", total.pagu, total.realisasi),
                program: simpul(&a.program, Tingkat::Program),
                jenis_belanja: a
                    .jenis_belanja
                    .iter()
                    .zip(jenis)
                    .map(|(j, s)| {
                        pos(
                            j.kode.as_deref().unwrap_or(""),
                            &j.nama,
                            s.pagu,
                            s.realisasi,
                        )
                    })
                    .collect(),
                kro: simpul(&a.program, Tingkat::Kro),
            }),
            _ => None,
        };
        Ekspor {
            versi_skema: VERSI_SKEMA,
            unit: data.unit.nama.clone(),
            tahun,
            capaian,
            perjanjian_kinerja,
            anggaran,
        }
    }

    /// The JSON document, pretty-printed.
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).expect("export serializes")
    }
}

/// The JSON Schema (draft 2020-12, as schemars writes it) of [`Ekspor`].
pub fn skema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(Ekspor)).expect("schema serializes")
}

/// A cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub enum Sel {
    /// Text.
    Teks(String),
    /// A count or an amount (`#,##0`, or `#,##0.00` when it has decimals).
    Angka(f64),
    /// A percentage (`#,##0.00`).
    Persen(f64),
    /// Nothing.
    Kosong,
}

/// One exported table: a sheet of the workbook, a section of the CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct Tabel {
    /// Sheet name.
    pub nama: &'static str,
    /// Header row.
    pub kepala: Vec<&'static str>,
    /// Rows.
    pub baris: Vec<Vec<Sel>>,
}

fn teks(s: &str) -> Sel {
    Sel::Teks(s.to_string())
}

fn opsi(v: Option<f64>, persen: bool) -> Sel {
    match (v, persen) {
        (Some(v), true) => Sel::Persen(v),
        (Some(v), false) => Sel::Angka(v),
        (None, _) => Sel::Kosong,
    }
}

/// The export as tables: `Capaian` (one row per indicator and year), `PK`
/// (indicators and targets, then the budget lines), `Anggaran` (total,
/// programmes, jenis belanja, KRO).
pub fn tabel(e: &Ekspor) -> Vec<Tabel> {
    let capaian = Tabel {
        nama: "Capaian",
        kepala: vec![
            "Sasaran",
            "ID",
            "Indikator",
            "Satuan",
            "Tahun",
            "Target",
            "Realisasi",
            "Capaian (%)",
            "Status",
            "Keterangan",
        ],
        baris: e
            .capaian
            .iter()
            .flat_map(|c| {
                c.tahun.iter().map(move |t| {
                    vec![
                        teks(&c.sasaran_id),
                        teks(&c.id),
                        teks(&c.nama),
                        teks(&c.satuan),
                        Sel::Angka(t.tahun as f64),
                        opsi(t.target, false),
                        opsi(t.realisasi, false),
                        opsi(t.capaian, true),
                        teks(&t.status),
                        t.keterangan.as_deref().map(teks).unwrap_or(Sel::Kosong),
                    ]
                })
            })
            .collect(),
    };
    let mut pk_baris: Vec<Vec<Sel>> = e
        .perjanjian_kinerja
        .sasaran
        .iter()
        .flat_map(|s| {
            s.indikator.iter().map(move |i| {
                let mut b = vec![
                    teks(&s.id),
                    teks(&s.nama),
                    teks(&i.id),
                    teks(&i.nama),
                    teks(&i.satuan),
                    teks(&i.polaritas),
                    opsi(i.target, false),
                    teks(&i.jenis_target),
                    opsi(i.target_atas, false),
                ];
                for q in 0..4 {
                    b.push(opsi(i.target_triwulan.get(q).copied(), false));
                }
                b
            })
        })
        .collect();
    for a in &e.perjanjian_kinerja.anggaran {
        pk_baris.push(vec![
            teks("Anggaran"),
            teks(&a.program),
            Sel::Kosong,
            teks(&a.kegiatan),
            teks("Rp"),
            Sel::Kosong,
            Sel::Angka(a.pagu),
            Sel::Kosong,
            Sel::Kosong,
            Sel::Kosong,
            Sel::Kosong,
            Sel::Kosong,
            Sel::Kosong,
        ]);
    }
    let pk = Tabel {
        nama: "PK",
        kepala: vec![
            "Sasaran",
            "Uraian sasaran",
            "ID",
            "Indikator",
            "Satuan",
            "Polaritas",
            "Target",
            "Jenis target",
            "Target atas",
            "TW I",
            "TW II",
            "TW III",
            "TW IV",
        ],
        baris: pk_baris,
    };
    let pos = |rincian: &str, p: &Pos| {
        vec![
            teks(rincian),
            teks(&p.kode),
            teks(&p.nama),
            Sel::Angka(p.pagu),
            Sel::Angka(p.realisasi),
            opsi(p.serapan, true),
        ]
    };
    // Without a budget the sheet keeps its header and has no rows.
    let mut ang = Vec::new();
    if let Some(a) = &e.anggaran {
        ang.push(pos("Jumlah", &a.total));
        ang.extend(a.program.iter().map(|p| pos("Program", p)));
        ang.extend(a.jenis_belanja.iter().map(|p| pos("Jenis belanja", p)));
        ang.extend(a.kro.iter().map(|p| pos("KRO", p)));
    }
    let anggaran = Tabel {
        nama: "Anggaran",
        kepala: vec![
            "Rincian",
            "Kode",
            "Uraian",
            "Pagu (Rp)",
            "Realisasi (Rp)",
            "Serapan (%)",
        ],
        baris: ang,
    };
    vec![capaian, pk, anggaran]
}

/// The tables as the bytes of a workbook (written by
/// [`crate::berkas::tulis`]): numeric cells with Excel's built-in
/// formats `#,##0` and `#,##0.00` (shown with the reader's regional
/// separators), a frozen, bold header row, an autofilter and fitted widths.
pub fn xlsx(tabel: &[Tabel]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let kepala = Format::new()
        .set_bold()
        .set_background_color(rust_xlsxwriter::Color::RGB(0xEBEBEB))
        .set_border_bottom(FormatBorder::Thin);
    let bulat = Format::new().set_num_format_index(3);
    let desimal = Format::new().set_num_format_index(4);
    for t in tabel {
        let ws = wb.add_worksheet();
        ws.set_name(t.nama)?;
        for (c, k) in t.kepala.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *k, &kepala)?;
        }
        for (r, b) in t.baris.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, s) in b.iter().enumerate() {
                let c = c as u16;
                match s {
                    Sel::Teks(s) => {
                        ws.write_string(r, c, s)?;
                    }
                    Sel::Angka(v) if v.fract() == 0.0 => {
                        ws.write_number_with_format(r, c, *v, &bulat)?;
                    }
                    Sel::Angka(v) | Sel::Persen(v) => {
                        ws.write_number_with_format(r, c, *v, &desimal)?;
                    }
                    Sel::Kosong => {}
                }
            }
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(
            0,
            0,
            (t.baris.len() as u32).max(1),
            t.kepala.len() as u16 - 1,
        )?;
        ws.autofit();
    }
    wb.save_to_buffer()
}

/// Writes the tables as one CSV for Excel with Indonesian regional
/// settings (UTF-8 BOM, `;`, decimal comma): each table under a line with
/// its name, tables separated by an empty line.
pub fn tulis_csv(tabel: &[Tabel]) -> String {
    let mut out = "\u{FEFF}".as_bytes().to_vec();
    for (i, t) in tabel.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\r\n");
        }
        let mut w = penulis_csv(&mut out);
        baris_csv(&mut w, &[SelCsv::Teks(t.nama.to_string())]);
        let kepala: Vec<SelCsv> = t
            .kepala
            .iter()
            .map(|k| SelCsv::Teks(k.to_string()))
            .collect();
        baris_csv(&mut w, &kepala);
        for b in &t.baris {
            let sel: Vec<SelCsv> = b
                .iter()
                .map(|s| match s {
                    Sel::Teks(s) => SelCsv::Teks(s.clone()),
                    Sel::Angka(v) | Sel::Persen(v) => SelCsv::Angka(angka_csv(
                        Decimal::from_f64_retain(*v).unwrap_or_default().round_dp(4),
                    )),
                    Sel::Kosong => SelCsv::Angka(String::new()),
                })
                .collect();
            baris_csv(&mut w, &sel);
        }
        let _ = w.flush();
    }
    String::from_utf8_lossy(&out).into_owned()
}
