//! Pinyin: a second match path for lexicon terms written in pinyin, with or without
//! spaces or tones (qingsheng, tiao lou, gē wàn), alone or mixed with characters (被pian了).
//!
//! The message is read as a sequence of syllables: every character with a reading gives its
//! syllable, and every Latin word is split into pinyin syllables (or, when it is not pinyin
//! — an English word, a URL — it breaks the sequence). Terms are written the same way, and a
//! leftmost-longest automaton finds them on syllable boundaries only: `|bu|xiang|huo|` never
//! matches across a split syllable. A match must contain at least one syllable the writer
//! typed in Latin letters, so that ordinary characters that merely sound like a term
//! (紫砂壶) do not fire; homophone slang is a curated list in the lexicon instead.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

use pinyin::ToPinyin;

use crate::assessment::Category;
use crate::automaton::{Automaton, Engine, Matches};
use crate::error::Error;
use crate::lexicon::Lexicon;
use crate::matcher::{Hit, Patterns};
use crate::normalize::is_cjk;
use crate::pack::Pack;

/// Marks a place where the syllable sequence is broken (a non-pinyin word, punctuation).
const BARRIER: char = '#';
/// Longest term matched in pinyin, in syllables: people type a word or two in pinyin, not a
/// sentence, and the longer expansions of the lexicons would double the automaton.
const MAX_KEY_SYLLABLES: usize = 6;
/// Longest pinyin syllable (zhuang, shuang, chuang).
const MAX_SYLLABLE: usize = 6;
/// The first of the private-use characters that stand for one syllable each.
const FIRST_SYMBOL: u32 = 0xE000;

/// Every plain pinyin syllable, read off the pinyin crate's table once.
static SYLLABLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    (0x4E00u32..=0x9FFF)
        .filter_map(char::from_u32)
        .filter_map(|c| c.to_pinyin())
        .map(|p| p.plain())
        .collect()
});

/// Syllables read as one: the second is a reading of a character the table gives the
/// first for. The table reads 了 as `le` only, but the lexicons' idioms of ending it all
/// say `liao` (一了百了 is yī liǎo bǎi liǎo, 了断 liǎo duàn, 了结 liǎo jié), and a writer who
/// spells them right was never matched. Read as one, `liao` and `le` also join 疗, 料 and
/// 聊 to 了 and 乐: a lexicon term holds a few syllables in a row, so a chance collision
/// needs the whole term's other syllables too.
const SAME_SYLLABLES: [(&str, &str); 1] = [("le", "liao")];

/// One private-use character per syllable (`ü` and `v` alike), so that the view holds one
/// symbol per syllable: keys are short, and a match can only cover whole syllables. The
/// syllables of [`SAME_SYLLABLES`] share one.
static SYMBOLS: LazyLock<HashMap<String, char>> = LazyLock::new(|| {
    let mut syllables: Vec<&str> = SYLLABLES.iter().copied().collect();
    syllables.sort_unstable();
    let mut symbols = HashMap::default();
    for (i, syllable) in syllables.into_iter().enumerate() {
        let symbol = char::from_u32(FIRST_SYMBOL + i as u32).unwrap_or(BARRIER);
        symbols.insert(syllable.replace('ü', "v"), symbol);
        symbols.insert(syllable.to_string(), symbol);
    }
    for (first, second) in SAME_SYLLABLES {
        if let Some(&symbol) = symbols.get(first) {
            symbols.insert(second.to_string(), symbol);
        }
    }
    symbols
});

/// The plain syllable of a character, `ü` written `v` as people type it.
fn syllable_of(ch: char) -> Option<Cow<'static, str>> {
    let plain = ch.to_pinyin()?.plain();
    Some(if plain.contains('ü') {
        Cow::Owned(plain.replace('ü', "v"))
    } else {
        Cow::Borrowed(plain)
    })
}

/// The symbol of a syllable.
fn symbol_of(syllable: &str) -> Option<char> {
    SYMBOLS.get(syllable).copied()
}

/// The symbol of each unified ideograph's syllable, none for one without a reading: read
/// once, where the terms of the lexicons ask for a quarter of a million of them.
static CHAR_SYMBOLS: LazyLock<Box<[Option<char>]>> = LazyLock::new(|| {
    (0x4E00u32..=0x9FFF)
        .map(|cp| char::from_u32(cp).and_then(|ch| symbol_of(&syllable_of(ch)?)))
        .collect()
});

