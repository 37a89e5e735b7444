//! The rule catalogue. Codes are stable: LK1xx totals, LK2xx the same figure
//! in several places, LK3xx capaian, LK4xx not computable, LK5xx quarterly
//! plans, LK6xx budget sanity, LK7xx dates and people, LK8xx narrative, LK9xx what is left to fill.

mod anggaran;
mod capaian;
mod ejaan;
mod gambar;
pub mod isian;
mod jumlah;
mod narasi;
mod opsional;
mod orang;
mod silang;
mod triwulan;

pub use isian::PENANDA;
pub use orang::cacat_nip;

use super::{Aturan, Tingkat};

/// Every rule, in code order.
pub const KATALOG: &[Aturan] = &[
    Aturan {
        kode: "LK001",
        tingkat: Tingkat::Error,
        uraian: "Setiap gambar yang dirujuk ada di dalam folder data, utuh, tidak terlalu besar, dan (SVG) tanpa rujukan ke berkas lain",
        uraian_en: "Every image referred to is inside the data folder, intact, within the size limits, and (SVG) refers to no other file",
        periksa: gambar::dapat_dipakai,
    },
    Aturan {
        kode: "LK002",
        tingkat: Tingkat::Warning,
        uraian: "Tidak ada kunci berejaan format data lama (dibaca dengan nama barunya; `lkjip migrate DIR` memperbaruinya)",
        uraian_en: "No key spelt as an earlier data format did (read under its new name; `lkjip migrate DIR` updates it)",
        periksa: ejaan::ejaan_lama,
    },
    Aturan {
        kode: "LK101",
        tingkat: Tingkat::Error,
        uraian: "Pagu/realisasi tertulis pada program, kegiatan, KRO atau RO sama dengan jumlah rinciannya",
        uraian_en: "A declared pagu/realisasi of a programme, activity, KRO or RO equals the sum of its parts",
        periksa: jumlah::pohon_anggaran,
    },
    Aturan {
        kode: "LK102",
        tingkat: Tingkat::Error,
        uraian: "Jumlah per jenis belanja sama dengan jumlah pohon anggaran dan dengan jumlah tertulisnya",
        uraian_en: "Spending per jenis belanja adds up to the budget tree and to its declared total",
        periksa: jumlah::jenis_belanja,
    },
    Aturan {
        kode: "LK103",
        tingkat: Tingkat::Error,
        uraian: "Jumlah dan subjumlah tertulis sebuah tabel data sama dengan jumlah baris-barisnya; jumlah orang tanpa hitung ganda di antara baris terbesar dan jumlah baris",
        uraian_en: "A data table's declared total and subtotals equal the sums of their rows; a distinct-persons total lies between the largest row and the sum",
        periksa: jumlah::tabel,
    },
    Aturan {
        kode: "LK104",
        tingkat: Tingkat::Error,
        uraian: "Jumlah penghuni tertulis sama dengan narapidana + tahanan + anak",
        uraian_en: "Declared population equals convicts + detainees + juveniles",
        periksa: jumlah::populasi,
    },
    Aturan {
        kode: "LK105",
        tingkat: Tingkat::Error,
        uraian: "Jumlah pegawai per golongan, per jenis kelamin dan jumlah tertulisnya sama",
        uraian_en: "Staff per rank, per sex and the declared total agree",
        periksa: jumlah::pegawai,
    },
    Aturan {
        kode: "LK106",
        tingkat: Tingkat::Error,
        uraian: "Tabel yang menghitung orang tidak memuat angka, subjumlah atau jumlah di atas jumlah penghuni tahun itu",
        uraian_en: "A table counting people holds no figure, subtotal or total above that year's population",
        periksa: jumlah::orang_tabel,
    },
    Aturan {
        kode: "LK107",
        tingkat: Tingkat::Warning,
        uraian: "Volume keluaran anggaran bersatuan Pegawai sama dengan jumlah pegawai",
        uraian_en: "A budget output volume in Pegawai equals the staff count",
        periksa: jumlah::volume_pegawai,
    },
    Aturan {
        kode: "LK108",
        tingkat: Tingkat::Error,
        uraian: "Setiap baris tabel data memuat sel label sebanyak kolom_label dan sel nilai sebanyak kolom; jumlah tertulis satu sel per kolom",
        uraian_en: "Every data table row has as many label cells as kolom_label and as many value cells as kolom; declared totals one cell per column",
        periksa: jumlah::bentuk_tabel,
    },
    Aturan {
        kode: "LK109",
        tingkat: Tingkat::Error,
        uraian: "Kapasitas hunian tidak 0 bila ada penghuni (kelebihan kapasitas tidak dapat dihitung dari kapasitas 0)",
        uraian_en: "The capacity is not 0 when there are inmates (over-capacity cannot be computed from a capacity of 0)",
        periksa: jumlah::kapasitas_nol,
    },
    Aturan {
        kode: "LK110",
        tingkat: Tingkat::Warning,
        uraian: "Baris stok (seri: stok, mis. jumlah penghuni akhir bulan) tidak dijumlahkan antarperiode: kolom Jumlah memuat nilai akhir atau rata-ratanya",
        uraian_en: "A stock row (seri: stok, e.g. an end-of-month head count) is not summed over periods: its Jumlah column holds the last value or the average",
        periksa: jumlah::stok_dijumlah,
    },
    Aturan {
        kode: "LK111",
        tingkat: Tingkat::Error,
        uraian: "Kolom hitung (kolom_hitung: jumlah, rata_rata) hanya pada tabel hitungan dan tidak ditulis lagi sebagai kolom biasa",
        uraian_en: "Computed columns (kolom_hitung: jumlah, rata_rata) only in a count table, and not typed again as a plain column",
        periksa: jumlah::kolom_hitung,
    },
    Aturan {
        kode: "LK201",
        tingkat: Tingkat::Error,
        uraian: "Satu indikator satu target: tabel ringkasan dan e-Performance memakai target PK",
        uraian_en: "One indicator, one target: summary table and e-Performance use the PK target",
        periksa: silang::target,
    },
    Aturan {
        kode: "LK202",
        tingkat: Tingkat::Error,
        uraian: "Anggaran PK yang dicetak di tempat lain sama dengan yang ditandatangani",
        uraian_en: "PK budget lines printed elsewhere equal the signed ones",
        periksa: silang::anggaran_pk,
    },
    Aturan {
        kode: "LK203",
        tingkat: Tingkat::Warning,
        uraian: "Serapan anggaran e-Monev sama dengan penyerapan yang dihitung",
        uraian_en: "e-Monev budget absorption equals the computed absorption",
        periksa: silang::e_monev,
    },
    Aturan {
        kode: "LK204",
        tingkat: Tingkat::Warning,
        uraian: "Realisasi di e-Performance sama dengan realisasi yang dihitung",
        uraian_en: "Realisasi entered in e-Performance equals the computed realisasi",
        periksa: silang::e_performance,
    },
    Aturan {
        kode: "LK205",
        tingkat: Tingkat::Error,
        uraian: "Angka tahun lalu sama dengan folder data tahun lalu, bila ada",
        uraian_en: "Last year's figures match last year's data folder, when it exists",
        periksa: silang::tahun_lalu,
    },
    Aturan {
        kode: "LK206",
        tingkat: Tingkat::Warning,
        uraian: "Folder tahun lalu di samping folder ini dapat dimuat dan dipakai sebagai riwayat",
        uraian_en: "An earlier year's folder beside this one loads and serves as history",
        periksa: silang::folder_lalu,
    },
    Aturan {
        kode: "LK207",
        tingkat: Tingkat::Error,
        uraian: "Anggaran program dalam PK tidak melebihi seluruh pagu DIPA satuan kerja",
        uraian_en: "A PK programme budget does not exceed the unit's whole DIPA pagu",
        periksa: silang::pk_melebihi_dipa,
    },
    Aturan {
        kode: "LK208",
        tingkat: Tingkat::Warning,
        uraian: "Anggaran program dalam PK sama dengan pagu DIPA program itu (bila berbeda, keduanya ditampilkan)",
        uraian_en: "A PK programme budget equals that programme's DIPA pagu (when not, both are shown)",
        periksa: silang::pk_dipa,
    },
    Aturan {
        kode: "LK209",
        tingkat: Tingkat::Warning,
        uraian: "Target PK dan target tahun-tahun lalu tidak lebih rendah dari target jangka menengah Renstra tahun yang sama",
        uraian_en: "The PK target and earlier years' targets are not below the Renstra's medium-term target of the same year",
        periksa: silang::target_renstra,
    },
    Aturan {
        kode: "LK210",
        tingkat: Tingkat::Warning,
        uraian: "TARJA dan prioritas nasional yang dinyatakan tercapai/direalisasikan didukung indikator PK yang ditautkannya",
        uraian_en: "A TARJA target or national priority said to be reached or carried out is backed by its linked PK indicators",
        periksa: silang::klaim_terkait,
    },
    Aturan {
        kode: "LK211",
        tingkat: Tingkat::Warning,
        uraian: "Bukti bulanan TARJA: bulan yang disebut sesuai slotnya, satu nomor surat satu bulan dan nomor agenda urut, persentase terakhir sama dengan realisasi indikator terkait",
        uraian_en: "Monthly TARJA evidence: the month named fits its slot, one letter number one month and agenda numbers in order, the last percentage equals the linked indicator's realisasi",
        periksa: silang::bukti_tarja,
    },
    Aturan {
        kode: "LK301",
        tingkat: Tingkat::Error,
        uraian: "Realisasi dan capaian tertulis sama dengan hasil perhitungan menurut aturan pembulatan laporan",
        uraian_en: "Declared realisasi and capaian equal the computed ones under the report's rounding rule",
        periksa: capaian::tertulis,
    },
    Aturan {
        kode: "LK302",
        tingkat: Tingkat::Error,
        uraian: "Capaian tertulis tidak melebihi batas capaian laporan",
        uraian_en: "A declared capaian does not exceed the report's cap",
        periksa: capaian::batas,
    },
    Aturan {
        kode: "LK303",
        tingkat: Tingkat::Error,
        uraian: "Indikator berpolaritas negatif yang lebih buruk dari target tidak dinyatakan tercapai",
        uraian_en: "A negative-polarity indicator worse than target is not reported as achieved",
        periksa: capaian::polaritas_negatif,
    },
    Aturan {
        kode: "LK304",
        tingkat: Tingkat::Error,
        uraian: "Indikator Layanan/Unit yang realisasinya di bawah target tidak dinyatakan 100%",
        uraian_en: "A Layanan/Unit indicator short of target is not reported as 100 %",
        periksa: capaian::satuan_hitung,
    },
    Aturan {
        kode: "LK401",
        tingkat: Tingkat::Error,
        uraian: "Indikator yang tidak dapat dihitung (tanpa populasi) tidak diberi realisasi atau capaian",
        uraian_en: "An indicator that cannot be computed (no population) is given no realisasi or capaian",
        periksa: capaian::tanpa_populasi,
    },
    Aturan {
        kode: "LK402",
        tingkat: Tingkat::Warning,
        uraian: "Realisasi yang sama persis dengan target didukung hitungan atau tabel data",
        uraian_en: "A realisasi exactly equal to the target is supported by counts or a data table",
        periksa: capaian::sama_dengan_target,
    },
    Aturan {
        kode: "LK403",
        tingkat: Tingkat::Warning,
        uraian: "Indikator yang tidak dapat dihitung tidak diberi realisasi triwulan",
        uraian_en: "An indicator that cannot be computed has no quarterly realisasi",
        periksa: triwulan::tanpa_populasi,
    },
    Aturan {
        kode: "LK404",
        tingkat: Tingkat::Error,
        uraian: "Tahun yang kolom tabel dasar indikatornya berjumlah 0 tidak diberi realisasi atau capaian (juga tahun-tahun lalu)",
        uraian_en: "A year whose column of the indicator's basis table totals 0 has no realisasi or capaian (earlier years too)",
        periksa: capaian::dasar_nol,
    },
    Aturan {
        kode: "LK405",
        tingkat: Tingkat::Warning,
        uraian: "Realisasi yang mencurigakan: 100% dicegah padahal ada kejadian, realisasi tahun lalu sama persis dengan tahun ini, atau sama dengan target padahal tahun ini tanpa populasi",
        uraian_en: "Suspect realisasi: 100 % prevented despite incidents, last year's realisasi identical to this year's, or equal to its target while this year has no population",
        periksa: capaian::realisasi_curiga,
    },
    Aturan {
        kode: "LK406",
        tingkat: Tingkat::Error,
        uraian: "Jenis target cocok dengan polaritas (paling_banyak tidak berpolaritas positif, paling_sedikit tidak negatif) dan dengan realisasinya (ya/tidak hanya dengan ya/tidak)",
        uraian_en: "The target's kind fits the polarity (paling_banyak is not positive, paling_sedikit not negative) and its realisasi (yes/no only with yes/no)",
        periksa: capaian::jenis_target,
    },
    Aturan {
        kode: "LK501",
        tingkat: Tingkat::Warning,
        uraian: "Target triwulan berjumlah (atau berakhir pada) target tahunan",
        uraian_en: "Quarterly targets add up to (or end at) the annual target",
        periksa: triwulan::target,
    },
    Aturan {
        kode: "LK502",
        tingkat: Tingkat::Warning,
        uraian: "Realisasi triwulan yang lengkap berjumlah (atau berakhir pada) realisasi tahunan",
        uraian_en: "Complete quarterly realisasi add up to (or end at) the annual realisasi",
        periksa: triwulan::realisasi,
    },
    Aturan {
        kode: "LK601",
        tingkat: Tingkat::Error,
        uraian: "Realisasi anggaran tidak melebihi pagu",
        uraian_en: "Spending does not exceed the ceiling",
        periksa: anggaran::melebihi_pagu,
    },
    Aturan {
        kode: "LK602",
        tingkat: Tingkat::Error,
        uraian: "Nilai bersatuan persen berada di antara 0 dan 100",
        uraian_en: "Values in percent lie between 0 and 100",
        periksa: anggaran::persen_wajar,
    },
    Aturan {
        kode: "LK603",
        tingkat: Tingkat::Error,
        uraian: "Nilai SMART/IKPA sama dengan jumlah tertimbang komponennya",
        uraian_en: "A SMART/IKPA score equals the weighted sum of its components",
        periksa: anggaran::skor_komponen,
    },
    Aturan {
        kode: "LK604",
        tingkat: Tingkat::Error,
        uraian: "Jumlah anggaran per indikator (pagu, realisasi) tidak melebihi DIPA",
        uraian_en: "The indicators' budgets (pagu, realisasi) together do not exceed the DIPA",
        periksa: anggaran::anggaran_hasil_melebihi,
    },
    Aturan {
        kode: "LK605",
        tingkat: Tingkat::Error,
        uraian: "Dengan anggaran_lengkap: true, anggaran per indikator berjumlah sama dengan DIPA",
        uraian_en: "With anggaran_lengkap: true, the indicators' budgets add up to the DIPA",
        periksa: anggaran::anggaran_hasil_lengkap,
    },
    Aturan {
        kode: "LK701",
        tingkat: Tingkat::Error,
        uraian: "Perjanjian Kinerja ditandatangani dalam tahun laporan",
        uraian_en: "The PK is signed within the reporting year",
        periksa: orang::tanggal_pk,
    },
    Aturan {
        kode: "LK702",
        tingkat: Tingkat::Error,
        uraian: "Laporan bertanggal setelah tahun laporan berakhir",
        uraian_en: "The report is dated after the reporting year ends",
        periksa: orang::tanggal_laporan,
    },
    Aturan {
        kode: "LK703",
        tingkat: Tingkat::Error,
        uraian: "SK tim penyusun ditetapkan sebelum tanggal laporan",
        uraian_en: "The drafting team's decree predates the report",
        periksa: orang::tanggal_sk,
    },
    Aturan {
        kode: "LK704",
        tingkat: Tingkat::Error,
        uraian: "NIP terdiri atas 18 angka dengan tanggal lahir, TMT dan kode jenis kelamin yang sah",
        uraian_en: "An NIP has 18 digits with a real birth date, appointment month and sex digit",
        periksa: orang::nip_sah,
    },
    Aturan {
        kode: "LK705",
        tingkat: Tingkat::Error,
        uraian: "Satu orang satu NIP dan satu ejaan nama di seluruh laporan",
        uraian_en: "One person has one NIP and one name spelling throughout",
        periksa: orang::satu_orang,
    },
    Aturan {
        kode: "LK706",
        tingkat: Tingkat::Error,
        uraian: "Label diktum SK tim penyusun berurutan KESATU, KEDUA, KETIGA, …",
        uraian_en: "The drafting team decree's dictum labels run KESATU, KEDUA, KETIGA, …",
        periksa: orang::urutan_diktum,
    },
    Aturan {
        kode: "LK801",
        tingkat: Tingkat::Warning,
        uraian: "Angka di teks naratif tidak bertentangan dengan angka hasil perhitungan yang disebutnya",
        uraian_en: "A number in a narrative does not contradict the computed figure it names",
        periksa: narasi::angka_narasi,
    },
    Aturan {
        kode: "LK802",
        tingkat: Tingkat::Warning,
        uraian: "Angka bersatuan di teks (orang, WBP, pegawai, unit, layanan, dokumen, target %) sesuai dengan data yang disebutnya",
        uraian_en: "Figures with units in prose (orang, WBP, pegawai, unit, layanan, dokumen, target %) agree with the data they name",
        periksa: narasi::satuan_narasi,
    },
    Aturan {
        kode: "LK803",
        tingkat: Tingkat::Warning,
        uraian: "Kata tren (naik, meningkat, turun, menurun, berhasil menekan, …) sesuai dengan tanda perubahan yang dihitung",
        uraian_en: "Trend words (naik, meningkat, turun, menurun, berhasil menekan, …) agree with the sign of the computed change",
        periksa: narasi::kata_tren,
    },
    Aturan {
        kode: "LK804",
        tingkat: Tingkat::Warning,
        uraian: "Klaim kenaikan/penurunan dibanding tahun sebelumnya di teks indikator didukung angka tahun sebelumnya (riwayat atau folder tahun lalu)",
        uraian_en: "A claimed rise/fall against the previous year in an indicator text is backed by a previous-year figure (riwayat or last year's folder)",
        periksa: narasi::klaim_tanpa_dasar,
    },
    Aturan {
        kode: "LK901",
        tingkat: Tingkat::Warning,
        uraian: "Tidak ada lagi penanda [ISI] yang ditinggalkan lkjip init/new-year",
        uraian_en: "No [ISI] marker left by lkjip init/new-year remains",
        periksa: isian::penanda,
    },
    Aturan {
        kode: "LK902",
        tingkat: Tingkat::Warning,
        uraian: "Setiap indikator sudah diisi realisasinya",
        uraian_en: "Every indicator has its realisasi filled in",
        periksa: isian::realisasi_kosong,
    },
    Aturan {
        kode: "LK903",
        tingkat: Tingkat::Warning,
        uraian: "Realisasi anggaran sudah diisi",
        uraian_en: "Budget spending is filled in",
        periksa: isian::anggaran_kosong,
    },
    Aturan {
        kode: "LK910",
        tingkat: Tingkat::Error,
        uraian: "Tabel penghuni otomatis (tabel_otomatis: [populasi]) hanya dipakai bila populasi.yaml ada",
        uraian_en: "The automatic population table (tabel_otomatis: [populasi]) is used only when populasi.yaml exists",
        periksa: opsional::tabel_populasi,
    },
    Aturan {
        kode: "LK911",
        tingkat: Tingkat::Warning,
        uraian: "Analisis indikator (standar nasional, penyebab, program) sudah ditulis; yang kosong dihilangkan dari laporan final (satu peringatan per laporan)",
        uraian_en: "Indicator analyses (national standard, causes, programmes) are written; empty ones are left out of a final report (one warning per report)",
        periksa: opsional::analisis_kosong,
    },
    Aturan {
        kode: "LK912",
        tingkat: Tingkat::Warning,
        uraian: "Unit berprofil pemasyarakatan memuat e-Performance, e-Monev, TARJA dan capaian per triwulan (yang tidak ada dihilangkan)",
        uraian_en: "A unit of profile pemasyarakatan has e-Performance, e-Monev, TARJA and quarterly figures (missing ones are omitted)",
        periksa: opsional::bagian_diharapkan,
    },
    Aturan {
        kode: "LK913",
        tingkat: Tingkat::Warning,
        uraian: "Setiap target kinerja TARJA mempunyai bukti bulanan",
        uraian_en: "Every TARJA performance target has monthly evidence",
        periksa: opsional::tarja_tanpa_bukti,
    },
    Aturan {
        kode: "LK914",
        tingkat: Tingkat::Warning,
        uraian: "Bagian e-Performance memuat indikator (daftar kosong: tabelnya dihilangkan)",
        uraian_en: "The e-Performance part lists indicators (an empty list: its table is left out)",
        periksa: opsional::e_performance_kosong,
    },
    Aturan {
        kode: "LK915",
        tingkat: Tingkat::Error,
        uraian: "Tanggal data_sampai berada di dalam periode laporan (tahun dan semester/triwulannya)",
        uraian_en: "The data_sampai date lies within the report's period (its year and semester/quarter)",
        periksa: opsional::data_sampai,
    },
    Aturan {
        kode: "LK916",
        tingkat: Tingkat::Warning,
        uraian: "Laporan tahunan memuat setiap bagian yang diwajibkan PermenPAN-RB 53/2014 (kata pengantar, ikhtisar, Bab I, Renstra, realisasi anggaran, kesimpulan); bagian yang tidak ada ditinggalkan dari PDF",
        uraian_en: "An annual report has every part PermenPAN-RB 53/2014 requires (foreword, summary, Bab I, Renstra, budget realisation, conclusion); an absent part is left out of the PDF",
        periksa: opsional::bagian_wajib,
    },
];

