//! The budget beside each result, for criterion 3.2.8 ("sumber daya
//! dikaitkan dengan hasil").
//!
//! Today the data links budget to results through the programme: the PK's
//! budget lines (`pk.yaml: anggaran`, matched to DIPA programmes in
//! [`crate::calc::hasil::Hasil::pagu_dipa_pk`]) and each indicator's
//! analysis of the programmes and activities behind its result
//! (`analisis.program`). A budget kept per indicator
//! (`capaian.yaml: indikator.*.anggaran`) is found first in
//! [`anggaran_hasil`] as [`AnggaranHasil::Sendiri`].

use rust_decimal::Decimal;

use crate::Laporan;

/// Where the budget beside one result comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnggaranHasil {
    /// A budget of the result itself, with its spending
    /// (`capaian.yaml: indikator.*.anggaran`).
    Sendiri {
        /// Ceiling.
        pagu: Decimal,
        /// Spending.
        realisasi: Decimal,
    },
    /// The PK's programme budget, every line matched to a DIPA programme
    /// (so Bab III B prints its pagu and realisasi), named by the result's
    /// analysis of supporting programmes and activities.
    Program {
        /// The PK budget lines (`pk.yaml: anggaran`, by index).
        baris_pk: Vec<usize>,
        /// Their DIPA ceiling, summed.
        pagu_dipa: Decimal,
    },
}

/// The budget beside indicator `id`'s result, if the report gives one.
pub fn anggaran_hasil(l: &Laporan, id: &str) -> Option<AnggaranHasil> {
    let data = &l.dimuat.data;
    let c = data.capaian.indikator.get(id)?;
    // A budget of the result itself comes first.
    if let Some(a) = c.anggaran {
        return Some(AnggaranHasil::Sendiri {
            pagu: a.pagu.get(),
            realisasi: a.realisasi.get(),
        });
    }
    let program = c
        .analisis
        .program
        .as_ref()
        .is_some_and(|m| super::kriteria::terisi(m.as_str()));
    let pagu: Option<Vec<Decimal>> = l.hasil.pagu_dipa_pk.iter().copied().collect();
    match pagu {
        Some(p)
            if program
                && !p.is_empty()
                && l.hasil.anggaran.as_ref().is_some_and(|a| !a.pagu.is_zero()) =>
        {
            Some(AnggaranHasil::Program {
                baris_pk: (0..p.len()).collect(),
                pagu_dipa: p.iter().sum(),
            })
        }
        _ => None,
    }
}