/// The symbol of the syllable of a character, none if it has no reading.
fn char_symbol(ch: char) -> Option<char> {
    match ch as u32 {
        cp @ 0x4E00..=0x9FFF => CHAR_SYMBOLS[(cp - 0x4E00) as usize],
        _ => symbol_of(&syllable_of(ch)?),
    }
}

/// The pinyin key of a term, a symbol a syllable, or `None` if a character has no reading
/// or the term is shorter than two or longer than [`MAX_KEY_SYLLABLES`] syllables.
fn key_of(term: &str) -> Option<String> {
    // A symbol takes three bytes, like the ideograph it stands for.
    let mut key = String::with_capacity(term.len());
    let mut count = 0;
    for ch in term.chars() {
        if !is_cjk(ch) {
            return None;
        }
        key.push(char_symbol(ch)?);
        count += 1;
    }
    (2..=MAX_KEY_SYLLABLES).contains(&count).then_some(key)
}

/// The pinyin automaton over every lexicon term and allow phrase of two or more characters.
#[derive(Clone)]
pub(crate) struct Phonetic {
    automaton: Automaton,
    /// Pattern id → what the key stands for.
    entries: Vec<Key>,
}

/// The entries with one pinyin key, and the categories in which it is an allow phrase.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Key {
    /// (entry index, its category's index), at most one per category, in the order the
    /// lexicon first gave each category.
    entries: [(u32, u8); 3],
    len: u8,
    allowed: [bool; 3],
}

impl Key {
    fn entries(&self) -> &[(u32, u8)] {
        &self.entries[..self.len as usize]
    }
}

/// A key in the bytes of [`Phonetic::to_prebuilt`]: its entries, then its allow flags.
impl Pack for Key {
    fn pack(&self, out: &mut Vec<u8>) {
        (self.len as usize).pack(out);
        for entry in self.entries() {
            entry.pack(out);
        }
        self.allowed.pack(out);
    }
    /// At most one entry per category, each of a real category.
    fn unpack(bytes: &mut &[u8]) -> Option<Key> {
        let mut key = Key::default();
        let len = usize::unpack(bytes)?;
        if len > key.entries.len() {
            return None;
        }
        for slot in &mut key.entries[..len] {
            *slot = <(u32, u8)>::unpack(bytes)?;
            if slot.1 as usize >= Category::ALL.len() {
                return None;
            }
        }
        key.len = len as u8;
        key.allowed = <[bool; 3]>::unpack(bytes)?;
        Some(key)
    }
}

impl std::fmt::Debug for Phonetic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Phonetic")
            .field("patterns", &self.entries.len())
            .field("memory", &self.automaton.memory_usage())
            .finish()
    }
}

/// One syllable of the message, with its normalised byte range.
#[derive(Debug, Clone, Copy)]
struct Syllable {
    start: usize,
    end: usize,
    latin: bool,
}

impl Phonetic {
    /// The pinyin automaton of `lexicon`: read back from the one `build.rs` built when
    /// `lexicon` is the default lexicons (its fingerprint says so), built otherwise.
    /// `print` is that fingerprint where the caller knows it; otherwise it is taken here.
    pub fn new(lexicon: &Lexicon, print: Option<u64>) -> Result<Phonetic, Error> {
        let print = print.unwrap_or_else(|| lexicon.fingerprint());
        let bytes = crate::embedded::unpack(crate::embedded::PINYIN);
        match Phonetic::from_prebuilt(&bytes, lexicon, print) {
            Some(prebuilt) => Ok(prebuilt),
            None => Phonetic::build(lexicon),
        }
    }

    /// The pinyin automaton of `lexicon`, built.
    pub fn build(lexicon: &Lexicon) -> Result<Phonetic, Error> {
        let mut keys: Patterns<String, Key> = Patterns::with_capacity(lexicon.entries.len());
        for (i, entry) in lexicon.entries.iter().enumerate() {
            // A proximity term's text (被…骗了) is no word to spell: no key.
            if let Some(key) = lexicon.ordinary_text(entry).and_then(key_of) {
                // Homophones share a key (不想活了, 不想火了): one entry a category, the
                // strongest, so that one spelling does not count twice.
                let category = entry.category.index() as u8;
                let key = keys.value(key);
                let len = key.len as usize;
                match key.entries[..len].iter_mut().find(|(_, c)| *c == category) {
                    Some(kept)
                        if lexicon.entries[kept.0 as usize].strength() < entry.strength() =>
                    {
                        kept.0 = i as u32;
                    }
                    Some(_) => {}
                    None => {
                        key.entries[len] = (i as u32, category);
                        key.len += 1;
                    }
                }
            }
        }
        // Allow phrases take part in leftmost-longest matching here too: `xiang si ni le`
        // is 想死你了, not 想死. Whole or not: pinyin always has its spaces.
        for cue in lexicon.cues.iter().filter(|c| c.kind.is_allow()) {
            if let Some(key) = key_of(&cue.text) {
                let key = keys.value(key);
                for category in Category::ALL {
                    key.allowed[category.index()] |= cue.categories.contains(category);
                }
            }
        }
        // A double array stepping one character, that is one syllable, at a time.
        let automaton =
            Automaton::build(Engine::DoubleArray, Matches::LeftmostLongest, &keys.texts)
                .map_err(|e| Error::config(format!("cannot build the pinyin automaton: {e}")))?;
        Ok(Phonetic {
            automaton,
            entries: keys.values,
        })
    }

