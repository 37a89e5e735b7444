//! Bab III B Realisasi Anggaran: totals, the tables per programme and
//! activity, per jenis belanja and per KRO/RO, and the chart of spending
//! over the years. The wording is in `templates/bab3/anggaran.typ`.

use rust_decimal::Decimal;

use super::tabel_data::tabel_serapan;
use crate::calc;
use crate::model::anggaran::Tingkat;
use crate::render::markup::Markup;
use crate::render::markup::panggil::{self, Seri};
use crate::render::tabel::{Rata, Sel, TabelTyp};
use crate::render::view::{Konteks, md, md_opt};

/// Bab III B.
#[derive(Debug)]
pub struct Anggaran {
    /// The unit's introduction.
    pub pengantar: Markup,
    /// The unit's name.
    pub unit: String,
    /// Pagu, with its amount in words.
    pub pagu: String,
    /// Realisasi, with its amount in words.
    pub realisasi: String,
    /// Realisasi in percent of the pagu.
    pub persen: String,
    /// Unspent amount.
    pub sisa: String,
    /// Table per programme and activity, unless there are none.
    pub tabel_program: Option<Markup>,
    /// Table per jenis belanja, unless there are none.
    pub tabel_jenis_belanja: Option<Markup>,
    /// The years of the chart for its caption (`2021–2023`, or `2023`).
    pub tahun_grafik: String,
    /// Chart of spending per jenis belanja per year, when any year has one.
    pub grafik: Option<Markup>,
    /// Spending per year, for the list under the chart.
    pub per_tahun: Vec<BelanjaTahun>,
    /// The unit's text about the chart (may be empty).
    pub uraian_grafik: Markup,
    /// Table per KRO and RO, unless there are none.
    pub tabel_kro: Option<Markup>,
    /// The unit's text about it (may be empty).
    pub uraian_kro: Markup,
}

/// The "efisiensi penggunaan sumber daya" part: per indicator its budget,
/// spending, absorption and capaian.
#[derive(Debug)]
pub struct EfisiensiView {
    /// The table.
    pub tabel: Markup,
    /// Indicators whose capaian is at or above their absorption.
    pub efisien: Vec<String>,
    /// Indicators whose capaian is below their absorption.
    pub kurang: Vec<String>,
    /// Indicators whose absorption or capaian cannot be computed.
    pub tidak_dapat: Vec<String>,
}

/// The efficiency part from [`crate::calc::anggaran::efisiensi`].
/// The efficiency part, from the indicators' own budgets (`capaian.yaml`);
/// it stands with or without `anggaran.yaml`.
pub(super) fn efisiensi(k: &Konteks) -> Option<EfisiensiView> {
    if k.hasil.efisiensi.is_empty() {
        return None;
    }
    let mut t = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Indikator Kinerja", "2fr", Rata::Kiri),
        ("Anggaran", "1fr", Rata::Kanan),
        ("Realisasi", "1fr", Rata::Kanan),
        ("% Serapan", "auto", Rata::Tengah),
        ("Capaian", "auto", Rata::Tengah),
    ]);
    let (mut efisien, mut kurang, mut tidak_dapat) = (vec![], vec![], vec![]);
    for (i, e) in k.hasil.efisiensi.iter().enumerate() {
        let nama =
            k.d.data
                .indikator()
                .find(|(_, ind)| ind.id == e.id)
                .map(|(_, ind)| ind.nama.clone())
                .unwrap_or_else(|| e.id.clone());
        t.isi.push(vec![
            Sel::teks(&(i + 1).to_string()),
            Sel::teks(&nama),
            Sel::teks(&k.rp(e.serapan.pagu)),
            Sel::teks(&k.rp(e.serapan.realisasi)),
            Sel::teks(&k.persen(&e.serapan.persen)),
            Sel::teks(&k.persen(&e.capaian)),
        ]);
        match e.selisih {
            Some(d) if d >= Decimal::ZERO => efisien.push(nama),
            Some(_) => kurang.push(nama),
            None => tidak_dapat.push(nama),
        }
    }
    Some(EfisiensiView {
        tabel: t.markup(),
        efisien,
        kurang,
        tidak_dapat,
    })
}

/// One year's spending per jenis belanja.
#[derive(Debug)]
pub struct BelanjaTahun {
    /// Year.
    pub tahun: i32,
    /// Total spending.
    pub jumlah: String,
    /// (jenis belanja, amount) pairs.
    pub rincian: Vec<(String, String)>,
}

