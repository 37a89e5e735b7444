//! LK9xx: what is left to fill in a folder made by `lkjip init` or
//! `lkjip new-year`.

use crate::calc::Nilai;
use crate::check::{Konteks, Temuan};
use crate::jalur;
use crate::load::Posisi;
use crate::model::Berkas;

/// The marker `lkjip init` and `lkjip new-year` leave where text must be written.
pub const PENANDA: &str = "[ISI]";

/// LK901: `[ISI]` markers still in the files.
pub fn penanda(k: &Konteks, out: &mut Vec<Temuan>) {
    for (berkas, s) in &k.d.sumber {
        let Some(berkas) = Berkas::dari_nama(berkas) else {
            continue;
        };
        for (i, line) in s.teks.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let Some(col) = line.find(PENANDA) else {
                continue;
            };
            let pos = Posisi {
                baris: i + 1,
                kolom: line[..col].chars().count() + 1,
            };
            let path = crate::diag::Jalur::urai(s.peta.path_di(pos).unwrap_or(""));
            out.push(
                Temuan::baru(
                    berkas,
                    path,
                    "bagian ini belum diisi (masih ada penanda [ISI])",
                    "this is still to be filled in (an [ISI] marker remains)",
                )
                .nilai("teks yang sudah diisi", line.trim())
                .di(PENANDA),
            );
        }
    }
}

/// LK902: indicators without realisasi.
pub fn realisasi_kosong(k: &Konteks, out: &mut Vec<Temuan>) {
    for (_, ind) in k.d.data.indikator() {
        if k.hasil.indikator[&ind.id].realisasi == Nilai::BelumDiisi {
            let path = if k.d.data.capaian.indikator.contains_key(&ind.id) {
                jalur!(indikator.{ind.id})
            } else {
                jalur!(indikator)
            };
            out.push(
                Temuan::baru(
                    Berkas::Capaian,
                    path,
                    format!("realisasi {} belum diisi", ind.id),
                    format!("realisasi of {} is not filled in", ind.id),
                )
                .nilai("realisasi", "belum diisi"),
            );
        }
    }
}

/// LK903: a budget with ceilings but no spending at all.
pub fn anggaran_kosong(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(total) = &k.hasil.anggaran else {
        return;
    };
    if total.realisasi.is_zero() {
        out.push(
            Temuan::baru(
                Berkas::Anggaran,
                jalur!(program),
                "realisasi anggaran belum diisi (seluruhnya nol)",
                "budget spending is not filled in (all zero)",
            )
            .nilai("realisasi per RO", "0"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn lk901_markers() {
        assert!(temuan(data_2023(), penanda).is_empty());
        let tmp = salinan_yaml();
        let f = tmp.path().join(Berkas::Laporan.nama());
        let text = std::fs::read_to_string(&f)
            .unwrap()
            .replace("nomor: W.22", "nomor: \"[ISI] W.22");
        let text = text.replace("PR.04.03-08\n", "PR.04.03-08\"\n");
        std::fs::write(&f, text).unwrap();
        let d = crate::load::muat(tmp.path()).unwrap();
        let t = temuan(&d, penanda);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].path, "surat_pengantar.nomor");
    }

    #[test]
    fn lk902_lk903_unfilled() {
        assert!(temuan(data_2023(), realisasi_kosong).is_empty());
        assert!(temuan(data_2023(), anggaran_kosong).is_empty());
        let d = ubah(|d| {
            d.capaian.indikator.get_mut("sk1-ikk1").unwrap().realisasi = None;
            fn nol(n: &mut [crate::model::anggaran::Node]) {
                for x in n {
                    x.realisasi = x.rincian.is_empty().then(|| crate::model::Rupiah(0.into()));
                    nol(&mut x.rincian);
                }
            }
            nol(&mut d.anggaran.as_mut().unwrap().program);
        });
        assert_eq!(temuan(&d, realisasi_kosong)[0].path, "indikator.sk1-ikk1");
        assert_eq!(temuan(&d, anggaran_kosong).len(), 1);
    }
}
