//! Word boundaries, from jieba-rs behind one lazily built instance.
//!
//! Only hits are checked, and only a short window of text around each one, so a message
//! without a hit never reaches the segmenter and a long message is never segmented whole.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::normalize::is_clause_break;

/// The segmenter's dictionary ([`crate::frequency::DICT`]): half the memory of jieba's
/// full dictionary, and no copy of it kept in memory.
use crate::frequency::DICT;

/// The segmenter: its dictionary takes tens of milliseconds to load, so it is built on the
/// first hit that needs it, once per process. The embedded dictionary is checked by a test;
/// should it still fail to load, every match counts as on word boundaries.
static JIEBA: LazyLock<Jieba> =
    LazyLock::new(|| Jieba::with_dict(&mut DICT.as_bytes()).unwrap_or_else(|_| Jieba::empty()));

/// How far around a hit the segmenter looks, in characters on each side.
const WINDOW_CHARS: usize = 12;

/// The characters of negation that [`Words`] treats as a word of their own where a
/// dictionary word begins with one.
const NEGATORS: &str = "不没别";

/// Force the segmenter to be built (benchmarks and servers warm it up front).
pub(crate) fn warm_up() {
    LazyLock::force(&JIEBA);
}

#[cfg(test)]
thread_local! {
    /// How many times this thread called the segmenter (tests check the fast path and
    /// that one window is segmented once).
    pub(crate) static CALLS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The word boundaries of one normalised message, asked for hit by hit and cue by cue.
/// Each question segments a window around its span (below); the boundaries of every window
/// already segmented are kept, since the hits and cues of one clause share their window
/// when the clause is short, as most are.
pub(crate) struct Words<'a> {
    text: &'a str,
    /// Where normalisation dropped a space between words: boundaries too.
    soft: &'a [usize],
    /// (window start, window end) → every token boundary inside it, per window segmented.
    windows: RefCell<HashMap<(usize, usize), Vec<usize>>>,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, soft: &'a [usize]) -> Words<'a> {
        Words {
            text,
            soft,
            windows: RefCell::new(HashMap::default()),
        }
    }

    /// Whether `text[start..end]` starts and ends on word boundaries, i.e. the match is
    /// not the inside of a longer ordinary word (轻生 in 轻生活, 自杀 in 自杀式).
    pub fn on_boundaries(&self, start: usize, end: usize) -> bool {
        let (start_ok, end_ok) = self.boundaries(start, end);
        start_ok && end_ok
    }

    /// Whether a word starts at `at` (a cue such as 别 counts in 别担心 but not in 特别).
    pub fn starts_word(&self, at: usize) -> bool {
        let end = self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8());
        self.boundaries(at, end).0
    }

    /// Whether a word starts at `start` and whether one ends at `end`, from the segmented
    /// window around `start..end`. The window's edges (a clause break, a dropped space, the
    /// text's ends) count as boundaries: the segmenter never sees words on both sides of a
    /// space as one (不肯赔 还骂人 is no 赔还).
    fn boundaries(&self, start: usize, end: usize) -> (bool, bool) {
        let (text, soft) = (self.text, self.soft);
        let is_soft = |at: usize| soft.binary_search(&at).is_ok();
        let window_start = window_edge(text[..start].char_indices().rev(), start, true, is_soft);
        let window_end = window_edge(
            text[end..].char_indices().map(|(i, c)| (end + i, c)),
            end,
            false,
            is_soft,
        );
        if start == window_start && end == window_end {
            return (true, true);
        }
        let mut windows = self.windows.borrow_mut();
        let cuts = windows
            .entry((window_start, window_end))
            .or_insert_with(|| {
                #[cfg(test)]
                CALLS.with(|calls| calls.set(calls.get() + 1));
                // Tokens cover the window one after another: their starts and ends are
                // one set of boundaries.
                let mut cuts = Vec::new();
                for token in JIEBA.cut(&text[window_start..window_end], false) {
                    // A negation that begins a word (不想, 不要, 没想) is a word of its
                    // own before a term: 我不想死 is 不 and 想死, negated, not 不想 and a
                    // lone 死 that no term may start inside.
                    let mut chars = token.word.chars();
                    let first = chars.next().filter(|&c| NEGATORS.contains(c));
                    if let (Some(first), Some(_)) = (first, chars.next()) {
                        cuts.push(window_start + token.byte_start + first.len_utf8());
                    }
                    cuts.push(window_start + token.byte_end);
                }
                cuts
            });
        let is_cut = |at: usize| cuts.binary_search(&at).is_ok();
        (
            start == window_start || is_cut(start),
            end == window_end || is_cut(end),
        )
    }
}

