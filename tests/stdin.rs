//! The stdin example's contract (SPEC §4): one JSON line out per line in, in order, an
//! error object for a bad line, a non-zero exit status at the end if any line was rejected.

use serde_json::Value;

#[path = "support/example.rs"]
mod support_example;
use support_example::run_example;

/// Run the example on `input`; (exit code, output lines parsed as JSON).
fn run(input: &[u8]) -> (i32, Vec<Value>) {
    run_example(&[], input)
}

#[test]
fn plain_line_gives_offsets_and_recall_raises_the_level() {
    let (code, out) =
        run("我不想活了\n{\"id\":\"m-1\",\"text\":\"我不想活了\",\"recalled\":true}\n".as_bytes());
    assert_eq!(code, 0);
    assert_eq!(out.len(), 2);
    let signal = &out[0]["signals"][0];
    assert_eq!(signal["category"], "self_harm");
    assert_eq!(signal["term"], "不想活");
    assert_eq!(
        (signal["start"].as_u64(), signal["end"].as_u64()),
        (Some(3), Some(12))
    );
    assert_eq!(
        (signal["char_start"].as_u64(), signal["char_end"].as_u64()),
        (Some(1), Some(4))
    );
    assert_eq!(out[1]["id"], "m-1");
    assert_eq!(out[1]["recalled"], true);
    let rank = |v: &Value| {
        ["none", "low", "medium", "high", "critical"]
            .iter()
            .position(|l| v["level"] == *l)
            .expect("a level")
    };
    assert!(
        rank(&out[1]) > rank(&out[0]),
        "{} vs {}",
        out[1]["level"],
        out[0]["level"]
    );
}

#[test]
fn every_category_is_always_present() {
    let (_, out) = run(b"hello\n");
    for key in ["self_harm", "fraud_victim", "dispute"] {
        assert_eq!(out[0]["categories"][key]["level"], "none");
    }
    assert_eq!(out[0]["level"], "none");
}

#[test]
fn bad_lines_get_error_objects_and_the_stream_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"{\"id\":\"a\"}\n");
    input.extend_from_slice(b"{\"id\":7,\"text\":42}\n");
    input.extend_from_slice(b"{\"id\":\"b\",\"text\":\"ok\",\"recalled\":\"yes\"}\n");
    input.extend_from_slice(b"\xff\xfe broken\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"crlf line\r\n");
    input.extend_from_slice("[1,2] 不是对象也没关系\n".as_bytes());
    input.extend_from_slice("last line without newline 被骗了".as_bytes());
    let (code, out) = run(&input);
    assert_eq!(out.len(), 9, "one output line per input line: {out:?}");
    assert_eq!(code, 1, "some lines were rejected");
    assert!(out[0]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(out[0]["line"], 1);
    assert_eq!(out[1]["id"], "a");
    assert!(
        out[1]["error"]
            .as_str()
            .unwrap()
            .contains("missing \"text\"")
    );
    assert_eq!(out[2]["id"], 7);
    assert!(
        out[2]["error"]
            .as_str()
            .unwrap()
            .contains("\"text\" must be a string")
    );
    assert!(out[3]["error"].as_str().unwrap().contains("recalled"));
    assert!(out[4]["error"].as_str().unwrap().contains("invalid UTF-8"));
    for ok in [5, 6, 7, 8] {
        assert!(
            out[ok].get("error").is_none(),
            "line {} rejected: {}",
            ok + 1,
            out[ok]
        );
        assert!(out[ok]["level"].is_string());
    }
    assert_eq!(out[8]["categories"]["fraud_victim"]["level"], "critical");
}

#[test]
fn all_good_lines_exit_zero_and_a_long_line_is_fine() {
    let long = "今天天气不错。".repeat(250_000); // about 5 MB
    let input = format!("早上好\n{long}\n我不想活了\n");
    let (code, out) = run(input.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(out.len(), 3);
    assert_eq!(out[1]["level"], "none");
    assert_ne!(out[2]["level"], "none");
}

#[test]
fn sample_file_runs_through() {
    let sample =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/sample.txt")).expect("sample");
    let lines = sample.split(|&b| b == b'\n').count() - usize::from(sample.ends_with(b"\n"));
    let (code, out) = run(&sample);
    assert_eq!(out.len(), lines);
    assert_eq!(code, 1, "the sample holds deliberately bad lines");
    assert!(out.iter().any(|o| o.get("error").is_some()));
    assert!(
        out.iter()
            .any(|o| o["level"] == "critical" || o["level"] == "high")
    );
}

#[test]
fn threads_give_the_same_lines_in_the_same_order() {
    // More lines than one batch, with bad lines and risky ones spread through.
    let mut input = Vec::new();
    for i in 0..2_500 {
        match i % 7 {
            0 => input
                .extend_from_slice(format!("{{\"id\":{i},\"text\":\"我不想活了\"}}\n").as_bytes()),
            1 => input.extend_from_slice(b"{broken\n"),
            2 => input.extend_from_slice(b"\xff\n"),
            3 => input.extend_from_slice("我被骗了五万块 转到安全账户了\n".as_bytes()),
            _ => input.extend_from_slice(format!("第{i}条 明天几点开门\n").as_bytes()),
        }
    }
    let (code, single) = run(&input);
    let (threaded_code, threaded) = run_example(&["--threads", "3"], &input);
    assert_eq!(single.len(), 2_500);
    assert_eq!((code, threaded_code), (1, 1));
    assert_eq!(single, threaded);
    assert_eq!(
        threaded[1]["line"], 2,
        "error objects keep their line numbers"
    );
    let last = 2_499; // 2_499 % 7 == 0: a JSON line with an id
    assert_eq!(threaded[last]["id"], last.to_string());
}

#[test]
fn threads_must_be_a_positive_number() {
    for bad in [
        &["--threads", "0"][..],
        &["--threads", "two"],
        &["--threads"],
    ] {
        let (code, out) = run_example(bad, b"hi\n");
        assert_eq!(code, 2, "{bad:?}");
        assert!(out.is_empty());
    }
}

#[test]
fn every_engine_gives_the_same_lines_and_an_unknown_one_is_refused() {
    let sample =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/sample.txt")).expect("sample");
    let (code, default) = run(&sample);
    for engine in ["double-array", "nfa"] {
        let (engine_code, out) = run_example(&["--engine", engine], &sample);
        assert_eq!((engine_code, &out), (code, &default), "--engine {engine}");
    }
    for bad in [&["--engine", "trie"][..], &["--engine"]] {
        let (code, out) = run_example(bad, b"hi\n");
        assert_eq!(code, 2, "{bad:?}");
        assert!(out.is_empty());
    }
}

#[test]
fn an_interactive_stream_is_answered_line_by_line_before_the_input_ends() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::Duration;

    for args in [&[][..], &["--threads", "2"]] {
        let mut child = Command::new(support_example::example())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("example runs");
        let mut stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                if tx.send(line.expect("output line")).is_err() {
                    break;
                }
            }
        });
        for text in ["我不想活了", "早上好"] {
            // stdin stays open: the answer must come without more input.
            writeln!(stdin, "{text}").expect("write a line");
            stdin.flush().expect("flush");
            let answer = rx
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("{args:?}: no answer to {text} while stdin is open"));
            let value: Value = serde_json::from_str(&answer).expect("JSON");
            let expected = if text == "早上好" { "none" } else { "high" };
            assert_eq!(value["level"], expected, "{args:?} {text}");
        }
        drop(stdin);
        assert!(child.wait().expect("exit").success(), "{args:?}");
    }
}
