//! The wording model (`corpus/model/`, `src/model.rs`) as the detector uses it: only where
//! no lexicon phrase counts at medium, never in a forwarded notice, at medium on its own,
//! off on request, and shown where it weighed most; and where it reads a fraud or dispute
//! message as far unlike its category, lowering its phrases (`atypical`).

use std::path::Path;

use jiuming::{Category, Detector, Kind, Level, Message, Modifier};

#[path = "support/devset.rs"]
mod devset;

fn rows(file: &str) -> Vec<devset::Row> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/dev")
        .join(file);
    devset::read(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn is_wording(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::SelfHarmWording | Kind::FraudVictimWording | Kind::DisputeWording
    )
}

#[test]
fn wording_signals_speak_only_where_no_phrase_counts_and_sit_on_the_text() {
    let detector = Detector::builder().build().expect("detector");
    let mut worded = 0;
    for row in rows("tune.jsonl") {
        let a = detector.assess(&Message::new(&row.text));
        for s in a.signals().iter().filter(|s| is_wording(s.kind)) {
            worded += 1;
            assert_eq!(s.kind.category(), s.category, "{}", row.id);
            // Medium at least in its category.
            assert!(a.category(s.category).level >= Level::Medium, "{}", row.id);
            // Its place is a piece of the message the officer can see.
            assert!(s.start < s.end && s.end <= row.text.len(), "{}", row.id);
            assert!(row.text.is_char_boundary(s.start) && row.text.is_char_boundary(s.end));
            assert!(s.char_start < s.char_end, "{}", row.id);
        }
    }
    // The model is no dead weight: it speaks in some rows.
    assert!(worded > 20, "only {worded} wording signals in tune.jsonl");
}

/// With the model, a fraud or dispute category falls only where its phrases are marked
/// `atypical` (the message as a whole reads far unlike the category), and on the rows the
/// model learnt from, only on rows labelled below medium there, but for two: the model
/// that learnt every round to 261 (2026-12-07) reads ysh-160 (工地的活干完俩月了钱还没结，
/// 心里烦得很: unpaid wages told as a mood) and ydp-243 (a landlord who lets himself in at
/// night, 吓死了), each labelled a dispute at medium, far unlike one.
#[test]
fn without_the_model_no_wording_signal_and_with_it_no_level_falls_but_an_atypical_one() {
    let with = Detector::builder().build().expect("detector");
    let without = Detector::builder()
        .wording_model(false)
        .build()
        .expect("detector");
    let (mut raised, mut lowered) = (0, 0);
    let mut labelled = Vec::new();
    for row in rows("tune.jsonl") {
        let message = Message::new(&row.text);
        let (a, b) = (with.assess(&message), without.assess(&message));
        assert!(
            !b.signals().iter().any(|s| is_wording(s.kind)),
            "{}",
            row.id
        );
        for category in Category::ALL {
            let (la, lb) = (a.category(category).level, b.category(category).level);
            if la < lb {
                lowered += 1;
                assert!(category != Category::SelfHarm, "{}", row.id);
                assert!(
                    a.signals()
                        .iter()
                        .filter(|s| s.category == category)
                        .all(|s| s.modifiers.contains(&Modifier::Atypical)),
                    "{} {category}: {la} < {lb}",
                    row.id
                );
                assert_eq!(la, Level::Low, "{} {category}", row.id);
                if row
                    .labels
                    .get(category.as_str())
                    .is_some_and(|&l| l >= Level::Medium)
                {
                    labelled.push(format!("{} {category}", row.id));
                }
            }
            if la > lb {
                raised += 1;
            }
        }
    }
    // Only the two rows named above, no others.
    assert!(
        labelled
            .iter()
            .all(|l| l == "ysh-160 dispute" || l == "ydp-243 dispute"),
        "labelled medium or above, lowered to low: {labelled:?}"
    );
    assert!(raised > 0);
    // The lowering is no dead code: some harmless rows are lowered.
    assert!(lowered > 0);
}

#[test]
fn a_forwarded_notice_or_someone_elses_story_silences_the_model() {
    let detector = Detector::builder().build().expect("detector");
    let notices: Vec<_> = rows("tune.jsonl")
        .into_iter()
        .chain(rows("round9.jsonl"))
        .filter(|r| r.tags.iter().any(|t| t == "awareness_notice"))
        .collect();
    assert!(notices.len() > 50);
    for row in &notices {
        let a = detector.assess(&Message::new(&row.text));
        assert!(
            !a.signals()
                .iter()
                .any(|s| s.kind == Kind::FraudVictimWording),
            "{}: {}",
            row.id,
            row.text
        );
    }
    // Any message the model speaks in, retold as a novel's plot (self-harm, disputes) or
    // under a police notice's header (fraud), is someone else's story or a notice.
    let mut retold = 0;
    for row in rows("tune.jsonl") {
        let a = detector.assess(&Message::new(&row.text));
        for s in a.signals().iter().filter(|s| is_wording(s.kind)) {
            let framed = match s.category {
                Category::FraudVictim => format!("【警方提醒】{}", row.text),
                _ => format!("小说里写到：{}", row.text),
            };
            let b = detector.assess(&Message::new(&framed));
            assert!(
                !b.signals()
                    .iter()
                    .any(|t| is_wording(t.kind) && t.category == s.category),
                "{}: {framed}",
                row.id
            );
            retold += 1;
        }
    }
    assert!(retold > 20);
}

