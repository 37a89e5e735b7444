//! Budget figures: pagu, realisasi, sisa and penyerapan for every node of
//! the programme tree (parents summed from leaves), per jenis belanja, and
//! the layanan perkantoran components.

use crate::diag::Jalur;
use crate::jalur;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{Nilai, persen};
use crate::model::anggaran::{Anggaran, JenisBelanja, Node, Tingkat, Volume};
use crate::model::laporan::Pembulatan;

/// Pagu, realisasi, what is left, and the absorption rate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Serapan {
    /// Ceiling.
    pub pagu: Decimal,
    /// Spending.
    pub realisasi: Decimal,
    /// pagu − realisasi.
    pub sisa: Decimal,
    /// realisasi / pagu × 100, rounded; not computable for a zero pagu.
    pub persen: Nilai,
}

/// Absorption of one budget line.
pub fn serapan(pagu: Decimal, realisasi: Decimal, p: Pembulatan) -> Serapan {
    Serapan {
        pagu,
        realisasi,
        sisa: pagu - realisasi,
        persen: match persen(realisasi, pagu, p) {
            Some(v) => Nilai::Ada(v),
            None => Nilai::TidakDapatDihitung("pagu bernilai nol".into()),
        },
    }
}

/// Pagu and realisasi of a node: its own at a leaf, its children's sums
/// otherwise (declared parent figures are for checking only).
pub fn jumlah_node(node: &Node) -> (Decimal, Decimal) {
    if node.rincian.is_empty() {
        return (
            node.pagu.map(|r| r.get()).unwrap_or_default(),
            node.realisasi.map(|r| r.get()).unwrap_or_default(),
        );
    }
    node.rincian
        .iter()
        .map(jumlah_node)
        .fold((Decimal::ZERO, Decimal::ZERO), |(p, r), (a, b)| {
            (p + a, r + b)
        })
}

/// One row of the flattened budget tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarisAnggaran<'a> {
    /// Level.
    pub tingkat: Tingkat,
    /// Code.
    pub kode: &'a str,
    /// Name.
    pub nama: &'a str,
    /// Output volume.
    pub volume: Option<&'a Volume>,
    /// Computed figures.
    pub serapan: Serapan,
}

/// Every node of the programme tree with its YAML path
/// (`program[0].rincian[1]`), each node followed by its children: the one
/// walker of the budget tree.
pub fn telusuri(program: &[Node]) -> Vec<(Jalur, &Node)> {
    fn walk<'a>(nodes: &'a [Node], path: &Jalur, out: &mut Vec<(Jalur, &'a Node)>) {
        for (i, n) in nodes.iter().enumerate() {
            let here = jalur!((path)[i]);
            out.push((here.clone(), n));
            walk(&n.rincian, &jalur!((here).rincian), out);
        }
    }
    let mut out = Vec::new();
    walk(program, &jalur!(program), &mut out);
    out
}

/// The tree in display order (each node followed by its children), down to
/// and including `sampai`, each node with its figures from `pohon` (the
/// computed [`crate::calc::hasil::Hasil::pohon_anggaran`], by path).
pub fn rincian<'a>(
    anggaran: &'a Anggaran,
    pohon: &BTreeMap<Jalur, Serapan>,
    sampai: Tingkat,
) -> Vec<BarisAnggaran<'a>> {
    // A node below `sampai` hides its subtree too: levels only deepen.
    telusuri(&anggaran.program)
        .into_iter()
        .filter(|(_, n)| n.tingkat <= sampai)
        .filter_map(|(path, n)| {
            Some(BarisAnggaran {
                tingkat: n.tingkat,
                kode: &n.kode,
                nama: &n.nama,
                volume: n.volume.as_ref(),
                serapan: pohon.get(&path)?.clone(),
            })
        })
        .collect()
}

/// Figures of every node of the tree by YAML path: leaves their own,
/// parents summed from their leaves.
pub fn pohon(anggaran: &Anggaran, p: Pembulatan) -> BTreeMap<Jalur, Serapan> {
    telusuri(&anggaran.program)
        .into_iter()
        .map(|(path, n)| {
            let (pagu, realisasi) = jumlah_node(n);
            (path, serapan(pagu, realisasi, p))
        })
        .collect()
}

/// The DIPA node (a programme, or an activity) that a PK budget line
/// budgets: the node with the line's `kode` when it names one, otherwise
/// the programme whose name has the same words (in any order, ignoring
/// case) as the line's programme.
pub fn node_pk<'a>(anggaran: &'a Anggaran, a: &crate::model::pk::AnggaranPk) -> Option<&'a Node> {
    if let Some(kode) = &a.kode {
        return cari(&anggaran.program, kode);
    }
    fn kata(s: &str) -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        w.sort();
        w
    }
    let want = kata(&a.program);
    anggaran
        .program
        .iter()
        .find(|n| n.tingkat == Tingkat::Program && kata(&n.nama) == want)
}

