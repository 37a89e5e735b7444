//! Bab I Pendahuluan. The wording is in `templates/bab1.typ`.

use super::depan::{NarasiGedung, narasi_gedung};
use super::{Konteks, md};
use crate::format;
use crate::jalur;
use crate::model::Berkas;
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Bab I content. A part whose data is absent is `None` and left out
/// with its heading; the sub-chapters are lettered as printed.
#[derive(Debug)]
pub struct Bab1 {
    /// The letters of the sub-chapters printed.
    pub abjad: super::Abjad,
    /// A. Latar Belakang, with the building sentence.
    pub latar_belakang: Option<NarasiGedung>,
    /// B. Tugas dan fungsi.
    pub tugas_fungsi: Option<Markup>,
    /// B. The staff, when `unit.yaml` records them.
    pub pegawai: Option<PegawaiView>,
    /// B. Text before the organisation chart.
    pub pengantar_struktur: Markup,
    /// B. The unit's name (caption of the chart).
    pub unit: String,
    /// B. The organisation chart (`image(...)` or `none`).
    pub struktur: Option<Markup>,
    /// B. Tasks of each section.
    pub tugas_seksi: Markup,
    /// C.
    pub maksud_tujuan: Option<Markup>,
    /// D.
    pub aspek_strategis: Markup,
    /// D. The activity goals.
    pub sasaran: Vec<String>,
    /// E.
    pub isu_strategis: Option<Markup>,
    /// F.
    pub sistematika: Option<Markup>,
}

impl Bab1 {
    /// Whether B. (tasks, staff, organisation) has anything to print.
    pub fn ada_organisasi(&self) -> bool {
        self.tugas_fungsi.is_some()
            || self.pegawai.is_some()
            || !self.pengantar_struktur.is_empty()
            || self.struktur.is_some()
            || !self.tugas_seksi.is_empty()
    }
}

/// The staff paragraph and table of Bab I B.
#[derive(Debug)]
pub struct PegawaiView {
    /// The date of the count.
    pub per: String,
    /// The unit's short name.
    pub nama_singkat: String,
    /// Staff in total, with the number in words.
    pub total: String,
    /// Men, with the number in words.
    pub laki_laki: String,
    /// Women, with the number in words.
    pub perempuan: String,
    /// Staff per rank group: (group, count with the number in words).
    pub golongan: Vec<(String, String)>,
    /// Staff table.
    pub tabel: Option<Markup>,
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
    let pegawai = data
        .unit
        .pegawai
        .as_ref()
        .zip(k.hasil.pegawai.as_ref())
        .map(|(pg, rekap)| pegawai_view(k, pg, rekap));
    let struktur = data.unit.struktur_organisasi.as_ref().map(|g| {
        k.gambar(
            Berkas::Unit,
            jalur!(struktur_organisasi.berkas),
            Some(g),
            "11cm",
        )
    });
    let gedung = narasi_gedung(k, &n.latar_belakang);
    let latar_belakang =
        (!n.latar_belakang.kosong() || !gedung.fakta.is_empty() || k.draf).then_some(gedung);
    Bab1 {
        abjad: super::Abjad::default(),
        latar_belakang,
        tugas_fungsi: k.bagian(&n.tugas_fungsi),
        pegawai,
        pengantar_struktur: md(&n.pengantar_struktur),
        unit: data.unit.nama.clone(),
        struktur,
        tugas_seksi: md(&n.tugas_seksi),
        maksud_tujuan: k.bagian(&n.maksud_tujuan),
        aspek_strategis: md(&n.aspek_strategis),
        sasaran: super::nama_sasaran_kegiatan(k),
        isu_strategis: k.bagian(&n.isu_strategis),
        sistematika: k.bagian(&n.sistematika),
    }
}

fn pegawai_view(
    k: &Konteks,
    pg: &crate::model::unit::Pegawai,
    rekap: &crate::calc::pegawai::RekapPegawai,
) -> PegawaiView {
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
    PegawaiView {
        per: k.tanggal(pg.per_tanggal),
        nama_singkat: k.d.data.unit.nama_singkat.clone(),
        total: jumlah_kata(rekap.total),
        laki_laki: jumlah_kata(pg.laki_laki),
        perempuan: jumlah_kata(pg.perempuan),
        golongan: rekap
            .per_kelompok
            .iter()
            .map(|(g, n)| (g.to_string(), jumlah_kata(*n)))
            .collect(),
        // No rows, no table (a header with "Jumlah 0" says nothing).
        tabel: (!pg.golongan.is_empty()).then(|| t.markup()),
    }
}
