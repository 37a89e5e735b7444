//! View models: everything the templates print, computed and formatted.
//! Templates only place these values; all arithmetic happens in
//! [`crate::calc`] and all number formatting in [`crate::format`].

mod bab1;
mod bab2;
mod bab3;
mod bab4;
mod depan;
mod lampiran;

use rust_decimal::Decimal;

use super::aset::Koleksi;
use super::markdown::{Markup, ke_typst};
use super::markup::panggil;
use super::tabel;
use crate::calc::Nilai;
use crate::calc::hasil::Hasil;
use crate::diag::Jalur;
use crate::format;
use crate::laporan::Laporan;
use crate::laporan::gambar::DaftarGambar;
use crate::load::Dimuat;
use crate::model::capaian::Realisasi;
use crate::model::laporan::{CaraPembulatan, Pengaturan};
use crate::model::pk::{Indikator, JenisTarget, Satuan, Target, YaTidak, ya_tidak_nilai};
use crate::model::{Berkas, Markdown, TandaTangan, Tanggal};

pub use bab1::Bab1;
pub use bab2::Bab2;
pub use bab3::*;
pub use bab4::Bab4;
pub use depan::{
    Depan, FaktaGedung, Kop, NarasiGedung, RingkasanAnggaran, RingkasanKinerja, Sisa, TidakTercapai,
};
pub use lampiran::{LampiranView, PkView, SkTimView};

/// The items of a list that say something: an empty item or a lone dash
/// ("-", typed for "none") would print as a bullet with nothing after it.
pub fn butir(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !matches!(*s, "" | "-" | "–" | "—"))
        .map(str::to_string)
        .collect()
}

/// The letters of a chapter's sub-chapters (A., B., …), handed out in the
/// order the template prints them: a sub-chapter left out (its data is
/// absent) leaves no gap in the lettering.
#[derive(Debug, Default)]
pub struct Abjad(std::cell::Cell<u8>);

impl Abjad {
    /// The next letter, `A` first.
    pub fn berikut(&self) -> char {
        let n = self.0.get();
        self.0.set(n.saturating_add(1));
        char::from(b'A' + n.min(25))
    }
}

/// Document metadata for `set document(...)` and the PDF.
#[derive(Debug, Clone)]
pub struct Meta {
    /// Title, as a Typst string literal.
    pub judul: Markup,
    /// Author (the unit), as a Typst string literal.
    pub penulis: Markup,
    /// Subject, as a Typst string literal.
    pub subjek: Markup,
    /// Keywords, as a Typst array of string literals.
    pub kata_kunci: Markup,
    /// Report date.
    pub tanggal: Tanggal,
    /// Whether every page carries the DRAF stamp.
    pub draf: bool,
}

/// The whole report, ready for the templates.
#[derive(Debug)]
pub struct View {
    /// Metadata.
    pub meta: Meta,
    /// Cover letter, cover, kata pengantar, ikhtisar.
    pub depan: Depan,
    /// Bab I.
    pub bab1: Bab1,
    /// Bab II.
    pub bab2: Bab2,
    /// Bab III.
    pub bab3: Bab3,
    /// Bab IV.
    pub bab4: Bab4,
    /// Lampiran.
    pub lampiran: LampiranView,
    /// The unit's words, for every template.
    pub kata: Kata,
}

/// The words of the unit's profile (`unit.yaml` `profil` and `kosakata`)
/// and the report's title, as the templates print them.
#[derive(Clone, Debug)]
pub struct Kata {
    /// What a goal is called (`Sasaran Kegiatan`).
    pub sasaran: String,
    /// What an indicator is called (`Indikator Kinerja Kegiatan`).
    pub indikator: String,
    /// The indicator's abbreviation in labels (`IKK` → "IKK I.1").
    pub singkatan: String,
    /// Profile pemasyarakatan: corrections wording (population as the
    /// basis of an indicator).
    pub pemasyarakatan: bool,
    /// The report's title in running text: `LKjIP` for the standard title,
    /// otherwise `laporan.judul` as written.
    pub judul_singkat: String,
    /// The period in headings and captions: `Tahun 2023`, `Semester I Tahun 2022`.
    pub periode: String,
    /// The period in running text: `tahun 2023`, `Semester I Tahun 2022
    /// (s.d. 31 Mei 2022)`.
    pub periode_kalimat: String,
    /// The period on the cover: `TAHUN 2023`, `SEMESTER I TAHUN 2022`.
    pub periode_besar: String,
    /// The cut-off of the figures (`s.d. 31 Mei 2022`), when given.
    pub data_sampai: Option<String>,
}

