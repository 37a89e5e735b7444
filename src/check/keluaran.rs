//! Printing diagnostics: rustc/codespan-style snippets for people, JSON for
//! tools.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{Bahasa, Diagnostik, Tingkat};

/// Human-readable report: one snippet per diagnostic, then the summary line.
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

/// The code of a loading problem in JSON output (the folder could not be
/// loaded, so no rule ran).
pub const KODE_MUAT: &str = "LK000";

/// A loading problem as a diagnostic, with the same fields as the rules'
/// findings.
pub fn dari_galat_muat(g: &crate::load::Galat) -> Diagnostik {
    Diagnostik {
        severity: Tingkat::Error,
        code: KODE_MUAT,
        file: g.berkas.clone(),
        line: g.posisi.map(|p| p.baris),
        column: g.posisi.map(|p| p.kolom),
        panjang: 1,
        path: g.path.clone().unwrap_or_default(),
        message: g.pesan.clone(),
        expected: None,
        found: None,
    }
}
