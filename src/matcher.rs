//! Matching: one automaton over every risk term, allow-list phrase and part of a proximity
//! term, run once per message for every occurrence ([`Scan`]); leftmost-longest term hits
//! and proximity hits are both read off that one pass. A second automaton, over the context
//! cues, only runs when there is a hit.
//!
//! Allow-list phrases (跳楼价, 笑死, 想死你) live in the term automaton on purpose: where one
//! overlaps a risk term, leftmost-longest selection lets the longer allow phrase win, so the
//! allow-list beats the block-list without a second pass.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock, OnceLock};

use crate::assessment::{Category, Kind};
use crate::automaton::{Automaton, Engine, Matches, fingerprint, sort_by_start};
use crate::bits::Bits;
use crate::error::Error;
use crate::frequency::Frequencies;
use crate::lexicon::{CueKind, Entry, Lexicon, MAX_PARTS};
use crate::normalize::soft_break_within;
use crate::pack::Pack;
use crate::texts::Texts;

/// A risk term found in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index into `Lexicon::entries`.
    pub entry: usize,
    /// Normalised byte range.
    pub start: usize,
    pub end: usize,
    /// For a proximity term, the pattern ids of the alternatives that matched, part by
    /// part ([`NO_PART`] past the last); all [`NO_PART`] for an ordinary term.
    pub parts: [u32; MAX_PARTS],
}

/// An unused slot of [`Hit::parts`].
pub(crate) const NO_PART: u32 = u32::MAX;

impl Hit {
    /// A hit of an ordinary term.
    pub fn term(entry: usize, start: usize, end: usize) -> Hit {
        Hit {
            entry,
            start,
            end,
            parts: [NO_PART; MAX_PARTS],
        }
    }

    /// Whether this is a hit of a proximity term.
    pub fn is_proximity(&self) -> bool {
        self.parts[0] != NO_PART
    }

    /// Whether the two hits share a byte of the text.
    pub fn overlaps(&self, other: &Hit) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The pattern ids of the alternatives that matched, part by part: none for an
    /// ordinary term.
    pub fn part_ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.parts
            .iter()
            .take_while(|&&id| id != NO_PART)
            .map(|&id| id as usize)
    }
}

/// A context cue found in the normalised text (overlapping matches, all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    /// Index into `Lexicon::cues`.
    pub cue: usize,
    pub start: usize,
    pub end: usize,
}

/// What one pattern of the term automaton stands for: sixteen bytes in place, since a
/// lexicon has a hundred thousand of them.
#[derive(Debug, Clone, Copy, Default)]
struct Pattern {
    /// Risk entries with this text, `count` of them: one per category at most, since a
    /// lexicon holds one entry per (term, category).
    entries: [u32; 3],
    count: u8,
    /// Categories in which this text is on the allow-list.
    allowed: [bool; 3],
}

impl Pattern {
    fn entries(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries[..self.count as usize]
            .iter()
            .map(|&e| e as usize)
    }

    /// The risk entry of `category` with this text, if there is one.
    fn entry_of(&self, category: Category, lexicon: &Lexicon) -> Option<usize> {
        self.entries()
            .find(|&e| lexicon.entries[e].category == category)
    }

    /// Add a risk entry with this text; one of a category already there is not expected
    /// (the lexicon refuses it) and is left out.
    fn add(&mut self, entry: usize, category: Category, lexicon: &Lexicon) {
        let taken = self.entry_of(category, lexicon).is_some();
        if !taken && (self.count as usize) < self.entries.len() {
            self.entries[self.count as usize] = entry as u32;
            self.count += 1;
        }
    }

    /// Whether leftmost-longest matching considers this text: a term or an allow phrase,
    /// not only a part of proximity terms.
    fn is_term(&self) -> bool {
        self.count > 0 || self.allowed.iter().any(|&a| a)
    }
}

/// Every occurrence of every pattern of the term automaton in one text: pattern id,
/// normalised byte range. Found by one overlapping pass, ordered by (start, longest first);
/// none at all when no occurrence can begin a hit ([`Matcher::openers`]).
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Occurrences by start, the longest first at one start.
    found: Vec<(usize, usize, usize)>,
    /// The proximity terms that may match, each with the occurrences of its first part
    /// that may begin it ([`Near::candidates`]): worked out on the first proximity lookup
    /// and kept, since `Matcher::hits` may read one scan twice (without and with word
    /// boundaries).
    near: OnceCell<Vec<Candidate>>,
    /// Per category, the occurrences of its allow phrases ([`Matcher::allowed`]): worked
    /// out on the first question and kept.
    allows: OnceCell<[Vec<AllowSpan>; 3]>,
}

/// An occurrence of an allow phrase in a [`Scan`]: its start, and the furthest end of it
/// and those of its category that start before it.
type AllowSpan = (usize, usize);

/// An occurrence in a [`Scan`]: pattern id, normalised byte range.
type Occurrence = (usize, usize, usize);

/// A proximity term that may match and an occurrence of its first part with an occurrence
/// of its second part within reach: term index, start, end, pattern id. Sorted, a term's
/// candidates are together and its first parts in order of (start, end).
type Candidate = (u32, u32, u32, u32);

impl Scan {
    /// Whether nothing occurs that could begin a hit: the fast path of a benign message.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// How many occurrences the scan found.
    pub fn len(&self) -> usize {
        self.found.len()
    }
}

/// The default lexicons' term automaton as `build.rs` built it, read back on first use and
/// shared by every matcher whose pattern list is the one it was built from (of any detector
/// with the default lexicons): 12 MB and about 50 ms once a process, not once a detector.
/// None should its bytes not read back; each matcher then builds its own.
static EMBEDDED_TERMS: LazyLock<Option<Automaton>> = LazyLock::new(|| {
    Automaton::from_prebuilt(
        &crate::embedded::unpack(crate::embedded::TERMS),
        crate::embedded::TERMS_FINGERPRINT,
    )
});

/// Read the default lexicons' term automaton back now ([`EMBEDDED_TERMS`]), on a thread
/// with time to spare, rather than in the first detector's first use of it.
pub(crate) fn warm_up() {
    LazyLock::force(&EMBEDDED_TERMS);
}

/// The automata and what their pattern ids mean.
#[derive(Clone)]
pub(crate) struct Matcher {
    /// The term automaton over risk terms, allow phrases and the parts of proximity terms,
    /// searched once per message for every occurrence, built on first use: borrowed from
    /// [`EMBEDDED_TERMS`] where the pattern list is the default lexicons'.
    terms: OnceLock<Option<Cow<'static, Automaton>>>,
    engine: Engine,
    /// Pattern texts, for the lazy build; the prebuilt defaults share them with their
    /// lexicon.
    texts: Arc<Texts>,
    patterns: Vec<Pattern>,
    /// The patterns that are a term or an allow phrase ([`Pattern::is_term`]), as bits:
    /// most occurrences are parts of proximity terms only.
    term_bits: Bits,
    /// The patterns an occurrence of which may begin a hit: risk terms, and the rarest part
    /// of each proximity term ([`Near::anchors`]). Everyday words are common parts (不, 我,
    /// 酒店 in 酒店…配合调查), and about half of the messages of the review mix have some
    /// part in them but none of these: the scan of such a message ends there.
    openers: Bits,
    /// The allow phrases that allow only where written whole (`allow_whole`): one that a
    /// space the writer put splits is dropped from a scan ([`Matcher::drop_split_allows`]).
    whole_allows: Bits,
    cues: Automaton,
    /// Cue pattern id → cue indices with that text.
    cue_ids: Vec<Vec<usize>>,
    near: Near,
}

