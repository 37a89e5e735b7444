//! The criteria and how each is judged. Every rule reads the model and the
//! computed [`crate::calc::hasil::Hasil`]; the README ("Penilaian mandiri
//! LKE") states each rule with its source.

use crate::Laporan;
use crate::calc::Nilai;
use crate::check::aturan::PENANDA;
use crate::check::{Bahasa, Diagnostik};
use crate::model::Markdown;
use crate::model::capaian::{CapaianIndikator, Realisasi};
use crate::model::pk::Indikator;

use super::{Dasar, HasilKriteria, Letak, Skala, Teks, jawaban};

/// What the rules see.
pub struct Konteks<'a> {
    /// The computed report.
    pub laporan: &'a Laporan,
    /// The error findings of `check`.
    pub galat: &'a [&'a Diagnostik],
    /// Every finding of `check`.
    pub semua: &'a [Diagnostik],
    /// Language of the advice.
    pub bahasa: Bahasa,
}

/// What a data rule found: `terpenuhi` of `dari` required points.
#[derive(Debug, Default)]
pub struct Temuan {
    /// Points met.
    pub terpenuhi: usize,
    /// Points required.
    pub dari: usize,
    /// Where the evidence is.
    pub bukti: Vec<Letak>,
    /// What to add.
    pub saran: Vec<String>,
    /// `check` codes of wrong figures that lower it.
    pub check: Vec<&'static str>,
}

/// How a criterion is judged.
pub enum Penilai {
    /// From the data.
    Data(fn(&Konteks) -> Temuan),
    /// Needs outside evidence; the text says which document.
    Bukti(Teks),
}

/// One criterion of the catalogue.
pub struct Kriteria {
    /// Code (`3.2.4`).
    pub kode: &'static str,
    /// The criterion in lkjip's own words.
    pub uraian: Teks,
    /// How it is judged.
    pub penilai: Penilai,
}

/// (component, sub-component) of a code: `3.2.4` → (3, 2).
pub fn letak_kode(kode: &str) -> (u8, u8) {
    let mut it = kode.split('.').map(|p| p.parse::<u8>().unwrap_or(0));
    (it.next().unwrap_or(0), it.next().unwrap_or(0))
}

