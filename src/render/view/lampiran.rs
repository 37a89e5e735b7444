//! Lampiran: SK tim penyusun, Perjanjian Kinerja, quarterly PK monitoring,
//! TARJA evidence. The wording is in `templates/lampiran.typ`.

use super::depan::Kop;
use super::{Konteks, Ttd, md, md_opt};
use crate::calc::Nilai;
use crate::format::huruf_besar;
use crate::jalur;
use crate::model::Berkas;
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Lampiran content.
#[derive(Debug)]
pub struct LampiranView {
    /// Report year.
    pub tahun: i32,
    /// The unit's name, upper case.
    pub unit_besar: String,
    /// 1. SK tim penyusun, with its lampiran number; absent without
    /// `lampiran.yaml`.
    pub sk_tim: Option<(usize, SkTimView)>,
    /// 2. Perjanjian Kinerja, with its lampiran number.
    pub pk: (usize, PkView),
    /// 3. Quarterly monitoring of the PK, with its lampiran number;
    /// absent when the data has no quarterly figures at all.
    pub triwulan: Option<(usize, Markup)>,
    /// 4. TARJA evidence with its lampiran number; absent without TARJA.
    pub tarja: Option<(usize, TarjaLampiran)>,
}

/// The TARJA lampiran.
#[derive(Debug)]
pub struct TarjaLampiran {
    /// The unit's introduction (may be empty).
    pub pengantar: Markup,
    /// The evidence table.
    pub tabel: Markup,
}

/// The decree appointing the team.
#[derive(Debug)]
pub struct SkTimView {
    /// Letterhead.
    pub kop: Kop,
    /// Position of the official who decrees.
    pub kepala: String,
    /// Number.
    pub nomor: String,
    /// Subject.
    pub tentang: String,
    /// Considerations.
    pub menimbang: Vec<String>,
    /// Legal bases.
    pub mengingat: Vec<String>,
    /// Decisions: (label, text, items).
    pub memutuskan: Vec<(String, String, Vec<String>)>,
    /// Place of the decree.
    pub tempat: String,
    /// Date of the decree.
    pub tanggal: String,
    /// Signature under the decree.
    pub ttd: Ttd,
    /// The team table.
    pub tabel_anggota: Markup,
    /// Signature under the team table.
    pub ttd_lampiran: Ttd,
}

/// The Perjanjian Kinerja.
#[derive(Debug)]
pub struct PkView {
    /// First party: (name, position).
    pub pertama: (String, String),
    /// Second party: (name, position).
    pub kedua: (String, String),
    /// The agreement's statement.
    pub pernyataan: Markup,
    /// Place of signing (the first party's).
    pub tempat: String,
    /// Date of signing (the first party's).
    pub tanggal: String,
    /// The second party's place and date, when they differ from the
    /// first party's (each party is then shown with its own).
    pub kedua_di: Option<(String, String)>,
    /// First party's signature.
    pub ttd_pertama: Ttd,
    /// Second party's signature.
    pub ttd_kedua: Ttd,
    /// Strategic goals table, if any.
    pub tabel_strategis: Option<Markup>,
    /// Programme goals table, if any.
    pub tabel_program: Option<Markup>,
    /// The PK table.
    pub tabel_pk: Markup,
    /// The PK budget table.
    pub tabel_anggaran_pk: Option<Markup>,
}

fn sk_tim(k: &mut Konteks, sk: &crate::model::lampiran::SkTim) -> SkTimView {
    let kop = super::depan::bangun_kop(k);
    let data = &k.d.data;
    let kepala = data
        .orang(&sk.ditetapkan.oleh)
        .map(|o| o.jabatan.clone())
        .unwrap_or_default();
    let t = &sk.ditetapkan;
    let ttd = k.ttd(Berkas::Lampiran, jalur!(sk_tim.ditetapkan), t, &[], false);
    let mut tt = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Nama / NIP", "1.3fr", Rata::Kiri),
        ("Jabatan Kedinasan", "1fr", Rata::Kiri),
        ("Jabatan dalam Tim", "auto", Rata::Kiri),
    ]);
    for (i, a) in sk.anggota.iter().enumerate() {
        let o = data.orang(&a.orang);
        let nama = o.map(|o| o.nama.as_str()).unwrap_or(&a.orang).to_string();
        let nama_nip = match o.and_then(|o| o.nip.as_deref()) {
            Some(n) => vec![nama, format!("NIP. {n}")],
            None => vec![nama],
        };
        tt.isi.push(vec![
            Sel::teks(&(i + 1).to_string()),
            Sel::baris(&nama_nip),
            Sel::teks(o.map(|o| o.jabatan.as_str()).unwrap_or("")),
            Sel::teks(&a.jabatan_tim),
        ]);
    }
    let ttd_lampiran = k.ttd(Berkas::Lampiran, jalur!(sk_tim.ditetapkan), t, &[], false);
    SkTimView {
        kop,
        kepala,
        nomor: sk.nomor.clone(),
        tentang: sk.tentang.clone(),
        menimbang: sk.menimbang.clone(),
        mengingat: sk.mengingat.clone(),
        memutuskan: sk
            .memutuskan
            .iter()
            .map(|d| (d.label.clone(), d.isi.clone(), d.butir.clone()))
            .collect(),
        tempat: t.tempat.clone(),
        tanggal: k.tanggal(t.tanggal),
        ttd,
        tabel_anggota: tt.markup(),
        ttd_lampiran,
    }
}