/// For each jenis belanja row, the one leaf or node of the budget tree with
/// the same pagu, when exactly one has it (Belanja Pegawai and component 001
/// Gaji dan Tunjangan; Belanja Modal and its RO): (path in `anggaran.yaml`,
/// code, pagu, realisasi).
pub fn padanan_jenis_belanja(
    anggaran: &Anggaran,
) -> Vec<Option<(Jalur, String, Decimal, Decimal)>> {
    fn walk(nodes: &[Node], path: &Jalur, out: &mut Vec<(Jalur, String, Decimal, Decimal)>) {
        for (i, n) in nodes.iter().enumerate() {
            let here = jalur!((path)[i]);
            let (p, r) = jumlah_node(n);
            out.push((here.clone(), n.kode.clone(), p, r));
            walk(&n.rincian, &jalur!((here).rincian), out);
        }
    }
    let mut nodes = Vec::new();
    walk(&anggaran.program, &jalur!(program), &mut nodes);
    anggaran
        .jenis_belanja
        .iter()
        .map(|j| {
            let pagu = j.pagu?.get();
            let same: Vec<_> = nodes.iter().filter(|n| n.2 == pagu).collect();
            // A chain of single children shares one pagu; take the deepest.
            let deepest = same.iter().max_by_key(|n| n.0.segmen().len())?;
            same.iter()
                .all(|n| deepest.0.di_bawah(&n.0))
                .then(|| (*deepest).clone())
        })
        .collect()
}

/// The whole budget.
pub fn total(anggaran: &Anggaran, p: Pembulatan) -> Serapan {
    let (pagu, realisasi) = anggaran
        .program
        .iter()
        .map(jumlah_node)
        .fold((Decimal::ZERO, Decimal::ZERO), |(a, b), (c, d)| {
            (a + c, b + d)
        });
    serapan(pagu, realisasi, p)
}

/// Figures per jenis belanja, and their total.
pub fn per_jenis_belanja(jenis: &[JenisBelanja], p: Pembulatan) -> (Vec<Serapan>, Serapan) {
    let rows: Vec<Serapan> = jenis
        .iter()
        .map(|j| {
            serapan(
                j.pagu.map(|r| r.get()).unwrap_or_default(),
                j.realisasi.get(),
                p,
            )
        })
        .collect();
    let pagu = rows.iter().map(|s| s.pagu).sum();
    let realisasi = rows.iter().map(|s| s.realisasi).sum();
    (rows, serapan(pagu, realisasi, p))
}

/// Finds a node by code anywhere in the tree.
pub fn cari<'a>(nodes: &'a [Node], kode: &str) -> Option<&'a Node> {
    nodes.iter().find_map(|n| {
        if n.kode == kode {
            Some(n)
        } else {
            cari(&n.rincian, kode)
        }
    })
}

/// Layanan perkantoran: the components of the configured RO with their
/// figures from `pohon`, and the RO's own.
pub fn layanan_perkantoran<'a>(
    anggaran: &'a Anggaran,
    pohon: &BTreeMap<Jalur, Serapan>,
) -> Option<(Vec<(&'a Node, Serapan)>, Serapan)> {
    let kode = anggaran.ro_layanan_perkantoran.as_deref()?;
    let (path, ro) = telusuri(&anggaran.program)
        .into_iter()
        .find(|(_, n)| n.kode == kode)?;
    let rows = ro
        .rincian
        .iter()
        .enumerate()
        .filter_map(|(i, k)| Some((k, pohon.get(&jalur!((path).rincian[i]))?.clone())))
        .collect();
    Some((rows, pohon.get(&path)?.clone()))
}

/// One row of the efficiency table: the budget of a result beside its
/// capaian.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Efisiensi {
    /// Indicator id.
    pub id: String,
    /// Its budget's absorption.
    pub serapan: Serapan,
    /// Its capaian.
    pub capaian: Nilai,
    /// Capaian minus absorption in percentage points, when both are known:
    /// at or above 0 the result came at no more than its share of budget.
    pub selisih: Option<Decimal>,
}

