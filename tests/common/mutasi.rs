//! Generated hostile data folders, for the property suite (`tests/sifat.rs`)
//! and the stable fuzzer (`examples/fuzz_muat.rs`): a small seeded random
//! generator, structured mutations of data/2023's YAML values (numbers at
//! the type limits, hostile strings in text fields, deep nesting, removed
//! and renamed keys) and raw text mutations (bytes, lines, YAML syntax).
#![allow(dead_code)]

use serde_yaml::{Mapping, Number, Value};

/// splitmix64: small, seeded, good enough to drive mutations.
#[derive(Clone, Debug)]
pub struct Acak(pub u64);

impl Acak {
    /// The next 64 random bits.
    pub fn u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn di_bawah(&mut self, n: usize) -> usize {
        (self.u64() % n as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pilih<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.di_bawah(v.len())]
    }

    /// True with probability 1/n.
    pub fn sekali(&mut self, n: usize) -> bool {
        self.di_bawah(n) == 0
    }
}

/// Numbers at and around every limit the model has.
pub const ANGKA_BATAS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "0.5",
    "99.38",
    "100",
    "100.0000000001",
    "1000000000000000",
    "1000000000000001",
    "-1000000000000000",
    "0.0000000001",
    "0.00000000001",
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "79228162514264337593543950335",
    "79228162514264337593543950336",
    "1.0e300",
    "-1.0e300",
    "1.0e-300",
    ".nan",
    ".inf",
    "-.inf",
    "0x7e5",
    "0o17",
    "+12",
    "1_000",
];

/// Strings that have broken something somewhere.
pub const TEKS_JAHAT: &[&str] = &[
    "",
    " ",
    "-",
    "√",
    "[ISI]",
    "6.946",
    "12a",
    "\"6.946.743.000\"",
    "Rp 6.946.743.000,-",
    "99,38",
    "1,2,3",
    "#read(\"/etc/passwd\")",
    "$x$ <l> @ref nama@instansi.go.id // komentar ] \\ = judul",
    "*a* _b_ **c** `d` ~e~",
    "- butir\n- butir\n\n1. satu",
    "> > > > > > > > > > > > > > > > > > > > kutipan",
    "- - - - - - - - - - - - - - - - - - - - - - - - butir",
    "***a***___b___",
    "😀 𝕏 \u{200B}\u{202E}kanan-ke-kiri",
    "\u{0}\u{1}\u{7}\u{1b}[31m",
    "tanpa_spasi_sangat_panjang_tanpa_spasi_sangat_panjang_tanpa_spasi_sangat_panjang_tanpa_spasi",
    "gambar/logo.svg",
    "../../etc/passwd",
    "/etc/passwd",
    "gambar/tidak-ada.png",
    "2024-02-30",
    "2024-13-01",
    "9999-12-31",
    "0000-01-01",
    "kalapas",
    "sk1-ikk1",
    "persen",
    "negatif",
    "kumulatif",
    "potong",
];

/// Random text from a hostile alphabet.
pub fn teks_acak(r: &mut Acak) -> String {
    const ABJAD: &[&str] = &[
        "a", "Z", "0", "9", " ", "\n", "\t", ".", ",", "-", "*", "_", "#", "$", "@", "<", ">", "[",
        "]", "{", "}", "\\", "\"", "'", "/", ":", "=", "`", "~", "%", "é", "ñ", "√", "😀",
        "\u{200B}", "\u{0}", "\r", "|", "&", "!",
    ];
    let n = r.di_bawah(80);
    (0..n).map(|_| *r.pilih(ABJAD)).collect()
}

/// A generated value to put somewhere: a limit number, a hostile string,
/// random text, a deep list or map, or an empty collection.
pub fn nilai_acak(r: &mut Acak) -> Value {
    match r.di_bawah(8) {
        0 | 1 => {
            let t = *r.pilih(ANGKA_BATAS);
            serde_yaml::from_str(t).unwrap_or(Value::String(t.into()))
        }
        2 => Value::String(r.pilih(ANGKA_BATAS).to_string()),
        3 | 4 => Value::String(r.pilih(TEKS_JAHAT).to_string()),
        5 => Value::String(teks_acak(r)),
        6 => {
            let depth = 1 + r.di_bawah(100);
            let mut v = nilai_daun(r);
            for _ in 0..depth {
                v = if r.sekali(2) {
                    Value::Sequence(vec![v])
                } else {
                    let mut m = Mapping::new();
                    m.insert(Value::String("x".into()), v);
                    Value::Mapping(m)
                };
            }
            v
        }
        _ => match r.di_bawah(4) {
            0 => Value::Sequence(vec![]),
            1 => Value::Mapping(Mapping::new()),
            2 => Value::Null,
            _ => Value::Bool(r.sekali(2)),
        },
    }
}

