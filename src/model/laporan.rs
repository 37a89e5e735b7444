//! `laporan.yaml`: the report itself — year, dates, signatory, cover letter,
//! and the calculation and formatting settings that apply to every figure.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Markdown, TandaTangan, Tanggal};
use super::num::Angka;

/// Report metadata and settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Laporan {
    /// The data format the folder was written for
    /// ([`crate::load::versi::FORMAT`]); absent means any format up to
    /// today's (old spellings are read with a warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<u32>,
    /// The reporting year (tahun anggaran), e.g. 2023.
    pub tahun: i32,
    /// The period the report covers: the whole year (the default) or a
    /// semester or quarter of it. Headings, captions and sentences name
    /// it; quarterly checks cover only its quarters.
    #[serde(default, skip_serializing_if = "Periode::tahunan")]
    pub periode: Periode,
    /// The last day the figures cover, when earlier than the period's end
    /// (`2022-05-31`: "s.d. 31 Mei 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_sampai: Option<Tanggal>,
    /// Title on the cover (`Laporan Akuntabilitas Kinerja Instansi Pemerintah`).
    pub judul: String,
    /// Who signs the report (kata pengantar, Bab IV), where and when. The
    /// date is the report date: it is printed and embedded in the PDF.
    pub ditandatangani: TandaTangan,
    /// The signature of Bab IV, only when it was printed differently from
    /// `ditandatangani` (a published report checked as is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ditandatangani_penutup: Option<TandaTangan>,
    /// Calculation and formatting rules.
    #[serde(default)]
    pub pengaturan: Pengaturan,
    /// The cover letter to the Kanwil; without it the report opens at
    /// its cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surat_pengantar: Option<SuratPengantar>,
}

/// The period a report covers (`periode` in laporan.yaml).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub enum Periode {
    /// The whole year (LKjIP tahunan).
    #[default]
    #[serde(rename = "tahunan")]
    Tahunan,
    /// January–June.
    #[serde(rename = "semester-1")]
    Semester1,
    /// July–December.
    #[serde(rename = "semester-2")]
    Semester2,
    /// January–March.
    #[serde(rename = "triwulan-1")]
    Triwulan1,
    /// April–June.
    #[serde(rename = "triwulan-2")]
    Triwulan2,
    /// July–September.
    #[serde(rename = "triwulan-3")]
    Triwulan3,
    /// October–December.
    #[serde(rename = "triwulan-4")]
    Triwulan4,
}

impl Periode {
    /// Whether this is the whole year (the default, left out when written).
    pub fn tahunan(&self) -> bool {
        *self == Periode::Tahunan
    }

    /// The quarters (1–4) the period covers.
    pub fn triwulan(&self) -> std::ops::RangeInclusive<usize> {
        match self {
            Periode::Tahunan => 1..=4,
            Periode::Semester1 => 1..=2,
            Periode::Semester2 => 3..=4,
            Periode::Triwulan1 => 1..=1,
            Periode::Triwulan2 => 2..=2,
            Periode::Triwulan3 => 3..=3,
            Periode::Triwulan4 => 4..=4,
        }
    }

    /// The period's name before "Tahun …" (`Semester I`), none for the year.
    pub fn nama(&self) -> Option<&'static str> {
        Some(match self {
            Periode::Tahunan => return None,
            Periode::Semester1 => "Semester I",
            Periode::Semester2 => "Semester II",
            Periode::Triwulan1 => "Triwulan I",
            Periode::Triwulan2 => "Triwulan II",
            Periode::Triwulan3 => "Triwulan III",
            Periode::Triwulan4 => "Triwulan IV",
        })
    }

    /// The last month (1–12) of the period.
    pub fn bulan_akhir(&self) -> u8 {
        *self.triwulan().end() as u8 * 3
    }
}

/// How a number is cut to a number of decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pembulatan {
    /// Rounding mode.
    pub cara: CaraPembulatan,
    /// Number of decimals kept.
    pub desimal: u32,
}

/// Rounding mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaraPembulatan {
    /// Half away from zero: 99,2450 → 99,25.
    SetengahKeAtas,
    /// Truncation toward zero: 117,647 → 117,64 (what the reference does for capaian).
    Potong,
}

