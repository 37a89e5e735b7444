//! `pk.yaml`: the Perjanjian Kinerja — what the unit promised this year.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Markdown, TandaTangan, is_default};
use super::laporan::Pembulatan;
use super::num::{Angka, Rupiah};

/// The performance agreement of the year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerjanjianKinerja {
    /// First party (the unit head) signing.
    pub pihak_pertama: TandaTangan,
    /// Second party (the Kanwil head) signing.
    pub pihak_kedua: TandaTangan,
    /// Body text of the agreement (the promise and the supervision clause);
    /// may be absent.
    #[serde(default, skip_serializing_if = "Markdown::kosong")]
    pub pernyataan: Markdown,
    /// The ministry's strategic goals and key indicators (IKU) attached to the PK.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sasaran_strategis: Vec<SasaranTeks>,
    /// Programme goals and indicators (IKP) attached to the PK.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sasaran_program: Vec<SasaranTeks>,
    /// Activity goals (SK) with their indicators (IKK): what this report measures.
    pub sasaran_kegiatan: Vec<SasaranKegiatan>,
    /// Budget per programme and activity as signed in the PK; may be
    /// absent (the PK table then stands without its budget table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anggaran: Vec<AnggaranPk>,
}

/// A goal with indicators whose targets are only printed, not measured here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SasaranTeks {
    /// The goal.
    pub sasaran: String,
    /// Its indicators.
    pub indikator: Vec<IndikatorTeks>,
}

/// An indicator with its target as printed (`80`, `1%`, `92,5`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndikatorTeks {
    /// Indicator name.
    pub nama: String,
    /// Target as printed.
    pub target: String,
}

/// An activity goal (Sasaran Kegiatan).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SasaranKegiatan {
    /// Short key (`sk1`).
    pub id: String,
    /// The goal as worded in the PK.
    pub nama: String,
    /// Its indicators, in PK order.
    pub indikator: Vec<Indikator>,
}

/// Unit of an indicator: a known one keeps its own formatting (`80%`,
/// `1 Layanan`, an index without unit); any other non-empty word
/// (`kejadian`, `hari`, `rupiah`) is accepted and printed as written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Satuan {
    /// Percent.
    Persen,
    /// Number of services (`1 Layanan`).
    Layanan,
    /// Number of items (`6 Unit`).
    Unit,
    /// Number of documents.
    Dokumen,
    /// Number of people.
    Orang,
    /// An index or score without unit.
    Indeks,
    /// Any other unit, as written in `pk.yaml` (`kejadian`, `hari`).
    Lain(String),
}

impl Satuan {
    /// The known units with their YAML names.
    const DIKENAL: [(&'static str, Satuan); 6] = [
        ("persen", Satuan::Persen),
        ("layanan", Satuan::Layanan),
        ("unit", Satuan::Unit),
        ("dokumen", Satuan::Dokumen),
        ("orang", Satuan::Orang),
        ("indeks", Satuan::Indeks),
    ];

    /// Reads a unit as typed: a known name in any case, else the text itself.
    /// `None` for an empty text.
    pub fn baca(teks: &str) -> Option<Satuan> {
        let t = teks.trim();
        if t.is_empty() {
            return None;
        }
        let kecil = t.to_lowercase();
        Some(
            Self::DIKENAL
                .iter()
                .find(|(n, _)| *n == kecil)
                .map(|(_, s)| s.clone())
                .unwrap_or_else(|| Satuan::Lain(t.to_string())),
        )
    }

    /// The YAML name: `persen`, or the other unit as written.
    pub fn kode(&self) -> &str {
        match self {
            Satuan::Lain(t) => t,
            known => Self::DIKENAL
                .iter()
                .find(|(_, s)| s == known)
                .map(|(n, _)| *n)
                .unwrap_or_default(),
        }
    }

    /// The unit's name for tables and exports, first letter capitalised:
    /// `Persen`, `Layanan`, `Kejadian`.
    pub fn nama(&self) -> String {
        let mut c = self.kode().chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    }
}

impl Serialize for Satuan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.kode())
    }
}

