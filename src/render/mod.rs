//! Rendering: the view model ([`view`]) fills askama templates
//! (`templates/*.typ`, every value escaped by [`escape::Typst`]), which
//! produce one Typst source; [`engine`] compiles it in-process with the
//! shipped fonts and the data folder's images, and writes the PDF.

pub mod aset;
pub mod engine;
pub mod escape;
pub mod inkremental;
pub mod markup;
pub mod view;

pub use inkremental::HasilKompilasi;
pub use markup::{markdown, tabel};

use askama::Template;

use crate::laporan::Laporan;
// The variants the templates match on (`{% when Status::Tercapai %}`):
// askama resolves them where the template is derived, here.
// `{{ x.huruf_besar() }}` in templates: capitals that keep `LKjIP`.
#[allow(unused_imports)]
use crate::format::HurufBesar;
#[allow(unused_imports)]
use view::{
    Banding, CaraRealisasi, FaktaGedung, HasilGabungan, Rumus, Sisa, Status, TabelIndikator,
};

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
#[derive(Debug, thiserror::Error)]
pub enum GalatRender {
    /// Images named in the data that cannot be used (each located at its
    /// YAML field; `check` reports them as LK001 first).
    #[error("{}", gabung_baris(.0))]
    Aset(Vec<crate::diag::Diagnostik>),
    /// A template failed to render (a bug in lkjip).
    #[error("templat gagal: {0}")]
    Templat(String),
    /// Typst reported errors (a bug in a template, or in lkjip).
    #[error("{}", .0.join("\n"))]
    Typst(Vec<String>),
}

/// One line per item.
fn gabung_baris<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Builds the Typst source of the report.
pub fn sumber(l: &Laporan, draf: bool) -> Result<SumberTypst, GalatRender> {
    let (v, aset) = view::bangun(l, draf).map_err(GalatRender::Aset)?;
    let utama = LaporanTyp { v: &v }
        .render()
        .map_err(|e| GalatRender::Templat(e.to_string()))?;
    Ok(SumberTypst { utama, aset })
}

/// Renders the report to PDF bytes.
pub fn pdf(l: &Laporan, draf: bool, pdfa: bool) -> Result<Vec<u8>, GalatRender> {
    dokumen(l, draf, pdfa).map(|h| h.pdf)
}

/// Renders the report: the PDF bytes with the page count of the laid-out
/// document (what `build` reports, without reading the PDF back).
pub fn dokumen(l: &Laporan, draf: bool, pdfa: bool) -> Result<HasilKompilasi, GalatRender> {
    let s = sumber(l, draf)?;
    let data = &l.dimuat.data;
    let ident = format!("lkjip/{}/{}", data.unit.nama, data.laporan.tahun);
    engine::kompilasi(&s, data.laporan.ditandatangani.tanggal, &ident, pdfa)
        .map_err(|e| GalatRender::Typst(e.pesan))
}
