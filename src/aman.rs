//! Output safety: what lkjip may overwrite, and how it writes.
//!
//! - Output files are written through [`crate::berkas`], the one guarded
//!   writer: never a data file of any data folder, a symlink, FIFO,
//!   socket, device or folder; atomically (temporary file, then rename).
//! - `--emit-typst DIR` writes only into an empty folder or one marked as
//!   lkjip's own ([`PENANDA_TYPST`]); it clears what it wrote before and
//!   never follows a symlink.
//! - Writing to a closed stdout (`lkjip schema | head -1`) ends quietly;
//!   a full disk is an error (see [`keluar`]).

use std::io::Write;
use std::path::Path;

pub use crate::berkas::{letak, tulis_atomik};

/// The file lkjip leaves in an `--emit-typst` folder to recognise it later.
pub const PENANDA_TYPST: &str = ".lkjip-typst";

/// What lkjip writes into an `--emit-typst` folder (besides the marker).
const ISI_TYPST: [&str; 4] = ["laporan.typ", "gaya.typ", "aset", "fonts"];

/// Makes `dir` ready for `--emit-typst`: creates it when missing; accepts
/// an empty folder or one holding [`PENANDA_TYPST`], whose earlier output
/// it removes (without following symlinks); refuses anything else.
pub fn siapkan_folder_typst(dir: &Path) -> Result<(), String> {
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return std::fs::create_dir_all(dir).map_err(|e| crate::berkas::galat_io(&e));
        }
        Err(e) => return Err(crate::berkas::galat_io(&e)),
        Ok(m) if m.file_type().is_symlink() => {
            return Err(
                "folder sumber Typst adalah tautan simbolik; lkjip tidak menulis melalui tautan"
                    .into(),
            );
        }
        Ok(m) if !m.is_dir() => return Err("bukan folder".into()),
        Ok(_) => {}
    }
    let ada: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| crate::berkas::galat_io(&e))?
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    if ada.is_empty() {
        return Ok(());
    }
    if !ada.iter().any(|n| n == PENANDA_TYPST) {
        return Err(format!(
            "folder tidak kosong dan bukan keluaran --emit-typst lkjip (tidak ada {PENANDA_TYPST}); pilih folder kosong"
        ));
    }
    for nama in ISI_TYPST {
        let p = dir.join(nama);
        match std::fs::symlink_metadata(&p) {
            // remove_dir_all does not follow symlinks inside the tree.
            Ok(m) if m.is_dir() => {
                std::fs::remove_dir_all(&p).map_err(|e| crate::berkas::galat_io(&e))?
            }
            Ok(_) => std::fs::remove_file(&p).map_err(|e| crate::berkas::galat_io(&e))?,
            Err(_) => {}
        }
    }
    Ok(())
}

/// Writes a new file, refusing to open anything that already exists
/// (a symlink included).
pub fn tulis_baru(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(bytes)
}

/// Writes `text` to stdout through [`crate::berkas::cetak`]: a closed
/// pipe (`| head -1`) ends quietly, a full disk is reported when the
/// command ends ([`super::jalankan`]).
pub fn keluar(text: &str) {
    crate::berkas::cetak(text);
}

/// Writes `text` to stderr, ignoring a closed stderr.
pub fn lapor(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}