/// Distinct pattern texts in the order an automaton numbers them, each with what it stands
/// for: several lexicon entries (or cues) may share one text.
pub(crate) struct Patterns<S, T> {
    pub texts: Vec<S>,
    pub values: Vec<T>,
    index: HashMap<S, usize>,
}

impl<S: Clone + Eq + std::hash::Hash, T: Default> Patterns<S, T> {
    /// Room for `capacity` texts: the index then never grows on the way.
    pub fn with_capacity(capacity: usize) -> Self {
        Patterns {
            texts: Vec::with_capacity(capacity),
            values: Vec::with_capacity(capacity),
            index: HashMap::with_capacity_and_hasher(capacity, Default::default()),
        }
    }

    /// The pattern id of `text`, added with a default value if it is new.
    pub fn id(&mut self, text: S) -> usize {
        let next = self.texts.len();
        let id = *self.index.entry(text.clone()).or_insert(next);
        if id == next {
            self.texts.push(text);
            self.values.push(T::default());
        }
        id
    }

    /// The value of `text`, added with a default value if it is new.
    pub fn value(&mut self, text: S) -> &mut T {
        let id = self.id(text);
        &mut self.values[id]
    }
}

/// How many characters may stand between two parts of a proximity term (被…骗了): a
/// clause of voice-to-text or a run-on message holds a long noun phrase between them
/// (被那个自称是银行的客服骗了), and a clause break still ends the reach.
const NEAR_GAP_CHARS: usize = 10;

/// How many commas may lie between two parts of a term flagged `across`: one thought told in
/// short clauses (日子我定好了，下周三，那天我老公出差). Two since 2026-12-07 (one before): 8
/// rows toward their labels, 3 of them held back, 1 away, no benign line. An exclamation
/// mark counts as a comma here (正在打！快派人！): in a cry for help it parts the clauses of
/// one thought, as a comma does (thirteenth session: 1 row toward, none away, no benign line).
const ACROSS_COMMAS: usize = 2;

/// Proximity terms, indexed by their first-part alternatives and filtered by the pairs of
/// their first- and second-part alternatives, so that a message only looks at terms whose
/// first two parts occur within reach of each other in it. Parts' alternatives are
/// patterns of the term automaton.
#[derive(Clone)]
struct Near {
    /// (entry index, each part's alternatives as pattern ids, four bytes each: there are
    /// a hundred thousand of them).
    terms: Vec<(usize, Vec<Vec<u32>>)>,
    /// `first_terms[term_offsets[p]..term_offsets[p + 1]]`: the terms that have pattern `p`
    /// as a first-part alternative, ascending (one or two for most patterns, 89 at most in
    /// the default lexicons). A pair that passes [`Near::pair_filter`] is looked up among
    /// them, by binary search in each one's second part. Until the twenty-third session
    /// every (first, second, term) was listed, sorted by first then second: 1.45 million
    /// pairs, 11.6 MB of the stdin example's 100 MB, from 96,000 first-part alternatives.
    term_offsets: Vec<u32>,
    first_terms: Vec<u32>,
    /// `pair_offsets[p]..pair_offsets[p + 1]`: where the pairs of first part `p` would be
    /// in the list of all (first, second) pairs of the terms, ordered by first part; what
    /// sizes each first part's region of [`Near::pair_filter`] ([`pair_region`]).
    pair_offsets: Vec<u32>,
    /// Patterns that are a first-part alternative of some term, and those that are a
    /// second-part alternative: most occurrences are neither, and a bit test in a few
    /// kilobytes rules them out without reading the large arrays above.
    firsts: Bits,
    seconds: Bits,
    /// A blocked Bloom filter of the (first, second) pairs of the terms: each pair sets
    /// [`PAIR_PROBES`] bits of one 64-bit word, [`PAIR_FILTER_BITS_PER_PAIR`] bits a pair.
    /// The words of a first part's pairs are its own ([`pair_region`]), in the order of
    /// [`Near::pair_offsets`], so that every look-up a message makes after one occurrence
    /// of a first part reads the same word or two, and the words of the everyday first
    /// parts (让我, 买了) stay in the cache from one message to the next. A pair that passes
    /// is looked up among the few terms of its first part ([`Near::first_terms`]). Under
    /// 1 % false positives (the default lexicons' 1.45 million pairs in 2.4 MB).
    pair_filter: Bits,
    /// The alternatives of each term's rarest part ([`Near::rarest_parts`]): a term matches
    /// only where one of them occurs.
    anchors: Bits,
    /// For each term, the first- or second-part alternatives one of which is in every pair
    /// of its that [`Near::candidates`] must look up: its anchor's, when the anchor is one
    /// of the first two parts, otherwise the rarer of those two parts' (a term anchored on
    /// its third part may begin with 不, and 不 in every message then asked the filter about
    /// every word after it: an eighth of the mix's look-ups). Pairs of common words
    /// without one (不 … 有) are passed over before the pair filter is read.
    keys: Bits,
}

/// `offsets[i]..offsets[i + 1]`, the bounds of entry `i` of a flat index ([`Near::run`],
/// [`Near::terms_of`]); none past its entries.
fn bounds(offsets: &[u32], i: usize) -> Option<(u32, u32)> {
    Some((*offsets.get(i)?, *offsets.get(i + 1)?))
}

/// Bits of [`Near::pair_filter`] a pair. It had 1 MB, the size it was given for 430,000
/// pairs; for the default lexicons' 1.2 million that was 7 bits a pair, 43 % of its bits
/// were set and 5 % of the look-ups of the benchmark mix passed it falsely, each then a
/// search of the pair runs. It then had 12 bits a pair or more (a power of two of words,
/// 2 MB), until the lexicons' 1.39 million pairs took it to 12.1 and the false passes of
/// its test past 1 % (1.005 % at 12 bits): since the fourteenth session it is sized to the
/// pairs, at 13 bits each (2.3 MB).
const PAIR_FILTER_BITS_PER_PAIR: usize = 13;

/// The number of 64-bit words of [`Near::pair_filter`] for `pairs` pairs, one at least.
fn pair_filter_words(pairs: usize) -> usize {
    (pairs * PAIR_FILTER_BITS_PER_PAIR).div_ceil(64).max(1)
}

/// The words of [`Near::pair_filter`] that hold the pairs `from..to` of one first part
/// ([`Near::pair_offsets`]), as (first word, number of words): its share of the filter's
/// bits, one word at least. Neighbours may share the word at their boundary, which only
/// adds the other's bits to it.
fn pair_region(from: u32, to: u32) -> (usize, usize) {
    let lo = from as usize * PAIR_FILTER_BITS_PER_PAIR / 64;
    let hi = (to as usize * PAIR_FILTER_BITS_PER_PAIR).div_ceil(64);
    (lo, hi.saturating_sub(lo).max(1))
}

/// How many bits of its word a pair sets in [`Near::pair_filter`]. Four until 2026-12-06
/// (tenth session): with 1.32 million pairs in the 2 MB the false positives of the filter's
/// test rose past 1 % (2,918 of 290,344); five give 0.87 % (2,521), six 0.96 %.
const PAIR_PROBES: u32 = 5;

