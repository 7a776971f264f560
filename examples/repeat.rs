//! Assess the same messages again and again, for profilers: one message given on the
//! command line, or every line of a file (`@FILE`), `ROUNDS` times (default 1), after one
//! warm pass over them all, so that no lazy table is built inside the measured part.
//!
//! ```text
//! cargo run --release --example repeat -- "我被骗了五万块，他们还说我再报警就弄死我" 1000
//! cargo run --release --example repeat -- @target/bench/mix.txt 3
//! benches/instructions.sh "我被骗了五万块" 200     # instructions per message, under callgrind
//! ```
//!
//! It prints the mean time per message over the rounds and the throughput to stderr. The assessments
//! happen inside `measured`, a function of its own, which callgrind can be told to count
//! alone (`--toggle-collect='*repeat*measured*'`).

use std::process::ExitCode;
use std::time::Instant;

use jiuming::{Detector, Message};

const USAGE: &str = "usage: repeat MESSAGE|@FILE [ROUNDS]";

/// Assess every text `rounds` times; the number of signals, so that nothing is optimised
/// away.
#[inline(never)]
fn measured(detector: &Detector, texts: &[String], rounds: usize) -> usize {
    let mut signals = 0;
    for _ in 0..rounds {
        for text in texts {
            signals += detector.assess(&Message::new(text)).signals.len();
        }
    }
    signals
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(what) = args.next() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rounds = match args.next().map(|r| r.parse::<usize>()) {
        None => 1,
        Some(Ok(r)) if r > 0 => r,
        Some(_) => {
            eprintln!("repeat: ROUNDS is a positive number\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let texts: Vec<String> = match what.strip_prefix('@') {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => text.lines().map(String::from).collect(),
            Err(e) => {
                eprintln!("repeat: {path}: {e}");
                return ExitCode::from(2);
            }
        },
        None => vec![what],
    };
    if texts.is_empty() {
        eprintln!("repeat: no message to assess");
        return ExitCode::from(2);
    }
    let detector = match Detector::builder().build() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("repeat: {e}");
            return ExitCode::from(2);
        }
    };
    detector.prepare();
    // The warm pass, outside `measured`: callgrind counts only what is inside it.
    for text in &texts {
        detector.assess(&Message::new(text));
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let started = Instant::now();
    let signals = measured(&detector, &texts, rounds);
    let seconds = started.elapsed().as_secs_f64() / rounds as f64;
    eprintln!(
        "{:.2} µs a message, {:.1} MB/s ({} messages, {rounds} rounds, {signals} signals)",
        seconds * 1e6 / texts.len() as f64,
        bytes as f64 / seconds / 1e6,
        texts.len(),
    );
    ExitCode::SUCCESS
}
