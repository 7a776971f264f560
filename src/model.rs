//! The wording model: logistic regressions per category (medium or above, high or above,
//! and for fraud critical) over the character 1- to 3-grams of the normalised text, learnt by
//! `corpus/model/train.py` from the tuned development rows (never from the held-back ones).
//!
//! The lexicons know the phrases people have written before. A writer with a phrasing
//! nobody listed (most misses on rows nobody tuned on have no lexicon hit at all) may still
//! write like the crisis messages of a category as a whole; when no phrase fires and the
//! model does, the category is medium, or high when the high head fires too: a triager
//! sees it. A long message is also read in windows as long as a typical message, where the
//! whole reads near a category ([`Model::read_windows`]). On its own it never rates
//! critical; with evidence words of its category (an amount, 转了), which it anchors as a
//! phrase would, it can, and the fraud critical head lifts a fraud phrase that counts on its
//! own to critical (the detector decides).
//!
//! Features as scikit-learn's `TfidfVectorizer(sublinear_tf=True)` computes them: for each
//! gram of the model's vocabulary in the text, `(1 + ln tf) · idf`, the vector scaled to
//! unit length; the logit is the intercept plus the weighted sum.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::LazyLock;

use crate::assessment::Category;
use crate::bits::Bits;
use crate::error::Error;

/// The model's heads: "medium or above" for self_harm, fraud_victim and dispute, then
/// "high or above" for the same three, then "critical" for [`CRITICAL`] alone.
const HEADS: usize = 7;

/// The index of the "high or above" head of the category of index `c` ([`HEADS`]).
const fn high_head(c: usize) -> usize {
    c + 3
}

/// The heads the screen floors are for: the medium and high ones. The critical head
/// speaks only for a category whose medium or high head fires, so a text those cannot fire
/// on needs nothing of it.
const SCREENED: usize = 6;

/// The one category with a critical head, the last head of the model. Fraud's stages have
/// words of their own (money gone reads unlike a script or a step), and in cross-validation
/// its critical head fired on 2 of about 300 rows labelled high. Self-harm and dispute
/// critical heads, trained until 2026-12-02, read the frame, not the act: 他再敢来…我就揍他
/// (a threat to harm, high) read like the conditional threats to kill they learnt from, and
/// 安眠药我攒了一瓶 (a preparation, high until a wish joined it, as the level rules then
/// read) like the stockpiles told with a plan; the detector never trusted them, and they
/// are no longer trained.
const CRITICAL: Category = Category::FraudVictim;

/// The length in characters of the windows a long text is also read in
/// ([`Model::read_windows`]): the length of a typical message the model learnt from.
/// Chosen on the training rows, blind rounds 46-48 before they were tuned on, and the
/// reviews and news the detector must keep silent on (2026-12-03): windows of 16 and 20
/// characters found a few more messages and fired on more of the training rows' hard
/// negatives, 32 found fewer.
const WINDOW: usize = 24;

/// How far under its threshold (a logit) a category's medium head may read a whole text
/// for its windows to be read. Without this floor, windows of book and hotel reviews fired
/// self-harm on 58 of 35,123 reviews instead of 12; with it, on 12, and round 46's
/// self-harm recall went from 0.764 to 0.817 (2026-12-03).
const WINDOW_FLOOR: f32 = -2.0;

/// The fewest letters (characters of words, not spaces or punctuation) the rest of a text
/// must hold for [`Model::high_without`] to read it: the rest of 我想死 without 想死 is 我,
/// whose lone gram, normalised to the whole of the text, reads as high as any (on the
/// dev rows of 2026-12-04, a rest of one to three letters lifted lone wishes that SPEC §1
/// puts at medium, such as 我想死 and 好想一睡不醒).
const REST_CHARS: usize = 4;

/// A row of [`Model::rows_data`]: idf, then the weight of each head.
type Cell = [f32; 1 + HEADS];

/// The embedded model's text, decompressed ([`crate::embedded::MODEL`]: compressed, the
/// binary's pages that hold it, resident once read, are a megabyte fewer).
fn source() -> String {
    String::from_utf8(crate::embedded::unpack(crate::embedded::MODEL)).unwrap_or_default()
}

/// The embedded model with its screen open (every floor at minus infinity): what the screen
/// is measured against (detector.rs, a test on the development rows).
#[cfg(test)]
pub(crate) fn embedded_unscreened() -> &'static Model {
    static OPEN: LazyLock<Model> = LazyLock::new(|| Model {
        screen: [f32::NEG_INFINITY; SCREENED],
        ..Model::parse("corpus/model/model.tsv", &source()).expect("model")
    });
    &OPEN
}

/// The embedded model, parsed on first use; a test checks that it parses.
static MODEL: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::parse("corpus/model/model.tsv", &source()).ok());

/// The embedded wording model, if it parsed.
pub(crate) fn embedded() -> Option<&'static Model> {
    MODEL.as_ref()
}

