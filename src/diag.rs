//! The one type for "a problem in the user's files": [`Diagnostik`], with
//! its place ([`Posisi`], a typed YAML path [`Jalur`]) and its two printers
//! ([`manusia`] for people, [`json`] for tools).
//!
//! Loading problems, check findings, unusable images and the yearly
//! commands' refusals are all `Diagnostik`s, so every command prints them
//! the same way and `--format json` has one shape. It sits right above
//! [`crate::model`]: everything that finds a problem can make one, and it
//! knows nothing of how the folder is read.

use std::collections::BTreeMap;
use std::fmt::{self, Write};

use serde::Serialize;

/// Severity of a diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tingkat {
    /// Blocks `lkjip build` (unless `--draft`); `lkjip check` exits 1.
    Error,
    /// Reported; does not block.
    Warning,
}

/// Language of messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Bahasa {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

/// A message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pesan {
    /// Indonesian.
    pub id: String,
    /// English.
    pub en: String,
}

impl Pesan {
    /// The message in `b`.
    pub fn dalam(&self, b: Bahasa) -> &str {
        match b {
            Bahasa::Id => &self.id,
            Bahasa::En => &self.en,
        }
    }
}

/// Line and column, both starting at 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Posisi {
    /// Line, from 1.
    pub baris: usize,
    /// Column, from 1.
    pub kolom: usize,
}

/// One step of a YAML path: a mapping key or a sequence index.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segmen {
    /// `target` in `indikator.IKU1.target`.
    Kunci(String),
    /// `2` in `anggaran[2]`.
    Indeks(usize),
}

impl From<&str> for Segmen {
    fn from(k: &str) -> Segmen {
        Segmen::Kunci(k.to_string())
    }
}

impl From<String> for Segmen {
    fn from(k: String) -> Segmen {
        Segmen::Kunci(k)
    }
}

impl From<&String> for Segmen {
    fn from(k: &String) -> Segmen {
        Segmen::Kunci(k.clone())
    }
}

impl From<usize> for Segmen {
    fn from(i: usize) -> Segmen {
        Segmen::Indeks(i)
    }
}

impl From<i32> for Segmen {
    /// A year used as a mapping key (`tahun.2023`).
    fn from(tahun: i32) -> Segmen {
        Segmen::Kunci(tahun.to_string())
    }
}

/// A YAML path built from typed steps. Prints in serde_yaml's notation
/// (`sasaran_kegiatan[0].indikator[2].target`), the key of the loader's
/// position map.
///
/// Build it with [`jalur!`](crate::jalur) or by extending another path
/// (`pre.kunci("target")`), never by formatting a string.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Jalur(Vec<Segmen>);

impl Jalur {
    /// The document's root (prints as the empty string).
    pub fn akar() -> Jalur {
        Jalur(Vec::new())
    }

    /// This path extended by `s`.
    pub fn tambah(mut self, s: impl Into<Segmen>) -> Jalur {
        self.0.push(s.into());
        self
    }

    /// This path extended by the mapping key `k` (an id, a year, a name).
    pub fn kunci(&self, k: impl fmt::Display) -> Jalur {
        self.clone().tambah(Segmen::Kunci(k.to_string()))
    }

    /// This path extended by the sequence index `i`.
    pub fn indeks(&self, i: usize) -> Jalur {
        self.clone().tambah(Segmen::Indeks(i))
    }

    /// Reads a path in serde_yaml's notation, as serde's errors and the
    /// old-spelling table give them. Prints back as the same text.
    pub fn urai(teks: &str) -> Jalur {
        let mut out = Vec::new();
        for bagian in teks.split('.').filter(|b| !b.is_empty()) {
            let (kunci, mut sisa) = match bagian.find('[') {
                Some(i) => bagian.split_at(i),
                None => (bagian, ""),
            };
            if !kunci.is_empty() {
                out.push(Segmen::Kunci(kunci.to_string()));
            }
            while let Some(tutup) = sisa.find(']') {
                match sisa[1..tutup].parse() {
                    Ok(i) => out.push(Segmen::Indeks(i)),
                    Err(_) => out.push(Segmen::Kunci(sisa[..=tutup].to_string())),
                }
                sisa = &sisa[tutup + 1..];
            }
            if !sisa.is_empty() {
                out.push(Segmen::Kunci(sisa.to_string()));
            }
        }
        Jalur(out)
    }

