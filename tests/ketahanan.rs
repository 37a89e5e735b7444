//! Issue 24, "Hardening, round two": one test per case (case 10,
//! new-year, belongs to the yearly-routine work). Each failed on main
//! before its fix.

mod common;

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{lkjip, salinan, ubah};

fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn jalankan(args: &[&OsStr]) -> Output {
    lkjip(args)
}

/// Runs lkjip with stdout on `/dev/full` (a disk that is always full).
fn ke_disk_penuh(args: &[&OsStr]) -> Option<Output> {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()?;
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .args(args)
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    Some(out)
}

/// Runs lkjip with stdout on a pipe whose reader is already gone.
fn ke_pipa_tertutup(args: &[&OsStr]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

fn tidak_panik(o: &Output) {
    assert_ne!(o.status.code(), Some(101), "{}", stderr(o));
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

// ------------------------------------------------------------ case 1, 6

#[test]
fn kasus01_export_ke_pipa_tertutup_diam_dan_ke_disk_penuh_galat() {
    let (_tmp, dir) = salinan();
    for format in ["csv", "json"] {
        let o = ke_pipa_tertutup(&[os("export"), dir.as_os_str(), os("--format"), os(format)]);
        tidak_panik(&o);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(!stderr(&o).contains("galat"), "{}", stderr(&o));
        let Some(o) = ke_disk_penuh(&[os("export"), dir.as_os_str(), os("--format"), os(format)])
        else {
            return;
        };
        tidak_panik(&o);
        assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("keluaran standar tidak dapat ditulis: ruang penyimpanan penuh"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn kasus06_setiap_perintah_yang_mencetak_gagal_pada_disk_penuh() {
    let (_tmp, dir) = salinan();
    let perintah: [Vec<&OsStr>; 6] = [
        vec![os("check"), dir.as_os_str()],
        vec![os("check"), dir.as_os_str(), os("--format"), os("json")],
        vec![os("schema")],
        vec![os("schema"), os("pk.yaml")],
        vec![os("completions"), os("bash")],
        vec![os("export"), os("--schema")],
    ];
    for args in perintah {
        let Some(o) = ke_disk_penuh(&args) else {
            return;
        };
        tidak_panik(&o);
        assert_eq!(o.status.code(), Some(3), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("galat: keluaran standar tidak dapat ditulis"),
            "{args:?}: {}",
            stderr(&o)
        );
        // A closed pipe is not an error: the exit code is the command's own.
        let o = ke_pipa_tertutup(&args);
        tidak_panik(&o);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    }
}

// ------------------------------------------------------- case 3, 4, 14

#[test]
fn kasus03_export_tidak_menimpa_berkas_data() {
    let (_tmp, dir) = salinan();
    let unit = dir.join("unit.yaml");
    let sebelum = std::fs::read(&unit).unwrap();
    for format in ["csv", "json", "xlsx"] {
        let o = jalankan(&[
            os("export"),
            dir.as_os_str(),
            os("--format"),
            os(format),
            os("-o"),
            unit.as_os_str(),
        ]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("lkjip tidak menimpa berkas data"),
            "{}",
            stderr(&o)
        );
        // Not even with --force.
        let o = jalankan(&[
            os("export"),
            dir.as_os_str(),
            os("--format"),
            os(format),
            os("--force"),
            os("-o"),
            unit.as_os_str(),
        ]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert_eq!(std::fs::read(&unit).unwrap(), sebelum);
    }
}

#[test]
fn kasus04_build_tidak_menimpa_data_folder_tahun_lain_atau_berkas_lain() {
    let (tmp, dir) = salinan();
    // A sibling year: another lkjip folder.
    let lain = tmp.path().join("2022");
    std::fs::create_dir(&lain).unwrap();
    std::fs::copy(dir.join("pk.yaml"), lain.join("pk.yaml")).unwrap();
    let sebelum = std::fs::read(lain.join("pk.yaml")).unwrap();
    let pk = lain.join("pk.yaml");
    for extra in [&[][..], &["--force"][..]] {
        let o = common::build(&dir, &pk, extra);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("di dalam folder data"),
            "{}",
            stderr(&o)
        );
        assert_eq!(std::fs::read(&pk).unwrap(), sebelum);
    }
    // An existing file of another kind, outside any data folder: only with --force.
    let catatan = tmp.path().join("catatan.txt");
    std::fs::write(&catatan, "penting").unwrap();
    let o = jalankan(&[
        os("export"),
        dir.as_os_str(),
        os("--format"),
        os("json"),
        os("-o"),
        catatan.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("tanpa --force"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&catatan).unwrap(), "penting");
    let o = jalankan(&[
        os("export"),
        dir.as_os_str(),
        os("--format"),
        os("json"),
        os("--force"),
        os("-o"),
        catatan.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&catatan).unwrap().starts_with('{'));
}

#[cfg(unix)]
#[test]
fn kasus14_perangkat_fifo_soket_dan_folder_ditolak_oleh_setiap_penulis() {
    use std::os::unix::fs::FileTypeExt;
    let (tmp, dir) = salinan();
    let fifo = tmp.path().join("pipa.csv");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let soket_path = tmp.path().join("soket.pdf");
    let _soket = std::os::unix::net::UnixListener::bind(&soket_path).unwrap();
    let folder = tmp.path().join("folder.xlsx");
    std::fs::create_dir(&folder).unwrap();
    // A device node of our own (as root), never the machine's /dev/full.
    let perangkat = tmp.path().join("perangkat.csv");
    let ada_perangkat = Command::new("mknod")
        .arg(&perangkat)
        .args(["c", "1", "7"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let mut sasaran = vec![fifo.clone(), soket_path.clone(), folder.clone()];
    if ada_perangkat {
        sasaran.push(perangkat.clone());
    }
    for s in &sasaran {
        let export = jalankan(&[
            os("export"),
            dir.as_os_str(),
            os("--format"),
            os("json"),
            os("-o"),
            s.as_os_str(),
        ]);
        let rekap = jalankan(&[os("rekap"), dir.as_os_str(), os("-o"), s.as_os_str()]);
        for o in [&export, &rekap] {
            assert_eq!(o.status.code(), Some(2), "{}: {}", s.display(), stderr(o));
            let e = stderr(o);
            assert!(
                e.contains("bukan berkas biasa") || e.contains("adalah folder"),
                "{}: {e}",
                s.display()
            );
        }
    }
    let ft = |p: &Path| std::fs::symlink_metadata(p).unwrap().file_type();
    assert!(ft(&fifo).is_fifo());
    assert!(ft(&soket_path).is_socket());
    assert!(ft(&folder).is_dir());
    if ada_perangkat {
        assert!(ft(&perangkat).is_char_device());
    }
}

// -------------------------------------------------------------- case 5, 11

/// A folder that does not load.
fn rusak(dir: &Path) {
    std::fs::write(dir.join("unit.yaml"), "nama: [tidak ditutup\n").unwrap();
}

#[test]
fn kasus05_rekap_menolak_bila_semua_folder_gagal_dan_menyimpan_rekap_lama() {
    let (tmp, dir) = salinan();
    rusak(&dir);
    for ext in ["csv", "xlsx", "pdf"] {
        let keluaran = tmp.path().join(format!("rekap.{ext}"));
        std::fs::write(&keluaran, "REKAP LAMA").unwrap();
        let o = jalankan(&[os("rekap"), dir.as_os_str(), os("-o"), keluaran.as_os_str()]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("tidak satu pun folder dapat dimuat; rekap tidak ditulis"),
            "{}",
            stderr(&o)
        );
        assert_eq!(std::fs::read_to_string(&keluaran).unwrap(), "REKAP LAMA");
    }
}

#[test]
fn kasus11_rekap_melaporkan_folder_dan_unit_ganda() {
    let (tmp, dir) = salinan();
    let keluaran = tmp.path().join("rekap.csv");
    // The same folder twice (once through `..`): counted once, with a word.
    let lagi = dir.join("..").join("2023");
    let o = jalankan(&[
        os("rekap"),
        dir.as_os_str(),
        lagi.as_os_str(),
        os("-o"),
        keluaran.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("disebut lebih dari sekali"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("ditulis: 1 unit"), "{}", stderr(&o));
    // A copy of the folder: the same unit and year twice.
    let salin = tmp.path().join("salinan-2023");
    Command::new("cp")
        .arg("-r")
        .arg(&dir)
        .arg(&salin)
        .status()
        .unwrap();
    let o = jalankan(&[
        os("rekap"),
        dir.as_os_str(),
        salin.as_os_str(),
        os("-o"),
        keluaran.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Lembaga Pemasyarakatan Kelas IIB Atambua tahun 2023 ada di 2 folder"),
        "{}",
        stderr(&o)
    );
}

// ------------------------------------------------------------------ case 7

#[test]
fn kasus07_export_json_folder_rusak_mencetak_diagnostik_json() {
    let (_tmp, dir) = salinan();
    rusak(&dir);
    let o = jalankan(&[os("export"), dir.as_os_str(), os("--format"), os("json")]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let v: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0]["code"], "LK000");
    assert!(
        v[0]["file"].as_str().unwrap().ends_with("unit.yaml"),
        "{v:?}"
    );
    assert!(v[0]["line"].as_u64().is_some(), "{v:?}");
}

// ------------------------------------------------------------------ case 8

#[test]
fn kasus08_csv_menetralkan_rumus() {
    let (tmp, dir) = salinan();
    ubah(
        &dir,
        "unit.yaml",
        "nama: Lembaga Pemasyarakatan Kelas IIB Atambua",
        "nama: '=HYPERLINK(\"http://x.example\",\"klik\")'",
    );
    ubah(
        &dir,
        "pk.yaml",
        "nama: Persentase gangguan kamtib yang dapat dicegah",
        "nama: '+1+cmd|calc'",
    );
    ubah(
        &dir,
        "pk.yaml",
        "nama: Persentase pemulihan kondisi keamanan pasca gangguan kamtib secara tuntas",
        "nama: '@SUM(A1:A9)'",
    );
    let export = jalankan(&[os("export"), dir.as_os_str(), os("--format"), os("csv")]);
    assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));
    let rekap_csv = tmp.path().join("rekap.csv");
    let o = jalankan(&[
        os("rekap"),
        dir.as_os_str(),
        os("-o"),
        rekap_csv.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rekap = std::fs::read_to_string(&rekap_csv).unwrap();
    for teks in [stdout(&export), rekap] {
        // No cell starts a formula; the text is kept behind a quote mark.
        for line in teks.lines() {
            for sel in line.split(';') {
                let sel = sel.trim_start_matches('"');
                assert!(!sel.starts_with(['=', '+', '@']), "{sel:?} in {line:?}");
            }
        }
        assert!(teks.contains("'+1+cmd|calc"), "{teks}");
        assert!(teks.contains("'@SUM(A1:A9)"), "{teks}");
    }
    assert!(
        std::fs::read_to_string(&rekap_csv)
            .unwrap()
            .contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")\""),
    );
}

// ------------------------------------------------------------------ case 9

#[test]
fn kasus09_galat_argumen_berbahasa_indonesia_inggris_atau_json() {
    let (_tmp, dir) = salinan();
    let o = jalankan(&[os("check"), os("--bogus"), dir.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.starts_with("galat: argumen `--bogus` tidak dikenal"),
        "{e}"
    );
    assert!(
        !e.contains("error:") && !e.contains("Usage") && !e.contains("unexpected"),
        "{e}"
    );

    let o = jalankan(&[os("export"), dir.as_os_str(), os("-o")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`--output <FILE>` memerlukan nilai"),
        "{}",
        stderr(&o)
    );

    let o = jalankan(&[os("check"), os("--format"), os("jsn"), dir.as_os_str()]);
    assert!(
        stderr(&o)
            .contains("nilai `jsn` tidak sah untuk `--format <FORMAT>`; mungkin maksudnya `json`?"),
        "{}",
        stderr(&o)
    );

    let o = jalankan(&[
        os("check"),
        os("--lang"),
        os("en"),
        os("--bogus"),
        dir.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: unknown argument `--bogus`"),
        "{}",
        stderr(&o)
    );

    let o = jalankan(&[
        os("check"),
        os("--format"),
        os("json"),
        os("--bogus"),
        dir.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["severity"], "error");
    assert_eq!(v[0]["code"], "ARG");
    assert_eq!(v[0]["path"], "--bogus");
    assert_eq!(v[0]["message"], "argumen `--bogus` tidak dikenal");

    // Help and version are not errors.
    let o = jalankan(&[os("--version")]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("lkjip "), "{}", stdout(&o));
}

// ----------------------------------------------------------------- case 12

#[test]
fn kasus12_tanggal_tidak_sah_ditunjuk_di_tanggalnya() {
    for salah in ["2023-02-30", "31-12-2023"] {
        let (_tmp, dir) = salinan();
        let baris = ubah(
            &dir,
            "laporan.yaml",
            "tanggal: 2024-01-02",
            &format!("tanggal: {salah}"),
        );
        let v = common::diagnostik_json(&dir);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0]["line"], baris, "{v:?}");
        assert_eq!(v[0]["column"], 12, "{v:?}");
        assert_eq!(v[0]["path"], "ditandatangani.tanggal", "{v:?}");
        assert!(v[0]["message"].as_str().unwrap().contains(salah), "{v:?}");
    }
}

// ----------------------------------------------------------------- case 13

/// No English sentence of a library in what the user reads.
fn tanpa_inggris(teks: &str) {
    for kata in [
        "control characters",
        "position",
        "while parsing",
        "expected",
        "pesan parser",
        "decode",
        "os error",
        "No such file",
        "Permission denied",
    ] {
        assert!(!teks.contains(kata), "{kata:?} in:\n{teks}");
    }
}

#[test]
fn kasus13_pesan_pustaka_diterjemahkan_dan_ditunjuk_di_byte_nya() {
    // A NUL byte inside a block scalar: at its own line and column.
    let (_tmp, dir) = salinan();
    let p = dir.join("narasi.yaml");
    let teks = std::fs::read_to_string(&p).unwrap();
    let i = teks.find(": |").expect("a block scalar");
    let baris_nul = teks[..i].matches('\n').count() + 2;
    let awal = teks[i..].find('\n').unwrap() + i + 1;
    let di = awal + teks[awal..].find(|c: char| c != ' ').unwrap();
    let kolom_nul = di - awal + 1;
    std::fs::write(&p, format!("{}\u{0}{}", &teks[..di], &teks[di..])).unwrap();
    let o = jalankan(&[os("check"), dir.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    tanpa_inggris(&e);
    assert!(
        e.contains(&format!(
            "narasi.yaml:{baris_nul}:{kolom_nul}: karakter kendali U+0000"
        )),
        "{e}"
    );

    // An unclosed flow sequence: at its `[`.
    let (_tmp, dir) = salinan();
    let p = dir.join("unit.yaml");
    let mut teks = std::fs::read_to_string(&p).unwrap();
    let baris = teks.lines().count() + 1;
    teks.push_str("misi_tambahan: [satu, dua\n");
    std::fs::write(&p, teks).unwrap();
    let o = jalankan(&[os("check"), dir.as_os_str()]);
    let e = stderr(&o);
    tanpa_inggris(&e);
    assert!(
        e.contains(&format!(
            "unit.yaml:{baris}:16: YAML tidak valid: daftar `[` yang dibuka di sini tidak ditutup"
        )),
        "{e}"
    );

    // A PNG whose header is fine and whose body is not.
    let (_tmp, dir) = salinan();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0".to_vec();
    png.extend_from_slice(b"bukan isi PNG");
    std::fs::write(dir.join("gambar/logo.png"), png).unwrap();
    ubah(
        &dir,
        "unit.yaml",
        "berkas: gambar/logo.svg",
        "berkas: gambar/logo.png",
    );
    let o = jalankan(&[os("check"), dir.as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    tanpa_inggris(&e);
    assert!(
        e.contains("gambar rusak: isi berkas PNG tidak dapat diurai"),
        "{e}"
    );
}

// ------------------------------------------------------------------ case 2

#[test]
fn kasus02_kata_sangat_panjang_ditolak_saat_muat_oleh_check_dan_build() {
    let (tmp, dir) = salinan();
    let kata = "a".repeat(1_000_000);
    let baris = ubah(
        &dir,
        "pk.yaml",
        "nama: Persentase gangguan kamtib yang dapat dicegah",
        &format!("nama: Persentase {kata}"),
    );
    let lokasi = format!("pk.yaml:{baris}:26: kata terlalu panjang");
    let o = jalankan(&[os("check"), dir.as_os_str()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&lokasi),
        "{}",
        &stderr(&o)[..300.min(stderr(&o).len())]
    );
    let pdf = tmp.path().join("x.pdf");
    let o = common::build(&dir, &pdf, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&lokasi));
    assert!(!pdf.exists());
    // 200 characters is still a word.
    let (_tmp, dir) = salinan();
    ubah(
        &dir,
        "pk.yaml",
        "nama: Persentase gangguan kamtib yang dapat dicegah",
        &format!("nama: Persentase {}", "a".repeat(200)),
    );
    let o = jalankan(&[os("check"), dir.as_os_str()]);
    assert!(
        !stderr(&o).contains("kata terlalu panjang"),
        "{}",
        stderr(&o)
    );
}
