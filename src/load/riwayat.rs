//! Earlier years from the folders beside this one (`data/2022` beside
//! `data/2023`): when they exist, their figures are the history the report
//! compares with; otherwise the history declared in this folder is used.
//! Where both exist and disagree, `lkjip check` says so (LK205).

use super::Dimuat;
use crate::calc::{self, Nilai};
use crate::model::capaian::Riwayat;

/// The folder of `tahun` beside `d`'s folder, loaded, if it exists and loads.
pub fn muat_tahun(d: &Dimuat, tahun: i32) -> Option<Dimuat> {
    let dir = d.folder.parent()?.join(tahun.to_string());
    if !dir.is_dir() {
        return None;
    }
    super::muat(&dir)
        .ok()
        .filter(|p| p.data.laporan.tahun == tahun)
}

/// An indicator's year as the earlier folder computes it.
pub fn riwayat_dari(prev: &Dimuat, id: &str) -> Option<Riwayat> {
    let p = &prev.data.laporan.pengaturan;
    let (_, ind) = prev.data.indikator().find(|(_, i)| i.id == id)?;
    let h = calc::capaian::hitung(ind, prev.data.capaian.indikator.get(id), p);
    let mut r = Riwayat {
        target: Some(ind.target),
        ..Riwayat::default()
    };
    match h.realisasi {
        Nilai::Ada(v) => r.realisasi = Some(v.into()),
        Nilai::TidakDapatDihitung(why) => r.tidak_dapat_dihitung = Some(why),
        Nilai::BelumDiisi => {}
    }
    Some(r)
}

/// Replaces the declared history of the two previous years by the figures
/// of their folders, where those folders exist. Returns the years taken
/// from folders.
pub fn gabung(d: &mut Dimuat) -> Vec<i32> {
    let tahun = d.data.laporan.tahun;
    let mut dipakai = Vec::new();
    for y in [tahun - 1, tahun - 2] {
        let Some(prev) = muat_tahun(d, y) else {
            continue;
        };
        dipakai.push(y);
        let ids: Vec<String> = d.data.indikator().map(|(_, i)| i.id.clone()).collect();
        for id in ids {
            if let Some(r) = riwayat_dari(&prev, &id) {
                if let Some(c) = d.data.capaian.indikator.get_mut(&id) {
                    c.riwayat.insert(y, r);
                }
            }
        }
        d.data
            .anggaran
            .riwayat_jenis_belanja
            .insert(y, prev.data.anggaran.jenis_belanja.clone());
        let ka = &mut d.data.kinerja_anggaran;
        for (mine, theirs) in [
            (&mut ka.smart, &prev.data.kinerja_anggaran.smart),
            (&mut ka.ikpa, &prev.data.kinerja_anggaran.ikpa),
        ] {
            if let Some(v) = theirs.nilai.get(&y) {
                mine.nilai.insert(y, *v);
            }
        }
    }
    dipakai
}