/// How many criteria sub-component (`komponen`, `sub`) has in the LKE, at
/// least: the criteria listed, or the highest listed number (Pengukuran
/// lists only what the data shows: 2.3.8 means at least eight in 2.3).
pub fn jumlah_dalam_sub(komponen: u8, sub: u8) -> usize {
    let mine = KATALOG
        .iter()
        .filter(|kr| letak_kode(kr.kode) == (komponen, sub));
    let tertinggi = mine
        .clone()
        .filter_map(|kr| kr.kode.rsplit('.').next()?.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    mine.count().max(tertinggi).max(1)
}

const fn t(id: &'static str, en: &'static str) -> Teks {
    Teks { id, en }
}

/// Every criterion `lkjip lke` lists, in code order: all of Pelaporan
/// Kinerja, and the Pengukuran Kinerja criteria the report's data shows.
pub const KATALOG: &[Kriteria] = &[
    Kriteria {
        kode: "2.1.2",
        uraian: t(
            "Indikator kinerja punya definisi operasional dan cara/rumus perhitungan",
            "Indicators have an operational definition and a formula",
        ),
        penilai: Penilai::Data(definisi_rumus),
    },
    Kriteria {
        kode: "2.1.3",
        uraian: t(
            "Mekanisme pengumpulan data kinerja andal dengan sumber data yang jelas",
            "Reliable data collection with clear data sources",
        ),
        penilai: Penilai::Data(sumber_data),
    },
    Kriteria {
        kode: "2.2.2",
        uraian: t(
            "Data kinerja relevan dan konsisten: angka triwulan sejalan dengan angka tahunan (2.2.2–2.2.3)",
            "Performance data relevant and consistent: quarterly figures agree with the annual ones (2.2.2–2.2.3)",
        ),
        penilai: Penilai::Data(konsistensi_triwulan),
    },
    Kriteria {
        kode: "2.2.4",
        uraian: t(
            "Pengukuran kinerja dilakukan berkala (realisasi setiap triwulan)",
            "Performance is measured periodically (each quarter's realisasi)",
        ),
        penilai: Penilai::Data(pengukuran_berkala),
    },
    Kriteria {
        kode: "2.3.8",
        uraian: t(
            "Efisiensi anggaran: hasil tercapai tanpa menghabiskan seluruh pagu",
            "Budget efficiency: results reached without spending the whole budget",
        ),
        penilai: Penilai::Data(efisiensi_anggaran),
    },
    Kriteria {
        kode: "3.1.1",
        uraian: t(
            "Dokumen laporan kinerja telah disusun",
            "The performance report has been prepared",
        ),
        penilai: Penilai::Data(disusun),
    },
    Kriteria {
        kode: "3.1.2",
        uraian: t(
            "Laporan kinerja disusun secara berkala (monitoring triwulan Perjanjian Kinerja)",
            "The performance report is prepared periodically (quarterly PK monitoring)",
        ),
        penilai: Penilai::Data(berkala),
    },
    Kriteria {
        kode: "3.1.3",
        uraian: t(
            "Laporan kinerja telah diformalkan (ditandatangani pimpinan)",
            "The performance report is formalised (signed by the head)",
        ),
        penilai: Penilai::Data(diformalkan),
    },
    Kriteria {
        kode: "3.1.4",
        uraian: t(
            "Laporan kinerja telah direviu APIP",
            "The performance report has been reviewed by the internal auditor (APIP)",
        ),
        penilai: Penilai::Bukti(t(
            "nomor dan tanggal Laporan Hasil Reviu (LHR) APIP atas LKjIP",
            "number and date of the APIP's review report (LHR) on the LKjIP",
        )),
    },
    Kriteria {
        kode: "3.1.5",
        uraian: t(
            "Laporan kinerja telah dipublikasikan",
            "The performance report has been published",
        ),
        penilai: Penilai::Bukti(t(
            "tautan laporan di situs web atau aplikasi e-SAKIP",
            "link to the report on the website or in the e-SAKIP application",
        )),
    },
    Kriteria {
        kode: "3.1.6",
        uraian: t(
            "Laporan kinerja disampaikan tepat waktu",
            "The performance report was submitted on time",
        ),
        penilai: Penilai::Bukti(t(
            "nomor dan tanggal surat pengantar atau tanda terima penyampaian",
            "number and date of the cover letter or the receipt of submission",
        )),
    },
    Kriteria {
        kode: "3.2.1",
        uraian: t(
            "Laporan mengikuti sistematika standar PermenPAN-RB 53/2014 (Ikhtisar, Bab I–IV, lampiran)",
            "The report follows the standard outline of PermenPAN-RB 53/2014 (summary, chapters I–IV, annexes)",
        ),
        penilai: Penilai::Data(sistematika),
    },
    Kriteria {
        kode: "3.2.2",
        uraian: t(
            "Laporan mengungkap seluruh informasi kinerja: setiap indikator PK dengan target, realisasi dan capaian",
            "The report discloses all performance information: every PK indicator with target, realisasi and capaian",
        ),
        penilai: Penilai::Data(seluruh_informasi),
    },
    Kriteria {
        kode: "3.2.3",
        uraian: t(
            "Realisasi dibandingkan dengan target tahunan (capaian terhitung)",
            "Realisasi compared with the annual target (capaian computed)",
        ),
        penilai: Penilai::Data(banding_target),
    },
    Kriteria {
        kode: "3.2.4",
        uraian: t(
            "Realisasi dibandingkan dengan target jangka menengah (Renstra)",
            "Realisasi compared with the medium-term (Renstra) target",
        ),
        penilai: Penilai::Data(banding_renstra),
    },
    Kriteria {
        kode: "3.2.5",
        uraian: t(
            "Realisasi dibandingkan dengan tahun-tahun sebelumnya",
            "Realisasi compared with earlier years",
        ),
        penilai: Penilai::Data(banding_tahun_lalu),
    },
    Kriteria {
        kode: "3.2.6",
        uraian: t(
            "Realisasi dibandingkan dengan standar nasional atau instansi lain",
            "Realisasi compared with a national standard or other agencies",
        ),
        penilai: Penilai::Data(banding_standar),
    },
    Kriteria {
        kode: "3.2.7",
        uraian: t(
            "Kualitas capaian dijelaskan: penyebab, upaya nyata dan hambatan (terutama indikator tidak tercapai atau N/A)",
            "The quality of the result is explained: causes, real efforts and obstacles (above all for missed or N/A indicators)",
        ),
        penilai: Penilai::Data(penjelasan_capaian),
    },
    Kriteria {
        kode: "3.2.8",
        uraian: t(
            "Sumber daya dikaitkan dengan hasil: anggaran di samping setiap hasil (efisiensi per hasil)",
            "Resources linked to results: a budget beside each result (efficiency per result)",
        ),
        penilai: Penilai::Data(anggaran_per_hasil),
    },
    Kriteria {
        kode: "3.2.9",
        uraian: t(
            "Laporan memuat kesimpulan dan rekomendasi perbaikan",
            "The report gives conclusions and recommendations for improvement",
        ),
        penilai: Penilai::Data(rekomendasi),
    },
    Kriteria {
        kode: "3.3.1",
        uraian: t(
            "Informasi laporan kinerja digunakan pimpinan untuk perbaikan kinerja",
            "Leaders use the report's information to improve performance",
        ),
        penilai: Penilai::Bukti(t(
            "notulen rapat pimpinan atau disposisi yang membahas LKjIP",
            "minutes of a leaders' meeting or a disposition discussing the LKjIP",
        )),
    },
    Kriteria {
        kode: "3.3.2",
        uraian: t(
            "Informasi laporan kinerja digunakan untuk penyesuaian aktivitas",
            "The report's information is used to adjust activities",
        ),
        penilai: Penilai::Bukti(t(
            "rencana aksi atau perubahan kegiatan yang merujuk LKjIP",
            "an action plan or change of activities referring to the LKjIP",
        )),
    },
    Kriteria {
        kode: "3.3.3",
        uraian: t(
            "Informasi laporan kinerja digunakan untuk penyesuaian anggaran",
            "The report's information is used to adjust budgets",
        ),
        penilai: Penilai::Bukti(t(
            "revisi DIPA atau usulan anggaran yang merujuk LKjIP",
            "a DIPA revision or budget proposal referring to the LKjIP",
        )),
    },
    Kriteria {
        kode: "3.3.4",
        uraian: t(
            "Informasi laporan kinerja digunakan untuk perencanaan (Renstra, PK tahun berikutnya)",
            "The report's information is used in planning (Renstra, next year's PK)",
        ),
        penilai: Penilai::Bukti(t(
            "PK atau rencana kerja tahun berikutnya yang merujuk LKjIP",
            "next year's PK or work plan referring to the LKjIP",
        )),
    },
    Kriteria {
        kode: "3.3.5",
        uraian: t(
            "Informasi laporan kinerja digunakan untuk membangun budaya kinerja",
            "The report's information is used to build a performance culture",
        ),
        penilai: Penilai::Bukti(t(
            "kegiatan internalisasi (sosialisasi, penghargaan kinerja) yang merujuk LKjIP",
            "internalisation activities (briefings, performance awards) referring to the LKjIP",
        )),
    },
];

impl Konteks<'_> {
    /// `id` or `en` by the chosen language.
    fn pilih(&self, id: String, en: String) -> String {
        match self.bahasa {
            Bahasa::Id => id,
            Bahasa::En => en,
        }
    }

    /// Where `path` of data file `file` is, in the report's part `bagian`.
    fn letak(&self, file: &str, path: &str, bagian: Teks) -> Letak {
        let d = &self.laporan.dimuat;
        let src = d.sumber.get(file);
        Letak {
            berkas: src
                .map(|s| s.berkas.clone())
                .unwrap_or_else(|| d.folder.join(file).display().to_string()),
            baris: src.and_then(|s| s.peta.terdekat(path)).map(|p| p.baris),
            bagian: bagian.dalam(self.bahasa).to_string(),
            keterangan: None,
        }
    }

    /// The indicators with their `capaian.yaml` entries, in PK order.
    fn indikator(&self) -> impl Iterator<Item = (&Indikator, Option<&CapaianIndikator>)> {
        let data = &self.laporan.dimuat.data;
        data.indikator()
            .map(|(_, i)| (i, data.capaian.indikator.get(&i.id)))
    }

    /// The YAML path prefix of indicator `id` in `pk.yaml`.
    fn path_pk(&self, id: &str) -> Option<String> {
        self.laporan
            .dimuat
            .data
            .pk
            .sasaran_kegiatan
            .iter()
            .enumerate()
            .find_map(|(s, sk)| {
                sk.indikator
                    .iter()
                    .position(|i| i.id == id)
                    .map(|j| format!("sasaran_kegiatan[{s}].indikator[{j}]"))
            })
    }

    /// The codes of the findings in `diag` about indicator `id` (its entry
    /// of `capaian.yaml` or of `pk.yaml`), limited to `kode` when given.
    fn temuan_indikator<'d>(
        &self,
        diag: impl Iterator<Item = &'d Diagnostik>,
        id: &str,
        kode: Option<&[&str]>,
    ) -> Vec<&'static str> {
        let d = &self.laporan.dimuat;
        let berkas = |f: &str| d.sumber.get(f).map(|s| s.berkas.clone());
        let (capaian, pk) = (berkas("capaian.yaml"), berkas("pk.yaml"));
        let di_capaian = format!("indikator.{id}");
        let di_pk = self.path_pk(id);
        let awal = |path: &str, p: &str| {
            path == p || path.starts_with(&format!("{p}.")) || path.starts_with(&format!("{p}["))
        };
        let mut v: Vec<&'static str> = diag
            .filter(|g| kode.is_none_or(|k| k.contains(&g.code)))
            .filter(|g| {
                (Some(&g.file) == capaian.as_ref() && awal(&g.path, &di_capaian))
                    || (Some(&g.file) == pk.as_ref()
                        && di_pk.as_deref().is_some_and(|p| awal(&g.path, p)))
            })
            .map(|g| g.code)
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Error codes about indicator `id`.
    fn galat_indikator(&self, id: &str) -> Vec<&'static str> {
        self.temuan_indikator(self.galat.iter().copied(), id, None)
    }
}

