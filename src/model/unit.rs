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
    /// Ministry line of the letterhead.
    pub kementerian: String,
    /// Regional office line of the letterhead (`Kantor Wilayah Nusa Tenggara Timur`).
    pub kantor_wilayah: String,
    /// Street address.
    pub alamat: String,
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
    /// Logo for letterhead and cover.
    pub logo: Gambar,
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
    /// Staff on the reporting date.
    pub pegawai: Pegawai,
    /// Organisation chart.
    pub struktur_organisasi: Gambar,
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