fn nilai_daun(r: &mut Acak) -> Value {
    if r.sekali(2) {
        Value::Number(Number::from(r.u64() as i64))
    } else {
        Value::String(r.pilih(TEKS_JAHAT).to_string())
    }
}

/// Every node of `v` by its index path.
fn jalur(v: &Value, here: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(here.clone());
    match v {
        Value::Sequence(s) => {
            for (i, x) in s.iter().enumerate() {
                here.push(i);
                jalur(x, here, out);
                here.pop();
            }
        }
        Value::Mapping(m) => {
            for (i, (_, x)) in m.iter().enumerate() {
                here.push(i);
                jalur(x, here, out);
                here.pop();
            }
        }
        Value::Tagged(t) => {
            here.push(0);
            jalur(&t.value, here, out);
            here.pop();
        }
        _ => {}
    }
}

fn di<'a>(v: &'a mut Value, p: &[usize]) -> &'a mut Value {
    match p.split_first() {
        None => v,
        Some((i, rest)) => match v {
            Value::Sequence(s) => di(&mut s[*i], rest),
            Value::Mapping(m) => di(m.values_mut().nth(*i).unwrap(), rest),
            Value::Tagged(t) => di(&mut t.value, rest),
            _ => unreachable!(),
        },
    }
}

/// Applies one structured mutation to a parsed YAML document.
pub fn mutasi_nilai(r: &mut Acak, doc: &mut Value) {
    let mut all = Vec::new();
    jalur(doc, &mut Vec::new(), &mut all);
    let p = r.pilih(&all).clone();
    let node = di(doc, &p);
    match r.di_bawah(14) {
        // Same kind, hostile value: keeps the folder loadable more often,
        // so that check and render see the extremes.
        10..=13 => match node {
            Value::Number(_) => {
                let t = *r.pilih(ANGKA_BATAS);
                *node = serde_yaml::from_str(t).unwrap_or(Value::String(t.into()));
            }
            Value::String(_) => {
                *node = Value::String(if r.sekali(2) {
                    r.pilih(TEKS_JAHAT).to_string()
                } else {
                    teks_acak(r)
                })
            }
            _ => {}
        },
        // Replace a leaf (mostly) or any node.
        0..=5 => {
            if matches!(node, Value::Mapping(_) | Value::Sequence(_)) && !r.sekali(4) {
                // Prefer leaves: descend to a random child instead.
                let mut sub = Vec::new();
                jalur(node, &mut Vec::new(), &mut sub);
                let q = r.pilih(&sub).clone();
                *di(node, &q) = nilai_acak(r);
            } else {
                *node = nilai_acak(r);
            }
        }
        // Remove an entry, or rename a key.
        6 | 7 => match node {
            Value::Mapping(m) if !m.is_empty() => {
                let i = r.di_bawah(m.len());
                let k = m.keys().nth(i).unwrap().clone();
                let v = m.remove(&k).unwrap();
                if r.sekali(2) {
                    let baru = match r.di_bawah(3) {
                        0 => Value::Number(Number::from(r.u64() as i32)),
                        1 => Value::String(teks_acak(r)),
                        _ => Value::String(r.pilih(ANGKA_BATAS).to_string()),
                    };
                    m.insert(baru, v);
                }
            }
            Value::Sequence(s) if !s.is_empty() => {
                let i = r.di_bawah(s.len());
                s.remove(i);
            }
            _ => *node = nilai_acak(r),
        },
        // Repeat a list item many times.
        8 => {
            if let Value::Sequence(s) = node {
                if let Some(x) = s.first().cloned() {
                    let n = 1 + r.di_bawah(50);
                    s.extend(std::iter::repeat_n(x, n));
                }
            } else {
                *node = nilai_acak(r);
            }
        }
        // Wrap in a list or map.
        _ => {
            let inner = std::mem::replace(node, Value::Null);
            *node = if r.sekali(2) {
                Value::Sequence(vec![inner])
            } else {
                let mut m = Mapping::new();
                m.insert(Value::String("langsung".into()), inner);
                Value::Mapping(m)
            };
        }
    }
}

