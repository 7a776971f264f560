//! Word boundaries, from jieba-rs behind one lazily built instance.
//!
//! Only hits are checked, and only a short window of text around each one, so a message
//! without a hit never reaches the segmenter and a long message is never segmented whole.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::ops::Range;
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
const NEGATORS: [char; 3] = ['不', '没', '别'];

/// Adverbs the segmenter glues to a causative after them (就让, 还叫, 再让) in a word of
/// two characters: a threat begins at the causative (再不还就让你儿子放学回不了家), which is
/// a word of its own after them, as a negator is before a verb.
const GLUED_ADVERBS: [char; 7] = ['就', '才', '还', '也', '都', '再', '又'];

/// The causatives of [`GLUED_ADVERBS`].
const CAUSATIVES: [char; 2] = ['让', '叫'];

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
/// when the clause is short, as most are. A side of a span on its window's edge needs no
/// segmenting at all.
pub(crate) struct Words<'a> {
    text: &'a str,
    /// Where normalisation dropped a space between words: boundaries too.
    soft: &'a [usize],
    /// What earlier questions worked out, for the next ones.
    known: RefCell<Known>,
}

/// What [`Words`] keeps between questions: nothing is allocated before the first question
/// (a message without hits asks none).
#[derive(Default)]
struct Known {
    /// Every character boundary of the text, with the reach of its run ([`edges`]): built
    /// on the first question, it gives each window in two binary searches where walking
    /// out from every span would decode up to [`WINDOW_CHARS`] characters on each side.
    edges: Vec<Edge>,
    /// (window start, window end) → where its token boundaries lie in `cuts`, per window
    /// segmented.
    windows: HashMap<(usize, usize), Range<usize>>,
    /// The token boundaries of every window segmented, window after window, ascending
    /// within each: one buffer for all of them.
    cuts: Vec<usize>,
}

/// A character boundary of the text (the end of the text included): its byte offset, and
/// the boundaries (indices into [`Known::edges`]) where its run of characters starts and
/// ends. A run ends at a clause break, a dropped space or an end of the text; a window
/// never reaches past its run. 32-bit, as every offset of the pipeline is (of a longer
/// text only the first 4 GiB are analysed): twelve bytes a character of a message with a
/// hit, not twenty-four.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Edge {
    at: u32,
    run_start: u32,
    run_end: u32,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, soft: &'a [usize]) -> Words<'a> {
        Words {
            text,
            soft,
            known: RefCell::new(Known::default()),
        }
    }

    /// Whether `text[start..end]` starts and ends on word boundaries, i.e. the match is
    /// not the inside of a longer ordinary word (轻生 in 轻生活, 自杀 in 自杀式).
    pub fn on_boundaries(&self, start: usize, end: usize) -> bool {
        self.word_edges(start, end, true)
    }

    /// Whether a word starts at `at` (a cue such as 别 counts in 别担心 but not in 特别).
    pub fn starts_word(&self, at: usize) -> bool {
        let end = self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8());
        self.word_edges(at, end, false)
    }

    /// Whether a word starts at `start` and, with `both`, whether one ends at `end`, in the
    /// window around `start..end`. A side on the window's edge is a boundary without
    /// segmenting anything; the window is segmented only for a side inside it.
    fn word_edges(&self, start: usize, end: usize, both: bool) -> bool {
        let known = &mut *self.known.borrow_mut();
        let (from, to) = known.window(self.text, self.soft, start, end);
        let mut is_cut = |at: usize| known.cuts(self.text, from, to).binary_search(&at).is_ok();
        (start == from || is_cut(start)) && (!both || end == to || is_cut(end))
    }
}

impl Known {
    /// The window around `start..end`, in bytes: at most [`WINDOW_CHARS`] characters on
    /// each side, and never across a clause break or a dropped space. Its edges count as
    /// word boundaries: the segmenter never sees words on both sides of a space as one
    /// (不肯赔 还骂人 is no 赔还).
    fn window(&mut self, text: &str, soft: &[usize], start: usize, end: usize) -> (usize, usize) {
        if self.edges.is_empty() {
            self.edges = edges(text, soft);
            // A window has at most a boundary per character (and one more per negation
            // split off): room for the windows of a message with a hit or two, which
            // reserving window by window would reallocate for each.
            self.cuts = Vec::with_capacity(self.edges.len());
        }
        let edges = &self.edges;
        let first = edges.partition_point(|e| (e.at as usize) < start);
        let last = first + edges[first..].partition_point(|e| (e.at as usize) < end);
        let from = (edges[first].run_start as usize).max(first.saturating_sub(WINDOW_CHARS));
        let to = (edges[last].run_end as usize).min(last + WINDOW_CHARS);
        (edges[from].at as usize, edges[to].at as usize)
    }

    /// The token boundaries inside the window `from..to`, which is segmented on the first
    /// question about it.
    fn cuts(&mut self, text: &str, from: usize, to: usize) -> &[usize] {
        let cuts = &mut self.cuts;
        let range = self.windows.entry((from, to)).or_insert_with(|| {
            let first = cuts.len();
            segment(text, from, to, cuts);
            first..cuts.len()
        });
        &self.cuts[range.clone()]
    }
}

