//! JSON Schemas (draft-07) of the data files, for editors: VS Code's YAML
//! extension reads the `# yaml-language-server: $schema=…` line that lkjip
//! writes at the top of every file, completes field names, shows their
//! documentation and flags unknown fields.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

use super::BERKAS;

/// Folder, inside a data folder, where the schemas are written.
pub const FOLDER_SKEMA: &str = ".schema";

/// The draft-07 schema of `T`.
pub fn skema_untuk<T: JsonSchema>() -> serde_json::Value {
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    serde_json::to_value(schema).expect("a schema is JSON")
}

/// The schema of one data file (`pk.yaml`), or `None` for an unknown name.
pub fn skema(berkas: &str) -> Option<serde_json::Value> {
    super::berkas(berkas).map(|b| (b.skema)())
}

/// File name of a data file's schema (`pk.schema.json`).
pub fn nama_skema(berkas: &str) -> String {
    format!("{}.schema.json", berkas.trim_end_matches(".yaml"))
}

/// The first line of a data file, pointing the editor at its schema.
pub fn baris_skema(berkas: &str) -> String {
    format!(
        "# yaml-language-server: $schema={FOLDER_SKEMA}/{}",
        nama_skema(berkas)
    )
}

/// Writes every schema into `folder/.schema/` and makes the first line of
/// each data file in `folder` point at its schema.
pub fn tulis(folder: &std::path::Path) -> std::io::Result<()> {
    let dir = folder.join(FOLDER_SKEMA);
    std::fs::create_dir_all(&dir)?;
    for berkas in BERKAS {
        let schema = skema(berkas).expect("every data file has a schema");
        let text = serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n";
        std::fs::write(dir.join(nama_skema(berkas)), text)?;
        let path = folder.join(berkas);
        if let Ok(text) = std::fs::read_to_string(&path) {
            std::fs::write(&path, dengan_baris_skema(berkas, &text))?;
        }
    }
    Ok(())
}

/// `text` with its schema line first (replacing an older one).
pub fn dengan_baris_skema(berkas: &str, text: &str) -> String {
    let body = match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("# yaml-language-server:") => rest,
        _ => text,
    };
    format!("{}\n{body}", baris_skema(berkas))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Berkas;

    #[test]
    fn schema_is_draft07_and_strict() {
        let s = skema(Berkas::Populasi.nama()).unwrap();
        assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(s["additionalProperties"], false);
        assert!(
            s["properties"]["kapasitas"]["description"]
                .as_str()
                .unwrap()
                .contains("capacity")
        );
        assert!(skema("tidak-ada.yaml").is_none());
    }

    #[test]
    fn schema_line() {
        assert_eq!(
            baris_skema(Berkas::Pk.nama()),
            "# yaml-language-server: $schema=.schema/pk.schema.json"
        );
        let once = dengan_baris_skema(Berkas::Pk.nama(), "a: 1\n");
        assert_eq!(
            once,
            "# yaml-language-server: $schema=.schema/pk.schema.json\na: 1\n"
        );
        assert_eq!(dengan_baris_skema(Berkas::Pk.nama(), &once), once);
    }
}
