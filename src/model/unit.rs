//! `unit.yaml`: the work unit — identity, letterhead, people, staff and
//! building facts that the narrative quotes.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Gambar, Orang, Tanggal};
use super::num::Angka;

/// The work unit's profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Full name (`Lembaga Pemasyarakatan Kelas IIB Atambua`).
    pub nama: String,
    /// Short name used in running text (`Lapas Atambua`).
    pub nama_singkat: String,
    /// Which kind of unit this is; it chooses the default vocabulary and
    /// which optional sections are expected (`pemasyarakatan` or `umum`).
    #[serde(default, skip_serializing_if = "Profil::bawaan")]
    pub profil: Profil,
    /// Words that replace the profile's defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kosakata: Option<Kosakata>,
    /// Ministry line of the letterhead.
    pub kementerian: String,
    /// The supervising office, a line of the letterhead when given
    /// (`Kantor Wilayah Nusa Tenggara Timur`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instansi_atasan: Option<String>,
    /// Street address, if the letterhead prints one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alamat: Option<String>,
    /// City (`Atambua`).
    pub kota: String,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telepon: Option<String>,
    /// Fax number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub faksimile: Option<String>,
    /// E-mail addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub email: Vec<String>,
    /// Logo for letterhead and cover; without it both are printed without a logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Gambar>,
    /// Year the building was built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tahun_dibangun: Option<i32>,
    /// Land area in m².
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub luas_tanah_m2: Option<Angka>,
    /// Building area in m².
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub luas_bangunan_m2: Option<Angka>,
    /// Classification (`IIB`) and echelon (`IIIB`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub klasifikasi: Option<String>,
    /// Echelon of the unit head.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eselon: Option<String>,
    /// Everyone named in the report, by a short key used elsewhere (`kalapas`).
    pub orang: BTreeMap<String, Orang>,
    /// Staff on the reporting date; without it the report says nothing
    /// about staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pegawai: Option<Pegawai>,
    /// Organisation chart; without it Bab I has no chart figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub struktur_organisasi: Option<Gambar>,
}

/// The kind of unit: it chooses the default words and the expected sections.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Profil {
    /// Any government unit: neutral words, no section expected.
    #[default]
    Umum,
    /// A unit of the Directorate General of Corrections (Lapas, Rutan, …):
    /// its words (Sasaran Kegiatan, IKK, Kantor Wilayah) and its applications
    /// (e-Performance, e-Monev, SMART, IKPA, TARJA, quarterly data) expected.
    Pemasyarakatan,
}

impl Profil {
    /// Whether this is the default profile (not written back to YAML).
    pub fn bawaan(&self) -> bool {
        *self == Profil::default()
    }
}

/// Words of the performance framework; each absent one comes from the profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kosakata {
    /// What a goal is called (`Sasaran Strategis`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sasaran: Option<String>,
    /// What an indicator is called (`Indikator Kinerja Utama`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indikator: Option<String>,
    /// The indicator's abbreviation in labels (`IKU` → "IKU I.1").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub singkatan_indikator: Option<String>,
}

/// The words in effect: the profile's defaults with the overrides applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Istilah {
    /// What a goal is called.
    pub sasaran: String,
    /// What an indicator is called.
    pub indikator: String,
    /// The indicator's abbreviation.
    pub singkatan_indikator: String,
}

impl Unit {
    /// The words in effect for this unit.
    pub fn istilah(&self) -> Istilah {
        let (sasaran, indikator, singkatan) = match self.profil {
            Profil::Pemasyarakatan => ("Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "IKK"),
            Profil::Umum => ("Sasaran", "Indikator Kinerja", "IK"),
        };
        let k = self.kosakata.clone().unwrap_or_default();
        Istilah {
            sasaran: k.sasaran.unwrap_or_else(|| sasaran.into()),
            indikator: k.indikator.unwrap_or_else(|| indikator.into()),
            singkatan_indikator: k.singkatan_indikator.unwrap_or_else(|| singkatan.into()),
        }
    }
}

/// Staff counts (Tabel 1.1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pegawai {
    /// Date of the count (`2023-12-31`).
    pub per_tanggal: Tanggal,
    /// Head-count per rank (golongan/ruang), highest first.
    pub golongan: Vec<JumlahGolongan>,
    /// Men.
    pub laki_laki: u32,
    /// Women.
    pub perempuan: u32,
    /// A total as declared elsewhere, only for checking; the report prints the computed sum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tertulis: Option<u32>,
}

/// Head-count of one rank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JumlahGolongan {
    /// Rank as printed (`IV/a`, `III/d`).
    pub golongan: String,
    /// Number of staff.
    pub jumlah: u32,
}
