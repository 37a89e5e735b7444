//! The one guarded writer for every file a command writes (`build -o`,
//! `export -o`, `rekap -o`), the guarded standard output, and operating
//! system errors told in Indonesian.
//!
//! Rules of [`tulis`]:
//! - an existing output must be a regular file: a symlink, FIFO, socket,
//!   device or folder is refused (an atomic rename would replace a device
//!   node with a regular file);
//! - a read-only output is refused;
//! - inside an lkjip data folder (any folder holding one of the data files,
//!   not only the one being built, nor only the folder itself: its
//!   subfolders too) only files of the command's own kinds may be written,
//!   so a data file is never overwritten, `--force` or not;
//! - elsewhere, an existing file of a kind the command does not write is
//!   overwritten only with `--force`;
//! - the bytes go to a fresh temporary file beside the output (created with
//!   `O_EXCL`, never through a planted symlink), then are renamed over it:
//!   a failure (a full disk) leaves the last good output as it was.
//!
//! Standard output goes through [`cetak`]: a closed pipe (`| head -1`) ends
//! the output quietly, any other write error (a full disk) is kept for
//! [`galat_keluaran_standar`], which the command layer turns into an
//! Indonesian message and a non-zero exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What a command may write: the extensions of its kinds of file, and
/// whether `--force` was given.
#[derive(Clone, Copy, Debug)]
pub struct Izin<'a> {
    /// Extensions (lower case, without the dot) of the files the command
    /// writes, e.g. `["pdf"]`.
    pub jenis: &'a [&'a str],
    /// `--force`: an existing file of another kind outside any data folder
    /// may be overwritten.
    pub paksa: bool,
}

/// An operating-system error in Indonesian (`os error 13` → "izin
/// ditolak"), with the OS code kept for the record.
pub fn galat_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let teks = match e.kind() {
        K::NotFound => "berkas atau folder tidak ditemukan",
        K::PermissionDenied => "izin ditolak",
        K::AlreadyExists => "berkas sudah ada",
        K::StorageFull => "ruang penyimpanan penuh",
        K::QuotaExceeded => "kuota penyimpanan habis",
        K::ReadOnlyFilesystem => "sistem berkas hanya-baca",
        K::IsADirectory => "berupa folder, bukan berkas",
        K::NotADirectory => "bagian jalurnya bukan folder",
        K::DirectoryNotEmpty => "folder tidak kosong",
        K::BrokenPipe => "pipa keluaran sudah ditutup",
        K::Interrupted => "terputus",
        K::InvalidInput | K::InvalidFilename => "nama atau jalur tidak sah",
        K::FileTooLarge => "berkas terlalu besar",
        K::CrossesDevices => "tidak dapat dipindahkan antarperangkat",
        K::TooManyLinks => "terlalu banyak tautan",
        K::ResourceBusy => "sedang dipakai",
        K::OutOfMemory => "memori habis",
        K::UnexpectedEof => "berkas berakhir sebelum waktunya",
        _ => "kesalahan masukan/keluaran",
    };
    match e.raw_os_error() {
        Some(n) => format!("{teks} (kode OS {n})"),
        None => teks.to_string(),
    }
}

/// The data file names that mark a folder as an lkjip data folder.
fn folder_data(dir: &Path) -> bool {
    crate::model::BERKAS
        .iter()
        .any(|b| std::fs::symlink_metadata(dir.join(b)).is_ok_and(|m| m.file_type().is_file()))
}

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

