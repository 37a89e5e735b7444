//! Lampiran: SK tim penyusun, Perjanjian Kinerja, quarterly PK monitoring,
//! TARJA evidence.

use super::{Konteks, baris, daftar_teks, md};
use crate::render::escape;
use crate::render::markdown::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Lampiran content.
#[derive(Debug)]
pub struct LampiranView {
    /// SK tim penyusun, with its team table.
    pub sk_tim: Markup,
    /// PK: statement page and attached tables.
    pub pk: Markup,
    /// Quarterly monitoring of the PK.
    pub triwulan: Markup,
    /// TARJA evidence.
    pub tarja: Markup,
}

fn tabel_polos(t: &TabelTyp) -> String {
    format!("#{}", t.markup())
}

fn sk_tim(k: &mut Konteks, kop: &Markup) -> Markup {
    let data = &k.d.data;
    let sk = &data.lampiran.sk_tim;
    let kepala = data
        .orang(&sk.ditetapkan.oleh)
        .map(|o| o.jabatan.clone())
        .unwrap_or_default();
    let mut out = format!("{kop}\n\n");
    out.push_str(&format!(
        "#tengah[#strong[KEPUTUSAN {}] #linebreak() NOMOR: {} #linebreak() #v(0.4em) TENTANG #linebreak() #strong[{}] #v(0.4em) #strong[{}]]\n\n",
        escape::markup(&kepala.to_uppercase()),
        escape::markup(&sk.nomor),
        escape::markup(&sk.tentang.to_uppercase()),
        escape::markup(&kepala.to_uppercase()),
    ));
    let bagian = |label: &str, isi: Markup| format!("([{}], [{}]), ", escape::markup(label), isi);
    let mut rows = String::new();
    rows.push_str(&bagian(
        "Menimbang",
        Markup(format!(
            "#enum(numbering: \"a.\", {})",
            sk.menimbang
                .iter()
                .map(|m| format!("[{}]", escape::markup(m)))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    ));
    rows.push_str(&bagian("Mengingat", daftar_teks(&sk.mengingat)));
    out.push_str(&format!(
        "#isian(({rows}), lebar: 2.8cm)\n\n#tengah(strong[MEMUTUSKAN:])\n\n"
    ));
    let mut rows = String::new();
    for d in &sk.memutuskan {
        let mut isi = escape::markup(&d.isi);
        if !d.butir.is_empty() {
            isi.push_str(&format!("\n\n{}", daftar_teks(&d.butir)));
        }
        rows.push_str(&bagian(&d.label, Markup(isi)));
    }
    out.push_str(&format!("#isian(({rows}), lebar: 2.8cm)\n\n"));
    let t = &sk.ditetapkan;
    out.push_str(&format!(
        "#align(right, box(width: 55%, align(left)[Ditetapkan di {} #linebreak() pada tanggal {}]))\n\n",
        escape::markup(&t.tempat),
        escape::markup(&k.tanggal(t.tanggal))
    ));
    let ttd = k.ttd("lampiran.yaml", "sk_tim.ditetapkan", t, &[], false);
    out.push_str(&ttd.panggil().0);
    out.push_str("\n\n#pagebreak()\n\n");
    out.push_str(&format!(
        "#align(right, box(width: 60%, align(left, text(size: 10pt)[Lampiran Keputusan {} #linebreak() Nomor: {} #linebreak() Tanggal: {}])))\n\n",
        escape::markup(&kepala),
        escape::markup(&sk.nomor),
        escape::markup(&k.tanggal(t.tanggal))
    ));
    out.push_str(&format!(
        "#tengah(strong[SUSUNAN TIM PENYUSUN LKJIP #linebreak() {}])\n\n",
        escape::markup(&data.unit.nama.to_uppercase())
    ));
    let mut tt = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Nama / NIP", "1.3fr", Rata::Kiri),
        ("Jabatan Kedinasan", "1fr", Rata::Kiri),
        ("Jabatan dalam Tim", "auto", Rata::Kiri),
    ]);
    for (i, a) in sk.anggota.iter().enumerate() {
        let o = data.orang(&a.orang);
        let nama = o.map(|o| o.nama.as_str()).unwrap_or(&a.orang);
        let nip = o
            .and_then(|o| o.nip.as_deref())
            .map(|n| format!(" #linebreak() NIP. {}", escape::markup(n)))
            .unwrap_or_default();
        tt.isi.push(vec![
            Sel::teks(&(i + 1).to_string()),
            Sel::markup(Markup(format!("{}{nip}", escape::markup(nama)))),
            Sel::teks(o.map(|o| o.jabatan.as_str()).unwrap_or("")),
            Sel::teks(&a.jabatan_tim),
        ]);
    }
    out.push_str(&tabel_polos(&tt));
    out.push_str("\n\n");
    let ttd = k.ttd("lampiran.yaml", "sk_tim.ditetapkan", t, &[], false);
    out.push_str(&ttd.panggil().0);
    Markup(out)
}

