//! Output safety: what lkjip may overwrite, and how it writes.
//!
//! - A PDF output (`-o`) may not be a data file: inside the data folder
//!   only a `.pdf` may be written. An existing output must be a regular
//!   file (not a symlink, FIFO, device or folder) that its owner may write.
//! - The PDF goes to a fresh temporary file beside the output, created
//!   with `create_new` (O_EXCL: never an existing file, never through a
//!   planted symlink), then renamed over the output, keeping the old
//!   file's permissions.
//! - `--emit-typst DIR` writes only into an empty folder or one marked as
//!   lkjip's own ([`PENANDA_TYPST`]); it clears what it wrote before and
//!   never follows a symlink.
//! - Writing to a closed stdout (`lkjip schema | head -1`) ends quietly.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Where `path` would be once resolved: its canonical parent joined with
/// its file name (the file itself need not exist, and a final symlink is
/// not followed).
pub fn letak(path: &Path) -> std::io::Result<PathBuf> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "bukan nama berkas")
    })?;
    Ok(parent.canonicalize()?.join(name))
}

/// Why an output path is refused, in Indonesian; `None` when it may be written.
pub fn tolak_keluaran(output: &Path, folder_data: &Path) -> Option<String> {
    let tempat = match letak(output) {
        Ok(p) => p,
        Err(e) => return Some(format!("folder keluaran tidak dapat dibuka: {e}")),
    };
    match std::fs::symlink_metadata(&tempat) {
        Ok(m) => {
            let ft = m.file_type();
            if ft.is_symlink() {
                return Some(
                    "keluaran adalah tautan simbolik; lkjip tidak menulis melalui tautan, tulis ke berkas biasa".into(),
                );
            }
            if ft.is_dir() {
                return Some("keluaran adalah folder; beri nama berkas PDF".into());
            }
            if !ft.is_file() {
                return Some(
                    "keluaran bukan berkas biasa (FIFO, soket atau perangkat); lkjip hanya menimpa berkas biasa".into(),
                );
            }
            if m.permissions().readonly() {
                return Some(
                    "keluaran hanya-baca; lkjip tidak menimpanya (ubah izinnya bila memang ingin ditimpa)".into(),
                );
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Some(format!("keluaran tidak dapat diperiksa: {e}")),
    }
    let akar = folder_data
        .canonicalize()
        .unwrap_or_else(|_| folder_data.to_path_buf());
    let pdf = tempat
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if tempat.starts_with(&akar) && !pdf {
        return Some(
            "keluaran berada di dalam folder data tetapi bukan berkas .pdf; lkjip tidak menimpa berkas data".into(),
        );
    }
    None
}

/// A temporary name nobody can guess in advance: process id, time and a
/// counter, hashed with the address of a stack value.
fn nama_sementara(name: &str, coba: u32) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.write_u32(coba);
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    let lokal = 0u8;
    h.write_usize(std::ptr::addr_of!(lokal) as usize);
    format!(".{name}.{:016x}.tmp", h.finish())
}

/// Writes `bytes` to a fresh temporary file beside `path` (created with
/// `create_new`, so neither an existing file nor a planted symlink is ever
/// opened), then renames it over `path`: readers never see a half-written
/// file, a failure leaves the previous file as it was, and the previous
/// file's permissions are kept.
pub fn tulis_atomik(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lama = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.file_type().is_file())
        .map(|m| m.permissions());
    let mut coba = 0;
    let (tmp, mut f) = loop {
        let tmp = dir.join(nama_sementara(&name, coba));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && coba < 16 => coba += 1,
            Err(e) => return Err(e),
        }
    };
    let result = (|| {
        f.write_all(bytes)?;
        if let Some(perm) = lama {
            f.set_permissions(perm)?;
        }
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

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
            return std::fs::create_dir_all(dir).map_err(|e| e.to_string());
        }
        Err(e) => return Err(e.to_string()),
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
        .map_err(|e| e.to_string())?
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
            Ok(m) if m.is_dir() => std::fs::remove_dir_all(&p).map_err(|e| e.to_string())?,
            Ok(_) => std::fs::remove_file(&p).map_err(|e| e.to_string())?,
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

/// Writes `text` to stdout. A closed pipe (`| head -1`) is not an error
/// worth a message: the reader has what it wanted.
pub fn keluar(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// Writes `text` to stderr, ignoring a closed stderr.
pub fn lapor(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}