/// Parse the embedded model now (benchmarks and servers warm it up front).
pub(crate) fn warm_up() {
    LazyLock::force(&MODEL);
}

pub(crate) struct Model {
    /// Gram (its characters packed by [`key`]) → row.
    rows: Table,
    /// A bit per hash of the key of every gram of two or three characters (32 KB, a few
    /// per cent set): about half the two-character grams of a message and five in six of
    /// the three-character ones are in no vocabulary, and this bit, in the first-level
    /// cache, says so without a cache miss in [`Model::rows`].
    longer: Bits,
    /// The rows of the one-character grams of the code points below U+A000, by code
    /// point ([`NO_ROW`] where none): the unified ideographs, ASCII and the punctuation
    /// normalisation keeps (。《》), so nearly every gram of a message is looked up here,
    /// in one read, and only rarer characters in [`Model::rows`].
    direct: Vec<u32>,
    /// Per row: idf, then the weight of each head.
    rows_data: Vec<Cell>,
    /// Per one-character gram (the first rows): idf times the weight of each screened
    /// head, then idf squared: what one occurrence adds to the screen's sums
    /// ([`Model::screened_out`]).
    screen_rows: Vec<[f32; 8]>,
    intercept: [f32; HEADS],
    /// The logit above which a head fires.
    threshold: f32,
    /// Per screened head, the one-character-gram score under which it is not read.
    screen: [f32; SCREENED],
    /// `1 + ln tf` by count ([`sublinear_table`]), kept with the model rather than in a
    /// lazy static that every touched row would ask whether it is built.
    sublinear: [f32; 16],
}

/// A screen score of a text for every screened head, the sums of [`Model::screen_rows`]
/// over its characters: per head, then the squared norm, then padding (one 32-byte read).
type ScreenSums = [f32; 8];

/// What the model says of one category that fires: whether its high head fired too, and
/// the gram that weighed most towards it (normalised byte range), which the signal shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Worded {
    pub category: Category,
    /// The "high or above" head fired, not only the "medium or above" one.
    pub high: bool,
    /// The "critical" head fired too (the medium or the high one fired as well): only
    /// ever for [`CRITICAL`].
    pub critical: bool,
    /// The logit of the head that speaks (the high one if it fired).
    pub logit: f32,
    pub start: usize,
    pub end: usize,
}

/// Whether `w`, read on the normalised `text`, is one character read as the whole text: its
/// strongest gram is a single character and the text holds fewer than [`REST_CHARS`]
/// letters. Normalised to the whole text, such a gram reads as high as any (死; 他讹我: 他
/// for a dispute, 我 for fraud); a short message read on a longer gram stands (药够了, 又割了:
/// 够了, 割了).
pub(crate) fn lone_character(text: &str, w: &Worded) -> bool {
    text.get(w.start..w.end)
        .is_some_and(|gram| gram.chars().nth(1).is_none())
        && too_few_letters(text)
}

/// Whether `text` holds fewer than [`REST_CHARS`] letters (characters of words, not spaces
/// or punctuation): too little for the model to read on its own.
fn too_few_letters(text: &str) -> bool {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .nth(REST_CHARS - 1)
        .is_none()
}

/// What the model read on one text ([`Model::read`]).
#[derive(Debug, Default)]
pub(crate) struct Reading {
    /// The categories it fires for.
    pub worded: Vec<Worded>,
    /// How far above its threshold each category's medium head is (negative: under it),
    /// where the screen let the text through to the full model; `None` where it did not,
    /// or the text holds no gram of the vocabulary.
    pub margins: Option<[f32; 3]>,
}

/// Up to three characters as one number: each code point plus one in 21 bits, so that a
/// shorter gram never equals a longer one.
fn key(chars: &[char]) -> u64 {
    chars
        .iter()
        .enumerate()
        .fold(0, |k, (i, &c)| k | (u64::from(c) + 1) << (21 * i))
}

