//! Kanwil scale: `build`/`check` over many folders, `rekap` (xlsx, csv)
//! and `export` (json, xlsx, csv).

mod common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::*;
use lkjip::check::Bahasa;
use rust_decimal::prelude::ToPrimitive;

/// `root/NAME/2023`, a copy of data/2023, with the unit renamed to `unit`.
fn unit(root: &Path, name: &str, unit: &str) -> PathBuf {
    let (tmp, dir) = salinan();
    let target = root.join(name).join("2023");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::rename(&dir, &target).unwrap();
    drop(tmp);
    ubah(
        &target,
        "unit.yaml",
        "nama: Lembaga Pemasyarakatan Kelas IIB Atambua",
        &format!("nama: {unit}"),
    );
    target
}

/// A folder whose pk.yaml is not valid YAML.
fn rusak(root: &Path, name: &str) -> PathBuf {
    let dir = unit(root, name, "Lapas Rusak");
    let pk = dir.join("pk.yaml");
    let text = std::fs::read_to_string(&pk).unwrap();
    std::fs::write(&pk, format!("{text}\nrusak: [\n")).unwrap();
    dir
}

fn os(v: &[&Path]) -> Vec<std::ffi::OsString> {
    v.iter().map(|p| p.as_os_str().to_owned()).collect()
}

fn run(args: &[&str], folders: &[&Path]) -> std::process::Output {
    let mut all: Vec<std::ffi::OsString> = args.iter().map(|a| (*a).into()).collect();
    all.extend(os(folders));
    let refs: Vec<&OsStr> = all.iter().map(|a| a.as_os_str()).collect();
    lkjip(&refs)
}

fn assert_no_progress_bar(stderr: &str) {
    // Not a terminal: plain lines only, no cursor movement or redraws.
    assert!(!stderr.contains('\x1b'), "ANSI escapes in {stderr:?}");
    assert!(!stderr.contains('\r'), "carriage returns in {stderr:?}");
}

#[test]
fn build_many_folders_one_broken() {
    let tmp = tempfile::tempdir().unwrap();
    let a = unit(tmp.path(), "atambua", "Lapas Atambua");
    let b = rusak(tmp.path(), "rusak");
    let c = unit(tmp.path(), "kupang", "Lapas Kupang");
    let out = run(&["build", "-j", "2"], &[&a, &b, &c]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    // The others are built…
    assert!(a.join("LKjIP-2023.pdf").is_file());
    assert!(c.join("LKjIP-2023.pdf").is_file());
    assert!(!b.join("LKjIP-2023.pdf").exists());
    // …and the summary names the broken one first, with its reason.
    let rows: Vec<&str> = stdout.lines().collect();
    assert!(
        rows[0].starts_with("Unit") && rows[0].contains("Keluaran"),
        "{stdout}"
    );
    assert!(
        rows[2].contains("GAGAL") && rows[2].contains(&*b.display().to_string()),
        "{stdout}"
    );
    assert!(rows[2].contains("pk.yaml"), "{stdout}");
    for (row, name) in [(3, "Lapas Atambua"), (4, "Lapas Kupang")] {
        assert!(!rows[row].contains("GAGAL"), "{stdout}");
        // 116 pages (reference 115): unwritten analyses are omitted, merged
        // rows, figures and captions kept together, shorter N/A sentences.
        assert!(
            rows.iter()
                .any(|r| r.starts_with(name) && r.contains("116")),
            "{stdout}"
        );
    }
    assert!(stdout.contains("3 folder: 2 berhasil, 1 gagal"), "{stdout}");
    // Progress as plain lines, one per folder.
    assert_no_progress_bar(&stderr);
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with('[')).count(),
        3,
        "{stderr}"
    );
}