/// Push the token boundaries inside `text[from..to]`, in order, onto `cuts`. Tokens cover
/// the window one after another: their ends are the boundaries (its start is one too, which
/// [`Words`] knows without looking).
fn segment(text: &str, from: usize, to: usize, cuts: &mut Vec<usize>) {
    #[cfg(test)]
    CALLS.with(|calls| calls.set(calls.get() + 1));
    let tokens = JIEBA.cut(&text[from..to], false);
    // One boundary per token; the rare negation or adverb split off below may add one.
    cuts.reserve(tokens.len());
    for token in tokens {
        // A negation that begins a word (不想, 不要, 没想) is a word of its own before a
        // term: 我不想死 is 不 and 想死, negated, not 不想 and a lone 死 that no term may
        // start inside. So is an adverb glued to a causative (就让 is 就 and 让: the
        // threat 让你儿子… starts at 让).
        let mut chars = token.word.chars();
        let (first, second) = (chars.next(), chars.next());
        let split = match (first, second) {
            (Some(n), Some(_)) if NEGATORS.contains(&n) => Some(n),
            (Some(a), Some(c))
                if GLUED_ADVERBS.contains(&a)
                    && CAUSATIVES.contains(&c)
                    && chars.next().is_none() =>
            {
                Some(a)
            }
            _ => None,
        };
        if let Some(first) = split {
            cuts.push(from + token.byte_start + first.len_utf8());
        }
        cuts.push(from + token.byte_end);
    }
}

/// Every character boundary of `text`, its end included, with where its run starts and
/// ends ([`Edge`]): one pass forward for the starts and one back for the ends.
fn edges(text: &str, soft: &[usize]) -> Vec<Edge> {
    let mut edges = Vec::with_capacity(text.chars().count() + 1);
    let mut soft = soft.iter().peekable();
    let mut run_start = 0;
    let last = (text.len(), '\n');
    for (i, (at, ch)) in text.char_indices().chain([last]).enumerate() {
        while soft.next_if(|&&b| b < at).is_some() {}
        // A dropped space stands before the character at `at`: a run starts here and the
        // one before ends here.
        let dropped = soft.next_if(|&&b| b == at).is_some();
        if dropped {
            run_start = i;
        }
        // Where a run ends is only known on the way back: for now, whether one ends here.
        let ends = dropped || is_clause_break(ch);
        edges.push(Edge {
            at: at as u32,
            run_start: run_start as u32,
            run_end: if ends { i as u32 } else { u32::MAX },
        });
        if is_clause_break(ch) {
            run_start = i + 1;
        }
    }
    // The end of the text ends a run (the clause break `last` stands for it), so every
    // boundary before it finds one on the way back.
    let mut run_end = (edges.len() - 1) as u32;
    for (i, edge) in edges.iter_mut().enumerate().rev() {
        let i = i as u32;
        if edge.run_end == i {
            run_end = i;
        } else {
            edge.run_end = run_end;
        }
    }
    edges
}

/// Whether `text[start..end]` sits on word boundaries, for one question about one text
/// (the pipeline asks through [`Words`]).
pub(crate) fn on_word_boundaries(text: &str, soft: &[usize], start: usize, end: usize) -> bool {
    Words::new(text, soft).on_boundaries(start, end)
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
    fn a_causative_glued_to_the_adverb_before_it_starts_a_word() {
        // jieba cuts 就让 whole: a threat that begins at 让 is on word boundaries after it.
        assert!(check("再不还就让你儿子放学回不了家", "让你儿子"));
        assert!(check("他说还叫我小心点", "叫我小心点"));
        // Only an adverb before a causative: 让 inside another word is not cut.
        assert!(!check("他礼让行人", "让行人"));
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

    /// The window around characters `start..end` of `text`, in characters (every character
    /// of the texts below is three bytes).
    fn window_chars(text: &str, soft: &[usize], start: usize, end: usize) -> (usize, usize) {
        let (from, to) = Known::default().window(text, soft, start * 3, end * 3);
        (from / 3, to / 3)
    }

    #[test]
    fn a_window_reaches_twelve_characters_and_stops_at_a_break_or_a_dropped_space() {
        // Sixteen characters, a comma at 16, two more.
        let text = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳，午未";
        assert_eq!(window_chars(text, &[], 14, 15), (2, 16));
        assert_eq!(window_chars(text, &[], 0, 1), (0, 13));
        assert_eq!(window_chars(text, &[], 17, 18), (17, 19));
        assert_eq!(window_chars(text, &[], 19, 19), (17, 19));
        // A dropped space before 辛 (byte 21) bounds the runs on both sides of it.
        assert_eq!(window_chars(text, &[21], 14, 15), (7, 16));
        assert_eq!(window_chars(text, &[21], 2, 3), (0, 7));
        assert_eq!(window_chars(text, &[21], 7, 8), (7, 16));
    }
}
