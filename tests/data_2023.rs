//! The shipped `data/2023` folder: it loads, nothing in it is silently
//! dropped, `lkjip check` summarises it with the reference's totals, and the
//! corrections listed in KOREKSI.md are the values the YAML holds.

use std::path::Path;
use std::process::Command;

use lkjip::calc::{self, Nilai};
use lkjip::load;
use lkjip::model::capaian::Realisasi;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn folder() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data/2023"))
}

fn dimuat() -> load::Dimuat {
    load::muat(folder()).unwrap_or_else(|e| panic!("data/2023 tidak dapat dimuat: {e:?}"))
}

/// Parse → serialize → parse gives the same value, and serializing again
/// gives the same text: no field of the file is lost on the way.
fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(name: &str) {
    let text = std::fs::read_to_string(folder().join(name)).unwrap();
    let first: T = serde_yaml::from_str(&text).unwrap();
    let again = serde_yaml::to_string(&first).unwrap();
    let second: T = serde_yaml::from_str(&again).unwrap();
    assert_eq!(first, second, "{name}");
    assert_eq!(again, serde_yaml::to_string(&second).unwrap(), "{name}");
    // Every key of the file survives into the serialized form.
    let original: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let written: serde_yaml::Value = serde_yaml::from_str(&again).unwrap();
    let (a, b) = (kunci(&original), kunci(&written));
    let lost: Vec<_> = a.difference(&b).collect();
    let added: Vec<_> = b.difference(&a).collect();
    assert!(
        lost.is_empty() && added.is_empty(),
        "{name}: lost {lost:?}, added {added:?}"
    );
}

