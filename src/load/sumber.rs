//! A pre-pass over a YAML file with an event parser: exact positions for
//! every value (by YAML path, in serde_yaml's `a.b[2].c` notation), and
//! duplicate keys, which serde_yaml would let the last occurrence win.

use std::collections::{BTreeMap, HashMap};

use saphyr_parser::{Event, Parser, ScalarStyle};

pub use crate::diag::Posisi;

/// Where every value of one file sits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PetaSumber {
    posisi: BTreeMap<String, Posisi>,
    /// Where the key of each mapping value starts, by the value's path.
    kunci: BTreeMap<String, Posisi>,
}

impl PetaSumber {
    /// Position of the value at `path` (`""` is the document root).
    pub fn get(&self, path: &str) -> Option<Posisi> {
        self.posisi.get(path).copied()
    }

    /// Position of the key whose value is at `path` (`a.b` is where `b:`
    /// is written).
    pub fn kunci(&self, path: &str) -> Option<Posisi> {
        self.kunci.get(path).copied()
    }

    /// Every mapping key: the path of its value and where the key starts.
    pub fn semua_kunci(&self) -> impl Iterator<Item = (&str, Posisi)> {
        self.kunci.iter().map(|(k, p)| (k.as_str(), *p))
    }

    /// Renames the value at `lama` and everything below it to `baru` (a key
    /// spelt the old way, read under its new name), leaving `lama` placed
    /// at the old key so a finding about the old spelling points at it.
    pub fn ganti_path(&mut self, lama: &str, baru: &str) {
        let di_bawah = |k: &str| {
            k == lama
                || k.strip_prefix(lama)
                    .is_some_and(|r| r.starts_with('.') || r.starts_with('['))
        };
        for peta in [&mut self.posisi, &mut self.kunci] {
            let pindah: Vec<String> = peta.keys().filter(|k| di_bawah(k)).cloned().collect();
            for k in pindah {
                if let Some(p) = peta.remove(&k) {
                    peta.insert(format!("{baru}{}", &k[lama.len()..]), p);
                }
            }
        }
        if let Some(p) = self.kunci.get(baru).copied() {
            self.posisi.insert(lama.to_string(), p);
        }
    }

    /// The path of the last value that starts at or before `pos` (the value
    /// a position inside a long text belongs to).
    pub fn path_di(&self, pos: Posisi) -> Option<&str> {
        self.posisi
            .iter()
            .filter(|(_, p)| **p <= pos)
            .max_by_key(|(_, p)| **p)
            .map(|(k, _)| k.as_str())
    }

    /// Position of the value at `path`, or of its nearest ancestor that has
    /// one, up to the document root (a top-level key that is absent, such
    /// as a section left out, is placed at the document).
    pub fn terdekat(&self, path: &str) -> Option<Posisi> {
        let mut p = path;
        loop {
            if let Some(pos) = self.get(p) {
                return Some(pos);
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p = &p[..cut],
                None if !p.is_empty() => p = "",
                None => return None,
            }
        }
    }
}

/// Byte offset of a line/column position in `teks` (columns count
/// characters; a column past its line's end stops at the line's end).
pub fn offset(teks: &str, p: Posisi) -> Option<usize> {
    let mut awal = 0;
    for _ in 1..p.baris {
        awal += teks.get(awal..)?.find('\n')? + 1;
    }
    let baris = teks[awal..].split('\n').next().unwrap_or("");
    let kolom: usize = baris
        .chars()
        .take(p.kolom.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    Some(awal + kolom)
}

/// A problem found by the pre-pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MasalahSumber {
    /// Where.
    pub posisi: Posisi,
    /// What, in Indonesian.
    pub pesan: String,
    /// The YAML path concerned, if any.
    pub path: Option<String>,
}

enum Frame {
    Map {
        path: String,
        keys: HashMap<String, Posisi>,
        key: Option<String>,
    },
    Seq {
        path: String,
        index: usize,
    },
}

/// The deepest nesting of maps and lists accepted in a data file. The
/// deepest in a real folder is about 10 (the budget tree).
pub const BATAS_KEDALAMAN: usize = 64;

/// The most values a file may hold once YAML aliases are expanded. A real
/// folder's largest file holds about 6,000.
pub const BATAS_NILAI: usize = 200_000;

/// The longest word (run of characters without a space) a text value may
/// hold. The longest in the reference report and the shipped folders is 44
/// characters (a schema path; the longest in the report's text is 38): 200
/// leaves a wide margin for long URLs and document numbers, while one
/// unbreakable word of a megabyte in a narrow table cell made `build` grow
/// past 1.5 GB. Checked at load, so `check` and `build` agree.
pub const BATAS_PANJANG_KATA: usize = 200;

