//! The criteria and how each is judged. Every rule reads the model and the
//! computed [`crate::calc::hasil::Hasil`]; the README ("Penilaian mandiri
//! LKE") states each rule with its source.

use crate::calc::Nilai;
use crate::check::aturan::PENANDA;
use crate::check::{Bahasa, Diagnostik};
use crate::diag::Jalur;
use crate::jalur;
use crate::laporan::Laporan;
use crate::model::capaian::{CapaianIndikator, Realisasi};
use crate::model::pk::Indikator;
use crate::model::{Berkas, Markdown};

use super::{Dasar, HasilKriteria, Letak, Skala, Teks, jawaban};

mod pelaporan;
mod pengukuran;
use pelaporan::*;
use pengukuran::*;

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
    fn letak(&self, file: Berkas, path: &Jalur, bagian: Teks) -> Letak {
        let d = &self.laporan.dimuat;
        let file = file.nama();
        let src = d.sumber.get(file);
        Letak {
            berkas: src
                .map(|s| s.berkas.clone())
                .unwrap_or_else(|| d.folder.join(file).display().to_string()),
            baris: src
                .and_then(|s| s.peta.terdekat(&path.to_string()))
                .map(|p| p.baris),
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
    fn path_pk(&self, id: &str) -> Option<Jalur> {
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
                    .map(|j| jalur!(sasaran_kegiatan[s].indikator[j]))
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
        let (capaian, pk) = (berkas(Berkas::Capaian.nama()), berkas(Berkas::Pk.nama()));
        let di_capaian = jalur!(indikator.{id});
        let di_pk = self.path_pk(id);
        let mut v: Vec<&'static str> = diag
            .filter(|g| kode.is_none_or(|k| k.contains(&g.code)))
            .filter(|g| {
                (Some(&g.file) == capaian.as_ref() && g.path.di_bawah(&di_capaian))
                    || (Some(&g.file) == pk.as_ref()
                        && di_pk.as_ref().is_some_and(|p| g.path.di_bawah(p)))
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
                    Berkas::Capaian,
                    &jalur!(indikator.{i}),
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
                Berkas::Lke,
                &jalur!(bukti.{kr.kode}),
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
                Berkas::Lke.nama(),
                jalur!(bukti.{k}),
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