    /// The automaton as bytes behind the fingerprint of the lexicon it was built from
    /// (`build.rs` writes the default lexicons' so): the fingerprint, the number of keys,
    /// each key, then the double array. None should the double array not be one.
    #[allow(
        dead_code,
        reason = "build.rs and the tests call it, the library does not"
    )]
    pub fn to_prebuilt(&self, fingerprint: u64) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        fingerprint.pack(&mut bytes);
        self.entries.pack(&mut bytes);
        self.automaton.to_prebuilt(fingerprint)?.pack(&mut bytes);
        Some(bytes)
    }

    /// The automaton of [`Phonetic::to_prebuilt`]'s bytes if they were made from `lexicon`
    /// and read back whole, with every entry in it; otherwise none, and the caller builds
    /// it.
    fn from_prebuilt(mut bytes: &[u8], lexicon: &Lexicon, fingerprint: u64) -> Option<Phonetic> {
        if u64::unpack(&mut bytes)? != fingerprint {
            return None;
        }
        let entries: Vec<Key> = Vec::unpack(&mut bytes)?;
        let automaton =
            Automaton::from_prebuilt(crate::pack::unpack_bytes(&mut bytes)?, fingerprint)?;
        let known = |key: &Key| {
            key.entries()
                .iter()
                .all(|&(e, _)| (e as usize) < lexicon.entries.len())
        };
        (bytes.is_empty() && entries.iter().all(known)).then_some(Phonetic { automaton, entries })
    }

    /// Terms written (partly) in pinyin in the normalised text. The detector asks only for
    /// a text with a lower-case Latin letter (`Normalized::latin`); any other has no
    /// pinyin word and gives none.
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        // Most Latin text is English, a brand, a URL: no word of it is pinyin, and neither
        // the message's characters are collected nor the syllable view built.
        if !has_pinyin_word(text) {
            return Vec::new();
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let (view, syllables, at_byte) = syllable_view(&chars);
        let mut hits = Vec::new();
        self.automaton.for_each(&view, |id, start, end| {
            let first = at_byte[start];
            let last = at_byte[end - 1];
            let covered = &syllables[first..=last];
            if !covered.iter().any(|s| s.latin) {
                return;
            }
            let key = &self.entries[id];
            for &(entry, category) in key.entries() {
                if !key.allowed[category as usize] {
                    hits.push(Hit::term(
                        entry as usize,
                        covered[0].start,
                        covered[covered.len() - 1].end,
                    ));
                }
            }
        });
        hits
    }
}