impl Kata {
    /// The words for `data`.
    pub fn dari(data: &crate::model::DataLaporan) -> Kata {
        let i = data.unit.istilah();
        let l = &data.laporan;
        let (tahun, nama) = (l.tahun, l.periode.nama());
        let periode = match nama {
            None => format!("Tahun {tahun}"),
            Some(n) => format!("{n} Tahun {tahun}"),
        };
        let data_sampai = l.data_sampai.map(|t| {
            format!(
                "s.d. {}",
                crate::format::tanggal(t, l.pengaturan.tanggal_nol_di_depan)
            )
        });
        Kata {
            sasaran: i.sasaran,
            indikator: i.indikator,
            singkatan: i.singkatan_indikator,
            pemasyarakatan: data.unit.profil == crate::model::unit::Profil::Pemasyarakatan,
            judul_singkat: judul_singkat(&data.laporan.judul),
            periode: periode.clone(),
            periode_kalimat: match (nama, &data_sampai) {
                (None, None) => format!("tahun {tahun}"),
                (_, None) => periode.clone(),
                (_, Some(s)) => format!("{periode} ({s})"),
            },
            periode_besar: periode.to_uppercase(),
            data_sampai,
        }
    }
}

/// `LKjIP` for the standard title of the report (with or without
/// "Akuntabilitas"), otherwise the title itself.
fn judul_singkat(judul: &str) -> String {
    let baku = [
        "laporan akuntabilitas kinerja instansi pemerintah",
        "laporan kinerja instansi pemerintah",
    ];
    if baku.contains(&judul.trim().to_lowercase().as_str()) {
        "LKjIP".into()
    } else {
        judul.trim().to_string()
    }
}

/// A signature block, printed by the `ttd` and `ttd_tupel` macros of
/// `templates/makro.typ`.
#[derive(Debug, Clone)]
pub struct Ttd {
    /// Place and date ("Atambua", "2 Januari 2024"), when printed.
    pub tempat_tanggal: Option<(String, String)>,
    /// Position lines.
    pub jabatan: Vec<String>,
    /// `image(...)` call or `none`.
    pub gambar: Markup,
    /// Name.
    pub nama: String,
    /// NIP, if any.
    pub nip: Option<String>,
}

/// A number already formatted, with its unit: `%` glued, an index bare,
/// any other unit after a space with its first letter capitalised.
fn dengan_satuan(a: String, satuan: &Satuan) -> String {
    match satuan {
        Satuan::Persen => format!("{a}%"),
        Satuan::Indeks => a,
        lain => format!("{a} {}", lain.nama()),
    }
}

/// `Ya` or `Tidak`.
fn ya_tidak(y: YaTidak) -> &'static str {
    match y {
        YaTidak::Ya => "Ya",
        YaTidak::Tidak => "Tidak",
    }
}

/// Shared state while building the view.
pub(crate) struct Konteks<'a> {
    pub d: &'a Dimuat,
    /// Every figure, computed once; the view formats, it does not compute.
    pub hasil: &'a Hasil,
    /// The images the data names, already read.
    pub gambar: &'a DaftarGambar,
    pub p: &'a Pengaturan,
    pub aset: Koleksi,
    /// A draft (`--draft`): parts not yet written show a filler instead of
    /// being left out.
    pub draf: bool,
}

impl<'a> Konteks<'a> {
    /// A narrative part that may be absent: its text when written; when
    /// not, `None` (the part and its heading are left out) — or, in a
    /// draft, an empty text for which the template prints "belum diisi".
    pub fn bagian(&self, m: &Markdown) -> Option<Markup> {
        if !m.kosong() {
            Some(md(m))
        } else {
            self.draf.then(Markup::default)
        }
    }

    /// A number the Indonesian way.
    pub fn angka(&self, d: Decimal) -> String {
        format::angka(d)
    }

    /// A typed number with the decimals it was typed with (`8,00`).
    pub fn angka_tertulis(&self, d: Decimal) -> String {
        format::angka_tertulis(d)
    }

    /// A value with its unit: `80%`, `1 Layanan`, `6 Unit`, `2 Kejadian`.
    pub fn bersatuan(&self, d: Decimal, satuan: &Satuan) -> String {
        dengan_satuan(format::angka(d), satuan)
    }

    /// An indicator's target with its comparator, its numbers with the
    /// decimals typed: `80%`, `≥ 95%`, `≤ 2 Kejadian`, `90–95%`, `Ya`.
    pub fn target(&self, ind: &Indikator) -> String {
        let s = &ind.satuan;
        let t = |a: &crate::model::Angka| dengan_satuan(format::angka_tertulis(a.get()), s);
        match &ind.target {
            Target::Angka(a) | Target::Berjenis(JenisTarget::Tepat(a)) => t(a),
            Target::Berjenis(JenisTarget::PalingSedikit(a)) => format!("≥ {}", t(a)),
            Target::Berjenis(JenisTarget::PalingBanyak(a)) => format!("≤ {}", t(a)),
            Target::Berjenis(JenisTarget::Rentang([a, b])) => dengan_satuan(
                format!(
                    "{}–{}",
                    format::angka_tertulis(a.get()),
                    format::angka_tertulis(b.get())
                ),
                s,
            ),
            Target::Berjenis(JenisTarget::YaTidak(y)) => ya_tidak(*y).into(),
            Target::Berjenis(JenisTarget::TidakTersedia(_)) => "tidak tersedia".into(),
        }
    }

