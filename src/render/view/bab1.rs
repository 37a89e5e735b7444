//! Bab I Pendahuluan.

use super::depan::{kalimat_gedung, sisip_setelah_paragraf_pertama};
use super::{Konteks, daftar_teks, figur_tabel, md};
use crate::calc;
use crate::format;
use crate::render::escape;
use crate::render::markdown::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Bab I content.
#[derive(Debug)]
pub struct Bab1 {
    /// A. Latar Belakang.
    pub latar_belakang: Markup,
    /// B. Tugas dan fungsi.
    pub tugas_fungsi: Markup,
    /// B. Staff sentence and table.
    pub pegawai: Markup,
    /// B. Text before the organisation chart.
    pub pengantar_struktur: Markup,
    /// B. The organisation chart figure.
    pub struktur: Markup,
    /// B. Tasks of each section.
    pub tugas_seksi: Markup,
    /// C.
    pub maksud_tujuan: Markup,
    /// D, with the list of activity goals.
    pub aspek_strategis: Markup,
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

pub(super) fn bangun(k: &mut Konteks) -> Bab1 {
    let data = &k.d.data;
    let n = &data.narasi.pendahuluan;
    let pg = &data.unit.pegawai;
    let rekap = calc::pegawai::rekap(pg);
    let kelompok: Vec<String> = rekap
        .per_kelompok
        .iter()
        .map(|(g, n)| format!("Golongan {g} sebanyak {} orang", jumlah_kata(*n)))
        .collect();
    let kalimat = format!(
        "Per {} {} memiliki pegawai berjumlah {} orang, terdiri atas {} orang laki-laki dan {} orang perempuan. Menurut golongan kepangkatan, pegawai terdiri atas {}. Rinciannya disajikan dalam tabel berikut.",
        k.tanggal(pg.per_tanggal),
        data.unit.nama_singkat,
        jumlah_kata(rekap.total),
        jumlah_kata(pg.laki_laki),
        jumlah_kata(pg.perempuan),
        super::depan::gabung_dan(&kelompok)
    );
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
    let pegawai = Markup(format!(
        "{}\n\n{}",
        Markup::teks(&kalimat),
        figur_tabel("Jumlah Pegawai menurut Golongan", &t)
    ));

    let chart = k.gambar(
        "unit.yaml",
        "struktur_organisasi.berkas",
        Some(&data.unit.struktur_organisasi),
        "11cm",
    );
    let struktur = Markup(format!(
        "#gambar([Struktur Organisasi {}], {chart})",
        escape::markup(&data.unit.nama)
    ));

    let sasaran: Vec<String> = data
        .pk
        .sasaran_kegiatan
        .iter()
        .map(|s| s.nama.clone())
        .collect();
    let aspek = Markup(format!(
        "{}\n\n{}",
        md(&n.aspek_strategis),
        daftar_teks(&sasaran)
    ));

    Bab1 {
        latar_belakang: sisip_setelah_paragraf_pertama(md(&n.latar_belakang), kalimat_gedung(k)),
        tugas_fungsi: md(&n.tugas_fungsi),
        pegawai,
        pengantar_struktur: md(&n.pengantar_struktur),
        struktur,
        tugas_seksi: md(&n.tugas_seksi),
        maksud_tujuan: md(&n.maksud_tujuan),
        aspek_strategis: aspek,
        isu_strategis: md(&n.isu_strategis),
        sistematika: md(&n.sistematika),
    }
}
