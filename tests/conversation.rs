//! Conversations and recall events: WeCom chat-archive records through the stdin example
//! (`--format wecom`), the tracker's rules through the library, and its memory for a
//! million senders, measured by a counting allocator.
//!
//! The memory figures: `cargo test --release --test conversation million -- --nocapture`.

// The counting allocator below is the only unsafe code: it forwards to the system
// allocator and counts, per thread, the bytes the tracker's thread holds.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::process::{Command, Stdio};
use std::time::Duration;

use jiuming::{Category, Detector, Level, Message, Recall, Sender, Tracker};
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// The stdin example on the archive fixtures

#[path = "support/example.rs"]
mod support_example;
use support_example::{example, run_example};

/// Run the example with `--format wecom` on a fixture; (exit code, input records, output).
fn run_fixture(name: &str) -> (i32, Vec<String>, Vec<Value>) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let input = std::fs::read_to_string(&path).expect("fixture");
    let (code, lines) = run_example(&["--format", "wecom"], input.as_bytes());
    let records: Vec<String> = input.lines().map(str::to_string).collect();
    assert_eq!(lines.len(), records.len(), "one output line per record");
    (code, records, lines)
}

fn rank(v: &Value) -> usize {
    ["none", "low", "medium", "high", "critical"]
        .iter()
        .position(|l| v == *l)
        .unwrap_or_else(|| panic!("not a level: {v}"))
}

#[test]
fn a_quick_recall_gives_the_original_at_a_higher_level() {
    let (code, _, out) = run_fixture("wecom_recall.jsonl");
    assert_eq!(code, 0);
    let (sent, recall) = (&out[1], &out[2]);
    assert_eq!(sent["action"], "send");
    assert_eq!(recall["action"], "recall");
    assert_eq!(recall["msgtype"], "revoke");
    assert_eq!(
        recall["id"], sent["msgid"],
        "the recall line is the original"
    );
    assert_eq!(recall["recall"]["pre_msgid"], sent["msgid"]);
    assert_eq!(recall["recall"]["original"], "in_window");
    assert_eq!(recall["recall"]["after_ms"], 10_000);
    assert_eq!(recall["recall"]["quick"], true);
    assert_eq!(recall["recalled"], true);
    assert!(
        rank(&recall["level"]) > rank(&sent["level"]),
        "{} then {}",
        sent["level"],
        recall["level"]
    );
    assert_eq!(recall["level"], "critical");
    assert!(
        recall["signals"][0]["modifiers"]
            .as_array()
            .unwrap()
            .contains(&Value::from("recalled"))
    );
    // Nothing of the text is echoed but the signal's term.
    assert!(!recall.to_string().contains("我不想活了"));
}

#[test]
fn a_three_message_fraud_story_reaches_critical_together() {
    let (code, _, out) = run_fixture("wecom_fraud.jsonl");
    assert_eq!(code, 0);
    for line in &out {
        assert_ne!(line["level"], "critical", "a single message: {line}");
    }
    assert_eq!(out[3]["msgtype"], "image");
    assert_eq!(out[3]["level"], "none");
    let before = &out[3]["conversation"];
    assert_eq!(before["level"], "medium", "two messages in: {before}");
    let c = &out[4]["conversation"];
    assert_eq!(c["level"], "critical");
    assert_eq!(c["escalated"], true);
    let fraud = &c["categories"]["fraud_victim"];
    assert_eq!(fraud["level"], "critical");
    assert_eq!(fraud["escalated"], true);
    assert_eq!(fraud["messages"], serde_json::json!(["f1", "f3", "f5"]));
    // The officer's message is another conversation.
    assert!(out[1].get("conversation").is_none());
}

#[test]
fn a_dispute_from_complaint_to_threat_escalates_per_sender_and_room() {
    let (code, _, out) = run_fixture("wecom_dispute.jsonl");
    assert_eq!(code, 0);
    let dispute = |i: usize| out[i]["conversation"]["categories"]["dispute"].clone();
    // Another member of the room is another conversation.
    assert_eq!(dispute(1)["messages"], serde_json::json!(["d2"]));
    assert_eq!(dispute(2)["messages"], serde_json::json!(["d1", "d3"]));
    // The same threat in private chat is its own conversation.
    assert_eq!(dispute(3)["messages"], serde_json::json!(["d4"]));
    assert_eq!(dispute(3)["level"], "high");
    assert_eq!(dispute(3)["escalated"], false);
    // In the room: complaint (low), quarrel (medium), threat (high) add up.
    assert_eq!(out[4]["level"], "high");
    assert_eq!(dispute(4)["level"], "critical");
    assert_eq!(dispute(4)["escalated"], true);
    assert_eq!(
        dispute(4)["messages"],
        serde_json::json!(["d1", "d3", "d5"])
    );
    assert_eq!(out[4]["roomid"], "wrBuilding3_kfL2gAA");
}

