//! Bab III Akuntabilitas Kinerja: A capaian per indicator, B realisasi
//! anggaran, C capaian kinerja anggaran, D capaian kinerja lainnya.

use rust_decimal::Decimal;

use super::{Konteks, daftar_nomor, figur_tabel, md, md_opt, romawi};
use crate::calc::{self, Nilai, capaian::HasilIndikator};
use crate::model::capaian::{CapaianIndikator, Realisasi, TabelOtomatis};
use crate::model::pk::{Indikator, Polaritas, SasaranKegiatan};
use crate::model::tabel::{Baris, JenisTabel, Sel as SelData, Tabel};
use crate::render::escape;
use crate::render::markdown::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// One indicator's section.
#[derive(Debug)]
pub struct IndikatorView {
    /// Name (heading).
    pub nama: String,
    /// 1. The unit's introduction, then the generated target sentence.
    pub pengantar: Markup,
    /// 1. Data tables with their notes.
    pub tabel_data: Markup,
    /// 1. How realisasi and capaian follow, the capaian table and the verdict.
    pub perhitungan: Markup,
    /// 1. The unit's explanation.
    pub penjelasan: Markup,
    /// 2. Earlier years.
    pub tahun_lalu: Markup,
    /// 3. Renstra.
    pub renstra: Markup,
    /// 4. National standard.
    pub standar_nasional: Markup,
    /// 5. Title of the causes section (keberhasilan / kegagalan).
    pub judul_penyebab: String,
    /// 5. Causes.
    pub penyebab: Markup,
    /// 6. Supporting programmes.
    pub program: Markup,
}

/// One activity goal's part of Bab III A.
#[derive(Debug)]
pub struct SasaranView {
    /// Heading: "1. Meningkatnya …".
    pub judul: String,
    /// Generated opening sentence and picture.
    pub pembuka: Markup,
    /// Its indicators.
    pub indikator: Vec<IndikatorView>,
}

/// Bab III content.
#[derive(Debug)]
pub struct Bab3 {
    /// A. Opening text, measurement rule, three-year table.
    pub pengantar: Markup,
    /// A. Per goal.
    pub sasaran: Vec<SasaranView>,
    /// A. Obstacles and solutions.
    pub kendala_solusi: Markup,
    /// B.
    pub anggaran: Markup,
    /// C.
    pub kinerja_anggaran: Markup,
    /// D.
    pub lainnya: Markup,
    /// Report year.
    pub tahun: i32,
}

/// Realisasi and capaian of every indicator, in PK order (index into `DataLaporan::indikator()`).
pub(super) fn hasil_indikator(k: &Konteks) -> Vec<(usize, HasilIndikator)> {
    k.d.data
        .indikator()
        .map(|(_, ind)| k.hasil.indikator[&ind.id].clone())
        .enumerate()
        .collect()
}

fn sel_data(s: &SelData, k: &Konteks) -> String {
    match s {
        SelData::Angka(a) => k.angka(a.get()),
        SelData::Teks(t) => t.clone(),
    }
}

/// A data table of `capaian.yaml` as a Typst table; `sub` holds the
/// subtotals of rows that have one, by row path.
pub(super) fn tabel_data(
    k: &Konteks,
    t: &Tabel,
    jumlah: &[Decimal],
    sub: &std::collections::BTreeMap<String, Vec<Decimal>>,
) -> TabelTyp {
    let n_val = t.kolom.len();
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
    if let Some(g) = &t.grup_kolom {
        if n_val > 0 {
            head.push(Sel::teks(g).lebar(n_val as u32));
            tt.kepala.push(head);
            head = t.kolom.iter().map(|c| Sel::teks(c)).collect();
        }
    } else {
        head.extend(t.kolom.iter().map(|c| Sel::teks(c)));
    }
    tt.kepala.push(head);

    #[allow(clippy::too_many_arguments)]
    fn rows(
        k: &Konteks,
        t: &Tabel,
        baris: &[Baris],
        path: &str,
        sub: &std::collections::BTreeMap<String, Vec<Decimal>>,
        depth: usize,
        nomor: &mut usize,
        out: &mut Vec<Vec<Sel>>,
    ) {
        let n_label = t.kolom_label.len().max(1);
        for (bi, b) in baris.iter().enumerate() {
            let here = format!("{path}[{bi}]");
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
                    row.push(Sel::markup(Markup(format!(
                        "#h({}em){}",
                        depth,
                        escape::markup(text)
                    ))));
                } else {
                    row.push(Sel::teks(text));
                }
            }
            if b.nilai.is_empty() {
                if !t.kolom.is_empty() {
                    row.push(Sel::default().lebar(t.kolom.len() as u32));
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
            }
            out.push(row);
            rows(k, t, &b.rinci, &format!("{here}.rinci"), sub, depth + 1, nomor, out);
            // A subtotal row closes the group, like the table's total row.
            if let (Some(label), Some(v)) = (&b.subjumlah, sub.get(&here)) {
                let lead = n_label + usize::from(t.bernomor);
                let mut row = vec![Sel::teks(label).lebar(lead as u32).rata(Rata::Tengah)];
                row.extend((0..t.kolom.len()).map(|c| {
                    Sel::teks(&k.angka(v.get(c).copied().unwrap_or_default()))
                }));
                out.push(row);
            }
        }
    }
    let mut nomor = 0;
    rows(k, t, &t.baris, "baris", sub, 0, &mut nomor, &mut tt.isi);

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
        tt.kaki.push(row);
    }
    tt
}

