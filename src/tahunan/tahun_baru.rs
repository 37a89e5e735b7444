//! `lkjip new-year FROM TO`: the next year's folder from this year's.
//! Carried forward: the unit, the Renstra, the signatories, the structure of
//! every table and the narratives as skeletons. Set from the Renstra: the
//! new PK targets. Made history: this year's results. Cleared: everything
//! that must be measured again.

use std::path::Path;

use super::{GalatTahunan, siapkan, tulis_folder};
use crate::calc::hasil::riwayat_dari;
use crate::check::aturan::PENANDA;
use crate::load;
use crate::model::kinerja_lainnya::NilaiAplikasi;
use crate::model::tabel::{Baris, Sel, Tabel};
use crate::model::{Rupiah, TandaTangan, Tanggal};

fn setahun_lagi(t: Tanggal) -> Tanggal {
    Tanggal::new(t.tahun + 1, t.bulan, t.hari)
        .or_else(|| Tanggal::new(t.tahun + 1, t.bulan, t.hari - 1))
        .expect("the same day next year, or the day before")
}

fn ttd_baru(t: &mut TandaTangan) {
    t.tanggal = setahun_lagi(t.tanggal);
    t.nama_tertulis = None;
    t.nip_tertulis = None;
    t.nip_tertulis_lain.clear();
}

/// A data table carried into the next year. A table with a column for the
/// closing year (`kolom: ["2021", "2022", "2023"]`) moves its window on by
/// one year (`["2022", "2023", "2024"]`): each year already measured keeps
/// its figures, only the new year's column is empty. Without such a column
/// the table is this year's alone and all of it is emptied.
///
/// Emptying the earlier years too (as before) left columns of blanks under
/// years whose results the folder carries as history, which `check` then
/// rightly called contradictory (LK404: "tahun 2022 diberi angka, padahal
/// tabel datanya berjumlah 0").
fn geser_tabel(t: &mut Tabel, tahun_lama: i32) {
    let tahun: Vec<Option<i32>> = t.kolom.iter().map(|k| k.trim().parse().ok()).collect();
    let asal: Vec<Option<usize>> = if tahun.contains(&Some(tahun_lama)) {
        for (k, y) in t.kolom.iter_mut().zip(&tahun) {
            if let Some(y) = y {
                *k = (y + 1).to_string();
            }
        }
        tahun
            .iter()
            .map(|y| y.and_then(|y| tahun.iter().position(|x| *x == Some(y + 1))))
            .collect()
    } else {
        Vec::new()
    };
    geser(&mut t.baris, &asal);
    // A fixed total (people, not a sum) is data of its year like a cell;
    // figures as printed in this year's published report are not carried.
    geser_sel(&mut t.jumlah_tetap, &asal);
    t.jumlah_tertulis.clear();
}

/// Cell `i` becomes old cell `asal[i]`, or empty.
fn geser_sel(sel: &mut Vec<Sel>, asal: &[Option<usize>]) {
    let lama = std::mem::take(sel);
    *sel = (0..lama.len())
        .map(|i| {
            asal.get(i)
                .copied()
                .flatten()
                .and_then(|j| lama.get(j).cloned())
                .unwrap_or_else(|| Sel::Teks(String::new()))
        })
        .collect();
}

/// [`geser_sel`] over every row and sub-row.
fn geser(baris: &mut [Baris], asal: &[Option<usize>]) {
    for b in baris {
        geser_sel(&mut b.nilai, asal);
        b.subjumlah_tertulis.clear();
        geser(&mut b.rinci, asal);
    }
}

fn nol(nodes: &mut [crate::model::anggaran::Node]) {
    for n in nodes {
        if n.rincian.is_empty() {
            n.realisasi = Some(Rupiah::from(0));
        } else {
            n.pagu = None;
            n.realisasi = None;
        }
        nol(&mut n.rincian);
    }
}