    /// An indicator's realisasi: with its unit (a typed value with the
    /// decimals typed), `Ya`/`Tidak` for a yes/no indicator, or N/A.
    pub fn realisasi(&self, ind: &Indikator, n: &Nilai) -> String {
        let langsung = self
            .d
            .data
            .capaian
            .indikator
            .get(&ind.id)
            .and_then(|c| match c.realisasi {
                Some(Realisasi::Langsung(v)) => Some(v.get()),
                _ => None,
            });
        let tersedia = !matches!(
            self.d
                .data
                .capaian
                .indikator
                .get(&ind.id)
                .and_then(|c| c.realisasi.as_ref()),
            Some(Realisasi::TidakTersedia(_))
        );
        match n {
            Nilai::TidakDapatDihitung(_) if !tersedia => "tidak tersedia".into(),
            Nilai::Ada(d) if ind.target.ya_tidak() => {
                ya_tidak(if *d == ya_tidak_nilai(YaTidak::Ya) {
                    YaTidak::Ya
                } else {
                    YaTidak::Tidak
                })
                .into()
            }
            // Typed as it stands: keep its decimals (`8,00`).
            Nilai::Ada(d) if langsung == Some(*d) => {
                dengan_satuan(format::angka_tertulis(*d), &ind.satuan)
            }
            _ => self.nilai(n, &ind.satuan),
        }
    }

    /// A computed value with unit, or N/A.
    pub fn nilai(&self, n: &Nilai, satuan: &Satuan) -> String {
        match n {
            Nilai::Ada(d) => self.bersatuan(*d, satuan),
            Nilai::BelumDiisi => "belum diisi".into(),
            Nilai::TidakDapatDihitung(_) => "N/A".into(),
        }
    }

    /// A percentage, or N/A.
    pub fn persen(&self, n: &Nilai) -> String {
        self.nilai(n, &Satuan::Persen)
    }

    /// Rupiah in the report's style.
    pub fn rp(&self, d: Decimal) -> String {
        format::rupiah(d, self.p.gaya_rupiah)
    }

    /// Rupiah with its amount in words: `Rp6.946.743.000 (Enam Miliar … Rupiah)`.
    pub fn rp_terbilang(&self, d: Decimal) -> String {
        match format::terbilang_rupiah(d) {
            Some(t) => format!("{} ({t})", self.rp(d)),
            None => self.rp(d),
        }
    }

    /// A date in the report's style.
    pub fn tanggal(&self, t: Tanggal) -> String {
        format::tanggal(t, self.p.tanggal_nol_di_depan)
    }

    /// The rounding rule in words, for the sentence that states it.
    pub fn aturan(&self, b: crate::model::laporan::Pembulatan) -> String {
        let cara = match b.cara {
            CaraPembulatan::Potong => "dipotong",
            CaraPembulatan::SetengahKeAtas => "dibulatkan setengah ke atas",
        };
        match b.desimal {
            0 => format!("{cara} tanpa desimal"),
            n => format!("{cara} sampai {n} angka desimal"),
        }
    }

    /// An image call for a picture of the data folder (or `none`).
    pub fn gambar(
        &mut self,
        file: Berkas,
        kolom: Jalur,
        g: Option<&crate::model::Gambar>,
        tinggi: &'static str,
    ) -> Markup {
        let Some(g) = g else {
            return Markup::none();
        };
        match self.aset.muat(self.gambar, self.d, file, &kolom, g) {
            Some(jalur) => panggil::gambar(&jalur, &g.keterangan, tinggi),
            None => Markup::none(),
        }
    }

    /// A signature block for `t`, signed by the person it names.
    pub fn ttd(
        &mut self,
        file: Berkas,
        kolom: Jalur,
        t: &TandaTangan,
        jabatan: &[String],
        dengan_tanggal: bool,
    ) -> Ttd {
        let orang = self.d.data.orang(&t.oleh);
        let gambar = self.gambar(
            file,
            kolom.kunci("gambar").kunci("berkas"),
            t.gambar.as_ref(),
            "100%",
        );
        let jabatan = if jabatan.is_empty() {
            orang.map(|o| vec![o.jabatan.clone()]).unwrap_or_default()
        } else {
            jabatan.to_vec()
        };
        Ttd {
            tempat_tanggal: dengan_tanggal.then(|| (t.tempat.clone(), self.tanggal(t.tanggal))),
            jabatan,
            gambar,
            nama: orang
                .map(|o| o.nama.clone())
                .unwrap_or_else(|| t.oleh.clone()),
            nip: orang.and_then(|o| o.nip.clone()),
        }
    }
}