/// The most values a file may repeat through YAML aliases (`*nama`), in
/// total: enough for reusing a signature block many times, far too few for
/// an alias bomb.
pub const BATAS_ULANG: usize = 10_000;

/// A plain YAML key as the loader reads it: integers written as `0x7e5`,
/// `0o3745`, `+2021` or `2_021` are the key `2021`, so that they cannot
/// duplicate a year unnoticed.
fn kunci_kanonik(v: &str, style: ScalarStyle) -> String {
    if style != ScalarStyle::Plain {
        return v.to_string();
    }
    let t = v.replace('_', "");
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let parsed = if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        i128::from_str_radix(h, 16).ok()
    } else if let Some(o) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
        i128::from_str_radix(o, 8).ok()
    } else if let Some(b) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
        i128::from_str_radix(b, 2).ok()
    } else if !body.is_empty() && body.bytes().all(|c| c.is_ascii_digit()) {
        body.parse::<i128>().ok()
    } else {
        None
    };
    match parsed {
        Some(n) if neg => (-n).to_string(),
        Some(n) => n.to_string(),
        None => v.to_string(),
    }
}

fn child(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// Scans `text`, returning the position map, or every duplicate key and the
/// first syntax error.
pub fn pindai(text: &str) -> Result<PetaSumber, Vec<MasalahSumber>> {
    let mut map = PetaSumber::default();
    let mut problems = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Expanded size so far, and per anchor: (its start, its expanded size).
    let mut nilai: usize = 0;
    let mut ulang: usize = 0;
    let mut jangkar: HashMap<usize, usize> = HashMap::new();
    // Anchored nodes still open: (anchor id, expanded count at their start, depth).
    let mut terbuka: Vec<(usize, usize, usize)> = Vec::new();
    let mut dokumen = 0usize;
    // Where each mapping or sequence still open began (an unclosed `[` is
    // reported there, not at the end of the file).
    let mut pembuka: Vec<Posisi> = Vec::new();
    if let Some(m) = karakter_terlarang(text) {
        return Err(vec![m]);
    }
    let mut parser = Parser::new_from_str(text);
    while let Some(next) = parser.next_event() {
        let (event, span) = match next {
            Ok(ev) => ev,
            Err(e) => {
                let m = e.marker();
                let di = Posisi {
                    baris: m.line(),
                    kolom: m.col() + 1,
                };
                let info = e.info();
                let kurung = ["flow sequence", "flow mapping"]
                    .iter()
                    .any(|k| info.contains(k));
                let (posisi, pesan) = match pembuka.last() {
                    Some(&buka) if kurung => {
                        let (jenis, tutup) = if info.contains("flow sequence") {
                            ("daftar `[`", "`]`")
                        } else {
                            ("peta `{`", "`}`")
                        };
                        (
                            buka,
                            format!(
                                "YAML tidak valid: {jenis} yang dibuka di sini tidak ditutup dengan {tutup} (pengurai berhenti di baris {} kolom {}; perlu `,` di antara butir?)",
                                di.baris, di.kolom
                            ),
                        )
                    }
                    _ => (di, format!("YAML tidak valid: {}", terjemah_sintaks(info))),
                };
                problems.push(MasalahSumber {
                    posisi,
                    pesan,
                    path: None,
                });
                return Err(problems);
            }
        };
        let pos = Posisi {
            baris: span.start.line(),
            kolom: span.start.col() + 1,
        };
        let opens = matches!(event, Event::MappingStart(..) | Event::SequenceStart(..));
        if opens {
            pembuka.push(pos);
        } else if matches!(event, Event::MappingEnd | Event::SequenceEnd) {
            pembuka.pop();
        }
        let gagal = |pesan: String| MasalahSumber {
            posisi: pos,
            pesan,
            path: None,
        };
        match &event {
            Event::DocumentStart(_) => {
                dokumen += 1;
                if dokumen > 1 {
                    problems.push(gagal(
                        "berkas berisi lebih dari satu dokumen YAML (`---`); satu berkas data hanya boleh berisi satu dokumen".into(),
                    ));
                    return Err(problems);
                }
            }
            Event::Alias(id) => {
                let n = jangkar.get(id).copied().unwrap_or(1);
                nilai = nilai.saturating_add(n);
                ulang = ulang.saturating_add(n);
                if ulang > BATAS_ULANG {
                    problems.push(gagal(format!(
                        "alias YAML (`*`) mengulang terlalu banyak: lebih dari {BATAS_ULANG} nilai; tulis datanya tanpa alias"
                    )));
                    return Err(problems);
                }
            }
            Event::Scalar(v, style, id, _) => {
                if let Some((kata, panjang)) = kata_terpanjang(v) {
                    let awal: String = kata.chars().take(20).collect();
                    // On the scalar's first line, at the word itself.
                    let mulai = kata.as_ptr() as usize - v.as_ptr() as usize;
                    let sebelum = &v[..mulai];
                    let kutip = usize::from(matches!(
                        style,
                        ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted
                    ));
                    let posisi = match style {
                        ScalarStyle::Plain
                        | ScalarStyle::SingleQuoted
                        | ScalarStyle::DoubleQuoted
                            if !sebelum.contains('\n') =>
                        {
                            Posisi {
                                baris: pos.baris,
                                kolom: pos.kolom + kutip + sebelum.chars().count(),
                            }
                        }
                        _ => pos,
                    };
                    problems.push(MasalahSumber {
                        posisi,
                        path: None,
                        pesan: format!(
                        "kata terlalu panjang: \"{awal}…\" berisi {panjang} karakter tanpa spasi; paling panjang {BATAS_PANJANG_KATA} (beri spasi, atau pendekkan)"
                        ),
                    });
                    return Err(problems);
                }
                nilai += 1;
                if *id > 0 {
                    jangkar.insert(*id, 1);
                }
            }
            Event::MappingStart(id, _) | Event::SequenceStart(id, _) => {
                nilai += 1;
                if *id > 0 {
                    terbuka.push((*id, nilai - 1, stack.len()));
                }
                if stack.len() >= BATAS_KEDALAMAN {
                    problems.push(gagal(format!(
                        "data bersarang terlalu dalam: lebih dari {BATAS_KEDALAMAN} tingkat peta/daftar"
                    )));
                    return Err(problems);
                }
            }
            _ => {}
        }
        if nilai > BATAS_NILAI {
            problems.push(gagal(format!(
                "berkas terlalu besar: lebih dari {BATAS_NILAI} nilai (termasuk yang diulang lewat alias YAML `*`)"
            )));
            return Err(problems);
        }
        match event {
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                if let Some(&(id, start, depth)) = terbuka.last() {
                    if depth == stack.len() {
                        terbuka.pop();
                        jangkar.insert(id, nilai - start);
                    }
                }
                continue;
            }
            Event::Scalar(..)
            | Event::Alias(_)
            | Event::MappingStart(..)
            | Event::SequenceStart(..) => {}
            _ => continue,
        }
        // Is this node a key of the enclosing mapping, or a value?
        let value_path = match stack.last_mut() {
            None => String::new(),
            Some(Frame::Seq { path, index }) => {
                let p = format!("{path}[{index}]");
                *index += 1;
                p
            }
            Some(Frame::Map { path, keys, key }) => match key.take() {
                Some(k) => child(path, &k),
                None => {
                    let (name, kanonik) = match &event {
                        Event::Scalar(v, style, ..) => (v.to_string(), kunci_kanonik(v, *style)),
                        _ => (String::from("?"), String::from("?")),
                    };
                    if let Some(first) = keys.get(&kanonik) {
                        problems.push(MasalahSumber {
                            posisi: pos,
                            pesan: format!(
                                "kunci `{name}` ditulis dua kali (pertama di baris {}); hapus salah satunya",
                                first.baris
                            ),
                            path: Some(child(path, &name)),
                        });
                    } else {
                        keys.insert(kanonik, pos);
                        map.kunci.insert(child(path, &name), pos);
                    }
                    *key = Some(name);
                    if opens {
                        // A complex key: skip its contents as a value-less frame.
                        stack.push(Frame::Seq {
                            path: String::from("?"),
                            index: 0,
                        });
                    }
                    continue;
                }
            },
        };
        map.posisi.insert(value_path.clone(), pos);
        match event {
            Event::MappingStart(..) => stack.push(Frame::Map {
                path: value_path,
                keys: HashMap::new(),
                key: None,
            }),
            Event::SequenceStart(..) => stack.push(Frame::Seq {
                path: value_path,
                index: 0,
            }),
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(map)
    } else {
        Err(problems)
    }
}

/// The scanner's English phrases, in Indonesian where we know them.
fn terjemah_sintaks(info: &str) -> String {
    let known = [
        (
            "mapping values are not allowed in this context",
            "tanda `:` tidak boleh di sini (perlu tanda kutip?)",
        ),
        (
            "did not find expected key",
            "kunci yang diharapkan tidak ditemukan (periksa indentasi)",
        ),
        (
            "did not find expected '-' indicator",
            "tanda `-` yang diharapkan tidak ditemukan (periksa indentasi)",
        ),
        (
            "found character that cannot start any token",
            "ada karakter yang tidak boleh mengawali nilai (perlu tanda kutip?)",
        ),
        (
            "while scanning a quoted scalar, found unexpected end of stream",
            "tanda kutip tidak ditutup",
        ),
        (
            "found a tab character that violates indentation",
            "karakter tab tidak boleh dipakai untuk indentasi; gunakan spasi",
        ),
        (
            "tab",
            "karakter tab tidak boleh dipakai di sini (misalnya untuk indentasi); gunakan spasi",
        ),
        ("recursion limit", "data bersarang terlalu dalam"),
        (
            "unknown anchor",
            "alias `*` merujuk jangkar `&` yang tidak ada",
        ),
        (
            "unexpected end of stream",
            "berkas berakhir di tengah nilai (tanda kurung atau kutip tidak ditutup?)",
        ),
        (
            "did not find expected node content",
            "nilai yang diharapkan tidak ditemukan",
        ),
        ("invalid indentation", "indentasi tidak sah"),
    ];
    for (en, id) in known {
        if info.contains(en) {
            return id.to_string();
        }
    }
    // The parser's own sentence is English: not shown.
    let _ = info;
    "kesalahan sintaks (periksa tanda kutip, tanda kurung, `:` dan indentasi di sini)".into()
}

/// The first word of `v` longer than [`BATAS_PANJANG_KATA`], with its
/// length in characters.
fn kata_terpanjang(v: &str) -> Option<(&str, usize)> {
    if v.len() <= BATAS_PANJANG_KATA {
        return None;
    }
    v.split(char::is_whitespace)
        .filter(|k| k.len() > BATAS_PANJANG_KATA)
        .map(|k| (k, k.chars().count()))
        .find(|(_, n)| *n > BATAS_PANJANG_KATA)
}

/// The first character YAML does not allow in a file (a NUL, another
/// control character, DEL, a C1 control), located at its line and column
/// (counted in characters, as the parser does).
pub fn karakter_terlarang(text: &str) -> Option<MasalahSumber> {
    let (at, c) = text.char_indices().find(|&(_, c)| {
        let n = c as u32;
        (n < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
            || n == 0x7F
            || ((0x80..=0x9F).contains(&n) && n != 0x85)
            || matches!(n, 0xFFFE | 0xFFFF)
    })?;
    let sebelum = &text[..at];
    let baris = sebelum.matches('\n').count() + 1;
    let kolom = sebelum[sebelum.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    Some(MasalahSumber {
        posisi: Posisi { baris, kolom },
        pesan: format!(
            "karakter kendali U+{:04X} tidak boleh ada di berkas YAML; hapus karakter itu (sering terbawa dari salinan PDF atau Word)",
            c as u32
        ),
        path: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_by_path() {
        let text = "a: 1\nb:\n  c: x\n  d:\n    - 5\n    - e: 6\n";
        let map = pindai(text).unwrap();
        assert_eq!(map.get("a"), Some(Posisi { baris: 1, kolom: 4 }));
        assert_eq!(map.get("b.c"), Some(Posisi { baris: 3, kolom: 6 }));
        assert_eq!(map.get("b.d[0]"), Some(Posisi { baris: 5, kolom: 7 }));
        assert_eq!(
            map.get("b.d[1].e"),
            Some(Posisi {
                baris: 6,
                kolom: 10
            })
        );
        assert_eq!(
            map.terdekat("b.d[1].zz"),
            Some(Posisi { baris: 6, kolom: 7 })
        );
        // An absent top-level key is placed at the document root.
        assert_eq!(map.terdekat("tarja"), map.get(""));
        assert!(map.get("").is_some());
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let text = "a: 1\nb:\n  c: 1\n  c: 2\na: 3\n";
        let problems = pindai(text).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].posisi, Posisi { baris: 4, kolom: 3 });
        assert_eq!(problems[0].path.as_deref(), Some("b.c"));
        assert!(problems[0].pesan.contains("pertama di baris 3"));
        assert_eq!(problems[1].posisi, Posisi { baris: 5, kolom: 1 });
    }

    #[test]
    fn syntax_error_has_position() {
        let problems = pindai("a: [1, 2\nb: 3\n").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].pesan.starts_with("YAML tidak valid"));
    }
}
