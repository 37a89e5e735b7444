//! Front matter: cover letter, cover, kata pengantar, ikhtisar eksekutif.
//! The wording is in `templates/depan.typ`.

use super::{Konteks, Ttd, md};
use crate::calc::{Nilai, capaian::HasilIndikator};
use crate::format::huruf_besar;
use crate::jalur;
use crate::model::Berkas;
use crate::model::laporan::SuratPengantar;
use crate::render::markup::Markup;

/// Letterhead, printed by the `kop` macro of `templates/makro.typ`.
#[derive(Debug, Clone)]
pub struct Kop {
    /// Logo (`image(...)` or `none`).
    pub logo: Markup,
    /// Ministry, regional office and unit, upper case.
    pub baris: Vec<String>,
    /// Address.
    pub alamat: String,
    /// Telephone, if any.
    pub telepon: Option<String>,
    /// Fax, if any.
    pub faksimile: Option<String>,
    /// E-mail addresses.
    pub email: Vec<String>,
}

/// Cover letter, cover, kata pengantar and ikhtisar. The wording is in
/// `templates/depan.typ`.
#[derive(Debug)]
pub struct Depan {
    /// Report year.
    pub tahun: i32,
    /// Letterhead.
    pub kop: Kop,
    /// Place of the letter ("Atambua").
    pub surat_tempat: String,
    /// Date of the letter ("2 Januari 2024").
    pub surat_tanggal: String,
    /// Letter header, addressee and copies, as in `laporan.yaml`; `None`
    /// when the report has no cover letter.
    pub surat: Option<SuratPengantar>,
    /// Letter body.
    pub surat_isi: Markup,
    /// Letter signature.
    pub surat_ttd: Ttd,
    /// Cover title, upper case.
    pub sampul_judul: String,
    /// Cover logo.
    pub sampul_logo: Markup,
    /// Unit name on the cover.
    pub sampul_unit: String,
    /// Address on the cover.
    pub sampul_alamat: String,
    /// Kata pengantar; `None` (the page is left out) when not written.
    pub kata_pengantar: Option<Markup>,
    /// Signature of the report.
    pub ttd_laporan: Ttd,
    /// Ikhtisar: the unit's opening text, with the building sentence.
    pub ikhtisar_pembuka: NarasiGedung,
    /// Ikhtisar: generated performance summary.
    pub ikhtisar_kinerja: RingkasanKinerja,
    /// Ikhtisar: generated budget summary; `None` without `anggaran.yaml`.
    pub ikhtisar_anggaran: Option<RingkasanAnggaran>,
    /// Ikhtisar: the unit's assessment of the budget result.
    pub ikhtisar_penilaian: Markup,
}

/// The budget summary of the ikhtisar.
#[derive(Debug)]
pub struct RingkasanAnggaran {
    /// The unit's name.
    pub unit: String,
    /// Pagu, with its amount in words.
    pub pagu: String,
    /// Realisasi, with its amount in words.
    pub realisasi: String,
    /// Realisasi in percent of the pagu.
    pub persen: String,
    /// Per jenis belanja: (name, realisasi, pagu, percent).
    pub jenis_belanja: Vec<(String, String, String, String)>,
}

/// A narrative (Bab I latar belakang, ikhtisar) whose first paragraph is
/// followed by the building sentence, written by the `narasi_gedung`
/// macro of `templates/makro.typ`.
#[derive(Debug)]
pub struct NarasiGedung {
    /// The first paragraph, when the narrative starts with one; otherwise
    /// the sentence stands in a paragraph of its own before the narrative.
    pub pertama: Option<Markup>,
    /// The rest of the narrative.
    pub sisa: Markup,
    /// The unit's name.
    pub unit: String,
    /// The building facts that are known, in order.
    pub fakta: Vec<FaktaGedung>,
}

/// One fact of the building sentence.
#[derive(Debug)]
pub enum FaktaGedung {
    /// Year built.
    Dibangun(i32),
    /// Land area in m².
    LuasTanah(String),
    /// Floor area in m².
    LuasBangunan(String),
    /// Capacity in persons.
    Kapasitas(u32),
}