/// Formula for indicators where lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RumusNegatif {
    /// (2 × target − realisasi) / target × 100 — the usual SAKIP formula.
    DuaTargetKurangRealisasi,
    /// target / realisasi × 100.
    TargetPerRealisasi,
}

/// What a target of 0 means for an indicator where lower is better
/// ("0 kejadian"): the formula (2T − R) / T is undefined there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AturanTargetNol {
    /// Realisasi 0 meets the target: capaian 100 %; any realisasi above 0
    /// misses it: capaian 0 %. The usual convention.
    #[default]
    TercapaiBilaNol,
    /// Capaian not computable (N/A) whenever the target is 0.
    TidakDapatDihitung,
}

/// How Rupiah amounts are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GayaRupiah {
    /// `Rp6.946.743.000` (PUEBI).
    Rapat,
    /// `Rp 6.946.743.000`.
    Spasi,
    /// `Rp. 6.946.743.000`.
    Titik,
}

/// Report-wide calculation and formatting rules, stated once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Pengaturan {
    /// Rounding of a realisasi computed from counts or sub-measures (73/78 → 93,58).
    pub realisasi: Pembulatan,
    /// Rounding of indicator capaian (100/85 → 117,64 with `potong`, 2).
    pub capaian: Pembulatan,
    /// Rounding of every other percentage: budget absorption (99,2493 → 99,25),
    /// over-capacity, weighted budget performance.
    pub persentase: Pembulatan,
    /// Upper limit on capaian, if the unit's rules set one (100, 110, 120). None: no cap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batas_capaian: Option<Angka>,
    /// Formula for negative-polarity indicators.
    pub rumus_negatif: RumusNegatif,
    /// A negative-polarity target of 0: realisasi 0 is capaian 100 % and
    /// anything above 0 is 0 % (`tercapai_bila_nol`, the default), or N/A.
    pub target_nol: AturanTargetNol,
    /// Rupiah style.
    pub gaya_rupiah: GayaRupiah,
    /// Zero-pad the day in printed dates (`02 Januari 2024` instead of `2 Januari 2024`).
    pub tanggal_nol_di_depan: bool,
}

/// The documented convention: every percentage half-up to 2 decimals.
/// Truncation (what some units print, data/2023 among them) is a setting.
impl Default for Pengaturan {
    fn default() -> Self {
        Pengaturan {
            realisasi: Pembulatan {
                cara: CaraPembulatan::SetengahKeAtas,
                desimal: 2,
            },
            capaian: Pembulatan {
                cara: CaraPembulatan::SetengahKeAtas,
                desimal: 2,
            },
            persentase: Pembulatan {
                cara: CaraPembulatan::SetengahKeAtas,
                desimal: 2,
            },
            batas_capaian: None,
            rumus_negatif: RumusNegatif::DuaTargetKurangRealisasi,
            target_nol: AturanTargetNol::TercapaiBilaNol,
            gaya_rupiah: GayaRupiah::Rapat,
            tanggal_nol_di_depan: false,
        }
    }
}

/// The cover letter (surat pengantar) that sends the report to the Kanwil.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SuratPengantar {
    /// Letter number (`W.22.PAS.PAS.4-PR.04.03-08`).
    pub nomor: String,
    /// Urgency (`Segera`).
    pub sifat: String,
    /// Enclosures (`1 Berkas`).
    pub lampiran: String,
    /// Subject (`LKjIP Tahun 2023 Lapas Atambua`).
    pub hal: String,
    /// Addressee lines (`Kepala Kantor Wilayah …`, street).
    pub kepada: Vec<String>,
    /// City of the addressee (`Kupang`), printed after `di`.
    pub di: String,
    /// Body of the letter.
    pub isi: Markdown,
    /// Copies to (tembusan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tembusan: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_rounding_is_half_up_two_decimals() {
        let p = Pengaturan::default();
        for b in [p.realisasi, p.capaian, p.persentase] {
            assert_eq!((b.cara, b.desimal), (CaraPembulatan::SetengahKeAtas, 2));
        }
        // A file that leaves the settings out gets the same.
        let dari_yaml: Pengaturan = serde_yaml::from_str("{}").unwrap();
        assert_eq!(dari_yaml, p);
    }
}
