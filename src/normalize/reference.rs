//! Today's normalisation, kept verbatim (tests only) to prove the fused one byte-identical.

#![allow(dead_code)]

// Normalisation: fold a message into the form the lexicon is written in, and keep a map
// from every normalised byte back to the original bytes that produced it.
//
// The steps are lossless before lossy (charabia's rule), each one small:
//
// 1. [`fold_char`]: NFKC compatibility folding (full-width letters and digits, circled
//    numbers) and lower case;
// 2. [`to_simplified`]: traditional → simplified, one character for one (fast2s' table),
//    and [`dialect`]: Wu and Cantonese function words to Mandarin (弗 → 不, 伊 → 他,
//    侬 → 你, 覅 → 不要, 冇 → 没, and the northern 俺 → 我), and [`pictograph`]: emoji of the lexicons' objects
//    (💊 → 药, 🔪 → 刀), so that one lexicon serves every way of writing;
// 3. separators between CJK characters are dropped (割 腕, 轻*生, 安🙏全), but a clause
//    break (，。！？) is kept unless it stands between isolated single characters
//    (轻。生。), so that words on both sides of a real break are not glued together;
// 4. runs of three or more of the same CJK character collapse to one (想死死死死), laughter
//    to two (哈哈哈哈 → 哈哈).
//
// Lexicon terms go through the same function, so both sides always agree.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::bits::Bits;

/// A normalised message and its way back to the original.
#[derive(Debug, Clone, Default)]
pub(crate) struct Normalized {
    /// The normalised text the automata run over.
    pub text: String,
    /// For each character of `text`: its byte offset in `text` and the original byte range
    /// of the character(s) it came from.
    origin: Vec<(u32, u32, u32)>,
    /// Byte positions in `text` where spaces between words were dropped: people use a
    /// space as a comma, so context analysis treats these as clause breaks.
    pub soft_breaks: Vec<usize>,
    /// Whether `text` holds a lower-case ASCII letter, that is, whether it may hold pinyin.
    pub latin: bool,
}

impl Normalized {
    /// The original byte range covered by the normalised byte range `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        let unit_at = |byte: usize| self.origin.partition_point(|o| o.0 as usize <= byte) - 1;
        (
            self.origin[unit_at(start)].1 as usize,
            self.origin[unit_at(end - 1)].2 as usize,
        )
    }
}

/// Normalise `original`; see the module docs for the steps.
pub(crate) fn normalize(original: &str) -> Normalized {
    let folded = fold(original);
    let mut out = Writer {
        norm: Normalized {
            text: String::with_capacity(original.len()),
            origin: Vec::with_capacity(folded.len()),
            soft_breaks: Vec::new(),
            latin: false,
        },
        run: 0,
        last: None,
    };
    join_separated(&folded, &mut out);
    out.norm
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
    fn last(&self) -> Option<char> {
        self.last
    }

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
        self.norm.origin.push((byte as u32, unit.start, unit.end));
    }

    /// The third or later character of a run of one CJK character: the first written
    /// stands for all of it (laughter: the first two).
    #[cold]
    fn extend_run(&mut self, unit: Unit) {
        // Laughter keeps two characters (哈哈哈哈 → 哈哈): one 哈 is no laugh.
        if !LAUGHTER.contains(unit.ch) && self.run == 3 {
            // Drop the second of the run; the first now stands for all of it.
            let (byte, _, _) = self.norm.origin.pop().unwrap_or_default();
            self.norm.text.truncate(byte as usize);
            if self.norm.soft_breaks.last() == Some(&(byte as usize)) {
                self.norm.soft_breaks.pop();
            }
        }
        if let Some(last) = self.norm.origin.last_mut() {
            last.2 = unit.end;
        }
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

/// Steps 1 and 2: compatibility folding, lower case, traditional → simplified, dialect.
fn fold(original: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::with_capacity(original.len() / 2 + 1);
    let table: &[char] = &T2S;
    let plain_bits: &Bits = &PLAIN;
    for (at, ch) in original.char_indices() {
        let start = at as u32;
        let end = (at + ch.len_utf8()) as u32;
        let unit = |ch: char, class: Class| Unit {
            ch,
            start,
            end,
            soft_break: false,
            class,
        };
        // The common cases first: ASCII, a plain ideograph, and punctuation or a symbol
        // that folds to one character.
        if ch.is_ascii() {
            let lower = ch.to_ascii_lowercase();
            units.push(unit(lower, Class::of(lower)));
            continue;
        }
        match ch as u32 {
            T2S_FIRST..=T2S_LAST if plain(plain_bits, ch) => {
                units.push(unit(ch, Class::Cjk));
                continue;
            }
            cp => {
                if let Some(folded) = folded_by_table(cp) {
                    units.push(unit(folded, Class::of(folded)));
                    continue;
                }
            }
        }
        let prev = units.last().map(|u| u.ch);
        let next = original[end as usize..].chars().next();
        fold_general(table, prev, ch, next, |ch| {
            units.push(unit(ch, Class::of(ch)))
        });
    }
    units
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

/// Emoji that stand for an object of the lexicons (💊💊💊 全吃了, 🔪 在手上) as its
/// character. Other emoji stay fillers between characters.
fn pictograph(ch: char) -> char {
    match ch {
        '💊' => '药',
        '🔪' | '🗡' => '刀',
        '🔫' => '枪',
        '🪢' => '绳',
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

/// Step 3: drop separators between CJK characters.
fn join_separated(units: &[Unit], out: &mut Writer) {
    let is_sep = |u: &Unit| u.class.is_separator();
    // A CJK character standing alone between separators (or the text's edges).
    let isolated = |i: usize| {
        let left = i == 0 || is_sep(&units[i - 1]);
        let right = i + 1 == units.len() || is_sep(&units[i + 1]);
        left && right
    };
    let mut i = 0;
    while i < units.len() {
        let unit = units[i];
        if !is_sep(&unit) {
            out.push(unit);
            i += 1;
            continue;
        }
        // A run of separators: units[i..j].
        let mut j = i;
        while j < units.len() && is_sep(&units[j]) {
            j += 1;
        }
        let run = &units[i..j];
        let between_cjk = i > 0
            && j < units.len()
            && units[i - 1].class == Class::Cjk
            && units[j].class == Class::Cjk;
        let has_break = run.iter().any(|u| u.class == Class::Break);
        let spaced_letters = between_cjk && isolated(i - 1) && isolated(j);
        let drop = between_cjk && (!has_break || spaced_letters);
        if drop && !spaced_letters && run.iter().all(|u| u.ch.is_whitespace()) {
            // A space between words (好累 不想活了) reads as a comma.
            if let Some(next) = units.get(j) {
                let mut next = *next;
                next.soft_break = true;
                out.push(next);
                i = j + 1;
                continue;
            }
        }
        if !drop {
            for u in run {
                if u.ch.is_whitespace() && u.class != Class::Break {
                    // Any run of spaces becomes one ASCII space.
                    if out.last() != Some(' ') {
                        out.push(Unit {
                            ch: ' ',
                            class: Class::Filler,
                            ..*u
                        });
                    }
                } else {
                    out.push(*u);
                }
            }
        }
        i = j;
    }
}