impl<'de> Deserialize<'de> for Satuan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let t = String::deserialize(d)?;
        Satuan::baca(&t).ok_or_else(|| {
            serde::de::Error::custom(
                "satuan tidak boleh kosong; tulis misalnya persen, layanan, unit, dokumen, orang, indeks, atau satuan lain (kejadian, hari)",
            )
        })
    }
}

impl JsonSchema for Satuan {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Satuan".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Satuan: persen, layanan, unit, dokumen, orang, indeks, atau satuan lain yang dicetak apa adanya (kejadian, hari, kali, nilai, rupiah).",
            "type": "string",
            "minLength": 1,
            "examples": ["persen", "layanan", "unit", "dokumen", "orang", "indeks", "kejadian"]
        })
    }
}

/// Yes or no: the target or realisasi of a yes/no indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum YaTidak {
    /// Yes (done, present).
    Ya,
    /// No.
    Tidak,
}

/// A target with its comparator: what "met" means.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum JenisTarget {
    /// At least this value, higher is better (printed `≥ 95`).
    PalingSedikit(Angka),
    /// At most this value, lower is better (printed `≤ 2`).
    PalingBanyak(Angka),
    /// This value, judged by the indicator's `polaritas` (printed `12`).
    Tepat(Angka),
    /// Between two values, both included (printed `90–95`).
    Rentang([Angka; 2]),
    /// Yes or no (printed `Ya` / `Tidak`).
    YaTidak(YaTidak),
    /// Not available (not printed in the source, not yet set), with the
    /// reason (`target belum ditetapkan dalam PK revisi`). Printed "tidak
    /// tersedia"; the capaian is not computable with that reason, never 0.
    TidakTersedia(String),
}

/// Written as the one-key map it is read from (`paling_banyak: 2`), not
/// as a YAML tag.
impl Serialize for JenisTarget {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(1))?;
        match self {
            JenisTarget::PalingSedikit(a) => m.serialize_entry("paling_sedikit", a)?,
            JenisTarget::PalingBanyak(a) => m.serialize_entry("paling_banyak", a)?,
            JenisTarget::Tepat(a) => m.serialize_entry("tepat", a)?,
            JenisTarget::Rentang(r) => m.serialize_entry("rentang", r)?,
            JenisTarget::YaTidak(y) => m.serialize_entry("ya_tidak", y)?,
            JenisTarget::TidakTersedia(why) => m.serialize_entry("tidak_tersedia", why)?,
        }
        m.end()
    }
}

/// The yearly target of an indicator: a plain number (judged by the
/// indicator's `polaritas`) or a number with its comparator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Target {
    /// A plain number: `80`, `"92,5"`.
    Angka(Angka),
    /// `{paling_sedikit: 95}`, `{paling_banyak: 2}`, `{tepat: 12}`,
    /// `{rentang: [90, 95]}`, `{ya_tidak: ya}`, `{tidak_tersedia: "…"}`.
    Berjenis(JenisTarget),
}