#[test]
fn other_types_recalls_out_of_order_times_and_bad_records() {
    let (code, records, out) = run_fixture("wecom_mixed.jsonl");
    assert_eq!(code, 1, "the fixture holds malformed records");
    let by_msgid = |id: &str| {
        out.iter()
            .find(|o| o["msgid"] == id)
            .unwrap_or_else(|| panic!("no line for {id}"))
            .clone()
    };
    // switch and other types pass through as none, with their type.
    let switch = by_msgid("m01");
    assert_eq!(
        (&switch["action"], &switch["level"]),
        (&"switch".into(), &"none".into())
    );
    assert_eq!(by_msgid("m02")["msgtype"], "image");
    assert_eq!(by_msgid("m02")["level"], "none");
    assert_eq!(by_msgid("m06")["msgtype"], "voice");
    // A recall of an image is found: none, recalled.
    let image = by_msgid("m03");
    assert_eq!(image["recall"]["original"], "in_window");
    assert_eq!(
        (image["id"].as_str(), image["recalled"].as_bool()),
        (Some("m02"), Some(true))
    );
    assert_eq!(image["level"], "none");
    // A recall of an id never seen, or of a message older than the window, says so.
    for (recall, original) in [("m07", "never-seen-0001"), ("m09", "m08")] {
        let line = by_msgid(recall);
        assert_eq!(line["recall"]["original"], "not_in_window", "{line}");
        assert_eq!(line["recall"]["pre_msgid"], original);
        assert!(
            line.get("level").is_none(),
            "no level for an unknown original"
        );
    }
    // The old message was still assessed on its own line.
    assert_eq!(by_msgid("m08")["level"], "medium");
    // Out-of-order times: the window is in message time; three medium messages persist.
    let c = &by_msgid("m10")["conversation"];
    assert_eq!(c["level"], "high");
    assert_eq!(c["escalated"], true);
    assert_eq!(
        c["categories"]["self_harm"]["messages"],
        serde_json::json!(["m05", "m04", "m10"])
    );
    // A recall stamped before its message: found, after 0 ms.
    let skewed = by_msgid("m11");
    assert_eq!(
        (skewed["id"].as_str(), skewed["level"].as_str()),
        (Some("m10"), Some("high"))
    );
    assert_eq!(skewed["recall"]["after_ms"], 0);
    // Malformed records get error objects in their place, and the stream goes on.
    let errors: Vec<(usize, &Value)> = out
        .iter()
        .enumerate()
        .filter(|(_, o)| o.get("error").is_some())
        .collect();
    assert_eq!(errors.len(), 7, "{errors:?}");
    for (i, e) in &errors {
        assert_eq!(e["line"], i + 1);
        assert!(!records[*i].is_empty());
    }
    let reasons: Vec<&str> = errors
        .iter()
        .map(|(_, e)| e["error"].as_str().unwrap())
        .collect();
    for expected in [
        "invalid JSON",
        "missing \"msgid\"",
        "unknown action \"forward\"",
        "text.content",
        "revoke.pre_msgid",
        "msgtime",
        "JSON object",
    ] {
        assert!(
            reasons.iter().any(|r| r.contains(expected)),
            "{expected}: {reasons:?}"
        );
    }
    assert_eq!(errors[2].1["id"], "m14", "the msgid is echoed when known");
    assert_eq!(out.last().unwrap()["msgid"], "m19");
}

