//! How often a text is to be expected in everyday Chinese, read off the segmenter's
//! dictionary (jieba's word counts): the matcher uses it to tell the rare part of a
//! proximity term (骗了 in 被…骗了) from the common one.

use rustc_hash::FxHashMap as HashMap;

/// The segmenter's dictionary, `word count` lines: jieba's words of count 4 or more, and
/// the rarer ones that touch a lexicon term (`corpus/segment/make_dict.py` writes it).
pub(crate) const DICT: &str = include_str!("../corpus/segment/dict.txt");

/// The longest dictionary word looked for when a text is split into words, in characters.
const LONGEST_WORD: usize = 6;

/// Word counts of [`DICT`], for estimates.
pub(crate) struct Frequencies {
    counts: HashMap<&'static str, u32>,
    /// The sum of all counts: the size of the corpus they were counted in, in words.
    total: f64,
}

impl Frequencies {
    /// The counts of the embedded dictionary (171,000 words, about 30 ms: only a lexicon of
    /// one's own pays it, the embedded one reads its anchors back). A line
    /// that is not `word count` is left out: this is an estimate, and the segmenter's own
    /// test checks the file.
    pub fn new() -> Frequencies {
        let mut counts = HashMap::with_capacity_and_hasher(DICT.len() / 12, Default::default());
        let mut total = 0.0;
        for line in DICT.split('\n') {
            if let Some((word, Ok(count))) = line.split_once(' ').map(|(w, c)| (w, c.parse())) {
                counts.insert(word, count);
                total += f64::from(count);
            }
        }
        let total = f64::max(total, 1.0);
        Frequencies { counts, total }
    }

    /// How many times `text` is expected in the dictionary's corpus: a dictionary word's
    /// own count; another text is split into dictionary words, longest first from the
    /// left (a character not in the dictionary counts once), and they are taken to follow
    /// each other by chance, so each further word multiplies by its share of the corpus.
    /// 酒店 is a word, 让我到 is 让 + 我 + 到 and far rarer than any of them.
    pub fn estimate(&self, text: &str) -> f64 {
        if let Some(&count) = self.counts.get(text) {
            return f64::from(count);
        }
        let mut estimate = self.total;
        let mut rest = text;
        while let Some(first) = rest.chars().next() {
            let (word, count) = rest
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .take(LONGEST_WORD)
                .filter_map(|end| self.counts.get(&rest[..end]).map(|&n| (end, f64::from(n))))
                .last()
                .unwrap_or((first.len_utf8(), 1.0));
            estimate *= count / self.total;
            rest = &rest[word..];
        }
        estimate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_counts_as_the_dictionary_says_and_a_phrase_is_rarer_than_its_words() {
        let f = Frequencies::new();
        let word = |w: &str| {
            DICT.lines()
                .find_map(|l| l.strip_prefix(w)?.strip_prefix(' ')?.parse::<f64>().ok())
                .expect("in the dictionary")
        };
        assert_eq!(f.estimate("酒店"), word("酒店"));
        assert_eq!(f.estimate("我"), word("我"));
        let phrase = f.estimate("让我到");
        assert!(phrase > 0.0);
        assert!(phrase < word("让") && phrase < word("我") && phrase < word("到"));
        // A split from the left, longest word first: 酒店 + 里, not 酒 + 店里.
        let expected = f.total * (word("酒店") / f.total) * (word("里") / f.total);
        assert!((f.estimate("酒店里") - expected).abs() <= expected * 1e-9);
        // Text the dictionary has never seen is rare, not an error.
        assert!(f.estimate("qzx") < 1.0);
        assert_eq!(f.estimate(""), f.total);
    }
}
