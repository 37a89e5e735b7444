//! `lkjip init`: a fresh data folder with one goal, two indicators and a
//! minimal budget, every text to write marked `[ISI]`.

use std::collections::BTreeMap;
use std::path::Path;

use super::{GalatTahunan, siapkan, tulis_folder};
use crate::check::aturan::PENANDA;
use crate::model::anggaran::{Anggaran, JenisBelanja, Node, Tingkat, Volume};
use crate::model::capaian::{Capaian, CapaianIndikator};
use crate::model::kinerja_anggaran::{KinerjaAnggaran, Skor};
use crate::model::kinerja_lainnya::{
    EMonev, EPerformance, KinerjaLainnya, NilaiAplikasi, PrioritasNasional, Tarja,
};
use crate::model::lampiran::{AnggotaTim, Diktum, Lampiran, SkTim};
use crate::model::laporan::{Laporan, Pengaturan, SuratPengantar};
use crate::model::narasi::{Ikhtisar, Narasi, Pendahuluan, Penutup};
use crate::model::pk::{AnggaranPk, Indikator, PerjanjianKinerja, SasaranKegiatan, Satuan};
use crate::model::populasi::Populasi;
use crate::model::renstra::Renstra;
use crate::model::unit::{JumlahGolongan, Pegawai, Profil, Unit};
use crate::model::{Angka, DataLaporan, Gambar, Markdown, Orang, Rupiah, TandaTangan, Tanggal};

/// Text still to be written, with a hint.
fn isi(petunjuk: &str) -> String {
    format!("{PENANDA} {petunjuk}")
}

fn md(petunjuk: &str) -> Markdown {
    // An undefined link reference stays literal text in Markdown.
    Markdown(format!("{PENANDA} {petunjuk}\n"))
}

fn tanggal(y: i32, m: u8, d: u8) -> Tanggal {
    Tanggal::new(y, m, d).expect("a real date")
}

fn gambar(nama: &str, keterangan: &str) -> Gambar {
    Gambar {
        berkas: format!("gambar/{nama}.svg"),
        keterangan: keterangan.into(),
    }
}

/// A labelled placeholder picture, until the unit puts the real one.
pub fn svg_pengganti(judul: &str) -> String {
    let judul = judul
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400">
  <rect x="4" y="4" width="792" height="392" fill="#f2f2f2" stroke="#888888" stroke-width="6" stroke-dasharray="24 12"/>
  <text x="400" y="190" font-family="Liberation Sans" font-size="40" font-weight="bold" text-anchor="middle" fill="#444444">{judul}</text>
  <text x="400" y="250" font-family="Liberation Sans" font-size="22" font-style="italic" text-anchor="middle" fill="#aa0000">GAMBAR PENGGANTI — ganti dengan berkas asli</text>
</svg>
"##
    )
}

fn ttd(oleh: &str, t: Tanggal, gambar_ttd: Option<Gambar>) -> TandaTangan {
    TandaTangan {
        oleh: oleh.into(),
        tempat: isi("kota"),
        tanggal: t,
        gambar: gambar_ttd,
        nama_tertulis: None,
        nip_tertulis: None,
        nip_tertulis_lain: vec![],
    }
}

fn skor(bobot: i64, target: Option<i64>, nama: &str) -> Skor {
    Skor {
        bobot: Angka::from(bobot),
        nilai: BTreeMap::new(),
        target: target.map(Angka::from),
        komponen: vec![],
        gambar: None,
        uraian: md(&format!("uraian nilai {nama}")),
        uraian_grafik: None,
    }
}