/// The message as a symbol a syllable, `#` where the sequence breaks, its syllables, and
/// for each byte of the view the index of the syllable it belongs to.
fn syllable_view(chars: &[(usize, char)]) -> (String, Vec<Syllable>, Vec<usize>) {
    let mut view = String::new();
    let mut syllables: Vec<Syllable> = Vec::new();
    let mut at_byte: Vec<usize> = Vec::new();
    let push = |view: &mut String,
                at_byte: &mut Vec<usize>,
                syllables: &mut Vec<Syllable>,
                symbol: Option<char>,
                syl: Syllable| {
        match symbol {
            Some(symbol) => {
                let index = syllables.len();
                syllables.push(syl);
                at_byte.extend(std::iter::repeat_n(index, symbol.len_utf8()));
                view.push(symbol);
            }
            None if !view.ends_with(BARRIER) => {
                view.push(BARRIER);
                at_byte.push(syllables.len());
            }
            None => {}
        }
    };
    let barrier = |view: &mut String, at_byte: &mut Vec<usize>, next: usize| {
        if !view.ends_with(BARRIER) {
            view.push(BARRIER);
            at_byte.push(next);
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let (at, ch) = chars[i];
        if is_cjk(ch) {
            let syl = Syllable {
                start: at,
                end: at + ch.len_utf8(),
                latin: false,
            };
            push(
                &mut view,
                &mut at_byte,
                &mut syllables,
                char_symbol(ch),
                syl,
            );
            i += 1;
        } else if is_pinyin_letter(ch) {
            let j = latin_word_end(chars, i);
            match pinyin_word(chars, i, j) {
                Some(parts) => {
                    for (start, end, s) in parts {
                        let syl = Syllable {
                            start,
                            end,
                            latin: true,
                        };
                        push(&mut view, &mut at_byte, &mut syllables, symbol_of(&s), syl);
                    }
                }
                None => barrier(&mut view, &mut at_byte, syllables.len()),
            }
            i = j;
        } else {
            if !ch.is_whitespace() {
                barrier(&mut view, &mut at_byte, syllables.len());
            }
            i += 1;
        }
    }
    (view, syllables, at_byte)
}

/// The end of the Latin word starting at `chars[i]`: letters with tone marks, tone
/// digits, apostrophes.
fn latin_word_end(chars: &[(usize, char)], i: usize) -> usize {
    let mut j = i;
    while j < chars.len() && in_latin_word(chars[j].1) {
        j += 1;
    }
    j
}

/// A character that continues a Latin word: a letter with or without a tone mark, a tone
/// digit, an apostrophe.
fn in_latin_word(ch: char) -> bool {
    is_pinyin_letter(ch) || matches!(ch, '1'..='5' | '\'')
}

/// Whether a Latin word between the characters `before` and `after` (none at the text's
/// ends) is glued to a URL, an address or code.
fn glued(before: Option<char>, after: Option<char>) -> bool {
    before.is_some_and(is_code_char) || after.is_some_and(is_code_char)
}

/// Whether some Latin word of `text` is pinyin ([`pinyin_word`]): the words
/// [`latin_word_end`] delimits, walked over the text itself, each collected alone.
fn has_pinyin_word(text: &str) -> bool {
    let mut word: Vec<(usize, char)> = Vec::new();
    let mut before: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        if !is_pinyin_letter(ch) {
            before = Some(ch);
            continue;
        }
        word.clear();
        word.push((at, ch));
        while let Some(next) = chars.next_if(|&(_, ch)| in_latin_word(ch)) {
            word.push(next);
        }
        let after = chars.peek().map(|&(_, ch)| ch);
        if !glued(before, after) && split_syllables(&word).is_some() {
            return true;
        }
        before = word.last().map(|&(_, ch)| ch);
    }
    false
}

/// The syllables of the Latin word `chars[i..j]`, unless it is not pinyin or is glued to
/// a URL, an address or code.
fn pinyin_word(chars: &[(usize, char)], i: usize, j: usize) -> Option<Vec<(usize, usize, String)>> {
    let before = i.checked_sub(1).map(|b| chars[b].1);
    if glued(before, chars.get(j).map(|&(_, ch)| ch)) {
        None
    } else {
        split_syllables(&chars[i..j])
    }
}

/// A letter of pinyin, with or without a tone mark.
fn is_pinyin_letter(ch: char) -> bool {
    // Every tone-marked letter is below U+0200: other characters skip the table.
    ch.is_ascii_lowercase() || (ch as u32) < 0x200 && plain_vowel(ch).is_some()
}

/// Characters that make a Latin word part of a URL, an address or code, not pinyin.
fn is_code_char(ch: char) -> bool {
    ch.is_ascii_digit()
        || matches!(
            ch,
            '.' | '/' | ':' | '@' | '_' | '-' | '=' | '&' | '?' | '#' | '%'
        )
}

/// A tone-marked vowel without its tone (ü as v).
fn plain_vowel(ch: char) -> Option<char> {
    Some(match ch {
        'ā' | 'á' | 'ǎ' | 'à' => 'a',
        'ē' | 'é' | 'ě' | 'è' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' => 'u',
        'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' => 'v',
        'ń' | 'ň' | 'ǹ' => 'n',
        _ => return None,
    })
}

