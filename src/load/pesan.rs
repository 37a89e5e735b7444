//! serde's English error messages, told again in Indonesian, with the
//! nearest known field for a misspelt one.

/// Turns one serde/serde_yaml message (without path and location) into
/// Indonesian.
pub fn terjemah(msg: &str) -> String {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, tail) = rest.split_once('`').unwrap_or((rest, ""));
        let known = daftar_backtick(tail);
        return match terdekat(field, &known) {
            Some(best) => format!(
                "kolom `{field}` tidak dikenal; mungkin maksudnya `{best}`? (kolom yang dikenal: {})",
                known.join(", ")
            ),
            None if known.is_empty() => {
                format!("kolom `{field}` tidak dikenal; di sini tidak ada kolom")
            }
            None => format!(
                "kolom `{field}` tidak dikenal (kolom yang dikenal: {})",
                known.join(", ")
            ),
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (v, tail) = rest.split_once('`').unwrap_or((rest, ""));
        let known = daftar_backtick(tail);
        return match terdekat(v, &known) {
            Some(best) => format!(
                "pilihan `{v}` tidak dikenal; mungkin maksudnya `{best}`? (pilihan: {})",
                known.join(", ")
            ),
            None => format!(
                "pilihan `{v}` tidak dikenal (pilihan: {})",
                known.join(", ")
            ),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return format!("kolom wajib `{field}` belum diisi");
    }
    if let Some(rest) = msg.strip_prefix("duplicate field `") {
        let field = rest.trim_end_matches('`');
        return format!("kolom `{field}` ditulis dua kali");
    }
    for (prefix, label) in [
        ("invalid type: ", "tipe salah"),
        ("invalid value: ", "nilai salah"),
    ] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            return format!(
                "{label}: ditemukan {}, diharapkan {}",
                jenis(found),
                jenis(expected)
            );
        }
    }
    match msg {
        "repetition limit exceeded" => {
            return "alias YAML (`*`) diulang terlalu banyak; tulis datanya tanpa alias".into();
        }
        "recursion limit exceeded" => return "data bersarang terlalu dalam".into(),
        "deserializing from YAML containing more than one document is not supported" => {
            return "berkas berisi lebih dari satu dokumen YAML (`---`); satu berkas data hanya boleh berisi satu dokumen".into();
        }
        _ => {}
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        let (n, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("panjang salah: {n} butir, diharapkan {}", jenis(expected));
    }
    msg.to_string()
}

/// `` expected one of `a`, `b` `` → `[a, b]`.
fn daftar_backtick(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The known name closest to a misspelt one, if it is close enough to be a
/// plausible typo.
pub fn terdekat<'a>(salah: &str, dikenal: &[&'a str]) -> Option<&'a str> {
    dikenal
        .iter()
        .map(|k| (strsim::damerau_levenshtein(salah, k), *k))
        .filter(|(dist, k)| *dist <= (k.len().max(salah.len()) / 3).max(2))
        .min_by_key(|(dist, _)| *dist)
        .map(|(_, k)| k)
}

/// serde's names for kinds of value, in Indonesian.
fn jenis(text: &str) -> String {
    let t = text.trim();
    let t = t
        .strip_suffix(" as u128")
        .or_else(|| t.strip_suffix(" as i128"))
        .unwrap_or(t);
    let words = [
        ("string ", "teks "),
        ("integer ", "bilangan bulat "),
        ("floating point ", "bilangan desimal "),
        ("boolean ", "nilai benar/salah "),
    ];
    for (en, id) in words {
        if let Some(rest) = t.strip_prefix(en) {
            return format!("{id}{rest}");
        }
    }
    match t {
        "map" | "a map" => "peta (pasangan kunci: nilai)".into(),
        "sequence" | "a sequence" => "daftar (butir diawali `-`)".into(),
        "unit value" | "null" => "nilai kosong".into(),
        "a string" | "string" => "teks".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "bilangan bulat tidak negatif".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "bilangan bulat".into(),
        "a boolean" | "bool" => "nilai benar/salah (true/false)".into(),
        other if other.starts_with("struct ") => "peta kolom (kunci: nilai)".into(),
        other if other.starts_with("enum ") => "salah satu pilihan".into(),
        other if other.starts_with("a sequence") => "daftar".into(),
        // Fixed-size arrays (`rentang: [90, 95]`).
        other if other.starts_with("an array of length ") => format!(
            "daftar berisi {} butir",
            &other["an array of length ".len()..]
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_length_arrays_in_indonesian() {
        assert_eq!(
            terjemah("invalid length 1, expected an array of length 2"),
            "panjang salah: 1 butir, diharapkan daftar berisi 2 butir"
        );
    }

    #[test]
    fn messages() {
        assert_eq!(
            terjemah("unknown field `targt`, expected one of `id`, `nama`, `target`"),
            "kolom `targt` tidak dikenal; mungkin maksudnya `target`? (kolom yang dikenal: id, nama, target)"
        );
        assert_eq!(
            terjemah("unknown field `zzzzzz`, expected `id` or `nama`"),
            "kolom `zzzzzz` tidak dikenal (kolom yang dikenal: id, nama)"
        );
        assert_eq!(
            terjemah("missing field `tahun`"),
            "kolom wajib `tahun` belum diisi"
        );
        assert_eq!(
            terjemah("invalid type: string \"dua\", expected u32"),
            "tipe salah: ditemukan teks \"dua\", diharapkan bilangan bulat tidak negatif"
        );
        assert_eq!(
            terjemah("unknown variant `persn`, expected one of `persen`, `layanan`, `unit`"),
            "pilihan `persn` tidak dikenal; mungkin maksudnya `persen`? (pilihan: persen, layanan, unit)"
        );
    }
}
