//! Print each line of stdin normalised as the detector reads it (folded, simplified,
//! separators dropped, runs collapsed), one line out per line in. The model trainer,
//! `corpus/model/train.py`, learns from this text so that the model reads what it learnt.
//!
//! ```text
//! cargo run --release --example normalize < corpus/sample.txt
//! ```

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    for line in io::stdin().lock().lines() {
        let line = line?;
        // A normalised line holds no line break: one line out per line in.
        writeln!(
            out,
            "{}",
            jiuming::stages::normalized(&line).replace('\n', " ")
        )?;
    }
    out.flush()
}
