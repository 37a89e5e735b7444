//! The tables shown under an indicator: its data tables from
//! `capaian.yaml`, and the generated population and layanan perkantoran
//! tables. Wording around them is in `templates/bab3/indikator.typ`.

use crate::jalur;
use rust_decimal::Decimal;

use crate::calc;
use crate::calc::tabel::JumlahTabel;
use crate::model::capaian::{CapaianIndikator, TabelOtomatis};
use crate::model::tabel::{
    AturanStok, Baris, JenisSeri, JenisTabel, KolomHitung, Sel as SelData, Tabel,
};
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};
use crate::render::view::{Konteks, md};

/// A table under an indicator, with what the template prints around it.
#[derive(Debug)]
pub enum TabelIndikator {
    /// The population table (`populasi.yaml`).
    Populasi(Populasi),
    /// The layanan perkantoran budget table.
    LayananPerkantoran(Markup),
    /// A data table of `capaian.yaml`.
    Data(TabelBerjudul),
}

/// The population table.
#[derive(Debug)]
pub struct Populasi {
    /// The years shown for the caption (`2021–2023`, or `2023`), if any.
    pub tahun: Option<String>,
    /// The table.
    pub tabel: Markup,
    /// The unit's note under it (may be empty).
    pub catatan: Markup,
}

/// A data table with the unit's title and note.
#[derive(Debug)]
pub struct TabelBerjudul {
    /// Title.
    pub judul: String,
    /// The table, unless it has no rows (then only its note is printed).
    pub tabel: Option<Markup>,
    /// Note under it (may be empty).
    pub catatan: Markup,
    /// Where its figures come from, when given.
    pub sumber: Option<String>,
    /// The stock rows whose computed `Jumlah` is not a sum, for the
    /// sentence under the table that says so.
    pub stok: Option<CatatanStok>,
}

/// Stock rows (`seri: stok`) of a table with a computed `Jumlah` column.
#[derive(Debug)]
pub struct CatatanStok {
    /// Their first labels (`Penghuni akhir bulan`).
    pub baris: Vec<String>,
    /// Whether they stand for the period by their average (else by
    /// their last period).
    pub rata_rata: bool,
}

/// Which rows of `t` the template must say are stocks, when `t`
/// computes a `Jumlah` column; rows with the average rule and rows with
/// the last-value rule never mix in one sentence, so the average ones
/// are named only when every stock row averages.
fn catatan_stok(t: &Tabel) -> Option<CatatanStok> {
    if !t.kolom_hitung.contains(&KolomHitung::Jumlah) {
        return None;
    }
    let stok: Vec<&Baris> = calc::tabel::semua_baris(&t.baris)
        .filter(|b| b.seri == Some(JenisSeri::Stok) && !b.nilai.is_empty())
        .collect();
    if stok.is_empty() {
        return None;
    }
    let rata_rata = stok
        .iter()
        .all(|b| b.aturan_stok.unwrap_or_default() == AturanStok::RataRata);
    let nama: Vec<String> = stok
        .iter()
        .filter(|b| (b.aturan_stok.unwrap_or_default() == AturanStok::RataRata) == rata_rata)
        .map(|b| b.label.first().cloned().unwrap_or_default())
        .collect();
    Some(CatatanStok {
        baris: nama,
        rata_rata,
    })
}

