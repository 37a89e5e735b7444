//! Page layout of the PDF: what belongs together stays on one page (an
//! indicator's merged rows, a signature with its date, a chart with its
//! caption), amounts never break after "Rp", long names fit one line.

mod common;

use std::sync::OnceLock;

use common::{data_2023, teks_pdf};

/// The pages of data/2023's PDF, built once for all tests here.
fn halaman_2023() -> &'static [String] {
    static H: OnceLock<Vec<String>> = OnceLock::new();
    H.get_or_init(|| {
        let pdf = lkjip::susun(&data_2023())
            .unwrap()
            .pdf(false, false)
            .unwrap_or_else(|e| panic!("{e}"));
        teks_pdf(&pdf)
    })
}

/// The pages from the one containing `awal` up to (not including) the one
/// containing `akhir`.
fn bagian<'a>(h: &'a [String], awal: &str, akhir: &str) -> &'a [String] {
    let i = h.iter().rposition(|p| p.contains(awal)).unwrap();
    let j = i + h[i..].iter().position(|p| p.contains(akhir)).unwrap();
    &h[i..j]
}

#[test]
fn quarterly_rows_stay_with_their_indicator() {
    let h = halaman_2023();
    let lampiran3 = bagian(
        h,
        "Lampiran 3. Laporan Capaian Perjanjian Kinerja per Triwulan",
        "Lampiran 4. Target Kinerja",
    );
    assert!(lampiran3.len() >= 2, "{} halaman", lampiran3.len());
    let mut semua = 0;
    for (i, p) in lampiran3.iter().enumerate() {
        // "TW I " never matches "TW II"/"TW III"/"TW IV".
        let (awal, akhir) = (p.matches("TW I ").count(), p.matches("TW IV ").count());
        assert!(awal > 0, "halaman {i} tanpa indikator: {p}");
        assert_eq!(
            awal, akhir,
            "halaman {i} memotong triwulan satu indikator: {p}"
        );
        semua += awal;
    }
    // Every indicator of data/2023's PK (28) is in the table.
    assert_eq!(semua, 28);
}

#[test]
fn three_year_table_keeps_a_goal_with_its_indicators() {
    let h = halaman_2023();
    let tabel = bagian(h, "Tabel 3.1: Capaian Kinerja", "Tabel 3.2:");
    // The first goal and its third indicator (which used to start at a
    // page foot and continue, nameless, on the next page) share a page.
    let p = tabel
        .iter()
        .find(|p| p.contains("3. Persentase Tahanan dan Narapidana perempuan"))
        .unwrap();
    assert!(p.contains("Meningkatnya Pelayanan Perawatan"), "{p}");
    assert!(p.contains("8. Persentase perubahan kualitas hidup"), "{p}");
}

#[test]
fn decree_signature_keeps_its_date_and_last_decision() {
    // 20 more legal bases push the decree's end to a page foot: the date
    // used to stay there while the signature started the next page.
    let (_tmp, dir) = common::salinan();
    let tambahan: String = (0..20)
        .map(|i| format!("    - Peraturan Menteri Nomor {i} Tahun 2020 tentang Hal Tambahan;\n"))
        .collect();
    common::ubah(
        &dir,
        "lampiran.yaml",
        "  mengingat:\n",
        &format!("  mengingat:\n{tambahan}"),
    );
    let pdf = dir.join("sk.pdf");
    let h = common::halaman(&common::build(&dir, &pdf, &[]), &pdf);
    let p = h
        .iter()
        .find(|p| p.contains("Ditetapkan di Atambua"))
        .unwrap();
    assert!(p.contains("pada tanggal 15 Desember 2023"), "{p}");
    assert!(p.contains("Bistok Oloan Situngkir"), "{p}");
    assert!(p.contains("NIP. 197008271995031001"), "{p}");
    assert!(p.contains("KETIGA"), "{p}");
    // …and the decree still starts on an earlier page.
    assert!(!p.contains("MEMUTUSKAN"), "{p}");
}

#[test]
fn rupiah_sign_and_amount_never_part() {
    let (_tmp, dir) = common::salinan();
    common::ubah(
        &dir,
        "laporan.yaml",
        "gaya_rupiah: rapat",
        "gaya_rupiah: titik",
    );
    let s = lkjip::susun(&dir).unwrap().sumber(false).unwrap().utama;
    // Computed amounts (tables and sentences of Bab III) and the amounts
    // written in the narratives ("Rp. 290.167.320") alike.
    assert!(
        s.contains("Rp\\.\u{a0}6\\.946\\.743\\.000"),
        "total anggaran"
    );
    assert!(
        s.contains("Rp\\.\u{a0}290\\.167\\.320"),
        "teks anggaran.yaml"
    );
    let putus: Vec<&str> = s
        .match_indices("Rp\\. ")
        .map(|(i, _)| &s[i..(i + 20).min(s.len())])
        .filter(|t| t.as_bytes()[5].is_ascii_digit())
        .collect();
    assert!(putus.is_empty(), "{putus:?}");
    // The PDF is built from that source without trouble.
    let pdf = dir.join("rp.pdf");
    let h = common::halaman(&common::build(&dir, &pdf, &[]), &pdf);
    assert!(h.iter().any(|p| p.contains("290.167.320")));
}

#[test]
fn long_head_name_fits_one_line() {
    const NAMA: &str = "Dr. H. Muhammad Abdurrahman Wicaksono Saputra, S.H., M.H., M.Si.";
    let (_tmp, dir) = common::salinan();
    common::ubah(
        &dir,
        "unit.yaml",
        "    nama: Bistok Oloan Situngkir",
        &format!("    nama: {NAMA}"),
    );
    let pdf = lkjip::susun(&dir)
        .unwrap()
        .pdf(false, false)
        .unwrap_or_else(|e| panic!("{e}"));
    // Raw page text: a wrapped name would be split by a line break.
    let halaman = pdf_extract::extract_text_from_mem_by_pages(&pdf).unwrap();
    let baris: Vec<&str> = halaman
        .iter()
        .flat_map(|p| p.lines())
        .filter(|l| l.contains("Wicaksono"))
        .collect();
    // Five signature blocks carry the head's name (kata pengantar,
    // pernyataan, SK, SK annex, TARJA): each has it whole, one line,
    // straight before the NIP (the team table's narrow cell may wrap it).
    let utuh = baris
        .iter()
        .filter(|l| l.trim() == format!("{NAMA} NIP. 197008271995031001"))
        .count();
    assert_eq!(utuh, 5, "{baris:#?}");
}

#[test]
fn picture_and_caption_share_a_page() {
    let h = halaman_2023();
    // The SMART screenshot used to end page 75 with its caption alone on
    // top of page 76; a picture or chart now moves whole.
    let p = h
        .iter()
        .find(|p| p.contains("Gambar 3.5: Capaian Nilai SMART"))
        .unwrap();
    // The placeholder's letters come out spaced: compare without spaces.
    assert!(p.replace(' ', "").contains("TANGKAPANLAYARSMARTDJA"), "{p}");
    let p = h
        .iter()
        .find(|p| p.contains("Gambar 3.6: Capaian Nilai IKPA"))
        .unwrap();
    assert!(p.replace(' ', "").contains("TANGKAPANLAYARIKPA"), "{p}");
}