/// Whether a text is written (not empty, no `[ISI]` marker left).
pub fn terisi(teks: &str) -> bool {
    !teks.trim().is_empty() && !teks.contains(PENANDA)
}

fn terisi_md(m: &Option<Markdown>) -> bool {
    m.as_ref().is_some_and(|m| terisi(m.as_str()))
}

/// `n indikator …: a, b, c` in the chosen language, or nothing when `ids` is empty.
fn daftar(k: &Konteks, ids: &[String], id: &str, en: &str) -> Option<String> {
    (!ids.is_empty()).then(|| {
        k.pilih(
            format!("{} indikator {id}: {}", ids.len(), ids.join(", ")),
            format!("{} indicator(s) {en}: {}", ids.len(), ids.join(", ")),
        )
    })
}

/// A share over the indicators: `ya` decides each; the ones failing are
/// listed with `id`/`en` wording.
fn per_indikator(
    k: &Konteks,
    ya: impl Fn(&Indikator, Option<&CapaianIndikator>) -> bool,
    id: &str,
    en: &str,
) -> Temuan {
    let mut kurang = Vec::new();
    let mut n = 0;
    for (ind, c) in k.indikator() {
        n += 1;
        if !ya(ind, c) {
            kurang.push(ind.id.clone());
        }
    }
    Temuan {
        terpenuhi: n - kurang.len(),
        dari: n,
        bukti: kurang
            .first()
            .map(|i| {
                let mut l = k.letak(
                    "capaian.yaml",
                    &format!("indikator.{i}"),
                    t(
                        "Bab III A, indikator pertama yang kurang",
                        "Chapter III A, first indicator lacking it",
                    ),
                );
                l.keterangan = Some(i.clone());
                l
            })
            .into_iter()
            .collect(),
        saran: daftar(k, &kurang, id, en).into_iter().collect(),
        ..Temuan::default()
    }
}