fn pk(k: &mut Konteks) -> Markup {
    let data = &k.d.data;
    let pk = &data.pk;
    let tahun = data.laporan.tahun;
    let pertama = data.orang(&pk.pihak_pertama.oleh).cloned();
    let kedua = data.orang(&pk.pihak_kedua.oleh).cloned();
    let mut out = format!(
        "#tengah(strong[PERJANJIAN KINERJA TAHUN {tahun} #linebreak() {} #linebreak() DENGAN #linebreak() {}])\n\n",
        escape::markup(
            &pertama
                .as_ref()
                .map(|o| o.jabatan.to_uppercase())
                .unwrap_or_default()
        ),
        escape::markup(
            &kedua
                .as_ref()
                .map(|o| o.jabatan.to_uppercase())
                .unwrap_or_default()
        )
    );
    out.push_str(&Markup::teks("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:").0);
    let isian = |o: &Option<crate::model::Orang>| {
        format!(
            "#isian((([Nama], [{}]), ([Jabatan], [{}]),))",
            escape::markup(o.as_ref().map(|o| o.nama.as_str()).unwrap_or("")),
            escape::markup(o.as_ref().map(|o| o.jabatan.as_str()).unwrap_or(""))
        )
    };
    out.push_str(&format!("\n\n{}\n\nselanjutnya disebut #strong[Pihak Pertama];\n\n{}\n\nselaku atasan Pihak Pertama, selanjutnya disebut #strong[Pihak Kedua].\n\n", isian(&pertama), isian(&kedua)));
    out.push_str(&md(&pk.pernyataan).0);
    let p1 = k.ttd(
        "pk.yaml",
        "pihak_pertama",
        &pk.pihak_pertama,
        &[
            "Pihak Pertama,".to_string(),
            pertama
                .as_ref()
                .map(|o| o.jabatan.clone())
                .unwrap_or_default(),
        ],
        false,
    );
    let p2 = k.ttd(
        "pk.yaml",
        "pihak_kedua",
        &pk.pihak_kedua,
        &[
            "Pihak Kedua,".to_string(),
            kedua
                .as_ref()
                .map(|o| o.jabatan.clone())
                .unwrap_or_default(),
        ],
        false,
    );
    let tempat = Markup::teks(&format!(
        "{}, {}",
        pk.pihak_pertama.tempat,
        k.tanggal(pk.pihak_pertama.tanggal)
    ));
    let tanda = format!(
        "\n\n#tengah[{tempat}]\n#ttd-dua({}, {})",
        p2.tupel(),
        p1.tupel()
    );
    out.push_str(&tanda);
    out.push_str(&format!(
        "\n\n#pagebreak()\n\n#tengah(strong[LAMPIRAN PERJANJIAN KINERJA TAHUN {tahun}])\n\n"
    ));
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
        format!("{}\n\n", tabel_polos(&t))
    };
    if !pk.sasaran_strategis.is_empty() {
        out.push_str(&teks_tabel(
            "Sasaran Strategis",
            "Indikator Kinerja Utama",
            &pk.sasaran_strategis,
        ));
    }
    if !pk.sasaran_program.is_empty() {
        out.push_str(&teks_tabel(
            "Sasaran Program",
            "Indikator Kinerja Program",
            &pk.sasaran_program,
        ));
    }
    out.push_str(&tabel_polos(&super::bab2::tabel_pk(k)));
    out.push_str("\n\n");
    out.push_str(&tabel_polos(&super::bab2::tabel_anggaran_pk(k, false)));
    out.push_str(&tanda);
    Markup(out)
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
        let n = 4u32;
        for tw in 0..4usize {
            let mut row = Vec::new();
            if tw == 0 {
                row.push(Sel::teks(&nomor.to_string()).tinggi(n));
                row.push(
                    Sel::teks(&format!(
                        "{} ({})",
                        ind.nama,
                        k.bersatuan(ind.target.get(), ind.satuan)
                    ))
                    .tinggi(n),
                );
            }
            let target = ind.target_triwulan.get(tw).map(|v| v.get());
            let real = c
                .and_then(|c| c.triwulan.get(tw))
                .and_then(|t| t.realisasi)
                .map(|v| v.get());
            let persen = match (target, real) {
                (Some(t), Some(r)) => crate::calc::persen(r, t, k.p.persentase)
                    .map(|v| format!("{}%", k.angka(v)))
                    .unwrap_or_else(|| "N/A".into()),
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
                &target.map(|v| k.angka(v)).unwrap_or_else(|| "–".into()),
            ));
            row.push(Sel::teks(
                &real
                    .map(|v| k.angka(v))
                    .unwrap_or_else(|| "belum dilaporkan".into()),
            ));
            row.push(Sel::teks(&persen));
            row.push(Sel::markup(baris(&catatan)));
            t.isi.push(row);
        }
    }
    Markup(format!(
        "#tengah(strong[LAPORAN CAPAIAN PERJANJIAN KINERJA TAHUN {} #linebreak() {}])\n\n{}",
        data.laporan.tahun,
        escape::markup(&data.unit.nama.to_uppercase()),
        tabel_polos(&t)
    ))
}

