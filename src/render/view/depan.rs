//! Front matter: cover letter, cover, kata pengantar, ikhtisar eksekutif.

use super::{Konteks, Ttd, baris, daftar_nomor, md};
use crate::calc::{Nilai, capaian::HasilIndikator};
use crate::render::escape;
use crate::render::markdown::Markup;

/// Letterhead.
#[derive(Debug, Clone)]
pub struct Kop {
    /// The `kop(...)` call of `gaya.typ`.
    pub panggil: Markup,
}

/// Cover letter, cover, kata pengantar and ikhtisar.
#[derive(Debug)]
pub struct Depan {
    /// Letterhead.
    pub kop: Kop,
    /// Letter date line ("Atambua, 2 Januari 2024").
    pub surat_tanggal: String,
    /// Letter header rows: the `isian(...)` call.
    pub surat_isian: Markup,
    /// Addressee block.
    pub surat_kepada: Markup,
    /// Letter body.
    pub surat_isi: Markup,
    /// Letter signature.
    pub surat_ttd: Ttd,
    /// Copies.
    pub surat_tembusan: Markup,
    /// Cover title lines.
    pub sampul_judul: Markup,
    /// Cover year line.
    pub sampul_tahun: String,
    /// Cover logo.
    pub sampul_logo: Markup,
    /// Unit name on the cover.
    pub sampul_unit: String,
    /// Address on the cover.
    pub sampul_alamat: String,
    /// Kata pengantar.
    pub kata_pengantar: Markup,
    /// Signature of the report.
    pub ttd_laporan: Ttd,
    /// Ikhtisar: the unit's opening text.
    pub ikhtisar_pembuka: Markup,
    /// Ikhtisar: generated performance summary.
    pub ikhtisar_kinerja: Markup,
    /// Ikhtisar: generated budget summary.
    pub ikhtisar_anggaran: Markup,
    /// Ikhtisar: the unit's assessment of the budget result.
    pub ikhtisar_penilaian: Markup,
}

/// The building facts sentence, generated from `unit.yaml` and `populasi.yaml`.
pub(super) fn kalimat_gedung(k: &Konteks) -> Markup {
    let u = &k.d.data.unit;
    let mut parts = Vec::new();
    if let Some(t) = u.tahun_dibangun {
        parts.push(format!("dibangun sejak tahun {t}"));
    }
    if let Some(l) = u.luas_tanah_m2 {
        parts.push(format!(
            "berdiri di atas tanah seluas {} m²",
            k.angka(l.get())
        ));
    }
    if let Some(l) = u.luas_bangunan_m2 {
        parts.push(format!("memiliki luas bangunan {} m²", k.angka(l.get())));
    }
    let kapasitas = k.d.data.populasi.kapasitas;
    parts.push(format!("berkapasitas hunian {kapasitas} orang"));
    Markup::teks(&format!("Bangunan {} {}.", u.nama, gabung_dan(&parts)))
}

/// "a, b dan c".
pub(super) fn gabung_dan(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [a] => a.clone(),
        [init @ .., last] => format!("{} dan {last}", init.join(", ")),
    }
}

/// Appends a generated sentence to the first paragraph of a narrative.
pub(super) fn sisip_setelah_paragraf_pertama(narasi: Markup, kalimat: Markup) -> Markup {
    let text = narasi.0;
    match text.find("\n\n") {
        Some(i) if !text[..i].starts_with('#') => {
            Markup(format!("{} {}{}", &text[..i], kalimat, &text[i..]))
        }
        _ => Markup(format!("{kalimat}\n\n{text}")),
    }
}

