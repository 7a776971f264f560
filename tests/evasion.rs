//! Evasion-robust matching (SPEC §3): lexicon terms written around — spaced, symbol-split,
//! zero-width, emoji fillers, repeated characters, pinyin with and without tones,
//! traditional characters, homophones, dialect — still match, and every signal points at
//! exactly the original characters that produced it.

use jiuming::{Category, Detector, Level, Message, Signal};
use pinyin::ToPinyin;
use proptest::prelude::*;

/// A risk term of the embedded lexicons: (term, category, kind).
#[derive(Debug, Clone)]
struct Term {
    text: String,
    category: String,
    kind: String,
}

/// Terms that fire on their own: no `support` flag, weight at least medium, two to four
/// characters, all CJK.
fn terms() -> Vec<Term> {
    let mut out = Vec::new();
    for file in ["self_harm", "fraud_victim", "dispute"] {
        let path = format!("{}/corpus/lexicon/{file}.tsv", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("lexicon file");
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            let weight: f32 = cols[3].parse().unwrap_or(0.0);
            let n = cols[0].chars().count();
            if cols[4].contains("support") || weight < 0.35 || !(2..=4).contains(&n) {
                continue;
            }
            if !cols[0]
                .chars()
                .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            {
                continue;
            }
            out.push(Term {
                text: cols[0].into(),
                category: cols[1].into(),
                kind: cols[2].into(),
            });
        }
    }
    out
}

/// Every `step`-th term, so the table spans all three lexicons.
fn sample(step: usize) -> Vec<Term> {
    terms().into_iter().step_by(step).collect()
}

fn detector() -> &'static Detector {
    static DETECTOR: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| Detector::builder().build().expect("default detector"))
}

/// The default lexicons without the wording model: for what normalisation and the pinyin
/// matcher do, which the model (reading a whole text's characters) does not go through.
fn lexicons_only() -> &'static Detector {
    static DETECTOR: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| {
        Detector::builder()
            .wording_model(false)
            .build()
            .expect("default lexicons")
    })
}

/// The signal of the term's category and kind whose span covers `start..end` of the
/// original, if any.
fn covering<'a>(
    signals: &'a [Signal],
    term: &Term,
    start: usize,
    end: usize,
) -> Option<&'a Signal> {
    signals.iter().find(|s| {
        s.category.as_str() == term.category
            && s.kind.as_str() == term.kind
            && s.start <= start
            && s.end >= end
    })
}

fn interleave(term: &str, filler: &str) -> String {
    let chars: Vec<String> = term.chars().map(String::from).collect();
    chars.join(filler)
}

