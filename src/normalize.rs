//! Normalisation: fold a message into the form the lexicon is written in, and keep a map
//! from every normalised byte back to the original bytes that produced it.
//!
//! The steps are lossless before lossy (charabia's rule), each one small:
//!
//! 1. [`fold_char`]: NFKC compatibility folding (full-width letters and digits, circled
//!    numbers) and lower case;
//! 2. [`to_simplified`]: traditional → simplified, one character for one (fast2s' table),
//!    and [`dialect`]: Wu and Cantonese function words to Mandarin (弗 → 不, 伊 → 他,
//!    侬 → 你, 覅 → 不要, 冇 → 没, and the northern 俺 → 我), and [`pictograph`]: emoji of the lexicons' objects
//!    (💊 → 药, 🔪 → 刀), so that one lexicon serves every way of writing;
//! 3. separators between CJK characters are dropped (割 腕, 轻*生, 安🙏全), but a clause
//!    break (，。！？) is kept unless it stands between isolated single characters
//!    (轻。生。), so that words on both sides of a real break are not glued together;
//! 4. runs of three or more of the same CJK character collapse to one (想死死死死), laughter
//!    to two (哈哈哈哈 → 哈哈).
//!
//! A comma that groups the digits of a number (3,200元) is dropped before these steps.
//!
//! They run in one pass: [`fold`] hands each folded character to the [`Joiner`] (step 3),
//! which holds back a run of separators until it sees what follows, and passes the rest to
//! the [`Writer`] (step 4). Most of a message is plain ideographs, which no step changes:
//! a stretch of them is copied whole ([`plain_stretch`]).
//!
//! Lexicon terms go through the same function, so both sides always agree.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::bits::Bits;

/// A normalised message and its way back to the original.
#[derive(Debug, Clone, Default)]
pub(crate) struct Normalized {
    /// The normalised text the automata run over.
    pub text: String,
    /// The way back, in pieces in the order of `text`: see [`Piece`].
    origin: Vec<Piece>,
    /// Byte positions in `text` where spaces between words were dropped: people use a
    /// space as a comma, so context analysis treats these as clause breaks.
    pub soft_breaks: Vec<usize>,
    /// Whether `text` holds a lower-case ASCII letter, that is, whether it may hold pinyin.
    pub latin: bool,
}

/// The normalised bytes from `at` to the next piece's `at` (or the end of the text), and
/// the original bytes `start..end` they came from. A piece whose two sides are as long as
/// each other is a stretch written character for character with each character's own
/// original bytes (plain ideographs, ASCII): the character `k` bytes into it came from the
/// original `k` bytes into `start..end`. Any other piece is one character, which stands for
/// all of `start..end` (覅 → 不要 is two pieces of the same span, 死死死死 → 死 one).
#[derive(Debug, Clone, Copy)]
struct Piece {
    at: u32,
    start: u32,
    end: u32,
}

impl Normalized {
    /// The original byte range covered by the normalised byte range `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        (self.original_of(start).0, self.original_of(end - 1).1)
    }

    /// The original byte range of the normalised character that holds byte `byte`.
    fn original_of(&self, byte: usize) -> (usize, usize) {
        let i = self.origin.partition_point(|p| p.at as usize <= byte) - 1;
        let Piece { at, start, end } = self.origin[i];
        let (at, start, end) = (at as usize, start as usize, end as usize);
        let next = self
            .origin
            .get(i + 1)
            .map_or(self.text.len(), |p| p.at as usize);
        if next - at != end - start {
            return (start, end);
        }
        let char_at = floor_char_boundary(&self.text, byte);
        let width = self.text[char_at..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        let from = start + (char_at - at);
        (from, from + width)
    }
}

/// Whether one of `soft_breaks` (a [`Normalized::soft_breaks`]) falls strictly inside the
/// normalised byte range `start..end`: a space the writer put between two words there.
pub(crate) fn soft_break_within(soft_breaks: &[usize], start: usize, end: usize) -> bool {
    let at = soft_breaks.partition_point(|&b| b <= start);
    soft_breaks.get(at).is_some_and(|&b| b < end)
}

/// Normalise `original`; see the module docs for the steps.
pub(crate) fn normalize(original: &str) -> Normalized {
    normalize_with(original, true)
}

/// [`normalize`], with or without the shortcut for ASCII words: without it each of their
/// letters is folded and fed alone (a test checks both ways give one result).
fn normalize_with(original: &str, ascii_words: bool) -> Normalized {
    let plain_bits: &Bits = &PLAIN;
    let mut join = Joiner::new(original.len());
    let mut at = 0;
    while at < original.len() {
        if join.settled() {
            let end = plain_stretch(original.as_bytes(), at, plain_bits, join.out.last);
            if end > at {
                join.copy_plain(&original[at..end], at);
                at = end;
                continue;
            }
            let end = ascii_word_stretch(original.as_bytes(), at);
            if ascii_words && end > at + 1 {
                join.copy_ascii_word(&original[at..end], at);
                at = end;
                continue;
            }
        }
        let Some(ch) = original[at..].chars().next() else {
            break;
        };
        if ch == ',' && thousands_separator(original.as_bytes(), at, join.last_char()) {
            at += 1;
            continue;
        }
        fold(original, at, ch, join.last_char(), |unit| join.feed(unit));
        at += ch.len_utf8();
    }
    join.finish()
}