fn pk(k: &mut Konteks) -> PkView {
    let data = &k.d.data;
    let pk = &data.pk;
    let pertama = data.orang(&pk.pihak_pertama.oleh).cloned();
    let kedua = data.orang(&pk.pihak_kedua.oleh).cloned();
    let nama_jabatan = |o: &Option<crate::model::Orang>| {
        o.as_ref()
            .map(|o| (o.nama.clone(), o.jabatan.clone()))
            .unwrap_or_default()
    };
    let ttd_pertama = k.ttd(
        Berkas::Pk,
        jalur!(pihak_pertama),
        &pk.pihak_pertama,
        &[pertama
            .as_ref()
            .map(|o| o.jabatan.clone())
            .unwrap_or_default()],
        false,
    );
    let ttd_kedua = k.ttd(
        Berkas::Pk,
        jalur!(pihak_kedua),
        &pk.pihak_kedua,
        &[kedua
            .as_ref()
            .map(|o| o.jabatan.clone())
            .unwrap_or_default()],
        false,
    );
    let teks_tabel = |judul_sasaran: &str,
                      judul_ind: &str,
                      rows: &[crate::model::pk::SasaranTeks]| {
        let mut t = TabelTyp::baru(vec![
            kolom("auto", Rata::Tengah),
            kolom("1fr", Rata::Kiri),
            kolom("1.3fr", Rata::Kiri),
            kolom("auto", Rata::Tengah),
        ]);
        t.kepala.push(
            ["No", judul_sasaran, judul_ind, "Target"]
                .map(Sel::teks)
                .to_vec(),
        );
        for (i, s) in rows.iter().enumerate() {
            for (j, ind) in s.indikator.iter().enumerate() {
                let mut row = Vec::new();
                if j == 0 {
                    row.push(Sel::teks(&format!("{}.", i + 1)).tinggi(s.indikator.len() as u32));
                    row.push(Sel::teks(&s.sasaran).tinggi(s.indikator.len() as u32));
                }
                let nama = if s.indikator.len() > 1 {
                    format!("{}. {}", j + 1, ind.nama)
                } else {
                    ind.nama.clone()
                };
                row.push(Sel::teks(&nama));
                row.push(Sel::teks(&ind.target));
                t.isi.push(row);
            }
        }
        t.markup()
    };
    PkView {
        pertama: nama_jabatan(&pertama),
        kedua: nama_jabatan(&kedua),
        pernyataan: md(&pk.pernyataan),
        tempat: pk.pihak_pertama.tempat.clone(),
        tanggal: k.tanggal(pk.pihak_pertama.tanggal),
        kedua_di: (pk.pihak_kedua.tempat != pk.pihak_pertama.tempat
            || pk.pihak_kedua.tanggal != pk.pihak_pertama.tanggal)
            .then(|| {
                (
                    pk.pihak_kedua.tempat.clone(),
                    k.tanggal(pk.pihak_kedua.tanggal),
                )
            }),
        ttd_pertama,
        ttd_kedua,
        tabel_strategis: (!pk.sasaran_strategis.is_empty()).then(|| {
            teks_tabel(
                "Sasaran Strategis",
                "Indikator Kinerja Utama",
                &pk.sasaran_strategis,
            )
        }),
        tabel_program: (!pk.sasaran_program.is_empty()).then(|| {
            teks_tabel(
                "Sasaran Program",
                "Indikator Kinerja Program",
                &pk.sasaran_program,
            )
        }),
        tabel_pk: super::bab2::tabel_pk(k).markup(),
        tabel_anggaran_pk: super::bab2::tabel_anggaran_pk(k, false).markup_berisi(),
    }
}

