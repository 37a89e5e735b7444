//! Bab I Pendahuluan. The wording is in `templates/bab1.typ`.

use super::depan::{NarasiGedung, narasi_gedung};
use super::{Konteks, md};
use crate::format;
use crate::jalur;
use crate::model::Berkas;
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Bab I content.
#[derive(Debug)]
pub struct Bab1 {
    /// A. Latar Belakang, with the building sentence.
    pub latar_belakang: NarasiGedung,
    /// B. Tugas dan fungsi.
    pub tugas_fungsi: Markup,
    /// B. Staff: the date of the count.
    pub pegawai_per: String,
    /// B. The unit's short name.
    pub nama_singkat: String,
    /// B. Staff in total, with the number in words.
    pub pegawai_total: String,
    /// B. Men, with the number in words.
    pub pegawai_laki_laki: String,
    /// B. Women, with the number in words.
    pub pegawai_perempuan: String,
    /// B. Staff per rank group: (group, count with the number in words).
    pub pegawai_golongan: Vec<(String, String)>,
    /// B. Staff table.
    pub tabel_pegawai: Option<Markup>,
    /// B. Text before the organisation chart.
    pub pengantar_struktur: Markup,
    /// B. The unit's name (caption of the chart).
    pub unit: String,
    /// B. The organisation chart (`image(...)` or `none`).
    pub struktur: Option<Markup>,
    /// B. Tasks of each section.
    pub tugas_seksi: Markup,
    /// C.
    pub maksud_tujuan: Markup,
    /// D.
    pub aspek_strategis: Markup,
    /// D. The activity goals.
    pub sasaran: Vec<String>,
    /// E.
    pub isu_strategis: Markup,
    /// F.
    pub sistematika: Markup,
}

/// Number and words: `58 (Lima Puluh Delapan)`.
fn jumlah_kata(n: impl Into<u64> + Copy + std::fmt::Display) -> String {
    let n: u64 = n.into();
    let d = rust_decimal::Decimal::from(n);
    match format::terbilang_judul(d) {
        Some(t) => format!("{n} ({t})"),
        None => n.to_string(),
    }
}

/// Bab I from the data.
pub(super) fn bangun(k: &mut Konteks) -> Bab1 {
    let data = &k.d.data;
    let n = &data.narasi.pendahuluan;
    let pg = &data.unit.pegawai;
    let rekap = k.hasil.pegawai.clone();
    let mut t = TabelTyp::baru(vec![
        kolom("auto", Rata::Tengah),
        kolom("1fr", Rata::Kiri),
        kolom("auto", Rata::Kanan),
    ]);
    t.kepala.push(vec![
        Sel::teks("No"),
        Sel::teks("Golongan/Ruang"),
        Sel::teks("Jumlah (Orang)"),
    ]);
    for (i, g) in pg.golongan.iter().enumerate() {
        t.isi.push(vec![
            Sel::teks(&(i + 1).to_string()),
            Sel::teks(&g.golongan),
            Sel::teks(&g.jumlah.to_string()),
        ]);
    }
    t.kaki.push(vec![
        Sel::teks("Jumlah").lebar(2).rata(Rata::Tengah),
        Sel::teks(&rekap.total.to_string()),
    ]);
    let struktur = data.unit.struktur_organisasi.as_ref().map(|g| {
        k.gambar(
            Berkas::Unit,
            jalur!(struktur_organisasi.berkas),
            Some(g),
            "11cm",
        )
    });
    Bab1 {
        latar_belakang: narasi_gedung(k, &n.latar_belakang),
        tugas_fungsi: md(&n.tugas_fungsi),
        pegawai_per: k.tanggal(pg.per_tanggal),
        nama_singkat: data.unit.nama_singkat.clone(),
        pegawai_total: jumlah_kata(rekap.total),
        pegawai_laki_laki: jumlah_kata(pg.laki_laki),
        pegawai_perempuan: jumlah_kata(pg.perempuan),
        pegawai_golongan: rekap
            .per_kelompok
            .iter()
            .map(|(g, n)| (g.to_string(), jumlah_kata(*n)))
            .collect(),
        // No rows, no table (a header with "Jumlah 0" says nothing).
        tabel_pegawai: (!pg.golongan.is_empty()).then(|| t.markup()),
        pengantar_struktur: md(&n.pengantar_struktur),
        unit: data.unit.nama.clone(),
        struktur,
        tugas_seksi: md(&n.tugas_seksi),
        maksud_tujuan: md(&n.maksud_tujuan),
        aspek_strategis: md(&n.aspek_strategis),
        sasaran: super::nama_sasaran_kegiatan(k),
        isu_strategis: md(&n.isu_strategis),
        sistematika: md(&n.sistematika),
    }
}