/// The word of a (first, second) pair in the `region` of its first part in a
/// [`Near::pair_filter`] ([`pair_region`]), and the bits it sets there.
fn pair_probes(first: usize, second: u32, (lo, len): (usize, usize)) -> (usize, u64) {
    // One multiplicative hash: its top 32 bits pick the word of the region (by a
    // multiplication, not a remainder: a region's length is any number), and six bits at
    // a time from bit 16 up each pick a bit in it.
    let hash = ((first as u64) << 32 | second as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let word = lo + (((hash >> 32) * len as u64) >> 32) as usize;
    let mask = (0..PAIR_PROBES).fold(0u64, |mask, i| mask | 1 << ((hash >> (16 + 6 * i)) & 63));
    (word, mask)
}

impl Near {
    /// Index the proximity terms of `lexicon`, interning their parts into `patterns`.
    fn new<'a>(lexicon: &'a Lexicon, patterns: &mut Patterns<&'a str, Pattern>) -> Near {
        let mut terms: Vec<(usize, Vec<Vec<u32>>)> = Vec::new();
        for (i, entry) in lexicon.entries.iter().enumerate() {
            if entry.is_proximity() {
                // Each part's alternatives sorted, so that [`Near::hits`] asks whether an
                // occurrence is one of them by binary search.
                let ids = lexicon
                    .parts(entry)
                    .map(|alternatives| {
                        let mut ids: Vec<u32> = alternatives
                            .iter()
                            .map(|&a| patterns.id(lexicon.text(a)) as u32)
                            .collect();
                        ids.sort_unstable();
                        ids
                    })
                    .collect();
                terms.push((i, ids));
            }
        }
        let index = Near::index(&terms, patterns.texts.len())
            .expect("the parts of a term are patterns, and a term has two parts at least");
        let (term_offsets, first_terms, pair_offsets) = index;
        let mut firsts = Bits::new(patterns.texts.len());
        let mut seconds = Bits::new(patterns.texts.len());
        let pair_count = pair_offsets.last().map_or(0, |&n| n as usize);
        let mut pair_filter = Bits::new(64 * pair_filter_words(pair_count));
        let mut anchors = Bits::new(patterns.texts.len());
        let mut keys = Bits::new(patterns.texts.len());
        for ((_, parts), (rarest, rarer_of_first_two)) in terms
            .iter()
            .zip(Near::rarest_parts(&terms, &patterns.texts))
        {
            for &id in &parts[rarest] {
                anchors.set(id as usize);
            }
            let key = if rarest < 2 {
                rarest
            } else {
                rarer_of_first_two
            };
            for &id in &parts[key] {
                keys.set(id as usize);
            }
        }
        for (first, run) in pair_offsets.windows(2).enumerate() {
            if run[0] < run[1] {
                firsts.set(first);
            }
            let region = pair_region(run[0], run[1]);
            let from = term_offsets[first] as usize;
            let to = term_offsets[first + 1] as usize;
            for &term in &first_terms[from..to] {
                for &second in &terms[term as usize].1[1] {
                    seconds.set(second as usize);
                    let (word, mask) = pair_probes(first, second, region);
                    pair_filter.set_all(word, mask);
                }
            }
        }
        Near {
            terms,
            term_offsets,
            first_terms,
            pair_offsets,
            firsts,
            seconds,
            pair_filter,
            anchors,
            keys,
        }
    }

    /// For each term, the index of its rarest part, and that of the rarer of its first two:
    /// the part whose alternatives are together the least frequent in everyday text
    /// ([`Frequencies::estimate`]; of equal ones, the later). `texts` are the pattern texts
    /// by id.
    fn rarest_parts(terms: &[(usize, Vec<Vec<u32>>)], texts: &[&str]) -> Vec<(usize, usize)> {
        if terms.is_empty() {
            return Vec::new();
        }
        let frequencies = Frequencies::new();
        let mut estimates: HashMap<u32, f64> = HashMap::default();
        let mut expected = |part: &[u32]| -> f64 {
            part.iter()
                .map(|&id| {
                    *estimates
                        .entry(id)
                        .or_insert_with(|| frequencies.estimate(texts[id as usize]))
                })
                .sum()
        };
        terms
            .iter()
            .map(|(_, parts)| {
                let mut rarest = (0, f64::INFINITY);
                let mut first_two = [f64::INFINITY; 2];
                for (i, part) in parts.iter().enumerate().rev() {
                    let e = expected(part);
                    if e < rarest.1 {
                        rarest = (i, e);
                    }
                    if let Some(slot) = first_two.get_mut(i) {
                        *slot = e;
                    }
                }
                (rarest.0, usize::from(first_two[1] <= first_two[0]))
            })
            .collect()
    }

    /// Every (first-part alternative, second-part alternative) of a term's parts.
    #[cfg(test)]
    fn pairs_of(ids: &[Vec<u32>]) -> impl Iterator<Item = (usize, usize)> + '_ {
        ids[0].iter().flat_map(move |&first| {
            ids[1]
                .iter()
                .map(move |&second| (first as usize, second as usize))
        })
    }

    /// The index of `terms` by first part, for `patterns` patterns: [`Near::term_offsets`],
    /// [`Near::first_terms`] and [`Near::pair_offsets`]. Worked out from the terms rather
    /// than packed with them: two passes over the terms' first parts, where decoding the
    /// packed pairs read 1.45 million of them.
    /// None if a term has fewer than two parts or a part an id past `patterns`, or if the
    /// pairs overflow their `u32` offsets.
    fn index(
        terms: &[(usize, Vec<Vec<u32>>)],
        patterns: usize,
    ) -> Option<(Vec<u32>, Vec<u32>, Vec<u32>)> {
        // Counted at each first part's own index, then summed up to and including it: the
        // end of its run, which placing its terms (the last first, down) walks back to its
        // start. No second array of positions, which would be as long as the first.
        let mut term_offsets = vec![0u32; patterns + 1];
        let mut pair_offsets = vec![0u32; patterns + 1];
        for (_, ids) in terms {
            let [firsts, seconds, ..] = ids.as_slice() else {
                return None;
            };
            let seconds = u32::try_from(seconds.len()).ok()?;
            for &first in firsts {
                let first = first as usize;
                *term_offsets.get_mut(first).filter(|_| first < patterns)? += 1;
                let pairs = pair_offsets.get_mut(first + 1)?;
                *pairs = pairs.checked_add(seconds)?;
            }
        }
        let mut terms_so_far = 0u32;
        let mut pairs_so_far = 0u32;
        for (term, pair) in term_offsets.iter_mut().zip(&mut pair_offsets) {
            terms_so_far += *term;
            *term = terms_so_far;
            pairs_so_far = pairs_so_far.checked_add(*pair)?;
            *pair = pairs_so_far;
        }
        let mut first_terms = vec![0u32; terms_so_far as usize];
        for (t, (_, ids)) in terms.iter().enumerate().rev() {
            for &first in &ids[0] {
                let at = &mut term_offsets[first as usize];
                *at -= 1;
                first_terms[*at as usize] = t as u32;
            }
        }
        Some((term_offsets, first_terms, pair_offsets))
    }

    /// The bounds of the pairs of first part `first` ([`Near::pair_offsets`]); none past
    /// the patterns.
    fn run(&self, first: usize) -> Option<(u32, u32)> {
        bounds(&self.pair_offsets, first)
    }

    /// The number of (first, second) pairs of the terms.
    fn pair_count(&self) -> usize {
        self.pair_offsets.last().map_or(0, |&n| n as usize)
    }

    /// The terms with `first` as a first-part alternative, ascending.
    fn terms_of(&self, first: usize) -> &[u32] {
        bounds(&self.term_offsets, first).map_or(&[], |(from, to)| {
            &self.first_terms[from as usize..to as usize]
        })
    }

    /// The words of [`Near::pair_filter`] that hold the pairs of first part `first`
    /// ([`pair_region`]); those of an empty run past the end.
    fn region(&self, first: usize) -> (usize, usize) {
        let (from, to) = self.run(first).unwrap_or((u32::MAX, u32::MAX));
        pair_region(from, to)
    }

    /// The terms that may match, with the occurrences of their first part that may begin
    /// them: those with an occurrence of a second-part alternative starting within reach
    /// after them. Reach is measured in bytes here, four per character, so no hit that
    /// [`Near::hits`] would find is left out.
    fn candidates(&self, scan: &Scan) -> Vec<Candidate> {
        let found = &scan.found; // by (start, longest first)
        // Nothing before the first occurrence of a first part can be in a pair.
        let Some(from) = found.iter().position(|f| self.firsts.get(f.0)) else {
            return Vec::new();
        };
        let found = &found[from..];
        // The occurrences that may be a second part, by start, and those of them that are
        // keys: each occurrence is asked once, not once per first part before it, and a
        // first part that is no key walks only the keys after it.
        let mut seconds: Vec<Occurrence> = Vec::with_capacity(found.len());
        let mut keyed_seconds: Vec<Occurrence> = Vec::with_capacity(found.len());
        for &f in found.iter().filter(|f| self.seconds.get(f.0)) {
            seconds.push(f);
            if self.keys.get(f.0) {
                keyed_seconds.push(f);
            }
        }
        let mut candidates: Vec<Candidate> = Vec::new();
        for &(first, start, end) in found.iter().filter(|f| self.firsts.get(f.0)) {
            let after = if self.keys.get(first) {
                &seconds
            } else {
                &keyed_seconds
            };
            let mut region = None;
            for &(second, _, _) in Near::within_reach(after, end) {
                let second = second as u32;
                let region = *region.get_or_insert_with(|| self.region(first));
                let (word, mask) = pair_probes(first, second, region);
                if !self.pair_filter.has_all(word, mask) {
                    continue;
                }
                candidates.extend(
                    self.terms_of(first)
                        .iter()
                        .filter(|&&term| {
                            self.terms[term as usize].1[1]
                                .binary_search(&second)
                                .is_ok()
                        })
                        .map(|&term| (term, start as u32, end as u32, first as u32)),
                );
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
    }

    /// The occurrences of `found` (by start) that start at or after `end` and within
    /// [`NEAR_GAP_CHARS`] characters' worth of bytes of it, four per character: no
    /// occurrence left out can be in reach.
    fn within_reach(found: &[Occurrence], end: usize) -> impl Iterator<Item = &Occurrence> {
        const REACH_BYTES: usize = NEAR_GAP_CHARS * 4;
        found[found.partition_point(|f| f.1 < end)..]
            .iter()
            .take_while(move |f| f.1 <= end + REACH_BYTES)
    }

    /// Proximity hits: each term's parts in order, within one clause (or two next to each
    /// other, where `across` says so of the term's entry: [`Flags::across`]), at most
    /// [`NEAR_GAP_CHARS`] apart; one hit per term and starting occurrence.
    ///
    /// [`Flags::across`]: crate::lexicon::Flags::across
    fn hits(
        &self,
        text: &str,
        scan: &Scan,
        across: impl Fn(usize) -> bool,
        mut accept: impl FnMut(usize, usize, usize) -> bool,
    ) -> Vec<Hit> {
        if self.terms.is_empty() || scan.found.len() < 2 {
            return Vec::new();
        }
        let candidates = scan.near.get_or_init(|| self.candidates(scan));
        // The scan's occurrences by start (longest first at one start): a part's next
        // occurrence is found by walking them from a place, not by looking up each of its
        // alternatives, of which a part may have hundreds.
        let found = &scan.found;
        let is_one_of =
            |alternatives: &[u32], id: usize| alternatives.binary_search(&(id as u32)).is_ok();
        // A gap within reach holds no clause break, or, for a term that may stand in
        // clauses next to each other, up to [`ACROSS_COMMAS`] commas (or exclamation marks)
        // and no other break.
        let reach = |from: usize, to: usize, across: bool| {
            let gap = &text[from..to];
            gap.chars().count() <= NEAR_GAP_CHARS
                && gap
                    .chars()
                    .filter(|&c| crate::normalize::is_clause_break(c))
                    .enumerate()
                    .all(|(i, c)| {
                        across && i < ACROSS_COMMAS && matches!(c, '，' | ',' | '！' | '!')
                    })
        };
        let mut hits = Vec::new();
        // A term's candidates are its first parts that have a second part within reach, in
        // order of (start, end); no other occurrence of a first part can begin a hit.
        for term in candidates.chunk_by(|a, b| a.0 == b.0) {
            let (entry, ids) = &self.terms[term[0].0 as usize];
            let across = across(*entry);
            let mut after = 0;
            for &(_, start, first_end, first) in term {
                let start = start as usize;
                if start < after {
                    continue;
                }
                let mut end = first_end as usize;
                let mut parts = [NO_PART; MAX_PARTS];
                parts[0] = first;
                let last = ids.len() - 1;
                let complete = ids[1..].iter().enumerate().all(|(k, alternatives)| {
                    // The occurrences starting at or after `end` of any alternative (the
                    // longest first at one start), nearest first: once one is out of
                    // reach, so is any later one.
                    let mut in_reach = Near::within_reach(found, end)
                        .filter(|f| is_one_of(alternatives, f.0))
                        .take_while(|f| reach(end, f.1, across));
                    // A middle part takes the nearest. The last part ends the hit, which
                    // `accept` may refuse where the nearest ends inside a word (来厂 of
                    // 来厂里): each occurrence in reach is tried in turn (闹事 after it).
                    let next = if k + 1 == last {
                        in_reach.find(|f| accept(*entry, start, f.2))
                    } else {
                        in_reach.next()
                    };
                    match next.copied() {
                        Some((id, _, e)) => {
                            end = e;
                            parts[k + 1] = id as u32;
                            true
                        }
                        None => false,
                    }
                });
                if complete {
                    hits.push(Hit {
                        entry: *entry,
                        start,
                        end,
                        parts,
                    });
                    after = end;
                }
            }
        }
        hits
    }
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("risk_patterns", &self.patterns.len())
            .field("cue_patterns", &self.cue_ids.len())
            .field(
                "memory",
                &(self
                    .terms
                    .get()
                    .and_then(Option::as_ref)
                    .map_or(0, |r| r.memory_usage())
                    + self.cues.memory_usage()),
            )
            .finish()
    }
}