/// Bab III B from the data; `None` without `anggaran.yaml`.
pub(super) fn bangun(k: &mut Konteks) -> Option<Anggaran> {
    let data = &k.d.data;
    let a = data.anggaran.as_ref()?;
    let tahun = data.laporan.tahun;
    let total = k.hasil.anggaran.clone()?;
    // Per programme and activity.
    let mut nomor = 0;
    let rows = calc::anggaran::rincian(a, &k.hasil.pohon_anggaran, Tingkat::Kegiatan)
        .into_iter()
        .map(|r| {
            let program = r.tingkat == Tingkat::Program;
            if program {
                nomor += 1;
            }
            (
                vec![
                    if program {
                        nomor.to_string()
                    } else {
                        String::new()
                    },
                    r.kode.to_string(),
                    r.nama.to_string(),
                ],
                r.serapan,
                program,
            )
        })
        .collect();
    let tabel_program = tabel_serapan(
        k,
        &["No", "Kode", "Program / Kegiatan"],
        rows,
        Some(total.clone()),
    )
    .markup_berisi();
    // Per jenis belanja.
    let (rows, sum) = k.hasil.jenis_belanja.clone()?;
    let rows = a
        .jenis_belanja
        .iter()
        .zip(rows)
        .enumerate()
        .map(|(i, (j, s))| (vec![(i + 1).to_string(), j.nama.clone()], s, false))
        .collect();
    let tabel_jenis_belanja =
        tabel_serapan(k, &["No", "Jenis Belanja"], rows, Some(sum)).markup_berisi();
    // Chart of spending per jenis belanja over the years.
    let mut years: Vec<(i32, Vec<(String, Decimal)>)> = k
        .hasil
        .riwayat_jenis_belanja
        .iter()
        .filter(|(y, _)| **y < tahun)
        .map(|(y, js)| {
            (
                *y,
                js.iter()
                    .map(|j| (j.nama.clone(), j.realisasi.get()))
                    .collect(),
            )
        })
        .collect();
    years.push((
        tahun,
        a.jenis_belanja
            .iter()
            .map(|j| (j.nama.clone(), j.realisasi.get()))
            .collect(),
    ));
    // A year without any jenis belanja has nothing to chart or list.
    years.retain(|(_, js)| !js.is_empty());
    let mut kategori: Vec<String> = Vec::new();
    for (_, js) in &years {
        for (n, _) in js {
            if !kategori.contains(n) {
                kategori.push(n.clone());
            }
        }
    }
    let seri: Vec<Seri> = years
        .iter()
        .map(|(y, js)| {
            let nilai: Vec<_> = kategori
                .iter()
                .map(|c| js.iter().find(|(n, _)| n == c).map(|(_, v)| *v))
                .collect();
            Seri::baru(&y.to_string(), nilai, |v| k.rp(v))
        })
        .collect();
    let tahun_grafik = crate::format::rentang_tahun(
        years.first().map_or(tahun, |(y, _)| *y),
        years.last().map_or(tahun, |(y, _)| *y),
    );
    let per_tahun = years
        .iter()
        .map(|(y, js)| {
            let sum: Decimal = js.iter().map(|(_, v)| *v).sum();
            BelanjaTahun {
                tahun: *y,
                jumlah: k.rp(sum),
                rincian: js.iter().map(|(n, v)| (n.clone(), k.rp(*v))).collect(),
            }
        })
        .collect();
    Some(Anggaran {
        pengantar: md(&a.pengantar),
        unit: data.unit.nama.clone(),
        pagu: k.rp_terbilang(total.pagu),
        realisasi: k.rp_terbilang(total.realisasi),
        persen: k.persen(&total.persen),
        sisa: k.rp(total.sisa),
        tabel_program,
        tabel_jenis_belanja,
        tahun_grafik,
        grafik: (!kategori.is_empty()).then(|| panggil::grafik_batang(&kategori, &seri)),
        per_tahun,
        uraian_grafik: md_opt(a.uraian_grafik.as_ref()),
        tabel_kro: tabel_kro(k, a, &total),
        uraian_kro: md_opt(a.uraian_kro.as_ref()),
    })
}

/// Pagu and realisasi per KRO and RO.
fn tabel_kro(
    k: &Konteks,
    a: &crate::model::anggaran::Anggaran,
    total: &calc::anggaran::Serapan,
) -> Option<Markup> {
    let mut nomor = 0;
    let rows: Vec<Vec<Sel>> = calc::anggaran::rincian(a, &k.hasil.pohon_anggaran, Tingkat::Ro)
        .into_iter()
        .filter(|r| matches!(r.tingkat, Tingkat::Kro | Tingkat::Ro))
        .map(|r| {
            let kro = r.tingkat == Tingkat::Kro;
            if kro {
                nomor += 1;
            }
            let vol = r
                .volume
                .map(|v| format!("{} {}", k.angka(v.jumlah.get()), v.satuan))
                .unwrap_or_default();
            let cells = vec![
                Sel::teks(&if kro {
                    nomor.to_string()
                } else {
                    String::new()
                }),
                Sel::teks(r.kode),
                Sel::teks(r.nama),
                Sel::teks(&vol),
                Sel::teks(&k.angka(r.serapan.pagu)),
                Sel::teks(&k.angka(r.serapan.realisasi)),
                Sel::teks(&k.persen(&r.serapan.persen)),
            ];
            if kro {
                cells.into_iter().map(Sel::tebal).collect()
            } else {
                cells
            }
        })
        .collect();
    let mut t = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Kode", "auto", Rata::Kiri),
        ("KRO / RO", "1fr", Rata::Kiri),
        ("Volume", "auto", Rata::Kanan),
        ("Pagu (Rp)", "auto", Rata::Kanan),
        ("Realisasi (Rp)", "auto", Rata::Kanan),
        ("%", "auto", Rata::Kanan),
    ]);
    t.isi = rows;
    t.kaki.push(vec![
        Sel::teks("Jumlah").lebar(4).rata(Rata::Tengah),
        Sel::teks(&k.angka(total.pagu)),
        Sel::teks(&k.angka(total.realisasi)),
        Sel::teks(&k.persen(&total.persen)),
    ]);
    t.markup_berisi()
}
