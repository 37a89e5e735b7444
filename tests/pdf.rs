//! `lkjip build`: the PDF of data/2023 is complete, its figures are the
//! computed ones, rebuilds are byte-identical, hostile text stays text, and
//! a failed build leaves the previous PDF alone.

mod common;

use std::ffi::OsStr;

use common::{build, data_2023, halaman, lkjip, rapat, salinan, teks_pdf, ubah};
use lkjip::calc::{self, Nilai};
use lkjip::model::pk::Satuan;
use lkjip::{format, load};

fn bangun(dir: &std::path::Path) -> Vec<u8> {
    lkjip::susun(dir)
        .unwrap()
        .pdf(false, false)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn full_report_from_data_2023() {
    let tmp = tempfile::tempdir().unwrap();
    let out_path = tmp.path().join("lkjip.pdf");
    let out = build(&data_2023(), &out_path, &[]);
    let pages = halaman(&out, &out_path);
    assert!(pages.len() >= 60, "{} halaman", pages.len());
    let text = pages.join(" ");

    for title in [
        "KATA PENGANTAR",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "DAFTAR GAMBAR",
        "DAFTAR GRAFIK",
        "IKHTISAR EKSEKUTIF",
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
        "A. Capaian Kinerja Organisasi",
        "B. Realisasi Anggaran",
        "C. Capaian Kinerja Anggaran",
        "D. Capaian Kinerja Lainnya",
        "LAMPIRAN",
        "Lampiran 1. Keputusan tentang Tim Penyusun LKjIP",
        "Lampiran 2. Perjanjian Kinerja Tahun 2023",
        "Lampiran 3. Laporan Capaian Perjanjian Kinerja per Triwulan",
        "Lampiran 4. Target Kinerja (TARJA)",
    ] {
        assert!(text.contains(title), "judul tidak ada: {title}");
    }

    // Every indicator, with its figures as the report's settings format them.
    let d = load::muat(&data_2023()).unwrap().data;
    let p = &d.laporan.pengaturan;
    let satuan = |v: rust_decimal::Decimal, s: &Satuan| match s {
        Satuan::Persen => format!("{}%", format::angka(v)),
        Satuan::Layanan => format!("{} Layanan", format::angka(v)),
        Satuan::Unit => format!("{} Unit", format::angka(v)),
        _ => format::angka(v),
    };
    let mut n = 0;
    for (_, ind) in d.indikator() {
        n += 1;
        assert!(
            text.contains(&rapat(&ind.nama)),
            "indikator tidak ada: {}",
            ind.nama
        );
        let h = calc::capaian::hitung(ind, d.capaian.indikator.get(&ind.id), p);
        let target = satuan(ind.target.nilai().unwrap(), &ind.satuan);
        let kalimat = match (&h.realisasi, &h.capaian) {
            (Nilai::Ada(r), Nilai::Ada(c)) => format!(
                "Dengan target {target}, realisasi tahun 2023 sebesar {} menghasilkan capaian {}%",
                satuan(*r, &ind.satuan),
                format::angka(*c)
            ),
            _ => format!(
                "Target tahun 2023 sebesar {target}; karena realisasinya tidak dapat dihitung, capaian indikator ini dinyatakan N/A, bukan 100%."
            ),
        };
        assert!(text.contains(&kalimat), "{}: {kalimat}", ind.id);
    }
    assert_eq!(n, 28);
    // Values of the reference, as this report's rules give them.
    for needle in [
        "Dengan target 85%, realisasi tahun 2023 sebesar 93,58% menghasilkan capaian 110,09%",
        "Dengan target 80%, realisasi tahun 2023 sebesar 100% menghasilkan capaian 125%",
        "Realisasi = narapidana yang disetujui program integrasi ÷ narapidana yang diusulkan program integrasi × 100% = 73 ÷ 78 × 100% = 93,58%",
        "6.946.743.000",
        "6.904.019.875",
        "99,38%",
        "Rp6.946.743.000 (Enam Miliar Sembilan Ratus Empat Puluh Enam Juta Tujuh Ratus Empat Puluh Tiga Ribu Rupiah)",
        "Rp6.904.019.875 (Enam Miliar Sembilan Ratus Empat Juta Sembilan Belas Ribu Delapan Ratus Tujuh Puluh Lima Rupiah)",
        "pegawai berjumlah 58 (Lima Puluh Delapan) orang",
        "17,86%",
    ] {
        assert!(text.contains(needle), "tidak ada: {needle}");
    }
    // Not-computable indicators are never reported as 100 %.
    assert!(text.contains("Indikator yang tidak dapat dihitung:"));

    // Table numbers are assigned by the document, in order, and listed.
    let list_start = text.find("DAFTAR TABEL").unwrap();
    assert!(text[list_start..].contains("Tabel 1.1 Jumlah Pegawai menurut Golongan"));
    assert!(text.contains("Tabel 2.1: Perjanjian Kinerja Tahun 2023"));
    assert!(
        text.contains(
            "Grafik 3.1: Perbandingan Realisasi Anggaran per Jenis Belanja Tahun 2021–2023"
        )
    );
    assert!(text.contains("Gambar 1.1: Struktur Organisasi"));
}

#[test]
fn rebuilds_are_byte_identical() {
    let a = bangun(&data_2023());
    let b = bangun(&data_2023());
    assert!(a == b, "dua kali penyusunan menghasilkan PDF berbeda");
}

#[test]
fn pdfa_is_accepted_by_typst_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let out_path = tmp.path().join("arsip.pdf");
    let out = build(&data_2023(), &out_path, &["--pdfa"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = std::fs::read(&out_path).unwrap();
    let head = String::from_utf8_lossy(&pdf);
    assert!(
        head.contains("pdfaid:part") && head.contains("pdfaid:conformance"),
        "metadata PDF/A tidak ada"
    );
}

/// Text that would be Typst code, Markdown or a path, if anything evaluated it.
const JAHAT: &str = "#read(\"/etc/passwd\") $x$ *a* _b_ <l> @ref nama@instansi.go.id // komentar ] \\ = judul - butir 1. butir #image(\"../x.png\") 😀";

fn yaml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
fn hostile_text_is_printed_literally() {
    let (_tmp, dir) = salinan();
    let h = yaml_string(JAHAT);
    // A name, a title, a table cell, a heading.
    ubah(
        &dir,
        "unit.yaml",
        "nama: Bistok Oloan Situngkir",
        &format!("nama: {h}"),
    );
    ubah(&dir, "laporan.yaml", "judul: ", &format!("judul: {h} #"));
    ubah(
        &dir,
        "capaian.yaml",
        "[Penerimaan Bahan Makanan,",
        &format!("[{h},"),
    );
    ubah(
        &dir,
        "pk.yaml",
        "nama: Persentase pemenuhan layanan makanan",
        &format!("nama: {h}\n        # "),
    );
    // A narrative: Markdown, so its own emphasis markers are escaped the Markdown way.
    let md = JAHAT.replace("*a*", "\\*a\\*").replace("_b_", "\\_b\\_");
    ubah(
        &dir,
        "narasi.yaml",
        "kata_pengantar: |\n",
        &format!("kata_pengantar: |\n  {md}\n\n"),
    );
    let pdf = bangun(&dir);
    let text = teks_pdf(&pdf).join(" ");
    let n = text.matches(JAHAT).count();
    // Signature blocks, the PK, the cover title, the table cell, the heading, the narrative.
    assert!(n >= 6, "{n} kali");
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    if let Some(first) = passwd.lines().next() {
        assert!(!text.contains(first), "isi /etc/passwd masuk ke PDF");
    }
}

#[test]
fn images_outside_the_folder_are_refused() {
    let (_tmp, dir) = salinan();
    let line = ubah(
        &dir,
        "unit.yaml",
        "berkas: gambar/logo.svg",
        "berkas: ../2023/gambar/logo.svg",
    );
    let e = lkjip::susun(&dir)
        .unwrap()
        .pdf(false, false)
        .unwrap_err()
        .to_string();
    let want = format!(
        "{}:{line}:11: gambar `../2023/gambar/logo.svg` tidak dapat dipakai: jalur harus relatif terhadap folder data, tanpa `..` (di `logo.berkas`)",
        dir.join("unit.yaml").display()
    );
    assert!(e.contains(&want), "{e}\n{want}");
}

#[test]
fn missing_image_names_field_and_keeps_the_old_pdf() {
    let (tmp, dir) = salinan();
    let line = ubah(
        &dir,
        "unit.yaml",
        "berkas: gambar/logo.svg",
        "berkas: gambar/tidak-ada.png",
    );
    let out_path = tmp.path().join("lama.pdf");
    std::fs::write(&out_path, b"PDF LAMA").unwrap();
    let out = build(&dir, &out_path, &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    // `check` reports it (LK001), once, at the field; the build stops there.
    let want = format!(
        "galat[LK001]: gambar `gambar/tidak-ada.png` tidak dapat dipakai: berkas tidak ditemukan\n  --> {}:{line}:11",
        dir.join("unit.yaml").display()
    );
    assert!(stderr.contains(&want), "{stderr}\n{want}");
    assert_eq!(stderr.matches("tidak-ada.png").count(), 2, "{stderr}");
    assert_eq!(std::fs::read(&out_path).unwrap(), b"PDF LAMA");
    // No temporary file is left behind either.
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
}

#[test]
fn emit_typst_writes_a_reproducible_source() {
    let (tmp, dir) = salinan();
    let src = tmp.path().join("sumber");
    let out_path = tmp.path().join("x.pdf");
    let out = lkjip(&[
        OsStr::new("build"),
        dir.as_os_str(),
        OsStr::new("-o"),
        out_path.as_os_str(),
        OsStr::new("--emit-typst"),
        src.as_os_str(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let main = std::fs::read_to_string(src.join("laporan.typ")).unwrap();
    assert!(main.starts_with("// templat: laporan.typ"));
    assert!(main.contains("#import \"/gaya.typ\": *"));
    assert!(src.join("gaya.typ").is_file());
    assert!(src.join("fonts/LiberationSerif-Regular.ttf").is_file());
    assert!(src.join("aset/gambar-1.svg").is_file());
}