impl Matcher {
    pub fn new(lexicon: &Lexicon, engine: Engine) -> Result<Matcher, Error> {
        // Each entry's term or each proximity part, and the allow phrases: about one
        // pattern per entry (proximity terms have several parts, many texts repeat).
        let mut patterns: Patterns<&str, Pattern> =
            Patterns::with_capacity(lexicon.entries.len() + lexicon.cues.len());
        for (i, entry) in lexicon.entries.iter().enumerate() {
            if let Some(text) = lexicon.ordinary_text(entry) {
                patterns.value(text).add(i, entry.category, lexicon);
            }
        }
        // The allow phrases, and those written only whole (an `allow` line of the same
        // text makes it an allow phrase however written).
        let (mut whole, mut plain) = (Vec::new(), Vec::new());
        for cue in lexicon.cues.iter().filter(|c| c.kind.is_allow()) {
            let id = patterns.id(&cue.text);
            let pattern = &mut patterns.values[id];
            for category in Category::ALL {
                if cue.categories.contains(category) {
                    pattern.allowed[category.index()] = true;
                }
            }
            if cue.kind == CueKind::AllowWhole {
                whole.push(id);
            } else {
                plain.push(id);
            }
        }
        let near = Near::new(lexicon, &mut patterns);
        let mut cue_patterns: Patterns<&str, Vec<usize>> =
            Patterns::with_capacity(lexicon.cues.len());
        for (i, cue) in lexicon.cues.iter().enumerate() {
            if !cue.kind.is_allow() {
                cue_patterns.value(&cue.text).push(i);
            }
        }
        let cues = Automaton::build(
            Engine::DoubleArray,
            Matches::Overlapping,
            &cue_patterns.texts,
        )
        .map_err(|e| Error::config(format!("cannot build the cue automaton: {e}")))?;
        let mut whole_allows = Bits::new(patterns.values.len());
        for &id in &whole {
            whole_allows.set(id);
        }
        for &id in &plain {
            whole_allows.unset(id);
        }
        let mut term_bits = Bits::new(patterns.values.len());
        let mut openers = Bits::new(patterns.values.len());
        for (id, pattern) in patterns.values.iter().enumerate() {
            if pattern.is_term() {
                term_bits.set(id);
            }
            if pattern.count > 0 || near.anchors.get(id) {
                openers.set(id);
            }
        }
        Ok(Matcher {
            terms: OnceLock::new(),
            term_bits,
            openers,
            whole_allows,
            engine,
            texts: Arc::new(Texts::new(patterns.texts.iter().copied())),
            patterns: patterns.values,
            cues,
            cue_ids: cue_patterns.values,
            near,
        })
    }