#[test]
fn the_plain_format_is_unchanged_and_bad_options_are_refused() {
    let status = Command::new(example())
        .args(["--format", "xml"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(2));
    let out = Command::new(example())
        .args(["--format", "lines"])
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
}

// ---------------------------------------------------------------------------------------
// The tracker through the library

#[test]
fn the_library_reads_the_same_story() {
    let mut t = Tracker::new();
    let b = Sender::new("wmResidentB");
    let story = [
        "刚才有个自称是客服的打电话给我",
        "他说按步骤操作就能退款",
        "我已经下载了他们的app",
    ];
    let mut last = None;
    for (i, text) in story.iter().enumerate() {
        let u = t.send(
            b,
            1_000 * i as u64,
            &Message::new(*text).with_id(format!("f{i}")),
        );
        assert!(u.message.unwrap().level() < Level::Critical);
        last = Some(u.conversation);
    }
    let c = last.unwrap();
    assert_eq!(c.category(Category::FraudVictim).level, Level::Critical);
    assert_eq!(
        c.category(Category::FraudVictim).messages,
        ["f0", "f1", "f2"]
    );
    assert!(c.escalated && c.needs_attention());
    // In another room the same sender starts afresh.
    assert_eq!(t.conversation(b.in_room("wr1")).level(), Level::None);
    assert_eq!(t.len(), 1);
}

#[test]
fn a_wish_and_a_method_in_two_messages_complete_the_rule() {
    let mut t = Tracker::new();
    let a = Sender::new("a");
    let first = t.send(a, 0, &Message::new("活着没意思").with_id("1"));
    assert_eq!(first.conversation.level(), Level::Medium);
    let second = t.send(a, 60_000, &Message::new("烧炭").with_id("2"));
    assert!(second.message.unwrap().level() < Level::Critical);
    let c = second.conversation;
    assert_eq!(
        c.category(Category::SelfHarm).level,
        Level::Critical,
        "{c:?}"
    );
}

#[test]
fn a_recalled_message_counts_recalled_in_the_conversation() {
    let mut t = Tracker::new();
    let a = Sender::new("a");
    t.send(a, 0, &Message::new("我是家里的累赘").with_id("1"));
    let u = t.recall(a, 30_000, "1");
    assert_eq!(
        u.recall,
        Some(Recall::InWindow {
            after_ms: 30_000,
            quick: true
        })
    );
    assert_eq!(u.message.as_ref().unwrap().level(), Level::High);
    assert_eq!(u.conversation.level(), Level::High);
    let slow = {
        t.send(a, 40_000, &Message::new("活着没意思").with_id("2"));
        t.recall(a, 40_000 + 600_000, "2").recall
    };
    assert_eq!(
        slow,
        Some(Recall::InWindow {
            after_ms: 600_000,
            quick: false
        })
    );
}

#[test]
fn the_same_message_id_twice_counts_once() {
    let mut t = Tracker::new();
    let a = Sender::new("a");
    for _ in 0..3 {
        t.send(a, 0, &Message::new("活着没意思").with_id("same"));
    }
    let c = t.conversation(a);
    assert_eq!(c.level(), Level::Medium, "persistence needs three messages");
    assert_eq!(c.category(Category::SelfHarm).messages, ["same"]);
}

#[test]
fn a_custom_detector_is_used() {
    let detector = Detector::builder()
        .lexicon_str(
            "site.tsv",
            "卡里的钱没了\tfraud_victim\tloss\t0.9\tcompliance",
        )
        .unwrap()
        .recall_factor(2.0)
        .build()
        .unwrap();
    let mut t = Tracker::builder().detector(&detector).build().unwrap();
    let u = t.send(
        Sender::new("a"),
        0,
        &Message::new("我卡里的钱没了").with_id("1"),
    );
    assert_eq!(u.conversation.level(), Level::Critical);
    let r = t.recall(Sender::new("a"), 1, "1").message.unwrap();
    assert_eq!(
        r,
        detector.assess(&Message::new("我卡里的钱没了").with_id("1").recalled(true))
    );
}

// ---------------------------------------------------------------------------------------
// Memory for a million senders

/// The system allocator, counting what each thread holds and its peak.
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + delta);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call forwards to `System` with the caller's arguments; counting touches only
// const-initialised thread locals without destructors, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Start counting on this thread from zero.
fn reset() {
    LIVE.with(|l| l.set(0));
    PEAK.with(|p| p.set(0));
}

fn live() -> usize {
    LIVE.with(Cell::get).max(0) as usize
}

fn peak() -> usize {
    PEAK.with(Cell::get).max(0) as usize
}

const SENDERS: u64 = 1_000_000;
const MIB: f64 = (1 << 20) as f64;

