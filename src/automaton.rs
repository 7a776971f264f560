//! The multi-pattern automata behind matching, behind one small interface: the term
//! automaton (risk terms, allow phrases, proximity parts), the cue automaton and the pinyin
//! automaton are all [`Automaton`]s.
//!
//! The default engine is daachorse's character-wise double array: a Chinese character is
//! one transition instead of three bytes' worth, and the array is compact, so it is both the
//! fastest to search and the fastest to build on the default lexicons (figures in the
//! README's performance section). aho-corasick's contiguous NFA and DFA remain selectable
//! ([`Engine`]) and are the fallback should the double array refuse a pattern set.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder};

use crate::fingerprint::Fingerprint;

/// The automaton behind the term search. Every engine finds the same occurrences; they
/// differ in speed, memory and construction time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Engine {
    /// A double-array Aho-Corasick automaton stepping one character at a time (daachorse).
    /// The fastest to build and to search on the default lexicons.
    #[default]
    DoubleArray,
    /// aho-corasick's contiguous NFA, stepping one byte at a time.
    ContiguousNfa,
    /// aho-corasick's DFA: no failure transitions to follow, but for the default lexicons
    /// about 200 MB, whose cache misses make it the slowest of the three.
    Dfa,
}

/// Which matches an automaton reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Matches {
    /// Every occurrence of every pattern, overlapping ones included.
    Overlapping,
    /// Leftmost-longest, non-overlapping.
    LeftmostLongest,
}

/// A built automaton; pattern ids are positions in the pattern list it was built from.
#[derive(Clone)]
pub(crate) enum Automaton {
    /// No patterns: nothing ever matches (neither crate builds an empty double array).
    Empty,
    DoubleArray(CharwiseDoubleArrayAhoCorasick<u32>),
    AhoCorasick(AhoCorasick),
}

impl Automaton {
    /// Build an automaton over `patterns`. A double array that cannot be built (an empty
    /// pattern, say, or more states than it can address) gives way to a contiguous NFA; the
    /// error is aho-corasick's if that fails too.
    pub fn build<P: AsRef<str>>(
        engine: Engine,
        matches: Matches,
        patterns: &[P],
    ) -> Result<Automaton, String> {
        if patterns.is_empty() {
            return Ok(Automaton::Empty);
        }
        let aho_corasick = |kind| {
            AhoCorasick::builder()
                .match_kind(match matches {
                    Matches::Overlapping => aho_corasick::MatchKind::Standard,
                    Matches::LeftmostLongest => aho_corasick::MatchKind::LeftmostLongest,
                })
                .kind(Some(kind))
                .build(patterns.iter().map(AsRef::as_ref))
                .map(Automaton::AhoCorasick)
                .map_err(|e| e.to_string())
        };
        match engine {
            Engine::DoubleArray => CharwiseDoubleArrayAhoCorasickBuilder::new()
                .match_kind(match matches {
                    Matches::Overlapping => daachorse::MatchKind::Standard,
                    Matches::LeftmostLongest => daachorse::MatchKind::LeftmostLongest,
                })
                .build(patterns.iter().map(AsRef::as_ref))
                .map(Automaton::DoubleArray)
                .or_else(|_| aho_corasick(AhoCorasickKind::ContiguousNFA)),
            Engine::ContiguousNfa => aho_corasick(AhoCorasickKind::ContiguousNFA),
            Engine::Dfa => aho_corasick(AhoCorasickKind::DFA),
        }
    }

