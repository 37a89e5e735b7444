//! Every list of the data may be empty: for each list field reachable in
//! data/2023's YAML, a copy with that list emptied either gets a located
//! error from load/`check`, or builds a PDF (no panic, no Typst error such
//! as the `(,)` an empty chart once generated). Then, per file, all the
//! lists that may be empty on their own are emptied together.

mod common;

use common::mutasi::{Hasil, jalankan};
use common::salinan;
use serde_yaml::Value;

/// Paths (as key/index steps) of every non-empty sequence in `v`, one per
/// shape: the first element of each list stands for its siblings (they
/// have the same fields), so `a[*].b` is emptied once, in `a[0]`; so do the
/// first entry of maps keyed by indicator id (`sk1-ikk1`) or year.
fn daftar(
    v: &Value,
    jalur: &mut Vec<Value>,
    bentuk: &mut String,
    out: &mut Vec<(String, Vec<Value>)>,
) {
    match v {
        Value::Sequence(s) if !s.is_empty() => {
            if !out.iter().any(|(b, _)| b == bentuk) {
                out.push((bentuk.clone(), jalur.clone()));
            }
            let panjang = bentuk.len();
            bentuk.push_str("[*]");
            jalur.push(Value::from(0u64));
            daftar(&s[0], jalur, bentuk, out);
            jalur.pop();
            bentuk.truncate(panjang);
        }
        Value::Mapping(m) => {
            for (k, anak) in m {
                let panjang = bentuk.len();
                bentuk.push('.');
                bentuk.push_str(&bentuk_kunci(k));
                jalur.push(k.clone());
                daftar(anak, jalur, bentuk, out);
                jalur.pop();
                bentuk.truncate(panjang);
            }
        }
        _ => {}
    }
}

/// A map key in a shape: `*` for keys that name an item rather than a field
/// (years, indicator ids such as `sk1-ikk1`).
fn bentuk_kunci(k: &Value) -> String {
    let teks = serde_yaml::to_string(k)
        .unwrap_or_default()
        .trim()
        .to_string();
    let nama_item = k.is_number()
        || teks.split('-').all(|b| {
            let huruf = b.trim_end_matches(|c: char| c.is_ascii_digit());
            huruf.len() < b.len() && huruf.chars().all(|c| c.is_ascii_lowercase())
        });
    if nama_item { "*".into() } else { teks }
}

/// Empties, in `v`, every list (each instance, not only the first) whose
/// shape is in `bentuk_kosong`.
fn kosongkan_semua(v: &mut Value, bentuk: &mut String, bentuk_kosong: &[String]) {
    match v {
        Value::Sequence(s) if bentuk_kosong.contains(bentuk) => s.clear(),
        Value::Sequence(s) => {
            let panjang = bentuk.len();
            bentuk.push_str("[*]");
            for x in s {
                kosongkan_semua(x, bentuk, bentuk_kosong);
            }
            bentuk.truncate(panjang);
        }
        Value::Mapping(m) => {
            for (k, anak) in m.iter_mut() {
                let panjang = bentuk.len();
                bentuk.push('.');
                bentuk.push_str(&bentuk_kunci(k));
                kosongkan_semua(anak, bentuk, bentuk_kosong);
                bentuk.truncate(panjang);
            }
        }
        _ => {}
    }
}

/// The value at `jalur` in `v`.
fn di<'a>(v: &'a mut Value, jalur: &[Value]) -> &'a mut Value {
    jalur.iter().fold(v, |v, k| match (v, k) {
        (Value::Sequence(s), Value::Number(n)) => &mut s[n.as_u64().unwrap() as usize],
        (Value::Mapping(m), k) => m.get_mut(k).unwrap(),
        _ => unreachable!(),
    })
}

#[test]
fn every_list_may_be_empty() {
    let (_tmp, dir) = salinan();
    let mut gagal = Vec::new();
    let mut kasus = 0;
    let mut dibangun = 0;
    for berkas in lkjip::model::BERKAS {
        let jalur_berkas = dir.join(berkas);
        let Ok(asli) = std::fs::read_to_string(&jalur_berkas) else {
            continue;
        };
        let doc: Value = serde_yaml::from_str(&asli).unwrap();
        let mut semua = Vec::new();
        daftar(&doc, &mut Vec::new(), &mut String::new(), &mut semua);
        let mut boleh_kosong = Vec::new();
        for (bentuk, jalur) in semua {
            let mut ubah = doc.clone();
            *di(&mut ubah, &jalur) = Value::Sequence(vec![]);
            std::fs::write(&jalur_berkas, serde_yaml::to_string(&ubah).unwrap()).unwrap();
            kasus += 1;
            // Located load errors and panics are judged by `jalankan`;
            // without errors, the PDF must build.
            match jalankan(&dir, false) {
                Err(e) => gagal.push(format!("{berkas}{bentuk}: {e}")),
                Ok(Hasil::Baik) => {
                    dibangun += 1;
                    boleh_kosong.push(bentuk.clone());
                    if let Err(e) = jalankan(&dir, true) {
                        gagal.push(format!("{berkas}{bentuk}: {e}"));
                    }
                }
                Ok(_) => {}
            }
        }
        // Together: every list of the file that may be empty on its own,
        // emptied everywhere at once (a chart whose every year is empty,
        // a table whose every source is).
        if boleh_kosong.len() > 1 {
            let mut ubah = doc.clone();
            kosongkan_semua(&mut ubah, &mut String::new(), &boleh_kosong);
            std::fs::write(&jalur_berkas, serde_yaml::to_string(&ubah).unwrap()).unwrap();
            kasus += 1;
            let hasil = jalankan(&dir, false).and_then(|h| match h {
                Hasil::Baik => jalankan(&dir, true),
                h => Ok(h),
            });
            if let Err(e) = hasil {
                gagal.push(format!("{berkas} (semua daftar yang boleh kosong): {e}"));
            }
        }
        std::fs::write(&jalur_berkas, &asli).unwrap();
    }
    eprintln!("{kasus} daftar dikosongkan, {dibangun} dibangun");
    // data/2023 has 48 list shapes; 39 of them may be empty and build.
    assert!(kasus >= 45, "only {kasus} lists found");
    assert!(dibangun >= 30, "only {dibangun} built");
    assert!(gagal.is_empty(), "{}", gagal.join("\n"));
}