#[test]
fn worker_processes_write_the_bytes_of_a_single_build() {
    // `-j 2` builds in `lkjip build --pekerja` processes: their PDFs are the
    // bytes a single `lkjip build` writes with the same options (so
    // --draft and --pdfa reached the workers).
    let tmp = tempfile::tempdir().unwrap();
    let a = unit(tmp.path(), "atambua", "Lapas Atambua");
    let b = unit(tmp.path(), "kupang", "Lapas Kupang");
    let out = run(&["build", "-j", "2", "--draft", "--pdfa"], &[&a, &b]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (i, dir) in [&a, &b].into_iter().enumerate() {
        let sendiri = tmp.path().join(format!("sendiri-{i}.pdf"));
        let one = lkjip(&[
            OsStr::new("build"),
            OsStr::new("--draft"),
            OsStr::new("--pdfa"),
            dir.as_os_str(),
            OsStr::new("-o"),
            sendiri.as_os_str(),
        ]);
        assert!(one.status.success());
        let pdf = std::fs::read(dir.join("LKjIP-2023.pdf")).unwrap();
        assert!(pdf == std::fs::read(&sendiri).unwrap(), "{}", dir.display());
        assert!(String::from_utf8_lossy(&pdf).contains("pdfaid:part"));
    }
}

#[test]
fn check_many_folders_json_names_each_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let a = unit(tmp.path(), "atambua", "Lapas Atambua");
    let b = rusak(tmp.path(), "rusak");
    let out = run(&["check", "--format", "json"], &[&a, &b]);
    assert_eq!(out.status.code(), Some(1));
    // JSON mode prints no progress at all, so stdout is one JSON array.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let of = |f: &Path| {
        v.iter()
            .filter(|d| d["folder"] == f.display().to_string())
            .collect::<Vec<_>>()
    };
    // data/2023's warnings, and the broken folder's loading problem.
    let peringatan = peringatan_data_2023();
    assert!(peringatan > 0);
    assert_eq!(of(&a).len(), peringatan);
    assert!(of(&a).iter().all(|d| d["severity"] == "warning"));
    let rb = of(&b);
    assert_eq!(rb.len(), 1);
    assert_eq!(rb[0]["code"], lkjip::diag::KODE_MUAT);
    assert!(rb[0]["file"].as_str().unwrap().ends_with("pk.yaml"));

    // Human output: each folder's summary, then the table.
    let out = run(&["check"], &[&a, &b]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Unit      : Lapas Atambua"), "{stdout}");
    assert!(stdout.contains("2 folder: 1 berhasil, 1 gagal"), "{stdout}");
    assert_no_progress_bar(&String::from_utf8_lossy(&out.stderr));
}

fn laporan(dir: &Path) -> lkjip::Laporan {
    lkjip::susun(dir).unwrap()
}

fn f(d: rust_decimal::Decimal) -> f64 {
    d.to_f64().unwrap()
}

#[test]
fn rekap_xlsx_reads_back_with_each_units_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let a = unit(tmp.path(), "atambua", "Lapas Atambua");
    let c = unit(tmp.path(), "kupang", "Lapas Kupang");
    // Kupang's first indicator has another realisasi, so the two differ.
    ubah(&c, "capaian.yaml", "realisasi: 100", "realisasi: 90");
    let b = rusak(tmp.path(), "rusak");
    let xlsx = tmp.path().join("rekap.xlsx");
    let out = run(&["rekap", "-o", xlsx.to_str().unwrap()], &[&a, &b, &c]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Indikator",
            "Anggaran",
            "Pemeriksaan",
            "LKE",
            "Kriteria LKE"
        ]
    );

    let ind = wb.worksheet_range("Indikator").unwrap();
    let rows: Vec<&[Data]> = ind.rows().collect();
    assert_eq!(rows[0][0], Data::String("Unit".into()));
    assert_eq!(rows[0][8], Data::String("Capaian (%)".into()));
    assert_eq!(rows.len(), 1 + 2 * 28);
    let mut dibanding = 0;
    for (dir, nama) in [(&a, "Lapas Atambua"), (&c, "Lapas Kupang")] {
        let l = laporan(dir);
        for (_, i) in l.dimuat.data.indikator() {
            let row = rows
                .iter()
                .find(|r| r[0] == Data::String(nama.into()) && r[3] == Data::String(i.id.clone()))
                .unwrap_or_else(|| panic!("{nama} {}", i.id));
            assert_eq!(row[1], Data::Float(2023.0));
            assert_eq!(
                row[6],
                Data::Float(f(i.target.nilai().unwrap())),
                "{nama} {}",
                i.id
            );
            let h = l.hasil.indikator(&i.id).unwrap();
            match h.capaian.ada() {
                Some(v) => {
                    assert_eq!(row[8], Data::Float(f(v)), "{nama} {}", i.id);
                    dibanding += 1;
                }
                None => assert_eq!(row[8], Data::Empty),
            }
            match h.realisasi.ada() {
                Some(v) => assert_eq!(row[7], Data::Float(f(v))),
                None => assert_eq!(row[7], Data::Empty),
            }
        }
    }
    assert!(dibanding >= 2 * 18);

    let ang = wb.worksheet_range("Anggaran").unwrap();
    for (dir, nama) in [(&a, "Lapas Atambua"), (&c, "Lapas Kupang")] {
        let l = laporan(dir);
        let total = ang
            .rows()
            .find(|r| r[0] == Data::String(nama.into()) && r[2] == Data::String("Jumlah".into()))
            .unwrap();
        assert_eq!(
            total[5],
            Data::Float(f(l.hasil.anggaran.as_ref().unwrap().pagu))
        );
        assert_eq!(
            total[6],
            Data::Float(f(l.hasil.anggaran.as_ref().unwrap().realisasi))
        );
        assert_eq!(
            total[7],
            Data::Float(f(l.hasil.anggaran.as_ref().unwrap().persen.ada().unwrap()))
        );
        let jb = ang
            .rows()
            .filter(|r| {
                r[0] == Data::String(nama.into()) && r[2] == Data::String("Jenis belanja".into())
            })
            .count();
        assert_eq!(
            jb,
            l.dimuat.data.anggaran.as_ref().unwrap().jenis_belanja.len()
        );
    }

    // Check results: the broken unit first.
    let per = wb.worksheet_range("Pemeriksaan").unwrap();
    let rows: Vec<&[Data]> = per.rows().collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1][2], Data::String(b.display().to_string()));
    assert!(matches!(&rows[1][5], Data::String(s) if s.starts_with("tidak dapat dimuat")));
    assert_eq!(rows[2][4], Data::Float(peringatan_data_2023() as f64));
    assert_eq!(rows[2][3], Data::Float(0.0));

    // Each loaded unit's Pelaporan score, as `lkjip lke` gives it; the
    // broken unit has none.
    let lke = wb.worksheet_range("LKE").unwrap();
    let rows: Vec<&[Data]> = lke.rows().collect();
    assert_eq!(
        rows[0][2],
        Data::String("Pelaporan Kinerja (dari 15)".into())
    );
    assert_eq!(rows.len(), 3);
    for (dir, nama) in [(&a, "Lapas Atambua"), (&c, "Lapas Kupang")] {
        let l = laporan(dir);
        let h = lkjip::lke::nilai(&l, &l.periksa(Bahasa::Id), None, Bahasa::Id);
        let row = rows
            .iter()
            .find(|r| r[0] == Data::String(nama.into()))
            .unwrap();
        let p = h.komponen(3).unwrap();
        assert_eq!(row[2], Data::Float(f(p.nilai.unwrap())), "{nama}");
        assert!(
            matches!(&row[4], Data::String(s) if s.contains("3.2.4")),
            "{row:?}"
        );
    }
    // Both units lack the same Renstra targets.
    let kriteria = wb.worksheet_range("Kriteria LKE").unwrap();
    let rows: Vec<&[Data]> = kriteria.rows().collect();
    let renstra = rows
        .iter()
        .find(|r| r[0] == Data::String("3.2.4".into()))
        .unwrap();
    assert_eq!(renstra[2], Data::Float(2.0));
    assert!(
        matches!(&renstra[3], Data::String(s) if s.contains("Lapas Atambua") && s.contains("Lapas Kupang"))
    );
    // Most often first.
    let jumlah: Vec<f64> = rows[1..]
        .iter()
        .map(|r| match r[2] {
            Data::Float(x) => x,
            _ => panic!("{r:?}"),
        })
        .collect();
    assert!(jumlah.windows(2).all(|w| w[0] >= w[1]), "{jumlah:?}");
}

