//! Comparisons of an indicator's result (Bab III A, parts 2 and 3): with
//! earlier years, and with the Renstra's medium-term targets. The wording
//! is in `templates/bab3/indikator.typ`.

use rust_decimal::Decimal;

use crate::calc::hasil::TahunLalu as TahunLaluHasil;
use crate::calc::{Nilai, capaian::HasilIndikator};
use crate::model::capaian::CapaianIndikator;
use crate::model::pk::Indikator;
use crate::render::markup::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};
use crate::render::view::{Konteks, md};

/// Part 2: comparison with earlier years.
#[derive(Debug)]
pub struct TahunLalu {
    /// The previous year.
    pub tahun_lalu: i32,
    /// The previous year's figures, when recorded.
    pub sebelum: Option<Sebelum>,
    /// Table of every recorded year and this one, when any is recorded.
    pub tabel: Option<Markup>,
    /// The unit's analysis (may be empty).
    pub analisis: Markup,
}

/// The previous year's figures, formatted.
#[derive(Debug)]
pub struct Sebelum {
    /// Its year.
    pub tahun: i32,
    /// Target, when recorded.
    pub target: Option<String>,
    /// Realisasi (`N/A` when not computable), when recorded.
    pub realisasi: Option<String>,
    /// Capaian.
    pub capaian: String,
    /// How this year's capaian compares.
    pub banding: Banding,
}

/// This year's capaian against the previous year's.
#[derive(Debug)]
pub enum Banding {
    /// Equal.
    Sama,
    /// Higher, by this many percentage points.
    Naik(String),
    /// Lower, by this many percentage points.
    Turun(String),
    /// One of them cannot be computed.
    TidakDapat,
}

/// Part 2 of an indicator: its result against earlier years.
pub(super) fn tahun_lalu(
    k: &Konteks,
    ind: &Indikator,
    c: Option<&CapaianIndikator>,
    h: &HasilIndikator,
) -> TahunLalu {
    let tahun = k.d.data.laporan.tahun;
    let hasil_banding = k.hasil.banding(&ind.id);
    let riwayat: Vec<(i32, &TahunLaluHasil)> = hasil_banding
        .map(|b| b.riwayat.iter().map(|(y, t)| (*y, t)).collect())
        .unwrap_or_default();
    let sebelum = riwayat
        .iter()
        .rev()
        .find(|(y, _)| *y == tahun - 1)
        .map(|(y, lalu)| {
            let (r, cap_lalu) = (&lalu.riwayat, &lalu.capaian);
            let target = r.target.map(|t| k.bersatuan(t.get(), &ind.satuan));
            let realisasi = match (cap_lalu, r.realisasi) {
                (Nilai::TidakDapatDihitung(_), _) => Some("N/A".to_string()),
                (_, Some(v)) => Some(k.bersatuan(v.get(), &ind.satuan)),
                _ => None,
            };
            let banding = match hasil_banding.and_then(|b| b.perubahan) {
                Some(selisih) => {
                    if selisih.is_zero() {
                        Banding::Sama
                    } else if selisih > Decimal::ZERO {
                        Banding::Naik(k.angka(selisih.abs()))
                    } else {
                        Banding::Turun(k.angka(selisih.abs()))
                    }
                }
                _ => Banding::TidakDapat,
            };
            Sebelum {
                tahun: *y,
                target,
                realisasi,
                capaian: k.persen(cap_lalu),
                banding,
            }
        });
    let tabel = (!riwayat.is_empty()).then(|| {
        let mut t = TabelTyp::berkepala(&[
            ("Tahun", "auto", Rata::Tengah),
            ("Target", "1fr", Rata::Tengah),
            ("Realisasi", "1fr", Rata::Tengah),
            ("Capaian", "1fr", Rata::Tengah),
        ]);
        for (y, lalu) in &riwayat {
            let (r, cap) = (&lalu.riwayat, &lalu.capaian);
            let real = match (cap, r.realisasi) {
                (Nilai::TidakDapatDihitung(_), _) => "N/A".into(),
                (_, Some(v)) => k.bersatuan(v.get(), &ind.satuan),
                _ => "–".into(),
            };
            t.isi.push(vec![
                Sel::teks(&y.to_string()),
                Sel::teks(
                    &r.target
                        .map(|v| k.bersatuan(v.get(), &ind.satuan))
                        .unwrap_or_else(|| "–".into()),
                ),
                Sel::teks(&real),
                Sel::teks(&k.persen(cap)),
            ]);
        }
        t.isi.push(vec![
            Sel::teks(&tahun.to_string()),
            Sel::teks(&k.target(ind)),
            Sel::teks(&k.realisasi(ind, &h.realisasi)),
            Sel::teks(&k.persen(&h.capaian)),
        ]);
        t.markup()
    });
    TahunLalu {
        tahun_lalu: tahun - 1,
        sebelum,
        tabel,
        analisis: c
            .and_then(|c| c.analisis.tahun_lalu.as_ref())
            .map(md)
            .unwrap_or_default(),
    }
}

