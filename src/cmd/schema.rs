//! `lkjip schema`: the JSON Schemas of the data files.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::{BERKAS, skema};

/// Arguments of `lkjip schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Berkas data yang skemanya dicetak (misalnya pk.yaml).
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(BERKAS))]
    pub berkas: Option<String>,
    /// Tulis semua skema ke FOLDER/.schema/ dan tautkan setiap berkas YAML
    /// di FOLDER ke skemanya (baris `# yaml-language-server`).
    #[arg(long, value_name = "FOLDER", conflicts_with = "berkas")]
    pub folder: Option<PathBuf>,
}

/// Runs `lkjip schema`.
pub fn jalankan(args: &Args) -> ExitCode {
    if let Some(folder) = &args.folder {
        return match skema::tulis(folder) {
            Ok(()) => {
                super::aman::keluar(&format!(
                    "skema ditulis ke {}\n",
                    folder.join(skema::FOLDER_SKEMA).display()
                ));
                ExitCode::SUCCESS
            }
            Err(e) => {
                super::aman::lapor(&format!(
                    "galat: {}: {}\n",
                    folder.display(),
                    crate::berkas::galat_io(&e)
                ));
                ExitCode::FAILURE
            }
        };
    }
    let value = match &args.berkas {
        Some(b) => skema::skema(b).expect("the value parser admits only data files"),
        None => serde_json::Value::Object(
            BERKAS
                .iter()
                .map(|b| {
                    (
                        b.to_string(),
                        skema::skema(b).expect("every data file has a schema"),
                    )
                })
                .collect(),
        ),
    };
    super::aman::keluar(&format!(
        "{}\n",
        serde_json::to_string_pretty(&value).expect("a schema is JSON")
    ));
    ExitCode::SUCCESS
}