#[cfg(test)]
pub(crate) mod uji {
    //! Fixtures: the shipped data/2023 (the passing fixture of every rule)
    //! and helpers to break one thing in a copy of it (the failing fixture).

    use std::sync::OnceLock;

    use crate::check::{Konteks, Temuan};
    use crate::load::{self, Dimuat};

    /// data/2023, loaded once.
    pub fn data_2023() -> &'static Dimuat {
        static D: OnceLock<Dimuat> = OnceLock::new();
        D.get_or_init(|| {
            load::muat(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023")).unwrap()
        })
    }

    /// Findings of one rule on `d`.
    pub fn temuan(d: &Dimuat, periksa: fn(&Konteks, &mut Vec<Temuan>)) -> Vec<Temuan> {
        let laporan = crate::laporan::Laporan::tunggal(d.clone());
        let k = Konteks::baru(&laporan);
        let mut out = Vec::new();
        periksa(&k, &mut out);
        out
    }

    /// Findings of one rule on a report computed with its earlier years.
    pub fn temuan_laporan(
        l: &crate::laporan::Laporan,
        periksa: fn(&Konteks, &mut Vec<Temuan>),
    ) -> Vec<Temuan> {
        let mut out = Vec::new();
        periksa(&Konteks::baru(l), &mut out);
        out
    }

