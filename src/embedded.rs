//! What `build.rs` built ahead of time from the embedded default lexicons, as bytes in the
//! binary. Each is empty should the build script have failed to build it; the run time
//! then builds that part itself.

/// The term automaton ([`crate::automaton::Automaton::to_prebuilt`] bytes: the
/// fingerprint of its pattern list, then the double array).
pub(crate) const TERMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/terms.daac"));

/// The pinyin automaton (`Phonetic::to_prebuilt` bytes).
pub(crate) const PINYIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pinyin.daac"));

/// The parsed lexicons and the matcher's tables ([`crate::prebuilt::pack_defaults`] bytes).
pub(crate) const DEFAULTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/defaults.bin"));