/// The tables of indicator `c`, in the order the report prints them.
pub(super) fn tabel_indikator(
    k: &Konteks,
    id: &str,
    c: Option<&CapaianIndikator>,
) -> Vec<TabelIndikator> {
    let mut out = Vec::new();
    let Some(c) = c else {
        return out;
    };
    for o in &c.tabel_otomatis {
        match o {
            // Without populasi.yaml check refuses this table (LK109); nothing to draw.
            TabelOtomatis::Populasi if k.d.data.populasi.is_none() => {}
            TabelOtomatis::Populasi => out.push(TabelIndikator::Populasi(tabel_populasi(k))),
            TabelOtomatis::LayananPerkantoran => {
                if let Some(t) = tabel_layanan_perkantoran(k) {
                    out.push(TabelIndikator::LayananPerkantoran(t));
                }
            }
        }
    }
    for (ti, t) in c.tabel.iter().enumerate() {
        let jumlah = &k.hasil.tabel[&(id.to_string(), ti)];
        let rinci = &k.hasil.tabel_rinci[&(id.to_string(), ti)];
        out.push(TabelIndikator::Data(TabelBerjudul {
            judul: t.judul.clone(),
            tabel: tabel_data(k, t, jumlah, rinci).markup_berisi(),
            catatan: t.catatan.as_ref().map(md).unwrap_or_default(),
            sumber: t.sumber.clone(),
            stok: catatan_stok(t),
        }));
    }
    out
}

fn sel_data(s: &SelData, k: &Konteks) -> String {
    match s {
        SelData::Angka(a) => k.angka_tertulis(a.get()),
        SelData::Teks(t) => t.clone(),
    }
}

/// Header of a computed column.
fn kepala_hitung(k: KolomHitung) -> &'static str {
    match k {
        KolomHitung::Jumlah => "Jumlah",
        KolomHitung::RataRata => "Rata-rata",
    }
}

