//! Building Typst tables from rows of escaped cells.

use super::Markup;
use crate::render::escape;

/// Horizontal alignment of a column or cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rata {
    /// Left.
    Kiri,
    /// Centre.
    Tengah,
    /// Right (numbers).
    Kanan,
}

impl Rata {
    fn typst(self) -> &'static str {
        match self {
            Rata::Kiri => "left + horizon",
            Rata::Tengah => "center + horizon",
            Rata::Kanan => "right + horizon",
        }
    }
}

/// A column: its width in Typst terms (`auto`, `1fr`, `2.5cm`) and alignment.
#[derive(Clone, Debug)]
pub struct Kolom {
    /// Width.
    pub lebar: &'static str,
    /// Alignment of its cells.
    pub rata: Rata,
}

/// Shorthand for a column.
pub fn kolom(lebar: &'static str, rata: Rata) -> Kolom {
    Kolom { lebar, rata }
}

/// One cell.
#[derive(Clone, Debug, Default)]
pub struct Sel {
    /// Content.
    pub isi: Markup,
    /// Columns spanned (1 when 0).
    pub colspan: u32,
    /// Rows spanned (1 when 0).
    pub rowspan: u32,
    /// Alignment override.
    pub rata: Option<Rata>,
    /// Bold.
    pub tebal: bool,
}

impl Sel {
    /// A cell of plain text.
    pub fn teks(text: &str) -> Sel {
        Sel {
            isi: Markup::teks(text),
            ..Sel::default()
        }
    }

    /// A cell of lines, each escaped, separated by line breaks.
    pub fn baris(lines: &[String]) -> Sel {
        Sel::markup(Markup(
            lines
                .iter()
                .map(|l| escape::markup(l))
                .collect::<Vec<_>>()
                .join(" #linebreak() "),
        ))
    }

    /// A cell of plain text indented by `depth` em (a nested row label).
    pub fn menjorok(depth: usize, text: &str) -> Sel {
        Sel::markup(Markup(format!("#h({depth}em){}", escape::markup(text))))
    }

    /// A cell of prepared markup.
    pub fn markup(isi: Markup) -> Sel {
        Sel {
            isi,
            ..Sel::default()
        }
    }

    /// Spanning `n` columns.
    pub fn lebar(mut self, n: u32) -> Sel {
        self.colspan = n;
        self
    }

    /// Spanning `n` rows.
    pub fn tinggi(mut self, n: u32) -> Sel {
        self.rowspan = n;
        self
    }

    /// Aligned.
    pub fn rata(mut self, r: Rata) -> Sel {
        self.rata = Some(r);
        self
    }

    /// Bold.
    pub fn tebal(mut self) -> Sel {
        self.tebal = true;
        self
    }

    fn tulis(&self, out: &mut String, kepala: bool) {
        let mut args = Vec::new();
        if self.colspan > 1 {
            args.push(format!("colspan: {}", self.colspan));
        }
        if self.rowspan > 1 {
            args.push(format!("rowspan: {}", self.rowspan));
        }
        if let Some(r) = self.rata {
            args.push(format!("align: {}", r.typst()));
        }
        if kepala {
            args.insert(0, format!("[{}]", self.isi));
            out.push_str(&format!("kepala({}), ", args.join(", ")));
            return;
        }
        let isi = if self.tebal {
            format!("[#strong[{}]]", self.isi)
        } else {
            format!("[{}]", self.isi)
        };
        if !args.is_empty() {
            out.push_str(&format!("table.cell({})", args.join(", ")));
        }
        out.push_str(&isi);
        out.push_str(", ");
    }
}

/// A table: columns, header rows (repeated on every page), body rows, and
/// footer rows (totals, printed once at the end).
#[derive(Clone, Debug, Default)]
pub struct TabelTyp {
    /// Columns.
    pub kolom: Vec<Kolom>,
    /// Header rows.
    pub kepala: Vec<Vec<Sel>>,
    /// Body rows.
    pub isi: Vec<Vec<Sel>>,
    /// Footer rows.
    pub kaki: Vec<Vec<Sel>>,
}

