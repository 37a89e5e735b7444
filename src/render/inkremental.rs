//! The one Typst world of lkjip: `build`, `rekap` and `watch` all compile
//! through [`Kompilator`].
//!
//! [`engine::kompilasi`](super::engine::kompilasi) (build, rekap) makes a
//! fresh one per call; `lkjip watch` keeps one alive across rebuilds: the
//! fonts are parsed once, the library and font book keep their hashes, the
//! main source is updated with [`Source::replace`] (so the spans of
//! unchanged text stay the same and Typst's memoized evaluation and layout
//! of unchanged content are reused), and after each compile old cache
//! entries are evicted with `comemo::evict(10)`, as `typst watch` does, so
//! memory stays flat.
//!
//! A world of our own rather than typst-as-lib's: its `TypstEngine` is
//! built per document (main file and static files are fixed when it is
//! built), so it cannot take a changed source incrementally and keep the
//! parsed fonts; watch needs both. With one world the build and watch PDFs
//! are the same bytes by construction, not by keeping two paths alike.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use typst::comemo;
use typst::diag::{FileError, FileResult, Warned};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::SumberTypst;
use super::engine::{self, FONTS, GAYA, GalatTypst};
use crate::model::Tanggal;

/// How many compiles an unused memo entry survives (as `typst watch`).
const UMUR_CACHE: usize = 10;

/// The file id of a project path such as `/laporan.typ`.
fn id_berkas(jalur: &str) -> FileId {
    let vpath = VirtualPath::new(jalur).expect("valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// The world kept alive between compiles.
struct Dunia {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    utama: Source,
    gaya: Source,
    /// Images by file id.
    berkas: HashMap<FileId, Bytes>,
    /// The report date, answered for `datetime.today()`.
    hari_ini: Option<Datetime>,
}

impl World for Dunia {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.utama.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.utama.id() {
            Ok(self.utama.clone())
        } else if id == self.gaya.id() {
            Ok(self.gaya.clone())
        } else {
            Err(tidak_ada(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(b) = self.berkas.get(&id) {
            Ok(b.clone())
        } else if id == self.utama.id() {
            Ok(Bytes::from_string(self.utama.text().to_string()))
        } else if id == self.gaya.id() {
            Ok(Bytes::new(GAYA))
        } else {
            Err(tidak_ada(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.hari_ini
    }
}

fn tidak_ada(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}

/// Where the time of one compile went.
#[derive(Clone, Copy, Debug, Default)]
pub struct Rincian {
    /// Updating the world: diffing the main source, swapping images.
    pub perbarui: Duration,
    /// `typst::compile`: evaluation, realization and layout.
    pub tata_letak: Duration,
    /// PDF export (typst-pdf).
    pub pdf: Duration,
}

/// A finished compile.
#[derive(Debug)]
pub struct HasilKompilasi {
    /// The PDF bytes.
    pub pdf: Vec<u8>,
    /// Number of pages.
    pub halaman: usize,
    /// Typst warnings, one line each.
    pub peringatan: Vec<String>,
    /// Where the time went.
    pub rincian: Rincian,
}

/// A Typst compiler that keeps fonts, world and memo caches across
/// compiles; see the module documentation.
pub struct Kompilator {
    dunia: Dunia,
    /// Whether old memo entries are evicted after each compile: for a
    /// compiler kept across compiles (watch), not for a one-shot one,
    /// whose caller decides (a single build ends the process; many-folder
    /// builds bound the cache per folder, see `susun::batasi_cache`).
    batasi_cache: bool,
}

impl Default for Kompilator {
    fn default() -> Self {
        Self::baru()
    }
}

impl Kompilator {
    /// A compiler for one compile: as [`baru`](Self::baru), without
    /// evicting memo entries afterwards.
    pub fn sekali() -> Self {
        Kompilator {
            batasi_cache: false,
            ..Self::baru()
        }
    }

    /// Loads the shipped fonts and the standard library once.
    pub fn baru() -> Self {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|(_, b)| Font::iter(Bytes::new(*b)))
            .collect();
        let mut book = FontBook::new();
        for f in &fonts {
            book.push(f.info().clone());
        }
        Kompilator {
            dunia: Dunia {
                library: LazyHash::new(Library::builder().build()),
                book: LazyHash::new(book),
                fonts,
                utama: Source::new(id_berkas("/laporan.typ"), String::new()),
                gaya: Source::new(id_berkas("/gaya.typ"), GAYA.to_string()),
                berkas: HashMap::new(),
                hari_ini: None,
            },
            batasi_cache: true,
        }
    }

    /// Compiles `s` and exports the PDF, reusing everything that did not
    /// change since the previous call. Same arguments and output as
    /// [`engine::kompilasi`].
    pub fn kompilasi(
        &mut self,
        s: &SumberTypst,
        tanggal: Tanggal,
        ident: &str,
        pdfa: bool,
    ) -> Result<HasilKompilasi, GalatTypst> {
        let mulai = Instant::now();
        self.perbarui(s, tanggal);
        let perbarui = mulai.elapsed();

        let mulai = Instant::now();
        let Warned { output, warnings } = typst::compile::<PagedDocument>(&self.dunia);
        let tata_letak = mulai.elapsed();
        let doc = match output {
            Ok(doc) => doc,
            Err(diags) => {
                let pesan = engine::pesan_diagnostik(&self.dunia, &diags);
                if self.batasi_cache {
                    comemo::evict(UMUR_CACHE);
                }
                return Err(GalatTypst { pesan });
            }
        };
        let peringatan = engine::pesan_diagnostik(&self.dunia, &warnings);

        let mulai = Instant::now();
        let hasil = engine::opsi_pdf(tanggal, ident, pdfa).and_then(|options| {
            typst_pdf::pdf(&doc, &options).map_err(|diags| GalatTypst {
                pesan: diags
                    .iter()
                    .map(|d| format!("PDF: {}", d.message))
                    .collect(),
            })
        });
        let pdf = mulai.elapsed();
        let halaman = doc.pages().len();
        drop(doc);
        if self.batasi_cache {
            comemo::evict(UMUR_CACHE);
        }
        Ok(HasilKompilasi {
            pdf: hasil?,
            halaman,
            peringatan,
            rincian: Rincian {
                perbarui,
                tata_letak,
                pdf,
            },
        })
    }

    /// Brings the world up to date with `s`: an incremental reparse of the
    /// main source, images replaced only when their bytes changed.
    fn perbarui(&mut self, s: &SumberTypst, tanggal: Tanggal) {
        let d = &mut self.dunia;
        if d.utama.text() != s.utama {
            d.utama.replace(&s.utama);
        }
        let mut berkas = HashMap::with_capacity(s.aset.len());
        for a in &s.aset {
            let id = id_berkas(&a.jalur);
            let bytes = match d.berkas.remove(&id) {
                Some(lama) if lama[..] == a.isi[..] => lama,
                _ => Bytes::new(a.isi.clone()),
            };
            berkas.insert(id, bytes);
        }
        d.berkas = berkas;
        d.hari_ini = Datetime::from_ymd(tanggal.tahun, tanggal.bulan, tanggal.hari);
    }
}