/// The letterhead call (`kop(...)` of `gaya.typ`).
pub(super) fn bangun_kop(k: &mut Konteks) -> Markup {
    let u = &k.d.data.unit;
    let logo = k.gambar("unit.yaml", "logo.berkas", Some(&u.logo), "2.1cm");
    let mut kecil = vec![u.alamat.clone()];
    let kontak: Vec<String> = [
        u.telepon.as_ref().map(|t| format!("Telepon {t}")),
        u.faksimile.as_ref().map(|f| format!("Faksimile {f}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !kontak.is_empty() {
        kecil.push(kontak.join(", "));
    }
    if !u.email.is_empty() {
        kecil.push(format!("Pos-el: {}", u.email.join(", ")));
    }
    let kop_baris = [
        u.kementerian.to_uppercase(),
        u.kantor_wilayah.to_uppercase(),
        u.nama.to_uppercase(),
    ];
    Markup(format!(
        "#kop({}, ({},), [{}])",
        logo,
        kop_baris
            .iter()
            .map(|b| format!("[{}]", escape::markup(b)))
            .collect::<Vec<_>>()
            .join(", "),
        baris(&kecil)
    ))
}

pub(super) fn bangun(k: &mut Konteks, hasil: &[(usize, HasilIndikator)]) -> Depan {
    let data = &k.d.data;
    let u = &data.unit;
    let kop = Kop {
        panggil: bangun_kop(k),
    };

    let s = &data.laporan.surat_pengantar;
    let ttd_spec = &data.laporan.ditandatangani;
    let surat_tanggal = format!("{}, {}", ttd_spec.tempat, k.tanggal(ttd_spec.tanggal));
    let surat_isian = Markup(format!(
        "#isian(({}))",
        [
            ("Nomor", &s.nomor),
            ("Sifat", &s.sifat),
            ("Lampiran", &s.lampiran),
            ("Hal", &s.hal)
        ]
        .iter()
        .map(|(a, b)| format!("([{}], [{}]), ", escape::markup(a), escape::markup(b)))
        .collect::<String>()
    ));
    let mut kepada = vec![format!(
        "Yth. {}",
        s.kepada.first().cloned().unwrap_or_default()
    )];
    kepada.extend(s.kepada.iter().skip(1).cloned());
    kepada.push("di".into());
    let surat_kepada = Markup(format!(
        "{} #linebreak() #h(2em){}",
        baris(&kepada),
        escape::markup(&s.di)
    ));
    let surat_ttd = k.ttd("laporan.yaml", "ditandatangani", ttd_spec, &[], false);
    let surat_tembusan = if s.tembusan.is_empty() {
        Markup::default()
    } else {
        Markup(format!("Tembusan:\n\n{}", super::daftar_teks(&s.tembusan)))
    };

    let ttd_laporan = k.ttd("laporan.yaml", "ditandatangani", ttd_spec, &[], true);

    // Ikhtisar.
    let pembuka =
        sisip_setelah_paragraf_pertama(md(&data.narasi.ikhtisar.pembuka), kalimat_gedung(k));
    let ikhtisar_kinerja = ringkasan_kinerja(k, hasil);
    let ikhtisar_anggaran = ringkasan_anggaran(k);

    Depan {
        kop,
        surat_tanggal,
        surat_isian,
        surat_kepada,
        surat_isi: md(&s.isi),
        surat_ttd,
        surat_tembusan,
        sampul_judul: baris(&[data.laporan.judul.to_uppercase()]),
        sampul_tahun: format!("TAHUN {}", data.laporan.tahun),
        sampul_logo: k.gambar("unit.yaml", "logo.berkas", Some(&u.logo), "5cm"),
        sampul_unit: u.nama.to_uppercase(),
        sampul_alamat: u.alamat.to_uppercase(),
        kata_pengantar: md(&data.narasi.kata_pengantar),
        ttd_laporan,
        ikhtisar_pembuka: pembuka,
        ikhtisar_kinerja,
        ikhtisar_anggaran,
        ikhtisar_penilaian: md(&data.narasi.ikhtisar.penilaian_anggaran),
    }
}

/// "Dari 28 IKK …, 17 tercapai …" with the lists of indicators not achieved
/// and not computable.
pub(super) fn ringkasan_kinerja(k: &Konteks, hasil: &[(usize, HasilIndikator)]) -> Markup {
    let data = &k.d.data;
    let rekap = k.hasil.rekap.clone();
    let semua: Vec<_> = data.indikator().collect();
    let mut kalimat = format!(
        "Perjanjian Kinerja tahun {} memuat {} Indikator Kinerja Kegiatan pada {} Sasaran Kegiatan. Dari jumlah tersebut, {} indikator tercapai (capaian sekurang-kurangnya 100%)",
        data.laporan.tahun,
        rekap.total,
        data.pk.sasaran_kegiatan.len(),
        rekap.tercapai
    );
    let mut sisa = Vec::new();
    if rekap.tidak_tercapai > 0 {
        sisa.push(format!("{} indikator belum tercapai", rekap.tidak_tercapai));
    }
    if rekap.tidak_dapat_dihitung > 0 {
        sisa.push(format!(
            "{} indikator tidak dapat dihitung (N/A) karena tidak ada populasi atau data yang menjadi dasar perhitungannya",
            rekap.tidak_dapat_dihitung
        ));
    }
    if rekap.belum_diisi > 0 {
        sisa.push(format!(
            "{} indikator belum diisi realisasinya",
            rekap.belum_diisi
        ));
    }
    if sisa.is_empty() {
        kalimat.push('.');
    } else {
        kalimat = format!("{kalimat}, {}.", gabung_dan(&sisa));
    }
    let mut out = Markup::teks(&kalimat).0;
    let tidak: Vec<Markup> = hasil
        .iter()
        .filter(|(_, h)| h.tercapai() == Some(false))
        .map(|(i, h)| {
            let ind = semua[*i].1;
            Markup::teks(&format!(
                "{} (target {}, realisasi {}, capaian {})",
                ind.nama,
                k.bersatuan(ind.target.get(), ind.satuan),
                k.nilai(&h.realisasi, ind.satuan),
                k.persen(&h.capaian)
            ))
        })
        .collect();
    if !tidak.is_empty() {
        out.push_str("\n\nIndikator yang belum tercapai:\n\n");
        out.push_str(&daftar_nomor(tidak).0);
    }
    let na: Vec<Markup> = hasil
        .iter()
        .filter_map(|(i, h)| match &h.capaian {
            Nilai::TidakDapatDihitung(alasan) => {
                Some(Markup::teks(&format!("{} — {alasan}", semua[*i].1.nama)))
            }
            _ => None,
        })
        .collect();
    if !na.is_empty() {
        out.push_str("\n\nIndikator yang tidak dapat dihitung:\n\n");
        out.push_str(&daftar_nomor(na).0);
    }
    Markup(out)
}

/// Budget amounts with terbilang, and the split per jenis belanja.
pub(super) fn ringkasan_anggaran(k: &Konteks) -> Markup {
    let data = &k.d.data;
    let total = k.hasil.anggaran.clone();
    let mut out = Markup::teks(&format!(
        "Pelaksanaan program dan kegiatan {} tahun {} memperoleh anggaran sebesar {} dengan realisasi sebesar {} atau {} dari pagu.",
        data.unit.nama,
        data.laporan.tahun,
        k.rp_terbilang(total.pagu),
        k.rp_terbilang(total.realisasi),
        k.persen(&total.persen)
    ))
    .0;
    let (rows, _) = k.hasil.jenis_belanja.clone();
    if !rows.is_empty() {
        out.push_str(" Rincian realisasi per jenis belanja:\n\n");
        out.push_str(
            &daftar_nomor(data.anggaran.jenis_belanja.iter().zip(&rows).map(|(j, s)| {
                Markup::teks(&format!(
                    "{} sebesar {} dari pagu {} ({})",
                    j.nama,
                    k.rp(s.realisasi),
                    k.rp(s.pagu),
                    k.persen(&s.persen)
                ))
            }))
            .0,
        );
    }
    Markup(out)
}
