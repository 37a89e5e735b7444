//! Bab II Perencanaan Kinerja. The wording is in `templates/bab2.typ`.

use super::{Konteks, md};
use crate::render::markdown::Markup;
use crate::render::tabel::{Rata, Sel, TabelTyp, kolom};

/// Bab II content.
#[derive(Debug)]
pub struct Bab2 {
    /// Report year.
    pub tahun: i32,
    /// A. The Renstra, when the folder has `renstra.yaml`.
    pub renstra: Option<RenstraView>,
    /// A. Activity goals.
    pub sasaran_kegiatan: Vec<String>,
    /// B. Text before the PK table.
    pub pengantar_pk: Markup,
    /// B. PK table (sasaran, indicators, targets).
    pub tabel_pk: Markup,
    /// B. PK budget table.
    pub tabel_anggaran_pk: Option<Markup>,
}

/// Bab II A, from `renstra.yaml`.
#[derive(Debug)]
pub struct RenstraView {
    /// Text before the vision.
    pub pengantar: Markup,
    /// The vision.
    pub visi: String,
    /// Text before the missions.
    pub pengantar_misi: Markup,
    /// Missions.
    pub misi: Vec<String>,
    /// Aims and values.
    pub tujuan_dan_nilai: Markup,
    /// Text before the strategic goals.
    pub pengantar_sasaran_strategis: Markup,
    /// Strategic goals.
    pub sasaran_strategis: Vec<String>,
    /// Text before the activity goals.
    pub pengantar_sasaran_kegiatan: Markup,
    /// Text before the policies.
    pub pengantar_kebijakan: Markup,
    /// Policies.
    pub kebijakan: Vec<String>,
}

/// The PK table: goals spanning their indicators.
pub(super) fn tabel_pk(k: &Konteks) -> TabelTyp {
    let istilah = k.d.data.unit.istilah();
    let mut cols = super::kolom_sasaran();
    cols.push(kolom("auto", Rata::Tengah));
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(
        ["No", &istilah.sasaran, &istilah.indikator, "Target"]
            .map(|s| Sel::teks(s))
            .to_vec(),
    );
    super::baris_per_indikator(k, &mut t, |ind| vec![Sel::teks(&k.target(ind))]);
    t
}

/// The PK budget table: programme and activity with their amounts. With
/// `dengan_dipa`, and when a line differs from the DIPA pagu of its
/// programme, a second column shows the DIPA pagu beside the signed amount,
/// so the chapter reconciles with Bab III B.
pub(super) fn tabel_anggaran_pk(k: &Konteks, dengan_dipa: bool) -> TabelTyp {
    let pk = &k.d.data.pk.anggaran;
    let dipa = &k.hasil.pagu_dipa_pk;
    let dua = dengan_dipa
        && pk
            .iter()
            .zip(dipa)
            .any(|(a, d)| d.is_some_and(|d| d != a.pagu.get()));
    let mut cols = vec![kolom("1fr", Rata::Kiri), kolom("auto", Rata::Kanan)];
    let mut head = vec![Sel::teks("Program / Kegiatan"), Sel::teks("Anggaran")];
    if dua {
        cols.push(kolom("auto", Rata::Kanan));
        head = vec![
            Sel::teks("Program / Kegiatan"),
            Sel::teks("Anggaran Perjanjian Kinerja"),
            Sel::teks("Pagu DIPA"),
        ];
    }
    let mut t = TabelTyp::baru(cols);
    t.kepala.push(head);
    let dipa_sel = |i: usize| {
        Sel::teks(
            &dipa
                .get(i)
                .copied()
                .flatten()
                .map(|d| k.rp(d))
                .unwrap_or_else(|| "-".into()),
        )
    };
    for (i, a) in pk.iter().enumerate() {
        let mut program = vec![
            Sel::teks(&a.program).tebal(),
            Sel::teks(&k.rp(a.pagu.get())).tebal(),
        ];
        let mut kegiatan = vec![Sel::teks(&a.kegiatan), Sel::teks(&k.rp(a.pagu.get()))];
        if dua {
            program.push(dipa_sel(i).tebal());
            kegiatan.push(dipa_sel(i));
        }
        t.isi.push(program);
        t.isi.push(kegiatan);
    }
    let total: rust_decimal::Decimal = pk.iter().map(|a| a.pagu.get()).sum();
    let mut kaki = vec![Sel::teks("Jumlah"), Sel::teks(&k.rp(total))];
    if dua {
        let d: rust_decimal::Decimal = dipa.iter().flatten().sum();
        kaki.push(Sel::teks(&k.rp(d)));
    }
    t.kaki.push(kaki);
    t
}

/// Bab II from the data.
pub(super) fn bangun(k: &mut Konteks) -> Bab2 {
    let data = &k.d.data;
    let renstra = data.renstra.as_ref().map(|r| RenstraView {
        pengantar: md(&r.pengantar),
        visi: r.visi.trim().to_string(),
        pengantar_misi: md(&r.pengantar_misi),
        misi: super::butir(&r.misi),
        tujuan_dan_nilai: md(&r.tujuan_dan_nilai),
        pengantar_sasaran_strategis: md(&r.pengantar_sasaran_strategis),
        sasaran_strategis: super::butir(&r.sasaran_strategis),
        pengantar_sasaran_kegiatan: md(&r.pengantar_sasaran_kegiatan),
        pengantar_kebijakan: md(&r.pengantar_kebijakan),
        kebijakan: super::butir(&r.kebijakan),
    });
    Bab2 {
        tahun: data.laporan.tahun,
        renstra,
        sasaran_kegiatan: super::nama_sasaran_kegiatan(k),
        pengantar_pk: md(&data.narasi.pengantar_perjanjian_kinerja),
        tabel_pk: tabel_pk(k).markup(),
        tabel_anggaran_pk: tabel_anggaran_pk(k, true).markup_berisi(),
    }
}