    /// The term automaton, built now if it was not yet; none (no hits) should even the
    /// fallback NFA refuse the patterns (not expected: they are distinct and non-empty),
    /// since `assess` must not panic.
    fn automaton(&self) -> Option<&Automaton> {
        self.terms
            .get_or_init(|| {
                let texts = self.term_texts();
                if self.engine == Engine::DoubleArray
                    && fingerprint(texts.iter().copied()) == crate::embedded::TERMS_FINGERPRINT
                    && let Some(embedded) = EMBEDDED_TERMS.as_ref()
                {
                    return Some(Cow::Borrowed(embedded));
                }
                Automaton::build(self.engine, Matches::Overlapping, &texts)
                    .ok()
                    .map(Cow::Owned)
            })
            .as_deref()
    }

    /// The same tables, searched with `engine`.
    pub fn with_engine(mut self, engine: Engine) -> Matcher {
        self.engine = engine;
        self
    }

    /// Whether every index of this matcher points into `lexicon` and into its own tables:
    /// a matcher read back from bytes is only used if it does, so that no lookup of
    /// `assess` can fall out of bounds.
    pub fn fits(&self, lexicon: &Lexicon) -> bool {
        let patterns = self.patterns.len();
        let entries = lexicon.entries.len();
        let near = &self.near;
        self.texts.len() == patterns
            && self
                .patterns
                .iter()
                .all(|p| p.entries().all(|e| e < entries))
            && self
                .cue_ids
                .iter()
                .flatten()
                .all(|&c| c < lexicon.cues.len())
            && near.terms.iter().all(|(entry, parts)| {
                *entry < entries
                    && lexicon.parts(&lexicon.entries[*entry]).len() == parts.len()
                    && (2..=MAX_PARTS).contains(&parts.len())
                    && parts.iter().flatten().all(|&id| (id as usize) < patterns)
            })
            && near.pair_filter.words() == pair_filter_words(near.pair_count())
            && near.pair_offsets.len() == patterns + 1
    }

    /// The texts of the term automaton's patterns, in the order of their ids. `build.rs`
    /// builds the default lexicons' automaton from them ahead of time: when a detector's
    /// list is that very list (its fingerprint says so), the automaton is read back from the
    /// binary instead of built, a few milliseconds instead of a hundred.
    pub fn term_texts(&self) -> Vec<&str> {
        self.texts.iter().collect()
    }

    /// Build the term automaton now rather than on the first message.
    pub fn prepare(&self) {
        self.automaton();
    }

    /// One pass of the term automaton over `text`: every occurrence of every term, allow
    /// phrase and proximity part, or none if none of them can begin a hit. One allocation,
    /// the list of occurrences, sized for the text.
    pub fn scan(&self, text: &str) -> Scan {
        let Some(automaton) = self.automaton() else {
            return Scan::default();
        };
        // About one occurrence per three characters in everyday text, and more than one a
        // character in a message with several hits (36 in several_hits' 28): room for
        // three in four characters of Chinese from the start, rather than reallocations on
        // the way (a reallocation costs more than the allocation).
        let mut found: Vec<(usize, usize, usize)> = Vec::with_capacity(text.len() / 4 + 4);
        let mut open = false;
        automaton.for_each(text, |id, start, end| {
            open |= self.openers.get(id);
            found.push((id, start, end));
        });
        if open {
            sort_by_start(&mut found, |&(_, start, end)| {
                (start, std::cmp::Reverse(end))
            });
        } else {
            found.clear();
        }
        Scan {
            found,
            near: OnceCell::new(),
            allows: OnceCell::new(),
        }
    }

    /// Drop from `scan` the occurrences of the allow phrases that allow only where written
    /// whole and that a space the writer put splits (`soft_breaks`: byte positions of the
    /// scanned text where normalisation dropped one), as the context cues are dropped
    /// (detector.rs): 我真的想死 你们别劝了 holds a wish and an address, not the 想死你们 of
    /// missing someone. An occurrence whose text is also a risk term stays, for the term.
    /// Call it before any hit or allow is asked of the scan.
    pub fn drop_split_allows(&self, scan: &mut Scan, soft_breaks: &[usize]) {
        if soft_breaks.is_empty() {
            return;
        }
        scan.found.retain(|&(id, start, end)| {
            !(self.whole_allows.get(id)
                && self.patterns[id].count == 0
                && soft_break_within(soft_breaks, start, end))
        });
    }

    /// Whether `start..end` of the scanned text overlaps an allow phrase of `category` (想死
    /// in 想死你们了, 脖子 in 架在脖子上我也不): words the lexicons read as ordinary there.
    /// One that starts before `end` overlaps it if it reaches past `start`: a search, not a
    /// walk of the scan, which a long text makes quadratic.
    pub fn allowed(&self, scan: &Scan, category: Category, start: usize, end: usize) -> bool {
        let allows = &scan.allows.get_or_init(|| self.allow_spans(scan))[category.index()];
        let before = allows.partition_point(|&(s, _)| s < end);
        before > 0 && allows[before - 1].1 > start
    }

    /// The occurrences of the allow phrases of `category` in a scan that hold a risk term
    /// of the category (打完农药 holds 农药; 药店 holds none), as byte ranges. The scan's
    /// occurrences are ordered by start, so those inside a phrase are found from its start
    /// on: linear in the occurrences, each phrase short.
    pub fn allows_holding_risk(
        &self,
        scan: &Scan,
        category: Category,
        lexicon: &Lexicon,
    ) -> Vec<(usize, usize)> {
        let risky = |id: usize| self.patterns[id].entry_of(category, lexicon).is_some();
        let found = &scan.found;
        found
            .iter()
            .filter(|&&(id, ..)| self.patterns[id].allowed[category.index()])
            .filter(|&&(_, s, e)| {
                let from = found.partition_point(|&(_, start, _)| start < s);
                found[from..]
                    .iter()
                    .take_while(|&&(_, start, _)| start < e)
                    .any(|&(inner, _, end)| end <= e && risky(inner))
            })
            .map(|&(_, s, e)| (s, e))
            .collect()
    }

    /// Per category, the occurrences of its allow phrases in a scan whose occurrences are
    /// ordered by start (one that can begin a hit: others are empty), as [`AllowSpan`]s.
    fn allow_spans(&self, scan: &Scan) -> [Vec<AllowSpan>; 3] {
        let mut spans: [Vec<AllowSpan>; 3] = Default::default();
        for &(id, s, e) in &scan.found {
            for (list, &allowed) in spans.iter_mut().zip(&self.patterns[id].allowed) {
                if allowed {
                    let furthest = list.last().map_or(e, |&(_, f)| f.max(e));
                    list.push((s, furthest));
                }
            }
        }
        spans
    }