/// Whether `text[start..end]` sits on word boundaries, for one question about one text
/// (the pipeline asks through [`Words`]).
pub(crate) fn on_word_boundaries(text: &str, soft: &[usize], start: usize, end: usize) -> bool {
    Words::new(text, soft).on_boundaries(start, end)
}

/// The byte offset where the window ends on one side: at most [`WINDOW_CHARS`]
/// characters away, and never across a clause break or a dropped space.
fn window_edge(
    chars: impl Iterator<Item = (usize, char)>,
    from: usize,
    backwards: bool,
    is_soft: impl Fn(usize) -> bool,
) -> usize {
    let mut edge = from;
    for (taken, (at, ch)) in chars.enumerate() {
        // Walking back, a soft break at the edge stands before the character there;
        // walking on, before the character about to be taken.
        let soft = if backwards {
            is_soft(edge)
        } else {
            is_soft(at)
        };
        if taken == WINDOW_CHARS || is_clause_break(ch) || soft {
            break;
        }
        edge = if backwards { at } else { at + ch.len_utf8() };
    }
    edge
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, term: &str) -> bool {
        let start = text.find(term).expect("term in text");
        on_word_boundaries(text, &[], start, start + term.len())
    }

    #[test]
    fn a_term_inside_a_longer_word_is_not_on_boundaries() {
        assert!(!check("这个轻生活品牌不错", "轻生"));
        assert!(check("他有轻生的念头", "轻生"));
        assert!(check("我想自杀", "自杀"));
    }

    #[test]
    fn a_negation_that_begins_a_word_stands_apart() {
        // jieba cuts 我/不想/死: the term after the negation is on word boundaries.
        assert!(check("我不想死", "想死"));
        assert!(check("我没想死", "想死"));
        assert!(check("别想不开", "想不开"));
        // A word that only holds a negation inside (特别) is not cut.
        assert!(!check("他特别想你", "别想"));
    }

    #[test]
    fn the_embedded_dictionary_loads_with_its_words() {
        let jieba = Jieba::with_dict(&mut DICT.as_bytes()).expect("corpus/segment/dict.txt");
        for word in ["生活", "自杀式", "跳楼价", "死机", "我们"] {
            assert!(jieba.has_word(word), "{word}");
        }
    }

    #[test]
    fn one_window_is_segmented_once_for_every_question_about_it() {
        let text = "我特别害怕他会砍我，你快来";
        let words = Words::new(text, &[]);
        CALLS.with(|calls| calls.set(0));
        let at = text.find("砍我").unwrap();
        assert!(words.on_boundaries(at, at + "砍我".len()));
        assert!(!words.starts_word(text.find("别").unwrap()));
        assert!(words.starts_word(text.find("他").unwrap()));
        // All three lie in the first clause, whose window is the whole clause.
        assert_eq!(CALLS.with(|calls| calls.get()), 1);
        // The second clause is another window.
        assert!(words.starts_word(text.find("快").unwrap()));
        assert_eq!(CALLS.with(|calls| calls.get()), 2);
    }

    #[test]
    fn a_dropped_space_is_a_word_boundary() {
        let n = crate::normalize::normalize("他不肯赔 还骂人");
        let at = n.text.find("还骂人").unwrap();
        let end = at + "还骂人".len();
        assert!(on_word_boundaries(&n.text, &n.soft_breaks, at, end));
        // Without the space the segmenter reads 赔还 as one word.
        let glued = crate::normalize::normalize("他不肯赔还骂人");
        assert!(glued.soft_breaks.is_empty());
        assert!(!on_word_boundaries(&glued.text, &[], at, end));
    }

    #[test]
    fn window_stops_at_clause_breaks_and_text_edges() {
        assert!(check("自杀", "自杀"));
        assert!(check("好吧，自杀", "自杀"));
    }
}