fn triwulan(k: &Konteks) -> Markup {
    let data = &k.d.data;
    let mut t = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Indikator Kinerja (Target Tahunan)", "1fr", Rata::Kiri),
        ("TW", "auto", Rata::Tengah),
        ("Target", "auto", Rata::Tengah),
        ("Realisasi", "auto", Rata::Tengah),
        ("%", "auto", Rata::Tengah),
        ("Catatan Monitoring", "1.3fr", Rata::Kiri),
    ]);
    let mut nomor = 0;
    for (_, ind) in data.indikator() {
        nomor += 1;
        let c = data.capaian.indikator.get(&ind.id);
        // Only the quarters of the report's period (TW I–II for semester I).
        let periode = data.laporan.periode.triwulan();
        let n = periode.clone().count() as u32;
        let awal = *periode.start() - 1;
        for tw in periode.map(|t| t - 1) {
            let mut row = Vec::new();
            if tw == awal {
                row.push(Sel::teks(&nomor.to_string()).tinggi(n));
                row.push(Sel::teks(&format!("{} ({})", ind.nama, k.target(ind))).tinggi(n));
            }
            let target = ind.target_triwulan.get(tw).map(|v| v.get());
            let real = c
                .and_then(|c| c.triwulan.get(tw))
                .and_then(|t| t.realisasi)
                .map(|v| v.get());
            let persen = match k.hasil.triwulan.get(&ind.id).and_then(|q| q.get(tw)) {
                Some(Some(Nilai::Ada(v))) => format!("{}%", k.angka(*v)),
                Some(Some(_)) => "N/A".into(),
                _ => "–".into(),
            };
            let catatan: Vec<String> = c
                .and_then(|c| c.triwulan.get(tw))
                .map(|t| {
                    t.catatan_bulanan
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| !s.trim().is_empty())
                        .map(|(m, s)| {
                            format!("{}: {s}", crate::format::nama_bulan((tw * 3 + m + 1) as u8))
                        })
                        .collect()
                })
                .unwrap_or_default();
            row.push(Sel::teks(&format!("TW {}", ["I", "II", "III", "IV"][tw])));
            row.push(Sel::teks(
                &target
                    .map(|v| k.angka_tertulis(v))
                    .unwrap_or_else(|| "–".into()),
            ));
            row.push(Sel::teks(
                &real
                    .map(|v| k.angka_tertulis(v))
                    .unwrap_or_else(|| "belum dilaporkan".into()),
            ));
            row.push(Sel::teks(&persen));
            row.push(Sel::baris(&catatan));
            t.isi.push(row);
        }
    }
    t.markup()
}

fn tarja(tj: &crate::model::kinerja_lainnya::Tarja) -> TarjaLampiran {
    let mut t = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Target Kinerja (Kriteria Keberhasilan)", "1fr", Rata::Kiri),
        ("Bulan", "auto", Rata::Tengah),
        ("Data Dukung", "1.6fr", Rata::Kiri),
        ("Capaian Target Kinerja", "1fr", Rata::Kiri),
    ]);
    for (i, tk) in tj.target.iter().enumerate() {
        let n = tk.bukti.len().max(1) as u32;
        // A target without evidence still gets its row (check warns, LK914).
        if tk.bukti.is_empty() {
            t.isi.push(vec![
                Sel::teks(&(i + 1).to_string()),
                Sel::teks(&tk.nama),
                Sel::teks("–"),
                Sel::teks("tidak ada bukti"),
                Sel::teks("–"),
            ]);
        }
        for (j, b) in tk.bukti.iter().enumerate() {
            let mut row = Vec::new();
            if j == 0 {
                row.push(Sel::teks(&(i + 1).to_string()).tinggi(n));
                row.push(Sel::teks(&tk.nama).tinggi(n));
            }
            row.push(Sel::teks(&b.bulan));
            row.push(Sel::baris(&b.dokumen));
            row.push(Sel::baris(&b.nomor_surat));
            t.isi.push(row);
        }
    }
    TarjaLampiran {
        pengantar: md_opt(tj.pengantar_lampiran.as_ref()),
        tabel: t.markup(),
    }
}

/// The lampiran from the data.
pub(super) fn bangun(k: &mut Konteks) -> LampiranView {
    let data = &k.d.data;
    // The PK is always there; each optional lampiran takes the next number.
    let mut nomor = 0;
    let mut berikut = || {
        nomor += 1;
        nomor
    };
    let sk_tim = data
        .lampiran
        .as_ref()
        .map(|l| (berikut(), sk_tim(k, &l.sk_tim)));
    let pk = (berikut(), pk(k));
    let triwulan = data.ada_data_triwulan().then(|| (berikut(), triwulan(k)));
    let tarja = data
        .kinerja_lainnya
        .tarja_berisi()
        .map(|tj| (berikut(), tarja(tj)));
    LampiranView {
        tahun: data.laporan.tahun,
        unit_besar: huruf_besar(&data.unit.nama),
        sk_tim,
        pk,
        triwulan,
        tarja,
    }
}
