//! A folder that cannot be loaded has one code, LK000, whether it is
//! checked alone or among many (`check --format json`).

mod common;

use std::ffi::OsStr;

use common::{data_2023, lkjip, salinan, ubah};

#[test]
fn a_folder_that_cannot_load_is_lk000_alone_and_among_many() {
    let (_tmp, rusak) = salinan();
    let baris = ubah(&rusak, "pk.yaml", "sasaran_kegiatan:", "sasaran_kegiatn:");
    let json = |args: &[&OsStr]| {
        let mut all = vec![
            OsStr::new("check"),
            OsStr::new("--format"),
            OsStr::new("json"),
        ];
        all.extend_from_slice(args);
        let out = lkjip(&all);
        let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
        (v, out.status.code())
    };
    let (sendiri, kode) = json(&[rusak.as_os_str()]);
    assert_eq!(kode, Some(2));
    let (banyak, kode_banyak) = json(&[rusak.as_os_str(), data_2023().as_os_str()]);
    assert_eq!(kode_banyak, Some(1));
    let gagal: Vec<_> = banyak
        .iter()
        .filter(|d| d["folder"] == rusak.display().to_string())
        .collect();
    assert!(!sendiri.is_empty());
    assert_eq!(gagal.len(), sendiri.len());
    for (a, b) in sendiri.iter().zip(&gagal) {
        assert_eq!(a["code"], "LK000");
        assert_eq!(b["code"], "LK000");
        // The same object, plus the folder.
        let mut b = (*b).clone();
        b.as_object_mut().unwrap().remove("folder");
        assert_eq!(*a, b);
    }
    assert!(
        sendiri.iter().any(|d| d["line"] == baris as u64),
        "{sendiri:?}"
    );
    // The loaded folder among the many has no LK000.
    assert!(
        banyak
            .iter()
            .filter(|d| d["folder"] != rusak.display().to_string())
            .all(|d| d["code"] != "LK000")
    );
    // No other code is used for a load failure anywhere.
    assert!(banyak.iter().chain(&sendiri).all(|d| d["code"] != "muat"));
}