/// Whether the ASCII comma at byte `at` of `bytes`, after the folded character `prev`,
/// groups the digits of one number (3,200元, 100,000.00, 1,234,567): a digit before it and
/// exactly three after it. Such a comma is dropped, so that the number is read whole and is
/// no clause break between a payment and its amount (骗走我3,200元, as a bank's message
/// writes it).
fn thousands_separator(bytes: &[u8], at: usize, prev: Option<char>) -> bool {
    prev.is_some_and(|c| c.is_ascii_digit())
        && matches!(bytes.get(at + 1..at + 4), Some(three) if three.iter().all(u8::is_ascii_digit))
        && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
}

/// The end of the stretch of plain ideographs (see [`PLAIN`]) from byte `at` of `bytes`,
/// which step 3 and 4 leave as they are: each differs from the one before it (`last` for
/// the first), so that no run of one character begins in it. `at` if there is none.
fn plain_stretch(bytes: &[u8], at: usize, bits: &Bits, last: Option<char>) -> usize {
    let mut last = last.map_or(0, u32::from);
    let mut rest = &bytes[at..];
    while let Some(cp) = ideograph_at(rest) {
        // Below the block (E4 starts U+4000 to U+4FFF), the index wraps past the bits.
        if cp == last || !bits.get(cp.wrapping_sub(T2S_FIRST) as usize) {
            break;
        }
        last = cp;
        rest = &rest[3..];
    }
    bytes.len() - rest.len()
}

/// The end of the stretch of ASCII letters and digits from byte `at` of `bytes` (a link,
/// an app's name, a sum in digits): each folds to itself in lower case and is of
/// [`Class::Other`]. `at` if there is none.
#[inline(always)]
fn ascii_word_stretch(bytes: &[u8], at: usize) -> usize {
    if !bytes[at].is_ascii_alphanumeric() {
        return at;
    }
    at + bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// The code point of the character `bytes` (UTF-8) start with if it is a three-byte one
/// whose lead byte is E4 to E9 (U+4000 to U+9FFF: the unified ideographs and the end of
/// extension A), decoded without the general decoder: nearly every character of a message.
#[inline(always)]
fn ideograph_at(bytes: &[u8]) -> Option<u32> {
    match *bytes {
        [lead @ 0xE4..=0xE9, second, third, ..] => Some(
            (u32::from(lead & 0x0F) << 12)
                | (u32::from(second & 0x3F) << 6)
                | u32::from(third & 0x3F),
        ),
        _ => None,
    }
}

/// Characters of laughter, whose long runs collapse to two, not one.
const LAUGHTER: &str = "哈呵嘿嘻";

/// Writes units out, collapsing runs of three or more of one CJK character (step 4).
struct Writer {
    norm: Normalized,
    /// Length of the run of identical characters the last unit belongs to.
    run: usize,
    /// The last character written.
    last: Option<char>,
}

impl Writer {
    #[inline(always)]
    fn push(&mut self, unit: Unit) {
        if unit.class == Class::Cjk && self.last == Some(unit.ch) {
            self.run += 1;
            if self.run >= 3 {
                self.extend_run(unit);
                return;
            }
        } else {
            self.run = 1;
            self.last = Some(unit.ch);
        }
        let byte = self.norm.text.len();
        if unit.soft_break {
            self.norm.soft_breaks.push(byte);
        }
        self.norm.latin |= unit.ch.is_ascii_lowercase();
        self.norm.text.push(unit.ch);
        self.map(byte, unit.start, unit.end);
    }

    /// Write plain ideographs as they are, from byte `start` of the original: none is the
    /// last character written, and none the same as the one before it.
    fn copy_plain(&mut self, plain: &str, start: usize) {
        let byte = self.norm.text.len();
        self.norm.text.push_str(plain);
        self.map(byte, start as u32, (start + plain.len()) as u32);
        self.run = 1;
        self.last = plain.chars().next_back();
    }

    /// Write ASCII letters and digits in lower case, from byte `start` of the original, as
    /// [`Writer::push`] writes each of them: none is CJK, so no run of one character
    /// collapses, and the last written is the last of them.
    fn copy_ascii_word(&mut self, word: &str, start: usize) {
        let byte = self.norm.text.len();
        let lower = word.bytes().map(|b| char::from(b.to_ascii_lowercase()));
        self.norm.text.extend(lower);
        self.norm.latin |= word.bytes().any(|b| b.is_ascii_alphabetic());
        self.map(byte, start as u32, (start + word.len()) as u32);
        self.run = 1;
        self.last = self.norm.text.chars().next_back();
    }

    /// Map the text written from `byte` on to the original `start..end`: the last piece
    /// grows if both are a character-for-character stretch that continues it.
    #[inline(always)]
    fn map(&mut self, byte: usize, start: u32, end: u32) {
        let (byte, written) = (byte as u32, (self.norm.text.len() - byte) as u32);
        if let Some(last) = self.norm.origin.last_mut() {
            if last.end == start
                && end - start == written
                && byte - last.at == last.end - last.start
            {
                last.end = end;
                return;
            }
        }
        self.norm.origin.push(Piece {
            at: byte,
            start,
            end,
        });
    }

    /// The third or later character of a run of one CJK character: the first written
    /// stands for all of it (laughter: the first two).
    #[cold]
    fn extend_run(&mut self, unit: Unit) {
        let width = unit.ch.len_utf8();
        // Laughter keeps two characters (哈哈哈哈 → 哈哈): one 哈 is no laugh.
        if !LAUGHTER.contains(unit.ch) && self.run == 3 {
            // Drop the second of the run; the first now stands for all of it.
            let byte = self.norm.text.len() - width;
            if self.last_piece_alone(byte).is_some() {
                self.norm.origin.pop();
            }
            self.norm.text.truncate(byte);
            if self.norm.soft_breaks.last() == Some(&byte) {
                self.norm.soft_breaks.pop();
            }
        }
        let byte = self.norm.text.len() - width;
        if let Some(first) = self.last_piece_alone(byte) {
            first.end = unit.end;
        }
    }

    /// The piece of the last character written, which starts at `byte`, split off the
    /// stretch it ends if it ends one.
    fn last_piece_alone(&mut self, byte: usize) -> Option<&mut Piece> {
        let byte = byte as u32;
        let origin = &mut self.norm.origin;
        let stretch = origin.last_mut()?;
        if stretch.at < byte {
            // More than one character: a character-for-character stretch.
            let split = stretch.start + (byte - stretch.at);
            let end = std::mem::replace(&mut stretch.end, split);
            origin.push(Piece {
                at: byte,
                start: split,
                end,
            });
        }
        origin.last_mut()
    }
}

/// Normalise a lexicon term: the same steps as a message, text only.
pub(crate) fn normalize_term(term: String) -> String {
    // Most lexicon terms are plain simplified characters already: nothing to fold, drop
    // or collapse. A hundred thousand of them are read at construction.
    let bits: &Bits = &PLAIN;
    let mut chars = term.chars();
    let mut run = (None, 0);
    let unchanged = !term.is_empty()
        && chars.all(|ch| {
            run = if run.0 == Some(ch) {
                (run.0, run.1 + 1)
            } else {
                (Some(ch), 1)
            };
            plain(bits, ch) && run.1 < 3
        });
    if unchanged {
        term
    } else {
        normalize(&term).text
    }
}

/// One folded character with the original byte range it came from.
#[derive(Debug, Clone, Copy)]
struct Unit {
    ch: char,
    start: u32,
    end: u32,
    /// Dropped spaces stood right before this unit, between two words.
    soft_break: bool,
    /// What the character is, decided once: see [`Class`].
    class: Class,
}

/// The classes of characters the separator step tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cjk,
    /// A filler between characters: space, symbol, emoji, non-clause punctuation.
    Filler,
    /// A clause break: ，。！？ and the like.
    Break,
    Other,
}

