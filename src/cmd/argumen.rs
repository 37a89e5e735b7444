//! Command-line argument errors in lkjip's own words: clap's error kinds
//! rendered in Indonesian (English under `--lang en`), as a JSON
//! diagnostic array when `--format json` was asked for, exit code 2.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::check::{Bahasa, Diagnostik, Tingkat};

/// The code of an argument error in JSON diagnostics.
pub const KODE_ARGUMEN: &str = "ARG";

/// Exit code of an argument error (clap's).
pub const KELUAR_ARGUMEN: u8 = 2;

/// Parses `args` (program name first) and runs the command; an argument
/// error is printed by [`cetak_galat`].
pub fn jalankan(args: Vec<OsString>) -> ExitCode {
    match super::Cli::try_parse_from(&args) {
        Ok(cli) => super::jalankan(cli),
        Err(e) => super::selesai(cetak_galat(&e, &args)),
    }
}

/// The value of `--NAME` in the raw arguments (`--NAME V` or `--NAME=V`).
fn nilai_opsi(args: &[OsString], nama: &str) -> Option<String> {
    let panjang = format!("--{nama}");
    let dengan_sama = format!("--{nama}=");
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == panjang {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = a.strip_prefix(&dengan_sama) {
            return Some(v.to_string());
        }
    }
    None
}

/// One piece of clap's context as text.
fn konteks(e: &clap::Error, k: ContextKind) -> Option<String> {
    match e.get(k)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The argument error as a sentence in `bahasa`, and the argument it is
/// about (for the JSON `path`).
pub fn pesan(e: &clap::Error, bahasa: Bahasa) -> (String, String) {
    let id = bahasa == Bahasa::Id;
    let arg = konteks(e, ContextKind::InvalidArg).unwrap_or_default();
    let nilai = konteks(e, ContextKind::InvalidValue).unwrap_or_default();
    let atau = if id { "` atau `" } else { "` or `" };
    let saran = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|k| match e.get(k)? {
        ContextValue::Strings(v) => Some(v.join(atau)),
        _ => konteks(e, k),
    });
    let pilihan = konteks(e, ContextKind::ValidValue);
    let perintah = konteks(e, ContextKind::InvalidSubcommand).unwrap_or_default();
    let mut teks = match (e.kind(), id) {
        (ErrorKind::UnknownArgument, true) => format!("argumen `{arg}` tidak dikenal"),
        (ErrorKind::UnknownArgument, false) => format!("unknown argument `{arg}`"),
        (ErrorKind::InvalidSubcommand, true) => format!("perintah `{perintah}` tidak dikenal"),
        (ErrorKind::InvalidSubcommand, false) => format!("unknown command `{perintah}`"),
        (ErrorKind::InvalidValue, true) if nilai.is_empty() => {
            format!("`{arg}` memerlukan nilai")
        }
        (ErrorKind::InvalidValue, false) if nilai.is_empty() => {
            format!("`{arg}` needs a value")
        }
        (ErrorKind::InvalidValue, true) => format!("nilai `{nilai}` tidak sah untuk `{arg}`"),
        (ErrorKind::InvalidValue, false) => format!("invalid value `{nilai}` for `{arg}`"),
        (ErrorKind::ValueValidation, true) => {
            format!("nilai `{nilai}` untuk `{arg}` tidak sah (misalnya bukan bilangan bulat)")
        }
        (ErrorKind::ValueValidation, false) => {
            format!("invalid value `{nilai}` for `{arg}` (not a whole number, say)")
        }
        (ErrorKind::MissingRequiredArgument, true) => {
            format!("argumen wajib belum diberikan: {arg}")
        }
        (ErrorKind::MissingRequiredArgument, false) => {
            format!("required argument missing: {arg}")
        }
        (
            ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
            true,
        ) => "perintah belum disebut".into(),
        (
            ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
            false,
        ) => "no command given".into(),
        (ErrorKind::ArgumentConflict, true) => {
            let lain = konteks(e, ContextKind::PriorArg).unwrap_or_default();
            format!("`{arg}` tidak dapat dipakai bersama `{lain}`")
        }
        (ErrorKind::ArgumentConflict, false) => {
            let lain = konteks(e, ContextKind::PriorArg).unwrap_or_default();
            format!("`{arg}` cannot be used with `{lain}`")
        }
        (
            ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues,
            true,
        ) => format!("jumlah nilai untuk `{arg}` salah"),
        (
            ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues,
            false,
        ) => format!("wrong number of values for `{arg}`"),
        (ErrorKind::NoEquals, true) => format!("`{arg}` memerlukan `=` sebelum nilainya"),
        (ErrorKind::NoEquals, false) => format!("`{arg}` needs `=` before its value"),
        (ErrorKind::InvalidUtf8, true) => "argumen bukan teks UTF-8".into(),
        (ErrorKind::InvalidUtf8, false) => "an argument is not UTF-8 text".into(),
        (_, true) => "argumen tidak sah".into(),
        (_, false) => "invalid arguments".into(),
    };
    if let Some(s) = saran {
        teks.push_str(&if id {
            format!("; mungkin maksudnya `{s}`?")
        } else {
            format!("; did you mean `{s}`?")
        });
    }
    if let Some(p) = pilihan.filter(|p| !p.is_empty()) {
        teks.push_str(&if id {
            format!(" (pilihan: {p})")
        } else {
            format!(" (possible values: {p})")
        });
    }
    let sasaran = if arg.is_empty() { perintah } else { arg };
    (teks, sasaran)
}

/// Prints an argument error: help and version as clap prints them (exit
/// 0); anything else as `galat: …` in Indonesian (English under `--lang
/// en`), or as a JSON diagnostic under `--format json`; exit code 2.
pub fn cetak_galat(e: &clap::Error, args: &[OsString]) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        super::aman::keluar(&e.render().to_string());
        return ExitCode::SUCCESS;
    }
    let bahasa = match nilai_opsi(args, "lang").as_deref() {
        Some("en") => Bahasa::En,
        _ => Bahasa::Id,
    };
    let (teks, sasaran) = pesan(e, bahasa);
    let bantuan = match bahasa {
        Bahasa::Id => "lihat `lkjip --help` atau `lkjip PERINTAH --help`",
        Bahasa::En => "see `lkjip --help` or `lkjip COMMAND --help`",
    };
    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        // `lkjip` alone: the help is the answer, on standard error.
        super::aman::lapor(&e.render().to_string());
    }
    let label = match bahasa {
        Bahasa::Id => "galat",
        Bahasa::En => "error",
    };
    super::aman::lapor(&format!("{label}: {teks}\n{bantuan}\n"));
    if nilai_opsi(args, "format").as_deref() == Some("json") {
        let d = Diagnostik {
            severity: Tingkat::Error,
            code: KODE_ARGUMEN,
            file: String::new(),
            line: None,
            column: None,
            panjang: 1,
            path: crate::diag::Jalur::akar().kunci(sasaran),
            message: teks,
            expected: None,
            found: None,
        };
        super::aman::keluar(&format!("{}\n", crate::diag::json(&[d])));
    }
    ExitCode::from(KELUAR_ARGUMEN)
}
