//! Matching: one leftmost-longest automaton over every risk term and allow-list phrase, and
//! a second automaton over the context cues that only runs when there is a hit.
//!
//! Allow-list phrases (跳楼价, 笑死, 想死你) live in the risk automaton on purpose: where one
//! overlaps a risk term, leftmost-longest matching lets the longer allow phrase win, so the
//! allow-list beats the block-list without a second pass.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use crate::assessment::Category;
use crate::error::Error;
use crate::lexicon::{CueKind, Entry, Lexicon};

/// A risk term found in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index into `Lexicon::entries`.
    pub entry: usize,
    /// Normalised byte range.
    pub start: usize,
    pub end: usize,
}

/// A context cue found in the normalised text (overlapping matches, all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    /// Index into `Lexicon::cues`.
    pub cue: usize,
    pub start: usize,
    pub end: usize,
}

/// What one pattern of the risk automaton stands for.
#[derive(Debug, Clone, Default)]
struct Pattern {
    /// Risk entries with this text (one per category at most).
    entries: Vec<usize>,
    /// Categories in which this text is on the allow-list.
    allowed: [bool; 3],
}

/// The two automata and what their pattern ids mean.
#[derive(Clone)]
pub(crate) struct Matcher {
    /// The term automaton, a DFA built on first use: it searches about three times as fast
    /// as an NFA, but takes a few hundred milliseconds to build for the default lexicons.
    risk: OnceLock<Option<AhoCorasick>>,
    /// Build a contiguous NFA instead of the DFA: a few MB instead of about 40 MB for the
    /// default lexicons, at about three times the search time.
    compact: bool,
    /// Pattern texts, for the lazy build.
    texts: Vec<String>,
    patterns: Vec<Pattern>,
    cues: AhoCorasick,
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
    pub fn new() -> Self {
        Patterns {
            texts: Vec::new(),
            values: Vec::new(),
            index: HashMap::new(),
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

/// How many characters may stand between two parts of a proximity term (被…骗了).
const NEAR_GAP_CHARS: usize = 6;

/// Proximity terms: an automaton over their parts, and the terms indexed by their first
/// two parts, so that a message only looks at terms whose first two parts both occur in it.
#[derive(Clone)]
struct Near {
    parts: AhoCorasick,
    /// (entry index, part pattern ids in order).
    terms: Vec<(usize, Vec<usize>)>,
    /// (first part, second part) → indices into `terms`.
    by_pair: HashMap<(usize, usize), Vec<usize>>,
    /// First part → the distinct second parts of its terms.
    seconds: Vec<Vec<usize>>,
}

impl Near {
    fn new(lexicon: &Lexicon) -> Result<Near, Error> {
        let mut parts: Patterns<&str, ()> = Patterns::new();
        let mut terms: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, entry) in lexicon.entries.iter().enumerate() {
            if !entry.parts.is_empty() {
                let ids = entry.parts.iter().map(|part| parts.id(part)).collect();
                terms.push((i, ids));
            }
        }
        let texts = parts.texts;
        let parts = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .map_err(|e| Error::config(format!("cannot build the proximity automaton: {e}")))?;
        let mut by_pair: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        let mut seconds = vec![Vec::new(); texts.len()];
        for (t, (_, ids)) in terms.iter().enumerate() {
            let pair = by_pair.entry((ids[0], ids[1])).or_default();
            if pair.is_empty() {
                seconds[ids[0]].push(ids[1]);
            }
            pair.push(t);
        }
        Ok(Near {
            parts,
            terms,
            by_pair,
            seconds,
        })
    }

    /// Proximity hits: each term's parts in order, within one clause, at most
    /// [`NEAR_GAP_CHARS`] apart; one hit per term and starting part.
    fn hits(&self, text: &str, mut accept: impl FnMut(usize, usize, usize) -> bool) -> Vec<Hit> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        // Every occurrence of every part, ordered by (part, start).
        let mut found: Vec<(usize, usize, usize)> = self
            .parts
            .find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect();
        if found.len() < 2 {
            return Vec::new();
        }
        found.sort_unstable();
        let occurrences = |id: usize| {
            let from = found.partition_point(|f| f.0 < id);
            let to = found.partition_point(|f| f.0 <= id);
            &found[from..to]
        };
        let mut present: Vec<usize> = found.iter().map(|f| f.0).collect();
        present.dedup();
        let reach = |from: usize, to: usize| {
            let gap = &text[from..to];
            gap.chars().count() <= NEAR_GAP_CHARS
                && !gap.chars().any(crate::normalize::is_clause_break)
        };
        // Terms whose first two parts both occur.
        let mut candidates: Vec<usize> = Vec::new();
        for &first in &present {
            let seconds = &self.seconds[first];
            if seconds.len() <= present.len() {
                for &second in seconds {
                    if present.binary_search(&second).is_ok() {
                        candidates.extend(&self.by_pair[&(first, second)]);
                    }
                }
            } else {
                for &second in &present {
                    if let Some(terms) = self.by_pair.get(&(first, second)) {
                        candidates.extend(terms);
                    }
                }
            }
        }
        let mut hits = Vec::new();
        for (entry, ids) in candidates.into_iter().map(|t| &self.terms[t]) {
            let mut after = 0;
            for &(_, start, first_end) in occurrences(ids[0]) {
                if start < after {
                    continue;
                }
                let mut end = first_end;
                let complete = ids[1..].iter().all(|&id| {
                    // The nearest occurrence after `end`: if it is out of reach, so is any later.
                    let occ = occurrences(id);
                    match occ
                        .get(occ.partition_point(|f| f.1 < end))
                        .filter(|f| reach(end, f.1))
                    {
                        Some(&(_, _, e)) => {
                            end = e;
                            true
                        }
                        None => false,
                    }
                });
                if complete && accept(*entry, start, end) {
                    hits.push(Hit {
                        entry: *entry,
                        start,
                        end,
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
                    .risk
                    .get()
                    .and_then(Option::as_ref)
                    .map_or(0, |r| r.memory_usage())
                    + self.cues.memory_usage()),
            )
            .finish()
    }
}

impl Matcher {
    pub fn new(lexicon: &Lexicon, compact: bool) -> Result<Matcher, Error> {
        let mut risk: Patterns<&str, Pattern> = Patterns::new();
        for (i, entry) in lexicon.entries.iter().enumerate() {
            if entry.parts.is_empty() {
                risk.value(&entry.term).entries.push(i);
            }
        }
        for cue in lexicon.cues.iter().filter(|c| c.kind == CueKind::Allow) {
            let pattern = risk.value(&cue.text);
            for category in Category::ALL {
                if cue.categories.contains(category) {
                    pattern.allowed[category.index()] = true;
                }
            }
        }
        let mut cue_patterns: Patterns<&str, Vec<usize>> = Patterns::new();
        for (i, cue) in lexicon.cues.iter().enumerate() {
            if cue.kind != CueKind::Allow {
                cue_patterns.value(&cue.text).push(i);
            }
        }
        let cues = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&cue_patterns.texts)
            .map_err(|e| Error::config(format!("cannot build the cue automaton: {e}")))?;
        let near = Near::new(lexicon)?;
        Ok(Matcher {
            risk: OnceLock::new(),
            compact,
            texts: risk.texts.into_iter().map(String::from).collect(),
            patterns: risk.values,
            cues,
            cue_ids: cue_patterns.values,
            near,
        })
    }

    /// The term automaton, built now if it was not yet. Should the DFA be refused (it has
    /// no size limit set, so it is not expected), a contiguous NFA takes its place, and no
    /// automaton (no hits) if even that fails: `assess` must not panic.
    pub fn risk(&self) -> Option<&AhoCorasick> {
        self.risk
            .get_or_init(|| {
                let build = |kind| {
                    AhoCorasick::builder()
                        .match_kind(MatchKind::LeftmostLongest)
                        .kind(Some(kind))
                        .build(&self.texts)
                };
                let first = if self.compact {
                    AhoCorasickKind::ContiguousNFA
                } else {
                    AhoCorasickKind::DFA
                };
                build(first)
                    .or_else(|_| build(AhoCorasickKind::ContiguousNFA))
                    .ok()
            })
            .as_ref()
    }

    /// Risk hits in `text`, in order of start: lexicon terms, then proximity terms that do
    /// not overlap a term of their category. Allow-listed ones are dropped, and so are matches
    /// that `accept` refuses (a term inside a longer word). After a refused match the
    /// search resumes one character later, so a shorter term inside it can still be
    /// found. No allocation when nothing matches: the fast path of a benign message.
    pub fn hits(
        &self,
        text: &str,
        lexicon: &Lexicon,
        mut accept: impl FnMut(&Entry, usize, usize) -> bool,
    ) -> Vec<Hit> {
        let mut hits = Vec::new();
        let Some(risk) = self.risk() else {
            return hits;
        };
        let mut at = 0;
        while at < text.len() {
            let Some(m) = risk.find(Input::new(text).range(at..)) else {
                break;
            };
            let pattern = &self.patterns[m.pattern().as_usize()];
            let mut kept = false;
            for &entry in &pattern.entries {
                let e = &lexicon.entries[entry];
                if !pattern.allowed[e.category.index()] && accept(e, m.start(), m.end()) {
                    kept = true;
                    hits.push(Hit {
                        entry,
                        start: m.start(),
                        end: m.end(),
                    });
                }
            }
            at = if kept || pattern.entries.is_empty() {
                m.end()
            } else {
                m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8)
            };
        }
        let near = self.near.hits(text, |entry, start, end| {
            accept(&lexicon.entries[entry], start, end)
        });
        if !near.is_empty() {
            // A proximity term is the longer match: it replaces the terms of its category
            // inside its span, and gives way to one that sticks out of it.
            let category = |h: &Hit| lexicon.entries[h.entry].category;
            let direct = hits.len();
            let mut dropped = vec![false; direct];
            let mut kept = Vec::new();
            for hit in near {
                // Direct hits do not overlap each other: look back from the last one that
                // starts before this hit ends.
                let before = hits[..direct].partition_point(|h| h.start < hit.end);
                let overlapping: Vec<usize> = (0..before)
                    .rev()
                    .take_while(|&i| hits[i].end > hit.start)
                    .filter(|&i| category(&hits[i]) == category(&hit))
                    .collect();
                if overlapping
                    .iter()
                    .all(|&i| hit.start <= hits[i].start && hits[i].end <= hit.end)
                {
                    overlapping.iter().for_each(|&i| dropped[i] = true);
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
        hits
    }

    /// Every cue occurrence in `text`, overlapping ones included, ordered by start.
    pub fn cues(&self, text: &str) -> Vec<CueHit> {
        let mut out = Vec::new();
        for m in self.cues.find_overlapping_iter(text) {
            for &cue in &self.cue_ids[m.pattern().as_usize()] {
                out.push(CueHit {
                    cue,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
        out.sort_by_key(|c| (c.start, c.end));
        out
    }
}