/// Part 3: comparison with the Renstra's medium-term targets.
#[derive(Debug)]
pub struct Renstra {
    /// The Renstra's period (`2020–2024`).
    pub periode: String,
    /// The indicator's targets, when the Renstra sets any.
    pub target: Option<TargetRenstra>,
    /// The unit's analysis (may be empty).
    pub analisis: Markup,
}

/// The Renstra's targets for an indicator.
#[derive(Debug)]
pub struct TargetRenstra {
    /// This year's target and the result against it, when set.
    pub tahun_ini: Option<TahunIniRenstra>,
    /// Table of the targets per year.
    pub tabel: Markup,
}

/// This year's result against the Renstra target.
#[derive(Debug)]
pub struct TahunIniRenstra {
    /// The Renstra target.
    pub target: String,
    /// This year's realisasi, when it is a number; `None` when it is not
    /// computable (N/A) or not entered (see `realisasi_na`).
    pub realisasi: Option<String>,
    /// Whether a missing realisasi is N/A (not computable) rather than not entered.
    pub realisasi_na: bool,
    /// Capaian against the Renstra target.
    pub capaian: String,
    /// `Some(true)` when reached, `None` when it cannot be compared.
    pub tercapai: Option<bool>,
}

/// Part 3 of an indicator: its result against the Renstra targets.
pub(super) fn renstra(
    k: &Konteks,
    r: &crate::model::renstra::Renstra,
    ind: &Indikator,
    c: Option<&CapaianIndikator>,
    h: &HasilIndikator,
) -> Renstra {
    let data = &k.d.data;
    let tahun = data.laporan.tahun;
    let target = r.target_jangka_menengah.get(&ind.id).map(|targets| {
        let tahun_ini = targets.get(&tahun).map(|tr| {
            let cr = k
                .hasil
                .banding(&ind.id)
                .and_then(|b| b.renstra.as_ref())
                .map(|b| b.capaian.clone())
                .unwrap_or(Nilai::BelumDiisi);
            TahunIniRenstra {
                target: k.bersatuan(tr.get(), &ind.satuan),
                realisasi: h.realisasi.ada().map(|_| k.realisasi(ind, &h.realisasi)),
                realisasi_na: matches!(h.realisasi, Nilai::TidakDapatDihitung(_)),
                capaian: k.persen(&cr),
                tercapai: cr.ada().map(|v| v >= Decimal::ONE_HUNDRED),
            }
        });
        let mut cols = vec![kolom("1fr", Rata::Kiri)];
        cols.extend(targets.keys().map(|_| kolom("auto", Rata::Tengah)));
        let mut t = TabelTyp::baru(cols);
        t.kepala.push(vec![
            Sel::teks("Indikator").tinggi(2),
            Sel::teks("Target").lebar(targets.len() as u32),
        ]);
        t.kepala
            .push(targets.keys().map(|y| Sel::teks(&y.to_string())).collect());
        let mut row = vec![Sel::teks(&ind.nama)];
        row.extend(
            targets
                .values()
                .map(|v| Sel::teks(&k.bersatuan(v.get(), &ind.satuan))),
        );
        t.isi.push(row);
        TargetRenstra {
            tahun_ini,
            tabel: t.markup(),
        }
    });
    Renstra {
        periode: crate::format::rentang_tahun(r.periode_awal, r.periode_akhir),
        target,
        analisis: c
            .and_then(|c| c.analisis.renstra.as_ref())
            .map(md)
            .unwrap_or_default(),
    }
}
