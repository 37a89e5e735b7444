//! Cross-file references that must resolve before anything can be
//! computed: person keys, indicator and goal ids, checklist table ids.
//! (Whether the figures agree is the checker's job, not the loader's.)

use crate::jalur;
use std::collections::BTreeSet;

use super::Dimuat;
use crate::diag::{Diagnostik, Jalur};
use crate::model::Berkas;
use crate::model::capaian::Realisasi;

/// All unresolved references, each placed at the value that names them.
pub fn periksa(d: &Dimuat) -> Vec<Diagnostik> {
    let mut out = Vec::new();
    let data = &d.data;
    let mut galat =
        |file: &str, path: Jalur, pesan: String| out.push(d.galat_di(file, path, pesan));

    let orang: Vec<&str> = data.unit.orang.keys().map(String::as_str).collect();
    let mut orang_ref = |file: &str, path: Jalur, key: &str| {
        if !data.unit.orang.contains_key(key) {
            let hint = super::pesan::terdekat(key, &orang)
                .map(|k| format!("; mungkin maksudnya `{k}`?"))
                .unwrap_or_default();
            galat(
                file,
                path,
                format!(
                    "orang `{key}` tidak ada di unit.yaml → orang{hint} (yang ada: {})",
                    orang.join(", ")
                ),
            );
        }
    };
    orang_ref(
        Berkas::Laporan.nama(),
        jalur!(ditandatangani.oleh),
        &data.laporan.ditandatangani.oleh,
    );
    orang_ref(
        Berkas::Pk.nama(),
        jalur!(pihak_pertama.oleh),
        &data.pk.pihak_pertama.oleh,
    );
    orang_ref(
        Berkas::Pk.nama(),
        jalur!(pihak_kedua.oleh),
        &data.pk.pihak_kedua.oleh,
    );
    if let Some(l) = &data.lampiran {
        orang_ref(
            Berkas::Lampiran.nama(),
            jalur!(sk_tim.ditetapkan.oleh),
            &l.sk_tim.ditetapkan.oleh,
        );
    }
    let anggota = data.lampiran.iter().flat_map(|l| &l.sk_tim.anggota);
    for (i, a) in anggota.enumerate() {
        orang_ref(
            Berkas::Lampiran.nama(),
            jalur!(sk_tim.anggota[i].orang),
            &a.orang,
        );
    }

    let mut ids = BTreeSet::new();
    let mut sk_ids = BTreeSet::new();
    for (s, sk) in data.pk.sasaran_kegiatan.iter().enumerate() {
        if !sk_ids.insert(sk.id.as_str()) {
            galat(
                Berkas::Pk.nama(),
                jalur!(sasaran_kegiatan[s].id),
                format!("id sasaran `{}` dipakai dua kali", sk.id),
            );
        }
        for (i, ind) in sk.indikator.iter().enumerate() {
            if !ids.insert(ind.id.as_str()) {
                galat(
                    Berkas::Pk.nama(),
                    jalur!(sasaran_kegiatan[s].indikator[i].id),
                    format!("id indikator `{}` dipakai dua kali", ind.id),
                );
            }
        }
    }
    let known: Vec<&str> = ids.iter().copied().collect();
    let mut indikator_ref = |file: &str, path: Jalur, key: &str| {
        if !ids.contains(key) {
            let hint = super::pesan::terdekat(key, &known)
                .map(|k| format!("; mungkin maksudnya `{k}`?"))
                .unwrap_or_default();
            galat(
                file,
                path,
                format!("indikator `{key}` tidak ada di pk.yaml{hint}"),
            );
        }
    };
    for key in data.capaian.indikator.keys() {
        indikator_ref(Berkas::Capaian.nama(), jalur!(indikator.{key}), key);
    }
    for key in data
        .renstra
        .iter()
        .flat_map(|r| r.target_jangka_menengah.keys())
    {
        indikator_ref(
            Berkas::Renstra.nama(),
            jalur!(target_jangka_menengah.{key}),
            key,
        );
    }
    for key in data
        .kinerja_lainnya
        .e_performance
        .iter()
        .flat_map(|e| e.indikator.keys())
    {
        indikator_ref(
            Berkas::KinerjaLainnya.nama(),
            jalur!(e_performance.indikator.{key}),
            key,
        );
    }
    for key in data.capaian.sasaran.keys() {
        if !sk_ids.contains(key.as_str()) {
            galat(
                Berkas::Capaian.nama(),
                jalur!(sasaran.{key}),
                format!("sasaran `{key}` tidak ada di pk.yaml"),
            );
        }
    }
    for (key, c) in &data.capaian.indikator {
        if let Some(Realisasi::DaftarPeriksa(tabel)) = &c.realisasi {
            if !c
                .tabel
                .iter()
                .any(|t| t.id.as_deref() == Some(tabel.as_str()))
            {
                galat(
                    Berkas::Capaian.nama(),
                    jalur!(indikator.{key}.realisasi.daftar_periksa),
                    format!(
                        "tabel `{tabel}` tidak ada di antara tabel indikator ini (beri tabelnya `id: {tabel}`)"
                    ),
                );
            }
        }
    }
    out
}