/// A data table of `capaian.yaml` as a Typst table; `rinci` holds its
/// subtotals and computed columns.
pub(crate) fn tabel_data(
    k: &Konteks,
    t: &Tabel,
    jumlah: &[Decimal],
    rinci: &JumlahTabel,
) -> TabelTyp {
    let n_val = t.kolom.len();
    let n_hitung = t.kolom_hitung.len();
    let n_label = t.kolom_label.len().max(1);
    let mut cols = Vec::new();
    if t.bernomor {
        cols.push(kolom("auto", Rata::Tengah));
    }
    for i in 0..n_label {
        cols.push(kolom(if i == 0 { "1fr" } else { "auto" }, Rata::Kiri));
    }
    let val_rata = match t.jenis {
        JenisTabel::Periksa => Rata::Tengah,
        JenisTabel::Hitungan => Rata::Kanan,
        JenisTabel::Teks => Rata::Kiri,
    };
    for _ in 0..n_val {
        cols.push(kolom(
            if t.jenis == JenisTabel::Teks {
                "1fr"
            } else {
                "auto"
            },
            val_rata,
        ));
    }
    for _ in 0..n_hitung {
        cols.push(kolom("auto", Rata::Kanan));
    }
    let mut tt = TabelTyp::baru(cols);
    let dua = t.grup_kolom.is_some() && n_val > 0;
    let span = if dua { 2 } else { 1 };
    let mut head = Vec::new();
    if t.bernomor {
        head.push(Sel::teks("No").tinggi(span));
    }
    for i in 0..n_label {
        head.push(Sel::teks(t.kolom_label.get(i).map(String::as_str).unwrap_or("")).tinggi(span));
    }
    let hitung = || t.kolom_hitung.iter().map(|h| Sel::teks(kepala_hitung(*h)));
    if let Some(g) = &t.grup_kolom {
        if n_val > 0 {
            head.push(Sel::teks(g).lebar(n_val as u32));
            head.extend(hitung().map(|s| s.tinggi(span)));
            tt.kepala.push(head);
            head = t.kolom.iter().map(|c| Sel::teks(c)).collect();
        } else {
            head.extend(hitung());
        }
    } else {
        head.extend(t.kolom.iter().map(|c| Sel::teks(c)));
        head.extend(hitung());
    }
    tt.kepala.push(head);

    #[allow(clippy::too_many_arguments)]
    fn rows(
        k: &Konteks,
        t: &Tabel,
        baris: &[Baris],
        path: &crate::diag::Jalur,
        rinci: &JumlahTabel,
        depth: usize,
        nomor: &mut usize,
        out: &mut Vec<Vec<Sel>>,
    ) {
        let n_label = t.kolom_label.len().max(1);
        for (bi, b) in baris.iter().enumerate() {
            let here = jalur!((path)[bi]);
            let mut row = Vec::new();
            if t.bernomor {
                if depth == 0 {
                    *nomor += 1;
                    row.push(Sel::teks(&nomor.to_string()));
                } else {
                    row.push(Sel::default());
                }
            }
            for i in 0..n_label {
                let text = b.label.get(i).map(String::as_str).unwrap_or("");
                if i == 0 && depth > 0 {
                    row.push(Sel::menjorok(depth, text));
                } else {
                    row.push(Sel::teks(text));
                }
            }
            let n_nilai = t.kolom.len() + t.kolom_hitung.len();
            if b.nilai.is_empty() {
                if n_nilai > 0 {
                    row.push(Sel::default().lebar(n_nilai as u32));
                }
            } else {
                for c in 0..t.kolom.len() {
                    row.push(
                        b.nilai
                            .get(c)
                            .map(|s| Sel::teks(&sel_data(s, k)))
                            .unwrap_or_default(),
                    );
                }
                let hitung = rinci.hitung.get(&here);
                for c in 0..t.kolom_hitung.len() {
                    row.push(
                        hitung
                            .and_then(|h| h.get(c).copied().flatten())
                            .map(|v| Sel::teks(&k.angka(v)))
                            .unwrap_or_default(),
                    );
                }
            }
            out.push(row);
            rows(
                k,
                t,
                &b.rinci,
                &jalur!((here).rinci),
                rinci,
                depth + 1,
                nomor,
                out,
            );
            // A subtotal row closes the group, like the table's total row;
            // its computed columns stay empty (the group's rows carry them).
            if let (Some(label), Some(v)) = (&b.subjumlah, rinci.subjumlah.get(&here)) {
                let lead = n_label + usize::from(t.bernomor);
                let mut row = vec![Sel::teks(label).lebar(lead as u32).rata(Rata::Tengah)];
                row.extend(
                    (0..t.kolom.len())
                        .map(|c| Sel::teks(&k.angka(v.get(c).copied().unwrap_or_default()))),
                );
                row.extend((0..t.kolom_hitung.len()).map(|_| Sel::default()));
                out.push(row);
            }
        }
    }
    let mut nomor = 0;
    rows(
        k,
        t,
        &t.baris,
        &jalur!(baris),
        rinci,
        0,
        &mut nomor,
        &mut tt.isi,
    );

    if let Some(label) = &t.jumlah {
        let lead = n_label + usize::from(t.bernomor);
        let mut row = vec![Sel::teks(label).lebar(lead as u32).rata(Rata::Tengah)];
        for c in 0..n_val {
            let total = jumlah.get(c).copied().unwrap_or_default();
            let text = match t.jenis {
                JenisTabel::Periksa | JenisTabel::Hitungan => k.angka(total),
                JenisTabel::Teks => String::new(),
            };
            row.push(Sel::teks(&text));
        }
        for c in 0..n_hitung {
            let v = rinci.hitung_jumlah.get(c).copied().flatten();
            row.push(v.map(|v| Sel::teks(&k.angka(v))).unwrap_or_default());
        }
        tt.kaki.push(row);
    }
    tt
}