#[test]
fn the_model_does_not_read_again_a_phrase_that_context_negated() {
    let detector = Detector::builder().build().expect("detector");
    // Each a negated self-harm phrase whose words alone the model would fire on.
    for text in [
        "我没有想自杀的念头 别乱想",
        "我不想自杀的 只是心情不好",
        "我不会自杀的，你别瞎想",
    ] {
        let a = detector.assess(&Message::new(text));
        let negated: Vec<_> = a
            .signals()
            .iter()
            .filter(|s| s.category == Category::SelfHarm && !s.modifiers.is_empty())
            .collect();
        assert!(
            !negated.is_empty(),
            "{text}: the phrase is found, and negated"
        );
        assert!(
            !a.signals().iter().any(|s| s.kind == Kind::SelfHarmWording),
            "{text}: {:?}",
            a.signals()
        );
        assert!(
            a.category(Category::SelfHarm).level < Level::Medium,
            "{text}"
        );
    }
    // Without the negation the same words count.
    let a = detector.assess(&Message::new("我有想自杀的念头"));
    assert!(a.category(Category::SelfHarm).level >= Level::Medium);
}

#[test]
fn the_model_is_not_heard_on_a_risk_word_an_allow_phrase_holds_but_reads_a_scam_around_a_payment() {
    let detector = Detector::builder().build().expect("detector");
    // 农药 inside 喷农药, 打完农药: farm work, which the lexicons read as such; the model,
    // which reads 农药 as a means wherever it stands, is not heard there.
    for text in ["村里喷农药 家里的农药锁柜子里了", "刚打完农药 手上都是味"]
    {
        let a = detector.assess(&Message::new(text));
        assert!(
            !a.signals().iter().any(|s| is_wording(s.kind)),
            "{text}: {:?}",
            a.signals()
        );
        assert!(
            a.category(Category::SelfHarm).level < Level::Medium,
            "{text}"
        );
    }
    // A rent payment is an allow phrase of fraud (房租我转了), but around it the model
    // reads the scam that took it: its reading stands, and the money is gone.
    let text = "有人冒充我儿子加我 说急着交房租 我转了五千 打给儿子他说根本没这回事";
    let a = detector.assess(&Message::new(text));
    assert!(
        a.signals()
            .iter()
            .any(|s| s.kind == Kind::FraudVictimWording),
        "{:?}",
        a.signals()
    );
    assert_eq!(a.category(Category::FraudVictim).level, Level::Critical);
}

#[test]
fn with_lexicons_of_ones_own_only_the_model_is_off_unless_asked_for() {
    let own = "某某暗号\tdispute\tconflict\t0.5\t-\n";
    let plain = Detector::builder()
        .without_default_lexicons()
        .lexicon_str("own.tsv", own)
        .expect("own")
        .build()
        .expect("detector");
    let asked = Detector::builder()
        .without_default_lexicons()
        .lexicon_str("own.tsv", own)
        .expect("own")
        .wording_model(true)
        .build()
        .expect("detector");
    let with = Detector::builder().build().expect("detector");
    let worded: Vec<_> = rows("tune.jsonl")
        .into_iter()
        .filter(|r| {
            with.assess(&Message::new(&r.text))
                .signals()
                .iter()
                .any(|s| is_wording(s.kind))
        })
        .collect();
    assert!(!worded.is_empty());
    for row in &worded {
        let message = Message::new(&row.text);
        assert_eq!(plain.assess(&message).level(), Level::None, "{}", row.id);
    }
    assert!(
        worded
            .iter()
            .any(|r| asked.assess(&Message::new(&r.text)).level() >= Level::Medium)
    );
}

#[test]
fn a_report_about_someone_else_sets_the_subject_of_a_wording_signal() {
    let detector = Detector::builder().build().expect("detector");
    let (mut other, mut all) = (0, 0);
    for file in [
        "tune.jsonl",
        "round5.jsonl",
        "round6.jsonl",
        "round10.jsonl",
    ] {
        for row in rows(file)
            .iter()
            .filter(|r| r.tags.iter().any(|t| t == "third_person"))
        {
            let a = detector.assess(&Message::new(&row.text));
            for s in a.signals().iter().filter(|s| is_wording(s.kind)) {
                all += 1;
                if s.subject == jiuming::Subject::Other {
                    other += 1;
                }
            }
        }
    }
    // Third-person reports: the wording signal names someone else most of the time (the
    // nearest person mentioned before its gram decides, as for phrases).
    assert!(all >= 10, "{all}");
    assert!(other * 10 >= all * 6, "{other} of {all}");
}
