//! Compiling the generated Typst source in-process and writing the PDF.

use typst::diag::SourceDiagnostic;
use typst::foundations::{Datetime, Smart};
use typst::{World, WorldExt};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::SumberTypst;
use super::inkremental::HasilKompilasi;
use crate::model::Tanggal;

/// Fonts shipped with lkjip (SIL OFL 1.1; see templates/fonts/README.md).
pub const FONTS: [(&str, &[u8]); 7] = [
    (
        "LiberationSerif-Regular.ttf",
        include_bytes!("../../templates/fonts/LiberationSerif-Regular.ttf"),
    ),
    (
        "LiberationSerif-Bold.ttf",
        include_bytes!("../../templates/fonts/LiberationSerif-Bold.ttf"),
    ),
    (
        "LiberationSerif-Italic.ttf",
        include_bytes!("../../templates/fonts/LiberationSerif-Italic.ttf"),
    ),
    (
        "LiberationSerif-BoldItalic.ttf",
        include_bytes!("../../templates/fonts/LiberationSerif-BoldItalic.ttf"),
    ),
    (
        "LiberationSans-Regular.ttf",
        include_bytes!("../../templates/fonts/LiberationSans-Regular.ttf"),
    ),
    (
        "LiberationSans-Bold.ttf",
        include_bytes!("../../templates/fonts/LiberationSans-Bold.ttf"),
    ),
    // Fallback for emoji typed in the data; Liberation has none.
    (
        "NotoColorEmoji.ttf",
        include_bytes!("../../templates/fonts/NotoColorEmoji.ttf"),
    ),
];

/// The static style library imported by the generated source.
pub const GAYA: &str = include_str!("../../templates/gaya.typ");

/// What went wrong while compiling or exporting.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", pesan.join("\n"))]
pub struct GalatTypst {
    /// Each diagnostic, with the template and line it comes from.
    pub pesan: Vec<String>,
}

/// Where a byte offset of the generated source comes from: the nearest
/// preceding `// templat: NAME` marker and the line below it.
fn asal(text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let mut marker = None;
    for (i, l) in before.lines().enumerate() {
        if let Some(name) = l.trim().strip_prefix("// templat: ") {
            marker = Some((name.to_string(), i + 1));
        }
    }
    match marker {
        Some((name, at)) => format!(
            "templates/{name} (sekitar baris {} templat; baris {line} sumber yang dihasilkan)",
            line - at + 1
        ),
        None => format!("baris {line} sumber yang dihasilkan"),
    }
}

/// Compiles the source to a PDF. With `pdfa`, the PDF is PDF/A-2b as
/// validated by typst-pdf. The PDF's identifier and timestamp come from the
/// data, so identical input gives identical bytes.
///
/// One-shot builds go through the same world as `watch`
/// ([`Kompilator`](super::inkremental::Kompilator)), fresh for each call,
/// so build and watch cannot drift apart.
pub fn kompilasi(
    s: &SumberTypst,
    tanggal: Tanggal,
    ident: &str,
    pdfa: bool,
) -> Result<HasilKompilasi, GalatTypst> {
    super::inkremental::Kompilator::sekali().kompilasi(s, tanggal, ident, pdfa)
}

pub(crate) fn pesan_diagnostik(world: &dyn World, diags: &[SourceDiagnostic]) -> Vec<String> {
    diags
        .iter()
        .map(|d| {
            let at = d
                .span
                .id()
                .and_then(|id| {
                    let src = world.source(id).ok()?;
                    let range = world.range(d.span)?;
                    let path = id.get().vpath().get_with_slash().to_string();
                    Some(if path == "/laporan.typ" {
                        asal(src.text(), range.start)
                    } else {
                        let line = src.text()[..range.start].matches('\n').count() + 1;
                        format!("templates{path} baris {line}")
                    })
                })
                .unwrap_or_else(|| "(tanpa lokasi)".into());
            format!("{at}: {}", d.message)
        })
        .collect()
}

/// The PDF export options: identifier, creator and timestamp fixed by the
/// data (so identical input gives identical bytes), PDF/A-2b with `pdfa`.
pub(crate) fn opsi_pdf(
    tanggal: Tanggal,
    ident: &str,
    pdfa: bool,
) -> Result<PdfOptions, GalatTypst> {
    let timestamp = Datetime::from_ymd_hms(tanggal.tahun, tanggal.bulan, tanggal.hari, 0, 0, 0)
        .map(Timestamp::new_utc);
    let standards = if pdfa {
        PdfStandards::new(&[PdfStandard::A_2b]).map_err(|e| GalatTypst {
            pesan: vec![e.message().to_string()],
        })?
    } else {
        PdfStandards::default()
    };
    Ok(PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(format!("lkjip {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards,
        ..PdfOptions::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_point_at_the_template() {
        let src = "// templat: laporan.typ\n#import \"/gaya.typ\": *\n// templat: bab1.typ\n#bab(1)\n== A\n#salah()\n";
        let at = src.find("#salah").unwrap();
        assert_eq!(
            asal(src, at),
            "templates/bab1.typ (sekitar baris 4 templat; baris 6 sumber yang dihasilkan)"
        );
        assert_eq!(asal("x\ny", 2), "baris 2 sumber yang dihasilkan");
    }
}