/// `narasi` with the building facts of `unit.yaml` and `populasi.yaml`.
pub(super) fn narasi_gedung(k: &Konteks, narasi: &crate::model::Markdown) -> NarasiGedung {
    let u = &k.d.data.unit;
    let mut fakta = Vec::new();
    if let Some(t) = u.tahun_dibangun {
        fakta.push(FaktaGedung::Dibangun(t));
    }
    if let Some(l) = u.luas_tanah_m2 {
        fakta.push(FaktaGedung::LuasTanah(k.angka(l.get())));
    }
    if let Some(l) = u.luas_bangunan_m2 {
        fakta.push(FaktaGedung::LuasBangunan(k.angka(l.get())));
    }
    // A unit without inmates (no populasi.yaml) has no capacity to state.
    if let Some(p) = &k.d.data.populasi {
        fakta.push(FaktaGedung::Kapasitas(p.kapasitas));
    }
    let (pertama, sisa) = md(narasi).pisah_paragraf_pertama();
    NarasiGedung {
        pertama,
        sisa,
        unit: u.nama.clone(),
        fakta,
    }
}

/// The letterhead.
pub(super) fn bangun_kop(k: &mut Konteks) -> Kop {
    let u = &k.d.data.unit;
    let logo = k.gambar(Berkas::Unit, jalur!(logo.berkas), u.logo.as_ref(), "2.1cm");
    // The supervising office's line only when the unit names one.
    let baris = std::iter::once(&u.kementerian)
        .chain(u.instansi_atasan.as_ref())
        .chain(std::iter::once(&u.nama))
        .map(|b| huruf_besar(b))
        .collect();
    Kop {
        logo,
        baris,
        alamat: u.alamat.clone().unwrap_or_default(),
        telepon: u.telepon.clone(),
        faksimile: u.faksimile.clone(),
        email: u.email.clone(),
    }
}

/// The front matter from the data and the indicator results.
pub(super) fn bangun(k: &mut Konteks, hasil: &[(usize, HasilIndikator)]) -> Depan {
    let data = &k.d.data;
    let u = &data.unit;
    let kop = bangun_kop(k);
    let s = &data.laporan.surat_pengantar;
    let ttd_spec = &data.laporan.ditandatangani;
    let surat_tanggal = k.tanggal(ttd_spec.tanggal);
    let surat_ttd = k.ttd(
        Berkas::Laporan,
        jalur!(ditandatangani),
        ttd_spec,
        &[],
        false,
    );
    let ttd_laporan = k.ttd(Berkas::Laporan, jalur!(ditandatangani), ttd_spec, &[], true);
    Depan {
        tahun: data.laporan.tahun,
        kop,
        surat_tempat: ttd_spec.tempat.clone(),
        surat_tanggal,
        surat: s.clone(),
        surat_isi: s.as_ref().map(|s| md(&s.isi)).unwrap_or_default(),
        surat_ttd,
        sampul_judul: huruf_besar(&data.laporan.judul),
        sampul_logo: k.gambar(Berkas::Unit, jalur!(logo.berkas), u.logo.as_ref(), "5cm"),
        sampul_unit: huruf_besar(&u.nama),
        sampul_alamat: huruf_besar(u.alamat.as_deref().unwrap_or_default()),
        kata_pengantar: k.bagian(&data.narasi.kata_pengantar),
        ttd_laporan,
        ikhtisar_pembuka: narasi_gedung(k, &data.narasi.ikhtisar.pembuka),
        ikhtisar_kinerja: ringkasan_kinerja(k, hasil),
        ikhtisar_anggaran: ringkasan_anggaran(k),
        ikhtisar_penilaian: md(&data.narasi.ikhtisar.penilaian_anggaran),
    }
}