/// Judges one criterion on `skala`, with the evidence of `lke.yaml`.
pub fn nilai_satu(k: &Konteks, kr: &Kriteria, skala: Skala) -> HasilKriteria {
    let (komponen, sub) = letak_kode(kr.kode);
    let keberadaan = sub == 1;
    let d = &k.laporan.dimuat;
    let bukti_lke = d
        .data
        .lke
        .as_ref()
        .and_then(|l| l.bukti.get(kr.kode))
        .map(|b| {
            let mut l = k.letak(
                "lke.yaml",
                &format!("bukti.{}", kr.kode),
                t(
                    "Bukti di luar laporan (lke.yaml)",
                    "Evidence outside the report (lke.yaml)",
                ),
            );
            l.keterangan = Some(b.ringkas());
            (b.dapat_diperiksa(), l)
        });
    let mut h = HasilKriteria {
        kode: kr.kode,
        komponen,
        subkomponen: format!("{komponen}.{sub}"),
        kriteria: kr.uraian.dalam(k.bahasa).to_string(),
        nilai: None,
        angka: None,
        dinilai_dari_data: false,
        dasar: Dasar::PerluBukti,
        terpenuhi: None,
        dari: None,
        bukti: Vec::new(),
        saran: Vec::new(),
        temuan_check: Vec::new(),
        poin_dapat_naik: rust_decimal::Decimal::ZERO,
    };
    match &kr.penilai {
        Penilai::Data(f) => {
            let mut tm = f(k);
            let j = jawaban(skala, keberadaan, tm.terpenuhi, tm.dari);
            tm.check.sort();
            tm.check.dedup();
            h.nilai = Some(j.nilai);
            h.angka = Some(j.angka);
            h.dinilai_dari_data = true;
            h.dasar = Dasar::Data;
            h.terpenuhi = Some(tm.terpenuhi);
            h.dari = Some(tm.dari);
            h.bukti = tm.bukti;
            h.saran = tm.saran;
            h.temuan_check = tm.check;
            // Recorded evidence is shown beside the data; it does not change the score.
            if let Some((_, l)) = bukti_lke {
                h.bukti.push(l);
            }
        }
        Penilai::Bukti(dokumen) => match bukti_lke {
            Some((true, l)) => {
                let j = jawaban(skala, keberadaan, 1, 1);
                h.nilai = Some(j.nilai);
                h.angka = Some(j.angka);
                h.dasar = Dasar::Bukti;
                h.bukti.push(l);
            }
            Some((false, l)) => {
                h.bukti.push(l);
                h.saran.push(k.pilih(
                    format!(
                        "bukti {} di lke.yaml tidak dihitung: tulis nomor dokumen atau tautannya",
                        kr.kode
                    ),
                    format!(
                        "evidence {} in lke.yaml is not counted: give the document's number or link",
                        kr.kode
                    ),
                ));
            }
            None => {
                let mut s = k.pilih(
                    format!(
                        "perlu bukti di luar laporan: {}; catat di lke.yaml (bukti: \"{}\": nomor, tanggal, tautan, catatan)",
                        dokumen.id, kr.kode
                    ),
                    format!(
                        "needs evidence outside the report: {}; record it in lke.yaml (bukti: \"{}\": nomor, tanggal, tautan, catatan)",
                        dokumen.en, kr.kode
                    ),
                );
                if kr.kode == "3.1.6" {
                    let tgl = d.data.laporan.ditandatangani.tanggal;
                    s.push_str(&k.pilih(
                        format!(" (laporan bertanggal {tgl})"),
                        format!(" (the report is dated {tgl})"),
                    ));
                }
                h.saran.push(s);
            }
        },
    }
    h
}

/// Problems of `lke.yaml`: evidence under a code `lkjip lke` does not list.
pub fn peringatan_lke(laporan: &Laporan, bahasa: Bahasa) -> Vec<String> {
    let d = &laporan.dimuat;
    let Some(lke) = &d.data.lke else {
        return Vec::new();
    };
    let kode: Vec<&str> = KATALOG.iter().map(|k| k.kode).collect();
    lke.bukti
        .keys()
        .filter(|k| !kode.contains(&k.as_str()))
        .map(|k| {
            let g = d.galat_di(
                "lke.yaml",
                format!("bukti.{k}"),
                match bahasa {
                    Bahasa::Id => format!(
                        "kode kriteria {k} tidak dikenal; yang dikenal: {}",
                        kode.join(", ")
                    ),
                    Bahasa::En => format!("unknown criterion code {k}; known: {}", kode.join(", ")),
                },
            );
            g.to_string()
        })
        .collect()
}

// ---- Pengukuran Kinerja ----

/// 2.1.2: per indicator two points: a definition (its `pengantar`) and a
/// formula (counts, sub-measures or a checklist behind the realisasi, a
/// yes/no target, or an explanation of how it follows).
fn definisi_rumus(k: &Konteks) -> Temuan {
    let mut tanpa_definisi = Vec::new();
    let mut tanpa_rumus = Vec::new();
    let mut n = 0;
    for (ind, c) in k.indikator() {
        n += 1;
        if !c.is_some_and(|c| terisi_md(&c.pengantar)) {
            tanpa_definisi.push(ind.id.clone());
        }
        let rumus = c.is_some_and(|c| {
            matches!(
                c.realisasi,
                Some(
                    Realisasi::Hitungan(_)
                        | Realisasi::Komposit(_)
                        | Realisasi::DaftarPeriksa(_)
                        | Realisasi::YaTidak(_)
                )
            ) || terisi_md(&c.penjelasan)
        });
        if !rumus {
            tanpa_rumus.push(ind.id.clone());
        }
    }
    let mut saran: Vec<String> = Vec::new();
    saran.extend(daftar(
        k,
        &tanpa_definisi,
        "tanpa definisi operasional (capaian.yaml: pengantar)",
        "without an operational definition (capaian.yaml: pengantar)",
    ));
    saran.extend(daftar(
        k,
        &tanpa_rumus,
        "tanpa rumus (realisasi langsung tanpa hitungan dan tanpa penjelasan)",
        "without a formula (a direct realisasi without counts or explanation)",
    ));
    Temuan {
        terpenuhi: 2 * n - tanpa_definisi.len() - tanpa_rumus.len(),
        dari: 2 * n,
        bukti: vec![k.letak(
            "capaian.yaml",
            "indikator",
            t(
                "Bab III A, pembuka setiap indikator",
                "Chapter III A, opening of each indicator",
            ),
        )],
        saran,
        check: Vec::new(),
    }
}

/// 2.1.3: an indicator's realisasi comes from a visible source: a data
/// table, a generated table, counts or sub-measures, or a checklist.
fn sumber_data(k: &Konteks) -> Temuan {
    let mut tm = per_indikator(
        k,
        |_, c| {
            c.is_some_and(|c| {
                !c.tabel.is_empty()
                    || !c.tabel_otomatis.is_empty()
                    || matches!(
                        c.realisasi,
                        Some(
                            Realisasi::Hitungan(_)
                                | Realisasi::Komposit(_)
                                | Realisasi::DaftarPeriksa(_)
                        )
                    )
            })
        },
        "tanpa sumber data (tabel data atau hitungan pembilang/penyebut)",
        "without a data source (data table or numerator/denominator counts)",
    );
    tm.bukti.push(k.letak(
        "capaian.yaml",
        "indikator",
        t(
            "Bab III A, tabel data setiap indikator",
            "Chapter III A, each indicator's data tables",
        ),
    ));
    tm
}