/// The efficiency rows of every indicator with a budget, in PK order.
pub fn efisiensi(
    data: &crate::model::DataLaporan,
    indikator: &std::collections::BTreeMap<String, super::capaian::HasilIndikator>,
    p: Pembulatan,
) -> Vec<Efisiensi> {
    data.indikator()
        .filter_map(|(_, ind)| {
            let a = data.capaian.indikator.get(&ind.id)?.anggaran?;
            let serapan = serapan(a.pagu.get(), a.realisasi.get(), p);
            let capaian = indikator.get(&ind.id)?.capaian.clone();
            let selisih = match (&capaian, &serapan.persen) {
                (Nilai::Ada(c), Nilai::Ada(s)) => c.checked_sub(*s),
                _ => None,
            };
            Some(Efisiensi {
                id: ind.id.clone(),
                serapan,
                capaian,
                selisih,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::*;
    use super::*;
    use crate::model::num::Rupiah;

    fn leaf(kode: &str, pagu: &str, realisasi: &str) -> Node {
        Node {
            tingkat: Tingkat::Ro,
            kode: kode.into(),
            nama: kode.into(),
            volume: None,
            pagu: Some(Rupiah(d(pagu))),
            realisasi: Some(Rupiah(d(realisasi))),
            rincian: vec![],
        }
    }

    fn parent(tingkat: Tingkat, kode: &str, rincian: Vec<Node>) -> Node {
        Node {
            tingkat,
            kode: kode.into(),
            nama: kode.into(),
            volume: None,
            pagu: None,
            realisasi: None,
            rincian,
        }
    }

    #[test]
    fn walker_gives_yaml_paths_in_display_order() {
        let tree = vec![
            parent(
                Tingkat::Program,
                "WA",
                vec![parent(
                    Tingkat::Kegiatan,
                    "6231",
                    vec![leaf("994", "10", "9")],
                )],
            ),
            leaf("EBA", "5", "5"),
        ];
        let paths: Vec<(String, &str)> = telusuri(&tree)
            .into_iter()
            .map(|(p, n)| (p.to_string(), n.kode.as_str()))
            .collect();
        assert_eq!(
            paths,
            vec![
                ("program[0]".to_string(), "WA"),
                ("program[0].rincian[0]".to_string(), "6231"),
                ("program[0].rincian[0].rincian[0]".to_string(), "994"),
                ("program[1]".to_string(), "EBA"),
            ]
        );
    }

    #[test]
    fn penyerapan_reference() {
        let s = serapan(d("6946743000"), d("6904019875"), half_up(2));
        assert_eq!(s.persen, Nilai::Ada(d("99.38")));
        assert_eq!(s.sisa, d("42723125"));
        // Belanja Pegawai: 99,2493 → 99,25 half-up.
        let s = serapan(d("3628749000"), d("3601508162"), half_up(2));
        assert_eq!(s.persen, Nilai::Ada(d("99.25")));
        let s = serapan(d("0"), d("0"), half_up(2));
        assert!(matches!(s.persen, Nilai::TidakDapatDihitung(_)));
    }

    #[test]
    fn parents_are_sums_of_leaves() {
        // KRO 6231.EBD: the reference prints realisasi 57.658.500; its ROs sum to 68.888.500.
        let kro = parent(
            Tingkat::Kro,
            "6231.EBD",
            vec![
                leaf("6231.EBD.952", "13000000", "11770000"),
                leaf("6231.EBD.953", "29000000", "27338500"),
                leaf("6231.EBD.955", "13190000", "13187500"),
                leaf("6231.EBD.961", "16600000", "16592500"),
            ],
        );
        assert_eq!(jumlah_node(&kro), (d("71790000"), d("68888500")));
        let anggaran = Anggaran {
            program: vec![parent(Tingkat::Program, "WA", vec![kro])],
            jenis_belanja: vec![],
            jumlah_jenis_belanja_tertulis: None,
            ro_layanan_perkantoran: None,
            riwayat_jenis_belanja: Default::default(),
            pengantar: Default::default(),
            uraian_grafik: None,
            uraian_kro: None,
        };
        let figures = pohon(&anggaran, half_up(2));
        let rows = rincian(&anggaran, &figures, Tingkat::Kro);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].serapan.realisasi, d("68888500"));
        let all = rincian(&anggaran, &figures, Tingkat::Komponen);
        assert_eq!(all.len(), 6);
        assert_eq!(total(&anggaran, half_up(2)).pagu, d("71790000"));
    }

    #[test]
    fn jenis_belanja_totals() {
        let j = |nama: &str, pagu: &str, realisasi: &str| JenisBelanja {
            kode: None,
            nama: nama.into(),
            pagu: Some(Rupiah(d(pagu))),
            realisasi: Rupiah(d(realisasi)),
        };
        let (rows, sum) = per_jenis_belanja(
            &[
                j("Belanja Pegawai", "3628749000", "3601508162"),
                j("Belanja Barang", "2992455000", "2977098143"),
                j("Belanja Modal", "325539000", "325413570"),
            ],
            half_up(2),
        );
        assert_eq!(rows[1].persen, Nilai::Ada(d("99.49")));
        assert_eq!(rows[2].persen, Nilai::Ada(d("99.96")));
        assert_eq!(sum.pagu, d("6946743000"));
        assert_eq!(sum.realisasi, d("6904019875"));
        assert_eq!(sum.persen, Nilai::Ada(d("99.38")));
    }
}
