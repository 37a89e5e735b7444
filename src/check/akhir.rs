//! A final report has nothing left to fill: the findings of what is still
//! empty (`[ISI]` markers, LK901; indicators whose realisasi is simply not
//! filled, LK902 — an indicator marked `tidak_dapat_dihitung` is filled)
//! are warnings while drafting and errors for a final report (`build`
//! without `--draft`, `check --final`).

use super::{Bahasa, Diagnostik, Tingkat};

/// The codes that are errors in a final report.
pub const KODE_ISIAN: [&str; 2] = ["LK901", "LK902"];

/// Makes each finding of [`KODE_ISIAN`] an error (one per unfilled place,
/// located as before) saying why, and keeps errors first.
pub fn laporan_final(diag: &mut [Diagnostik], bahasa: Bahasa) {
    let sebab = match bahasa {
        Bahasa::Id => {
            "; laporan final tidak boleh menyisakannya (--draft menyusun draf bercap DRAF)"
        }
        Bahasa::En => "; a final report must not leave it (--draft builds a stamped draft)",
    };
    for d in diag.iter_mut() {
        if d.severity == Tingkat::Warning && KODE_ISIAN.contains(&d.code) {
            d.severity = Tingkat::Error;
            d.message.push_str(sebab);
        }
    }
    crate::diag::urutkan(diag);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(code: &'static str, severity: Tingkat) -> Diagnostik {
        Diagnostik {
            severity,
            code,
            file: crate::model::Berkas::Capaian.nama().into(),
            line: Some(1),
            column: Some(1),
            panjang: 1,
            path: Default::default(),
            message: "m".into(),
            expected: None,
            found: None,
        }
    }

    #[test]
    fn unfilled_places_become_errors_first() {
        let mut d = vec![
            diag("LK105", Tingkat::Error),
            diag("LK803", Tingkat::Warning),
            diag("LK901", Tingkat::Warning),
            diag("LK902", Tingkat::Warning),
        ];
        laporan_final(&mut d, Bahasa::Id);
        let s: Vec<_> = d.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(
            s,
            [
                ("LK105", Tingkat::Error),
                ("LK901", Tingkat::Error),
                ("LK902", Tingkat::Error),
                ("LK803", Tingkat::Warning)
            ]
        );
        assert!(d[1].message.starts_with("m; laporan final tidak boleh"));
        assert_eq!(d[0].message, "m");
    }
}