/// The population table (from `populasi.yaml`).
fn tabel_populasi(k: &Konteks) -> Populasi {
    let rows = &k.hasil.populasi;
    let mut cols = vec![kolom("1fr", Rata::Kiri)];
    cols.extend(rows.iter().map(|_| kolom("auto", Rata::Kanan)));
    let mut t = TabelTyp::baru(cols);
    let mut head = vec![Sel::teks("Uraian")];
    head.extend(rows.iter().map(|r| Sel::teks(&r.tahun.to_string())));
    t.kepala.push(head);
    let line = |label: &str, f: &dyn Fn(&calc::populasi::BarisPopulasi) -> String| {
        let mut row = vec![Sel::teks(label)];
        row.extend(rows.iter().map(|r| Sel::teks(&f(r))));
        row
    };
    t.isi
        .push(line("Narapidana", &|r| r.penghuni.narapidana.to_string()));
    t.isi
        .push(line("Tahanan", &|r| r.penghuni.tahanan.to_string()));
    t.isi.push(line("Anak", &|r| r.penghuni.anak.to_string()));
    t.isi.push(
        line("Jumlah penghuni", &|r| r.jumlah.to_string())
            .into_iter()
            .map(Sel::tebal)
            .collect(),
    );
    let kapasitas = k.d.data.populasi.as_ref().map(|p| p.kapasitas);
    t.isi.push(line("Kapasitas", &|_| {
        kapasitas.map(|c| c.to_string()).unwrap_or_default()
    }));
    t.isi
        .push(line("Selisih penghuni terhadap kapasitas", &|r| {
            r.selisih.to_string()
        }));
    t.isi.push(line("Kelebihan kapasitas (overcrowded)", &|r| {
        k.persen(&r.kelebihan)
    }));
    Populasi {
        tahun: rows
            .first()
            .zip(rows.last())
            .map(|(a, b)| crate::format::rentang_tahun(a.tahun, b.tahun)),
        tabel: t.markup(),
        catatan: k
            .d
            .data
            .populasi
            .as_ref()
            .and_then(|p| p.catatan.as_ref())
            .map(md)
            .unwrap_or_default(),
    }
}

/// Rows of (code, name, figures) as a budget table.
pub(super) fn tabel_serapan(
    k: &Konteks,
    kepala: &[&str],
    rows: Vec<(Vec<String>, calc::anggaran::Serapan, bool)>,
    total: Option<calc::anggaran::Serapan>,
) -> TabelTyp {
    let n_lead = kepala.len();
    let mut cols: Vec<_> = (0..n_lead)
        .map(|i| kolom(if i + 1 == n_lead { "1fr" } else { "auto" }, Rata::Kiri))
        .collect();
    for _ in 0..4 {
        cols.push(kolom("auto", Rata::Kanan));
    }
    let mut t = TabelTyp::baru(cols);
    let mut head: Vec<Sel> = kepala.iter().map(|h| Sel::teks(h)).collect();
    head.extend(["Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"].map(Sel::teks));
    t.kepala.push(head);
    let angka = |s: &calc::anggaran::Serapan| {
        [
            k.angka(s.pagu),
            k.angka(s.realisasi),
            k.angka(s.sisa),
            k.persen(&s.persen),
        ]
        .map(|c| Sel::teks(&c))
    };
    for (lead, s, bold) in rows {
        let mut row: Vec<Sel> = lead.iter().map(|c| Sel::teks(c)).collect();
        row.extend(angka(&s));
        if bold {
            row = row.into_iter().map(Sel::tebal).collect();
        }
        t.isi.push(row);
    }
    if let Some(s) = total {
        let mut row = vec![Sel::teks("Jumlah").lebar(n_lead as u32).rata(Rata::Tengah)];
        row.extend(angka(&s));
        t.kaki.push(row);
    }
    t
}

/// The layanan perkantoran table (components of the configured RO).
fn tabel_layanan_perkantoran(k: &Konteks) -> Option<Markup> {
    let (rows, total) =
        calc::anggaran::layanan_perkantoran(k.d.data.anggaran.as_ref()?, &k.hasil.pohon_anggaran)?;
    let rows = rows
        .into_iter()
        .map(|(n, s)| (vec![n.kode.clone(), n.nama.clone()], s, false))
        .collect();
    Some(tabel_serapan(k, &["Kode", "Uraian"], rows, Some(total)).markup())
}