/// All map keys of a YAML value, with their paths.
fn kunci(v: &serde_yaml::Value) -> std::collections::BTreeSet<String> {
    fn walk(v: &serde_yaml::Value, path: &str, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_yaml::Value::Mapping(m) => {
                for (k, v) in m {
                    let key = match k {
                        serde_yaml::Value::String(s) => s.clone(),
                        other => serde_yaml::to_string(other).unwrap().trim().to_string(),
                    };
                    let p = format!("{path}.{key}");
                    out.insert(p.clone());
                    walk(v, &p, out);
                }
            }
            serde_yaml::Value::Sequence(s) => {
                for (i, v) in s.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    walk(v, "", &mut out);
    out
}

#[test]
fn every_file_round_trips() {
    use lkjip::model::*;
    round_trip::<laporan::Laporan>("laporan.yaml");
    round_trip::<unit::Unit>("unit.yaml");
    round_trip::<renstra::Renstra>("renstra.yaml");
    round_trip::<pk::PerjanjianKinerja>("pk.yaml");
    round_trip::<capaian::Capaian>("capaian.yaml");
    round_trip::<populasi::Populasi>("populasi.yaml");
    round_trip::<anggaran::Anggaran>("anggaran.yaml");
    round_trip::<kinerja_anggaran::KinerjaAnggaran>("kinerja_anggaran.yaml");
    round_trip::<kinerja_lainnya::KinerjaLainnya>("kinerja_lainnya.yaml");
    round_trip::<narasi::Narasi>("narasi.yaml");
    round_trip::<lampiran::Lampiran>("lampiran.yaml");
}

#[test]
fn check_summarises_the_reference_totals() {
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .arg("check")
        .arg(folder())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Sasaran   : 4\n"), "{stdout}");
    assert!(stdout.contains("Indikator : 28 "), "{stdout}");
    assert!(stdout.contains("Pagu      : Rp6.946.743.000\n"), "{stdout}");
    assert!(
        stdout.contains("Realisasi : Rp6.904.019.875 (99,38%)\n"),
        "{stdout}"
    );
}

#[test]
fn structure_matches_the_reference() {
    let d = dimuat().data;
    let per_sk: Vec<usize> =
        d.pk.sasaran_kegiatan
            .iter()
            .map(|s| s.indikator.len())
            .collect();
    assert_eq!(per_sk, [8, 7, 4, 9]);
    assert_eq!(d.capaian.indikator.len(), 28);
    assert_eq!(
        d.kinerja_lainnya
            .e_performance
            .as_ref()
            .unwrap()
            .indikator
            .len(),
        28
    );
    assert_eq!(d.kinerja_lainnya.tarja.as_ref().unwrap().target.len(), 7);
    assert_eq!(d.lampiran.as_ref().unwrap().sk_tim.anggota.len(), 8);
}

/// Corrections of KOREKSI.md, as the YAML holds them.
#[test]
fn corrections_are_in_the_yaml() {
    let d = dimuat().data;
    let p = &d.laporan.pengaturan;
    // Tabel 1.1: 55 printed, 58 counted.
    assert_eq!(
        calc::pegawai::rekap(d.unit.pegawai.as_ref().unwrap()).total,
        58
    );
    // Belanja Pegawai: 3.601.507.881 printed; the Gaji component and the totals support 3.601.508.162.
    let pegawai = d
        .anggaran
        .as_ref()
        .unwrap()
        .jenis_belanja
        .iter()
        .find(|j| j.nama == "Belanja Pegawai")
        .unwrap();
    assert_eq!(pegawai.realisasi.get(), "3601508162".parse().unwrap());
    let (_, sum) = calc::anggaran::per_jenis_belanja(
        &d.anggaran.as_ref().unwrap().jenis_belanja,
        p.persentase,
    );
    assert_eq!(
        sum.realisasi,
        calc::anggaran::total(d.anggaran.as_ref().unwrap(), p.persentase).realisasi
    );
    // KRO 6231.EBD: realisasi printed 57.658.500, its ROs sum to 68.888.500.
    let ebd = calc::anggaran::cari(&d.anggaran.as_ref().unwrap().program, "6231.EBD").unwrap();
    assert_eq!(
        calc::anggaran::jumlah_node(ebd).1,
        "68888500".parse().unwrap()
    );
    // Edwar Hadi's NIP is printed three ways.
    assert_eq!(
        d.unit.orang["kalapas_pk"].nip.as_deref(),
        Some("197208101996031001")
    );
    // Bab IV is dated 2024, not 2023.
    assert_eq!(d.laporan.ditandatangani.tanggal.tahun, 2024);
    // The ten indicators without population are not computable, never 100 %.
    let na: Vec<&str> = d
        .capaian
        .indikator
        .iter()
        .filter(|(_, c)| matches!(c.realisasi, Some(Realisasi::TidakDapatDihitung(_))))
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(
        na,
        [
            "sk1-ikk3", "sk1-ikk4", "sk1-ikk8", "sk2-ikk4", "sk2-ikk5", "sk2-ikk6", "sk3-ikk1",
            "sk3-ikk2", "sk3-ikk3", "sk3-ikk4"
        ]
    );
    // sk1-ikk4: the PK target is 80 %, not the 70 % of the section text.
    let target = |id: &str| {
        d.indikator()
            .find(|(_, i)| i.id == id)
            .unwrap()
            .1
            .target
            .nilai()
    };
    assert_eq!(target("sk1-ikk4"), Some("80".parse().unwrap()));
    // Vehicles: six maintained per the vehicle table, not the 4 of Tabel 3.1.
    let hasil = |id: &str| {
        let ind = d.indikator().find(|(_, i)| i.id == id).unwrap().1;
        calc::capaian::hitung(ind, d.capaian.indikator.get(id), p)
    };
    assert_eq!(
        hasil("sk4-ikk6").realisasi,
        Nilai::Ada("6".parse().unwrap())
    );
    // Peralatan: 5 of 12 is 41,66 %, not the printed 100 %.
    assert_eq!(
        hasil("sk4-ikk8").capaian,
        Nilai::Ada("41.66".parse().unwrap())
    );
    // Integrasi 73 of 78.
    assert_eq!(
        hasil("sk2-ikk3").realisasi,
        Nilai::Ada("93.58".parse().unwrap())
    );
    // The KOREKSI file exists and names these corrections.
    let koreksi = std::fs::read_to_string(folder().join("KOREKSI.md")).unwrap();
    for needle in [
        "58 orang",
        "3.601.508.162",
        "197208101996031001",
        "68.888.500",
        "tidak dapat dihitung",
    ] {
        assert!(koreksi.contains(needle), "KOREKSI.md menyebut {needle}");
    }
}