/// The report part of the quarterly figures.
const LAMPIRAN_TRIWULAN: Teks = t(
    "Lampiran monitoring capaian kinerja triwulan",
    "Annex of quarterly performance monitoring",
);

/// Codes of the quarterly rules of `check`.
const KODE_TRIWULAN: [&str; 3] = ["LK403", "LK501", "LK502"];

/// 2.2.2–2.2.3: of the indicators with quarterly realisasi, those about
/// which `check`'s quarterly rules (LK403, LK501, LK502) find nothing.
fn konsistensi_triwulan(k: &Konteks) -> Temuan {
    let mut tm = Temuan::default();
    let mut kurang = Vec::new();
    for (ind, c) in k.indikator() {
        if !c.is_some_and(|c| c.triwulan.iter().any(|t| t.realisasi.is_some())) {
            continue;
        }
        tm.dari += 1;
        let kode = k.temuan_indikator(k.semua.iter(), &ind.id, Some(&KODE_TRIWULAN));
        if kode.is_empty() {
            tm.terpenuhi += 1;
        } else {
            kurang.push(format!("{} ({})", ind.id, kode.join(", ")));
            tm.check.extend(kode);
        }
    }
    if tm.dari == 0 {
        tm.saran.push(k.pilih(
            "tidak ada realisasi triwulan (capaian.yaml: triwulan) untuk dibandingkan dengan angka tahunan".into(),
            "no quarterly realisasi (capaian.yaml: triwulan) to compare with the annual figures".into(),
        ));
    }
    tm.saran.extend(daftar(
        k,
        &kurang,
        "dengan angka triwulan yang tidak sejalan dengan angka tahunan (lihat lkjip check)",
        "whose quarterly figures disagree with the annual ones (see lkjip check)",
    ));
    tm.bukti
        .push(k.letak("capaian.yaml", "indikator", LAMPIRAN_TRIWULAN));
    tm
}

/// 2.2.4: each quarter's realisasi of every indicator that can be
/// computed (four points per indicator; an N/A indicator has none to give).
fn pengukuran_berkala(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let mut tm = Temuan::default();
    let mut kurang = Vec::new();
    for (ind, c) in k.indikator() {
        if matches!(
            h.indikator(&ind.id).map(|x| &x.realisasi),
            Some(Nilai::TidakDapatDihitung(_))
        ) {
            continue;
        }
        let ada = c.map_or(0, |c| {
            c.triwulan
                .iter()
                .take(4)
                .filter(|t| t.realisasi.is_some())
                .count()
        });
        tm.dari += 4;
        tm.terpenuhi += ada;
        if ada < 4 {
            kurang.push(format!("{} ({ada}/4)", ind.id));
        }
    }
    tm.saran.extend(daftar(
        k,
        &kurang,
        "tanpa realisasi keempat triwulan",
        "without all four quarters' realisasi",
    ));
    tm.bukti
        .push(k.letak("capaian.yaml", "indikator", LAMPIRAN_TRIWULAN));
    tm
}

/// 2.3.8: when the budget was not spent in full, the share of indicators
/// achieved; when it was (or there is no budget), none.
fn efisiensi_anggaran(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let a = &h.anggaran;
    let n = h.indikator.len();
    let tercapai = h.rekap.tercapai;
    let hemat = !a.pagu.is_zero() && a.realisasi < a.pagu;
    let mut tm = Temuan {
        terpenuhi: if hemat { tercapai } else { 0 },
        dari: n,
        ..Temuan::default()
    };
    if !hemat {
        tm.saran.push(k.pilih(
            "realisasi anggaran tidak di bawah pagu: efisiensi tidak tampak".into(),
            "budget realisasi is not below the ceiling: no efficiency shows".into(),
        ));
    }
    if tercapai < n {
        tm.saran.push(k.pilih(
            format!(
                "{} dari {n} indikator tidak tercapai atau N/A",
                n - tercapai
            ),
            format!("{} of {n} indicators missed or N/A", n - tercapai),
        ));
    }
    tm.bukti.push(k.letak(
        "anggaran.yaml",
        "program",
        t(
            "Bab III B, realisasi anggaran",
            "Chapter III B, budget realisation",
        ),
    ));
    tm
}

// ---- Pelaporan Kinerja: 3.1 keberadaan ----

/// 3.1.1: the folder loads (1 point) and `check` finds no error, so
/// `lkjip build` makes the final report (1 point).
fn disusun(k: &Konteks) -> Temuan {
    let mut tm = Temuan {
        terpenuhi: 1 + usize::from(k.galat.is_empty()),
        dari: 2,
        bukti: vec![k.letak("laporan.yaml", "", t("Seluruh laporan", "The whole report"))],
        ..Temuan::default()
    };
    if !k.galat.is_empty() {
        let mut kode: Vec<&'static str> = k.galat.iter().map(|g| g.code).collect();
        kode.sort();
        let mut hitung: Vec<String> = Vec::new();
        let mut i = 0;
        while i < kode.len() {
            let j = kode[i..].iter().take_while(|c| **c == kode[i]).count();
            hitung.push(format!("{} ×{j}", kode[i]));
            i += j;
        }
        tm.saran.push(k.pilih(
            format!(
                "lkjip check menemukan {} kesalahan ({}); laporan final belum dapat disusun",
                k.galat.len(),
                hitung.join(", ")
            ),
            format!(
                "lkjip check finds {} error(s) ({}); the final report cannot be built yet",
                k.galat.len(),
                hitung.join(", ")
            ),
        ));
        kode.dedup();
        tm.check = kode;
    }
    tm
}

