//! Precision and recall of the default detector on labelled JSON lines (SPEC §5), with
//! every misclassified message.
//!
//! ```text
//! cargo run --release --example evaluate -- corpus/dev/tune.jsonl corpus/dev/holdout.jsonl
//! ```
//!
//! Options, for editing lexicons without rebuilding:
//! - `--lexicons DIR`: read every `*.tsv` of DIR (in the order of the embedded defaults:
//!   self_harm, fraud_victim, dispute, slang, modifiers) instead of the embedded lexicons;
//! - `--benign FILE`: plain text, one message per line, all expected benign: print how many
//!   lines each category rates medium or above, and the first of them;
//! - `--quiet`: tables only, without the misclassified rows;
//! - `--no-wording-model`: lexicon phrases only, without the wording model;
//! - `--tags`: also a table per tag (case class, dispute kind, hard-negative class…): how
//!   many labelled rows are rated at least medium and critical, how many benign rows fire;
//! - `--total`: after the files, one more report over all their rows together (the sums
//!   over the held-back files that the README gives);
//! - `--levels`: also a table per category of rows by label and by level rated (how many
//!   rows of each label are rated at that very level).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiuming::{Category, Detector, Level};

#[path = "../tests/support/devset.rs"]
mod devset;

/// The order of the embedded default sources, so that a directory behaves the same.
const ORDER: [&str; 5] = [
    "self_harm.tsv",
    "fraud_victim.tsv",
    "dispute.tsv",
    "slang.tsv",
    "modifiers.tsv",
];

struct Options {
    lexicons: Option<PathBuf>,
    benign: Vec<PathBuf>,
    quiet: bool,
    tags: bool,
    /// A table of rows by label and level rated (`--levels`).
    levels: bool,
    /// One more report over the rows of all files (`--total`).
    total: bool,
    /// Whether the wording model is on (`--no-wording-model`: lexicon phrases only).
    wording: bool,
    files: Vec<PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        lexicons: None,
        benign: Vec::new(),
        quiet: false,
        tags: false,
        levels: false,
        total: false,
        wording: true,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lexicons" => o.lexicons = Some(args.next().ok_or("--lexicons needs a DIR")?.into()),
            "--benign" => o
                .benign
                .push(args.next().ok_or("--benign needs a FILE")?.into()),
            "--quiet" => o.quiet = true,
            "--no-wording-model" => o.wording = false,
            "--tags" => o.tags = true,
            "--levels" => o.levels = true,
            "--total" => o.total = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            file => o.files.push(file.into()),
        }
    }
    if o.files.is_empty() && o.benign.is_empty() {
        return Err(
            "usage: evaluate [--lexicons DIR] [--benign FILE] [--quiet] [--tags] [--levels] [--total] [--no-wording-model] FILE.jsonl..."
                .into(),
        );
    }
    Ok(o)
}

fn detector(lexicons: Option<&Path>, wording: bool) -> Result<Detector, String> {
    let Some(dir) = lexicons else {
        return Detector::builder()
            .wording_model(wording)
            .build()
            .map_err(|e| e.to_string());
    };
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort_by_key(|n| {
        (
            ORDER.iter().position(|o| o == n).unwrap_or(ORDER.len()),
            n.clone(),
        )
    });
    // The lexicons of DIR stand for the defaults: the wording model stays on with them.
    let mut builder = Detector::builder()
        .without_default_lexicons()
        .wording_model(wording);
    for name in names {
        builder = builder
            .lexicon_file(dir.join(name))
            .map_err(|e| e.to_string())?;
    }
    builder.build().map_err(|e| e.to_string())
}

fn benign(detector: &Detector, path: &Path) -> Result<(), String> {
    let lines = devset::read_lines(path)?;
    let alarms = devset::alarms(detector, &lines);
    println!("== {} (benign, {} lines)", path.display(), lines.len());
    for category in Category::ALL {
        let of: Vec<_> = alarms
            .iter()
            .filter(|(_, a)| a.category(category).level >= Level::Medium)
            .collect();
        println!(
            "{:<13} {:>5} rated medium or above ({:.2} %)",
            category.as_str(),
            of.len(),
            100.0 * of.len() as f64 / lines.len().max(1) as f64
        );
        for (line, a) in of.iter().take(15) {
            let short: String = line.chars().take(60).collect();
            let terms: Vec<&str> = a
                .signals()
                .iter()
                .filter(|s| s.category == category)
                .map(|s| s.term.as_str())
                .collect();
            println!("    {short} | {}", terms.join(" "));
        }
    }
    Ok(())
}

fn run(o: &Options) -> Result<(), String> {
    let detector = detector(o.lexicons.as_deref(), o.wording)?;
    let show = |report: &devset::Report| {
        println!("{}", report.render(!o.quiet));
        if o.tags {
            println!("{}", report.render_tags());
        }
        if o.levels {
            println!("{}", report.render_levels());
        }
    };
    let mut all = Vec::new();
    for file in &o.files {
        let rows = devset::read(file)?;
        println!("== {}", file.display());
        show(&devset::evaluate(&detector, &rows));
        if o.total {
            all.extend(rows);
        }
    }
    if o.total {
        println!("== total of {} files", o.files.len());
        show(&devset::evaluate(&detector, &all));
    }
    for file in &o.benign {
        benign(&detector, file)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match options().and_then(|o| run(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::from(2)
        }
    }
}