impl Class {
    #[inline]
    fn of(ch: char) -> Class {
        if is_cjk(ch) {
            Class::Cjk
        } else if is_clause_break(ch) {
            Class::Break
        } else if is_filler(ch) {
            Class::Filler
        } else {
            Class::Other
        }
    }

    fn is_separator(self) -> bool {
        matches!(self, Class::Filler | Class::Break)
    }
}

/// Steps 1 and 2 for the character `ch` at byte `at` of `original`, after the folded
/// character `prev`: compatibility folding, lower case, traditional → simplified, dialect.
/// Each folded character goes to `emit` with the original bytes of `ch`.
fn fold(original: &str, at: usize, ch: char, prev: Option<char>, mut emit: impl FnMut(Unit)) {
    let start = at as u32;
    let end = (at + ch.len_utf8()) as u32;
    let unit = |ch: char, class: Class| Unit {
        ch,
        start,
        end,
        soft_break: false,
        class,
    };
    // The common cases first: ASCII, a plain ideograph, and punctuation or a symbol that
    // folds to one character.
    if ch.is_ascii() {
        let lower = ch.to_ascii_lowercase();
        return emit(unit(lower, Class::of(lower)));
    }
    match ch as u32 {
        T2S_FIRST..=T2S_LAST if plain(&PLAIN, ch) => return emit(unit(ch, Class::Cjk)),
        cp => {
            if let Some(folded) = folded_by_table(cp) {
                return emit(unit(folded, Class::of(folded)));
            }
        }
    }
    let next = original[end as usize..].chars().next();
    fold_general(&T2S, prev, ch, next, |ch| emit(unit(ch, Class::of(ch))));
}

/// Steps 1 and 2 for one character the common cases do not cover, between the folded
/// character before it and the original one after it.
fn fold_general(
    table: &[char],
    prev: Option<char>,
    ch: char,
    next: Option<char>,
    mut emit: impl FnMut(char),
) {
    fold_char(ch, |folded| {
        let simple = to_simplified(table, folded);
        // The next character only matters after 著 (rare): not simplified otherwise.
        let simple = if simple == '著' {
            particle_zhe(prev, simple, next.map(|c| to_simplified(table, c)))
        } else {
            simple
        };
        dialect(pictograph(simple), &mut emit);
    });
}

/// End (exclusive) of the code points below the unified ideographs that [`FOLDED`] covers:
/// Latin, punctuation, symbols, kana, CJK punctuation.
const FOLDED_END: u32 = 0x3400;