/// The population table (from `populasi.yaml`).
pub(super) fn tabel_populasi(k: &Konteks) -> Markup {
    let rows = calc::populasi::tabel(&k.d.data.populasi, k.p.persentase);
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
    t.isi.push(line("Kapasitas", &|_| {
        k.d.data.populasi.kapasitas.to_string()
    }));
    t.isi
        .push(line("Selisih penghuni terhadap kapasitas", &|r| {
            r.selisih.to_string()
        }));
    t.isi.push(line("Kelebihan kapasitas (overcrowded)", &|r| {
        k.persen(&r.kelebihan)
    }));
    let n = rows.len();
    let judul = match (rows.first(), rows.last()) {
        (Some(a), Some(b)) if n > 1 => format!("Data Penghuni Tahun {}–{}", a.tahun, b.tahun),
        (Some(a), _) => format!("Data Penghuni Tahun {}", a.tahun),
        _ => "Data Penghuni".into(),
    };
    let mut out = figur_tabel(&judul, &t).0;
    if let Some(c) = &k.d.data.populasi.catatan {
        out.push_str("\n\n");
        out.push_str(&md(c).0);
    }
    Markup(out)
}

/// Rows of (code, name, figures) as a budget table.
fn tabel_serapan(
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
pub(super) fn tabel_layanan_perkantoran(k: &Konteks) -> Markup {
    let Some((rows, total)) =
        calc::anggaran::layanan_perkantoran(&k.d.data.anggaran, k.p.persentase)
    else {
        return Markup::default();
    };
    let rows = rows
        .into_iter()
        .map(|(n, s)| (vec![n.kode.clone(), n.nama.clone()], s, false))
        .collect();
    let t = tabel_serapan(k, &["Kode", "Uraian"], rows, Some(total));
    figur_tabel("Realisasi Anggaran Layanan Perkantoran", &t)
}

fn kalimat_realisasi(
    k: &Konteks,
    ind: &Indikator,
    c: Option<&CapaianIndikator>,
    h: &HasilIndikator,
) -> String {
    let tahun = k.d.data.laporan.tahun;
    let r = k.nilai(&h.realisasi, ind.satuan);
    match c.and_then(|c| c.realisasi.as_ref()) {
        None => format!("Realisasi indikator ini untuk tahun {tahun} belum diisi."),
        Some(Realisasi::TidakDapatDihitung(why)) => {
            format!("Realisasi dan capaian indikator ini tidak dapat dihitung (N/A): {why}.")
        }
        Some(Realisasi::Langsung(_)) => {
            format!("Realisasi indikator ini pada tahun {tahun} sebesar {r}.")
        }
        Some(Realisasi::Hitungan(x)) => format!(
            "Realisasi = {} ÷ {} × 100% = {} ÷ {} × 100% = {r} ({}).",
            x.uraian_pembilang
                .as_deref()
                .unwrap_or("jumlah yang tercapai"),
            x.uraian_penyebut.as_deref().unwrap_or("jumlah seluruhnya"),
            k.angka(x.pembilang.get()),
            k.angka(x.penyebut.get()),
            k.aturan(k.p.realisasi)
        ),
        Some(Realisasi::Komposit(parts)) => {
            let each: Vec<String> = parts
                .iter()
                .map(|s| {
                    let v = calc::persen(s.pembilang.get(), s.penyebut.get(), k.p.realisasi)
                        .map(|v| format!("{}%", k.angka(v)))
                        .unwrap_or_else(|| "N/A".into());
                    format!(
                        "{}: {} ÷ {} × 100% = {v}",
                        s.nama,
                        k.angka(s.pembilang.get()),
                        k.angka(s.penyebut.get())
                    )
                })
                .collect();
            format!(
                "Realisasi adalah rata-rata {} sub-ukuran — {}; rata-rata = {r}.",
                parts.len(),
                each.join("; ")
            )
        }
        Some(Realisasi::DaftarPeriksa(id)) => {
            let table = c
                .into_iter()
                .flat_map(|c| c.tabel.iter())
                .find(|t| t.id.as_deref() == Some(id));
            let (done, total) = table.map(calc::capaian::daftar_periksa).unwrap_or((0, 0));
            let judul = table.map(|t| t.judul.as_str()).unwrap_or(id);
            format!(
                "Dari {total} butir pada tabel {judul}, {done} butir telah terlaksana; realisasi = {r}."
            )
        }
    }
}

fn kalimat_capaian(k: &Konteks, ind: &Indikator, h: &HasilIndikator) -> Option<String> {
    let Nilai::Ada(r) = h.realisasi else {
        return None;
    };
    let Nilai::Ada(c) = &h.capaian else {
        return None;
    };
    let t = k.angka(ind.target.get());
    let r = k.angka(r);
    let rumus = match (ind.polaritas, k.p.rumus_negatif) {
        (Polaritas::Positif, _) => {
            format!("Capaian = Realisasi ÷ Target × 100% = {r} ÷ {t} × 100%")
        }
        (Polaritas::Negatif, crate::model::laporan::RumusNegatif::DuaTargetKurangRealisasi) => {
            format!(
                "Capaian = (2 × Target − Realisasi) ÷ Target × 100% = (2 × {t} − {r}) ÷ {t} × 100%"
            )
        }
        (Polaritas::Negatif, crate::model::laporan::RumusNegatif::TargetPerRealisasi) => {
            format!("Capaian = Target ÷ Realisasi × 100% = {t} ÷ {r} × 100%")
        }
    };
    let batas = if h.dibatasi {
        " (dibatasi sesuai batas capaian)"
    } else {
        ""
    };
    Some(format!("{rumus} = {}{batas}.", k.persen(&Nilai::Ada(*c))))
}

fn kalimat_kesimpulan(k: &Konteks, ind: &Indikator, h: &HasilIndikator) -> String {
    let tahun = k.d.data.laporan.tahun;
    let t = k.bersatuan(ind.target.get(), ind.satuan);
    match h.tercapai() {
        Some(ok) => format!(
            "Dengan target {t}, realisasi tahun {tahun} sebesar {} menghasilkan capaian {}; indikator ini {}.",
            k.nilai(&h.realisasi, ind.satuan),
            k.persen(&h.capaian),
            if ok { "tercapai" } else { "belum tercapai" }
        ),
        None => match &h.capaian {
            Nilai::TidakDapatDihitung(_) => format!(
                "Target tahun {tahun} sebesar {t}; karena realisasinya tidak dapat dihitung, capaian indikator ini dinyatakan N/A, bukan 100%."
            ),
            _ => format!(
                "Target tahun {tahun} sebesar {t}; realisasi belum diisi sehingga capaian belum dapat dihitung."
            ),
        },
    }
}

fn tabel_capaian(k: &Konteks, ind: &Indikator, h: &HasilIndikator) -> TabelTyp {
    let mut t = TabelTyp::berkepala(&[
        ("Indikator Kinerja Kegiatan", "1fr", Rata::Kiri),
        ("Target", "auto", Rata::Tengah),
        ("Realisasi", "auto", Rata::Tengah),
        ("Capaian", "auto", Rata::Tengah),
    ]);
    t.isi.push(vec![
        Sel::teks(&ind.nama),
        Sel::teks(&k.bersatuan(ind.target.get(), ind.satuan)),
        Sel::teks(&k.nilai(&h.realisasi, ind.satuan)),
        Sel::teks(&k.persen(&h.capaian)),
    ]);
    t
}

fn tahun_lalu(
    k: &Konteks,
    ind: &Indikator,
    c: Option<&CapaianIndikator>,
    h: &HasilIndikator,
    label: &str,
) -> Markup {
    let tahun = k.d.data.laporan.tahun;
    let banding = k.hasil.banding(&ind.id);
    let riwayat: Vec<(i32, &crate::calc::hasil::TahunLalu)> = banding
        .map(|b| b.riwayat.iter().map(|(y, t)| (*y, t)).collect())
        .unwrap_or_default();
    let mut out = String::new();
    let sebelum = riwayat.iter().rev().find(|(y, _)| *y == tahun - 1);
    let kalimat = match sebelum {
        None => format!(
            "Data tahun {} untuk indikator ini tidak tersedia, sehingga perbandingan dengan tahun sebelumnya belum dapat dilakukan.",
            tahun - 1
        ),
        Some((y, lalu)) => {
            let (r, cap_lalu) = (&lalu.riwayat, &lalu.capaian);
            let t_lalu = r
                .target
                .map(|t| k.bersatuan(t.get(), ind.satuan))
                .unwrap_or_else(|| "tidak tercatat".into());
            let r_lalu = match (cap_lalu, r.realisasi) {
                (Nilai::TidakDapatDihitung(_), _) => "N/A".to_string(),
                (_, Some(v)) => k.bersatuan(v.get(), ind.satuan),
                _ => "tidak tercatat".into(),
            };
            let perubahan = banding.and_then(|b| b.perubahan);
            let banding = match perubahan {
                Some(selisih) => {
                    if selisih.is_zero() {
                        format!(" Capaian tahun {tahun} sama dengan capaian tahun {y}.")
                    } else {
                        format!(
                            " Capaian tahun {tahun} {} {} poin persen dibandingkan tahun {y}.",
                            if selisih > Decimal::ZERO { "naik" } else { "turun" },
                            k.angka(selisih.abs())
                        )
                    }
                }
                _ => " Capaian kedua tahun tidak dapat dibandingkan karena salah satunya tidak dapat dihitung.".into(),
            };
            format!(
                "Pada tahun {y} indikator ini memiliki target {t_lalu}, realisasi {r_lalu} dan capaian {}; pada tahun {tahun} target {}, realisasi {} dan capaian {}.{banding}",
                k.persen(cap_lalu),
                k.bersatuan(ind.target.get(), ind.satuan),
                k.nilai(&h.realisasi, ind.satuan),
                k.persen(&h.capaian)
            )
        }
    };
    out.push_str(&Markup::teks(&kalimat).0);
    if !riwayat.is_empty() {
        let mut t = TabelTyp::berkepala(&[
            ("Tahun", "auto", Rata::Tengah),
            ("Target", "1fr", Rata::Tengah),
            ("Realisasi", "1fr", Rata::Tengah),
            ("Capaian", "1fr", Rata::Tengah),
        ]);
        for (y, lalu) in &riwayat {
            let (r, cap) = (&lalu.riwayat, &lalu.capaian);
            let real = match (cap, r.realisasi) {
                (Nilai::TidakDapatDihitung(_), _) => "N/A".into(),
                (_, Some(v)) => k.bersatuan(v.get(), ind.satuan),
                _ => "–".into(),
            };
            t.isi.push(vec![
                Sel::teks(&y.to_string()),
                Sel::teks(
                    &r.target
                        .map(|v| k.bersatuan(v.get(), ind.satuan))
                        .unwrap_or_else(|| "–".into()),
                ),
                Sel::teks(&real),
                Sel::teks(&k.persen(cap)),
            ]);
        }
        t.isi.push(vec![
            Sel::teks(&tahun.to_string()),
            Sel::teks(&k.bersatuan(ind.target.get(), ind.satuan)),
            Sel::teks(&k.nilai(&h.realisasi, ind.satuan)),
            Sel::teks(&k.persen(&h.capaian)),
        ]);
        out.push_str("\n\n");
        out.push_str(
            &figur_tabel(
                &format!("Perbandingan Capaian IKK {label} dengan Tahun Sebelumnya"),
                &t,
            )
            .0,
        );
    }
    if let Some(a) = c.and_then(|c| c.analisis.tahun_lalu.as_ref()) {
        out.push_str("\n\n");
        out.push_str(&md(a).0);
    }
    Markup(out)
}

fn renstra(
    k: &Konteks,
    ind: &Indikator,
    c: Option<&CapaianIndikator>,
    h: &HasilIndikator,
    label: &str,
) -> Markup {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    let r = &data.renstra;
    let mut out = String::new();
    match r.target_jangka_menengah.get(&ind.id) {
        None => out.push_str(
            &Markup::teks(&format!(
                "Renstra {}–{} tidak menetapkan target jangka menengah untuk indikator ini.",
                r.periode_awal, r.periode_akhir
            ))
            .0,
        ),
        Some(targets) => {
            let kalimat = match targets.get(&tahun) {
                None => {
                    format!("Renstra tidak menetapkan target jangka menengah untuk tahun {tahun}.")
                }
                Some(tr) => {
                    let cr = k
                        .hasil
                        .banding(&ind.id)
                        .and_then(|b| b.renstra.as_ref())
                        .map(|b| b.capaian.clone())
                        .unwrap_or(Nilai::BelumDiisi);
                    let status = match cr.ada() {
                        Some(v) if v >= Decimal::ONE_HUNDRED => "telah mencapai",
                        Some(_) => "belum mencapai",
                        None => "belum dapat dibandingkan dengan",
                    };
                    format!(
                        "Target jangka menengah Renstra {}–{} untuk tahun {tahun} adalah {}. Realisasi tahun {tahun} sebesar {} {status} target tersebut (capaian terhadap target Renstra {}).",
                        r.periode_awal,
                        r.periode_akhir,
                        k.bersatuan(tr.get(), ind.satuan),
                        k.nilai(&h.realisasi, ind.satuan),
                        k.persen(&cr)
                    )
                }
            };
            out.push_str(&Markup::teks(&kalimat).0);
            let mut cols = vec![kolom("1fr", Rata::Kiri)];
            cols.extend(targets.keys().map(|_| kolom("auto", Rata::Tengah)));
            let mut t = TabelTyp::baru(cols);
            let mut head = vec![
                Sel::teks("Indikator").tinggi(2),
                Sel::teks("Target").lebar(targets.len() as u32),
            ];
            t.kepala.push(std::mem::take(&mut head));
            t.kepala
                .push(targets.keys().map(|y| Sel::teks(&y.to_string())).collect());
            let mut row = vec![Sel::teks(&ind.nama)];
            row.extend(
                targets
                    .values()
                    .map(|v| Sel::teks(&k.bersatuan(v.get(), ind.satuan))),
            );
            t.isi.push(row);
            out.push_str("\n\n");
            out.push_str(&figur_tabel(&format!("Target Jangka Menengah IKK {label}"), &t).0);
        }
    }
    if let Some(a) = c.and_then(|c| c.analisis.renstra.as_ref()) {
        out.push_str("\n\n");
        out.push_str(&md(a).0);
    }
    Markup(out)
}

fn atau_kosong(m: Markup) -> Markup {
    if m.is_empty() {
        Markup("#emph[Belum ada uraian untuk analisis ini.]".into())
    } else {
        m
    }
}

fn indikator_view(
    k: &Konteks,
    s: usize,
    i: usize,
    ind: &Indikator,
    h: &HasilIndikator,
) -> IndikatorView {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    let c = data.capaian.indikator.get(&ind.id);
    let label = format!("{}.{}", romawi(s + 1), i + 1);
    let mut pengantar = md_opt(c.and_then(|c| c.pengantar.as_ref())).0;
    if !pengantar.is_empty() {
        pengantar.push_str("\n\n");
    }
    pengantar.push_str(
        &Markup::teks(&format!(
            "Indikator Kinerja Kegiatan ini memiliki target sebesar {} pada tahun {tahun}.",
            k.bersatuan(ind.target.get(), ind.satuan)
        ))
        .0,
    );

    let mut data_tabel = String::new();
    if let Some(c) = c {
        for o in &c.tabel_otomatis {
            data_tabel.push_str(
                &match o {
                    TabelOtomatis::Populasi => tabel_populasi(k),
                    TabelOtomatis::LayananPerkantoran => tabel_layanan_perkantoran(k),
                }
                .0,
            );
            data_tabel.push_str("\n\n");
        }
        for (ti, t) in c.tabel.iter().enumerate() {
            let jumlah = &k.hasil.tabel[&(ind.id.clone(), ti)];
            let sub = &k.hasil.tabel_rinci[&(ind.id.clone(), ti)].subjumlah;
            data_tabel.push_str(&figur_tabel(&t.judul, &tabel_data(k, t, jumlah, sub)).0);
            data_tabel.push_str("\n\n");
            if let Some(n) = &t.catatan {
                data_tabel.push_str(&md(n).0);
                data_tabel.push_str("\n\n");
            }
        }
    }

    let mut perhitungan = Markup::teks(&kalimat_realisasi(k, ind, c, h)).0;
    if let Some(rumus) = kalimat_capaian(k, ind, h) {
        perhitungan.push_str("\n\n");
        perhitungan.push_str(&Markup::teks(&rumus).0);
        perhitungan.push_str(
            &Markup::teks(&format!(
                " Capaian {}.",
                k.aturan(h.pembulatan)
            ))
            .0,
        );
    }
    perhitungan.push_str("\n\n");
    perhitungan.push_str(
        &figur_tabel(
            &format!("Target, Realisasi dan Capaian IKK {label} Tahun {tahun}"),
            &tabel_capaian(k, ind, h),
        )
        .0,
    );
    perhitungan.push_str("\n\n");
    perhitungan.push_str(&Markup::teks(&kalimat_kesimpulan(k, ind, h)).0);

    let a = c.map(|c| &c.analisis);
    IndikatorView {
        nama: ind.nama.clone(),
        pengantar: Markup(pengantar),
        tabel_data: Markup(data_tabel.trim_end().to_string()),
        perhitungan: Markup(perhitungan),
        penjelasan: md_opt(c.and_then(|c| c.penjelasan.as_ref())),
        tahun_lalu: tahun_lalu(k, ind, c, h, &label),
        renstra: renstra(k, ind, c, h, &label),
        standar_nasional: atau_kosong(md_opt(a.and_then(|a| a.standar_nasional.as_ref()))),
        judul_penyebab: match h.tercapai() {
            Some(true) => "Penyebab Keberhasilan".into(),
            Some(false) => "Penyebab Kegagalan".into(),
            None => "Penyebab Keberhasilan atau Kegagalan".into(),
        },
        penyebab: atau_kosong(md_opt(a.and_then(|a| a.penyebab.as_ref()))),
        program: atau_kosong(md_opt(a.and_then(|a| a.program.as_ref()))),
    }
}

/// The three-year summary table (Tabel 3.1).
fn tabel_tiga_tahun(k: &Konteks, hasil: &[(usize, HasilIndikator)]) -> TabelTyp {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    let mut cols = super::kolom_sasaran();
    cols.extend((0..5).map(|_| kolom("auto", Rata::Tengah)));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(vec![
        Sel::teks("No").tinggi(2),
        Sel::teks("Sasaran Kegiatan").tinggi(2),
        Sel::teks("Indikator Kinerja Kegiatan").tinggi(2),
        Sel::teks("Target").tinggi(2),
        Sel::teks("Realisasi").tinggi(2),
        Sel::teks("Capaian").lebar(3),
    ]);
    t.kepala.push(vec![
        Sel::teks(&tahun.to_string()),
        Sel::teks(&(tahun - 1).to_string()),
        Sel::teks(&(tahun - 2).to_string()),
    ]);
    let mut idx = 0;
    super::baris_per_indikator(k, &mut t, |ind| {
        let h = &hasil[idx].1;
        idx += 1;
        let banding = k.hasil.banding(&ind.id);
        let lalu = |y: i32| {
            banding
                .and_then(|b| b.riwayat.get(&y))
                .map(|t| k.persen(&t.capaian))
                .unwrap_or_else(|| "–".into())
        };
        vec![
            Sel::teks(&k.bersatuan(ind.target.get(), ind.satuan)),
            Sel::teks(&k.nilai(&h.realisasi, ind.satuan)),
            Sel::teks(&k.persen(&h.capaian)),
            Sel::teks(&lalu(tahun - 1)),
            Sel::teks(&lalu(tahun - 2)),
        ]
    });
    t
}

fn sasaran_view(
    k: &mut Konteks,
    s: usize,
    sk: &SasaranKegiatan,
    hasil: &[(usize, HasilIndikator)],
    mulai: usize,
) -> SasaranView {
    let gambar_spec =
        k.d.data
            .capaian
            .sasaran
            .get(&sk.id)
            .and_then(|p| p.gambar.clone());
    let mut pembuka = Markup::teks(&format!(
        "Terdapat {} Indikator Kinerja Kegiatan pada Sasaran Kegiatan {}:",
        sk.indikator.len(),
        romawi(s + 1)
    ))
    .0;
    pembuka.push_str("\n\n");
    pembuka.push_str(&daftar_nomor(sk.indikator.iter().map(|i| Markup::teks(&i.nama))).0);
    if let Some(g) = gambar_spec {
        let img = k.gambar(
            "capaian.yaml",
            &format!("sasaran.{}.gambar.berkas", sk.id),
            Some(&g),
            "9cm",
        );
        pembuka.push_str(&format!(
            "\n\n#gambar([Sasaran Kegiatan {} dan {} Indikator Kinerja Kegiatan], {img})",
            romawi(s + 1),
            sk.indikator.len()
        ));
    }
    let indikator = sk
        .indikator
        .iter()
        .enumerate()
        .map(|(i, ind)| indikator_view(k, s, i, ind, &hasil[mulai + i].1))
        .collect();
    SasaranView {
        judul: format!("{}. {}", s + 1, sk.nama),
        pembuka: Markup(pembuka),
        indikator,
    }
}

fn bagian_anggaran(k: &mut Konteks) -> Markup {
    use crate::model::anggaran::Tingkat;
    let data = &k.d.data;
    let a = &data.anggaran;
    let tahun = data.laporan.tahun;
    let p = k.p.persentase;
    let total = k.hasil.anggaran.clone();
    let mut out = md(&a.pengantar).0;
    out.push_str("\n\n");
    out.push_str(
        &Markup::teks(&format!(
            "Pada tahun {tahun} {} memperoleh anggaran sebesar {} dengan realisasi sebesar {} atau {}, sehingga sisa anggaran sebesar {}.",
            data.unit.nama,
            k.rp_terbilang(total.pagu),
            k.rp_terbilang(total.realisasi),
            k.persen(&total.persen),
            k.rp(total.sisa)
        ))
        .0,
    );
    // Per programme and activity.
    let mut nomor = 0;
    let rows = calc::anggaran::rincian(a, Tingkat::Kegiatan, p)
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
    let t = tabel_serapan(
        k,
        &["No", "Kode", "Program / Kegiatan"],
        rows,
        Some(total.clone()),
    );
    out.push_str("\n\n");
    out.push_str(
        &figur_tabel(
            &format!("Pagu dan Realisasi Anggaran per Program dan Kegiatan Tahun {tahun}"),
            &t,
        )
        .0,
    );
    // Per jenis belanja.
    let (rows, sum) = k.hasil.jenis_belanja.clone();
    let rows = a
        .jenis_belanja
        .iter()
        .zip(rows)
        .enumerate()
        .map(|(i, (j, s))| (vec![(i + 1).to_string(), j.nama.clone()], s, false))
        .collect();
    let t = tabel_serapan(k, &["No", "Jenis Belanja"], rows, Some(sum));
    out.push_str("\n\n");
    out.push_str(
        &figur_tabel(
            &format!("Pagu dan Realisasi Anggaran per Jenis Belanja Tahun {tahun}"),
            &t,
        )
        .0,
    );
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
    let mut kategori: Vec<String> = Vec::new();
    for (_, js) in &years {
        for (n, _) in js {
            if !kategori.contains(n) {
                kategori.push(n.clone());
            }
        }
    }
    let seri: Vec<String> = years
        .iter()
        .map(|(y, js)| {
            let nilai: Vec<_> = kategori
                .iter()
                .map(|c| js.iter().find(|(n, _)| n == c).map(|(_, v)| *v))
                .collect();
            seri_grafik(&y.to_string(), &nilai, |v| k.rp(v))
        })
        .collect();
    let first = years.first().map(|(y, _)| *y).unwrap_or(tahun);
    out.push_str(&format!(
        "\n\n#grafik([Perbandingan Realisasi Anggaran per Jenis Belanja Tahun {first}–{tahun}], grafik-batang(({},), ({},)))",
        kategori.iter().map(|c| format!("[{}]", escape::markup(c))).collect::<Vec<_>>().join(", "),
        seri.join(", ")
    ));
    let per_tahun: Vec<Markup> = years
        .iter()
        .map(|(y, js)| {
            let sum: Decimal = js.iter().map(|(_, v)| *v).sum();
            let rinci: Vec<String> = js
                .iter()
                .map(|(n, v)| format!("{n} {}", k.rp(*v)))
                .collect();
            Markup::teks(&format!(
                "Tahun {y}: realisasi belanja {} dengan rincian {}.",
                k.rp(sum),
                super::depan::gabung_dan(&rinci)
            ))
        })
        .collect();
    out.push_str("\n\n");
    out.push_str(&super::daftar_butir(per_tahun).0);
    if let Some(u) = &a.uraian_grafik {
        out.push_str("\n\n");
        out.push_str(&md(u).0);
    }
    // KRO / RO.
    let mut nomor = 0;
    let rows: Vec<Vec<Sel>> = calc::anggaran::rincian(a, Tingkat::Ro, p)
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
    out.push_str("\n\n");
    out.push_str(
        &figur_tabel(
            &format!("Rincian Pagu dan Realisasi per KRO dan RO Tahun {tahun}"),
            &t,
        )
        .0,
    );
    if let Some(u) = &a.uraian_kro {
        out.push_str("\n\n");
        out.push_str(&md(u).0);
    }
    Markup(out)
}

/// A numbered picture (an application screenshot) when the data names one.
fn figur_gambar(
    k: &mut Konteks,
    berkas: &str,
    kolom: &str,
    g: Option<&crate::model::Gambar>,
    judul: &str,
) -> String {
    match g {
        Some(g) => {
            let img = k.gambar(berkas, kolom, Some(g), "8cm");
            format!("\n\n#gambar([{}], {img})", escape::markup(judul))
        }
        None => String::new(),
    }
}

fn grafik_skor(
    k: &Konteks,
    judul: &str,
    nama: &str,
    skor: &crate::model::kinerja_anggaran::Skor,
) -> String {
    let tahun = k.d.data.laporan.tahun;
    let first = skor
        .nilai
        .keys()
        .next()
        .copied()
        .unwrap_or(tahun)
        .min(tahun - 2);
    let years: Vec<i32> = (first..=tahun).collect();
    let nilai: Vec<_> = years
        .iter()
        .map(|y| skor.nilai.get(y).map(|v| v.get()))
        .collect();
    format!(
        "#grafik([{} {first}–{tahun}], grafik-batang(({},), ({},)))",
        escape::markup(judul),
        years
            .iter()
            .map(|y| format!("[{y}]"))
            .collect::<Vec<_>>()
            .join(", "),
        seri_grafik(nama, &nilai, |v| k.angka(v)),
    )
}

/// One series of `grafik-batang`: its name, one value or `none` per
/// category, and the printed label of each value.
fn seri_grafik(nama: &str, nilai: &[Option<Decimal>], label: impl Fn(Decimal) -> String) -> String {
    let angka: Vec<String> = nilai
        .iter()
        .map(|v| {
            v.map(|v| v.normalize().to_string())
                .unwrap_or_else(|| "none".into())
        })
        .collect();
    let teks: Vec<String> = nilai
        .iter()
        .map(|v| format!("[{}]", escape::markup(&v.map(&label).unwrap_or_default())))
        .collect();
    format!(
        "([{}], ({},), ({},))",
        escape::markup(nama),
        angka.join(", "),
        teks.join(", ")
    )
}

fn bagian_skor(
    k: &mut Konteks,
    nomor: usize,
    judul: &str,
    singkat: &str,
    kolom_yaml: &str,
    skor: &crate::model::kinerja_anggaran::Skor,
) -> String {
    let tahun = k.d.data.laporan.tahun;
    let mut out = format!("#heading(level: 3)[{nomor}. {}]\n\n", escape::markup(judul));
    out.push_str(&md(&skor.uraian).0);
    out.push_str("\n\n");
    let nilai = skor.nilai.get(&tahun).map(|v| k.angka(v.get()));
    let mut kalimat = match &nilai {
        Some(v) => format!("Nilai {singkat} tahun {tahun} adalah {v}"),
        None => format!("Nilai {singkat} tahun {tahun} belum diisi"),
    };
    if let (Some(t), Some(v)) = (skor.target, skor.nilai.get(&tahun)) {
        let status = if v.get() >= t.get() {
            "telah memenuhi"
        } else {
            "belum memenuhi"
        };
        kalimat.push_str(&format!(", sehingga {status} target {}", k.angka(t.get())));
    }
    kalimat.push('.');
    out.push_str(&Markup::teks(&kalimat).0);
    if !skor.komponen.is_empty() {
        out.push_str(&Markup::teks(" Komponen penilaiannya:").0);
        out.push_str("\n\n");
        out.push_str(
            &super::daftar_butir(skor.komponen.iter().map(|c| {
                let bobot = c
                    .bobot
                    .map(|b| format!(" (bobot {}%)", k.angka(b.get())))
                    .unwrap_or_default();
                Markup::teks(&format!("{}: {}{bobot}", c.nama, k.angka(c.nilai.get())))
            }))
            .0,
        );
    }
    out.push_str(&figur_gambar(
        k,
        "kinerja_anggaran.yaml",
        &format!("{kolom_yaml}.gambar.berkas"),
        skor.gambar.as_ref(),
        &format!("Capaian Nilai {singkat}"),
    ));
    out.push_str("\n\n");
    out.push_str(&grafik_skor(
        k,
        &format!("Nilai {singkat}"),
        &format!("Nilai {singkat}"),
        skor,
    ));
    if let Some(u) = &skor.uraian_grafik {
        out.push_str("\n\n");
        out.push_str(&md(u).0);
    }
    out
}

fn bagian_kinerja_anggaran(k: &mut Konteks) -> Markup {
    let mut ka = k.d.data.kinerja_anggaran.clone();
    // Earlier years' scores as computed (from their folders where those exist).
    ka.smart.nilai = k.hasil.skor_smart.clone();
    ka.ikpa.nilai = k.hasil.skor_ikpa.clone();
    let tahun = k.d.data.laporan.tahun;
    let mut out = md_opt(ka.pengantar.as_ref()).0;
    out.push_str("\n\n");
    out.push_str(&bagian_skor(
        k,
        1,
        "Nilai Kinerja pada Aplikasi SMART DJA",
        "SMART",
        "smart",
        &ka.smart,
    ));
    out.push_str("\n\n");
    out.push_str(&bagian_skor(
        k,
        2,
        "Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA)",
        "IKPA",
        "ikpa",
        &ka.ikpa,
    ));
    out.push_str("\n\n#heading(level: 3)[3. Capaian Kinerja Anggaran]\n\n");
    let gabungan = calc::kinerja_anggaran::gabungan(&[&ka.smart, &ka.ikpa], tahun, k.p.persentase);
    let rumus = |s: &crate::model::kinerja_anggaran::Skor| {
        let v = s
            .nilai
            .get(&tahun)
            .map(|v| k.angka(v.get()))
            .unwrap_or_else(|| "N/A".into());
        (format!("{}%", k.angka(s.bobot.get())), v)
    };
    let (bs, vs) = rumus(&ka.smart);
    let (bi, vi) = rumus(&ka.ikpa);
    out.push_str(
        &Markup::teks(&format!(
            "Capaian kinerja anggaran tahun {tahun} dihitung dari nilai SMART DJA dengan bobot {bs} dan nilai IKPA dengan bobot {bi}: {bs} × {vs} + {bi} × {vi} = {}.",
            match &gabungan {
                Nilai::Ada(v) => k.angka(*v),
                Nilai::BelumDiisi => "belum dapat dihitung karena salah satu nilai belum diisi".into(),
                Nilai::TidakDapatDihitung(w) => format!("N/A ({w})"),
            }
        ))
        .0,
    );
    Markup(out)
}

fn bagian_lainnya(k: &mut Konteks) -> Markup {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    let kl = data.kinerja_lainnya.clone();
    let mut out = String::from("#heading(level: 3)[1. E-Performance]\n\n");
    out.push_str(&md(&kl.e_performance.uraian).0);
    out.push_str(&figur_gambar(
        k,
        "kinerja_lainnya.yaml",
        "e_performance.gambar.berkas",
        kl.e_performance.gambar.as_ref(),
        "E-Performance",
    ));
    let mut cols = super::kolom_sasaran();
    cols.extend((0..2).map(|_| kolom("auto", Rata::Tengah)));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(
        [
            "No",
            "Sasaran Kegiatan",
            "Indikator Kinerja",
            "Target",
            "Realisasi pada e-Performance",
        ]
        .map(Sel::teks)
        .to_vec(),
    );
    let mut nihil = Vec::new();
    super::baris_per_indikator(k, &mut t, |ind| {
        let ep = kl.e_performance.indikator.get(&ind.id);
        let real = ep
            .and_then(|e| e.realisasi)
            .map(|r| k.bersatuan(r.get(), ind.satuan));
        if real.is_none() {
            nihil.push(ind.nama.clone());
        }
        vec![
            Sel::teks(
                &ep.map(|e| k.bersatuan(e.target.get(), ind.satuan))
                    .unwrap_or_else(|| "–".into()),
            ),
            Sel::teks(&real.unwrap_or_else(|| "Nihil".into())),
        ]
    });
    out.push_str("\n\n");
    out.push_str(
        &figur_tabel(
            &format!("Realisasi pada Aplikasi E-Performance Tahun {tahun}"),
            &t,
        )
        .0,
    );
    if !nihil.is_empty() {
        out.push_str("\n\n");
        out.push_str(
            &Markup::teks(&format!(
                "Pada aplikasi e-Performance tahun {tahun} terdapat {} indikator tanpa realisasi (Nihil), yaitu:",
                nihil.len()
            ))
            .0,
        );
        out.push_str("\n\n");
        out.push_str(&super::daftar_teks(&nihil).0);
    }
    if let Some(p) = &kl.e_performance.penutup {
        out.push_str("\n\n");
        out.push_str(&md(p).0);
    }

    out.push_str("\n\n#heading(level: 3)[2. E-Monev Bappenas]\n\n");
    out.push_str(&md(&kl.e_monev.uraian).0);
    out.push_str(&figur_gambar(
        k,
        "kinerja_lainnya.yaml",
        "e_monev.gambar.berkas",
        kl.e_monev.gambar.as_ref(),
        "Capaian E-Monev Bappenas",
    ));
    let fmt = |v: Option<crate::model::Angka>| {
        v.map(|v| format!("{}%", k.angka(v.get())))
            .unwrap_or_else(|| "belum diisi".into())
    };
    out.push_str("\n\n");
    out.push_str(
        &Markup::teks(&format!(
            "Sampai dengan bulan {} {tahun}, e-Monev Bappenas mencatat serapan anggaran sebesar {} dan capaian pelaksanaan sebesar {}.",
            kl.e_monev.per_bulan,
            fmt(kl.e_monev.serapan_anggaran),
            fmt(kl.e_monev.pelaksanaan)
        ))
        .0,
    );

    out.push_str("\n\n#heading(level: 3)[3. Target Kinerja (TARJA)]\n\n");
    out.push_str(&md(&kl.tarja.uraian).0);
    let mut t = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Target Kinerja", "1fr", Rata::Kiri),
        ("Capaian", "auto", Rata::Tengah),
        ("Keterangan", "auto", Rata::Kiri),
    ]);
    for (i, tk) in kl.tarja.target.iter().enumerate() {
        t.isi.push(vec![
            Sel::teks(&format!("{}.", i + 1)),
            Sel::teks(&tk.nama),
            Sel::teks(&k.angka(tk.capaian.get())),
            Sel::teks(&tk.keterangan),
        ]);
    }
    out.push_str("\n\n");
    out.push_str(&figur_tabel(&format!("Capaian Target Kinerja Tahun {tahun}"), &t).0);
    if let Some(p) = &kl.tarja.penutup {
        out.push_str("\n\n");
        out.push_str(&md(p).0);
    }
    out.push_str("\n\n#heading(level: 3)[4. Kegiatan Prioritas Nasional]\n\n");
    out.push_str(&md(&kl.prioritas_nasional.uraian).0);
    Markup(out)
}

