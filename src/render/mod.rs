//! Rendering: the view model ([`view`]) fills askama templates
//! (`templates/*.typ`, every value escaped by [`escape::Typst`]), which
//! produce one Typst source; [`engine`] compiles it in-process with the
//! shipped fonts and the data folder's images, and writes the PDF.

pub mod aset;
pub mod engine;
pub mod inkremental;
pub mod escape;
pub mod markdown;
pub mod tabel;
pub mod view;

use askama::Template;

use crate::load::Dimuat;

/// The generated main source.
#[derive(Template)]
#[template(path = "laporan.typ")]
struct LaporanTyp<'a> {
    v: &'a view::View,
}

/// Everything Typst needs: the generated source and the images.
#[derive(Debug)]
pub struct SumberTypst {
    /// `laporan.typ`, generated.
    pub utama: String,
    /// Images by virtual path.
    pub aset: Vec<aset::Aset>,
}

/// Why a report could not be rendered.
#[derive(Debug)]
pub enum GalatRender {
    /// Images named in the data that cannot be used.
    Aset(Vec<aset::GalatAset>),
    /// A template failed to render (a bug in lkjip).
    Templat(String),
    /// Typst reported errors (a bug in a template, or in lkjip).
    Typst(Vec<String>),
}

impl std::fmt::Display for GalatRender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GalatRender::Aset(g) => {
                for (i, e) in g.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{e}")?;
                }
                Ok(())
            }
            GalatRender::Templat(e) => write!(f, "templat gagal: {e}"),
            GalatRender::Typst(p) => write!(f, "{}", p.join("\n")),
        }
    }
}

/// Builds the Typst source of the report.
pub fn sumber(d: &Dimuat, draf: bool) -> Result<SumberTypst, GalatRender> {
    let (v, aset) = view::bangun(d, draf).map_err(GalatRender::Aset)?;
    let utama = LaporanTyp { v: &v }
        .render()
        .map_err(|e| GalatRender::Templat(e.to_string()))?;
    Ok(SumberTypst { utama, aset })
}

/// Renders the report to PDF bytes.
pub fn pdf(d: &Dimuat, draf: bool, pdfa: bool) -> Result<Vec<u8>, GalatRender> {
    let s = sumber(d, draf)?;
    let data = &d.data;
    let ident = format!("lkjip/{}/{}", data.unit.nama, data.laporan.tahun);
    engine::kompilasi(&s, data.laporan.ditandatangani.tanggal, &ident, pdfa)
        .map_err(|e| GalatRender::Typst(e.pesan))
}

/// Writes the source, the style library, the images and the fonts to
/// `dir`, so that `typst compile --root DIR --font-path DIR/fonts
/// DIR/laporan.typ` reproduces the document.
pub fn tulis_sumber(dir: &std::path::Path, s: &SumberTypst) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("aset"))?;
    std::fs::create_dir_all(dir.join("fonts"))?;
    std::fs::write(dir.join("laporan.typ"), &s.utama)?;
    std::fs::write(dir.join("gaya.typ"), engine::GAYA)?;
    for a in &s.aset {
        std::fs::write(dir.join(a.jalur.trim_start_matches('/')), &a.isi)?;
    }
    for (name, bytes) in engine::FONTS {
        std::fs::write(dir.join("fonts").join(name), bytes)?;
    }
    Ok(())
}