    /// Risk hits of a scan, in order of start: leftmost-longest lexicon terms, then
    /// proximity terms that do not overlap a term of their category. Allow-listed ones are
    /// dropped, and so are matches that `accept` refuses (a term inside a longer word).
    ///
    /// Leftmost-longest runs in each category on its own, so that a term of one category
    /// does not hide an overlapping one of another (包工头跑路了 is fraud, 包工头跑路 a
    /// dispute). After a refused match the next shorter term at the same start is tried,
    /// then later starts, so a shorter term inside it can still be found.
    pub fn hits(
        &self,
        text: &str,
        scan: &Scan,
        lexicon: &Lexicon,
        mut accept: impl FnMut(&Entry, usize, usize) -> bool,
    ) -> Vec<Hit> {
        let mut hits = self.direct_hits(scan, lexicon, &mut accept);
        let near = self.near.hits(
            text,
            scan,
            |entry| lexicon.entries[entry].flags.across,
            |entry, start, end| accept(&lexicon.entries[entry], start, end),
        );
        if !near.is_empty() {
            self.merge_near(scan, lexicon, &mut hits, near);
        }
        hits
    }

    /// The hits of the ordinary lexicon terms of a scan, leftmost-longest in each category
    /// (as [`Matcher::hits`] finds them, before proximity terms replace any), in order of
    /// start.
    pub fn direct_hits(
        &self,
        scan: &Scan,
        lexicon: &Lexicon,
        mut accept: impl FnMut(&Entry, usize, usize) -> bool,
    ) -> Vec<Hit> {
        let mut hits = Vec::new();
        // Where each category's walk stands: the occurrences are ordered by (start, longest
        // first), and `at` never moves back past the current occurrence's start, so one
        // walk over them serves the three categories at once.
        let mut at = [0; 3];
        for &(id, start, end) in scan.found.iter().filter(|f| self.term_bits.get(f.0)) {
            let pattern = &self.patterns[id];
            for category in Category::ALL {
                let c = category.index();
                if start < at[c] {
                    continue;
                }
                if pattern.allowed[c] {
                    // An allow phrase of this category takes its words (跳楼价).
                    at[c] = end;
                    continue;
                }
                let Some(entry) = pattern.entry_of(category, lexicon) else {
                    continue;
                };
                if accept(&lexicon.entries[entry], start, end) {
                    hits.push(Hit::term(entry, start, end));
                    at[c] = end;
                } else {
                    at[c] = start;
                }
            }
        }
        // One entry's hits never share a span: this order is the one every walk gives.
        hits.sort_by_key(|h| (h.start, h.end, h.entry));
        hits
    }

    /// Merge the proximity hits `near` into the direct hits `hits`. Overlapping hits of one
    /// category count once: a proximity term replaces the terms of its category it
    /// overlaps, unless one of them is stronger, which then stays instead (要交保证金 inside
    /// 贷款…靠谱吗). An allow phrase of its category over it silences it, as it silences a
    /// term (跳楼甩卖).
    fn merge_near(&self, scan: &Scan, lexicon: &Lexicon, hits: &mut Vec<Hit>, mut near: Vec<Hit>) {
        let category = |h: &Hit| lexicon.entries[h.entry].category;
        let strength = |h: &Hit| lexicon.entries[h.entry].strength();
        let direct = hits.len();
        let mut dropped = vec![false; direct];
        let mut kept: Vec<Hit> = Vec::new();
        // Proximity terms of one category over some of the same words count once:
        // the strongest stays.
        near.sort_by(|a, b| {
            strength(b)
                .partial_cmp(&strength(a))
                .unwrap_or(Ordering::Equal)
                .then((a.start, a.end).cmp(&(b.start, b.end)))
        });
        // Those chosen of one category do not overlap: by start, their ends grow too, and a
        // hit overlaps one of them exactly when the last to start before its end reaches
        // past its start (a look-up, not a walk of all chosen: a long text has thousands).
        let mut chosen: Vec<Hit> = Vec::with_capacity(near.len());
        let mut chosen_ends: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for hit in near {
            let c = category(&hit).index();
            let overlaps = chosen_ends
                .range((c, 0)..(c, hit.end))
                .next_back()
                .is_some_and(|(_, &end)| end > hit.start);
            if !overlaps {
                chosen_ends.insert((c, hit.start), hit.end);
                chosen.push(hit);
            }
        }
        let near = chosen;
        for hit in near {
            if self.allowed(scan, category(&hit), hit.start, hit.end) {
                continue;
            }
            // Direct hits of one category do not overlap each other, so by start their
            // ends grow too: back from the last that starts before this hit ends, those of
            // its category overlap it until one ends at or before its start.
            let before = hits[..direct].partition_point(|h| h.start < hit.end);
            let overlapping = || {
                (0..before)
                    .rev()
                    .filter(|&i| category(&hits[i]) == category(&hit))
                    .take_while(|&i| hits[i].end > hit.start)
            };
            if overlapping().all(|i| strength(&hits[i]) <= strength(&hit)) {
                overlapping().for_each(|i| dropped[i] = true);
                kept.push(hit);
            }
        }
        let mut i = 0;
        hits.retain(|_| {
            i += 1;
            !dropped.get(i - 1).copied().unwrap_or(false)
        });
        hits.extend(kept);
        hits.sort_by_key(|h| (h.start, h.end));
    }

    /// Whether a part of a proximity hit is, on its own, a term of the hit's category of
    /// another kind than a place or being there (江边…想跳下去: 想跳下去 is a wish): the
    /// hit says more than where the writer is. False for an ordinary term.
    pub fn names_more_than_a_place(&self, hit: &Hit, lexicon: &Lexicon) -> bool {
        let category = lexicon.entries[hit.entry].category;
        hit.part_ids().any(|id| {
            self.patterns[id].entries().any(|e| {
                let entry = &lexicon.entries[e];
                entry.category == category && !matches!(entry.kind, Kind::Place | Kind::InProgress)
            })
        })
    }

    /// The text a hit stands for: the term, or for a proximity term the alternatives that
    /// matched, joined with `…`.
    pub fn term_text(&self, hit: &Hit, lexicon: &Lexicon) -> String {
        if !hit.is_proximity() {
            return lexicon.term(&lexicon.entries[hit.entry]).into_owned();
        }
        let parts: Vec<&str> = hit.part_ids().map(|id| self.texts.get(id)).collect();
        parts.join("…")
    }

    /// Every cue occurrence in `text`, overlapping ones included, ordered by start.
    pub fn cues(&self, text: &str) -> Vec<CueHit> {
        // About one cue per ten characters in everyday text (twelve in the benchmark mix's
        // 130), more in a message with hits: room for one in five characters of Chinese
        // from the start rather than reallocations on the way.
        let mut out = Vec::with_capacity(text.len() / 16 + 4);
        self.cues.for_each(text, |id, start, end| {
            for &cue in &self.cue_ids[id] {
                out.push(CueHit { cue, start, end });
            }
        });
        sort_by_start(&mut out, |c| (c.start, c.end));
        out
    }
}

// The binary form of a matcher (`build.rs` writes the default lexicons' so: see
// `src/prebuilt.rs`). The term automaton is not in it: it has its own prebuilt bytes and is
// read on first use; the cue automaton's double array is.

