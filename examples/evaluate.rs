//! Precision and recall of the default detector on labelled JSON lines (SPEC §5), with
//! every misclassified message.
//!
//! ```text
//! cargo run --release --example evaluate -- corpus/dev/tune.jsonl corpus/dev/holdout.jsonl
//! ```

use std::path::Path;
use std::process::ExitCode;

use jiuming::Detector;

#[path = "../tests/support/devset.rs"]
mod devset;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: evaluate FILE.jsonl...");
        return ExitCode::from(2);
    }
    let detector = match Detector::builder().build() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::from(2);
        }
    };
    for file in files {
        match devset::read(Path::new(&file)) {
            Ok(rows) => {
                println!("== {file}");
                println!("{}", devset::evaluate(&detector, &rows).render(true));
            }
            Err(e) => {
                eprintln!("evaluate: {e}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}