/// Split a Latin word into pinyin syllables (fewest syllables wins: xian, not xi an), with
/// each syllable's byte range; `None` if it is not pinyin.
fn split_syllables(word: &[(usize, char)]) -> Option<Vec<(usize, usize, String)>> {
    // Letters without tones, apostrophes and tone digits dropped, each with its range.
    let mut letters: Vec<(usize, usize, char)> = Vec::new();
    let mut hard_breaks: HashSet<usize> = HashSet::default();
    for &(at, ch) in word {
        let end = at + ch.len_utf8();
        match ch {
            '\'' | '1'..='5' => {
                hard_breaks.insert(letters.len());
                if let Some(last) = letters.last_mut() {
                    last.1 = end;
                }
            }
            _ => letters.push((at, end, plain_vowel(ch).unwrap_or(ch))),
        }
    }
    let n = letters.len();
    if n == 0 {
        return None;
    }
    let plain: String = letters.iter().map(|l| l.2).collect();
    // best[i]: fewest syllables covering plain[..i], and where the last one starts.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 1..=n {
        for start in end.saturating_sub(MAX_SYLLABLE)..end {
            let Some((count, _)) = best[start] else {
                continue;
            };
            if (start + 1..end).any(|b| hard_breaks.contains(&b)) {
                continue;
            }
            if SYLLABLES.contains(&plain[start..end])
                && best[end].is_none_or(|(c, _)| count + 1 < c)
            {
                best[end] = Some((count + 1, start));
            }
        }
    }
    best[n]?;
    let mut parts = Vec::new();
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        parts.push((
            letters[start].0,
            letters[end - 1].1,
            plain[start..end].to_string(),
        ));
        end = start;
    }
    parts.reverse();
    Some(parts)
}