pub(super) fn bangun(k: &mut Konteks, hasil: &[(usize, HasilIndikator)]) -> Bab3 {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    let mut pengantar = md(&data.capaian.pengantar).0;
    pengantar.push_str("\n\n");
    let negatif = data
        .indikator()
        .any(|(_, i)| i.polaritas == Polaritas::Negatif);
    let mut aturan = format!(
        "Capaian indikator berpolaritas positif (semakin tinggi semakin baik) dihitung dengan rumus Capaian = Realisasi ÷ Target × 100%. Realisasi yang dihitung dari jumlah {}; capaian {}.",
        k.aturan(k.p.realisasi),
        k.aturan(k.p.capaian)
    );
    if negatif {
        aturan.push_str(match k.p.rumus_negatif {
            crate::model::laporan::RumusNegatif::DuaTargetKurangRealisasi => {
                " Indikator berpolaritas negatif (semakin rendah semakin baik) dihitung dengan rumus (2 × Target − Realisasi) ÷ Target × 100%."
            }
            crate::model::laporan::RumusNegatif::TargetPerRealisasi => {
                " Indikator berpolaritas negatif (semakin rendah semakin baik) dihitung dengan rumus Target ÷ Realisasi × 100%."
            }
        });
    }
    aturan.push_str(&match k.p.batas_capaian {
        Some(b) => format!(" Capaian dibatasi paling tinggi {}%.", k.angka(b.get())),
        None => " Capaian tidak dibatasi.".into(),
    });
    aturan.push_str(" Indikator yang tidak memiliki populasi atau data dasar ditandai N/A (tidak dapat dihitung), bukan 100%.");
    pengantar.push_str(&Markup::teks(&aturan).0);
    pengantar.push_str("\n\n");
    pengantar.push_str(
        &figur_tabel(
            &format!(
                "Capaian Kinerja {} Tahun {}–{tahun}",
                data.unit.nama_singkat,
                tahun - 2
            ),
            &tabel_tiga_tahun(k, hasil),
        )
        .0,
    );
    pengantar.push_str("\n\n");
    pengantar.push_str(&super::depan::ringkasan_kinerja(k, hasil).0);

    let mut sasaran = Vec::new();
    let mut mulai = 0;
    for (s, sk) in data.pk.sasaran_kegiatan.iter().enumerate() {
        sasaran.push(sasaran_view(k, s, sk, hasil, mulai));
        mulai += sk.indikator.len();
    }
    let mut kendala_solusi = String::new();
    if !data.capaian.kendala.is_empty() {
        kendala_solusi.push_str(
            &Markup::teks("Dalam mencapai realisasi indikator kinerja kegiatan terdapat kendala yang dihadapi beserta solusinya sebagai berikut.").0,
        );
        kendala_solusi.push_str("\n\n#strong[Kendala]\n\n");
        kendala_solusi.push_str(&super::daftar_teks(&data.capaian.kendala).0);
    }
    if !data.capaian.solusi.is_empty() {
        kendala_solusi.push_str("\n\n#strong[Solusi]\n\n");
        kendala_solusi.push_str(&super::daftar_teks(&data.capaian.solusi).0);
    }
    Bab3 {
        pengantar: Markup(pengantar),
        sasaran,
        kendala_solusi: Markup(kendala_solusi),
        anggaran: bagian_anggaran(k),
        kinerja_anggaran: bagian_kinerja_anggaran(k),
        lainnya: bagian_lainnya(k),
        tahun,
    }
}