    /// True when this path is `p` or lies inside it (`a.b[0]` lies
    /// inside `a.b`, `a.bc` does not).
    pub fn di_bawah(&self, p: &Jalur) -> bool {
        self.0.starts_with(&p.0)
    }

    /// True at the document's root.
    pub fn kosong(&self) -> bool {
        self.0.is_empty()
    }

    /// The steps.
    pub fn segmen(&self) -> &[Segmen] {
        &self.0
    }
}

impl fmt::Display for Jalur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Segmen::Kunci(k) if i == 0 => f.write_str(k)?,
                Segmen::Kunci(k) => write!(f, ".{k}")?,
                Segmen::Indeks(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Compares with a path in serde_yaml's notation (tests, and the paths
/// that arrive as text).
impl PartialEq<str> for Jalur {
    fn eq(&self, teks: &str) -> bool {
        self.to_string() == teks
    }
}

/// See `PartialEq<str>`.
impl PartialEq<&str> for Jalur {
    fn eq(&self, teks: &&str) -> bool {
        self.to_string() == *teks
    }
}

impl Serialize for Jalur {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A YAML path from its steps, written as it reads:
/// `jalur!(indikator.{id}.tabel[ti])` is `indikator.IKU1.tabel[0]` —
/// a bare name or number is a key, `{expr}` is a key printed from `expr`
/// (`&expr` is taken), `[expr]` is a sequence index (`usize`), and
/// `jalur!((induk).target)` extends the path `induk`.
#[macro_export]
macro_rules! jalur {
    (@ $j:expr ;) => { $j };
    (@ $j:expr ; . $($rest:tt)*) => { $crate::jalur!(@ $j ; $($rest)*) };
    (@ $j:expr ; $k:ident $($rest:tt)*) => {
        $crate::jalur!(@ $j.kunci(stringify!($k)) ; $($rest)*)
    };
    (@ $j:expr ; $k:literal $($rest:tt)*) => {
        $crate::jalur!(@ $j.kunci($k) ; $($rest)*)
    };
    (@ $j:expr ; {$e:expr} $($rest:tt)*) => {
        $crate::jalur!(@ $j.kunci(&$e) ; $($rest)*)
    };
    (@ $j:expr ; [$e:expr] $($rest:tt)*) => {
        $crate::jalur!(@ $j.indeks($e) ; $($rest)*)
    };
    (@ $j:expr ; $($rest:tt)*) => {
        compile_error!(concat!("jalur!: cannot read `", stringify!($($rest)*), "`"))
    };
    (($induk:expr) $($rest:tt)*) => {
        $crate::jalur!(@ $crate::diag::Jalur::clone(&$induk) ; $($rest)*)
    };
    ($($rest:tt)*) => { $crate::jalur!(@ $crate::diag::Jalur::akar() ; $($rest)*) };
}

/// The code of a loading problem (the folder could not be loaded, so no
/// rule ran).
pub const KODE_MUAT: &str = "LK000";

/// A problem placed in the user's files. The field names are those of
/// `lkjip check --format json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostik {
    /// `error` or `warning`.
    pub severity: Tingkat,
    /// Rule code (`LK101`); [`KODE_MUAT`] for loading problems.
    pub code: &'static str,
    /// File path as given (`data/2023/anggaran.yaml`).
    pub file: String,
    /// Line, from 1.
    pub line: Option<usize>,
    /// Column, from 1.
    pub column: Option<usize>,
    /// Length of the questioned text on its line (for underlining).
    #[serde(skip)]
    pub panjang: usize,
    /// YAML path (empty when the problem is the whole file).
    pub path: Jalur,
    /// Message in the chosen language.
    pub message: String,
    /// Expected value.
    pub expected: Option<String>,
    /// Found value.
    pub found: Option<String>,
}

impl Diagnostik {
    /// A loading problem (an error with code [`KODE_MUAT`]) in `file`, at
    /// `posisi` and `path` when known; `pesan` says what is wrong and what
    /// is expected, in Indonesian.
    pub fn muat(
        file: impl Into<String>,
        posisi: Option<Posisi>,
        path: Option<Jalur>,
        pesan: impl Into<String>,
    ) -> Diagnostik {
        Diagnostik {
            severity: Tingkat::Error,
            code: KODE_MUAT,
            file: file.into(),
            line: posisi.map(|p| p.baris),
            column: posisi.map(|p| p.kolom),
            panjang: 1,
            path: path.unwrap_or_default(),
            message: pesan.into(),
            expected: None,
            found: None,
        }
    }

    /// Line and column, when the problem is inside the file.
    pub fn posisi(&self) -> Option<Posisi> {
        Some(Posisi {
            baris: self.line?,
            kolom: self.column?,
        })
    }
}

/// One line: `file:line:column: message (di `path`)`, the form every
/// command but `check` prints.
impl fmt::Display for Diagnostik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(p) = self.posisi() {
            write!(f, ":{}:{}", p.baris, p.kolom)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.path.kosong() {
            write!(f, " (di `{}`)", self.path)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostik {}

/// Errors first, then by file, line, column and code.
pub fn urutkan(diag: &mut [Diagnostik]) {
    diag.sort_by(|a, b| {
        (a.severity, &a.file, a.line, a.column, a.code)
            .cmp(&(b.severity, &b.file, b.line, b.column, b.code))
    });
}

/// Human-readable report: one rustc-style snippet per diagnostic (the
/// line of `sumber`, by display path, underlined), then the summary line.
pub fn manusia(diag: &[Diagnostik], sumber: &BTreeMap<String, String>, bahasa: Bahasa) -> String {
    let mut out = String::new();
    for d in diag {
        let label = match (d.severity, bahasa) {
            (Tingkat::Error, Bahasa::Id) => "galat",
            (Tingkat::Error, Bahasa::En) => "error",
            (Tingkat::Warning, Bahasa::Id) => "peringatan",
            (Tingkat::Warning, Bahasa::En) => "warning",
        };
        let _ = writeln!(out, "{label}[{}]: {}", d.code, d.message);
        match (d.line, d.column) {
            (Some(l), Some(c)) => {
                let _ = writeln!(out, "  --> {}:{l}:{c}", d.file);
                let width = l.to_string().len();
                let pad = " ".repeat(width);
                if let Some(text) = sumber.get(&d.file).and_then(|t| t.lines().nth(l - 1)) {
                    let _ = writeln!(out, "{pad} |");
                    let _ = writeln!(out, "{l} | {text}");
                    let lead: String = text
                        .chars()
                        .take(c - 1)
                        .map(|ch| if ch == '\t' { '\t' } else { ' ' })
                        .collect();
                    let note = match (&d.expected, &d.found, bahasa) {
                        (Some(e), Some(f), Bahasa::Id) => format!(" diharapkan {e}, ditemukan {f}"),
                        (Some(e), Some(f), Bahasa::En) => format!(" expected {e}, found {f}"),
                        _ => String::new(),
                    };
                    let _ = writeln!(out, "{pad} | {lead}{}{note}", "^".repeat(d.panjang.max(1)));
                }
            }
            _ => {
                let _ = writeln!(out, "  --> {}", d.file);
            }
        }
        let _ = writeln!(out, "  = path: {}\n", d.path);
    }
    let errors = diag.iter().filter(|d| d.severity == Tingkat::Error).count();
    let warnings = diag.len() - errors;
    let _ = match bahasa {
        Bahasa::Id => writeln!(out, "{errors} kesalahan, {warnings} peringatan"),
        Bahasa::En => writeln!(out, "{errors} errors, {warnings} warnings"),
    };
    out
}

/// One JSON object per diagnostic, in an array.
pub fn json(diag: &[Diagnostik]) -> String {
    serde_json::to_string_pretty(diag).expect("diagnostics serialize")
}

/// One line per diagnostic.
pub fn baris(diag: &[Diagnostik]) -> String {
    diag.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Loading problems as every command but `check` prints them: one
/// `galat:` line each and a tally line.
pub fn baris_gagal_muat(galat: &[Diagnostik]) -> String {
    let mut out = String::new();
    for g in galat {
        out.push_str(&format!("galat: {g}\n"));
    }
    out.push_str(&format!(
        "{} kesalahan; folder data tidak dapat dimuat\n",
        galat.len()
    ));
    out
}

/// A one-line reason for a folder that did not load (the many-folder
/// tables).
pub fn sebab_gagal_muat(galat: &[Diagnostik]) -> String {
    match galat.first() {
        Some(g) if galat.len() > 1 => format!("{g} (dan {} masalah lain)", galat.len() - 1),
        Some(g) => g.to_string(),
        None => "tidak dapat dimuat".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jalur_prints_in_serde_notation() {
        let id = String::from("IKU1");
        let ti = 2;
        assert_eq!(
            jalur!(indikator.{id}.tabel[ti].baris).to_string(),
            "indikator.IKU1.tabel[2].baris"
        );
        let tahun = 2023;
        assert_eq!(
            jalur!(tahun.{tahun}.jumlah).to_string(),
            "tahun.2023.jumlah"
        );
        assert_eq!(jalur!(riwayat.2022).to_string(), "riwayat.2022");
        assert_eq!(jalur!().to_string(), "");
        assert_eq!(jalur!(a[0][1]).to_string(), "a[0][1]");
        let induk = jalur!(sasaran_kegiatan[0].indikator[1]);
        assert_eq!(
            jalur!((induk).target).to_string(),
            "sasaran_kegiatan[0].indikator[1].target"
        );
        assert!(jalur!(a.b[0]).di_bawah(&jalur!(a.b)));
        assert!(jalur!(a.b).di_bawah(&jalur!(a.b)));
        assert!(!jalur!(a.bc).di_bawah(&jalur!(a.b)));
    }

    #[test]
    fn urai_reads_back_what_display_prints() {
        for teks in [
            "sasaran_kegiatan[0].indikator[2].target",
            "tahun.2023",
            "kapasitas",
            "a[0][1].b",
            "",
        ] {
            assert_eq!(Jalur::urai(teks).to_string(), teks);
        }
        assert_eq!(
            Jalur::urai("anggaran[3].pagu").segmen(),
            &[
                Segmen::Kunci("anggaran".into()),
                Segmen::Indeks(3),
                Segmen::Kunci("pagu".into())
            ]
        );
    }

    #[test]
    fn loading_problem_prints_file_line_column_and_path() {
        let d = Diagnostik::muat(
            "data/2023/populasi.yaml",
            Some(Posisi {
                baris: 1,
                kolom: 12,
            }),
            Some(jalur!(kapasitas)),
            "tipe salah",
        );
        assert_eq!(
            d.to_string(),
            "data/2023/populasi.yaml:1:12: tipe salah (di `kapasitas`)"
        );
        let tanpa = Diagnostik::muat("data/2023", None, None, "folder data tidak ditemukan");
        assert_eq!(tanpa.to_string(), "data/2023: folder data tidak ditemukan");
        assert_eq!(
            sebab_gagal_muat(&[tanpa.clone(), d]),
            "data/2023: folder data tidak ditemukan (dan 1 masalah lain)"
        );
    }
}