/// Build the syllable tables now (benchmarks and servers warm them up front).
pub(crate) fn warm_up() {
    // The character table reads the syllable symbols, which read the syllables.
    LazyLock::force(&CHAR_SYMBOLS);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk `hits` did before [`has_pinyin_word`]: over the collected characters.
    fn has_pinyin_word_collected(text: &str) -> bool {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            if is_pinyin_letter(chars[i].1) {
                let j = latin_word_end(&chars, i);
                if pinyin_word(&chars, i, j).is_some() {
                    return true;
                }
                i = j;
            } else {
                i += 1;
            }
        }
        false
    }

    proptest::proptest! {
        #[test]
        fn the_walk_over_the_text_finds_a_pinyin_word_where_the_collected_walk_does(
            text in "[a-zA-Z0-9'./:@ _āáǎàüǚ我你好-]{0,24}"
        ) {
            proptest::prop_assert_eq!(has_pinyin_word(&text), has_pinyin_word_collected(&text));
        }
    }

    #[test]
    fn a_pinyin_word_is_found_and_english_a_url_or_code_are_not() {
        for text in [
            "wo bu xiang huo le",
            "我想si了",
            "xi'an",
            "sha4 ren2",
            "tā shuō",
        ] {
            assert!(has_pinyin_word(text), "{text}");
            assert!(has_pinyin_word_collected(text), "{text}");
        }
        for text in [
            "",
            "www.baidu.com",
            "hello world",
            "5abc",
            "我很好",
            "x@y.z",
        ] {
            assert!(!has_pinyin_word(text), "{text}");
            assert!(!has_pinyin_word_collected(text), "{text}");
        }
    }

    fn split(word: &str) -> Option<Vec<String>> {
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        split_syllables(&chars).map(|p| p.into_iter().map(|(_, _, s)| s).collect())
    }

    #[test]
    fn splits_pinyin_words_and_rejects_english() {
        assert_eq!(split("qingsheng").unwrap(), ["qing", "sheng"]);
        assert_eq!(split("tiaolou").unwrap(), ["tiao", "lou"]);
        assert_eq!(split("gēwàn").unwrap(), ["ge", "wan"]);
        assert_eq!(split("xian").unwrap(), ["xian"]);
        assert_eq!(split("xi'an").unwrap(), ["xi", "an"]);
        assert_eq!(split("xiang3").unwrap(), ["xiang"]);
        assert!(split("hello").is_none());
        assert!(split("world").is_none());
    }

    #[test]
    fn allow_phrases_beat_terms_in_pinyin_too() {
        let lexicon = Lexicon::parse(
            "t",
            "想死\tself_harm\tpassive_wish\t0.5\t-\n想死你了\tallow\tself_harm",
        )
        .unwrap();
        let phonetic = Phonetic::new(&lexicon, None).unwrap();
        assert!(phonetic.hits("wo ma shuo xiang si ni le").is_empty());
        assert_eq!(phonetic.hits("wo xiang si").len(), 1);
        assert_eq!(phonetic.hits("xiang si ni le wo ye xiang si").len(), 1);
    }

    #[test]
    fn le_and_liao_spell_the_same_character() {
        let lexicon = Lexicon::parse("t", "一了百了\tself_harm\tideation\t0.7\t-").unwrap();
        let phonetic = Phonetic::new(&lexicon, None).unwrap();
        // 了 as the idiom says it, and as the table reads it.
        assert_eq!(phonetic.hits("yi liao bai liao").len(), 1);
        assert_eq!(phonetic.hits("yi le bai le").len(), 1);
        // Another syllable is still another syllable.
        assert!(phonetic.hits("yi lao bai lao").is_empty());
    }

    #[test]
    fn term_keys() {
        let key = key_of("不想活").unwrap();
        let symbols: Vec<char> = ["bu", "xiang", "huo"]
            .iter()
            .map(|s| symbol_of(s).unwrap())
            .collect();
        assert_eq!(key.chars().collect::<Vec<_>>(), symbols);
        assert_eq!(symbol_of("lü"), symbol_of("lv"));
        assert_eq!(key_of("自杀"), key_of("紫砂"));
        assert!(key_of("死").is_none());
    }

    #[test]
    fn the_default_pinyin_automaton_is_the_prebuilt_one_and_finds_what_a_built_one_finds() {
        let lexicon = Lexicon::defaults().expect("defaults");
        let prebuilt = Phonetic::from_prebuilt(
            &crate::embedded::unpack(crate::embedded::PINYIN),
            &lexicon,
            lexicon.fingerprint(),
        )
        .expect("the prebuilt pinyin automaton matches the default lexicons");
        let built = Phonetic::build(&lexicon).expect("built");
        assert_eq!(prebuilt.entries, built.entries);
        for text in [
            "wo bu xiang huo le",
            "wo xiang zi sha",
            "ta yao sha wo",
            "bei pian le 5w",
            "xiang si ni le",
        ] {
            assert_eq!(prebuilt.hits(text), built.hits(text), "{text}");
        }
        assert!(!prebuilt.hits("wo bu xiang huo le").is_empty());
    }

    #[test]
    fn prebuilt_bytes_are_read_back_only_for_their_lexicon_and_only_whole() {
        let lexicon = Lexicon::parse(
            "t",
            "想死\tself_harm\tpassive_wish\t0.5\t-\n不想活\tself_harm\tpassive_wish\t0.6\t-\n\
             想死你了\tallow\tself_harm",
        )
        .expect("lexicon");
        let built = Phonetic::build(&lexicon).expect("built");
        let bytes = built.to_prebuilt(lexicon.fingerprint()).expect("bytes");
        let back =
            Phonetic::from_prebuilt(&bytes, &lexicon, lexicon.fingerprint()).expect("read back");
        assert_eq!(back.entries, built.entries);
        assert_eq!(back.hits("wo bu xiang huo"), built.hits("wo bu xiang huo"));
        assert_eq!(back.hits("wo bu xiang huo").len(), 1);
        for cut in [0, 8, 12, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                Phonetic::from_prebuilt(&bytes[..cut], &lexicon, lexicon.fingerprint()).is_none(),
                "{cut}"
            );
        }
        // Another weight is another lexicon.
        let heavier = Lexicon::parse(
            "t",
            "想死\tself_harm\tpassive_wish\t0.6\t-\n不想活\tself_harm\tpassive_wish\t0.6\t-\n\
             想死你了\tallow\tself_harm",
        )
        .expect("lexicon");
        assert!(Phonetic::from_prebuilt(&bytes, &heavier, heavier.fingerprint()).is_none());
        // An entry index past the lexicon's end is refused, not trusted: bytes of this
        // lexicon's pinyin automaton, stamped with the fingerprint of a smaller one.
        let smaller =
            Lexicon::parse("t", "想死\tself_harm\tpassive_wish\t0.5\t-\n").expect("lexicon");
        let stamped = built.to_prebuilt(smaller.fingerprint()).expect("bytes");
        assert!(Phonetic::from_prebuilt(&stamped, &smaller, smaller.fingerprint()).is_none());
        // A key with four entries, or of a fourth category, is refused too.
        let mut four = Vec::new();
        4usize.pack(&mut four);
        assert!(Key::unpack(&mut four.as_slice()).is_none());
        let mut fourth = Vec::new();
        1usize.pack(&mut fourth);
        (0u32, 3u8).pack(&mut fourth);
        [false; 3].pack(&mut fourth);
        assert!(Key::unpack(&mut fourth.as_slice()).is_none());
    }
}