/// Per thread, what one assessment counts with: a counter per vocabulary row (all zero
/// between messages) and the rows a message touched, each with its first place.
#[derive(Default)]
struct Scratch {
    counts: Vec<u16>,
    touched: Vec<Touched>,
    /// The feature value of each touched row.
    xs: Vec<f32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// A row a message touched: (row, start, end, characters) of its first place.
type Touched = (u32, u32, u32, u8);

/// Count one occurrence of the gram of `row` at `start..end` ([`Scratch`]): its first
/// place is kept.
#[inline(always)]
fn count(counts: &mut [u16], touched: &mut Vec<Touched>, row: u32, start: u32, end: u32, len: u8) {
    let count = &mut counts[row as usize];
    if *count == 0 {
        touched.push((row, start, end, len));
    }
    *count = count.saturating_add(1);
}

/// `1 + ln tf` for the counts short messages have, by count ([`Model::sublinear`]).
fn sublinear_table() -> [f32; 16] {
    std::array::from_fn(|tf| 1.0 + (tf.max(1) as f32).ln())
}

/// Gram keys → rows, open addressing with linear probing, at most half full: a look-up is
/// one multiplication and, most of the time, one comparison. A message asks
/// for three grams a character, most of which are in no vocabulary.
#[derive(Default)]
struct Table {
    /// (key, row) per slot, key 0 for an empty one (no gram has key 0): a probe reads one
    /// slot of 16 bytes.
    slots: Vec<(u64, u32)>,
    len: usize,
}

impl Table {
    fn slot(&self, key: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    fn get(&self, key: u64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            match self.slots[i] {
                (0, _) => return None,
                (k, row) if k == key => return Some(row),
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Change the row of every key to `new(row)`.
    fn renumber(&mut self, new: impl Fn(u32) -> u32) {
        for (key, row) in &mut self.slots {
            if *key != 0 {
                *row = new(*row);
            }
        }
    }

    /// Add `key`; false if it is there already.
    fn insert(&mut self, key: u64, row: u32) -> bool {
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            let size = ((self.len + 1) * 2).next_power_of_two().max(64);
            self.slots = vec![(0, 0); size];
            self.len = 0;
            for (k, r) in old.into_iter().filter(|(k, _)| *k != 0) {
                self.insert(k, r);
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        while self.slots[i].0 != 0 {
            if self.slots[i].0 == key {
                return false;
            }
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, row);
        self.len += 1;
        true
    }
}

/// Size of [`Model::longer`] in bits.
const LONGER_BITS: usize = 1 << 18;

fn longer_bit(key: u64) -> usize {
    (key.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> (64 - LONGER_BITS.trailing_zeros())) as usize
}

/// While a model file is read, the mark of a row of a gram of two or three characters,
/// numbered among those alone ([`Model::parse`]).
const LONGER_ROW: u32 = 1 << 31;

/// No row in [`Model::direct`].
const NO_ROW: u32 = u32::MAX;

/// The code points of [`Model::direct`]: up to the end of the unified ideographs.
const DIRECT: u32 = 0xA000;

/// A character the model passes over without ending a gram: what [`readable`] puts in
/// place of a face and the space after it.
const PASSED_OVER: char = '\u{2}';

/// A normalised text as the model reads it: a face and the space after it (打死你😂 你个猪),
/// which normalisation keeps for the context rules to read and, between two words, used to
/// drop, become [`PASSED_OVER`] characters wherever they stand, byte for byte, so that
/// every offset stays (`train.py` reads its texts the same way). Borrowed where there is none: a face is four bytes, the first of
/// them 0xF0, which nearly no message holds.
fn readable(text: &str) -> Cow<'_, str> {
    use crate::normalize::is_face;
    if memchr::memchr(0xF0, text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut changed = false;
    while let Some(c) = chars.next() {
        if is_face(c) && chars.next_if_eq(&' ').is_some() {
            out.extend(std::iter::repeat_n(PASSED_OVER, c.len_utf8() + 1));
            changed = true;
        } else {
            out.push(c);
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Characters no gram may hold (the trainer leaves them out too).
fn is_control(c: char) -> bool {
    (c as u32) < 0x20 || c == '\u{7F}'
}

impl Model {
    /// Read a model file: comment lines, `threshold` (one number), `intercept` (one per
    /// head) and `screen` (one per screened head), then one line per gram (gram, idf, a
    /// weight per head). Errors name the line.
    pub fn parse(source: &str, text: &str) -> Result<Model, Error> {
        let mut lines = text
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .enumerate()
            .map(|(i, l)| (i + 1, l))
            .skip_while(|(_, l)| l.starts_with('#'));
        let number = |line: usize, field: Option<&str>| -> Result<f32, Error> {
            let field = field.ok_or_else(|| Error::lexicon(source, line, "missing column"))?;
            field
                .parse::<f32>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| Error::lexicon(source, line, format!("{field:?} is not a number")))
        };
        let mut header = |name: &str, count: usize| -> Result<Vec<f32>, Error> {
            let (line, text) = lines
                .next()
                .ok_or_else(|| Error::lexicon(source, 0, format!("no {name} line")))?;
            let mut fields = text.split('\t');
            if fields.next() != Some(name) {
                return Err(Error::lexicon(source, line, format!("expected {name}")));
            }
            (0..count).map(|_| number(line, fields.next())).collect()
        };
        let threshold = header("threshold", 1)?[0];
        let intercept = header("intercept", HEADS)?;
        let intercept: [f32; HEADS] = std::array::from_fn(|h| intercept[h]);
        let screen = header("screen", SCREENED)?;
        let screen: [f32; SCREENED] = std::array::from_fn(|h| screen[h]);
        let mut model = Model {
            rows: Table::default(),
            longer: Bits::new(LONGER_BITS),
            direct: vec![NO_ROW; DIRECT as usize],
            rows_data: Vec::new(),
            screen_rows: Vec::new(),
            intercept,
            threshold,
            screen,
            sublinear: sublinear_table(),
        };
        // The one-character grams take the first rows: the screen reads only them, for
        // every message, and so reads the table's first 74 KB, not rows spread over 640 KB.
        // In one pass over the file, the longer grams are numbered apart ([`LONGER_ROW`])
        // and moved after the others at the end, instead of every gram being kept with its
        // line until all are read and sorted: a megabyte and more of short allocations the
        // process would keep as free memory.
        let mut longer_rows: Vec<Cell> = Vec::new();
        for (line, text) in lines {
            if text.is_empty() {
                continue;
            }
            let mut fields = text.split('\t');
            let mut gram = ['\0'; 3];
            let mut len = 0;
            for c in fields.next().unwrap_or_default().chars() {
                if len == gram.len() || is_control(c) {
                    len = 0;
                    break;
                }
                gram[len] = c;
                len += 1;
            }
            if len == 0 {
                return Err(Error::lexicon(
                    source,
                    line,
                    "a gram is one to three characters",
                ));
            }
            let gram = &gram[..len];
            let mut cell: Cell = [0.0; 1 + HEADS];
            for value in &mut cell {
                *value = number(line, fields.next())?;
            }
            let row = match gram {
                [_] => model.rows_data.len() as u32,
                _ => LONGER_ROW | longer_rows.len() as u32,
            };
            if !model.rows.insert(key(gram), row) {
                return Err(Error::lexicon(source, line, "the gram is listed twice"));
            }
            match *gram {
                [c] if (c as u32) < DIRECT => model.direct[c as usize] = row,
                [_] => {}
                _ => model.longer.set(longer_bit(key(gram))),
            }
            if len == 1 {
                let idf = cell[0];
                let mut screen = [0f32; 8];
                for (s, w) in screen.iter_mut().zip(&cell[1..=SCREENED]) {
                    *s = idf * w;
                }
                screen[SCREENED] = idf * idf;
                model.screen_rows.push(screen);
                model.rows_data.push(cell);
            } else {
                longer_rows.push(cell);
            }
        }
        let singles = model.rows_data.len() as u32;
        model.rows_data.extend(longer_rows);
        model.rows.renumber(|row| match row & LONGER_ROW {
            0 => row,
            _ => singles + (row & !LONGER_ROW),
        });
        Ok(model)
    }

    /// The row of a one-character gram, if the vocabulary has it: below U+A000 by
    /// [`Model::direct`] (one slot each), any other from the table.
    fn unigram_row(&self, c: char) -> Option<u32> {
        let cp = u32::from(c);
        match self.direct.get(cp as usize) {
            Some(&row) => (row != NO_ROW).then_some(row),
            None => self.rows.get(u64::from(cp) + 1),
        }
    }

    /// `1 + ln tf`.
    fn sublinear(&self, tf: u16) -> f32 {
        match self.sublinear.get(tf as usize) {
            Some(&v) => v,
            None => 1.0 + f32::from(tf).ln(),
        }
    }

    /// The row of a gram of two or three characters by its key, if the vocabulary has it:
    /// most have none, which [`Model::longer`] tells without reading the table. Inlined, as
    /// it is asked twice a character of every message the screen lets through.
    #[inline(always)]
    fn longer_row(&self, key: u64) -> Option<u32> {
        if self.longer.get(longer_bit(key)) {
            self.rows.get(key)
        } else {
            None
        }
    }

    /// Whether a text is not read, by its one-character grams alone: for each head, the
    /// sum over its characters of idf times weight, over the square root of the sum of idf
    /// squared (each occurrence counted, so no counters are needed), is under the head's
    /// screen floor. `train.py` computes the same score and sets each floor under the
    /// training rows labelled for the head that it fires on, but for a few isolated lowest
    /// ones; a test checks that the screen changes no assessment of the development rows
    /// (detector.rs). A text with no one-character gram of the vocabulary has nothing to
    /// screen on: the longer grams decide.
    fn screened_out(&self, text: &str) -> bool {
        let mut sums: ScreenSums = [0.0; 8];
        // A control character has no row ([`Model::parse`] refuses a gram holding one),
        // so it needs no test of its own here.
        for c in text.chars() {
            let row = self.unigram_row(c).unwrap_or(NO_ROW);
            // Every one-character gram has a screen row: they take the first rows
            // (NO_ROW has none).
            if let Some(add) = self.screen_rows.get(row as usize) {
                for k in 0..8 {
                    sums[k] += add[k];
                }
            }
        }
        let norm = sums[SCREENED].sqrt();
        norm > 0.0 && (0..SCREENED).all(|h| sums[h] / norm < self.screen[h])
    }

    /// What the model reads on a normalised text: the categories it fires for, each with
    /// its strongest gram, and the margins of its medium heads where it computed them.
    pub fn read(&self, text: &str) -> Reading {
        let text = readable(text);
        SCRATCH.with_borrow_mut(|scratch| self.assess_with(&text, scratch))
    }

    /// The logit of each head on a normalised text, unscreened: `None` where the text holds
    /// no gram of the vocabulary. Leaves in `scratch` the rows the text touched and their
    /// feature values (for the strongest gram of a head), its counters reset.
    fn logits_with(&self, text: &str, scratch: &mut Scratch) -> Option<[f32; HEADS]> {
        // Each gram of the vocabulary in the text counted, its first place kept, without
        // sorting: a counter per row, and the rows touched, reset at the end.
        if scratch.counts.len() < self.rows_data.len() {
            scratch.counts = vec![0; self.rows_data.len()];
        }
        let Scratch {
            counts,
            touched,
            xs,
        } = scratch;
        touched.clear();
        // No control character has a row (the screen's reasoning).
        for (at, c) in text.char_indices() {
            if let Some(row) = self.unigram_row(c) {
                count(
                    counts,
                    touched,
                    row,
                    at as u32,
                    (at + c.len_utf8()) as u32,
                    1,
                );
            }
        }
        // Then the two- and three-character grams. The last two characters as (code
        // point + 1, start), 0 before the text or after a control character: each gram's
        // key is then a shift and an or.
        let (mut p2, mut p1) = ((0u64, 0u32), (0u64, 0u32));
        for (at, c) in text.char_indices() {
            let (at, end) = (at as u32, (at + c.len_utf8()) as u32);
            if is_control(c) {
                if c != PASSED_OVER {
                    (p2, p1) = ((0, 0), (0, 0));
                }
                continue;
            }
            let k = u64::from(c) + 1;
            if p1.0 != 0 {
                if let Some(row) = self.longer_row(p1.0 | k << 21) {
                    count(counts, touched, row, p1.1, end, 2);
                }
                if p2.0 != 0 {
                    if let Some(row) = self.longer_row(p2.0 | p1.0 << 21 | k << 42) {
                        count(counts, touched, row, p2.1, end, 3);
                    }
                }
            }
            (p2, p1) = (p1, (k, at));
        }
        if touched.is_empty() {
            return None;
        }
        let mut dot = [0f32; HEADS];
        let mut norm = 0f32;
        xs.clear();
        for &(row, ..) in touched.iter() {
            let tf = std::mem::take(&mut counts[row as usize]);
            let cell = &self.rows_data[row as usize];
            let x = self.sublinear(tf) * cell[0];
            norm += x * x;
            for (d, w) in dot.iter_mut().zip(&cell[1..=HEADS]) {
                *d += w * x;
            }
            xs.push(x);
        }
        let norm = norm.sqrt();
        Some(std::array::from_fn(|h| self.intercept[h] + dot[h] / norm))
    }

    /// How far above its threshold the medium head of each category is on a normalised
    /// text, unscreened (negative: under it); `None` where the text holds no gram of the
    /// vocabulary.
    pub fn medium_margins(&self, text: &str) -> Option<[f32; 3]> {
        let text = readable(text);
        SCRATCH.with_borrow_mut(|scratch| {
            let logits = self.logits_with(&text, scratch)?;
            Some(self.margins(&logits))
        })
    }

    /// The medium heads' margins over the threshold, of the logits of every head.
    fn margins(&self, logits: &[f32; HEADS]) -> [f32; 3] {
        std::array::from_fn(|c| logits[c] - self.threshold)
    }

    fn assess_with(&self, text: &str, scratch: &mut Scratch) -> Reading {
        let mut reading = self.read_whole(text, scratch);
        self.read_windows(text, scratch, &mut reading);
        reading
    }

    /// Whether the high head of `category` fires on the rest of a normalised text once the
    /// characters of `spans` (byte ranges) are taken out: the rest read as a text of its
    /// own, with no gram of theirs and none across them. A rest of fewer than
    /// [`REST_CHARS`] letters is no text to read (a lone 我 left of 我想死), and does not
    /// fire.
    pub fn high_without(&self, text: &str, category: Category, spans: &[(usize, usize)]) -> bool {
        self.rest_logits(text, spans)
            .is_some_and(|logits| logits[high_head(category.index())] > self.threshold)
    }

    /// Whether the medium head of `category` fires on the rest of a normalised text once
    /// the characters of `spans` are taken out, read as [`Model::high_without`] reads it.
    pub fn medium_without(&self, text: &str, category: Category, spans: &[(usize, usize)]) -> bool {
        self.rest_logits(text, spans)
            .is_some_and(|logits| logits[category.index()] > self.threshold)
    }

    /// The logits of the rest of a normalised text once the characters of `spans` are
    /// taken out; `None` where the rest holds fewer than [`REST_CHARS`] letters or no gram.
    fn rest_logits(&self, text: &str, spans: &[(usize, usize)]) -> Option<[f32; HEADS]> {
        let inside = |at: usize| spans.iter().any(|&(start, end)| start <= at && at < end);
        let rest: String = readable(text)
            .char_indices()
            .map(|(at, c)| if inside(at) { '\u{1}' } else { c })
            .collect();
        if too_few_letters(&rest) {
            return None;
        }
        SCRATCH.with_borrow_mut(|scratch| self.logits_with(&rest, scratch))
    }

    /// What the model reads on a whole text.
    fn read_whole(&self, text: &str, scratch: &mut Scratch) -> Reading {
        // First the one-character grams alone decide whether the text can fire at all
        // (the screen): for nearly every everyday message it cannot.
        if self.screened_out(text) {
            return Reading::default();
        }
        let Some(logits) = self.logits_with(text, scratch) else {
            return Reading::default();
        };
        let margins = Some(self.margins(&logits));
        let fires = logits.map(|l| l > self.threshold);
        if !fires[..SCREENED].iter().any(|&f| f) {
            return Reading {
                worded: Vec::new(),
                margins,
            };
        }
        let strongest = self.strongest(scratch);
        let worded = Category::ALL
            .into_iter()
            .filter_map(|category| worded(category, &logits, &fires, &strongest))
            .collect();
        Reading { worded, margins }
    }

    /// A long text (more than [`WINDOW`] and a half characters) is also read in windows of
    /// [`WINDOW`] characters, each half over the one before, for the categories the whole
    /// text reads near their threshold but under it ([`WINDOW_FLOOR`]): one clause of harm
    /// inside an ordinary message (a question about a fine, then 我已经把药全部吃了) weighs
    /// little among the grams of the whole, and much in its window, which is as long as
    /// the messages the model learnt from. The first window that fires speaks for its
    /// category, with its strongest gram; never its critical head, which lifts a phrase
    /// read in the whole message.
    fn read_windows(&self, text: &str, scratch: &mut Scratch, reading: &mut Reading) {
        let Some(margins) = reading.margins else {
            return;
        };
        let mut pending: [bool; 3] = std::array::from_fn(|c| {
            margins[c] >= WINDOW_FLOOR && !reading.worded.iter().any(|w| w.category.index() == c)
        });
        // A short text is read whole only: asked before its boundaries are collected.
        if !pending.contains(&true) || text.chars().nth(WINDOW + WINDOW / 2).is_none() {
            return;
        }
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain([text.len()])
            .collect();
        let chars = starts.len() - 1;
        let mut from = 0;
        loop {
            let to = (from + WINDOW).min(chars);
            let (start, end) = (starts[from], starts[to]);
            if let Some(logits) = self.logits_with(&text[start..end], scratch) {
                let fires = logits.map(|l| l > self.threshold);
                let strongest = self.strongest(scratch);
                for category in Category::ALL {
                    let c = category.index();
                    if !pending[c] {
                        continue;
                    }
                    if let Some(w) = worded(category, &logits, &fires, &strongest) {
                        reading.worded.push(Worded {
                            critical: false,
                            start: start + w.start,
                            end: start + w.end,
                            ..w
                        });
                        pending[c] = false;
                    }
                }
            }
            if to == chars || !pending.contains(&true) {
                break;
            }
            from += WINDOW / 2;
        }
        reading.worded.sort_by_key(|w| w.category.index());
    }

    /// Per medium and high head, the gram of the text last read ([`Model::logits_with`]
    /// left its rows in `scratch`) that weighed most towards it, (contribution, start,
    /// end), of two or three characters if one weighed towards it at all (a lone 钱 says
    /// less to a triager than 转了钱). Only the medium and high heads speak (a critical
    /// head's signal is shown on the gram of the head that speaks), so only theirs are
    /// kept.
    fn strongest(&self, scratch: &Scratch) -> [(f32, u32, u32); SCREENED] {
        let mut strongest = [(0f32, 0u32, 0u32); SCREENED];
        let mut strongest_single = [(0f32, 0u32, 0u32); SCREENED];
        for (&(row, start, end, len), &x) in scratch.touched.iter().zip(&scratch.xs) {
            for (h, w) in self.rows_data[row as usize][1..=SCREENED]
                .iter()
                .enumerate()
            {
                let best = if len == 1 {
                    &mut strongest_single[h]
                } else {
                    &mut strongest[h]
                };
                if w * x > best.0 {
                    *best = (w * x, start, end);
                }
            }
        }
        for (best, single) in strongest.iter_mut().zip(strongest_single) {
            if best.0 <= 0.0 {
                *best = single;
            }
        }
        strongest
    }
}

/// What the model says of `category` on a text whose heads gave `logits`: the high head
/// speaks for the category when it fires, else the medium one; `None` where neither fires
/// with a gram that weighed towards it.
fn worded(
    category: Category,
    logits: &[f32; HEADS],
    fires: &[bool; HEADS],
    strongest: &[(f32, u32, u32); SCREENED],
) -> Option<Worded> {
    let c = category.index();
    let high = fires[high_head(c)] && strongest[high_head(c)].0 > 0.0;
    let head = if high { high_head(c) } else { c };
    (high || fires[c] && strongest[c].0 > 0.0).then_some(Worded {
        category,
        high,
        critical: category == CRITICAL && fires[SCREENED],
        logit: logits[head],
        start: strongest[head].1 as usize,
        end: strongest[head].2 as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three medium heads with one strong gram each; the high heads never fire but for
    /// disputes, on 砍, and the fraud critical head on 转走, which fires the high fraud
    /// head too.
    const TOY: &str = "# a toy model\nthreshold\t0.5\n\
                       intercept\t-1\t-1\t-1\t-9\t-9\t-1\t-9\n\
                       screen\t-9\t-9\t-9\t-9\t-9\t-9\n\
                       想死\t2.0\t5\t0\t0\t0\t0\t0\t0\n骗\t1.5\t0\t4\t0\t0\t0\t0\t0\n\
                       打\t1.5\t0\t0\t4\t0\t0\t0\t0\n砍\t1.5\t0\t0\t4\t0\t0\t4\t0\n\
                       转走\t1.5\t0\t4\t0\t0\t12\t0\t12\n\
                       我\t1.0\t0\t0\t0\t0\t0\t0\t0\n";

    #[test]
    fn the_embedded_model_parses() {
        let model = embedded().expect("corpus/model/model.tsv parses");
        assert!(
            model.rows_data.len() > 10_000,
            "{} grams",
            model.rows_data.len()
        );
        assert!(model.threshold > 0.0);
    }

    #[test]
    fn a_face_before_a_space_is_passed_over_as_the_model_learnt_the_text() {
        let model = embedded_unscreened();
        // Normalisation keeps it for the context rules; the model reads the words around
        // it as one text, as it did when the face and the space were dropped.
        for (kept, learnt) in [
            ("我要砍死他😂 今晚罚他洗碗", "我要砍死他今晚罚他洗碗"),
            ("我好怕😭 破防了", "我好怕破防了"),
        ] {
            assert_eq!(readable(kept).len(), kept.len(), "{kept}");
            assert_eq!(
                model.medium_margins(kept),
                model.medium_margins(learnt),
                "{kept}"
            );
        }
        // Anything else is read as it is.
        assert!(matches!(readable("好累😭"), Cow::Borrowed(_)));
        assert!(matches!(readable("安全账户"), Cow::Borrowed(_)));
    }

    #[test]
    fn logits_follow_the_tfidf_formula_and_name_the_strongest_gram() {
        let model = Model::parse("toy", TOY).expect("toy");
        // 我想死: grams 我 (idf 1) and 想死 (idf 2): x = (1, 2), |x| = √5.
        let worded = model.read("我想死").worded;
        assert_eq!(worded.len(), 1);
        let w = worded[0];
        assert_eq!(w.category, Category::SelfHarm);
        let expected = -1.0 + 5.0 * 2.0 / 5f32.sqrt();
        assert!((w.logit - expected).abs() < 1e-5, "{} {expected}", w.logit);
        assert_eq!((w.start, w.end), (3, 9));
        // A gram twice counts 1 + ln 2 times: 骗骗 → x = 1.5 (1 + ln 2), alone, so the
        // unit vector is 1 and the logit -1 + 4.
        let twice = model.read("骗骗").worded;
        assert_eq!(twice.len(), 1);
        assert!((twice[0].logit - 3.0).abs() < 1e-5);
        // Below the threshold, or nothing of the vocabulary: nothing.
        assert!(model.read("我我我").worded.is_empty());
        assert!(model.read("").worded.is_empty());
        assert!(model.read("hello").worded.is_empty());
    }

    #[test]
    fn the_high_head_speaks_when_it_fires() {
        let model = Model::parse("toy", TOY).expect("toy");
        // 打 fires the medium dispute head only; 砍 the medium and high ones, and the high
        // one speaks; a dispute has no critical head.
        let hit = model.read("打").worded;
        assert_eq!(hit.len(), 1);
        assert!(!hit[0].high && !hit[0].critical);
        let cut = model.read("砍").worded;
        assert_eq!(cut.len(), 1);
        assert_eq!(cut[0].category, Category::Dispute);
        assert!(cut[0].high && !cut[0].critical);
        assert!((cut[0].logit - 3.0).abs() < 1e-5, "{}", cut[0].logit);
        // 转走 fires all three fraud heads: the high one speaks, saying that the critical
        // one fired.
        let gone = model.read("转走").worded;
        assert_eq!(gone.len(), 1);
        assert_eq!(gone[0].category, Category::FraudVictim);
        assert!(gone[0].high && gone[0].critical);
        assert!((gone[0].logit - 3.0).abs() < 1e-5, "{}", gone[0].logit);
    }

    /// The toy model with 50 more one-character grams of weight 0 (idf 1), which dilute
    /// a long text, and 书, which weighs against self-harm.
    fn diluting_toy() -> (Model, Vec<char>) {
        let neutral: Vec<char> = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北金木水火土山川日月星"
            .chars()
            .collect();
        let mut source = TOY.to_string();
        for c in &neutral {
            source.push_str(&format!("{c}\t1.0\t0\t0\t0\t0\t0\t0\t0\n"));
        }
        source.push_str("书\t1.0\t-30\t0\t0\t0\t0\t0\t0\n");
        (Model::parse("toy", &source).expect("toy"), neutral)
    }

    #[test]
    fn a_long_text_is_also_read_in_windows() {
        let (model, neutral) = diluting_toy();
        assert_eq!(neutral.len(), 50);
        // 30 neutral characters, 想死, 20 more: in the whole text x = (2, 1 × 50), the
        // logit -1 + 10 / √54 = 0.36, under the threshold 0.5, but near it.
        let text: String = neutral[..30]
            .iter()
            .chain(&['想', '死'])
            .chain(&neutral[30..])
            .collect();
        let whole = model
            .logits_with(&text, &mut Scratch::default())
            .expect("grams");
        assert!(
            whole[0] < 0.5 && whole[0] > 0.5 + WINDOW_FLOOR,
            "{}",
            whole[0]
        );
        // The window of characters 12 to 36 holds 想死 and 22 others: -1 + 10 / √26 =
        // 0.96, over it. The signal is on 想死, at its place in the whole text.
        let worded = model.read(&text).worded;
        assert_eq!(worded.len(), 1, "{worded:?}");
        let w = worded[0];
        assert_eq!(w.category, Category::SelfHarm);
        assert!(!w.high && !w.critical);
        assert!(
            (w.logit - (-1.0 + 10.0 / 26f32.sqrt())).abs() < 1e-5,
            "{}",
            w.logit
        );
        assert_eq!(&text[w.start..w.end], "想死");
        assert_eq!(w.start, 30 * 3);
        // 书 at the end, outside that window, takes the whole text far under the
        // threshold (-1 - 20 / √55): its windows are not read, and nothing fires.
        let against = format!("{text}书");
        let whole = model
            .logits_with(&against, &mut Scratch::default())
            .expect("grams");
        assert!(whole[0] < 0.5 + WINDOW_FLOOR, "{}", whole[0]);
        assert!(model.read(&against).worded.is_empty());
    }

    #[test]
    fn the_screen_skips_a_text_whose_single_characters_score_under_every_floor() {
        // 我想死 fires (logit 3.47 > 0.5), but its one-character grams (我 alone, weight
        // 0) score 0: under a floor of 1 in every category it is screened out.
        let strict = TOY.replace("screen\t-9\t-9\t-9\t-9\t-9\t-9", "screen\t1\t1\t1\t1\t1\t1");
        let model = Model::parse("toy", &strict).expect("toy");
        assert!(model.read("我想死").worded.is_empty());
        // 骗 is a one-character gram of weight 4: its own score passes the floor.
        assert_eq!(model.read("骗骗").worded.len(), 1);
        // A screened-out text leaves the counters clean for the next one: 骗 alone then
        // scores exactly -1 + 4, with no leftover count of 我 in its norm.
        let lenient = Model::parse("toy", TOY).expect("toy");
        assert!(model.read("我想死我").worded.is_empty());
        let after = lenient.read("骗").worded;
        assert_eq!(after.len(), 1);
        assert!((after[0].logit - 3.0).abs() < 1e-5, "{}", after[0].logit);
    }

    #[test]
    fn a_bad_model_file_names_the_line() {
        const HEAD: &str =
            "threshold\t1\nintercept\t1\t2\t3\t4\t5\t6\t7\nscreen\t0\t0\t0\t0\t0\t0\n";
        let gram = |rows: &str| format!("{HEAD}{rows}");
        for (text, line) in [
            ("threshold\tx\n".to_string(), 1),
            ("threshold\t1\nintercept\t1\t2\t3\n".to_string(), 2),
            (
                "threshold\t1\nintercept\t1\t2\t3\t4\t5\t6\t7\nscreen\t1\t2\n".to_string(),
                3,
            ),
            (gram("想死\t1\t1\t1\t1\n"), 4),
            (gram("想死\t1\t1\t1\t1\t1\t1\t1\n"), 4),
            (gram("想死了吧\t1\t1\t1\t1\t1\t1\t1\t1\n"), 4),
            (
                gram("想\t1\t1\t1\t1\t1\t1\t1\t1\n想\t1\t1\t1\t1\t1\t1\t1\t1\n"),
                5,
            ),
            // A control character in a gram: the screen and the count of one-character
            // grams rely on no row holding one.
            (gram("\u{2}\t1\t1\t1\t1\t1\t1\t1\t1\n"), 4),
            (gram("想\u{1}\t1\t1\t1\t1\t1\t1\t1\t1\n"), 4),
        ] {
            let error = Model::parse("m.tsv", &text).err().expect(&text).to_string();
            assert!(error.starts_with(&format!("m.tsv:{line}:")), "{error}");
        }
    }
}