/// A million senders, two messages each, one in a hundred also a self-harm message: the
/// tracker's bytes (live at the end, peak while it ran, and its own estimate).
fn million_senders(tracker: &mut Tracker<'_>) -> (usize, usize) {
    // 2024-06-10, one sender a millisecond: all within a 24-hour window.
    let start: u64 = 1_718_000_000_000;
    let mut name = String::new();
    let mut id = String::new();
    for i in 0..SENDERS {
        use std::fmt::Write as _;
        name.clear();
        id.clear();
        write!(name, "wmResident{i:07}").unwrap();
        let sender = Sender::new(&name);
        let t = start + i;
        write!(id, "{i}_a").unwrap();
        tracker.send(sender, t, &Message::new("收到").with_id(id.as_str()));
        id.push('b');
        tracker.send(
            sender,
            t,
            &Message::new("好的，谢谢张警官").with_id(id.as_str()),
        );
        if i % 100 == 0 {
            id.push('c');
            tracker.send(sender, t, &Message::new("我不想活了").with_id(id.as_str()));
        }
    }
    (live(), peak())
}

/// This process's resident set now and at its highest, in MiB (Linux; 0 elsewhere).
fn rss() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn warm() {
    Detector::warm_up();
    let _ = jiuming::assess("我不想活了，安眠药我攒了一瓶");
}

#[test]
fn million_senders_within_the_default_budget() {
    warm();
    println!("process RSS before {:?} MiB", rss());
    reset();
    let mut tracker = Tracker::new();
    let (live, peak) = million_senders(&mut tracker);
    let estimate = tracker.memory();
    println!(
        "process RSS now/high {:?} MiB (other tests in the process count too)",
        rss()
    );
    println!(
        "1,000,000 senders (2 messages each, 1% with a risk message), default limits: \
         live {:.1} MiB, peak {:.1} MiB, tracker estimate {:.1} MiB, {} senders kept",
        live as f64 / MIB,
        peak as f64 / MIB,
        estimate as f64 / MIB,
        tracker.len()
    );
    assert_eq!(
        tracker.len(),
        SENDERS as usize,
        "nobody forgotten within the budget"
    );
    assert!(live <= estimate, "the estimate covers what is held");
    assert!(estimate <= 256 << 20);
    assert!(peak <= 256 << 20, "peak {peak}");
    // The most recent risk message is still recallable.
    let last = format!("wmResident{:07}", SENDERS - 100);
    let u = tracker.recall(
        Sender::new(&last),
        1_718_000_000_000 + SENDERS,
        &format!("{}_abc", SENDERS - 100),
    );
    assert_eq!(u.message.map(|a| a.level()), Some(Level::Critical));
    drop(tracker);
    assert!(self::live() < 1 << 20, "all freed: {}", self::live());
}

#[test]
fn million_senders_under_a_small_budget_forget_the_least_recent() {
    warm();
    println!("process RSS before {:?} MiB", rss());
    reset();
    let limit = 64 << 20;
    let mut tracker = Tracker::builder().memory_limit(limit).build().unwrap();
    let (live, peak) = million_senders(&mut tracker);
    println!(
        "process RSS now/high {:?} MiB (other tests in the process count too)",
        rss()
    );
    println!(
        "1,000,000 senders under a 64 MiB budget: live {:.1} MiB, peak {:.1} MiB, \
         tracker estimate {:.1} MiB, {} senders kept",
        live as f64 / MIB,
        peak as f64 / MIB,
        tracker.memory() as f64 / MIB,
        tracker.len()
    );
    assert!(tracker.memory() <= limit);
    assert!(live <= tracker.memory());
    assert!(peak <= limit, "peak {peak}");
    assert!(tracker.len() < SENDERS as usize && tracker.len() > 100_000);
    // The latest senders are kept, the earliest forgotten.
    let latest = format!("wmResident{:07}", SENDERS - 1);
    let found = tracker.recall(Sender::new(&latest), 0, &format!("{}_a", SENDERS - 1));
    assert!(matches!(found.recall, Some(Recall::InWindow { .. })));
    let earliest = tracker.recall(Sender::new("wmResident0000000"), 0, "0_a");
    assert_eq!(earliest.recall, Some(Recall::NotInWindow));
}

#[test]
fn time_empties_the_tracker() {
    let mut t = Tracker::builder()
        .window(Duration::from_secs(3600))
        .build()
        .unwrap();
    for i in 0..10_000u64 {
        let from = format!("s{i}");
        t.send(
            Sender::new(&from),
            i,
            &Message::new("我不想活了").with_id("x"),
        );
    }
    assert_eq!(t.len(), 10_000);
    t.send(Sender::new("late"), 3 * 3_600_000, &Message::new("早"));
    assert_eq!(t.len(), 1);
}