/// Splits a `;`-separated line with `"`-quoted fields.
fn sel(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ';' if !quoted => out.push(String::new()),
            _ => out.last_mut().unwrap().push(ch),
        }
    }
    out
}

fn angka_koma(s: &str) -> f64 {
    assert!(!s.contains('.'), "{s}: decimal comma expected");
    s.replace(',', ".").parse().unwrap()
}

#[test]
fn rekap_csv_opens_in_indonesian_excel() {
    let tmp = tempfile::tempdir().unwrap();
    let a = unit(tmp.path(), "atambua", "Lapas Atambua; Kelas \"IIB\"");
    let csv = tmp.path().join("rekap.csv");
    let out = run(&["rekap", "-o", csv.to_str().unwrap()], &[&a]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    let text = text.strip_prefix('\u{FEFF}').expect("UTF-8 BOM");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(sel(lines[0]).len(), 10);
    assert_eq!(lines.len(), 1 + 28);
    let l = laporan(&a);
    let mut pecahan = 0;
    for line in &lines[1..] {
        let c = sel(line);
        assert_eq!(c.len(), 10, "{line}");
        assert_eq!(c[0], "Lapas Atambua; Kelas \"IIB\"");
        let h = l.hasil.indikator(&c[3]).unwrap();
        match h.capaian.ada() {
            Some(v) => {
                assert_eq!(angka_koma(&c[8]), f(v), "{line}");
                if c[8].contains(',') {
                    pecahan += 1;
                }
            }
            None => assert_eq!(c[8], ""),
        }
    }
    // Some capaian have decimals, written with a comma.
    assert!(pecahan > 0);
}

#[test]
fn export_json_follows_its_schema() {
    let schema: serde_json::Value =
        serde_json::from_slice(&lkjip(&[OsStr::new("export"), OsStr::new("--schema")]).stdout)
            .unwrap();
    // The documented schema is the one lkjip prints.
    let documented: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ekspor.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        documented, schema,
        "docs/ekspor.schema.json is stale: lkjip export --schema > docs/ekspor.schema.json"
    );
    let validator = jsonschema::validator_for(&schema).unwrap();

    let tmp = tempfile::tempdir().unwrap();
    let json = tmp.path().join("e.json");
    let dir = data_2023();
    let out = run(&["export", "-o", json.to_str().unwrap()], &[&dir]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let e: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&e)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // A misspelt field fails.
    let mut bad = e.clone();
    bad["tahunn"] = 2023.into();
    assert!(!validator.is_valid(&bad));

    // The figures are the report's.
    let l = laporan(&dir);
    assert_eq!(e["tahun"], 2023);
    assert_eq!(
        e["anggaran"]["total"]["pagu"],
        f(l.hasil.anggaran.as_ref().unwrap().pagu)
    );
    assert_eq!(e["anggaran"]["total"]["serapan"], 99.38);
    assert_eq!(e["capaian"].as_array().unwrap().len(), 28);
    let first = &e["capaian"][0]["tahun"];
    let years: Vec<i64> = first
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["tahun"].as_i64().unwrap())
        .collect();
    assert_eq!(years, [2021, 2022, 2023]);
    assert_eq!(
        e["perjanjian_kinerja"]["sasaran"].as_array().unwrap().len(),
        4
    );
    assert!(!e["anggaran"]["kro"].as_array().unwrap().is_empty());
}

