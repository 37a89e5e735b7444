//! LK1xx: declared totals equal the sums of their parts.


use crate::calc;
use crate::check::{Konteks, Temuan};
use crate::format::angka;

/// LK101: parents of the budget tree.
pub fn pohon_anggaran(k: &Konteks, out: &mut Vec<Temuan>) {
    for (here, n) in calc::anggaran::telusuri(&k.d.data.anggaran.program) {
        if n.rincian.is_empty() {
            continue;
        }
        let s = &k.hasil.pohon_anggaran[&here];
        let (pagu, realisasi) = (s.pagu, s.realisasi);
        for (field, declared, sum) in [
            ("pagu", n.pagu, pagu),
            ("realisasi", n.realisasi, realisasi),
        ] {
            if let Some(d) = declared.filter(|d| d.get() != sum) {
                out.push(
                    Temuan::baru(
                        "anggaran.yaml",
                        format!("{here}.{field}"),
                        format!("{field} {} tidak sama dengan jumlah rinciannya", n.kode),
                        format!("{field} of {} differs from the sum of its parts", n.kode),
                    )
                    .nilai(angka(sum), angka(d.get())),
                );
            }
        }
    }
}

/// LK102: jenis belanja against the tree, and against its declared total.
pub fn jenis_belanja(k: &Konteks, out: &mut Vec<Temuan>) {
    let a = &k.d.data.anggaran;
    if a.jenis_belanja.is_empty() {
        return;
    }
    let (_, sum) = &k.hasil.jenis_belanja;
    let tree = &k.hasil.anggaran;
    for (field, jb, pohon) in [
        ("pagu", sum.pagu, tree.pagu),
        ("realisasi", sum.realisasi, tree.realisasi),
    ] {
        if jb != pohon {
            out.push(
                Temuan::baru(
"anggaran.yaml",
                    "jenis_belanja",
                    format!("jumlah {field} per jenis belanja tidak sama dengan jumlah {field} program/kegiatan"),
                    format!("total {field} per jenis belanja differs from the programme total"),
                )
                .nilai(angka(pohon), angka(jb)),
            );
        }
    }
    if let Some(t) = &a.jumlah_jenis_belanja_tertulis {
        for (field, declared, computed) in [
            ("pagu", t.pagu.get(), sum.pagu),
            ("realisasi", t.realisasi.get(), sum.realisasi),
        ] {
            if declared != computed {
                out.push(
                    Temuan::baru(
"anggaran.yaml",
                        format!("jumlah_jenis_belanja_tertulis.{field}"),
                        format!(
                            "jumlah {field} tertulis tidak sama dengan jumlah baris jenis belanja"
                        ),
                        format!(
                            "declared total {field} differs from the sum of the jenis belanja rows"
                        ),
                    )
                    .nilai(angka(computed), angka(declared)),
                );
            }
        }
    }
}

/// LK103: declared totals of data tables.
pub fn tabel(k: &Konteks, out: &mut Vec<Temuan>) {
    for (id, c) in &k.d.data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            let jumlah = &k.hasil.tabel[&(id.clone(), ti)];
            for (col, declared) in t.jumlah_tertulis.iter().enumerate() {
                let Some(declared) = declared.angka() else {
                    continue;
                };
                let computed = jumlah.get(col).copied().unwrap_or_default();
                if computed != declared {
                    let kolom = t.kolom.get(col).cloned().unwrap_or_default();
                    out.push(
                        Temuan::baru(
                            "capaian.yaml",
                            format!("indikator.{id}.tabel[{ti}].jumlah_tertulis[{col}]"),
                            format!("jumlah tertulis kolom \"{kolom}\" pada tabel \"{}\" tidak sama dengan jumlah barisnya", t.judul),
                            format!("declared total of column \"{kolom}\" in table \"{}\" differs from the sum of its rows", t.judul),
                        )
                        .nilai(angka(computed), angka(declared)),
                    );
                }
            }
        }
    }
}