/// 3.1.2: the PK is monitored each quarter: quarterly targets in the PK
/// (1 point) and quarterly realisasi reported (1 point).
fn berkala(k: &Konteks) -> Temuan {
    let data = &k.laporan.dimuat.data;
    let target = data.indikator().any(|(_, i)| !i.target_triwulan.is_empty());
    let realisasi = data
        .capaian
        .indikator
        .values()
        .any(|c| c.triwulan.iter().any(|t| t.realisasi.is_some()));
    let mut tm = Temuan {
        terpenuhi: usize::from(target) + usize::from(realisasi),
        dari: 2,
        ..Temuan::default()
    };
    if !target {
        tm.saran.push(k.pilih(
            "PK tanpa target triwulan (pk.yaml: target_triwulan)".into(),
            "the PK has no quarterly targets (pk.yaml: target_triwulan)".into(),
        ));
    }
    if !realisasi {
        tm.saran.push(k.pilih(
            "tidak ada laporan realisasi triwulan (capaian.yaml: triwulan)".into(),
            "no quarterly realisasi reported (capaian.yaml: triwulan)".into(),
        ));
    }
    tm.bukti
        .push(k.letak("pk.yaml", "sasaran_kegiatan", LAMPIRAN_TRIWULAN));
    tm
}

/// 3.1.3: the report is signed by a known person (1), the PK by both
/// parties (1), and the cover letter has its number (1).
fn diformalkan(k: &Konteks) -> Temuan {
    let data = &k.laporan.dimuat.data;
    let dikenal = |oleh: &str| data.orang(oleh).is_some();
    let butir = [
        (
            dikenal(&data.laporan.ditandatangani.oleh),
            t(
                "laporan belum ditandatangani orang yang tercatat di unit.yaml",
                "the report is not signed by a person of unit.yaml",
            ),
        ),
        (
            dikenal(&data.pk.pihak_pertama.oleh) && dikenal(&data.pk.pihak_kedua.oleh),
            t(
                "Perjanjian Kinerja belum ditandatangani kedua pihak",
                "the PK is not signed by both parties",
            ),
        ),
        (
            terisi(&data.laporan.surat_pengantar.nomor),
            t(
                "nomor surat pengantar belum diisi (laporan.yaml: surat_pengantar.nomor)",
                "the cover letter has no number (laporan.yaml: surat_pengantar.nomor)",
            ),
        ),
    ];
    Temuan {
        terpenuhi: butir.iter().filter(|(ya, _)| *ya).count(),
        dari: butir.len(),
        bukti: vec![k.letak(
            "laporan.yaml",
            "ditandatangani",
            t(
                "Kata Pengantar dan surat pengantar (tanda tangan); lampiran PK",
                "Foreword and cover letter (signature); PK annex",
            ),
        )],
        saran: butir
            .iter()
            .filter(|(ya, _)| !ya)
            .map(|(_, s)| s.dalam(k.bahasa).to_string())
            .collect(),
        check: Vec::new(),
    }
}

// ---- 3.2 kualitas ----

/// 3.2.1: the parts of the standard outline (PermenPAN-RB 53/2014,
/// lampiran III) each have their content.
fn sistematika(k: &Konteks) -> Temuan {
    let data = &k.laporan.dimuat.data;
    let n = &data.narasi;
    let md = |m: &Markdown| terisi(m.as_str());
    let butir: [(bool, &str, &str); 12] = [
        (md(&n.kata_pengantar), "Kata Pengantar", "Foreword"),
        (
            md(&n.ikhtisar.pembuka),
            "Ikhtisar Eksekutif",
            "Executive summary",
        ),
        (
            md(&n.pendahuluan.latar_belakang),
            "Bab I A Latar Belakang",
            "Chapter I A Background",
        ),
        (
            md(&n.pendahuluan.tugas_fungsi),
            "Bab I B Tugas dan Fungsi",
            "Chapter I B Tasks and functions",
        ),
        (
            md(&n.pendahuluan.isu_strategis) || md(&n.pendahuluan.aspek_strategis),
            "Bab I Isu/Aspek Strategis",
            "Chapter I Strategic issues",
        ),
        (
            terisi(&data.renstra.visi) && !data.renstra.misi.is_empty(),
            "Bab II A Rencana Strategis (visi, misi)",
            "Chapter II A Strategic plan (vision, missions)",
        ),
        (
            data.indikator().next().is_some(),
            "Bab II B Perjanjian Kinerja",
            "Chapter II B Performance agreement",
        ),
        (
            !data.capaian.indikator.is_empty(),
            "Bab III A Capaian Kinerja",
            "Chapter III A Performance results",
        ),
        (
            !data.anggaran.program.is_empty(),
            "Bab III B Realisasi Anggaran",
            "Chapter III B Budget realisation",
        ),
        (
            md(&n.penutup.kesimpulan),
            "Bab IV A Kesimpulan",
            "Chapter IV A Conclusion",
        ),
        (
            md(&n.penutup.saran),
            "Bab IV B Saran",
            "Chapter IV B Suggestions",
        ),
        (
            !data.pk.sasaran_kegiatan.is_empty(),
            "Lampiran Perjanjian Kinerja",
            "Annex: performance agreement",
        ),
    ];
    let kurang: Vec<&str> = butir
        .iter()
        .filter(|b| !b.0)
        .map(|b| match k.bahasa {
            Bahasa::Id => b.1,
            Bahasa::En => b.2,
        })
        .collect();
    Temuan {
        terpenuhi: butir.len() - kurang.len(),
        dari: butir.len(),
        bukti: vec![k.letak(
            "narasi.yaml",
            "",
            t(
                "Ikhtisar Eksekutif, Bab I–IV, lampiran",
                "Executive summary, chapters I–IV, annexes",
            ),
        )],
        saran: (!kurang.is_empty())
            .then(|| {
                k.pilih(
                    format!("bagian tanpa isi: {}", kurang.join(", ")),
                    format!("parts without content: {}", kurang.join(", ")),
                )
            })
            .into_iter()
            .collect(),
        check: Vec::new(),
    }
}

