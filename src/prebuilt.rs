//! What `build.rs` built ahead of time from the embedded default lexicons.

/// The term automaton of the default lexicons ([`crate::automaton::Automaton::to_prebuilt`]
/// bytes: the fingerprint of its pattern list, then the double array); empty should the
/// build script have failed to build it, and the automaton is then built at run time.
pub(crate) const TERMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/terms.daac"));

/// The pinyin automaton of the default lexicons (`Phonetic::to_prebuilt` bytes); empty
/// should the build script have failed to build it.
pub(crate) const PINYIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pinyin.daac"));