/// LK104: population totals.
pub fn populasi(k: &Konteks, out: &mut Vec<Temuan>) {
    for (tahun, h) in &k.d.data.populasi.tahun {
        let sum = calc::populasi::jumlah_penghuni(h);
        if let Some(j) = h.jumlah_tertulis {
            if u64::from(j) != sum {
                out.push(
                    Temuan::baru(
"populasi.yaml",
                        format!("tahun.{tahun}.jumlah_tertulis"),
                        format!(
                            "jumlah penghuni {tahun} tidak sama dengan narapidana + tahanan + anak"
                        ),
                        format!("population {tahun} differs from convicts + detainees + juveniles"),
                    )
                    .nilai(sum, j),
                );
            }
        }
    }
}

/// LK105: staff totals.
pub fn pegawai(k: &Konteks, out: &mut Vec<Temuan>) {
    let p = &k.d.data.unit.pegawai;
    let r = &k.hasil.pegawai;
    if r.total != r.total_jenis_kelamin {
        out.push(
            Temuan::baru(
"unit.yaml",
                "pegawai.laki_laki",
                "jumlah pegawai laki-laki + perempuan tidak sama dengan jumlah per golongan",
                "men + women differs from the staff total per rank",
            )
            .nilai(r.total, r.total_jenis_kelamin),
        );
    }
    if let Some(t) = p.total_tertulis {
        if u64::from(t) != r.total {
            out.push(
                Temuan::baru(
"unit.yaml",
                    "pegawai.total_tertulis",
                    "jumlah pegawai tertulis tidak sama dengan jumlah per golongan",
                    "declared staff total differs from the sum per rank",
                )
                .nilai(r.total, t),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::uji::*;
    use super::*;

    #[test]
    fn lk101_tree() {
        assert!(temuan(data_2023(), pohon_anggaran).is_empty());
        let d = ubah(|d| {
            d.anggaran.program[1].rincian[0].rincian[0].realisasi = Some(rp("4362114022"))
        });
        let t = temuan(&d, pohon_anggaran);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].path, "program[1].rincian[0].rincian[0].realisasi");
        assert_eq!(t[0].ditemukan.as_deref(), Some("4.362.114.022"));
    }

    #[test]
    fn lk102_jenis_belanja() {
        assert!(temuan(data_2023(), jenis_belanja).is_empty());
        let d = ubah(|d| d.anggaran.jenis_belanja[0].realisasi = rp("3601507881"));
        let t = temuan(&d, jenis_belanja);
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].diharapkan.as_deref(), t[0].ditemukan.as_deref()),
            (Some("6.904.019.875"), Some("6.904.019.594"))
        );
    }

    #[test]
    fn lk103_table_totals() {
        assert!(temuan(data_2023(), tabel).is_empty());
        let d = ubah(|d| {
            let c = d.capaian.indikator.get_mut("sk2-ikk2").unwrap();
            c.tabel[0].jumlah_tertulis = vec![crate::model::tabel::Sel::Angka(a("270"))];
        });
        let t = temuan(&d, tabel);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].path, "indikator.sk2-ikk2.tabel[0].jumlah_tertulis[0]");
    }

    #[test]
    fn lk104_population() {
        assert!(temuan(data_2023(), populasi).is_empty());
        let d = ubah(|d| d.populasi.tahun.get_mut(&2023).unwrap().jumlah_tertulis = Some(190));
        assert_eq!(temuan(&d, populasi)[0].ditemukan.as_deref(), Some("190"));
    }

    #[test]
    fn lk105_staff() {
        assert!(temuan(data_2023(), pegawai).is_empty());
        let d = ubah(|d| d.unit.pegawai.total_tertulis = Some(55));
        let t = temuan(&d, pegawai);
        assert_eq!(
            (t[0].diharapkan.as_deref(), t[0].ditemukan.as_deref()),
            (Some("58"), Some("55"))
        );
        let d = ubah(|d| d.unit.pegawai.perempuan = 6);
        assert_eq!(temuan(&d, pegawai)[0].path, "pegawai.laki_laki");
    }
}
