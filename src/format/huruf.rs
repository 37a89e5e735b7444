//! Upper case for titles without breaking mixed-case abbreviations.

/// `text` in capitals, as titles and letterheads print it, except words
/// that carry a capital after their first letter: they are abbreviations
/// or names written on purpose (`LKjIP`, `e-Monev`, `SiLaKIP`) and stay as
/// written. "Tim Penyusun LKjIP" → "TIM PENYUSUN LKjIP" (not "LKJIP").
pub fn huruf_besar(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, kata) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let campuran =
            kata.chars().skip(1).any(char::is_uppercase) && kata.chars().any(char::is_lowercase);
        if campuran {
            out.push_str(kata);
        } else {
            out.extend(kata.chars().flat_map(char::to_uppercase));
        }
    }
    out
}

/// [`huruf_besar`] as a method, for templates (`{{ x.huruf_besar() }}`).
pub trait HurufBesar {
    /// See [`huruf_besar`].
    fn huruf_besar(&self) -> String;
}

impl<T: AsRef<str>> HurufBesar for T {
    fn huruf_besar(&self) -> String {
        huruf_besar(self.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        for (input, want) in [
            ("Tim Penyusun LKjIP", "TIM PENYUSUN LKjIP"),
            (
                "Lembaga Pemasyarakatan Kelas IIB Atambua",
                "LEMBAGA PEMASYARAKATAN KELAS IIB ATAMBUA",
            ),
            ("laporan e-Monev dan SAKIP", "LAPORAN e-Monev DAN SAKIP"),
            ("Kepala Lapas", "KEPALA LAPAS"),
            ("", ""),
            ("  dua  spasi ", "  DUA  SPASI "),
            ("straße", "STRASSE"),
        ] {
            assert_eq!(huruf_besar(input), want, "{input:?}");
        }
    }
}