impl Target {
    /// The kind's key as written in the YAML (`tepat` for a plain
    /// number, which is judged the same way), for exports.
    pub fn jenis(&self) -> &'static str {
        match self {
            Target::Angka(_) | Target::Berjenis(JenisTarget::Tepat(_)) => "tepat",
            Target::Berjenis(JenisTarget::PalingSedikit(_)) => "paling_sedikit",
            Target::Berjenis(JenisTarget::PalingBanyak(_)) => "paling_banyak",
            Target::Berjenis(JenisTarget::Rentang(_)) => "rentang",
            Target::Berjenis(JenisTarget::YaTidak(_)) => "ya_tidak",
            Target::Berjenis(JenisTarget::TidakTersedia(_)) => "tidak_tersedia",
        }
    }

    /// The reason a target is not available; `None` for every target that
    /// has a value.
    pub fn tidak_tersedia(&self) -> Option<&str> {
        match self {
            Target::Berjenis(JenisTarget::TidakTersedia(why)) => Some(why),
            _ => None,
        }
    }

    /// The upper bound of a range target; `None` for every other kind
    /// (whose one number is [`Target::nilai`]).
    pub fn batas_atas(&self) -> Option<Decimal> {
        match self {
            Target::Berjenis(JenisTarget::Rentang([_, b])) => Some(b.get()),
            _ => None,
        }
    }

    /// The number that stands for the target where one number is needed
    /// (renstra comparison, checklist scale, exports): the value itself,
    /// the bound for at least/at most, the lower bound of a range, and
    /// 1/0 for yes/no; `None` for a target that is not available.
    pub fn nilai(&self) -> Option<Decimal> {
        match self {
            Target::Angka(a)
            | Target::Berjenis(
                JenisTarget::PalingSedikit(a)
                | JenisTarget::PalingBanyak(a)
                | JenisTarget::Tepat(a),
            ) => Some(a.get()),
            Target::Berjenis(JenisTarget::Rentang([a, _])) => Some(a.get()),
            Target::Berjenis(JenisTarget::YaTidak(y)) => Some(ya_tidak_nilai(*y)),
            Target::Berjenis(JenisTarget::TidakTersedia(_)) => None,
        }
    }

    /// The bound that matters in a direction: for a range, its lower bound
    /// when higher is better and its upper bound when lower is better; for
    /// the others [`Target::nilai`]. What a Renstra target is compared with.
    pub fn batas(&self, arah: Polaritas) -> Option<Decimal> {
        match (self, arah) {
            (Target::Berjenis(JenisTarget::Rentang([_, b])), Polaritas::Negatif) => Some(b.get()),
            _ => self.nilai(),
        }
    }

    /// The same kind with a new number (a new year's target from the
    /// Renstra): a range and yes/no keep their own values, having no
    /// single number to replace.
    pub fn dengan_nilai(&self, v: Angka) -> Target {
        match self {
            Target::Angka(_) => Target::Angka(v),
            Target::Berjenis(JenisTarget::PalingSedikit(_)) => {
                Target::Berjenis(JenisTarget::PalingSedikit(v))
            }
            Target::Berjenis(JenisTarget::PalingBanyak(_)) => {
                Target::Berjenis(JenisTarget::PalingBanyak(v))
            }
            Target::Berjenis(JenisTarget::Tepat(_)) => Target::Berjenis(JenisTarget::Tepat(v)),
            lain => lain.clone(),
        }
    }

    /// Whether this is a yes/no target.
    pub fn ya_tidak(&self) -> bool {
        matches!(self, Target::Berjenis(JenisTarget::YaTidak(_)))
    }

    /// The direction the kind implies (`None` for a plain or exact number,
    /// a range and yes/no: the indicator's `polaritas` or the kind decides).
    pub fn arah(&self) -> Option<Polaritas> {
        match self {
            Target::Berjenis(JenisTarget::PalingSedikit(_)) => Some(Polaritas::Positif),
            Target::Berjenis(JenisTarget::PalingBanyak(_)) => Some(Polaritas::Negatif),
            _ => None,
        }
    }
}

/// Yes/no as a number: ya = 1, tidak = 0 (the realisasi of a yes/no
/// indicator is carried as this number and printed back as Ya/Tidak).
pub fn ya_tidak_nilai(y: YaTidak) -> Decimal {
    match y {
        YaTidak::Ya => Decimal::ONE,
        YaTidak::Tidak => Decimal::ZERO,
    }
}