/// [`fold_char`] of every code point from 0x80 to [`FOLDED_END`] that it folds to exactly
/// one character, none for the others: the normalisation check is otherwise the costliest
/// step for the punctuation of every message. A fold into the unified ideographs (㊥ → 中)
/// is left out too: the later steps of [`fold`] (simplification, 著, dialect) may change it.
static FOLDED: LazyLock<Box<[Option<char>]>> = LazyLock::new(|| single_folds(0x80..FOLDED_END));

/// The half- and full-width forms (，？！：（） and full-width letters and digits), which
/// [`WIDE`] covers as [`FOLDED`] covers the code points below the ideographs: Chinese text
/// punctuates with them.
const WIDE_FIRST: u32 = 0xFF00;
const WIDE_END: u32 = 0xFFF0;

/// [`fold_char`] of the code points from [`WIDE_FIRST`] to [`WIDE_END`], as [`FOLDED`].
static WIDE: LazyLock<Box<[Option<char>]>> = LazyLock::new(|| single_folds(WIDE_FIRST..WIDE_END));

/// What [`FOLDED`] or [`WIDE`] folds `cp` to; none outside them, or where the general
/// fold is needed.
#[inline]
fn folded_by_table(cp: u32) -> Option<char> {
    match cp {
        0x80..FOLDED_END => FOLDED[(cp - 0x80) as usize],
        WIDE_FIRST..WIDE_END => WIDE[(cp - WIDE_FIRST) as usize],
        _ => None,
    }
}

/// For each code point of `range`, what [`fold_char`] folds it to when that is exactly one
/// character outside the unified ideographs; none otherwise.
fn single_folds(range: std::ops::Range<u32>) -> Box<[Option<char>]> {
    range
        .map(|cp| {
            let mut out = (0, None);
            if let Some(ch) = char::from_u32(cp) {
                fold_char(ch, |folded| out = (out.0 + 1, Some(folded)));
            }
            match out {
                (1, Some(folded)) if (folded as u32) < T2S_FIRST || folded as u32 > T2S_LAST => {
                    Some(folded)
                }
                _ => None,
            }
        })
        .collect()
}

/// Emoji that stand for an object or a place of the lexicons (💊💊💊 全吃了, 🔪 在手上,
/// 🌉上) as its character. Other emoji stay fillers between characters.
fn pictograph(ch: char) -> char {
    match ch {
        '💊' => '药',
        '🔪' | '🗡' => '刀',
        '🔫' => '枪',
        '🪢' => '绳',
        '🌉' => '桥',
        '🩸' => '血',
        _ => ch,
    }
}

/// Whether [`dialect`] leaves `ch` as it is.
fn dialect_keeps(ch: char) -> bool {
    let mut kept = true;
    dialect(ch, |out| kept &= out == ch);
    kept
}

/// Wu and Cantonese function words to their Mandarin form. One character may become two
/// (覅 → 不要); both keep the original character's span.
fn dialect(ch: char, mut emit: impl FnMut(char)) {
    match ch {
        '弗' => emit('不'),
        '覅' => {
            emit('不');
            emit('要');
        }
        '伊' => emit('他'),
        '侬' => emit('你'),
        '冇' => emit('没'),
        '俺' => emit('我'),
        _ => emit(ch),
    }
}

/// 著 is the aspect particle 着 in traditional text (拿著刀, 看著), except in the words
/// where simplified Chinese keeps it (著名, 显著, 著作). fast2s converts character by
/// character and leaves it alone.
fn particle_zhe(prev: Option<char>, ch: char, next: Option<char>) -> char {
    const WORD_AFTER: &str = "名作称述书者录";
    const WORD_BEFORE: &str = "显卓昭土原名巨编论遗专新拙合大";
    if ch != '著'
        || next.is_some_and(|n| WORD_AFTER.contains(n))
        || prev.is_some_and(|p| WORD_BEFORE.contains(p))
    {
        ch
    } else {
        '着'
    }
}

/// NFKC and lower case of one character; may give zero, one or several characters.
fn fold_char(ch: char, mut emit: impl FnMut(char)) {
    match ch as u32 {
        0..=0x7F => emit(ch.to_ascii_lowercase()),
        // Unified ideographs are NFKC-stable and caseless.
        0x4E00..=0x9FFF => emit(ch),
        // Full-width ASCII: the same characters shifted.
        0xFF01..=0xFF5E => {
            let ascii = char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch);
            emit(ascii.to_ascii_lowercase())
        }
        0x3000 => emit(' '),
        _ if unicode_normalization::is_nfkc_quick(std::iter::once(ch))
            == unicode_normalization::IsNormalized::Yes =>
        {
            for lower in ch.to_lowercase() {
                emit(lower);
            }
        }
        _ => {
            for folded in std::iter::once(ch).nfkc() {
                for lower in folded.to_lowercase() {
                    emit(lower);
                }
            }
        }
    }
}

/// First code point of the table [`T2S`] covers: the CJK Unified Ideographs block.
const T2S_FIRST: u32 = 0x4E00;
/// Last code point of the table.
const T2S_LAST: u32 = 0x9FFF;

