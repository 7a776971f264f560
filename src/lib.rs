//! # jiuming (救命)
//!
//! Reads short Chinese chat messages and tells a human triager which ones signal a crisis:
//! **self-harm**, being a **fraud victim**, or a **dispute** turning violent. Built for
//! community police who answer thousands of residents on WeChat Work, and for any service
//! that triages Chinese chat.
//!
//! ```
//! use jiuming::{assess, Category, Level, Message};
//!
//! let a = assess("我不想活了");
//! assert!(a.level() >= Level::High);
//! assert_eq!(a.signals()[0].term, "不想活");
//!
//! // A recalled (撤回) message weighs more.
//! let r = assess(Message::new("我不想活了").recalled(true));
//! assert!(r.level() > a.level());
//!
//! // Hyperbole, idiom and commerce do not fire.
//! assert_eq!(assess("笑死我了，跳楼价大甩卖").level(), Level::None);
//! assert_eq!(assess("今天热死了").category(Category::SelfHarm).level, Level::None);
//! ```
//!
//! The pipeline, one module per stage: `normalize` (width, case, traditional, separators,
//! with a map back to the original offsets) → `lexicon`/`matcher` (one leftmost-longest
//! automaton) → `segment` (jieba word boundaries, only for hits) → `context` (negation,
//! hyperbole, subject, reported speech, notices, past) → `score` (weights, levels, rules,
//! recall) → `assessment` (the JSON of SPEC §4).
//!
//! | feature | what it adds |
//! |---|---|
//! | (default) | the library, its embedded lexicons, the conversation [`Tracker`] |
//! | `python` | Python bindings (`src/python.rs`, `python/jiuming/`), built by maturin: `pip install .` |
//!
//! The library never logs or stores message text and makes no network calls.

#![deny(unsafe_code)]
#![warn(missing_docs)]

mod assessment;
mod automaton;
mod bits;
mod context;
mod conversation;
mod detector;
mod embedded;
mod error;
mod fingerprint;
mod frequency;
mod lexicon;
mod matcher;
mod message;
mod model;
mod normalize;
mod pack;
mod phonetic;
mod prebuilt;
#[cfg(feature = "python")]
mod python;
mod score;
mod segment;
mod texts;

use std::sync::LazyLock;

pub use assessment::{
    Assessment, Categories, Category, CategoryScore, Kind, Level, Modifier, Signal, Subject,
};
pub use automaton::Engine;
pub use conversation::{
    Conversation, ConversationCategories, ConversationCategory, Recall, Sender, Tracker,
    TrackerBuilder, Update,
};
pub use detector::{Detector, DetectorBuilder};
pub use error::Error;
pub use message::Message;
pub use score::DEFAULT_RECALL_FACTOR;

/// The detector behind [`assess`], built on first use from the embedded lexicons.
static DEFAULT: LazyLock<Detector> = LazyLock::new(|| {
    Detector::builder()
        .build()
        .expect("the embedded lexicons are valid (checked by the test suite)")
});

#[cfg(test)]
pub(crate) fn default_detector() -> &'static Detector {
    &DEFAULT
}

/// Assess one message with the default detector (embedded lexicons, default recall factor).
///
/// Accepts a `&str`, a `String` or a [`Message`]. Never fails and never panics.
pub fn assess<'a>(message: impl Into<Message<'a>>) -> Assessment {
    DEFAULT.assess(&message.into())
}

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Each pipeline stage on its own, for the benchmarks in `benches/`. Not a stable API.
#[doc(hidden)]
pub mod stages {
    use crate::Detector;

    /// Normalise `text`; returns the normalised length.
    pub fn normalize(text: &str) -> usize {
        crate::normalize::normalize(text).text.len()
    }

    /// `text` normalised as the detector reads it (the model trainer,
    /// `corpus/model/train.py`, learns from the same text).
    pub fn normalized(text: &str) -> String {
        crate::normalize::normalize(text).text
    }

    /// Normalise and run the term automaton; returns the occurrence count.
    pub fn scan(detector: &Detector, text: &str) -> usize {
        detector.stage_scan(text)
    }

    /// Normalise and run the term automata (the whole fast path); returns the hit count.
    pub fn match_terms(detector: &Detector, text: &str) -> usize {
        detector.stage_hits(text)
    }

    /// Whether `text[start..end]` sits on word boundaries (one segmenter call).
    pub fn segment(text: &str, start: usize, end: usize) -> bool {
        crate::segment::on_word_boundaries(text, &[], start, end)
    }
}