impl From<Angka> for Target {
    fn from(a: Angka) -> Self {
        Target::Angka(a)
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Target;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "target: angka (80, \"92,5\") atau {paling_sedikit: 95}, {paling_banyak: 2}, {tepat: 12}, {rentang: [90, 95]}, {ya_tidak: ya}, {tidak_tersedia: \"alasan\"}",
                )
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Target, E> {
                Angka::deserialize(serde::de::value::I64Deserializer::new(v)).map(Target::Angka)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Target, E> {
                Angka::deserialize(serde::de::value::U64Deserializer::new(v)).map(Target::Angka)
            }
            fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Target, E> {
                Angka::deserialize(serde::de::value::I128Deserializer::new(v)).map(Target::Angka)
            }
            fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Target, E> {
                Angka::deserialize(serde::de::value::U128Deserializer::new(v)).map(Target::Angka)
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Target, E> {
                Angka::deserialize(serde::de::value::F64Deserializer::new(v)).map(Target::Angka)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Target, E> {
                Angka::deserialize(serde::de::value::StrDeserializer::new(v)).map(Target::Angka)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, m: A) -> Result<Target, A::Error> {
                let j = JenisTarget::deserialize(serde::de::value::MapAccessDeserializer::new(m))?;
                if let JenisTarget::Rentang([a, b]) = j
                    && a.get() > b.get()
                {
                    return Err(serde::de::Error::custom(format!(
                        "rentang [{}, {}]: batas bawah lebih besar dari batas atas",
                        a.get(),
                        b.get()
                    )));
                }
                Ok(Target::Berjenis(j))
            }
        }
        d.deserialize_any(V)
    }
}

/// Which direction is good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Polaritas {
    /// Higher is better (semakin tinggi semakin baik).
    #[default]
    Positif,
    /// Lower is better (semakin rendah semakin baik).
    Negatif,
}

/// How the quarterly targets relate to the annual one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SifatTriwulan {
    /// Quarterly values add up to the annual value.
    #[default]
    Jumlah,
    /// Each quarter states the running total; the last equals the annual value.
    Kumulatif,
    /// Each quarter states the level reached in that quarter.
    Tetap,
}

/// A performance indicator (IKK) with its yearly target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indikator {
    /// Stable key used across files (`sk1-ikk1`).
    pub id: String,
    /// Name as worded in the PK.
    pub nama: String,
    /// Unit of target and realisasi.
    pub satuan: Satuan,
    /// Direction of improvement; when absent, the target's kind decides
    /// (`paling_banyak`: lower is better), else higher is better. Read it
    /// through [`Indikator::arah`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polaritas: Option<Polaritas>,
    /// Target for the year: a number, or a number with its comparator
    /// (`{paling_banyak: 2}`, `{rentang: [90, 95]}`, `{ya_tidak: ya}`).
    pub target: Target,
    /// Target per quarter (TW I–IV), as in the quarterly monitoring.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_triwulan: Vec<Angka>,
    /// How the quarterly targets relate to the annual one.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sifat_triwulan: SifatTriwulan,
    /// Rounding of this indicator's capaian, when it differs from the report setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pembulatan: Option<Pembulatan>,
}

impl Indikator {
    /// The direction that decides: the one the target's kind implies
    /// (at least → higher is better, at most → lower is better), else
    /// the indicator's `polaritas`, else higher is better. What every
    /// capaian formula and every comparison with a plain number (an
    /// earlier year's or the Renstra's target) follows.
    pub fn arah(&self) -> Polaritas {
        self.target.arah().or(self.polaritas).unwrap_or_default()
    }
}

