//! LK1xx: declared totals equal the sums of their parts; a budget output
//! counted in Pegawai counts the staff (LK107).

use crate::diag::Jalur;
use crate::jalur;
use rust_decimal::Decimal;

use crate::calc;
use crate::check::{Konteks, Temuan};
use crate::format::angka;
use crate::model::Berkas;

/// LK101: parents of the budget tree.
pub fn pohon_anggaran(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(a) = &k.d.data.anggaran else { return };
    for (here, n) in calc::anggaran::telusuri(&a.program) {
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
                        Berkas::Anggaran,
                        jalur!((here).{field}),
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
/// One finding per wrong cell: when the rows do not add up to the tree, a
/// row whose pagu matches one budget node but whose realisasi does not is
/// named (Belanja Pegawai against component 001); a declared total equal to
/// the tree is then right and not blamed.
pub fn jenis_belanja(k: &Konteks, out: &mut Vec<Temuan>) {
    let (Some(a), Some((_, sum)), Some(tree)) = (
        &k.d.data.anggaran,
        &k.hasil.jenis_belanja,
        &k.hasil.anggaran,
    ) else {
        return;
    };
    if a.jenis_belanja.is_empty() {
        return;
    }
    let mut baris_salah = false;
    if sum.realisasi != tree.realisasi {
        for (i, (j, padan)) in a
            .jenis_belanja
            .iter()
            .zip(&k.hasil.padanan_jenis_belanja)
            .enumerate()
        {
            let Some((_, kode, _, realisasi)) = padan else {
                continue;
            };
            if *realisasi != j.realisasi.get() {
                baris_salah = true;
                out.push(
                    Temuan::baru(
                        Berkas::Anggaran,
                        jalur!(jenis_belanja[i].realisasi),
                        format!(
                            "realisasi {} tidak sama dengan realisasi {kode} yang berpagu sama; jumlah jenis belanja tidak sama dengan jumlah program/kegiatan",
                            j.nama
                        ),
                        format!(
                            "spending on {} differs from that of {kode}, which has the same pagu; the jenis belanja do not add up to the programme total",
                            j.nama
                        ),
                    )
                    .nilai(angka(*realisasi), angka(j.realisasi.get())),
                );
            }
        }
    }
    for (field, jb, pohon) in [
        ("pagu", sum.pagu, tree.pagu),
        ("realisasi", sum.realisasi, tree.realisasi),
    ] {
        if jb != pohon && !(field == "realisasi" && baris_salah) {
            out.push(
                Temuan::baru(
Berkas::Anggaran,
                    jalur!(jenis_belanja),
                    format!("jumlah {field} per jenis belanja tidak sama dengan jumlah {field} program/kegiatan"),
                    format!("total {field} per jenis belanja differs from the programme total"),
                )
                .nilai(angka(pohon), angka(jb)),
            );
        }
    }
    if let Some(t) = &a.jumlah_jenis_belanja_tertulis {
        for (field, declared, computed, pohon) in [
            ("pagu", t.pagu.get(), sum.pagu, tree.pagu),
            (
                "realisasi",
                t.realisasi.get(),
                sum.realisasi,
                tree.realisasi,
            ),
        ] {
            // A declared total equal to the tree is right; the rows are off.
            if declared != computed && declared != pohon {
                out.push(
                    Temuan::baru(
                        Berkas::Anggaran,
                        jalur!(jumlah_jenis_belanja_tertulis.{field}),
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

/// LK103: declared totals and subtotals of data tables, and fixed
/// (distinct-persons) totals between the largest row and the sum of rows.
pub fn tabel(k: &Konteks, out: &mut Vec<Temuan>) {
    for (id, c) in &k.d.data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            let jumlah = &k.hasil.tabel[&(id.clone(), ti)];
            let rinci = &k.hasil.tabel_rinci[&(id.clone(), ti)];
            let kolom = |col: usize| t.kolom.get(col).cloned().unwrap_or_default();
            let here = jalur!(indikator.{id}.tabel[ti]);
            for (col, declared) in t.jumlah_tertulis.iter().enumerate() {
                let Some(declared) = declared.angka() else {
                    continue;
                };
                let computed = jumlah.get(col).copied().unwrap_or_default();
                if computed != declared {
                    let kolom = kolom(col);
                    out.push(
                        Temuan::baru(
                            Berkas::Capaian,
                            jalur!((here).jumlah_tertulis[col]),
                            format!("jumlah tertulis kolom \"{kolom}\" pada tabel \"{}\" tidak sama dengan jumlah barisnya", t.judul),
                            format!("declared total of column \"{kolom}\" in table \"{}\" differs from the sum of its rows", t.judul),
                        )
                        .nilai(angka(computed), angka(declared)),
                    );
                }
            }
            for (p, b) in calc::tabel::baris_berpath(&t.baris) {
                let Some(sub) = rinci.subjumlah.get(&p) else {
                    continue;
                };
                let grup = b.label.first().cloned().unwrap_or_default();
                for (col, declared) in b.subjumlah_tertulis.iter().enumerate() {
                    let (Some(declared), Some(computed)) =
                        (declared.angka(), sub.get(col).copied())
                    else {
                        continue;
                    };
                    if computed != declared {
                        let kolom = kolom(col);
                        out.push(
                            Temuan::baru(
                                Berkas::Capaian,
                                jalur!((here).{p}.subjumlah_tertulis[col]),
                                format!("subjumlah \"{grup}\" kolom \"{kolom}\" pada tabel \"{}\" tidak sama dengan jumlah rinciannya", t.judul),
                                format!("subtotal of \"{grup}\", column \"{kolom}\" in table \"{}\" differs from the sum of its rows", t.judul),
                            )
                            .nilai(angka(computed), angka(declared)),
                        );
                    }
                }
            }
            for (col, tetap) in t.jumlah_tetap.iter().enumerate() {
                let Some(v) = tetap.angka() else { continue };
                let (Some(&max), Some(&sum)) = (rinci.terbesar.get(col), rinci.semua.get(col))
                else {
                    continue;
                };
                if v < max || v > sum {
                    let kolom = kolom(col);
                    let (batas, pesan, msg) = if v < max {
                        (
                            max,
                            "kurang dari baris terbesarnya",
                            "is less than its largest row",
                        )
                    } else {
                        (
                            sum,
                            "melebihi jumlah semua barisnya",
                            "exceeds the sum of its rows",
                        )
                    };
                    out.push(
                        Temuan::baru(
                            Berkas::Capaian,
                            jalur!((here).jumlah_tetap[col]),
                            format!("jumlah orang (tanpa hitung ganda) kolom \"{kolom}\" pada tabel \"{}\" {pesan}", t.judul),
                            format!("distinct-persons total of column \"{kolom}\" in table \"{}\" {msg}", t.judul),
                        )
                        .nilai(angka(batas), angka(v)),
                    );
                }
            }
        }
    }
}

/// LK108: every row of a data table has as many label cells as the table
/// has `kolom_label` and (unless it is a group heading without values) as
/// many value cells as `kolom`; declared totals have one cell per value
/// column. A flow list such as `label: [a (b, c)]` read as two cells would
/// otherwise be cut or shifted silently when the table is printed.
pub fn bentuk_tabel(k: &Konteks, out: &mut Vec<Temuan>) {
    for (id, c) in &k.d.data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            let here = jalur!(indikator.{id}.tabel[ti]);
            let (nl, nk) = (t.kolom_label.len(), t.kolom.len());
            let mut salah = |path: Jalur, apa: &str, what: &str, harap: usize, ada: usize| {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        path,
                        format!(
                            "{apa} pada tabel \"{}\" berisi {ada} sel, padahal tabelnya {harap} kolom",
                            t.judul
                        ),
                        format!(
                            "{what} in table \"{}\" has {ada} cells, but the table has {harap} columns",
                            t.judul
                        ),
                    )
                    .nilai(harap, ada),
                );
            };
            for (p, b) in calc::tabel::baris_berpath(&t.baris) {
                let nama = b.label.first().cloned().unwrap_or_default();
                if b.label.len() != nl {
                    let apa = format!("label baris \"{nama}\"");
                    let what = format!("label of row \"{nama}\"");
                    salah(jalur!((here).{p}.label), &apa, &what, nl, b.label.len());
                }
                if !b.nilai.is_empty() && b.nilai.len() != nk {
                    let apa = format!("nilai baris \"{nama}\"");
                    let what = format!("values of row \"{nama}\"");
                    salah(jalur!((here).{p}.nilai), &apa, &what, nk, b.nilai.len());
                }
                if !b.subjumlah_tertulis.is_empty() && b.subjumlah_tertulis.len() != nk {
                    let apa = format!("subjumlah tertulis baris \"{nama}\"");
                    let what = format!("declared subtotal of row \"{nama}\"");
                    salah(
                        jalur!((here).{p}.subjumlah_tertulis),
                        &apa,
                        &what,
                        nk,
                        b.subjumlah_tertulis.len(),
                    );
                }
            }
            for (field, v) in [
                ("jumlah_tertulis", &t.jumlah_tertulis),
                ("jumlah_tetap", &t.jumlah_tetap),
            ] {
                if !v.is_empty() && v.len() != nk {
                    salah(jalur!((here).{field}), field, field, nk, v.len());
                }
            }
        }
    }
}

/// LK106: in a table that counts people, no cell, subtotal or total of a
/// year's column exceeds that year's population. Declared figures that
/// differ from the computed ones are LK103's; this rule checks the cells
/// and what lkjip computes (and would print).
pub fn orang_tabel(k: &Konteks, out: &mut Vec<Temuan>) {
    for (id, c) in &k.d.data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            let Some(pop) = k.hasil.populasi_kolom.get(&(id.clone(), ti)) else {
                continue;
            };
            let rinci = &k.hasil.tabel_rinci[&(id.clone(), ti)];
            let here = jalur!(indikator.{id}.tabel[ti]);
            let mut lebih = |path: Jalur,
                             apa: &str,
                             what: &str,
                             col: usize,
                             v: rust_decimal::Decimal| {
                let Some(Some(p)) = pop.get(col) else { return };
                if v > rust_decimal::Decimal::from(*p) {
                    let tahun = t.kolom.get(col).cloned().unwrap_or_default();
                    out.push(
                        Temuan::baru(
                            Berkas::Capaian,
                            path,
                            format!("{apa} tahun {tahun} pada tabel \"{}\" ({} orang) melebihi jumlah penghuni tahun itu ({p} orang)", t.judul, angka(v)),
                            format!("{what} of {tahun} in table \"{}\" ({} persons) exceeds that year's population ({p})", t.judul, angka(v)),
                        )
                        .nilai(format!("≤ {p}"), angka(v)),
                    );
                }
            };
            for (p, b) in &calc::tabel::baris_berpath(&t.baris) {
                for (col, v) in b.nilai.iter().enumerate() {
                    if let Some(v) = v.angka() {
                        lebih(jalur!((here).{p}.nilai[col]), "angka", "figure", col, v);
                    }
                }
                if let Some(sub) = rinci.subjumlah.get(p) {
                    for (col, v) in sub.iter().enumerate() {
                        lebih(
                            jalur!((here).{p}.subjumlah),
                            "subjumlah",
                            "subtotal",
                            col,
                            *v,
                        );
                    }
                }
            }
            if t.jumlah.is_some() {
                let total = &k.hasil.tabel[&(id.clone(), ti)];
                for (col, v) in total.iter().enumerate() {
                    let path = if t.jumlah_tetap.get(col).and_then(|s| s.angka()).is_some() {
                        jalur!((here).jumlah_tetap[col])
                    } else {
                        jalur!((here).jumlah)
                    };
                    lebih(path, "jumlah", "total", col, *v);
                }
            }
        }
    }
}