    /// A double array over `patterns` (every occurrence, overlapping ones included) whose
    /// states that a scan of `corpus` visits are packed together at its front, so that
    /// scanning text like it touches fewer cache lines and pages: daachorse's profile-guided
    /// layout. The layout never changes what is found. `build.rs` lays the default term
    /// automaton out so on everyday chat (README, Performance); it is not offered at run time,
    /// where the packing would cost construction its time.
    #[allow(
        dead_code,
        reason = "build.rs and the tests call it, the library does not"
    )]
    pub fn build_laid_out<P: AsRef<str>, T: AsRef<str>>(
        patterns: &[P],
        corpus: &[T],
    ) -> Result<Automaton, String> {
        if patterns.is_empty() {
            return Ok(Automaton::Empty);
        }
        CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(daachorse::MatchKind::Standard)
            .corpus(corpus.iter().map(AsRef::as_ref))
            .build(patterns.iter().map(AsRef::as_ref))
            .map(Automaton::DoubleArray)
            .map_err(|e| e.to_string())
    }

    /// Call `each(pattern id, start, end)` for the matches in `text` (byte offsets) that
    /// the automaton was built for, in order of end (overlapping) or start (leftmost).
    pub fn for_each(&self, text: &str, mut each: impl FnMut(usize, usize, usize)) {
        match self {
            Automaton::Empty => {}
            Automaton::DoubleArray(a) => {
                if a.match_kind() == daachorse::MatchKind::Standard {
                    a.find_overlapping_iter(text)
                        .for_each(|m| each(m.value() as usize, m.start(), m.end()));
                } else {
                    a.leftmost_find_iter(text)
                        .for_each(|m| each(m.value() as usize, m.start(), m.end()));
                }
            }
            Automaton::AhoCorasick(a) => {
                if a.match_kind() == aho_corasick::MatchKind::Standard {
                    a.find_overlapping_iter(text)
                        .for_each(|m| each(m.pattern().as_usize(), m.start(), m.end()));
                } else {
                    a.find_iter(text)
                        .for_each(|m| each(m.pattern().as_usize(), m.start(), m.end()));
                }
            }
        }
    }

    /// The automaton as bytes, behind the fingerprint of its pattern list (`build.rs`
    /// writes the default lexicons' term automaton so); none for an engine other than the
    /// double array. An empty automaton is the fingerprint alone.
    #[allow(
        dead_code,
        reason = "build.rs and the tests call it, the library does not"
    )]
    pub fn to_prebuilt(&self, fingerprint: u64) -> Option<Vec<u8>> {
        let mut bytes = fingerprint.to_le_bytes().to_vec();
        match self {
            // Nothing after the fingerprint: no patterns.
            Automaton::Empty => {}
            Automaton::DoubleArray(a) => bytes.extend(a.serialize()),
            Automaton::AhoCorasick(_) => return None,
        }
        Some(bytes)
    }

    /// The automaton of [`Automaton::to_prebuilt`]'s bytes, if they were made for the
    /// pattern list of `fingerprint` and read back whole; otherwise none, and the caller
    /// builds it.
    pub fn from_prebuilt(bytes: &[u8], fingerprint: u64) -> Option<Automaton> {
        let (head, rest) = bytes.split_first_chunk::<8>()?;
        if u64::from_le_bytes(*head) != fingerprint {
            return None;
        }
        if rest.is_empty() {
            return Some(Automaton::Empty);
        }
        match CharwiseDoubleArrayAhoCorasick::deserialize(rest) {
            Ok((a, [])) => Some(Automaton::DoubleArray(a)),
            _ => None,
        }
    }

    /// Heap memory held by the automaton, in bytes.
    pub fn memory_usage(&self) -> usize {
        match self {
            Automaton::Empty => 0,
            Automaton::DoubleArray(a) => a.heap_bytes(),
            Automaton::AhoCorasick(a) => a.memory_usage(),
        }
    }
}

/// Sort the occurrences of an overlapping search, which come in order of end, by `key`, a
/// key that orders them by start: stable, as `sort_by_key` is. A pattern is a few
/// characters long, so each occurrence is only the few places of the occurrences ending
/// inside it away from where it belongs, and an insertion sort moves it just those places,
/// where a general sort spends more on a message's few dozen than the search did.
pub(crate) fn sort_by_start<T: Copy, K: Ord>(found: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..found.len() {
        let item = found[i];
        let k = key(&item);
        let mut at = i;
        while at > 0 && key(&found[at - 1]) > k {
            found[at] = found[at - 1];
            at -= 1;
        }
        found[at] = item;
    }
}