impl Pack for Pattern {
    /// One byte for the count of entries and the categories allowed (two hundred thousand
    /// patterns, most with one entry and none allowed), then the entries.
    fn pack(&self, out: &mut Vec<u8>) {
        let allowed = (0..3).fold(0, |bits, c| bits | u8::from(self.allowed[c]) << c);
        (self.count | allowed << 2).pack(out);
        for entry in &self.entries[..self.count as usize] {
            entry.pack(out);
        }
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        let head = u8::unpack(bytes)?;
        // Two bits of count (at most three), three of categories, nothing above.
        let count = head & 3;
        if head >> 5 != 0 {
            return None;
        }
        let mut entries = [0; 3];
        for entry in &mut entries[..count as usize] {
            *entry = u32::unpack(bytes)?;
        }
        Some(Pattern {
            entries,
            count,
            allowed: [0, 1, 2].map(|c| head >> (2 + c) & 1 == 1),
        })
    }
}

impl Pack for Near {
    /// The terms and the number of patterns, then the bit sets; the index by first part
    /// is worked out again ([`Near::index`]). Until the twenty-third session the pairs were
    /// packed too, and decoded at each construction.
    fn pack(&self, out: &mut Vec<u8>) {
        self.terms.pack(out);
        (self.pair_offsets.len() - 1).pack(out);
        self.firsts.pack(out);
        self.seconds.pack(out);
        self.pair_filter.pack(out);
        self.anchors.pack(out);
        self.keys.pack(out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        let terms = Vec::unpack(bytes)?;
        let patterns = usize::unpack(bytes)?;
        let (term_offsets, first_terms, pair_offsets) = Near::index(&terms, patterns)?;
        Some(Near {
            terms,
            term_offsets,
            first_terms,
            pair_offsets,
            firsts: Bits::unpack(bytes)?,
            seconds: Bits::unpack(bytes)?,
            pair_filter: Bits::unpack(bytes)?,
            anchors: Bits::unpack(bytes)?,
            keys: Bits::unpack(bytes)?,
        })
    }
}

impl Matcher {
    /// The prebuilt defaults in binary form (a double-array matcher only; the cue
    /// automaton always is one): the pattern texts, `lexicon` with its terms as ids of
    /// those texts, then the rest of the matcher; none if a term of `lexicon` is not one of
    /// this matcher's texts (it was not built from that lexicon).
    pub fn pack_with(&self, lexicon: &Lexicon, out: &mut Vec<u8>) -> Option<()> {
        let ids: HashMap<&str, usize> =
            self.texts.iter().enumerate().map(|(i, t)| (t, i)).collect();
        self.texts.pack(out);
        lexicon.pack_by_ids(|text| ids.get(text).copied(), out)?;
        self.patterns.pack(out);
        self.term_bits.pack(out);
        self.openers.pack(out);
        self.whole_allows.pack(out);
        self.cues.to_prebuilt(0).unwrap_or_default().pack(out);
        self.cue_ids.pack(out);
        self.near.pack(out);
        Some(())
    }