/// LK104: population totals.
pub fn populasi(k: &Konteks, out: &mut Vec<Temuan>) {
    // Without populasi.yaml (a unit without inmates) there is nothing to add up.
    let Some(pop) = &k.d.data.populasi else {
        return;
    };
    for (tahun, h) in &pop.tahun {
        let sum = calc::populasi::jumlah_penghuni(h);
        if let Some(j) = h.jumlah_tertulis {
            if u64::from(j) != sum {
                out.push(
                    Temuan::baru(
                        Berkas::Populasi,
                        jalur!(tahun.{tahun}.jumlah_tertulis),
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
    let (Some(p), Some(r)) = (&k.d.data.unit.pegawai, &k.hasil.pegawai) else {
        return;
    };
    if r.total != r.total_jenis_kelamin {
        out.push(
            Temuan::baru(
                Berkas::Unit,
                jalur!(pegawai.laki_laki),
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
                    Berkas::Unit,
                    jalur!(pegawai.total_tertulis),
                    "jumlah pegawai tertulis tidak sama dengan jumlah per golongan",
                    "declared staff total differs from the sum per rank",
                )
                .nilai(r.total, t),
            );
        }
    }
}

/// LK107: a budget output counted in `Pegawai` counts the unit's staff.
pub fn volume_pegawai(k: &Konteks, out: &mut Vec<Temuan>) {
    let (Some(staf), Some(a)) = (&k.hasil.pegawai, &k.d.data.anggaran) else {
        return;
    };
    let staf = staf.total;
    for (here, n) in crate::calc::anggaran::telusuri(&a.program) {
        let Some(v) = n
            .volume
            .as_ref()
            .filter(|v| v.satuan.trim().eq_ignore_ascii_case("pegawai"))
        else {
            continue;
        };
        if v.jumlah.get() != Decimal::from(staf) {
            out.push(
                Temuan::baru(
                    Berkas::Anggaran,
                    jalur!((here).volume.jumlah),
                    format!(
                        "volume {} {} Pegawai tidak sama dengan jumlah pegawai ({staf})",
                        n.kode,
                        angka(v.jumlah.get())
                    ),
                    format!(
                        "volume of {} is {} Pegawai, the staff count is {staf}",
                        n.kode,
                        angka(v.jumlah.get())
                    ),
                )
                .nilai(staf, angka(v.jumlah.get())),
            );
        }
    }
}

/// LK109: a capacity of 0 with inmates. Over-capacity is then not
/// computable (never a division by zero), and "berkapasitas hunian 0
/// orang" is no fact: the capacity must be entered.
pub fn kapasitas_nol(k: &Konteks, out: &mut Vec<Temuan>) {
    let Some(p) = &k.d.data.populasi else { return };
    if p.kapasitas != 0 {
        return;
    }
    let Some((tahun, n)) = p
        .tahun
        .iter()
        .map(|(y, h)| {
            (
                *y,
                u64::from(h.narapidana) + u64::from(h.tahanan) + u64::from(h.anak),
            )
        })
        .find(|(_, n)| *n > 0)
    else {
        return;
    };
    out.push(
        Temuan::baru(
            Berkas::Populasi,
            jalur!(kapasitas),
            format!("kapasitas hunian 0 padahal tahun {tahun} ada {n} penghuni; kelebihan kapasitas tidak dapat dihitung. Isi kapasitas hunian resmi"),
            format!("capacity 0 although {tahun} has {n} inmates; over-capacity cannot be computed. Enter the official capacity"),
        )
        .nilai("kapasitas hunian lebih dari 0", "0"),
    );
}

/// LK110: a stock (a row declared `seri: stok`, an end-of-period head
/// count) summed over periods: its value under a `Jumlah`/`Total` column
/// equals the sum of its periods instead of its rule (last value, or the
/// average with `aturan_stok: rata_rata`). One warning at that cell.
pub fn stok_dijumlah(k: &Konteks, out: &mut Vec<Temuan>) {
    let p = k.d.data.laporan.pengaturan.persentase;
    for (id, c) in &k.d.data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            let Some(j) = calc::tabel::kolom_jumlah_periode(t) else {
                continue;
            };
            for (here, b) in calc::tabel::baris_berpath(&t.baris) {
                if b.seri != Some(crate::model::tabel::JenisSeri::Stok) {
                    continue;
                }
                let Some(tertulis) = b.nilai.get(j).and_then(|s| s.angka()) else {
                    continue;
                };
                let v = calc::tabel::nilai_periode(b, Some(j));
                let jumlah: Decimal = v.iter().copied().sum();
                let Some(aturan) = calc::tabel::total_periode(b, Some(j), p) else {
                    continue;
                };
                if v.len() < 2 || tertulis != jumlah || jumlah == aturan {
                    continue;
                }
                let label = b.label.first().cloned().unwrap_or_default();
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        jalur!(indikator.{id}.tabel[ti].{here}.nilai[j]),
                        format!(
                            "\"{label}\" adalah stok (seri: stok), tetapi kolom {} menjumlahkan {} periodenya ({}); stok tidak dijumlahkan: tulis {} (nilai {})",
                            t.kolom[j],
                            v.len(),
                            angka(jumlah),
                            angka(aturan),
                            match b.aturan_stok.unwrap_or_default() {
                                crate::model::tabel::AturanStok::Akhir => "periode terakhir",
                                crate::model::tabel::AturanStok::RataRata => "rata-rata periode",
                            }
                        ),
                        format!(
                            "\"{label}\" is a stock (seri: stok), but column {} sums its {} periods ({jumlah}); a stock is not summed: write {aturan}",
                            t.kolom[j],
                            v.len()
                        ),
                    )
                    .nilai(angka(aturan), angka(jumlah)),
                );
            }
        }
    }
}

