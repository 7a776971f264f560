//! Assess a stream of chat messages: one message per stdin line, one JSON line out.
//!
//! ```text
//! cargo run --release --example assess < corpus/sample.txt
//! cargo run --release --example assess -- --lexicon my_terms.tsv --recall-factor 2 < chat.txt
//! cargo run --release --example assess -- --format wecom < archive.jsonl
//! ```
//!
//! `--no-wording-model` leaves the wording model out (lexicon phrases only).
//!
//! A line starting with `{` is a JSON object with `text` (required), `id` (optional, echoed
//! back) and `recalled` (optional, default false); any other line is the message text. A bad
//! line gets `{"id":…,"line":N,"error":"…"}` in its place and the stream goes on; the exit
//! status is 1 at the end if any line was rejected. Memory stays flat: a batch of at most
//! 128 lines at a time, shared among N threads with `--threads N` (answers stay in input
//! order; a batch never waits for more input, so interactive use is answered line by line).
//! With more than one thread, the tables every detector shares (the segmenter, the wording
//! model) are built on a second thread while the detector and its automata are.
//!
//! With `--format wecom`, each line is a WeCom chat-archive record (`msgid`, `action`,
//! `from`, `roomid`, `msgtime`, `msgtype`, `text.content`, `revoke.pre_msgid`), followed by a
//! conversation tracker: a text `send` is assessed, a `recall` gives the recalled original
//! re-scored (or `"original":"not_in_window"`), other types and `switch` pass through as
//! `none`. Memory stays within the tracker's budget (`--tracker-mb`, default 64).

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use jiuming::{
    Assessment, Conversation, Detector, Engine, Level, Message, Recall, Sender, Tracker,
};
use serde::Serialize;
use serde_json::{Map, Value};

const USAGE: &str =
    "usage: assess [--lexicon FILE]... [--recall-factor X] [--engine double-array|nfa|dfa]
              [--no-wording-model] [--format lines|wecom]
              [--window-messages N] [--window-secs S] [--tracker-mb M] [--threads N] < messages";

/// Most lines one batch holds, on one thread or shared among several. 256 since
/// 2026-12-07 (1,024 before): the batch's lines and answers were about 400 KiB of the stdin
/// example's peak, which the lexicons' growth had brought to the 100 MB budget (97,704 KiB
/// on 1.08 GB of the mix with 1,024, 97,056 with 256; output byte-identical). 128 since the
/// nineteenth stop, when the lexicon lines of four batches took it to 97,768-97,948 KiB on
/// 15 MB (six runs; the peak moves by some 300 KiB from run to run): 97,476-97,652 with
/// 128, and 97,548 and 97,560 on 1.08 GB, at the same speed.
const BATCH_LINES: usize = 128;

/// Allocations of at least this many bytes are mapped from the system and unmapped when
/// freed ([`fix_malloc_thresholds`]).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: i32 = 256 * 1024;

/// Fix glibc's thresholds for mapping and trimming memory, which it otherwise raises each
/// time a large mapped block is freed. Building the detector and the shared tables frees
/// several such blocks; with the thresholds raised, later large temporaries come from the
/// heap, and freeing them returns nothing to the system: 3.3 MB of the 15 MB mix's peak
/// (97,736-97,992 KiB → 94,276-94,648 with the thresholds fixed here; 94,088-94,192 with
/// `MALLOC_MMAP_THRESHOLD_=262144` in the environment; same speed and output).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn fix_malloc_thresholds() {
    // glibc's <malloc.h>: int mallopt(int param, int value); M_MMAP_THRESHOLD is -3.
    unsafe extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
    }
    const M_MMAP_THRESHOLD: i32 = -3;
    // SAFETY: mallopt only sets allocator parameters; called first thing in `main`,
    // before any other thread exists. Its result (1 on success) changes nothing: with
    // the default thresholds the example works as before, only with a higher peak.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fix_malloc_thresholds() {}

