//! Word boundaries, from jieba-rs behind one lazily built instance.
//!
//! Only hits are checked, and only a short window of text around each one, so a message
//! without a hit never reaches the segmenter and a long message is never segmented whole.

use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::normalize::is_clause_break;

/// The segmenter's dictionary: jieba's words of frequency 4 or more, and the rarer ones
/// that touch a lexicon term (`corpus/segment/make_dict.py` writes it). Half the memory of
/// jieba's full dictionary, and no copy of it kept in memory.
const DICT: &str = include_str!("../corpus/segment/dict.txt");

/// The segmenter: its dictionary takes tens of milliseconds to load, so it is built on the
/// first hit that needs it, once per process. The embedded dictionary is checked by a test;
/// should it still fail to load, every match counts as on word boundaries.
static JIEBA: LazyLock<Jieba> =
    LazyLock::new(|| Jieba::with_dict(&mut DICT.as_bytes()).unwrap_or_else(|_| Jieba::empty()));

/// How far around a hit the segmenter looks, in characters on each side.
const WINDOW_CHARS: usize = 12;

/// Force the segmenter to be built (benchmarks and servers warm it up front).
pub(crate) fn warm_up() {
    LazyLock::force(&JIEBA);
}

#[cfg(test)]
thread_local! {
    /// How many times this thread called the segmenter (tests check the fast path).
    pub(crate) static CALLS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Whether `text[start..end]` starts and ends on word boundaries, i.e. the match is not
/// the inside of a longer ordinary word (轻生 in 轻生活, 自杀 in 自杀式).
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let (start_ok, end_ok) = boundaries(text, start, end);
    start_ok && end_ok
}

/// Whether a word starts at `at` (a cue such as 别 counts in 别担心 but not in 特别).
pub(crate) fn starts_word(text: &str, at: usize) -> bool {
    let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    boundaries(text, at, end).0
}

/// Whether a word starts at `start` and whether one ends at `end`, from one segmenter call
/// over the window around `start..end`. The window's edges (a clause break, the text's
/// ends) count as boundaries.
fn boundaries(text: &str, start: usize, end: usize) -> (bool, bool) {
    #[cfg(test)]
    CALLS.with(|calls| calls.set(calls.get() + 1));

    let window_start = window_edge(text[..start].char_indices().rev(), start, true);
    let window_end = window_edge(
        text[end..].char_indices().map(|(i, c)| (end + i, c)),
        end,
        false,
    );
    let (mut start_ok, mut end_ok) = (start == window_start, end == window_end);
    if start_ok && end_ok {
        return (true, true);
    }
    for token in JIEBA.cut(&text[window_start..window_end], false) {
        start_ok |= window_start + token.byte_start == start;
        end_ok |= window_start + token.byte_end == end;
    }
    (start_ok, end_ok)
}

/// The byte offset where the window ends on one side: at most [`WINDOW_CHARS`]
/// characters away, and never across a clause break.
fn window_edge(chars: impl Iterator<Item = (usize, char)>, from: usize, backwards: bool) -> usize {
    let mut edge = from;
    for (taken, (at, ch)) in chars.enumerate() {
        if taken == WINDOW_CHARS || is_clause_break(ch) {
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
        on_word_boundaries(text, start, start + term.len())
    }

    #[test]
    fn a_term_inside_a_longer_word_is_not_on_boundaries() {
        assert!(!check("这个轻生活品牌不错", "轻生"));
        assert!(check("他有轻生的念头", "轻生"));
        assert!(check("我想自杀", "自杀"));
    }

    #[test]
    fn the_embedded_dictionary_loads_with_its_words() {
        let jieba = Jieba::with_dict(&mut DICT.as_bytes()).expect("corpus/segment/dict.txt");
        for word in ["生活", "自杀式", "跳楼价", "死机", "我们"] {
            assert!(jieba.has_word(word), "{word}");
        }
    }

    #[test]
    fn window_stops_at_clause_breaks_and_text_edges() {
        assert!(check("自杀", "自杀"));
        assert!(check("好吧，自杀", "自杀"));
    }
}