/// The skeleton of a year's data for `unit`.
pub fn kerangka(unit: &str, tahun: i32) -> DataLaporan {
    let kepala = Orang {
        nama: isi("nama kepala satuan kerja"),
        nip: None,
        jabatan: format!("Kepala {unit}"),
    };
    let atasan = Orang {
        nama: isi("nama kepala kantor wilayah"),
        nip: None,
        jabatan: isi("jabatan atasan langsung"),
    };
    let indikator = vec![
        Indikator {
            id: "sk1-ikk1".into(),
            nama: isi("indikator kinerja bersatuan persen"),
            satuan: Satuan::Persen,
            polaritas: Default::default(),
            target: Angka::from(100).into(),
            target_triwulan: vec![Angka::from(25); 4],
            sifat_triwulan: Default::default(),
            pembulatan: None,
        },
        Indikator {
            id: "sk1-ikk2".into(),
            nama: isi("indikator kinerja bersatuan layanan"),
            satuan: Satuan::Layanan,
            polaritas: Default::default(),
            target: Angka::from(1).into(),
            target_triwulan: vec![],
            sifat_triwulan: Default::default(),
            pembulatan: None,
        },
    ];
    let daun = Node {
        tingkat: Tingkat::Ro,
        kode: isi("kode RO"),
        nama: isi("nama RO"),
        volume: Some(Volume {
            jumlah: Angka::from(1),
            satuan: "Layanan".into(),
        }),
        pagu: Some(Rupiah::from(0)),
        realisasi: Some(Rupiah::from(0)),
        rincian: vec![],
    };
    let simpul = |tingkat, kode: &str, nama: &str, rincian| Node {
        tingkat,
        kode: isi(kode),
        nama: isi(nama),
        volume: None,
        pagu: None,
        realisasi: None,
        rincian,
    };
    let program = simpul(
        Tingkat::Program,
        "kode program",
        "nama program",
        vec![simpul(
            Tingkat::Kegiatan,
            "kode kegiatan",
            "nama kegiatan",
            vec![simpul(Tingkat::Kro, "kode KRO", "nama KRO", vec![daun])],
        )],
    );
    let jenis = |kode: &str, nama: &str| JenisBelanja {
        kode: Some(kode.into()),
        nama: nama.into(),
        pagu: Some(Rupiah::from(0)),
        realisasi: Rupiah::from(0),
    };
    DataLaporan {
        laporan: Laporan {
            periode: Default::default(),
            data_sampai: None,
            format: Some(crate::load::versi::FORMAT),
            tahun,
            judul: "Laporan Akuntabilitas Kinerja Instansi Pemerintah".into(),
            ditandatangani: ttd("kepala", tanggal(tahun + 1, 1, 15), Some(gambar("ttd-kepala", "Tanda tangan dan cap kepala satuan kerja"))),
            ditandatangani_penutup: None,
            pengaturan: Pengaturan::default(),
            surat_pengantar: Some(SuratPengantar {
                nomor: isi("nomor surat"),
                sifat: "Biasa".into(),
                lampiran: "1 Berkas".into(),
                hal: format!("LKjIP Tahun {tahun} {unit}"),
                kepada: vec![isi("Kepala Kantor Wilayah …")],
                di: isi("kota tujuan"),
                isi: md("isi surat pengantar"),
                tembusan: vec![],
            }),
        },
        unit: Unit {
            nama: unit.into(),
            nama_singkat: unit.into(),
            // A new folder starts neutral; a corrections unit writes `profil: pemasyarakatan`.
            profil: Profil::Umum,
            kosakata: None,
            kementerian: isi("kementerian"),
            instansi_atasan: Some(isi("instansi atasan")),
            alamat: Some(isi("alamat")),
            kota: isi("kota"),
            telepon: None,
            faksimile: None,
            email: vec![],
            logo: Some(gambar("logo", "Logo instansi")),
            tahun_dibangun: None,
            luas_tanah_m2: None,
            luas_bangunan_m2: None,
            klasifikasi: None,
            eselon: None,
            orang: BTreeMap::from([("kepala".to_string(), kepala), ("atasan".to_string(), atasan)]),
            pegawai: Some(Pegawai {
                per_tanggal: tanggal(tahun, 12, 31),
                golongan: vec![JumlahGolongan { golongan: "III/a".into(), jumlah: 0 }],
                laki_laki: 0,
                perempuan: 0,
                total_tertulis: None,
            }),
            struktur_organisasi: Some(gambar("struktur-organisasi", "Bagan struktur organisasi")),
        },
        renstra: Some(Renstra {
            periode_awal: tahun,
            periode_akhir: tahun + 4,
            pengantar: md("dasar rencana strategis (RPJMN, Renstra kementerian)"),
            visi: isi("visi"),
            pengantar_misi: md("pengantar misi"),
            misi: vec![isi("misi")],
            tujuan_dan_nilai: md("tujuan dan tata nilai"),
            pengantar_sasaran_strategis: md("pengantar sasaran strategis"),
            sasaran_strategis: vec![isi("sasaran strategis")],
            pengantar_sasaran_kegiatan: md("pengantar sasaran kegiatan"),
            pengantar_kebijakan: md("pengantar kebijakan"),
            kebijakan: vec![isi("kebijakan")],
            target_jangka_menengah: BTreeMap::from([(
                "sk1-ikk1".to_string(),
                (tahun..=tahun + 4).map(|y| (y, Angka::from(100))).collect(),
            )]),
        }),
        pk: PerjanjianKinerja {
            pihak_pertama: ttd("kepala", tanggal(tahun, 1, 15), None),
            pihak_kedua: ttd("atasan", tanggal(tahun, 1, 15), None),
            pernyataan: md("pernyataan perjanjian kinerja"),
            sasaran_strategis: vec![],
            sasaran_program: vec![],
            sasaran_kegiatan: vec![SasaranKegiatan { id: "sk1".into(), nama: isi("sasaran kegiatan"), indikator }],
            anggaran: vec![AnggaranPk { program: isi("program"), kegiatan: isi("kegiatan"), kode: None, pagu: Rupiah::from(0), pagu_tertulis: None }],
        },
        capaian: Capaian {
            pengantar: md("pengantar capaian kinerja organisasi"),
            sasaran: BTreeMap::new(),
            indikator: ["sk1-ikk1", "sk1-ikk2"]
                .into_iter()
                .map(|id| {
                    (
                        id.to_string(),
                        CapaianIndikator {
                            realisasi: None,
                            pengantar: Some(md("definisi dan konteks indikator")),
                            tabel: vec![],
                            tabel_otomatis: vec![],
                            penjelasan: None,
                            analisis: Default::default(),
                            triwulan: vec![],
                            riwayat: BTreeMap::new(),
                            tertulis: None,
                            tertulis_lain: vec![],
                            anggaran: None,
                            sumber: None,
                        },
                    )
                })
                .collect(),
            kendala: vec![],
            solusi: vec![],
            anggaran_lengkap: false,
        },
        populasi: Some(Populasi { kapasitas: 0, tahun: BTreeMap::new(), catatan: None }),
        anggaran: Some(Anggaran {
            program: vec![program],
            jenis_belanja: vec![jenis("51", "Belanja Pegawai"), jenis("52", "Belanja Barang"), jenis("53", "Belanja Modal")],
            jumlah_jenis_belanja_tertulis: None,
            ro_layanan_perkantoran: None,
            riwayat_jenis_belanja: BTreeMap::new(),
            pengantar: md("pengantar realisasi anggaran"),
            uraian_grafik: None,
            uraian_kro: None,
        }),
        kinerja_anggaran: Some(KinerjaAnggaran { pengantar: None, smart: skor(60, None, "SMART DJA"), ikpa: skor(40, Some(100), "IKPA") }),
        kinerja_lainnya: KinerjaLainnya {
            e_performance: Some(EPerformance {
                uraian: md("uraian e-Performance"),
                gambar: None,
                indikator: BTreeMap::from([
                    ("sk1-ikk1".to_string(), NilaiAplikasi { target: Angka::from(100).into(), realisasi: None }),
                    ("sk1-ikk2".to_string(), NilaiAplikasi { target: Angka::from(1).into(), realisasi: None }),
                ]),
                penutup: None,
            }),
            e_monev: Some(EMonev { uraian: md("uraian e-Monev Bappenas"), gambar: None, serapan_anggaran: None, pelaksanaan: None, per_bulan: "Desember".into() }),
            tarja: Some(Tarja { uraian: md("uraian Target Kinerja"), target: vec![], penutup: None, pengantar_lampiran: None }),
            prioritas_nasional: Some(PrioritasNasional { uraian: md("kegiatan prioritas nasional"), kegiatan: vec![] }),
        },
        narasi: Narasi {
            kata_pengantar: md("kata pengantar"),
            ikhtisar: Ikhtisar { pembuka: md("gambaran singkat satuan kerja"), penilaian_anggaran: md("penilaian atas realisasi anggaran") },
            pendahuluan: Pendahuluan {
                latar_belakang: md("latar belakang"),
                tugas_fungsi: md("tugas dan fungsi"),
                pengantar_struktur: md("pengantar struktur organisasi"),
                tugas_seksi: md("tugas setiap seksi"),
                maksud_tujuan: md("maksud dan tujuan"),
                aspek_strategis: md("aspek strategis"),
                isu_strategis: md("isu strategis"),
                sistematika: md("sistematika laporan"),
            },
            pengantar_perjanjian_kinerja: md("pengantar perjanjian kinerja"),
            penutup: Penutup { kesimpulan: md("kesimpulan"), saran: md("saran") },
        },
        lampiran: Some(Lampiran {
            sk_tim: SkTim {
                nomor: isi("nomor SK"),
                tentang: format!("Pembentukan Tim Penyusun LKjIP {unit}"),
                menimbang: vec![isi("pertimbangan")],
                mengingat: vec![
                    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah".into(),
                    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah".into(),
                ],
                memutuskan: vec![Diktum { label: "KESATU".into(), isi: isi("isi keputusan"), butir: vec![] }],
                ditetapkan: ttd("kepala", tanggal(tahun, 12, 15), None),
                anggota: vec![AnggotaTim { orang: "kepala".into(), jabatan_tim: "Penanggung Jawab".into(), nama_tertulis: None, nip_tertulis: None }],
            },
        }),
        // Evidence for `lkjip lke` is added by the unit when it has it.
        lke: None,
    }
}

/// Writes a fresh data folder for `unit` and `tahun` into `dir`.
pub fn init(dir: &Path, unit: &str, tahun: i32, force: bool) -> Result<(), GalatTahunan> {
    super::tahun_sah(tahun)?;
    siapkan(dir, force)?;
    tulis_folder(dir, &kerangka(unit, tahun))?;
    let gambar_dir = dir.join("gambar");
    std::fs::create_dir_all(&gambar_dir)
        .map_err(|e| GalatTahunan::Tulis(gambar_dir.display().to_string(), e))?;
    for (nama, judul) in [
        ("logo", "LOGO"),
        ("struktur-organisasi", "STRUKTUR ORGANISASI"),
        ("ttd-kepala", "TANDA TANGAN DAN CAP"),
    ] {
        let path = gambar_dir.join(format!("{nama}.svg"));
        std::fs::write(&path, svg_pengganti(judul))
            .map_err(|e| GalatTahunan::Tulis(path.display().to_string(), e))?;
    }
    Ok(())
}