/// What the command line asks for.
struct Options {
    detector: Detector,
    wecom: bool,
    window_messages: usize,
    window: Duration,
    tracker_bytes: usize,
    threads: usize,
}

fn main() -> ExitCode {
    fix_malloc_thresholds();
    let options = match configure(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("assess: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (input, output) = (io::stdin().lock(), io::stdout().lock());
    let outcome = if options.wecom {
        match Tracker::builder()
            .detector(&options.detector)
            .window_messages(options.window_messages)
            .window(options.window)
            .memory_limit(options.tracker_bytes)
            .build()
        {
            Ok(mut tracker) => run_wecom(&mut tracker, input, output),
            Err(e) => {
                eprintln!("assess: {e}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    } else if options.threads > 1 {
        // The detector's automata and the shared tables are ready ([`configure`]).
        run_parallel(&options.detector, options.threads, input, output)
    } else {
        run(&options.detector, input, output)
    };
    // The process ends here: freeing the automata's tens of megabytes, page by page,
    // would only cost time.
    std::mem::forget(options);
    match outcome {
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

/// The detector and input format the command line asks for.
fn configure(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut builder = Detector::builder();
    let mut wecom = false;
    let mut window_messages = 30;
    let mut window = Duration::from_secs(24 * 60 * 60);
    let mut tracker_mb: usize = 64;
    let mut threads: usize = 1;
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
            "--engine" => {
                let engine = match args.next().as_deref() {
                    Some("double-array") => Engine::DoubleArray,
                    Some("nfa") => Engine::ContiguousNfa,
                    Some("dfa") => Engine::Dfa,
                    other => {
                        return Err(format!(
                            "--engine: expected double-array, nfa or dfa, got {}",
                            shown(other)
                        ));
                    }
                };
                builder = builder.engine(engine);
            }
            "--format" => match args.next().as_deref() {
                Some("lines") => wecom = false,
                Some("wecom") => wecom = true,
                other => {
                    return Err(format!(
                        "--format: expected lines or wecom, got {}",
                        shown(other)
                    ));
                }
            },
            "--window-messages" => window_messages = number(&arg, args.next())?,
            "--window-secs" => window = Duration::from_secs(number(&arg, args.next())?),
            "--tracker-mb" => tracker_mb = number(&arg, args.next())?,
            "--threads" => {
                threads = number(&arg, args.next())?;
                if threads == 0 {
                    return Err("--threads: at least 1".into());
                }
            }
            "--no-wording-model" => builder = builder.wording_model(false),
            "-h" | "--help" => return Err("help".into()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let detector = builder.build();
    if threads > 1 && !wecom {
        // Every table the workers share is built here, one after the other, before they
        // start. Built beside one another (the shared tables on a thread of their own while
        // this one built the detector, until 2026-12-07), the bytes each is read from
        // stood in memory at once, and `--threads 2` peaked at 99-110 MB instead of 96-97
        // on 15 MB of input; start-up is about 40 ms longer.
        if let Ok(detector) = &detector {
            detector.prepare();
            Detector::warm_up();
        }
    }
    Ok(Options {
        detector: detector.map_err(|e| e.to_string())?,
        wecom,
        window_messages,
        window,
        tracker_bytes: tracker_mb
            .checked_mul(1 << 20)
            .ok_or("--tracker-mb: too large")?,
        threads,
    })
}

/// A flag's value as an error message shows it: quoted, or `nothing` when it is missing.
fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "nothing".to_string(), |v| format!("{v:?}"))
}

/// A whole number given to `flag`.
fn number<T: std::str::FromStr>(flag: &str, value: Option<String>) -> Result<T, String> {
    let value = value.ok_or(format!("{flag} needs a number"))?;
    value
        .parse()
        .map_err(|_| format!("{flag}: {value:?} is not a whole number"))
}

/// Assess every line of `input`; returns how many lines were rejected.
fn run(detector: &Detector, input: impl BufRead, output: impl Write) -> io::Result<usize> {
    each_batch(input, output, |lines| answer_lines(detector, lines))
}

/// Assess every line of `input` on `threads` threads, a batch at a time, answers in input
/// order; returns how many lines were rejected.
fn run_parallel(
    detector: &Detector,
    threads: usize,
    input: impl BufRead,
    output: impl Write,
) -> io::Result<usize> {
    let mut input = BufReader::with_capacity(1 << 16, input);
    let mut output = Output::new(output);
    // Batches go out to long-lived workers while this thread reads the next ones and
    // writes the answers that are back, in order: reading, assessing and writing overlap.
    let (work, jobs) = mpsc::channel::<(usize, Vec<Vec<u8>>)>();
    let (done, answers) = mpsc::channel::<(usize, Vec<Answer>)>();
    let jobs = Arc::new(Mutex::new(jobs));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let (jobs, done) = (Arc::clone(&jobs), done.clone());
            scope.spawn(move || {
                // The lock is held while waiting for a job: one worker waits, the others
                // work. A closed channel (input read, or the writer gone) ends the worker.
                loop {
                    let job = match jobs.lock() {
                        Ok(jobs) => jobs.recv(),
                        Err(_) => break,
                    };
                    let Ok((seq, lines)) = job else { break };
                    if done.send((seq, answer_lines(detector, &lines))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(jobs);
        drop(done);
        let limit = 2 * threads;
        let (mut sent, mut in_flight, mut eof) = (0usize, 0usize, false);
        let mut pending: BTreeMap<usize, Vec<Answer>> = BTreeMap::new();
        let outcome = (|| {
            loop {
                // Feed the workers while input is waiting and few batches are out.
                let mut drained = false;
                while !eof && in_flight < limit {
                    let (lines, empty) = read_batch(&mut input)?;
                    if lines.is_empty() {
                        eof = true;
                    } else {
                        work.send((sent, lines)).map_err(io::Error::other)?;
                        sent += 1;
                        in_flight += 1;
                    }
                    if empty {
                        drained = true;
                        break;
                    }
                }
                if in_flight == 0 {
                    return output.finish();
                }
                // Nothing more waiting on the input (interactive use, or its end): every
                // batch out is answered and flushed before reading again. Otherwise one.
                let until = if drained || eof { 0 } else { in_flight - 1 };
                while in_flight > until {
                    let (seq, batch) = answers.recv().map_err(io::Error::other)?;
                    in_flight -= 1;
                    pending.insert(seq, batch);
                    while let Some(batch) = pending.remove(&output.batches) {
                        output.write_batch(batch)?;
                    }
                }
                if drained || eof {
                    output.flush()?;
                }
            }
        })();
        // Closing the job channel ends the workers, whatever happened here.
        drop(work);
        outcome
    })
}

/// Where answers go, in input order, counting lines, rejected lines and batches.
struct Output<W: Write> {
    out: BufWriter<W>,
    number: usize,
    rejected: usize,
    batches: usize,
}

impl<W: Write> Output<W> {
    fn new(out: W) -> Self {
        Output {
            out: BufWriter::with_capacity(1 << 16, out),
            number: 0,
            rejected: 0,
            batches: 0,
        }
    }

    fn write_batch(&mut self, answers: Vec<Answer>) -> io::Result<()> {
        for answer in answers {
            self.number += 1;
            self.rejected += usize::from(answer.is_err());
            write_answer(&mut self.out, self.number, answer)?;
        }
        self.batches += 1;
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Flush what is left; how many lines were rejected.
    fn finish(&mut self) -> io::Result<usize> {
        self.out.flush()?;
        Ok(self.rejected)
    }
}

/// The answers to lines of the plain format, in order.
fn answer_lines(detector: &Detector, lines: &[Vec<u8>]) -> Vec<Answer> {
    lines
        .iter()
        .map(|line| {
            parse_line(strip_line_end(line)).map(|(message, id)| {
                let mut a = detector.assess(&message);
                a.id = id;
                serde_json::to_string(&a)
            })
        })
        .collect()
}

/// Write the answer to line `number`: its JSON, or an error object in its place.
fn write_answer(output: &mut impl Write, number: usize, answer: Answer) -> io::Result<()> {
    let out = match answer {
        Ok(out) => out,
        Err((id, reason)) => {
            serde_json::to_string(&serde_json::json!({"id": id, "line": number, "error": reason}))
        }
    }
    .unwrap_or_else(|e| {
        format!("{{\"id\":null,\"line\":{number},\"error\":\"cannot serialise: {e}\"}}")
    });
    output.write_all(out.as_bytes())?;
    output.write_all(b"\n")
}

/// What one input line gives: its JSON output line, or the id (if known) and why the line
/// is rejected.
type Answer = Result<serde_json::Result<String>, (Value, String)>;

/// Answer every line of `input` with one line of `output`, in order, a batch of lines at a
/// time (at most [`BATCH_LINES`], and never waiting for input that is not there yet, so an
/// interactive stream is answered line by line); a rejected line gets an error object.
/// `answer` gives one answer per line of a batch. Returns how many lines were rejected.
fn each_batch(
    input: impl BufRead,
    output: impl Write,
    mut answer: impl FnMut(&[Vec<u8>]) -> Vec<Answer>,
) -> io::Result<usize> {
    let mut input = BufReader::with_capacity(1 << 16, input);
    let mut output = Output::new(output);
    loop {
        let (batch, empty) = read_batch(&mut input)?;
        if batch.is_empty() {
            return output.finish();
        }
        output.write_batch(answer(&batch))?;
        // Flush whenever the input has nothing more waiting: line by line when
        // interactive, a block at a time when fed a file.
        if empty {
            output.flush()?;
        }
    }
}

/// The next batch of lines: at most [`BATCH_LINES`], and no more than the input already
/// holds once the first line is in (an interactive stream is answered line by line); and
/// whether the input had nothing more waiting. Empty at the end of the input.
fn read_batch<R: io::Read>(input: &mut BufReader<R>) -> io::Result<(Vec<Vec<u8>>, bool)> {
    let mut batch = Vec::new();
    loop {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok((batch, true));
        }
        batch.push(line);
        if input.buffer().is_empty() {
            return Ok((batch, true));
        }
        if batch.len() == BATCH_LINES {
            return Ok((batch, false));
        }
    }
}

fn strip_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A line as a message and its id, or the id (if known) and why it is rejected.
fn parse_line(bytes: &[u8]) -> Result<(Message<'static>, Option<String>), (Value, String)> {
    // simdutf8 checks a line of Chinese about ten times as fast as the standard library
    // (which took 3 % of a run over the benchmark mix); the standard library then says
    // where a bad line goes wrong.
    let Ok(text) = simdutf8::basic::from_utf8(bytes) else {
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

/// Follow a WeCom chat archive: one record per line, one answer per record, in order.
fn run_wecom(
    tracker: &mut Tracker<'_>,
    input: impl BufRead,
    output: impl Write,
) -> io::Result<usize> {
    each_batch(input, output, |lines| {
        lines
            .iter()
            .map(|line| wecom_record(tracker, strip_line_end(line)))
            .collect()
    })
}

/// One output line of `--format wecom`: the record's own fields (never its text), then what
/// jiuming says about the message and the sender's conversation.
#[derive(Serialize)]
struct Record<'a> {
    msgid: &'a str,
    action: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    msgtype: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    roomid: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    msgtime: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recall: Option<RecallOutcome<'a>>,
    /// The message's assessment (for a recall, the original's, re-scored).
    #[serde(flatten)]
    assessment: Option<Assessment>,
    /// Present when the sender's window says something (level above none).
    #[serde(skip_serializing_if = "Option::is_none")]
    conversation: Option<Conversation>,
}

/// What a recall record found.
#[derive(Serialize)]
struct RecallOutcome<'a> {
    pre_msgid: &'a str,
    /// `in_window` (the original follows, re-scored) or `not_in_window`.
    original: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    after_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quick: Option<bool>,
}

/// Read one archive record and give it to the tracker.
fn wecom_record(tracker: &mut Tracker<'_>, bytes: &[u8]) -> Answer {
    let object = json_object(bytes)?;
    let msgid = match object.get("msgid") {
        Some(Value::String(s)) if !s.is_empty() => s.as_str(),
        Some(other) => {
            return Err((other.clone(), "\"msgid\" must be a non-empty string".into()));
        }
        None => return Err((Value::Null, "missing \"msgid\"".into())),
    };
    let reject = |reason: String| (Value::String(msgid.to_string()), reason);
    let field = |name: &str| match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(reject(format!("\"{name}\" must be a string"))),
    };
    let action = field("action")?.ok_or_else(|| reject("missing \"action\"".into()))?;
    let msgtype = field("msgtype")?;
    let mut record = Record {
        msgid,
        action,
        msgtype,
        from: None,
        roomid: None,
        msgtime: None,
        recall: None,
        assessment: None,
        conversation: None,
    };
    if action == "switch" {
        record.assessment = Some(Assessment {
            id: Some(msgid.to_string()),
            ..Assessment::default()
        });
        return Ok(serde_json::to_string(&record));
    }
    let is_recall = action == "recall" || msgtype == Some("revoke");
    if action != "send" && !is_recall {
        return Err(reject(format!(
            "unknown action {action:?} (expected send, recall or switch)"
        )));
    }
    let from = field("from")?.ok_or_else(|| reject("missing \"from\"".into()))?;
    let roomid = field("roomid")?;
    let msgtime = match object.get("msgtime") {
        Some(Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| reject(format!("\"msgtime\" {n} is not a time in ms")))?,
        Some(_) => return Err(reject("\"msgtime\" must be a number of ms".into())),
        None => return Err(reject("missing \"msgtime\"".into())),
    };
    record.from = Some(from);
    record.roomid = roomid;
    record.msgtime = Some(msgtime);
    let sender = Sender::new(from).in_room(roomid.unwrap_or(""));
    let update = if is_recall {
        let pre_msgid = object
            .get("revoke")
            .and_then(|r| r.get("pre_msgid"))
            .and_then(Value::as_str)
            .ok_or_else(|| reject("recall without \"revoke.pre_msgid\"".into()))?;
        let update = tracker.recall(sender, msgtime, pre_msgid);
        record.recall = Some(match update.recall {
            Some(Recall::InWindow { after_ms, quick }) => RecallOutcome {
                pre_msgid,
                original: "in_window",
                after_ms: Some(after_ms),
                quick: Some(quick),
            },
            _ => RecallOutcome {
                pre_msgid,
                original: "not_in_window",
                after_ms: None,
                quick: None,
            },
        });
        update
    } else {
        let msgtype = msgtype.ok_or_else(|| reject("missing \"msgtype\"".into()))?;
        // Other types (image, voice, file, …) are kept as empty messages: `none`, and a
        // recall of them is found.
        let text = if msgtype == "text" {
            object
                .get("text")
                .and_then(|t| t.get("content"))
                .and_then(Value::as_str)
                .ok_or_else(|| reject("text message without \"text.content\"".into()))?
        } else {
            ""
        };
        tracker.send(sender, msgtime, &Message::new(text).with_id(msgid))
    };
    record.assessment = update.message;
    record.conversation =
        (update.conversation.level() > Level::None).then_some(update.conversation);
    Ok(serde_json::to_string(&record))
}

/// A line as a JSON object, or why it is not one.
fn json_object(bytes: &[u8]) -> Result<Map<String, Value>, (Value, String)> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        (
            Value::Null,
            format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        )
    })?;
    match serde_json::from_str(text) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err((Value::Null, "a record must be a JSON object".into())),
        Err(e) => Err((Value::Null, format!("invalid JSON: {e}"))),
    }
}
