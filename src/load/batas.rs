//! Limits checked right after loading, each a located [`Diagnostik`]: years in
//! a window around the report year, count-table cells that are numbers,
//! budget leaves with a pagu, rounding settings of sane size. Values that
//! pass here cannot make any later step allocate without bound or compute
//! a figure from a silently dropped value.

use super::Dimuat;
use crate::diag::{Diagnostik, Jalur};
use crate::jalur;
use crate::model::Berkas;
use crate::model::anggaran::Node;
use crate::model::num::parse_angka;
use crate::model::tabel::{Baris, JenisTabel, Sel};

/// The earliest report year accepted (the year of the Proclamation).
pub const TAHUN_PALING_AWAL: i32 = 1945;

/// The latest report year accepted.
pub const TAHUN_PALING_AKHIR: i32 = 2200;

/// How far before or after the report year another year of the data may lie.
pub const RENTANG_TAHUN: i32 = 50;

/// The most decimals a rounding setting may keep.
pub const BATAS_PEMBULATAN: u32 = 10;

/// Whether `tahun` is an accepted report year.
pub fn tahun_laporan_sah(tahun: i32) -> bool {
    (TAHUN_PALING_AWAL..=TAHUN_PALING_AKHIR).contains(&tahun)
}

/// Every limit violated by the loaded folder.
pub fn periksa(d: &Dimuat) -> Vec<Diagnostik> {
    let mut out = Vec::new();
    let data = &d.data;
    let mut galat =
        |file: &str, path: Jalur, pesan: String| out.push(d.galat_di(file, path, pesan));
    let tahun = data.laporan.tahun;
    if !tahun_laporan_sah(tahun) {
        galat(
            Berkas::Laporan.nama(),
            jalur!(tahun),
            format!(
                "tahun laporan {tahun} di luar rentang yang diterima ({TAHUN_PALING_AWAL}–{TAHUN_PALING_AKHIR})"
            ),
        );
        // Every other year is judged against this one.
        return out;
    }
    let (awal, akhir) = (tahun - RENTANG_TAHUN, tahun + RENTANG_TAHUN);
    let mut tahun_sah = |file: &str, path: Jalur, y: i32| {
        if !(awal..=akhir).contains(&y) {
            galat(
                file,
                path,
                format!(
                    "tahun {y} terlalu jauh dari tahun laporan {tahun}; yang diterima {awal}–{akhir}"
                ),
            );
        }
    };
    for (id, c) in &data.capaian.indikator {
        for y in c.riwayat.keys() {
            tahun_sah(
                Berkas::Capaian.nama(),
                jalur!(indikator.{id}.riwayat.{y}),
                *y,
            );
        }
    }
    for y in data
        .anggaran
        .iter()
        .flat_map(|a| a.riwayat_jenis_belanja.keys())
    {
        tahun_sah(
            Berkas::Anggaran.nama(),
            jalur!(riwayat_jenis_belanja.{y}),
            *y,
        );
    }
    let skor_semua = data
        .kinerja_anggaran
        .iter()
        .flat_map(|k| [("smart", &k.smart), ("ikpa", &k.ikpa)]);
    for (nama, skor) in skor_semua {
        for y in skor.nilai.keys() {
            tahun_sah(Berkas::KinerjaAnggaran.nama(), jalur!({nama}.nilai.{y}), *y);
        }
    }
    for y in data.populasi.iter().flat_map(|p| p.tahun.keys()) {
        tahun_sah(Berkas::Populasi.nama(), jalur!(tahun.{y}), *y);
    }
    if let Some(r) = &data.renstra {
        tahun_sah(Berkas::Renstra.nama(), jalur!(periode_awal), r.periode_awal);
        tahun_sah(
            Berkas::Renstra.nama(),
            jalur!(periode_akhir),
            r.periode_akhir,
        );
    }
    for (id, m) in data.renstra.iter().flat_map(|r| &r.target_jangka_menengah) {
        for y in m.keys() {
            tahun_sah(
                Berkas::Renstra.nama(),
                jalur!(target_jangka_menengah.{id}.{y}),
                *y,
            );
        }
    }
    if let Some(y) = data.unit.tahun_dibangun {
        if !(1600..=tahun).contains(&y) {
            galat(
                Berkas::Unit.nama(),
                jalur!(tahun_dibangun),
                format!("tahun dibangun {y} tidak masuk akal; yang diterima 1600–{tahun}"),
            );
        }
    }

    // Rounding settings: more decimals than any figure carries is a typo.
    let p = &data.laporan.pengaturan;
    for (nama, b) in [
        ("realisasi", p.realisasi),
        ("capaian", p.capaian),
        ("persentase", p.persentase),
    ] {
        if b.desimal > BATAS_PEMBULATAN {
            galat(
                Berkas::Laporan.nama(),
                jalur!(pengaturan.{nama}.desimal),
                format!(
                    "paling banyak {BATAS_PEMBULATAN} angka desimal, bukan {}",
                    b.desimal
                ),
            );
        }
    }
    for (s, sk) in data.pk.sasaran_kegiatan.iter().enumerate() {
        for (i, ind) in sk.indikator.iter().enumerate() {
            if let Some(b) = ind.pembulatan {
                if b.desimal > BATAS_PEMBULATAN {
                    galat(
                        Berkas::Pk.nama(),
                        jalur!(sasaran_kegiatan[s].indikator[i].pembulatan.desimal),
                        format!(
                            "paling banyak {BATAS_PEMBULATAN} angka desimal, bukan {}",
                            b.desimal
                        ),
                    );
                }
            }
        }
    }

    // Count tables: a cell that is neither a number nor `-`/empty would
    // silently drop out of the totals.
    fn sel_hitungan(rows: &[Baris], path: &Jalur, galat: &mut dyn FnMut(&str, Jalur, String)) {
        for (r, row) in rows.iter().enumerate() {
            let here = jalur!((path)[r]);
            for (c, sel) in row.nilai.iter().enumerate() {
                if let Sel::Teks(t) = sel {
                    let t = t.trim();
                    if matches!(t, "" | "-" | "–" | "—") {
                        continue;
                    }
                    let why = match parse_angka(t) {
                        Err(e) => e.to_string(),
                        Ok(_) => format!("\"{t}\" bukan angka"),
                    };
                    galat(
                        Berkas::Capaian.nama(),
                        jalur!((here).nilai[c]),
                        format!("sel tabel hitungan harus angka, `-` (nihil) atau kosong: {why}"),
                    );
                }
            }
            sel_hitungan(&row.rinci, &jalur!((here).rinci), galat);
        }
    }
    for (id, c) in &data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            if t.jenis != JenisTabel::Hitungan {
                continue;
            }
            let base = jalur!(indikator.{id}.tabel[ti]);
            sel_hitungan(&t.baris, &jalur!((base).baris), &mut galat);
        }
    }

    // Budget leaves: a leaf without a pagu would count as zero.
    fn daun(nodes: &[Node], path: &Jalur, galat: &mut dyn FnMut(&str, Jalur, String)) {
        for (i, n) in nodes.iter().enumerate() {
            let here = jalur!((path)[i]);
            if n.rincian.is_empty() {
                for (kolom, ada) in [
                    ("pagu", n.pagu.is_some()),
                    ("realisasi", n.realisasi.is_some()),
                ] {
                    if !ada {
                        galat(
                            Berkas::Anggaran.nama(),
                            here.clone(),
                            format!(
                                "`{}` tidak punya rincian, jadi wajib diberi `{kolom}` (tulis 0 bila memang nol; yang kosong tidak dihitung diam-diam sebagai nol)",
                                n.kode
                            ),
                        );
                    }
                }
            } else {
                daun(&n.rincian, &jalur!((here).rincian), galat);
            }
        }
    }
    if let Some(a) = &data.anggaran {
        daun(&a.program, &jalur!(program), &mut galat);
    }
    out
}