/// A fingerprint of a pattern list, in order, so that a prebuilt automaton is only used for
/// the very list it was built from.
pub(crate) fn fingerprint<'a>(patterns: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut print = Fingerprint::new();
    for pattern in patterns {
        print.text(pattern);
    }
    print.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(
        engine: Engine,
        matches: Matches,
        patterns: &[&str],
        text: &str,
    ) -> Vec<(usize, usize, usize)> {
        let automaton = Automaton::build(engine, matches, patterns).expect("automaton");
        let mut found = Vec::new();
        automaton.for_each(text, |id, start, end| found.push((id, start, end)));
        found.sort_unstable();
        found
    }

    #[test]
    fn occurrences_by_end_sort_by_start_as_a_stable_sort_does() {
        let patterns = ["不想活", "想活", "活了", "不想", "想", "了"];
        let mut found = Vec::new();
        let automaton =
            Automaton::build(Engine::DoubleArray, Matches::Overlapping, &patterns).expect("built");
        automaton.for_each("我不想活了想活", |id, start, end| {
            found.push((id, start, end))
        });
        let key = |&(_, start, end): &(usize, usize, usize)| (start, std::cmp::Reverse(end));
        let mut expected = found.clone();
        expected.sort_by_key(key);
        sort_by_start(&mut found, key);
        assert_eq!(found, expected);
        // Equal keys keep their order.
        let mut pairs = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_start(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    const ENGINES: [Engine; 3] = [Engine::DoubleArray, Engine::ContiguousNfa, Engine::Dfa];

    #[test]
    fn every_engine_finds_the_same_overlapping_occurrences_in_bytes() {
        let patterns = ["不想活", "想活", "活了", "被", "骗了", "a"];
        let text = "我不想活了被骗了a";
        let expected = vec![
            (0, 3, 12),
            (1, 6, 12),
            (2, 9, 15),
            (3, 15, 18),
            (4, 18, 24),
            (5, 24, 25),
        ];
        for engine in ENGINES {
            assert_eq!(
                all(engine, Matches::Overlapping, &patterns, text),
                expected,
                "{engine:?}"
            );
        }
    }

    #[test]
    fn leftmost_longest_prefers_the_longer_pattern_at_the_same_start() {
        for engine in ENGINES {
            let found = all(
                engine,
                Matches::LeftmostLongest,
                &["想死", "想死你"],
                "想死你了想死",
            );
            assert_eq!(found, vec![(0, 12, 18), (1, 0, 9)], "{engine:?}");
        }
    }

    #[test]
    fn a_prebuilt_double_array_reads_back_only_for_its_own_fingerprint_and_whole() {
        let patterns = ["不想活", "想活", "被骗了"];
        let built =
            Automaton::build(Engine::DoubleArray, Matches::Overlapping, &patterns).expect("built");
        let print = fingerprint(patterns);
        let bytes = built.to_prebuilt(print).expect("a double array");
        let back = Automaton::from_prebuilt(&bytes, print).expect("read back");
        let text = "我不想活了被骗了";
        let found = |a: &Automaton| {
            let mut found = Vec::new();
            a.for_each(text, |id, start, end| found.push((id, start, end)));
            found
        };
        assert_eq!(found(&back), found(&built));
        assert_eq!(found(&back).len(), 3);
        assert!(Automaton::from_prebuilt(&bytes, print ^ 1).is_none());
        assert!(Automaton::from_prebuilt(&bytes[..bytes.len() - 1], print).is_none());
        assert!(Automaton::from_prebuilt(&[], print).is_none());
        let empty = Automaton::build::<&str>(Engine::DoubleArray, Matches::Overlapping, &[])
            .expect("empty");
        let bytes = empty.to_prebuilt(print).expect("empty bytes");
        assert!(matches!(
            Automaton::from_prebuilt(&bytes, print),
            Some(Automaton::Empty)
        ));
        // The fingerprint sees order and boundaries, not only the bytes.
        assert_ne!(print, fingerprint(["想活", "不想活", "被骗了"]));
        assert_ne!(fingerprint(["ab", "c"]), fingerprint(["a", "bc"]));
        let nfa =
            Automaton::build(Engine::ContiguousNfa, Matches::Overlapping, &patterns).expect("nfa");
        assert!(nfa.to_prebuilt(print).is_none());
    }

    #[test]
    fn a_laid_out_double_array_finds_what_the_plain_one_finds() {
        let patterns = ["不想活", "想活", "活了", "被骗", "骗了", "了", "刀"];
        let corpus = ["今天天气不错", "我不想活了", "他被骗了"];
        let laid_out = Automaton::build_laid_out(&patterns, &corpus).expect("laid out");
        let plain =
            Automaton::build(Engine::DoubleArray, Matches::Overlapping, &patterns).expect("plain");
        for text in ["我不想活了被骗了", "拿刀", "今天天气不错", "", "活了活了了"]
        {
            let found = |a: &Automaton| {
                let mut found = Vec::new();
                a.for_each(text, |id, start, end| found.push((id, start, end)));
                found
            };
            assert_eq!(found(&laid_out), found(&plain), "{text}");
        }
        let none: [&str; 0] = [];
        assert!(matches!(
            Automaton::build_laid_out(&none, &corpus),
            Ok(Automaton::Empty)
        ));
    }

    #[test]
    fn an_empty_pattern_set_matches_nothing_and_an_empty_pattern_hides_nothing() {
        let none: [&str; 0] = [];
        assert!(all(Engine::DoubleArray, Matches::Overlapping, &none, "任何文字").is_empty());
        // An empty pattern (the lexicon refuses them; custom code might not) costs no
        // other pattern its matches, whichever engine takes it.
        for engine in ENGINES {
            for patterns in [["", "刀"], ["刀", ""]] {
                let found = all(engine, Matches::Overlapping, &patterns, "拿刀");
                let knife = patterns.iter().position(|p| *p == "刀").expect("刀");
                assert!(
                    found.contains(&(knife, 3, 6)),
                    "{engine:?} {patterns:?}: {found:?}"
                );
            }
        }
    }
}