/// LK111: computed period columns (`kolom_hitung`) only in a count table,
/// and never beside a typed column of the same name: the period total is
/// then typed twice and may disagree with the one lkjip computes.
pub fn kolom_hitung(k: &Konteks, out: &mut Vec<Temuan>) {
    for (id, c) in &k.d.data.capaian.indikator {
        for (ti, t) in c.tabel.iter().enumerate() {
            if t.kolom_hitung.is_empty() {
                continue;
            }
            let here = jalur!(indikator.{id}.tabel[ti]);
            if t.jenis != crate::model::tabel::JenisTabel::Hitungan {
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        jalur!((here).kolom_hitung),
                        format!(
                            "tabel \"{}\" bukan tabel hitungan, jadi kolom Jumlah/Rata-rata tidak dapat dihitung; hapus kolom_hitung atau ubah jenisnya menjadi hitungan",
                            t.judul
                        ),
                        format!(
                            "table \"{}\" is not a count table, so Jumlah/Rata-rata columns cannot be computed; remove kolom_hitung or make it jenis: hitungan",
                            t.judul
                        ),
                    )
                    .nilai("jenis: hitungan", format!("{:?}", t.jenis).to_lowercase()),
                );
                continue;
            }
            for (ki, kh) in t.kolom_hitung.iter().enumerate() {
                let nama = match kh {
                    crate::model::tabel::KolomHitung::Jumlah => {
                        &["jumlah", "total", "jml", "jml."][..]
                    }
                    crate::model::tabel::KolomHitung::RataRata => {
                        &["rata-rata", "rata rata", "rerata"][..]
                    }
                };
                let Some(j) = t
                    .kolom
                    .iter()
                    .position(|k| nama.contains(&k.trim().to_lowercase().as_str()))
                else {
                    continue;
                };
                out.push(
                    Temuan::baru(
                        Berkas::Capaian,
                        jalur!((here).kolom[j]),
                        format!(
                            "kolom \"{}\" pada tabel \"{}\" ditulis, padahal kolom_hitung[{ki}] menghitungnya; hapus kolom itu dan nilainya dari setiap baris",
                            t.kolom[j], t.judul
                        ),
                        format!(
                            "column \"{}\" of table \"{}\" is typed although kolom_hitung[{ki}] computes it; remove the column and its value from every row",
                            t.kolom[j], t.judul
                        ),
                    ),
                );
            }
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
            d.anggaran.as_mut().unwrap().program[1].rincian[0].rincian[0].realisasi =
                Some(rp("4362114022"))
        });
        let t = temuan(&d, pohon_anggaran);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].path, "program[1].rincian[0].rincian[0].realisasi");
        assert_eq!(t[0].ditemukan.as_deref(), Some("4.362.114.022"));
    }

    #[test]
    fn lk102_jenis_belanja() {
        assert!(temuan(data_2023(), jenis_belanja).is_empty());
        // The published Belanja Pegawai: one finding, at the row, against component 001.
        let d = ubah(|d| {
            d.anggaran.as_mut().unwrap().jenis_belanja[0].realisasi = rp("3601507881");
            d.anggaran.as_mut().unwrap().jumlah_jenis_belanja_tertulis =
                Some(crate::model::anggaran::Jumlah {
                    pagu: rp("6946743000"),
                    realisasi: rp("6904019875"),
                });
        });
        assert_eq!(
            ringkas(&temuan(&d, jenis_belanja)),
            [(
                "jenis_belanja[0].realisasi",
                "3.601.508.162",
                "3.601.507.881"
            )]
        );
        // A row without a matching node: the total is named.
        let d =
            ubah(|d| d.anggaran.as_mut().unwrap().jenis_belanja[1].realisasi = rp("2977098000"));
        assert_eq!(
            ringkas(&temuan(&d, jenis_belanja)),
            [("jenis_belanja", "6.904.019.875", "6.904.019.732")]
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
    fn lk103_subtotals_and_distinct_totals() {
        use crate::model::tabel::Sel;
        let d = ubah(|d| {
            let t = &mut d.capaian.indikator.get_mut("sk2-ikk1").unwrap().tabel[0];
            t.baris[0].subjumlah_tertulis = vec![
                Sel::Angka(a("188")),
                Sel::Angka(a("171")),
                Sel::Angka(a("166")),
            ];
            t.jumlah_tetap = vec![
                Sel::Angka(a("100")),
                Sel::Angka(a("171")),
                Sel::Angka(a("999")),
            ];
        });
        let got = temuan(&d, tabel);
        assert_eq!(
            ringkas(&got),
            [
                (
                    "indikator.sk2-ikk1.tabel[0].baris[0].subjumlah_tertulis[2]",
                    "165",
                    "166"
                ),
                ("indikator.sk2-ikk1.tabel[0].jumlah_tetap[0]", "120", "100"),
                ("indikator.sk2-ikk1.tabel[0].jumlah_tetap[2]", "330", "999"),
            ]
        );
    }

    #[test]
    fn lk106_people_within_population() {
        assert!(temuan(data_2023(), orang_tabel).is_empty());
        // The total as a sum of participations: 343 / 334 / 330 people.
        let d = ubah(|d| {
            let t = &mut d.capaian.indikator.get_mut("sk2-ikk1").unwrap().tabel[0];
            t.jumlah_tetap.clear();
        });
        assert_eq!(
            ringkas(&temuan(&d, orang_tabel)),
            [
                ("indikator.sk2-ikk1.tabel[0].jumlah", "≤ 188", "343"),
                ("indikator.sk2-ikk1.tabel[0].jumlah", "≤ 171", "334"),
                ("indikator.sk2-ikk1.tabel[0].jumlah", "≤ 165", "330"),
            ]
        );
        // A cell above the population.
        let d = ubah(|d| {
            let t = &mut d.capaian.indikator.get_mut("sk2-ikk1").unwrap().tabel[0];
            t.baris[2].rinci[0].nilai[2] = crate::model::tabel::Sel::Angka(a("166"));
        });
        assert_eq!(
            ringkas(&temuan(&d, orang_tabel)),
            [
                (
                    "indikator.sk2-ikk1.tabel[0].baris[2].subjumlah",
                    "≤ 165",
                    "253"
                ),
                (
                    "indikator.sk2-ikk1.tabel[0].baris[2].rinci[0].nilai[2]",
                    "≤ 165",
                    "166"
                ),
            ]
        );
    }

    #[test]
    fn lk104_population() {
        assert!(temuan(data_2023(), populasi).is_empty());
        let d = ubah(|d| {
            let p = d.populasi.as_mut().unwrap();
            p.tahun.get_mut(&2023).unwrap().jumlah_tertulis = Some(190);
        });
        assert_eq!(temuan(&d, populasi)[0].ditemukan.as_deref(), Some("190"));
        // Without populasi.yaml there is nothing to add up.
        assert!(temuan(&ubah(|d| d.populasi = None), populasi).is_empty());
    }

    #[test]
    fn lk105_staff() {
        assert!(temuan(data_2023(), pegawai).is_empty());
        let d = ubah(|d| d.unit.pegawai.as_mut().unwrap().total_tertulis = Some(55));
        let t = temuan(&d, pegawai);
        assert_eq!(
            (t[0].diharapkan.as_deref(), t[0].ditemukan.as_deref()),
            (Some("58"), Some("55"))
        );
        let d = ubah(|d| d.unit.pegawai.as_mut().unwrap().perempuan = 6);
        assert_eq!(temuan(&d, pegawai)[0].path, "pegawai.laki_laki");
    }

    #[test]
    fn lk107_staff_volume() {
        // data/2023 keeps the DIPA's 59 Pegawai against 58 staff (KOREKSI.md).
        assert_eq!(
            ringkas(&temuan(data_2023(), volume_pegawai)),
            [
                ("program[1].rincian[0].rincian[2].volume.jumlah", "58", "59"),
                (
                    "program[1].rincian[0].rincian[2].rincian[0].volume.jumlah",
                    "58",
                    "59"
                ),
            ]
        );
        let d = ubah(|d| {
            let n = &mut d.anggaran.as_mut().unwrap().program[1].rincian[0].rincian[2];
            n.volume.as_mut().unwrap().jumlah = a("58");
            n.rincian[0].volume.as_mut().unwrap().jumlah = a("58");
        });
        assert!(temuan(&d, volume_pegawai).is_empty());
    }

    #[test]
    fn lk109_zero_capacity_with_inmates() {
        assert!(temuan(data_2023(), kapasitas_nol).is_empty());
        let d = ubah(|d| d.populasi.as_mut().unwrap().kapasitas = 0);
        assert_eq!(
            ringkas(&temuan(&d, kapasitas_nol)),
            vec![("kapasitas", "kapasitas hunian lebih dari 0", "0")]
        );
        let d = ubah(|d| {
            let p = d.populasi.as_mut().unwrap();
            p.kapasitas = 0;
            p.tahun.clear();
        });
        assert!(temuan(&d, kapasitas_nol).is_empty());
    }

    /// A monthly table of a stock row, its Jumlah column written as `jumlah`.
    fn stok(seri: &str, jumlah: &str) -> crate::load::Dimuat {
        let yaml = format!(
            "judul: Penghuni Akhir Bulan\njenis: hitungan\nkolom_label: [Uraian]\nkolom: [Jan, Feb, Mar, Apr, Mei, Jumlah]\nbaris:\n  - label: [Penghuni]\n    seri: {seri}\n    nilai: [1, 1, 1, 1, 1, {jumlah}]\n"
        );
        let t: crate::model::tabel::Tabel = serde_yaml::from_str(&yaml).unwrap();
        ubah(|d| {
            d.capaian
                .indikator
                .get_mut("sk1-ikk2")
                .unwrap()
                .tabel
                .push(t)
        })
    }

    #[test]
    fn lk110_stock_not_summed_over_periods() {
        assert!(temuan(data_2023(), stok_dijumlah).is_empty());
        // 1 + 1 + 1 + 1 + 1 = "5" head count: caught at the cell.
        let t = temuan(&stok("stok", "5"), stok_dijumlah);
        let n = data_2023().data.capaian.indikator["sk1-ikk2"].tabel.len();
        let path = format!("indikator.sk1-ikk2.tabel[{n}].baris[0].nilai[5]");
        assert_eq!(ringkas(&t), vec![(path.as_str(), "1", "5")]);
        // The last value is the stock's total; a flow adds up.
        assert!(temuan(&stok("stok", "1"), stok_dijumlah).is_empty());
        assert!(temuan(&stok("arus", "5"), stok_dijumlah).is_empty());
    }
}