/// A share over the indicators whose figures must be there (`ada`) and
/// right: an indicator about which `check` finds an error does not count,
/// and the finding's code is named instead of judging the figure again.
fn angka_benar(
    k: &Konteks,
    ada: impl Fn(&crate::calc::capaian::HasilIndikator) -> bool,
    (id, en): (&str, &str),
    bukti: super::Letak,
) -> Temuan {
    let h = &k.laporan.hasil;
    let mut tm = Temuan::default();
    let mut kosong = Vec::new();
    let mut salah = Vec::new();
    for (ind, _) in k.indikator() {
        tm.dari += 1;
        let galat = k.galat_indikator(&ind.id);
        if !h.indikator(&ind.id).is_some_and(&ada) {
            kosong.push(ind.id.clone());
        } else if !galat.is_empty() {
            salah.push(format!("{} ({})", ind.id, galat.join(", ")));
            tm.check.extend(galat);
        } else {
            tm.terpenuhi += 1;
        }
    }
    tm.saran.extend(daftar(k, &kosong, id, en));
    tm.saran.extend(daftar(
        k,
        &salah,
        "dengan angka yang salah menurut lkjip check",
        "with figures lkjip check finds wrong",
    ));
    tm.bukti.push(bukti);
    tm
}

/// 3.2.2: every PK indicator has its realisasi and capaian (an N/A with
/// its reason counts as disclosed), without a `check` error on them.
fn seluruh_informasi(k: &Konteks) -> Temuan {
    angka_benar(
        k,
        |x| !matches!(x.realisasi, Nilai::BelumDiisi) && !matches!(x.capaian, Nilai::BelumDiisi),
        ("belum diisi realisasinya", "without realisasi"),
        k.letak(
            "pk.yaml",
            "sasaran_kegiatan",
            t(
                "Bab III A, tabel capaian indikator kinerja",
                "Chapter III A, table of indicator results",
            ),
        ),
    )
}

/// 3.2.3: the capaian against the annual target is computed (an N/A is no
/// comparison) and `check` finds no error about the indicator.
fn banding_target(k: &Konteks) -> Temuan {
    angka_benar(
        k,
        |x| x.capaian.ada().is_some(),
        (
            "tanpa capaian terhadap target tahunan (N/A atau belum diisi); jelaskan di analisis penyebab",
            "without a capaian against the annual target (N/A or not entered); explain it in the causes analysis",
        ),
        k.letak(
            "capaian.yaml",
            "indikator",
            t(
                "Bab III A, analisis 1 (realisasi dibanding target)",
                "Chapter III A, analysis 1 (realisasi against target)",
            ),
        ),
    )
}

/// 3.2.4: the indicators compared with a Renstra target that exists for
/// the report year (`renstra.yaml: target_jangka_menengah`).
fn banding_renstra(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let tahun = k.laporan.tahun();
    let mut tm = per_indikator(
        k,
        |ind, _| h.banding(&ind.id).is_some_and(|b| b.renstra.is_some()),
        &format!("tidak punya target jangka menengah Renstra tahun {tahun}"),
        &format!("have no medium-term Renstra target for {tahun}"),
    );
    tm.bukti.push(k.letak(
        "renstra.yaml",
        "target_jangka_menengah",
        t(
            "Bab III A, analisis 3 (perbandingan dengan target Renstra)",
            "Chapter III A, analysis 3 (comparison with the Renstra target)",
        ),
    ));
    tm
}

/// 3.2.5: the indicators with an earlier year's figure (a realisasi or a
/// capaian), from that year's folder or the declared history.
fn banding_tahun_lalu(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let mut tm = per_indikator(
        k,
        |ind, _| {
            h.banding(&ind.id).is_some_and(|b| {
                b.riwayat
                    .values()
                    .any(|t| t.riwayat.realisasi.is_some() || t.capaian.ada().is_some())
            })
        },
        "tanpa angka tahun-tahun sebelumnya (capaian.yaml: riwayat, atau folder tahun lalu)",
        "without earlier years' figures (capaian.yaml: riwayat, or last year's folder)",
    );
    tm.bukti.push(k.letak(
        "capaian.yaml",
        "indikator",
        t(
            "Bab III A, analisis 2 (perbandingan dengan tahun-tahun sebelumnya)",
            "Chapter III A, analysis 2 (comparison with earlier years)",
        ),
    ));
    tm
}

/// 3.2.6: the indicators whose analysis compares with a national standard
/// (`analisis.standar_nasional` written).
fn banding_standar(k: &Konteks) -> Temuan {
    let mut tm = per_indikator(
        k,
        |_, c| c.is_some_and(|c| terisi_md(&c.analisis.standar_nasional)),
        "tanpa perbandingan dengan standar nasional (capaian.yaml: analisis.standar_nasional)",
        "without a comparison with a national standard (capaian.yaml: analisis.standar_nasional)",
    );
    tm.bukti.push(k.letak(
        "capaian.yaml",
        "indikator",
        t(
            "Bab III A, analisis 4 (perbandingan dengan standar nasional)",
            "Chapter III A, analysis 4 (comparison with a national standard)",
        ),
    ));
    tm
}