#[test]
fn export_xlsx_and_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let xlsx = tmp.path().join("e.xlsx");
    let dir = data_2023();
    let out = run(
        &["export", "--format", "xlsx", "-o", xlsx.to_str().unwrap()],
        &[&dir],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    assert_eq!(wb.sheet_names(), ["Capaian", "PK", "Anggaran"]);
    let ang = wb.worksheet_range("Anggaran").unwrap();
    let total = ang.rows().nth(1).unwrap();
    assert_eq!(total[0], Data::String("Jumlah".into()));
    assert_eq!(total[3], Data::Float(6946743000.0));
    assert_eq!(total[5], Data::Float(99.38));

    let out = run(&["export", "--format", "csv"], &[&dir]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("\u{FEFF}Capaian\r\n"));
    assert!(text.contains("\r\nAnggaran\r\nRincian;Kode;Uraian;Pagu (Rp);Realisasi (Rp);Serapan (%)\r\nJumlah;;Jumlah;6946743000;6904019875;99,38\r\n"), "{text}");
}

#[test]
fn rekap_pdf_lists_units_with_errors_first() {
    let tmp = tempfile::tempdir().unwrap();
    let a = unit(tmp.path(), "atambua", "Lapas Atambua");
    let c = unit(tmp.path(), "kupang", "Lapas Kupang");
    // Kupang: a realisasi above its pagu (LK601), so it has errors.
    ubah(
        &c,
        "anggaran.yaml",
        "realisasi: 69768700",
        "realisasi: 79768700",
    );
    let pdf = tmp.path().join("rekap.pdf");
    let out = run(&["rekap", "-o", pdf.to_str().unwrap()], &[&a, &c]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let text = rapat(&teks_pdf(&bytes).join(" "));
    assert!(text.contains("REKAPITULASI LAPORAN KINERJA"), "{text}");
    let kupang = text.find("Lapas Kupang").unwrap();
    let atambua = text.find("Lapas Atambua").unwrap();
    assert!(kupang < atambua, "units with errors first: {text}");
    assert!(text.contains("Persentase penyerapan anggaran per satuan kerja"));
    assert!(text.contains("99,38%"));
    // Each unit's Pelaporan score, and the LKE criteria missed most often:
    // Kupang's check error costs it 3.1.1 (C, 50): 3.1 is 2,10 instead of 2,40.
    assert!(text.contains("Pelaporan (LKE, dari 15)"), "{text}");
    assert!(text.contains("5,55") && text.contains("5,25"), "{text}");
    assert!(
        text.contains("Kriteria LKE yang paling sering kurang"),
        "{text}"
    );
    assert!(
        text.contains("3.1.1 Dokumen laporan kinerja telah disusun 1/2"),
        "{text}"
    );
    // Same units, same bytes.
    let out = run(&["rekap", "-o", pdf.to_str().unwrap()], &[&a, &c]);
    assert!(out.status.success());
    assert_eq!(std::fs::read(&pdf).unwrap(), bytes);
}

/// How many warnings `check` gives on data/2023 (all its findings are warnings).
fn peringatan_data_2023() -> usize {
    let l = lkjip::susun(&common::data_2023()).unwrap();
    let d = l.periksa(lkjip::check::Bahasa::Id);
    assert!(
        d.iter()
            .all(|d| d.severity == lkjip::check::Tingkat::Warning)
    );
    d.len()
}