/// Narrative Markdown as markup.
pub fn md(m: &Markdown) -> Markup {
    ke_typst(m.as_str())
}

/// Optional narrative.
pub fn md_opt(m: Option<&Markdown>) -> Markup {
    m.map(md).unwrap_or_default()
}

/// Roman numeral for chapter and goal numbers.
pub fn romawi(n: usize) -> &'static str {
    [
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    ]
    .get(n)
    .copied()
    .unwrap_or("")
}

/// The names of the PK's activity goals, in order.
pub(crate) fn nama_sasaran_kegiatan(k: &Konteks) -> Vec<String> {
    k.d.data
        .pk
        .sasaran_kegiatan
        .iter()
        .map(|s| s.nama.clone())
        .collect()
}

/// The three leading columns of a table listing every indicator under its
/// goal: `No`, `Sasaran Kegiatan`, `Indikator`.
pub(crate) fn kolom_sasaran() -> Vec<tabel::Kolom> {
    use tabel::{Rata, kolom};
    vec![
        kolom("auto", Rata::Tengah),
        kolom("1fr", Rata::Kiri),
        kolom("1.6fr", Rata::Kiri),
    ]
}

/// Body rows of such a table: the goal's number and name span its
/// indicators, then the indicator's number and name, then `sel(indicator)`.
pub(crate) fn baris_per_indikator(
    k: &Konteks,
    t: &mut tabel::TabelTyp,
    mut sel: impl FnMut(&crate::model::pk::Indikator) -> Vec<tabel::Sel>,
) {
    use tabel::{Rata, Sel};
    for (s, sk) in k.d.data.pk.sasaran_kegiatan.iter().enumerate() {
        let n = sk.indikator.len() as u32;
        for (i, ind) in sk.indikator.iter().enumerate() {
            let mut row = Vec::new();
            if i == 0 {
                row.push(
                    Sel::teks(&format!("{}.", s + 1))
                        .tinggi(n)
                        .rata(Rata::Tengah),
                );
                row.push(Sel::teks(&sk.nama).tinggi(n));
            }
            row.push(Sel::teks(&format!("{}. {}", i + 1, ind.nama)));
            row.extend(sel(ind));
            t.isi.push(row);
        }
    }
}

/// Builds the whole view and gathers the images it shows. Images that
/// cannot be used are returned as errors, all of them.
pub fn bangun(
    l: &Laporan,
    draf: bool,
) -> Result<(View, Vec<super::aset::Aset>), Vec<crate::diag::Diagnostik>> {
    let d = &l.dimuat;
    let data = &d.data;
    let p = &data.laporan.pengaturan;
    let mut k = Konteks {
        d,
        hasil: &l.hasil,
        gambar: &l.gambar,
        p,
        aset: Koleksi::default(),
        draf,
    };
    let kata = Kata::dari(data);
    let meta = Meta {
        judul: panggil::string(&format!(
            "{} {} — {}",
            data.laporan.judul, kata.periode, data.unit.nama
        )),
        penulis: panggil::string(&data.unit.nama),
        subjek: panggil::string(&format!(
            "{} {} {}",
            data.laporan.judul, kata.periode, data.unit.nama
        )),
        kata_kunci: panggil::strings(&[
            judul_singkat(&data.laporan.judul),
            "SAKIP".to_string(),
            data.laporan.tahun.to_string(),
            data.unit.nama_singkat.clone(),
        ]),
        tanggal: data.laporan.ditandatangani.tanggal,
        draf,
    };
    let hasil = bab3::hasil_indikator(&k);
    let depan = depan::bangun(&mut k, &hasil);
    let bab1 = bab1::bangun(&mut k);
    let bab2 = bab2::bangun(&mut k);
    let bab3 = bab3::bangun(&mut k, &hasil);
    let bab4 = bab4::bangun(&mut k);
    let lampiran = lampiran::bangun(&mut k);
    if !k.aset.galat.is_empty() {
        return Err(k.aset.galat);
    }
    Ok((
        View {
            meta,
            depan,
            bab1,
            bab2,
            bab3,
            bab4,
            lampiran,
            kata,
        },
        k.aset.aset,
    ))
}

#[cfg(test)]
mod tests_kata {
    #[test]
    fn the_standard_title_is_shortened_others_are_kept() {
        assert_eq!(
            super::judul_singkat("Laporan Akuntabilitas Kinerja Instansi Pemerintah"),
            "LKjIP"
        );
        assert_eq!(super::judul_singkat("Laporan Kinerja "), "Laporan Kinerja");
    }
}
