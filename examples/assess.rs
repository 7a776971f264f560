//! Assess a stream of chat messages: one message per stdin line, one JSON line out.
//!
//! ```text
//! cargo run --release --example assess < corpus/sample.txt
//! cargo run --release --example assess -- --lexicon my_terms.tsv --recall-factor 2 < chat.txt
//! ```
//!
//! A line starting with `{` is a JSON object with `text` (required), `id` (optional, echoed
//! back) and `recalled` (optional, default false); any other line is the message text. A bad
//! line gets `{"id":…,"line":N,"error":"…"}` in its place and the stream goes on; the exit
//! status is 1 at the end if any line was rejected. Memory stays flat: one line at a time.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use jiuming::{Detector, Message};
use serde_json::{Map, Value};

const USAGE: &str = "usage: assess [--lexicon FILE]... [--recall-factor X] < messages";

fn main() -> ExitCode {
    let detector = match configure(std::env::args().skip(1)) {
        Ok(detector) => detector,
        Err(message) => {
            eprintln!("assess: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&detector, io::stdin().lock(), io::stdout().lock()) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(rejected) => {
            eprintln!("assess: {rejected} line(s) rejected");
            ExitCode::from(1)
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("assess: {e}");
            ExitCode::from(2)
        }
    }
}

/// The detector the command line asks for.
fn configure(mut args: impl Iterator<Item = String>) -> Result<Detector, String> {
    let mut builder = Detector::builder();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lexicon" => {
                let path = args.next().ok_or("--lexicon needs a file")?;
                builder = builder.lexicon_file(&path).map_err(|e| e.to_string())?;
            }
            "--recall-factor" => {
                let value = args.next().ok_or("--recall-factor needs a number")?;
                let factor: f32 = value
                    .parse()
                    .map_err(|_| format!("--recall-factor: {value:?} is not a number"))?;
                builder = builder.recall_factor(factor);
            }
            "-h" | "--help" => return Err("help".into()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    builder.build().map_err(|e| e.to_string())
}

/// Assess every line of `input`; returns how many lines were rejected.
fn run(detector: &Detector, input: impl BufRead, output: impl Write) -> io::Result<usize> {
    let mut input = BufReader::with_capacity(1 << 16, input);
    let mut output = BufWriter::with_capacity(1 << 16, output);
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut rejected = 0usize;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        number += 1;
        let bytes = strip_line_end(&line);
        let out = match parse_line(bytes) {
            Ok((message, id)) => {
                let mut a = detector.assess(&message);
                a.id = id;
                serde_json::to_string(&a)
            }
            Err((id, reason)) => {
                rejected += 1;
                serde_json::to_string(
                    &serde_json::json!({"id": id, "line": number, "error": reason}),
                )
            }
        }
        .unwrap_or_else(|e| {
            format!("{{\"id\":null,\"line\":{number},\"error\":\"cannot serialise: {e}\"}}")
        });
        output.write_all(out.as_bytes())?;
        output.write_all(b"\n")?;
        // Flush whenever the input has nothing more waiting: line by line when
        // interactive, a block at a time when fed a file.
        if input.buffer().is_empty() {
            output.flush()?;
        }
    }
    output.flush()?;
    Ok(rejected)
}

fn strip_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A line as a message and its id, or the id (if known) and why it is rejected.
fn parse_line(bytes: &[u8]) -> Result<(Message<'static>, Option<String>), (Value, String)> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        let at = std::str::from_utf8(bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
        return Err((Value::Null, format!("invalid UTF-8 at byte {at}")));
    };
    if !text.trim_start().starts_with('{') {
        return Ok((Message::new(text.to_string()), None));
    }
    let object: Map<String, Value> = match serde_json::from_str(text) {
        Ok(Value::Object(object)) => object,
        Ok(_) => {
            return Err((
                Value::Null,
                "a line starting with { must be a JSON object".into(),
            ));
        }
        Err(e) => return Err((Value::Null, format!("invalid JSON: {e}"))),
    };
    let id = object.get("id").cloned().unwrap_or(Value::Null);
    let id_text = match &id {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => return Err((id, "\"id\" must be a string or a number".into())),
    };
    let text = match object.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err((id, "\"text\" must be a string".into())),
        None => return Err((id, "missing \"text\"".into())),
    };
    let recalled = match object.get("recalled") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err((id, "\"recalled\" must be true or false".into())),
    };
    Ok((Message::new(text).recalled(recalled), id_text))
}