fn tarja(k: &Konteks) -> Markup {
    let tj = &k.d.data.kinerja_lainnya.tarja;
    let mut out = tj
        .pengantar_lampiran
        .as_ref()
        .map(|m| md(m).0)
        .unwrap_or_default();
    let mut t = TabelTyp::berkepala(&[
        ("No", "auto", Rata::Tengah),
        ("Target Kinerja (Kriteria Keberhasilan)", "1fr", Rata::Kiri),
        ("Bulan", "auto", Rata::Tengah),
        ("Data Dukung", "1.6fr", Rata::Kiri),
        ("Capaian Target Kinerja", "1fr", Rata::Kiri),
    ]);
    for (i, tk) in tj.target.iter().enumerate() {
        let n = tk.bukti.len().max(1) as u32;
        for (j, b) in tk.bukti.iter().enumerate() {
            let mut row = Vec::new();
            if j == 0 {
                row.push(Sel::teks(&(i + 1).to_string()).tinggi(n));
                row.push(Sel::teks(&tk.nama).tinggi(n));
            }
            row.push(Sel::teks(&b.bulan));
            row.push(Sel::markup(baris(&b.dokumen)));
            row.push(Sel::markup(baris(&b.nomor_surat)));
            t.isi.push(row);
        }
    }
    out.push_str("\n\n");
    out.push_str(&tabel_polos(&t));
    Markup(out)
}

pub(super) fn bangun(k: &mut Konteks) -> LampiranView {
    let kop = super::depan::bangun_kop(k);
    LampiranView {
        sk_tim: sk_tim(k, &kop),
        pk: pk(k),
        triwulan: triwulan(k),
        tarja: tarja(k),
    }
}
