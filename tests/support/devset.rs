//! The labelled development set and its metrics, shared by the `devset` test and the
//! `evaluate` example (included with `#[path]`).

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use jiuming::{Assessment, Category, Detector, Level, Message};
use serde::Deserialize;

/// One labelled message (SPEC §5).
#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub recalled: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, Level>,
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Row {
    /// The minimum level a careful officer gives this row in a category.
    pub fn expected(&self, category: Category) -> Level {
        self.labels
            .get(category.as_str())
            .copied()
            .unwrap_or(Level::None)
    }
}

/// Read JSON lines; a bad line is an error naming file and line.
pub fn read(path: &Path) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// Read a plain-text file of messages expected benign, one a line; blank lines are left out.
pub fn read_lines(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect())
}

/// The false alarms among messages expected benign: each line rated medium or above in some
/// category, with its assessment (each line assessed once).
pub fn alarms<'a>(detector: &Detector, lines: &'a [String]) -> Vec<(&'a str, Assessment)> {
    lines
        .iter()
        .map(|line| (line.as_str(), detector.assess(&Message::new(line.as_str()))))
        .filter(|(_, a)| {
            Category::ALL
                .into_iter()
                .any(|c| a.category(c).level >= Level::Medium)
        })
        .collect()
}

/// Precision and recall of one category, positive = level ≥ medium.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Rows labelled critical, and how many of those were rated at least high.
    pub critical: usize,
    pub critical_at_least_high: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// A row the detector got wrong in a category.
#[derive(Debug, Clone)]
pub struct Miss {
    pub id: String,
    pub text: String,
    pub category: Category,
    pub expected: Level,
    pub actual: Level,
    pub terms: Vec<String>,
}

/// How the rows with one tag fared. A labelled row counts in its highest-labelled category;
/// rows labelled low there are neither positives nor benign, and are left out.
#[derive(Debug, Default, Clone, Copy)]
pub struct TagCounts {
    /// Rows labelled at least medium, those rated at least medium, and those rated
    /// critical, in the row's main category.
    pub labelled: usize,
    pub at_least_medium: usize,
    pub critical: usize,
    /// Benign rows, and those rated at least medium in some category.
    pub benign: usize,
    pub benign_fired: usize,
}

/// The evaluation of a set of rows.
#[derive(Debug, Default)]
pub struct Report {
    pub rows: usize,
    pub counts: BTreeMap<&'static str, Counts>,
    pub misses: Vec<Miss>,
    pub tags: BTreeMap<String, TagCounts>,
    /// Per category, rows by (label, level rated), in the order of [`Level::ALL`].
    pub levels: BTreeMap<&'static str, [[usize; 5]; 5]>,
}

pub fn assess(detector: &Detector, row: &Row) -> Assessment {
    detector.assess(&Message::new(row.text.as_str()).recalled(row.recalled))
}

/// Evaluate rows: per category, positive means level ≥ medium on both sides.
pub fn evaluate(detector: &Detector, rows: &[Row]) -> Report {
    let mut report = Report {
        rows: rows.len(),
        ..Report::default()
    };
    for row in rows {
        let a = assess(detector, row);
        let main = Category::ALL
            .into_iter()
            .max_by_key(|&c| row.expected(c))
            .filter(|&c| row.expected(c) > Level::None);
        for tag in &row.tags {
            let t = report.tags.entry(tag.clone()).or_default();
            match main {
                Some(c) if row.expected(c) == Level::Low => {}
                Some(c) => {
                    t.labelled += 1;
                    t.at_least_medium += usize::from(a.category(c).level >= Level::Medium);
                    t.critical += usize::from(a.category(c).level == Level::Critical);
                }
                None => {
                    t.benign += 1;
                    t.benign_fired += usize::from(a.level() >= Level::Medium);
                }
            }
        }
        for category in Category::ALL {
            let expected = row.expected(category);
            let actual = a.category(category).level;
            report.levels.entry(category.as_str()).or_default()[expected as usize]
                [actual as usize] += 1;
            let counts = report.counts.entry(category.as_str()).or_default();
            let (want, got) = (expected >= Level::Medium, actual >= Level::Medium);
            match (want, got) {
                (true, true) => counts.tp += 1,
                (false, true) => counts.fp += 1,
                (true, false) => counts.fn_ += 1,
                (false, false) => {}
            }
            if expected == Level::Critical {
                counts.critical += 1;
                counts.critical_at_least_high += usize::from(actual >= Level::High);
            }
            if want != got {
                report.misses.push(Miss {
                    id: row.id.clone(),
                    text: row.text.clone(),
                    category,
                    expected,
                    actual,
                    terms: a
                        .signals()
                        .iter()
                        .filter(|s| s.category == category)
                        .map(|s| {
                            let mods: Vec<&str> = s.modifiers.iter().map(|m| m.as_str()).collect();
                            format!("{}:{}@{:.2}[{}]", s.term, s.kind, s.weight, mods.join(","))
                        })
                        .collect(),
                });
            }
        }
    }
    report
}

impl Report {
    /// Per tag: rows labelled at least medium that are rated at least medium and rated
    /// critical in their main category; benign rows rated at least medium in any.
    pub fn render_tags(&self) -> String {
        let mut out = String::from(
            "tag                             positive  >=medium  critical | benign  fired\n",
        );
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "    -".to_string()
            } else {
                format!("{:>4.0}%", 100.0 * a as f64 / b as f64)
            }
        };
        for (tag, t) in &self.tags {
            out.push_str(&format!(
                "{tag:<32} {:>8} {:>9} {:>9} | {:>6} {:>6}\n",
                t.labelled,
                pct(t.at_least_medium, t.labelled),
                pct(t.critical, t.labelled),
                t.benign,
                pct(t.benign_fired, t.benign),
            ));
        }
        out
    }

    /// Per category, a table of rows by label (lines) and level rated (columns), and the
    /// share of each label's rows rated at that very level.
    pub fn render_levels(&self) -> String {
        let mut out = String::new();
        for (name, m) in &self.levels {
            out.push_str(&format!("{name:<13} label \\ rated"));
            for level in Level::ALL {
                out.push_str(&format!(" {:>8}", level.as_str()));
            }
            out.push_str("   same level\n");
            for (want, line) in Level::ALL.into_iter().zip(m) {
                let total: usize = line.iter().sum();
                out.push_str(&format!("  {:>24}", want.as_str()));
                for n in line {
                    out.push_str(&format!(" {n:>8}"));
                }
                if total > 0 {
                    let same = line[want as usize];
                    out.push_str(&format!("   {same}/{total}"));
                }
                out.push('\n');
            }
        }
        out
    }

    /// A printable table and the list of misses.
    pub fn render(&self, with_misses: bool) -> String {
        let mut out = format!("{} messages; positive = level >= medium\n", self.rows);
        out.push_str("category      precision  recall   tp   fp   fn  critical>=high\n");
        for (name, c) in &self.counts {
            out.push_str(&format!(
                "{name:<13} {:>9.3} {:>7.3} {:>4} {:>4} {:>4}  {}/{}\n",
                c.precision(),
                c.recall(),
                c.tp,
                c.fp,
                c.fn_,
                c.critical_at_least_high,
                c.critical
            ));
        }
        if with_misses && !self.misses.is_empty() {
            out.push_str("\nmisclassified:\n");
            for m in &self.misses {
                out.push_str(&format!(
                    "  {} {} expected {} got {} | {} | {}\n",
                    m.id,
                    m.category,
                    m.expected,
                    m.actual,
                    m.text,
                    m.terms.join(" ")
                ));
            }
        }
        out
    }
}
