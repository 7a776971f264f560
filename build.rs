//! Builds the term automaton and the pinyin automaton of the embedded default lexicons
//! ahead of time.
//!
//! Building the double array over the defaults' 130,000 patterns takes about a hundred
//! milliseconds, and the pinyin automaton about sixty: most of a short run's start-up.
//! Reading them back takes a few. The library's own modules that decide the patterns are
//! compiled into this script as they are (`#[path]`), so what is built here is what the
//! run time would build; the run time compares fingerprints anyway (of the pattern list,
//! of the lexicon), and builds an automaton itself should they differ.
//!
//! Writes `$OUT_DIR/terms.daac` and `$OUT_DIR/pinyin.daac` (see `src/prebuilt.rs`): empty,
//! with a warning, if the defaults cannot be parsed or a double array cannot be built.

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
#[path = "src/fingerprint.rs"]
mod fingerprint;
#[path = "src/lexicon.rs"]
mod lexicon;
#[path = "src/matcher.rs"]
mod matcher;
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/phonetic.rs"]
mod phonetic;

/// Stands for `src/prebuilt.rs` while the prebuilt automaton is being made: nothing yet.
mod prebuilt {
    pub(crate) const TERMS: &[u8] = &[];
    pub(crate) const PINYIN: &[u8] = &[];
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
        "src/fingerprint.rs",
        "src/lexicon.rs",
        "src/matcher.rs",
        "src/normalize.rs",
        "src/phonetic.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let (terms, pinyin) = prebuild().unwrap_or_else(|reason| {
        println!("cargo::warning=nothing prebuilt, the automata are built at run time: {reason}");
        (Vec::new(), Vec::new())
    });
    std::fs::write(out.join("terms.daac"), terms).expect("OUT_DIR is writable");
    std::fs::write(out.join("pinyin.daac"), pinyin).expect("OUT_DIR is writable");
}

/// The default lexicons' term automaton as `Automaton::to_prebuilt` bytes and their
/// pinyin automaton as `Phonetic::to_prebuilt` bytes.
fn prebuild() -> Result<(Vec<u8>, Vec<u8>), String> {
    let lexicon = lexicon::Lexicon::defaults().map_err(|e| e.to_string())?;
    let matcher =
        matcher::Matcher::new(&lexicon, Engine::DoubleArray).map_err(|e| e.to_string())?;
    let texts = matcher.term_texts();
    let terms = Automaton::build(Engine::DoubleArray, Matches::Overlapping, &texts)?
        .to_prebuilt(fingerprint(texts.iter().copied()))
        .ok_or("the double array refused the terms")?;
    let pinyin = phonetic::Phonetic::build(&lexicon)
        .map_err(|e| e.to_string())?
        .to_prebuilt(lexicon.fingerprint())
        .ok_or("the double array refused the pinyin keys")?;
    Ok((terms, pinyin))
}