/// Traditional → simplified for the unified block, built once from fast2s' one-to-one map.
static T2S: LazyLock<Box<[char]>> = LazyLock::new(|| {
    let mut buf = [0u8; 4];
    (T2S_FIRST..=T2S_LAST)
        .map(|cp| {
            let ch = char::from_u32(cp).unwrap_or(' ');
            let converted = fast2s::convert(ch.encode_utf8(&mut buf));
            let mut chars = converted.chars();
            match (chars.next(), chars.next()) {
                (Some(simple), None) => simple,
                _ => ch,
            }
        })
        .collect()
});

/// One bit per unified ideograph: set if the character is plain, that is, simplified
/// already, not 著 and not a dialect word, so that [`fold`] keeps it as it is. 2.6 KB that
/// stay in the cache, where the [`T2S`] table they summarise is 84 KB.
static PLAIN: LazyLock<Bits> = LazyLock::new(|| {
    let table: &[char] = &T2S;
    let mut bits = Bits::new(table.len());
    for (i, &simple) in table.iter().enumerate() {
        let ch = char::from_u32(T2S_FIRST + i as u32).unwrap_or(' ');
        if simple == ch && ch != '著' && dialect_keeps(ch) {
            bits.set(i);
        }
    }
    bits
});

/// Whether `ch` is a plain unified ideograph (see [`PLAIN`]).
fn plain(bits: &Bits, ch: char) -> bool {
    (ch as u32)
        .checked_sub(T2S_FIRST)
        .is_some_and(|i| bits.get(i as usize))
}

/// Step 2 for one character: traditional → simplified, anything else unchanged.
fn to_simplified(table: &[char], ch: char) -> char {
    let cp = ch as u32;
    if (T2S_FIRST..=T2S_LAST).contains(&cp) {
        table[(cp - T2S_FIRST) as usize]
    } else {
        ch
    }
}

/// Force the traditional → simplified table to be built (benchmarks warm it first).
pub(crate) fn warm_up() {
    LazyLock::force(&T2S);
    LazyLock::force(&FOLDED);
    LazyLock::force(&WIDE);
    LazyLock::force(&PLAIN);
}

