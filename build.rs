//! Builds the term automaton of the embedded default lexicons ahead of time.
//!
//! Building the double array over the defaults' 130,000 patterns takes about a hundred
//! milliseconds, a third of a short run's start-up; reading it back takes three. The
//! library's own modules that decide the pattern list are compiled into this script as
//! they are (`#[path]`), so the list here is the list at run time; the run time compares
//! fingerprints anyway, and builds the automaton itself should they differ.
//!
//! Writes `$OUT_DIR/terms.daac` (see `src/prebuilt.rs`): empty, with a warning, if the
//! defaults cannot be parsed or the double array cannot be built.

// The modules are the library's; only the parts that build the pattern list are used here.
#![allow(dead_code, unused_imports)]

#[path = "src/assessment.rs"]
mod assessment;
#[path = "src/automaton.rs"]
mod automaton;
#[path = "src/bits.rs"]
mod bits;
#[path = "src/error.rs"]
mod error;
#[path = "src/lexicon.rs"]
mod lexicon;
#[path = "src/matcher.rs"]
mod matcher;
#[path = "src/normalize.rs"]
mod normalize;

/// Stands for `src/prebuilt.rs` while the prebuilt automaton is being made: nothing yet.
mod prebuilt {
    pub(crate) const TERMS: &[u8] = &[];
}

use std::path::PathBuf;

use automaton::{Automaton, Engine, Matches, fingerprint};

fn main() {
    for input in [
        "build.rs",
        "corpus/lexicon",
        "src/assessment.rs",
        "src/automaton.rs",
        "src/bits.rs",
        "src/error.rs",
        "src/lexicon.rs",
        "src/matcher.rs",
        "src/normalize.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytes = prebuild().unwrap_or_else(|reason| {
        println!("cargo::warning=no prebuilt term automaton, built at run time: {reason}");
        Vec::new()
    });
    std::fs::write(out.join("terms.daac"), bytes).expect("OUT_DIR is writable");
}

/// The default lexicons' term automaton as `Automaton::to_prebuilt` bytes.
fn prebuild() -> Result<Vec<u8>, String> {
    let lexicon = lexicon::Lexicon::defaults().map_err(|e| e.to_string())?;
    let matcher =
        matcher::Matcher::new(&lexicon, Engine::DoubleArray).map_err(|e| e.to_string())?;
    let texts = matcher.term_texts();
    Automaton::build(Engine::DoubleArray, Matches::Overlapping, &texts)?
        .to_prebuilt(fingerprint(texts.iter().copied()))
        .ok_or_else(|| "the double array refused the patterns".to_string())
}