fn pinyin(term: &str, tones: bool) -> String {
    term.chars()
        .map(|c| {
            c.to_pinyin().map_or(c.to_string(), |p| {
                (if tones { p.with_tone() } else { p.plain() }).to_string()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The generated table: eight transformations of every sampled term that fires when
/// written plainly (a term the allow-list or a word boundary keeps silent in this frame
/// has nothing to evade).
fn generated(detector: &Detector) -> (Vec<(String, Term, String)>, usize) {
    let mut table = Vec::new();
    let mut silent = 0;
    for term in sample(15) {
        let t = &term.text;
        let (frame, _, _) = framed(t);
        let bare = detector.assess(&Message::new(frame.as_str()));
        if covering(
            bare.signals(),
            &term,
            FRAME_START.len(),
            FRAME_START.len() + t.len(),
        )
        .is_none()
        {
            silent += 1;
            continue;
        }
        let last = t.chars().last().expect("non-empty");
        let forms = [
            ("spaced", interleave(t, " ")),
            ("starred", interleave(t, "*")),
            ("zero-width", interleave(t, "\u{200b}")),
            ("emoji", interleave(t, "🙏")),
            ("repeated", format!("{t}{last}{last}{last}")),
            ("pinyin", pinyin(t, false)),
            ("pinyin-tones", pinyin(t, true)),
            ("pinyin-glued", pinyin(t, false).replace(' ', "")),
        ];
        for (how, form) in forms {
            table.push((how.to_string(), term.clone(), form));
        }
    }
    (table, silent)
}

/// What stands before and after a form in the generated table.
const FRAME_START: &str = "唉，";
const FRAME_END: &str = "。";

/// The form in its frame, and the byte range of the form.
fn framed(form: &str) -> (String, usize, usize) {
    let text = format!("{FRAME_START}{form}{FRAME_END}");
    (text, FRAME_START.len(), FRAME_START.len() + form.len())
}

#[test]
fn generated_evasions_match_at_least_95_percent_with_exact_spans() {
    let detector = detector();
    let (table, silent) = generated(detector);
    assert!(table.len() >= 150, "only {} forms", table.len());
    assert!(
        silent * 10 <= table.len() / 8,
        "{silent} sampled terms do not fire even written plainly"
    );
    let mut misses = Vec::new();
    for (how, term, form) in &table {
        let (text, start, end) = framed(form);
        let a = detector.assess(&Message::new(text.as_str()));
        match covering(a.signals(), term, start, end) {
            // The span is exactly the evasive form: every inserted character, no frame.
            Some(s) => assert_eq!((s.start, s.end), (start, end), "{how} {text}"),
            None => misses.push(format!("{how}: {form} ({})", term.text)),
        }
    }
    let rate = 1.0 - misses.len() as f64 / table.len() as f64;
    eprintln!(
        "evasion table: {} forms of {} terms ({silent} sampled terms silent even plainly), \
         matched {rate:.3}; misses: {misses:?}",
        table.len(),
        table.len() / 8
    );
    assert!(
        rate >= 0.95,
        "matched {rate:.3} of {} forms; misses:\n{}",
        table.len(),
        misses.join("\n")
    );
}

/// Hand-written evasions people actually use: (message, category that must fire).
const HANDWRITTEN: &[(&str, Category)] = &[
    ("我不想活了", Category::SelfHarm),
    ("真的活不下去了", Category::SelfHarm),
    ("有輕生的念頭", Category::SelfHarm),
    ("想紫砂", Category::SelfHarm),
    ("好想自鲨", Category::SelfHarm),
    ("wo bu xiang huo le", Category::SelfHarm),
    ("我想 qingsheng", Category::SelfHarm),
    ("想tiao lou", Category::SelfHarm),
    ("割 * 腕", Category::SelfHarm),
    ("bxhl", Category::SelfHarm),
    ("ＷＯ ＢＵ ＸＩＡＮＧ ＨＵＯ ＬＥ", Category::SelfHarm),
    ("不想活了了了了", Category::SelfHarm),
    ("阿拉弗想活了", Category::SelfHarm),
    ("我被騙了五萬", Category::FraudVictim),
    ("被pian了 转了两万", Category::FraudVictim),
    ("wǒ bèi piàn le", Category::FraudVictim),
    ("转到安🙏全🙏账🙏户了", Category::FraudVictim),
    ("屏 幕 共 享 了", Category::FraudVictim),
    ("他要砍 死 我", Category::Dispute),
    ("伊打我", Category::Dispute),
    ("他拿著菜刀", Category::Dispute),
    ("老公家.暴", Category::Dispute),
];

#[test]
fn handwritten_evasions_match() {
    let detector = detector();
    let misses: Vec<&str> = HANDWRITTEN
        .iter()
        .filter(|(text, category)| {
            let a = detector.assess(&Message::new(*text));
            !a.active_signals().any(|s| s.category == *category)
        })
        .map(|(text, _)| *text)
        .collect();
    assert!(misses.is_empty(), "not matched: {misses:?}");
}

#[test]
fn spacing_removal_does_not_glue_words_across_a_real_break() {
    // The lexicons' reading: the wording model that learnt every round to 261 reads the
    // second as a wish all the same (medium), from its characters, whatever the break.
    let detector = lexicons_only();
    // 想 | 死 across a sentence end, and a comma between two words.
    for text in ["我很想。死了的金鱼怎么处理", "他说不想，活着的时候要开心"]
    {
        let a = detector.assess(&Message::new(text));
        assert!(
            a.category(Category::SelfHarm).level < Level::Medium,
            "{text}: {a:?}"
        );
    }
}

#[test]
fn pinyin_does_not_fire_on_english_or_urls() {
    // The pinyin matcher's reading: the wording model reads grams of Latin letters too (of
    // a pinyin message, wo yi jing chi le yao, rightly), and that learnt every round to 261
    // reads the address as a wish (medium).
    let detector = lexicons_only();
    for text in [
        "hello world, see you tomorrow",
        "https://zisha.example.com/tiaolou?id=qingsheng",
        "my email is bu.xiang.huo@example.com",
        "same shame game, shake it off",
        "meeting at 3pm, bring the slides",
    ] {
        let a = detector.assess(&Message::new(text));
        assert!(a.signals().is_empty(), "{text}: {:?}", a.signals());
    }
}

/// Separators people insert between characters.
fn separator() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(" ".to_string()),
        Just("  ".to_string()),
        Just("*".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{3000}".to_string()),
        Just("🙏".to_string()),
        Just("~".to_string()),
        Just("·".to_string()),
        Just("-".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    /// Random separators inside a lexicon term: still found, and the span lies on char
    /// boundaries of the original and covers every inserted character.
    #[test]
    fn separators_inside_terms_keep_the_match_and_its_span(
        index in 0usize..10_000,
        seps in proptest::collection::vec(proptest::option::of(separator()), 3),
        prefix in prop_oneof![Just(""), Just("唉，"), Just("警官 "), Just("ＡＢＣ ")],
    ) {
        let all = terms();
        let term = &all[index % all.len()];
        let mut form = String::new();
        for (i, ch) in term.text.chars().enumerate() {
            if i > 0 {
                if let Some(Some(sep)) = seps.get(i - 1) {
                    form.push_str(sep);
                }
            }
            form.push(ch);
        }
        let text = format!("{prefix}{form}");
        let (start, end) = (prefix.len(), prefix.len() + form.len());
        let a = detector().assess(&Message::new(text.as_str()));
        for s in a.signals() {
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert_eq!(text[..s.start].chars().count(), s.char_start);
            prop_assert_eq!(text[..s.end].chars().count(), s.char_end);
        }
        // Allow-list and boundary rules may legitimately drop a term in some contexts;
        // what must hold is that when the bare term fires, its evasive form fires too,
        // with a span covering every inserted character.
        let bare = detector().assess(&Message::new(format!("{prefix}{}", term.text).as_str()));
        if covering(bare.signals(), term, prefix.len(), prefix.len() + term.text.len()).is_some() {
            let s = covering(a.signals(), term, start, end);
            prop_assert!(s.is_some(), "{} not found in {:?}", term.text, text);
            let s = s.unwrap();
            prop_assert_eq!((s.start, s.end), (start, end));
        }
    }
}

/// An amount typed after 被骗 with a space between (sos 被骗 8万) is the loss, as 被骗8万 is;
/// 被骗 alone, with a space after it, is still only a word.
#[test]
fn an_amount_spaced_from_being_cheated_is_still_the_loss() {
    let detector = detector();
    for text in ["sos 被骗 8万", "刚才被骗 5w", "被骗了 3000"] {
        let a = detector.assess(&Message::new(text));
        assert_eq!(
            a.category(Category::FraudVictim).level,
            Level::Critical,
            "{text}"
        );
    }
    let a = detector.assess(&Message::new("帮朋友问问 被骗 怎么办"));
    assert!(
        a.category(Category::FraudVictim).level < Level::Critical,
        "{a:?}"
    );
}