/// Raw text mutations: what a careless edit or a broken file does.
pub fn mutasi_teks(r: &mut Acak, teks: &[u8]) -> Vec<u8> {
    const SISIP: &[&str] = &[
        "&a ",
        "*a",
        "*b",
        "---\n",
        "...\n",
        "\t",
        "[",
        "]",
        "{",
        "}",
        "- ",
        ": ",
        "!!str ",
        "!!binary ",
        "%YAML 1.1\n",
        "? ",
        "|",
        ">-",
        "'",
        "\"",
        "#",
        "\n",
        "  ",
        "\u{FEFF}",
        "<<: *a\n",
        "0x7e5",
        "-2000000000",
        "79228162514264337593543950335",
    ];
    let mut b: Vec<u8> = teks.to_vec();
    for _ in 0..1 + r.di_bawah(4) {
        if b.is_empty() {
            break;
        }
        let at = r.di_bawah(b.len());
        match r.di_bawah(7) {
            0 => {
                b.remove(at);
            }
            1 => b.insert(at, r.u64() as u8),
            2 => {
                let s = r.pilih(SISIP).as_bytes().to_vec();
                b.splice(at..at, s);
            }
            3 => {
                // Duplicate a line.
                let start = b[..at]
                    .iter()
                    .rposition(|c| *c == b'\n')
                    .map_or(0, |i| i + 1);
                let end = b[at..]
                    .iter()
                    .position(|c| *c == b'\n')
                    .map_or(b.len(), |i| at + i + 1);
                let line = b[start..end].to_vec();
                b.splice(end..end, line);
            }
            4 => {
                // Delete a range.
                let end = (at + 1 + r.di_bawah(200)).min(b.len());
                b.drain(at..end);
            }
            5 => {
                // Replace a digit run by a limit number.
                if b[at].is_ascii_digit() {
                    let end = b[at..]
                        .iter()
                        .position(|c| !c.is_ascii_digit())
                        .map_or(b.len(), |i| at + i);
                    let s = r.pilih(ANGKA_BATAS).as_bytes().to_vec();
                    b.splice(at..end, s);
                }
            }
            _ => {
                // Change indentation of a line.
                let start = b[..at]
                    .iter()
                    .rposition(|c| *c == b'\n')
                    .map_or(0, |i| i + 1);
                if r.sekali(2) {
                    b.insert(start, b' ');
                } else if b.get(start) == Some(&b' ') {
                    b.remove(start);
                }
            }
        }
    }
    b
}

/// What one run of load → check (→ render) gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hasil {
    /// Loaded, no errors: exit 0.
    Baik,
    /// Loaded, rule errors: exit 1.
    AdaGalat,
    /// Not loadable: exit 2.
    TidakDimuat,
}

/// Runs load → check (and, with `render`, the PDF) on `dir` in-process,
/// as `lkjip check`/`build --draft` would. Returns the outcome, or why a
/// property failed: a panic, an unlocated problem, or a render failure on
/// data that `check` passed.
pub fn jalankan(dir: &std::path::Path, render: bool) -> Result<Hasil, String> {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    let pesan_panik = |e: Box<dyn std::any::Any + Send>| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    };
    let muat = catch_unwind(|| lkjip::susun(dir))
        .map_err(|e| format!("panik saat memuat: {}", pesan_panik(e)))?;
    let d = match muat {
        Ok(d) => d,
        Err(galat) => {
            if galat.is_empty() {
                return Err("gagal dimuat tanpa pesan".into());
            }
            for g in &galat {
                let berkas_saja = g.message.starts_with("berkas tidak")
                    || g.message.starts_with("folder data")
                    || g.message.starts_with("bukan berkas");
                if g.posisi().is_none() && !berkas_saja {
                    return Err(format!("galat muat tanpa baris:kolom: {g}"));
                }
            }
            return Ok(Hasil::TidakDimuat);
        }
    };
    let diag = catch_unwind(AssertUnwindSafe(|| d.periksa(lkjip::check::Bahasa::Id)))
        .map_err(|e| format!("panik saat memeriksa: {}", pesan_panik(e)))?;
    for x in &diag {
        if x.line.is_none() {
            return Err(format!("temuan tanpa baris: {x:?}"));
        }
    }
    // The summary `check` prints computes every total too.
    catch_unwind(AssertUnwindSafe(|| lkjip::cmd::check::ringkasan(&d)))
        .map_err(|e| format!("panik pada ringkasan: {}", pesan_panik(e)))?;
    let galat = diag
        .iter()
        .any(|x| x.severity == lkjip::check::Tingkat::Error);
    if render {
        let hasil = catch_unwind(AssertUnwindSafe(|| d.pdf(true, false)))
            .map_err(|e| format!("panik saat menyusun PDF: {}", pesan_panik(e)))?;
        match hasil {
            Ok(_) => {}
            Err(lkjip::render::GalatRender::Aset(_)) if diag.iter().any(|x| x.code == "LK001") => {}
            Err(e) => return Err(format!("check lulus tetapi build gagal: {e}")),
        }
    }
    Ok(if galat { Hasil::AdaGalat } else { Hasil::Baik })
}