/// Budget line of the PK (Tabel 2.2): a programme and its activity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnggaranPk {
    /// Programme name.
    pub program: String,
    /// Activity name.
    pub kegiatan: String,
    /// Code of the DIPA programme (`WA`) or activity (`6231`) of
    /// `anggaran.yaml` this line budgets; when absent, the programme is
    /// found by its name (the same words in any order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kode: Option<String>,
    /// Amount as signed.
    pub pagu: Rupiah,
    /// The same line as printed elsewhere in the report (Bab II), when it
    /// differs; only for checking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagu_tertulis: Option<Rupiah>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baca(yaml: &str) -> Result<Target, String> {
        serde_yaml::from_str::<Target>(yaml).map_err(|e| e.to_string())
    }

    #[test]
    fn target_kinds_read_and_write() {
        let a = |v: i64| Angka::from(v);
        assert_eq!(baca("80"), Ok(Target::Angka(a(80))));
        assert_eq!(
            baca("\"92,5\"").unwrap().nilai(),
            Some(Decimal::new(925, 1))
        );
        assert_eq!(
            baca("{paling_sedikit: 95}"),
            Ok(Target::Berjenis(JenisTarget::PalingSedikit(a(95))))
        );
        assert_eq!(
            baca("{paling_banyak: 2}"),
            Ok(Target::Berjenis(JenisTarget::PalingBanyak(a(2))))
        );
        assert_eq!(
            baca("{tepat: 12}"),
            Ok(Target::Berjenis(JenisTarget::Tepat(a(12))))
        );
        let tt = baca("{tidak_tersedia: belum ditetapkan}").unwrap();
        assert_eq!(
            (tt.nilai(), tt.tidak_tersedia(), tt.jenis()),
            (None, Some("belum ditetapkan"), "tidak_tersedia")
        );
        assert_eq!(
            baca("{rentang: [90, 95]}"),
            Ok(Target::Berjenis(JenisTarget::Rentang([a(90), a(95)])))
        );
        assert_eq!(
            baca("{ya_tidak: tidak}"),
            Ok(Target::Berjenis(JenisTarget::YaTidak(YaTidak::Tidak)))
        );
        let e = baca("{rentang: [95, 90]}").unwrap_err();
        assert!(e.contains("batas bawah lebih besar dari batas atas"), "{e}");
        assert!(
            baca("{kurang_dari: 3}")
                .unwrap_err()
                .contains("kurang_dari")
        );
        assert!(baca("\"6.946\"").unwrap_err().contains("bermakna ganda"));
        // Written back the way it is read.
        let t = baca("{paling_banyak: 2}").unwrap();
        assert_eq!(
            serde_yaml::to_string(&t).unwrap().trim(),
            "paling_banyak: 2"
        );
        assert_eq!(
            serde_yaml::to_string(&Target::Angka(a(80))).unwrap().trim(),
            "80"
        );
    }

    #[test]
    fn direction_and_bounds() {
        let a = |v: i64| Angka::from(v);
        let r = Target::Berjenis(JenisTarget::Rentang([a(90), a(95)]));
        assert_eq!(r.batas(Polaritas::Positif), Some(Decimal::from(90)));
        assert_eq!(r.batas(Polaritas::Negatif), Some(Decimal::from(95)));
        assert_eq!(
            Target::Berjenis(JenisTarget::PalingBanyak(a(2))).arah(),
            Some(Polaritas::Negatif)
        );
        assert_eq!(
            Target::Berjenis(JenisTarget::PalingBanyak(a(2))).dengan_nilai(a(1)),
            Target::Berjenis(JenisTarget::PalingBanyak(a(1)))
        );
    }

    #[test]
    fn open_units() {
        assert_eq!(
            serde_yaml::from_str::<Satuan>("persen").unwrap(),
            Satuan::Persen
        );
        assert_eq!(
            serde_yaml::from_str::<Satuan>("Layanan").unwrap(),
            Satuan::Layanan
        );
        let k = serde_yaml::from_str::<Satuan>("kejadian").unwrap();
        assert_eq!(k, Satuan::Lain("kejadian".into()));
        assert_eq!(k.nama(), "Kejadian");
        assert_eq!(serde_yaml::to_string(&k).unwrap().trim(), "kejadian");
        assert_eq!(Satuan::Persen.nama(), "Persen");
        let e = serde_yaml::from_str::<Satuan>("\"  \"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("satuan tidak boleh kosong"), "{e}");
    }
}