/// Why `output` may not be written under `izin`, in Indonesian; `None`
/// when it may.
pub fn tolak(output: &Path, izin: Izin) -> Option<String> {
    let tempat = match letak(output) {
        Ok(p) => p,
        Err(e) => {
            return Some(format!(
                "folder keluaran tidak dapat dibuka: {}",
                galat_io(&e)
            ));
        }
    };
    let nama_jenis = izin.jenis.join(", .");
    let ada = match std::fs::symlink_metadata(&tempat) {
        Ok(m) => {
            let ft = m.file_type();
            if ft.is_symlink() {
                return Some(
                    "keluaran adalah tautan simbolik; lkjip tidak menulis melalui tautan, tulis ke berkas biasa".into(),
                );
            }
            if ft.is_dir() {
                return Some(format!(
                    "keluaran adalah folder; beri nama berkas .{nama_jenis}"
                ));
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
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Some(format!("keluaran tidak dapat diperiksa: {}", galat_io(&e))),
    };
    let jenisnya = tempat
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| izin.jenis.contains(&e.as_str()));
    if jenisnya {
        return None;
    }
    if let Some(d) = tempat
        .parent()
        .and_then(|p| p.ancestors().find(|a| folder_data(a)))
    {
        return Some(format!(
            "keluaran berada di dalam folder data {} tetapi bukan berkas .{nama_jenis}; lkjip tidak menimpa berkas data",
            d.display()
        ));
    }
    if ada && !izin.paksa {
        return Some(format!(
            "berkas sudah ada dan bukan berkas .{nama_jenis}; lkjip tidak menimpanya tanpa --force"
        ));
    }
    None
}

/// Writes `bytes` to `output` after [`tolak`] allows it, atomically (see
/// [`tulis_atomik`]). The error is an Indonesian sentence.
pub fn tulis(output: &Path, bytes: &[u8], izin: Izin) -> Result<(), String> {
    if let Some(why) = tolak(output, izin) {
        return Err(why);
    }
    tulis_atomik(output, bytes).map_err(|e| galat_io(&e))
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
/// file's permissions are kept. Callers check `path` with [`tolak`] first.
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

/// State of standard output: `Ok(true)` while it takes writes, `Ok(false)`
/// once the reader closed the pipe, `Err` after another write error.
static KELUARAN_STANDAR: Mutex<Result<bool, String>> = Mutex::new(Ok(true));

/// Writes `text` to standard output. A closed pipe silently ends all
/// further output (the reader has what it wanted); another error (a full
/// disk) is remembered for [`galat_keluaran_standar`]. Never panics.
pub fn cetak(text: &str) {
    let mut keadaan = KELUARAN_STANDAR.lock().unwrap_or_else(|e| e.into_inner());
    if *keadaan != Ok(true) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        *keadaan = if e.kind() == std::io::ErrorKind::BrokenPipe {
            Ok(false)
        } else {
            Err(galat_io(&e))
        };
    }
}

/// The Indonesian reason standard output lost text, if it did (a closed
/// pipe is not such a loss).
pub fn galat_keluaran_standar() -> Option<String> {
    let keadaan = KELUARAN_STANDAR.lock().unwrap_or_else(|e| e.into_inner());
    keadaan.clone().err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_in_indonesian() {
        let e = std::io::Error::from_raw_os_error(28);
        let t = galat_io(&e);
        assert!(t.starts_with("ruang penyimpanan penuh"), "{t}");
        assert!(!t.contains("os error"), "{t}");
        assert!(galat_io(&std::io::Error::from_raw_os_error(13)).starts_with("izin ditolak"));
    }

    #[test]
    fn data_files_of_any_data_folder_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let lain = tmp.path().join("2022");
        std::fs::create_dir(&lain).unwrap();
        let pk = lain.join(crate::model::Berkas::Pk.nama());
        std::fs::write(&pk, "x: 1\n").unwrap();
        let izin = Izin {
            jenis: &["pdf"],
            paksa: true,
        };
        let why = tolak(&pk, izin).unwrap();
        assert!(why.contains("folder data"), "{why}");
        // A new non-PDF file in its subfolder too.
        std::fs::create_dir(lain.join("gambar")).unwrap();
        assert!(tolak(&lain.join("gambar/x.png"), izin).is_some());
        assert_eq!(tolak(&lain.join("LKjIP.pdf"), izin), None);
    }

    #[test]
    fn other_kinds_need_force() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("catatan.txt");
        std::fs::write(&p, "penting").unwrap();
        let izin = Izin {
            jenis: &["csv"],
            paksa: false,
        };
        assert!(tulis(&p, b"a;b", izin).unwrap_err().contains("--force"));
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "penting");
        tulis(
            &p,
            b"a;b",
            Izin {
                paksa: true,
                ..izin
            },
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "a;b");
        // A new file of any name is fine.
        tulis(&tmp.path().join("baru.txt"), b"x", izin).unwrap();
    }
}
