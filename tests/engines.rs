//! The automaton engines (`Engine`) are interchangeable: whichever searches the terms, every
//! message gets the same assessment. Checked on the whole development set for all three,
//! and on generated text built from pieces of it for the double array against the NFA.

use std::path::Path;
use std::sync::OnceLock;

use jiuming::{Assessment, Detector, Engine, Message};
use proptest::prelude::*;

#[path = "support/devset.rs"]
mod devset;

fn detector(engine: Engine) -> &'static Detector {
    static DETECTORS: [OnceLock<Detector>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match engine {
        Engine::DoubleArray => 0,
        Engine::ContiguousNfa => 1,
        _ => 2,
    };
    DETECTORS[slot].get_or_init(|| {
        Detector::builder()
            .engine(engine)
            .build()
            .expect("default detector")
    })
}

/// Every development row's text (all three files), recalled as labelled.
fn rows() -> &'static [(String, bool)] {
    static ROWS: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/dev");
        ["tune.jsonl", "holdout.jsonl", "blind.jsonl"]
            .iter()
            .flat_map(|file| devset::read(&dir.join(file)).expect("development set"))
            .map(|row| (row.text, row.recalled))
            .collect()
    })
}

fn assess(engine: Engine, text: &str, recalled: bool) -> Assessment {
    detector(engine).assess(&Message::new(text).recalled(recalled))
}

#[test]
fn every_engine_assesses_the_development_set_alike() {
    let mut differ = Vec::new();
    let mut flagged = 0;
    for (text, recalled) in rows() {
        let expected = assess(Engine::DoubleArray, text, *recalled);
        flagged += usize::from(expected.needs_attention());
        for engine in [Engine::ContiguousNfa, Engine::Dfa] {
            if assess(engine, text, *recalled) != expected {
                differ.push(format!("{engine:?}: {text}"));
            }
        }
    }
    // The comparison means something only if the set exercises the pipeline.
    assert!(
        flagged > rows().len() / 3,
        "{flagged} of {} flagged",
        rows().len()
    );
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// Text glued from pieces of development rows, with separators and stray characters
/// between them: terms cut in half, parts of proximity terms far apart or close together.
fn glued() -> impl Strategy<Value = String> {
    let piece = (0..rows().len(), any::<u16>(), 1usize..12).prop_map(|(row, at, len)| {
        let chars: Vec<char> = rows()[row].0.chars().collect();
        let start = at as usize % chars.len().max(1);
        chars[start..(start + len).min(chars.len())]
            .iter()
            .collect::<String>()
    });
    let filler = prop_oneof![
        Just("，".to_string()),
        Just(" ".to_string()),
        Just("。".to_string()),
        "\\PC{0,3}",
    ];
    proptest::collection::vec((piece, filler), 1..8)
        .prop_map(|v| v.into_iter().map(|(p, f)| p + &f).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, .. ProptestConfig::default() })]

    #[test]
    fn the_double_array_and_the_nfa_agree_on_glued_text(text in glued(), recalled in any::<bool>()) {
        prop_assert_eq!(
            assess(Engine::DoubleArray, &text, recalled),
            assess(Engine::ContiguousNfa, &text, recalled)
        );
    }
}