/// Makes `ke` from `dari`; returns the checklist of what to fill.
pub fn tahun_baru(dari: &Path, ke: &Path, force: bool) -> Result<Vec<String>, GalatTahunan> {
    // Never write over (or into, or around) the folder being read.
    let sumber = dari.canonicalize().ok();
    let tujuan = crate::aman::letak(ke)
        .ok()
        .map(|p| p.canonicalize().unwrap_or(p));
    if let (Some(a), Some(b)) = (&sumber, &tujuan) {
        if a.starts_with(b) || b.starts_with(a) {
            return Err(GalatTahunan::FolderSama(ke.display().to_string()));
        }
    }
    siapkan(ke, force)?;
    let lama = load::muat(dari).map_err(GalatTahunan::Sumber)?;
    let tahun_lama = lama.data.laporan.tahun;
    let tahun = tahun_lama + 1;
    super::tahun_sah(tahun)?;
    let mut d = lama.data.clone();
    // LKE evidence (reviu, publication) is of one year's report.
    d.lke = None;
    let mut daftar = Vec::new();

    // laporan
    // Written in today's format, whatever the format of the source.
    d.laporan.format = Some(crate::load::versi::FORMAT);
    d.laporan.tahun = tahun;
    ttd_baru(&mut d.laporan.ditandatangani);
    d.laporan.ditandatangani_penutup = None;
    // The cut-off date was of last year's data; the period is kept.
    d.laporan.data_sampai = None;
    // Without it, an interim report is dated after its period (LK702):
    // a semester I report signed 10 June becomes one signed 1 July.
    if !d.laporan.periode.tahunan() {
        let bulan = d.laporan.periode.bulan_akhir();
        let sesudah = if bulan == 12 {
            Tanggal::new(tahun + 1, 1, 1)
        } else {
            Tanggal::new(tahun, bulan + 1, 1)
        };
        for t in std::iter::once(&mut d.laporan.ditandatangani)
            .chain(d.laporan.ditandatangani_penutup.as_mut())
        {
            if let Some(s) = sesudah.filter(|s| t.tanggal < *s) {
                t.tanggal = s;
            }
        }
    }
    if let Some(s) = &mut d.laporan.surat_pengantar {
        s.nomor = format!("{PENANDA} nomor surat");
        s.hal = s.hal.replace(&tahun_lama.to_string(), &tahun.to_string());
    }
    daftar.push(if d.laporan.surat_pengantar.is_some() {
        format!(
            "laporan.yaml: nomor surat pengantar dan tanggal laporan ({})",
            d.laporan.ditandatangani.tanggal
        )
    } else {
        format!(
            "laporan.yaml: tanggal laporan ({})",
            d.laporan.ditandatangani.tanggal
        )
    });

    // unit
    // What the folder left out stays out: nothing is invented for it.
    if let Some(pg) = &mut d.unit.pegawai {
        pg.per_tanggal = Tanggal::new(tahun, 12, 31).expect("31 December");
        pg.total_tertulis = None;
        daftar.push(format!(
            "unit.yaml: jumlah pegawai per golongan dan jenis kelamin per 31 Desember {tahun}"
        ));
    }

    // renstra
    if let Some(r) = d.renstra.as_ref().filter(|r| tahun > r.periode_akhir) {
        daftar.push(format!(
            "renstra.yaml: periode Renstra {}–{} telah berakhir; isi Renstra yang baru",
            r.periode_awal, r.periode_akhir
        ));
    }

    // pk: new targets from the Renstra
    ttd_baru(&mut d.pk.pihak_pertama);
    ttd_baru(&mut d.pk.pihak_kedua);
    let (mut dari_renstra, mut tetap) = (0, Vec::new());
    for sk in &mut d.pk.sasaran_kegiatan {
        for ind in &mut sk.indikator {
            match d
                .renstra
                .as_ref()
                .and_then(|r| r.target_jangka_menengah.get(&ind.id))
                .and_then(|t| t.get(&tahun))
            {
                Some(t) => {
                    ind.target = ind.target.dengan_nilai(*t);
                    dari_renstra += 1;
                }
                None => tetap.push(ind.id.clone()),
            }
            ind.target_triwulan.clear();
        }
    }
    for a in &mut d.pk.anggaran {
        a.pagu_tertulis = None;
    }
    daftar.push(format!("pk.yaml: target {dari_renstra} indikator diambil dari Renstra {tahun}; periksa dan sesuaikan dengan PK yang ditandatangani"));
    if !tetap.is_empty() {
        daftar.push(format!("pk.yaml: Renstra tidak memuat target {tahun} untuk {}; target tahun lalu dipertahankan", tetap.join(", ")));
    }
    daftar.push("pk.yaml: target triwulan dan anggaran PK".into());

    // capaian: this year becomes history
    for (id, c) in &mut d.capaian.indikator {
        if let Some(r) = riwayat_dari(&lama.data, id) {
            c.riwayat.insert(tahun_lama, r);
        }
        c.realisasi = None;
        c.triwulan.clear();
        c.tertulis = None;
        c.tertulis_lain.clear();
        for t in &mut c.tabel {
            geser_tabel(t, tahun_lama);
        }
    }
    let n = d.capaian.indikator.len();
    daftar.push(format!("capaian.yaml: realisasi {n} indikator, angka tabel datanya, realisasi triwulan, dan analisisnya"));

    // populasi, anggaran
    // A unit without populasi.yaml has no inmates to count.
    if d.populasi.is_some() {
        daftar.push(format!("populasi.yaml: penghuni akhir tahun {tahun}"));
    }
    if let Some(a) = &mut d.anggaran {
        a.riwayat_jenis_belanja
            .insert(tahun_lama, a.jenis_belanja.clone());
        for j in &mut a.jenis_belanja {
            j.realisasi = Rupiah::from(0);
        }
        a.jumlah_jenis_belanja_tertulis = None;
        nol(&mut a.program);
        daftar.push(format!(
            "anggaran.yaml: pagu DIPA {tahun} dan realisasi setiap RO dan jenis belanja"
        ));
    }

    // kinerja anggaran and lainnya
    if d.kinerja_anggaran.is_some() {
        daftar.push(format!(
            "kinerja_anggaran.yaml: nilai SMART DJA dan IKPA {tahun}"
        ));
    }
    let targets: Vec<(String, crate::model::Angka)> = d
        .indikator()
        // e-Performance needs a number; a target not available has none.
        .filter_map(|(_, i)| Some((i.id.clone(), i.target.nilai()?.into())))
        .collect();
    // Only the applications the unit reported on last year carry over.
    let kl = &mut d.kinerja_lainnya;
    if let Some(ep) = &mut kl.e_performance {
        ep.indikator = targets
            .into_iter()
            .map(|(id, target)| {
                (
                    id,
                    NilaiAplikasi {
                        target,
                        realisasi: None,
                    },
                )
            })
            .collect();
    }
    if let Some(em) = &mut kl.e_monev {
        em.serapan_anggaran = None;
        em.pelaksanaan = None;
    }
    for t in kl.tarja.iter_mut().flat_map(|t| &mut t.target) {
        t.capaian = crate::model::Angka::from(0);
        t.keterangan = format!("{PENANDA} keterangan");
        t.bukti.clear();
    }
    if *kl != Default::default() {
        daftar.push(
            "kinerja_lainnya.yaml: realisasi e-Performance, e-Monev, capaian dan bukti TARJA"
                .into(),
        );
    }

    // lampiran
    if let Some(l) = &mut d.lampiran {
        l.sk_tim.nomor = format!("{PENANDA} nomor SK");
        ttd_baru(&mut l.sk_tim.ditetapkan);
        for a in &mut l.sk_tim.anggota {
            a.nama_tertulis = None;
            a.nip_tertulis = None;
        }
        daftar.push("lampiran.yaml: nomor dan tanggal SK tim penyusun, susunan tim".into());
    }
    daftar.push("narasi.yaml: perbarui teks naratif untuk tahun baru".into());

    tulis_folder(ke, &d)?;
    salin_aset(dari, ke)?;
    daftar.insert(0, format!("hasil {tahun_lama} tersimpan sebagai riwayat (target dan realisasi) di capaian.yaml dan anggaran.yaml"));
    Ok(daftar)
}

/// Copies pictures and other non-YAML files (not PDFs, schemas or KOREKSI.md).
fn salin_aset(dari: &Path, ke: &Path) -> Result<(), GalatTahunan> {
    fn salin(dari: &Path, ke: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(ke)?;
        for e in std::fs::read_dir(dari)? {
            let path = e?.path();
            let name = path.file_name().unwrap_or_default();
            let skip = name == crate::model::skema::FOLDER_SKEMA || name == "KOREKSI.md";
            if skip
                || path.extension().is_some_and(|x| x == "yaml" || x == "pdf")
                || path.is_symlink()
            {
                continue;
            }
            if path.is_dir() {
                salin(&path, &ke.join(name))?;
            } else {
                std::fs::copy(&path, ke.join(name))?;
            }
        }
        Ok(())
    }
    salin(dari, ke).map_err(|e| GalatTahunan::Tulis(ke.display().to_string(), e))
}