/// How many indicators were achieved (ikhtisar and Bab III A), with the
/// indicators not achieved and not computable. The wording is the
/// `ringkasan_kinerja` macro of `templates/makro.typ`.
#[derive(Debug)]
pub struct RingkasanKinerja {
    /// Report year.
    pub tahun: i32,
    /// Number of indicators.
    pub total: usize,
    /// Number of activity goals.
    pub sasaran: usize,
    /// Indicators achieved.
    pub tercapai: usize,
    /// The other outcomes that occur, in order.
    pub sisa: Vec<Sisa>,
    /// Indicators not achieved.
    pub tidak_tercapai: Vec<TidakTercapai>,
    /// The unit's words (the macro cannot see `v`).
    pub kata: super::Kata,
    /// Indicators not computable: (name, reason).
    pub tidak_dapat_dihitung: Vec<(String, String)>,
}

/// A count of indicators with an outcome other than achieved.
#[derive(Debug)]
pub enum Sisa {
    /// Not achieved.
    TidakTercapai(usize),
    /// Not computable.
    TidakDapatDihitung(usize),
    /// Not yet entered.
    BelumDiisi(usize),
}

/// An indicator that was not achieved, with its figures.
#[derive(Debug)]
pub struct TidakTercapai {
    /// Name.
    pub nama: String,
    /// Target.
    pub target: String,
    /// Realisasi.
    pub realisasi: String,
    /// Capaian.
    pub capaian: String,
}

/// The counts of outcomes and the indicators not achieved or not computable.
pub(super) fn ringkasan_kinerja(
    k: &Konteks,
    hasil: &[(usize, HasilIndikator)],
) -> RingkasanKinerja {
    let data = &k.d.data;
    let rekap = k.hasil.rekap.clone();
    let semua: Vec<_> = data.indikator().collect();
    let mut sisa = Vec::new();
    if rekap.tidak_tercapai > 0 {
        sisa.push(Sisa::TidakTercapai(rekap.tidak_tercapai));
    }
    if rekap.tidak_dapat_dihitung > 0 {
        sisa.push(Sisa::TidakDapatDihitung(rekap.tidak_dapat_dihitung));
    }
    if rekap.belum_diisi > 0 {
        sisa.push(Sisa::BelumDiisi(rekap.belum_diisi));
    }
    let tidak_tercapai = hasil
        .iter()
        .filter(|(_, h)| h.tercapai() == Some(false))
        .map(|(i, h)| {
            let ind = semua[*i].1;
            TidakTercapai {
                nama: ind.nama.clone(),
                target: k.target(ind),
                realisasi: k.realisasi(ind, &h.realisasi),
                capaian: k.persen(&h.capaian),
            }
        })
        .collect();
    let tidak_dapat_dihitung = hasil
        .iter()
        .filter_map(|(i, h)| match &h.capaian {
            Nilai::TidakDapatDihitung(alasan) => Some((semua[*i].1.nama.clone(), alasan.clone())),
            _ => None,
        })
        .collect();
    RingkasanKinerja {
        kata: super::Kata::dari(data),
        tahun: data.laporan.tahun,
        total: rekap.total,
        sasaran: data.pk.sasaran_kegiatan.len(),
        tercapai: rekap.tercapai,
        sisa,
        tidak_tercapai,
        tidak_dapat_dihitung,
    }
}

/// Budget amounts with terbilang, and the split per jenis belanja.
pub(super) fn ringkasan_anggaran(k: &Konteks) -> Option<RingkasanAnggaran> {
    let data = &k.d.data;
    let a = data.anggaran.as_ref()?;
    let total = k.hasil.anggaran.clone()?;
    let (rows, _) = k.hasil.jenis_belanja.clone()?;
    Some(RingkasanAnggaran {
        unit: data.unit.nama.clone(),
        pagu: k.rp_terbilang(total.pagu),
        realisasi: k.rp_terbilang(total.realisasi),
        persen: k.persen(&total.persen),
        jenis_belanja: a
            .jenis_belanja
            .iter()
            .zip(&rows)
            .map(|(j, s)| {
                (
                    j.nama.clone(),
                    k.rp(s.realisasi),
                    k.rp(s.pagu),
                    k.persen(&s.persen),
                )
            })
            .collect(),
    })
}