/// 3.2.7: each missed, N/A or unfilled indicator (every indicator when
/// all are achieved) has its causes analysed (`analisis.penyebab`), and
/// the report lists its obstacles and their solutions (1 point).
fn penjelasan_capaian(k: &Konteks) -> Temuan {
    let h = &k.laporan.hasil;
    let data = &k.laporan.dimuat.data;
    let bermasalah = |id: &str| h.indikator(id).is_none_or(|x| x.tercapai() != Some(true));
    let ada_masalah = k.indikator().any(|(i, _)| bermasalah(&i.id));
    let mut tm = Temuan::default();
    let mut kurang = Vec::new();
    for (ind, c) in k.indikator() {
        if ada_masalah && !bermasalah(&ind.id) {
            continue;
        }
        tm.dari += 1;
        if c.is_some_and(|c| terisi_md(&c.analisis.penyebab)) {
            tm.terpenuhi += 1;
        } else {
            kurang.push(ind.id.clone());
        }
    }
    tm.dari += 1;
    let kendala = !data.capaian.kendala.is_empty() && !data.capaian.solusi.is_empty();
    if kendala {
        tm.terpenuhi += 1;
    } else {
        tm.saran.push(k.pilih(
            "kendala dan solusinya belum dicatat (capaian.yaml: kendala, solusi)".into(),
            "obstacles and their solutions are not recorded (capaian.yaml: kendala, solusi)".into(),
        ));
    }
    let (id, en) = if ada_masalah {
        (
            "tidak tercapai atau N/A tanpa penjelasan penyebab dan upaya (capaian.yaml: analisis.penyebab)",
            "missed or N/A without an explanation of causes and efforts (capaian.yaml: analisis.penyebab)",
        )
    } else {
        (
            "tanpa penjelasan penyebab keberhasilan (capaian.yaml: analisis.penyebab)",
            "without an explanation of the causes of success (capaian.yaml: analisis.penyebab)",
        )
    };
    tm.saran.extend(daftar(k, &kurang, id, en));
    tm.bukti.push(k.letak(
        "capaian.yaml",
        "indikator",
        t(
            "Bab III A, analisis 5 (penyebab keberhasilan/kegagalan); kendala dan solusi",
            "Chapter III A, analysis 5 (causes of success or failure); obstacles and solutions",
        ),
    ));
    tm
}

/// 3.2.8: the results with a budget beside them ([`super::anggaran`]).
fn anggaran_per_hasil(k: &Konteks) -> Temuan {
    let mut tm = per_indikator(
        k,
        |ind, _| super::anggaran::anggaran_hasil(k.laporan, &ind.id).is_some(),
        "tanpa anggaran di samping hasilnya (capaian.yaml: analisis.program menyebut program/kegiatan PK yang berpagu DIPA)",
        "without a budget beside the result (capaian.yaml: analisis.program naming a PK programme with a DIPA ceiling)",
    );
    let h = &k.laporan.hasil;
    let tak_cocok: Vec<String> = k
        .laporan
        .dimuat
        .data
        .pk
        .anggaran
        .iter()
        .zip(&h.pagu_dipa_pk)
        .filter(|(_, p)| p.is_none())
        .map(|(a, _)| a.program.clone())
        .collect();
    if !tak_cocok.is_empty() || h.pagu_dipa_pk.is_empty() {
        tm.saran.push(k.pilih(
            format!(
                "anggaran PK tanpa padanan di DIPA (pk.yaml: anggaran[].kode): {}",
                if tak_cocok.is_empty() {
                    "tidak ada baris anggaran".to_string()
                } else {
                    tak_cocok.join(", ")
                }
            ),
            format!(
                "PK budget lines without a DIPA match (pk.yaml: anggaran[].kode): {}",
                if tak_cocok.is_empty() {
                    "no budget line".to_string()
                } else {
                    tak_cocok.join(", ")
                }
            ),
        ));
    }
    tm.bukti.push(k.letak(
        "pk.yaml",
        "anggaran",
        t(
            "Bab II B (anggaran PK), Bab III A analisis 6 (program pendukung), Bab III B",
            "Chapter II B (PK budget), chapter III A analysis 6 (supporting programmes), chapter III B",
        ),
    ));
    tm
}

/// 3.2.9: Bab IV has its conclusion (1) and its suggestions (1).
fn rekomendasi(k: &Konteks) -> Temuan {
    let p = &k.laporan.dimuat.data.narasi.penutup;
    let butir = [
        (
            terisi(p.kesimpulan.as_str()),
            t(
                "kesimpulan belum ditulis (narasi.yaml: penutup.kesimpulan)",
                "no conclusion (narasi.yaml: penutup.kesimpulan)",
            ),
        ),
        (
            terisi(p.saran.as_str()),
            t(
                "rekomendasi perbaikan belum ditulis (narasi.yaml: penutup.saran)",
                "no recommendations (narasi.yaml: penutup.saran)",
            ),
        ),
    ];
    Temuan {
        terpenuhi: butir.iter().filter(|b| b.0).count(),
        dari: butir.len(),
        bukti: vec![k.letak(
            "narasi.yaml",
            "penutup",
            t("Bab IV Penutup", "Chapter IV Closing"),
        )],
        saran: butir
            .iter()
            .filter(|b| !b.0)
            .map(|b| b.1.dalam(k.bahasa).to_string())
            .collect(),
        check: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_ordered_and_in_known_sub_components() {
        let kode: Vec<&str> = KATALOG.iter().map(|k| k.kode).collect();
        let mut urut = kode.clone();
        urut.sort();
        urut.dedup();
        assert_eq!(urut, kode);
        for k in KATALOG {
            let (c, s) = letak_kode(k.kode);
            assert!((c == 2 || c == 3) && (1..=3).contains(&s), "{}", k.kode);
        }
        assert_eq!(jumlah_dalam_sub(2, 3), 8);
        assert_eq!(jumlah_dalam_sub(3, 2), 9);
        // Every Pelaporan criterion is listed: 6 + 9 + 5.
        let pelaporan = |s| {
            KATALOG
                .iter()
                .filter(|k| letak_kode(k.kode) == (3, s))
                .count()
        };
        assert_eq!((pelaporan(1), pelaporan(2), pelaporan(3)), (6, 9, 5));
    }

    #[test]
    fn written_means_not_empty_and_no_marker() {
        assert!(terisi("Kepala Lapas"));
        assert!(!terisi("  \n"));
        assert!(!terisi("[ISI] kesimpulan"));
    }
}