    /// A scratch folder holding the YAML files of data/2023 (no images).
    pub fn salinan_yaml() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/2023");
        for e in std::fs::read_dir(&src).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "yaml") {
                std::fs::copy(&p, tmp.path().join(p.file_name().unwrap())).unwrap();
            }
        }
        tmp
    }

    /// A copy of data/2023 changed by `f`.
    pub fn ubah(f: impl FnOnce(&mut crate::model::DataLaporan)) -> Dimuat {
        let mut d = data_2023().clone();
        f(&mut d.data);
        d
    }

    /// (path, expected, found) of each finding, for comparing with a list.
    pub fn ringkas(t: &[Temuan]) -> Vec<(&str, &str, &str)> {
        t.iter()
            .map(|t| {
                (
                    &*Box::leak(t.path.to_string().into_boxed_str()),
                    t.diharapkan.as_deref().unwrap_or(""),
                    t.ditemukan.as_deref().unwrap_or(""),
                )
            })
            .collect()
    }

    /// `d` as an `Angka`.
    pub fn a(s: &str) -> crate::model::Angka {
        crate::model::Angka(s.parse().unwrap())
    }

    /// `d` as `Rupiah`.
    pub fn rp(s: &str) -> crate::model::Rupiah {
        crate::model::Rupiah(s.parse().unwrap())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_ordered() {
        let codes: Vec<&str> = KATALOG.iter().map(|a| a.kode).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted);
    }

    #[test]
    fn data_2023_has_no_errors() {
        let d = crate::laporan::Laporan::tunggal(uji::data_2023().clone());
        let errors: Vec<_> = crate::check::periksa(&d, crate::check::Bahasa::Id)
            .into_iter()
            .filter(|x| x.severity == Tingkat::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