/// A CJK ideograph (the unified block and its extensions and compatibility forms).
pub(crate) fn is_cjk(ch: char) -> bool {
    matches!(ch as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The greatest character boundary of `text` at or before byte `at` (at most its length).
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The byte where the window of the last `chars` characters of `before` begins, cut short
/// at the nearest character (from the end) that `in_clause` refuses: where a verb or a
/// claim is looked for just before a phrase, in its clause.
pub(crate) fn clause_tail(before: &str, chars: usize, in_clause: impl Fn(char) -> bool) -> usize {
    before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| in_clause(c))
        .take(chars)
        .last()
        .map_or(before.len(), |(i, _)| i)
}

/// A clause break: punctuation that ends a clause or sentence.
pub(crate) fn is_clause_break(ch: char) -> bool {
    matches!(
        ch,
        '，' | '。' | '！' | '？' | '；' | '：' | ',' | '!' | '?' | ';' | ':' | '\n' | '\r'
    )
}

/// A character people put between the characters of a word: spaces, zero-width
/// characters, fillers, symbols and emoji, and non-clause punctuation.
fn is_filler(ch: char) -> bool {
    if ch.is_whitespace() || ch.is_ascii_punctuation() {
        return !is_clause_break(ch);
    }
    matches!(ch as u32,
        0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF | 0xFE00..=0xFE0F | 0x00AD
        | 0x2010..=0x2027 | 0x2030..=0x205E   // general punctuation: dashes, quotes, bullets
        | 0x2190..=0x2BFF                     // arrows, math, technical, shapes, dingbats
        | 0x3001 | 0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F | 0x30FB // 、〃〈〉《》「」【】〔〕…・
        | 0xFF08 | 0xFF09 | 0xFF0A | 0xFF0B | 0xFF0D | 0xFF0E | 0xFF0F | 0xFF3F | 0xFF5E
        | 0x1F000..=0x1FAFF                   // emoji and pictographs
        | 0xE0000..=0xE007F)                  // tags
        || ch == '·'
        || ch == '°'
}

/// The emoji of a face (😂 🤣 😭 🥰 🙃): an emotion, which ends the phrase it follows.
pub(crate) fn is_face(ch: char) -> bool {
    matches!(ch as u32, 0x1F600..=0x1F644 | 0x1F910..=0x1F92F | 0x1F970..=0x1F97A | 0x1F9D0)
}

/// Step 3: drops separators between CJK characters as the units stream by, and hands the
/// rest to the [`Writer`]. A run of separators waits until the unit after it shows whether
/// it stands between two CJK characters; when both of those might be single characters
/// (轻。生。), that unit waits in turn for the one after it.
struct Joiner {
    out: Writer,
    /// The separators read since the last other unit: written or dropped once it comes.
    run: Vec<Unit>,
    /// Whether the separators read since the last other unit are written whatever comes
    /// next (they follow no CJK character, or hold a break after a word): they were
    /// written as they came, and `run` is empty.
    keeping: bool,
    /// Whether the run holds a clause break.
    has_break: bool,
    /// Whether the run is only spaces.
    all_space: bool,
    /// Whether the unit before the run is CJK.
    after_cjk: bool,
    /// Whether the unit before the run has a separator (or the text's start) before it.
    after_isolated: bool,
    /// The CJK unit after a run between CJK characters, waiting for the next unit.
    held: Option<Unit>,
    /// The last unit read (in the order of the original, whatever became of it).
    last: Option<(char, Class)>,
    /// Whether the unit before the last one read is a separator or the text's start.
    before_last_sep: bool,
}

impl Joiner {
    fn new(capacity: usize) -> Joiner {
        Joiner {
            out: Writer {
                norm: Normalized {
                    text: String::with_capacity(capacity),
                    origin: Vec::with_capacity(capacity / 8 + 1),
                    soft_breaks: Vec::new(),
                    latin: false,
                },
                run: 0,
                last: None,
            },
            run: Vec::new(),
            keeping: false,
            has_break: false,
            all_space: true,
            after_cjk: false,
            after_isolated: false,
            held: None,
            last: None,
            before_last_sep: true,
        }
    }

    /// Whether every unit read has been written or dropped.
    #[inline(always)]
    fn settled(&self) -> bool {
        self.run.is_empty() && self.held.is_none()
    }

    /// The last folded character read.
    fn last_char(&self) -> Option<char> {
        self.last.map(|(ch, _)| ch)
    }

    /// Note that a unit of class `class` was read.
    #[inline(always)]
    fn read(&mut self, ch: char, class: Class) {
        self.before_last_sep = self.last.is_none_or(|(_, c)| c.is_separator());
        self.last = Some((ch, class));
    }

    /// Read plain ideographs at byte `start` of the original, with everything before them
    /// settled: no separator is dropped there and no run of one character collapses.
    fn copy_plain(&mut self, plain: &str, start: usize) {
        self.keeping = false;
        self.out.copy_plain(plain, start);
        let mut chars = plain.chars().rev();
        if let Some(last) = chars.next() {
            if let Some(before) = chars.next() {
                self.read(before, Class::Cjk);
            }
            self.read(last, Class::Cjk);
        }
    }

    /// Read two or more ASCII letters and digits at byte `start` of the original, with
    /// everything before them settled: each is written as [`Joiner::feed`] writes a unit
    /// that is no separator after no run, without a unit made for each.
    fn copy_ascii_word(&mut self, word: &str, start: usize) {
        self.keeping = false;
        self.out.copy_ascii_word(word, start);
        let mut letters = word
            .bytes()
            .rev()
            .map(|b| char::from(b.to_ascii_lowercase()));
        if let Some(last) = letters.next() {
            if let Some(before) = letters.next() {
                self.read(before, Class::Other);
            }
            self.read(last, Class::Other);
        }
    }

    /// Read one folded unit: a separator joins the run waiting to be dropped or written, a
    /// unit after a run decides it, any other unit is written.
    #[inline(always)]
    fn feed(&mut self, unit: Unit) {
        if let Some(held) = self.held.take() {
            self.settle(held, unit.class.is_separator());
        }
        if unit.class.is_separator() {
            self.push_separator(unit);
        } else if self.run.is_empty() {
            self.keeping = false;
            self.out.push(unit);
        } else {
            self.end_run(unit);
        }
        self.read(unit.ch, unit.class);
    }

    /// Read a separator: written at once where the run it begins or joins stays whatever
    /// follows (after a non-CJK character, or a clause break after a word), else held.
    fn push_separator(&mut self, unit: Unit) {
        if self.keeping {
            return self.write_separator(unit);
        }
        if self.run.is_empty() {
            self.has_break = false;
            self.all_space = true;
            self.after_cjk = self.last.is_some_and(|(_, c)| c == Class::Cjk);
            self.after_isolated = self.before_last_sep;
        }
        // A face that a space follows ends a phrase (打死你😂 你个猪): the run is kept as a
        // clause break's is, so that what the face says (laughter) is read; one inside a
        // word (想😂死), or any other emoji (安全 🙏 账户), is dropped.
        self.has_break |= unit.class == Class::Break
            || unit.ch.is_whitespace() && self.run.last().is_some_and(|u| is_face(u.ch));
        self.all_space &= unit.ch.is_whitespace();
        // Between CJK characters only may a run be dropped, and one with a clause break
        // only between single characters (轻。生).
        if !self.after_cjk || (self.has_break && !self.after_isolated) {
            self.keeping = true;
            self.write_run();
            self.write_separator(unit);
        } else {
            self.run.push(unit);
        }
    }

    /// The unit after a run of separators.
    fn end_run(&mut self, unit: Unit) {
        if !(self.after_cjk && unit.class == Class::Cjk) {
            self.write_run();
            self.out.push(unit);
        } else if self.after_isolated {
            // Single characters on both sides (轻。生) if the next unit is a separator.
            self.held = Some(unit);
        } else {
            self.settle(unit, false);
        }
    }

    /// The CJK `unit` after a run between CJK characters, and whether a separator or the
    /// text's end follows it: drop the run or write it, then the unit.
    fn settle(&mut self, mut unit: Unit, isolated: bool) {
        let spaced_letters = self.after_isolated && isolated;
        if !self.has_break || spaced_letters {
            // A space between words (好累 不想活了) reads as a comma.
            unit.soft_break = !spaced_letters && self.all_space;
            self.run.clear();
        } else {
            self.write_run();
        }
        self.out.push(unit);
    }

    /// Write the run of separators as it is, but any run of spaces as one ASCII space.
    fn write_run(&mut self) {
        let mut run = std::mem::take(&mut self.run);
        for unit in run.drain(..) {
            self.write_separator(unit);
        }
        self.run = run;
    }

    /// Write one separator of a run that stays: spaces as one ASCII space.
    fn write_separator(&mut self, unit: Unit) {
        if unit.ch.is_whitespace() && unit.class != Class::Break {
            if self.out.last != Some(' ') {
                self.out.push(Unit {
                    ch: ' ',
                    class: Class::Filler,
                    ..unit
                });
            }
        } else {
            self.out.push(unit);
        }
    }

    /// The text's end: write what waits.
    fn finish(mut self) -> Normalized {
        if let Some(held) = self.held.take() {
            self.settle(held, true);
        }
        self.write_run();
        self.out.norm
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn spans(original: &str, needle: &str) -> Option<String> {
        let n = normalize(original);
        let at = n.text.find(needle)?;
        let (s, e) = n.original_span(at, at + needle.len());
        Some(original[s..e].to_string())
    }

    #[test]
    fn folds_width_case_and_traditional() {
        assert_eq!(normalize("ＡＢＣ１２３").text, "abc123");
        assert_eq!(normalize("我不想活了").text, "我不想活了");
        assert_eq!(normalize("輕生").text, "轻生");
        assert_eq!(normalize("被騙了").text, "被骗了");
        assert_eq!(normalize("①").text, "1");
        assert_eq!(normalize("拿著刀").text, "拿着刀");
        assert_eq!(normalize("著名").text, "著名");
    }

    #[test]
    fn the_floor_boundary_is_the_start_of_the_character_a_byte_falls_in() {
        // 我 is bytes 0..3, a byte 3, 死 bytes 4..7.
        let text = "我a死";
        let floors: Vec<usize> = (0..=9).map(|at| floor_char_boundary(text, at)).collect();
        assert_eq!(floors, [0, 0, 0, 3, 4, 4, 4, 7, 7, 7]);
    }

    #[test]
    fn a_soft_break_is_within_a_range_only_strictly_inside_it() {
        let n = normalize("我想死 你们别劝了");
        assert_eq!(n.soft_breaks, ["我想死".len()]);
        let at = |s: &str| n.text.find(s).expect("in the text");
        let whole = at("想死你们");
        assert!(soft_break_within(
            &n.soft_breaks,
            whole,
            whole + "想死你们".len()
        ));
        assert!(!soft_break_within(&n.soft_breaks, 0, "我想死".len()));
        assert!(!soft_break_within(&n.soft_breaks, at("你们"), n.text.len()));
        assert!(!soft_break_within(&[], 0, n.text.len()));
    }

    #[test]
    fn a_comma_that_groups_digits_is_dropped_and_no_other() {
        assert_eq!(normalize("骗走我3,200元").text, "骗走我3200元");
        assert_eq!(normalize("转出100,000.00元").text, "转出100000.00元");
        assert_eq!(normalize("共1,234,567元").text, "共1234567元");
        // Not three digits after it, no digit before it, or a comma of the sentence.
        assert_eq!(normalize("选2,3号").text, "选2,3号");
        assert_eq!(normalize("第1,2000个").text, "第1,2000个");
        assert_eq!(normalize("买了3个,200块").text, "买了3个,200块");
        assert_eq!(normalize("转了3，200元").text, "转了3,200元");
        assert_eq!(normalize("共12,34").text, "共12,34");
        // The number maps back over its comma.
        assert_eq!(
            spans("他骗走我3,200元了", "3200元").as_deref(),
            Some("3,200元")
        );
    }

    #[test]
    fn the_fast_tables_agree_with_the_general_fold_for_every_code_point_they_cover() {
        let table: &[char] = &T2S;
        let general = |ch: char| {
            let mut out = Vec::new();
            fold_general(table, None, ch, None, |c| out.push(c));
            out
        };
        let mut covered = 0;
        for (first, table) in [(0x80, &FOLDED), (WIDE_FIRST, &WIDE)] {
            for (i, folded) in table.iter().enumerate() {
                if let Some(folded) = *folded {
                    let cp = first + i as u32;
                    let ch = char::from_u32(cp).expect("a folded code point is a char");
                    assert_eq!(general(ch), [folded], "U+{cp:04X}");
                    covered += 1;
                }
            }
        }
        for cp in T2S_FIRST..=T2S_LAST {
            let ch = char::from_u32(cp).expect("an ideograph");
            if plain(&PLAIN, ch) {
                assert_eq!(general(ch), [ch], "U+{cp:04X}");
                covered += 1;
            }
        }
        // Most of both ranges take a fast path; the rest are left to the general fold.
        assert!(covered > 25_000, "{covered}");
        assert!(!plain(&PLAIN, '著') && !plain(&PLAIN, '侬'));
        assert!(!plain(&PLAIN, '騙') && !plain(&PLAIN, 'a'));
    }

    #[test]
    fn folds_dialect_function_words() {
        assert_eq!(normalize("阿拉弗想活了").text, "阿拉不想活了");
        assert_eq!(normalize("伊打我").text, "他打我");
        assert_eq!(normalize("俺家").text, "我家");
        assert_eq!(normalize("覅").text, "不要");
        assert_eq!(spans("侬覅去", "不要").as_deref(), Some("覅"));
    }

    #[test]
    fn object_emoji_read_as_their_character() {
        assert_eq!(normalize("💊💊💊全吃了").text, "药全吃了");
        assert_eq!(spans("他拿着🔪在门口", "刀").as_deref(), Some("🔪"));
        assert_eq!(normalize("🌉上 最后看一眼").text, "桥上最后看一眼");
        assert_eq!(spans("手上全是🩸", "血").as_deref(), Some("🩸"));
        assert_eq!(normalize("好的👌谢谢").text, "好的谢谢");
    }

    #[test]
    fn drops_separators_between_cjk_and_maps_back() {
        assert_eq!(normalize("割 腕").text, "割腕");
        assert_eq!(normalize("轻*生").text, "轻生");
        assert_eq!(normalize("安🙏全🙏账🙏户").text, "安全账户");
        assert_eq!(normalize("自\u{200B}杀").text, "自杀");
        assert_eq!(spans("我想割 * 腕了", "割腕").as_deref(), Some("割 * 腕"));
    }

    #[test]
    fn a_face_before_a_space_ends_a_phrase_and_is_kept() {
        // Laughter after a threat is read (打死你😂 你个猪); a face inside a word, a face
        // between spaced single characters, or another emoji between words is dropped.
        assert_eq!(normalize("我要打死你😂 你个猪").text, "我要打死你😂 你个猪");
        assert_eq!(normalize("好累😭 不想活了").text, "好累😭 不想活了");
        assert_eq!(normalize("想😂死").text, "想死");
        assert_eq!(normalize("我 想 😂 死").text, "我想死");
        assert_eq!(normalize("转到安全 🙏 账户").text, "转到安全账户");
        assert_eq!(spans("打死你😂 你个猪", "😂").as_deref(), Some("😂"));
    }

    #[test]
    fn keeps_real_clause_breaks() {
        assert_eq!(normalize("我很好，死了心").text, "我很好,死了心");
        assert_eq!(normalize("轻。生。").text, "轻生。");
        assert_eq!(normalize("hello  world").text, "hello world");
    }

    #[test]
    fn collapses_long_runs_only() {
        assert_eq!(normalize("想死死死死").text, "想死");
        assert_eq!(normalize("哈哈哈哈哈").text, "哈哈");
        assert_eq!(spans("好哈哈哈哈", "哈哈").as_deref(), Some("哈哈哈哈"));
        assert_eq!(normalize("谢谢").text, "谢谢");
        assert_eq!(spans("想死死死死了", "想死").as_deref(), Some("想死死死死"));
    }

    #[test]
    fn the_term_fast_path_agrees_with_the_full_normalisation() {
        for term in [
            "不想活",
            "想死死死",
            "輕生",
            "弗想活",
            "拿著刀",
            "著名",
            "割 腕",
            "ＡＢ",
            "qq被盗",
            "💊",
            "谢谢",
            "",
            "侬",
            "俺家",
        ] {
            assert_eq!(
                normalize_term(term.to_string()),
                normalize(term).text,
                "{term}"
            );
        }
    }

    #[test]
    fn empty_and_odd_input() {
        assert_eq!(normalize("").text, "");
        let n = normalize("\u{0301}\u{0000}ａ");
        assert!(n.text.ends_with('a'));
        let a = n.text.len() - 1;
        let (s, e) = n.original_span(a, a + 1);
        assert_eq!(&"\u{0301}\u{0000}ａ"[s..e], "ａ");
    }

    proptest! {
        /// ASCII words written at once ([`Joiner::copy_ascii_word`]) give the text, the way
        /// back, the soft breaks and the Latin flag that folding their letters one by one
        /// gives, beside every kind of character around them.
        #[test]
        fn ascii_words_normalise_as_their_letters_one_by_one(
            s in "[aZk9 0,.:/?=_\t，。哈死我好輕①😂\u{200B}-]{0,30}"
        ) {
            let (fast, slow) = (normalize_with(&s, true), normalize_with(&s, false));
            prop_assert_eq!(&fast.text, &slow.text);
            prop_assert_eq!(&fast.soft_breaks, &slow.soft_breaks);
            prop_assert_eq!(fast.latin, slow.latin);
            for (at, ch) in fast.text.char_indices() {
                let end = at + ch.len_utf8();
                prop_assert_eq!(fast.original_span(at, end), slow.original_span(at, end));
            }
        }

        /// Every normalised character maps back to whole original characters, in order,
        /// whichever way the pieces of the map were cut.
        #[test]
        fn spans_are_whole_characters_in_order(
            s in "[aZ 1\t\n，。！？、【】\u{3000}\u{200B}😂💊🔪著名輕騙覅哈死我好①㏒㊥\u{20000}]{0,30}"
        ) {
            let n = normalize(&s);
            let mut last = (0, 0);
            for (at, ch) in n.text.char_indices() {
                let (start, end) = n.original_span(at, at + ch.len_utf8());
                prop_assert!(start < end && end <= s.len(), "{s:?}");
                prop_assert!(s.is_char_boundary(start) && s.is_char_boundary(end), "{s:?}");
                prop_assert!(start >= last.0 && end >= last.1, "{s:?}");
                prop_assert_eq!(n.original_span(0, at + ch.len_utf8()).1, end);
                last = (start, end);
            }
        }
    }
}
