//! Reliability (SPEC §7): any input gives an assessment without panic, offsets lie on char
//! boundaries, the output is deterministic, recall never lowers a level, benign context
//! never removes a critical signal, time is linear, and one detector serves many threads.

use std::sync::Arc;
use std::time::{Duration, Instant};

use jiuming::{Assessment, Category, Detector, Level, Message, Modifier};
use proptest::prelude::*;

fn detector() -> &'static Detector {
    static DETECTOR: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| Detector::builder().build().expect("default detector"))
}

fn check_offsets(text: &str, a: &Assessment) -> Result<(), TestCaseError> {
    for s in a.signals() {
        prop_assert!(
            s.start < s.end && s.end <= text.len(),
            "{}..{} of {}",
            s.start,
            s.end,
            text.len()
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert_eq!(text[..s.start].chars().count(), s.char_start);
        prop_assert_eq!(
            s.char_start + text[s.start..s.end].chars().count(),
            s.char_end
        );
        prop_assert!((0.0..=1.0).contains(&s.weight));
    }
    for c in Category::ALL {
        prop_assert!((0.0..=1.0).contains(&a.category(c).score));
    }
    prop_assert_eq!(
        a.level(),
        Category::ALL
            .iter()
            .map(|&c| a.category(c).level)
            .max()
            .unwrap()
    );
    Ok(())
}

/// Text that exercises the pipeline: risk terms, fillers, combining marks, controls, mixed
/// scripts, pinyin, full-width forms.
fn chatty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("不想活".to_string()),
        Just("被骗了".to_string()),
        Just("拿着刀".to_string()),
        Just("跳楼价".to_string()),
        Just("不".to_string()),
        Just("他".to_string()),
        Just("我".to_string()),
        Just("，".to_string()),
        Just("？".to_string()),
        Just(" ".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{0301}".to_string()),
        Just("\u{0000}".to_string()),
        Just("🙏".to_string()),
        Just("ｑｉｎｇ".to_string()),
        Just("sheng".to_string()),
        Just("5w".to_string()),
        Just("【警方提醒】".to_string()),
        "\\PC{0,6}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Found by `recall_never_lowers_any_level`: E我 is the pinyin of 讹我 ("blackmail me"), a
/// low dispute mention that the wording model reads as no crisis. Recalled, it is still no
/// signal of its own: not raised, not marked. (The model that learnt every round to 261,
/// 2026-12-07, reads E我， as a dispute's words and lets the mention count; e我 it still
/// reads as none.)
#[test]
fn recall_does_not_raise_a_mention_context_capped() {
    let plain = detector().assess(&Message::new("e我"));
    let recalled = detector().assess(&Message::new("e我").recalled(true));
    assert_eq!(plain.category(Category::Dispute).level, Level::Low);
    assert_eq!(recalled.category(Category::Dispute).level, Level::Low);
    assert!(
        recalled
            .signals
            .iter()
            .all(|s| s.modifiers.contains(&Modifier::Atypical)
                && !s.modifiers.contains(&Modifier::Recalled))
    );
    // Beside a phrase that counts, recall raises as ever.
    let real = detector().assess(&Message::new("他说要讹我，还拿着刀").recalled(true));
    assert!(
        real.signals
            .iter()
            .any(|s| s.modifiers.contains(&Modifier::Recalled))
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn any_text_gives_a_consistent_assessment(text in chatty()) {
        let a = detector().assess(&Message::new(text.as_str()));
        check_offsets(&text, &a)?;
        // Deterministic.
        prop_assert_eq!(&a, &detector().assess(&Message::new(text.as_str())));
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let a = detector().assess(&Message::new(text.as_str()));
        check_offsets(&text, &a)?;
    }

    #[test]
    fn recall_never_lowers_any_level(text in chatty()) {
        let plain = detector().assess(&Message::new(text.as_str()));
        let recalled = detector().assess(&Message::new(text.as_str()).recalled(true));
        for c in Category::ALL {
            let (before, after) = (plain.category(c).level, recalled.category(c).level);
            prop_assert!(after >= before);
            // Recall raises a category by one level where it marks a signal (SPEC §2); it
            // marks none where context left no signal of its own, only mentions it capped
            // or discounted (E我 read as the pinyin of 讹我, in words the wording model
            // reads as no crisis), and the level then stays as it was.
            let marked = recalled
                .signals
                .iter()
                .any(|s| s.category == c && s.modifiers.contains(&Modifier::Recalled));
            if before == Level::None {
                prop_assert_eq!(after, Level::None);
                prop_assert!(!marked);
            } else if marked {
                prop_assert!(after > before || before == Level::Critical);
            } else {
                prop_assert_eq!(after, before);
                let lowered = [
                    Modifier::Hyperbole,
                    Modifier::Everyday,
                    Modifier::Atypical,
                    Modifier::Complaint,
                    Modifier::Reported,
                    Modifier::Awareness,
                    Modifier::Resolved,
                    Modifier::Condition,
                ];
                prop_assert!(recalled
                    .signals
                    .iter()
                    .filter(|s| s.category == c && s.is_active())
                    .all(|s| s.modifiers.iter().any(|m| lowered.contains(m))));
            }
        }
    }

    #[test]
    fn benign_prefix_or_suffix_never_removes_a_critical_signal(
        critical in prop_oneof![
            Just("我已经吃了一瓶安眠药"),
            Just("他拿着刀在砍门"),
            Just("我被骗了五万"),
            Just("我站在楼顶上，永别了"),
        ],
        prefix in prop_oneof![Just(""), Just("警官您好。"), Just("今天天气不错，"), Just("哈哈哈 "), Just("hello ")],
        suffix in prop_oneof![Just(""), Just("。谢谢"), Just(" 😭"), Just("，快来"), Just("。明天见")],
    ) {
        let bare = detector().assess(&Message::new(critical));
        prop_assume!(bare.level() == Level::Critical);
        let text = format!("{prefix}{critical}{suffix}");
        let a = detector().assess(&Message::new(text.as_str()));
        prop_assert_eq!(a.level(), Level::Critical, "{}", text);
    }
}

#[test]
fn edge_inputs() {
    for text in [
        "",
        " ",
        "\n",
        "\u{0301}",
        "\u{0000}\u{0001}",
        "👍🏽",
        "🙏🙏🙏",
        "\u{feff}",
        "死",
        "【】",
    ] {
        let a = detector().assess(&Message::new(text));
        assert_eq!(a.level(), Level::None, "{text:?}");
    }
}

/// Fastest of `runs` assessments of `text`: the least disturbed by whatever else the
/// machine (or the other tests) is doing.
fn time(text: &str, runs: usize) -> Duration {
    // The timing tests run one at a time.
    static TIMING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(detector().assess(&Message::new(text)));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Assert that `large`, ten times `small`, takes about ten times as long, and at most
/// `limit`, in one of `tries` measurements: a machine busy with other work (a build on the
/// other core) can slow one of them by half again, while time that grows with the square
/// of the input would put every one of them near 100.
fn assert_linear(small: &str, large: &str, limit: Duration, tries: usize) {
    detector().assess(&Message::new("warm up 不想活"));
    let mut measured = Vec::new();
    for _ in 0..tries {
        let t_small = time(small, 5);
        let t_large = time(large, 3);
        assert!(t_large < limit, "{} bytes took {t_large:?}", large.len());
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
        if (3.0..30.0).contains(&ratio) {
            return;
        }
        measured.push(format!("{ratio:.1} ({t_small:?} vs {t_large:?})"));
    }
    panic!(
        "{} bytes / {} bytes = {}",
        large.len(),
        small.len(),
        measured.join(", ")
    );
}

#[test]
fn time_is_linear_in_the_input() {
    let unit = "今天社区开会，讨论了停车的问题，大家都挺满意的。";
    let one_mb = unit.repeat(1_000_000 / unit.len());
    assert_linear(&one_mb, &one_mb.repeat(10), Duration::from_secs(20), 3);
}

#[test]
fn a_long_text_of_past_wishes_and_presents_stays_linear() {
    // Each past wish reads the present after it (以前…现在…): a few clauses, not the rest of
    // the text, which made 700 kB of these take ten times what 175 kB took.
    let unit = "以前想过不活了 现在挺好 ";
    assert_linear(
        &unit.repeat(5_000),
        &unit.repeat(50_000),
        Duration::from_secs(30),
        3,
    );
}

#[test]
fn many_repetitions_of_a_risk_term_stay_linear() {
    let large = "不想活了，".repeat(100_000);
    // One measurement, as this test has always taken.
    assert_linear(
        &"不想活了，".repeat(10_000),
        &large,
        Duration::from_secs(30),
        1,
    );
    let a = detector().assess(&Message::new(large.as_str()));
    assert_eq!(a.signals().len(), 100_000);
    // A wish said again and again is still a wish (high): critical needs a method, a
    // place or a time, a farewell, an act under way, the means made ready, or a phrase
    // that weighs critical on its own.
    assert_eq!(a.level(), Level::High);
}

/// A long text full of what context reads — people, the frame of a film, proximity terms
/// and allow phrases over them — stays linear too: each of these was once looked up by a
/// walk of everything before it (the persons of the message for each reported-speech cue,
/// every occurrence for each allow question, every chosen proximity hit for the next).
#[test]
fn a_long_text_dense_with_context_stays_linear() {
    let unit =
        "他说电视剧里那个人想死你们了，我朋友说要从楼顶跳下去 笑死，邻居拿着菜刀在楼道骂人。";
    assert_linear(
        &unit.repeat(1_000),
        &unit.repeat(10_000),
        Duration::from_secs(30),
        3,
    );
}

/// Payments asked for (要我把钱转到安全账户), each of which is read against the requests
/// of its clause and the words of a payment made after it: once searched afresh for every
/// hit, which made this text quadratic.
#[test]
fn many_payments_asked_for_stay_linear() {
    let unit = "客服让我把钱转到安全账户，";
    assert_linear(
        &unit.repeat(1_000),
        &unit.repeat(10_000),
        Duration::from_secs(30),
        3,
    );
    let a = detector().assess(&Message::new(unit.repeat(1_000).as_str()));
    assert_eq!(a.level(), Level::High);
    assert!(
        a.signals()
            .iter()
            .all(|s| s.modifiers.contains(&Modifier::Condition))
    );
}

#[test]
fn detector_is_send_and_sync_and_threads_agree() {
    fn check<T: Send + Sync>() {}
    check::<Detector>();
    let texts: Vec<String> = [
        "我不想活了",
        "早上好",
        "我被骗了两万 现在联系不上了",
        "邻居拿着菜刀在楼道骂人",
        "跳楼价清仓",
        "wo bu xiang huo le",
        "她说她想死",
        "【警方提醒】凡是刷单都是诈骗",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let expected: Vec<Assessment> = texts
        .iter()
        .map(|t| detector().assess(&Message::new(t.as_str())))
        .collect();
    let shared = Arc::new(Detector::builder().build().expect("detector"));
    let handles: Vec<_> = (0..8)
        .map(|k| {
            let d = Arc::clone(&shared);
            let texts = texts.clone();
            std::thread::spawn(move || {
                (0..200)
                    .map(|i| {
                        let t = &texts[(i + k) % texts.len()];
                        ((i + k) % texts.len(), d.assess(&Message::new(t.as_str())))
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for h in handles {
        for (i, a) in h.join().expect("thread") {
            assert_eq!(a, expected[i]);
        }
    }
}