impl TabelTyp {
    /// A table with these columns.
    pub fn baru(kolom: Vec<Kolom>) -> TabelTyp {
        TabelTyp {
            kolom,
            ..TabelTyp::default()
        }
    }

    /// A table with one header row: each column's header, width and alignment.
    pub fn berkepala(kolom: &[(&str, &'static str, Rata)]) -> TabelTyp {
        TabelTyp {
            kolom: kolom
                .iter()
                .map(|(_, lebar, rata)| Kolom { lebar, rata: *rata })
                .collect(),
            kepala: vec![kolom.iter().map(|(judul, _, _)| Sel::teks(judul)).collect()],
            ..TabelTyp::default()
        }
    }

    /// The Typst code of the table, unless it has no body rows: a table
    /// of only its header (and a total of nothing) is left out.
    pub fn markup_berisi(&self) -> Option<Markup> {
        (!self.isi.is_empty()).then(|| self.markup())
    }

    /// The Typst code of the table (a `table(...)` expression). A table
    /// with merged body cells becomes a `tabel-kelompok(...)` of gaya.typ,
    /// which keeps the rows of each merged cell on one page.
    pub fn markup(&self) -> Markup {
        let berkelompok = self.isi.iter().flatten().any(|s| s.rowspan > 1);
        let mut out = String::from(if berkelompok {
            "tabel-kelompok(columns: ("
        } else {
            "table(columns: ("
        });
        for k in &self.kolom {
            out.push_str(k.lebar);
            out.push_str(", ");
        }
        out.push_str("), align: (");
        for k in &self.kolom {
            out.push_str(k.rata.typst());
            out.push_str(", ");
        }
        out.push_str("),\n");
        if !self.kepala.is_empty() {
            out.push_str(if berkelompok {
                "kepala: table.header("
            } else {
                "table.header("
            });
            for row in &self.kepala {
                for sel in row {
                    sel.tulis(&mut out, true);
                }
            }
            out.push_str("),\n");
        }
        // Named, so before the groups; a plain table keeps it last.
        if berkelompok && !self.kaki.is_empty() {
            out.push_str("kaki: ");
            self.tulis_kaki(&mut out);
        }
        if berkelompok {
            for g in self.kelompok() {
                out.push('(');
                for row in g {
                    out.push('(');
                    for sel in row {
                        sel.tulis(&mut out, false);
                    }
                    out.push_str("), ");
                }
                out.push_str("),\n");
            }
        } else {
            for row in &self.isi {
                for sel in row {
                    sel.tulis(&mut out, false);
                }
                out.push('\n');
            }
            if !self.kaki.is_empty() {
                self.tulis_kaki(&mut out);
            }
        }
        out.push(')');
        Markup(out)
    }

    /// The footer rows (`table.footer(...)`, bold, printed once).
    fn tulis_kaki(&self, out: &mut String) {
        out.push_str("table.footer(repeat: false, ");
        for row in &self.kaki {
            for sel in row {
                let mut s = sel.clone();
                s.tebal = true;
                s.tulis(out, false);
            }
        }
        out.push_str("),\n");
    }

    /// The body rows in groups: a row with a cell spanning rows starts a
    /// group that runs to the last row any of its cells spans.
    fn kelompok(&self) -> Vec<&[Vec<Sel>]> {
        let mut out = Vec::new();
        let (mut awal, mut sampai) = (0, 0);
        for (i, row) in self.isi.iter().enumerate() {
            if i >= sampai && i > awal {
                out.push(&self.isi[awal..i]);
                awal = i;
            }
            for s in row {
                sampai = sampai.max(i + s.rowspan.max(1) as usize);
            }
        }
        if awal < self.isi.len() {
            out.push(&self.isi[awal..]);
        }
        out
    }
}