    /// What [`Matcher::pack_with`] wrote.
    pub fn unpack_with(bytes: &mut &[u8]) -> Option<(Lexicon, Matcher)> {
        let texts = Arc::new(Texts::unpack(bytes)?);
        let lexicon = Lexicon::unpack_by_ids(bytes, Arc::clone(&texts))?;
        let patterns: Vec<Pattern> = Vec::unpack(bytes)?;
        let term_bits = Bits::unpack(bytes)?;
        let openers = Bits::unpack(bytes)?;
        let whole_allows = Bits::unpack(bytes)?;
        let cues = Automaton::from_prebuilt(crate::pack::unpack_bytes(bytes)?, 0)?;
        let cue_ids = Vec::unpack(bytes)?;
        let near = Near::unpack(bytes)?;
        let matcher = (patterns.len() == texts.len()).then_some(Matcher {
            terms: OnceLock::new(),
            term_bits,
            openers,
            whole_allows,
            engine: Engine::DoubleArray,
            texts,
            patterns,
            cues,
            cue_ids,
            near,
        })?;
        Some((lexicon, matcher))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occurrences(automaton: &Automaton, text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        automaton.for_each(text, |id, start, end| found.push((id, start, end)));
        found
    }

    #[test]
    fn the_default_term_automaton_is_the_prebuilt_one_and_finds_what_a_fresh_one_finds() {
        let lexicon = Lexicon::defaults().expect("defaults");
        let matcher = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        let texts = matcher.term_texts();
        // build.rs saw the same pattern list: otherwise every run builds it again.
        assert_eq!(
            fingerprint(texts.iter().copied()),
            crate::embedded::TERMS_FINGERPRINT
        );
        let prebuilt = Automaton::from_prebuilt(
            &crate::embedded::unpack(crate::embedded::TERMS),
            crate::embedded::TERMS_FINGERPRINT,
        )
        .expect("the prebuilt automaton reads back");
        // Every matcher of the default lexicons borrows the one read back.
        let embedded = EMBEDDED_TERMS.as_ref().expect("read back");
        let other = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        for m in [&matcher, &other] {
            assert!(std::ptr::eq(m.automaton().expect("automaton"), embedded));
        }
        let fresh = Automaton::build(Engine::DoubleArray, Matches::Overlapping, &texts)
            .expect("fresh automaton");
        let sample = include_str!("../corpus/sample.txt");
        let found = occurrences(&prebuilt, sample);
        assert!(found.len() > 100, "{} occurrences", found.len());
        assert_eq!(found, occurrences(&fresh, sample));
    }

    #[test]
    fn another_pattern_list_is_built_at_run_time() {
        let extra =
            Lexicon::parse("extra.tsv", "某个新词语\tdispute\tconflict\t0.5\t-\n").expect("extra");
        let mut lexicon = Lexicon::defaults().expect("defaults");
        lexicon.merge(extra);
        let matcher = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        let texts = matcher.term_texts();
        assert_ne!(
            fingerprint(texts.iter().copied()),
            crate::embedded::TERMS_FINGERPRINT
        );
        let id = texts
            .iter()
            .position(|t| *t == "某个新词语")
            .expect("new term");
        let automaton = matcher.automaton().expect("built");
        assert!(
            !EMBEDDED_TERMS
                .as_ref()
                .is_some_and(|e| std::ptr::eq(automaton, e))
        );
        assert!(occurrences(automaton, "说了某个新词语").contains(&(id, 6, 21)));
    }

    /// The pattern ids of `texts`, which must all be patterns of `matcher`.
    fn ids(matcher: &Matcher, texts: &[&str]) -> Vec<usize> {
        let all = matcher.term_texts();
        texts
            .iter()
            .map(|t| all.iter().position(|a| a == t).expect("a pattern"))
            .collect()
    }

    #[test]
    fn every_pair_a_term_may_begin_with_holds_a_key_and_a_rare_part_is_the_key() {
        // The default lexicons: no candidate may be passed over for want of a key.
        let lexicon = Lexicon::defaults().expect("defaults");
        let near = Matcher::new(&lexicon, Engine::DoubleArray)
            .expect("matcher")
            .near;
        for (_, ids) in &near.terms {
            for (first, second) in Near::pairs_of(ids) {
                assert!(
                    near.keys.get(first) || near.keys.get(second),
                    "a pair of term parts ({first}, {second}) without a key"
                );
            }
        }
        // A term anchored on its third part is keyed on the rarer of its first two, not on
        // a common first part (不 would ask about every word after it); one anchored on its
        // second part is keyed there.
        let lexicon = Lexicon::parse(
            "test",
            "不…[回家|回来]…[遗书|绝笔]\tself_harm\tpreparation\t0.85\t-\n\
             [我|本人]…[骗了]\tfraud_victim\tloss\t0.85\t-\n",
        )
        .expect("lexicon");
        let matcher = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        let keyed = |texts: &[&str]| {
            ids(&matcher, texts)
                .iter()
                .map(|&id| matcher.near.keys.get(id))
                .collect::<Vec<_>>()
        };
        assert_eq!(keyed(&["回家", "回来", "骗了"]), [true; 3]);
        assert_eq!(keyed(&["不", "遗书", "绝笔", "我", "本人"]), [false; 5]);
    }

    #[test]
    fn the_pair_filter_holds_every_pair_and_few_others() {
        let lexicon = Lexicon::defaults().expect("defaults");
        let near = &Matcher::new(&lexicon, Engine::DoubleArray)
            .expect("matcher")
            .near;
        let words = near.pair_filter.words();
        assert_eq!(words, pair_filter_words(near.pair_count()));
        assert!(64 * words >= PAIR_FILTER_BITS_PER_PAIR * near.pair_count());
        // The default lexicons' filter is 2.3 MB: the stdin example's memory (SPEC §6, at
        // most 100 MB) grows with it. A proximity line of many alternatives in both parts
        // multiplies the pairs (a first draft of the line of everyday objects then a blow
        // at a person had 80 × 1,700); keep such a line to the alternatives it needs.
        assert!(
            words * 8 <= 2_500_000,
            "{} pairs of proximity parts: the filter is over 2.5 MB",
            near.pair_count()
        );
        let passes = |first: usize, second: u32| {
            let (word, mask) = pair_probes(first, second, near.region(first));
            near.pair_filter.has_all(word, mask)
        };
        let mut pairs = std::collections::HashSet::new();
        for (_, ids) in &near.terms {
            for (first, second) in Near::pairs_of(ids) {
                let second = second as u32;
                assert!(
                    passes(first, second),
                    "pair ({first}, {second}) filtered out"
                );
                pairs.insert((first, second));
            }
        }
        // Pairs that are none: each first part with seconds it does not have.
        let (mut asked, mut false_passes) = (0, 0);
        for (first, run) in near.pair_offsets.windows(2).enumerate().step_by(7) {
            if run[0] == run[1] {
                continue;
            }
            for second in (first as u32 % 13..near.pair_offsets.len() as u32).step_by(9973) {
                if !pairs.contains(&(first, second)) {
                    asked += 1;
                    false_passes += usize::from(passes(first, second));
                }
            }
        }
        assert!(asked > 100_000, "{asked}");
        assert!(false_passes * 100 < asked, "{false_passes} of {asked}");
        // Sizes: thirteen bits a pair, one word at least.
        assert_eq!(pair_filter_words(0), 1);
        assert_eq!(pair_filter_words(1), 1);
        assert_eq!(pair_filter_words(5), 2);
        assert_eq!(pair_filter_words(64), 13);
        // A first part's region: its share of the bits, one word at least, and every
        // probe of its pairs inside it.
        assert_eq!(pair_region(0, 1), (0, 1));
        assert_eq!(pair_region(4, 5), (0, 2)); // bits 52..65 straddle two words
        assert_eq!(pair_region(16, 16), (3, 1));
        assert_eq!(pair_region(100, 200), (20, 21)); // bits 1300..2600
        // A first part past the end of the runs has an empty run's region, past the words.
        assert!(near.region(near.pair_offsets.len()).0 >= words);
        for second in 0..1000 {
            let (word, _) = pair_probes(7, second, (18, 20));
            assert!((18..38).contains(&word), "{word}");
            assert_eq!(pair_probes(7, second, (3, 1)).0, 3);
        }
    }

    #[test]
    fn the_rarest_part_of_a_proximity_term_opens_a_scan() {
        let lexicon = Lexicon::parse(
            "near.tsv",
            "[被|让]…骗了\tfraud_victim\tloss\t0.6\t-\n\
             [酒店|宾馆]…配合调查\tfraud_victim\timpersonation_authority\t0.5\t-\n\
             跳河\tself_harm\tmethod\t0.6\t-\n",
        )
        .expect("lexicon");
        let matcher = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        let opens = |texts: &[&str]| {
            ids(&matcher, texts)
                .iter()
                .map(|&id| matcher.openers.get(id))
                .collect::<Vec<_>>()
        };
        assert_eq!(opens(&["骗了", "配合调查", "跳河"]), [true; 3]);
        assert_eq!(opens(&["被", "让", "酒店", "宾馆"]), [false; 4]);
        // Common parts alone: found by the automaton, but nothing to look at.
        let scan = matcher.scan("让我在酒店等一下");
        assert!(scan.is_empty());
        assert!(!occurrences(matcher.automaton().expect("built"), "让我在酒店等一下").is_empty());
        let text = "我被一个客服骗了";
        let scan = matcher.scan(text);
        assert!(!scan.is_empty());
        assert_eq!(matcher.hits(text, &scan, &lexicon, |_, _, _| true).len(), 1);
    }

    #[test]
    fn the_last_part_of_a_proximity_term_is_tried_at_each_occurrence_in_reach() {
        let lexicon = Lexicon::parse(
            "near.tsv",
            "[说要|扬言]…[来厂|闹事]\tdispute\tthreat_harm\t0.6\t-\n",
        )
        .expect("lexicon");
        let matcher = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        let text = "他扬言明天来厂里闹事";
        let scan = matcher.scan(text);
        let ends_of = |accept: &dyn Fn(usize) -> bool| {
            matcher
                .hits(text, &scan, &lexicon, |_, _, end| accept(end))
                .iter()
                .map(|h| &text[h.start..h.end])
                .collect::<Vec<_>>()
        };
        // Accepting every end, the nearest occurrence of the last part ends the hit.
        assert_eq!(ends_of(&|_| true), ["扬言明天来厂"]);
        // Refused there (来厂 ends inside 厂里), the next occurrence in reach is tried.
        let inside = text.find("里").expect("里");
        assert_eq!(ends_of(&|end| end != inside), ["扬言明天来厂里闹事"]);
        // Refused everywhere: no hit.
        assert!(ends_of(&|_| false).is_empty());
    }

    #[test]
    fn a_scan_left_empty_hides_no_hit_of_the_default_lexicons() {
        let lexicon = Lexicon::defaults().expect("defaults");
        let matcher = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        let automaton = matcher.automaton().expect("built");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = include_str!("../corpus/sample.txt")
            .lines()
            .map(String::from)
            .collect();
        for file in ["tune.jsonl", "round10.jsonl"] {
            let rows =
                std::fs::read_to_string(root.join("corpus/dev").join(file)).expect("dev file");
            for row in rows.lines() {
                let value: serde_json::Value = serde_json::from_str(row).expect("a row");
                texts.push(value["text"].as_str().expect("text").to_string());
            }
        }
        let (mut closed, mut with_hits) = (0, 0);
        for original in &texts {
            let text = crate::normalize::normalize(original).text;
            let mut found = occurrences(automaton, &text);
            found.sort_unstable_by_key(|&(_, start, end)| (start, std::cmp::Reverse(end)));
            let whole = Scan {
                found,
                near: OnceCell::new(),
                allows: OnceCell::new(),
            };
            let all = |_: &Entry, _, _| true;
            let expected: Vec<_> = matcher
                .hits(&text, &whole, &lexicon, all)
                .iter()
                .map(|h| (h.entry, h.start, h.end))
                .collect();
            let scan = matcher.scan(&text);
            let got: Vec<_> = matcher
                .hits(&text, &scan, &lexicon, all)
                .iter()
                .map(|h| (h.entry, h.start, h.end))
                .collect();
            assert_eq!(got, expected, "{original}");
            closed += usize::from(scan.is_empty() && !whole.is_empty());
            with_hits += usize::from(!expected.is_empty());
        }
        // Both kinds are there, so the comparison means something.
        assert!(
            closed > 50 && with_hits > 1000,
            "{closed} closed, {with_hits} with hits"
        );
    }
}
