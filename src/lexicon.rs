//! Lexicons: risk terms and context cues, as human-edited TSV (see `corpus/README.md`).
//!
//! A line with five columns is a risk term (`term category kind weight flags`), a line with
//! three a context cue (`cue modifier categories`); `#` starts a comment line. Terms are
//! normalised exactly like messages, so a lexicon may be written in any width, case or
//! script and still match.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::hash::BuildHasher;
use std::path::Path;
use std::sync::Arc;

use crate::assessment::{Category, Kind};
use crate::error::Error;
use crate::fingerprint::Fingerprint;
use crate::normalize::normalize_term;
use crate::pack::{Pack, pack_text, unpack_count};
use crate::texts::Texts;

/// The default lexicons, embedded in the binary.
pub(crate) const DEFAULT_SOURCES: [(&str, &str); 5] = [
    (
        "corpus/lexicon/self_harm.tsv",
        include_str!("../corpus/lexicon/self_harm.tsv"),
    ),
    (
        "corpus/lexicon/fraud_victim.tsv",
        include_str!("../corpus/lexicon/fraud_victim.tsv"),
    ),
    (
        "corpus/lexicon/dispute.tsv",
        include_str!("../corpus/lexicon/dispute.tsv"),
    ),
    (
        "corpus/lexicon/slang.tsv",
        include_str!("../corpus/lexicon/slang.tsv"),
    ),
    (
        "corpus/lexicon/modifiers.tsv",
        include_str!("../corpus/lexicon/modifiers.tsv"),
    ),
];

/// [`Lexicon::sources_fingerprint`], evaluated by the compiler a file at a time (one
/// evaluation over the megabyte would run into the compiler's limit on long ones).
const SOURCES_FINGERPRINT: u64 = {
    const fn then(mut print: Fingerprint, (name, text): (&str, &str)) -> Fingerprint {
        print.text(name).text(text);
        print
    }
    const FIRST: Fingerprint = then(Fingerprint::new(), DEFAULT_SOURCES[0]);
    const SECOND: Fingerprint = then(FIRST, DEFAULT_SOURCES[1]);
    const THIRD: Fingerprint = then(SECOND, DEFAULT_SOURCES[2]);
    const FOURTH: Fingerprint = then(THIRD, DEFAULT_SOURCES[3]);
    const FIFTH: Fingerprint = then(FOURTH, DEFAULT_SOURCES[4]);
    assert!(
        DEFAULT_SOURCES.len() == 5,
        "a source the fingerprint leaves out"
    );
    FIFTH.finish()
};

/// Flags of a risk term.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Flags {
    /// Evidence only: counts when another signal of its category is present.
    pub support: bool,
    /// May match inside a longer word (no word-boundary check).
    pub inword: bool,
    /// A first-person act of compliance or loss: outranks an anti-fraud notice.
    pub compliance: bool,
    /// A proximity term whose parts may stand in clauses next to each other: one comma or
    /// two may lie between two parts (信写好了，压在枕头底下; 日子我定好了，下周三，那天…), as
    /// people write one thought in short clauses; an exclamation mark counts as a comma
    /// (正在打！快派人！); no other clause break may.
    pub across: bool,
}

/// One risk term. Its texts are numbers in its lexicon's texts ([`Lexicon::term`],
/// [`Lexicon::parts`]): a lexicon holds about a hundred and fifty thousand terms and ninety
/// thousand alternatives of proximity parts, and a text of their own for each cost a small
/// allocation apiece: the stdin example's peak was 97.6 MB with them and is 81.0 without.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// An ordinary term's normalised text, by its number in the lexicon's texts;
    /// [`NO_TEXT`] for a proximity term, whose text is made from its parts.
    text: u32,
    /// Where a proximity term's parts begin in the lexicon's list of parts; [`NO_TEXT`]
    /// for an ordinary term.
    parts: u32,
    pub category: Category,
    pub kind: Kind,
    pub weight: f32,
    pub flags: Flags,
}

/// The `text` of a proximity term and the `parts` of an ordinary one.
const NO_TEXT: u32 = u32::MAX;

/// A proximity term's parts as parsing reads them, each with its alternatives.
type Parts = Vec<Vec<Box<str>>>;

impl Entry {
    /// Whether this is a proximity term (被…骗了), whose parts match in order within one
    /// clause, a few characters apart.
    pub fn is_proximity(&self) -> bool {
        self.parts != NO_TEXT
    }

    /// Whether the fields after the term are the same.
    fn same_data(&self, other: &Entry) -> bool {
        (self.category, self.kind, self.weight, self.flags)
            == (other.category, other.kind, other.weight, other.flags)
    }

    /// The fields after the term, as both binary forms write them.
    fn pack_fields(&self, out: &mut Vec<u8>) {
        self.category.pack(out);
        self.kind.pack(out);
        self.weight.pack(out);
        [
            self.flags.support,
            self.flags.inword,
            self.flags.compliance,
            self.flags.across,
        ]
        .pack(out);
    }

    /// How strongly the entry counts when it overlaps another of its category: a term that
    /// counts on its own beats evidence, then the heavier wins.
    pub fn strength(&self) -> (bool, f32) {
        (!self.flags.support, self.weight)
    }
}

/// What a context cue does; see `corpus/README.md` for where each one acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum CueKind {
    Allow,
    /// An allow phrase only where it is written whole: a space the writer put inside it
    /// makes two words of it, and the risk word in it counts (我真的想死 你们别劝了 is a
    /// wish said to the people around, not the 想死你们 of missing someone).
    AllowWhole,
    Negation,
    Hyperbole,
    Reported,
    Awareness,
    ThirdPerson,
    FirstPerson,
    Past,
    Resolved,
    Question,
    Urgency,
    Playful,
    Complaint,
    Leisure,
    Reassurance,
    /// After a wish, the one at risk cannot be reached now (电话打不通, 门从里面锁着).
    Unreachable,
    /// After a resolution, the wish is back (这几天又开始想了): the resolution no longer
    /// speaks for it.
    Relapse,
}

impl CueKind {
    const ALL: [(CueKind, &'static str); 18] = [
        (CueKind::Allow, "allow"),
        (CueKind::AllowWhole, "allow_whole"),
        (CueKind::Negation, "negation"),
        (CueKind::Hyperbole, "hyperbole"),
        (CueKind::Reported, "reported"),
        (CueKind::Awareness, "awareness"),
        (CueKind::ThirdPerson, "third_person"),
        (CueKind::FirstPerson, "first_person"),
        (CueKind::Past, "past"),
        (CueKind::Resolved, "resolved"),
        (CueKind::Question, "question"),
        (CueKind::Urgency, "urgency"),
        (CueKind::Playful, "playful"),
        (CueKind::Complaint, "complaint"),
        (CueKind::Leisure, "leisure"),
        (CueKind::Reassurance, "reassurance"),
        (CueKind::Unreachable, "unreachable"),
        (CueKind::Relapse, "relapse"),
    ];

    /// Whether cues of this kind are allow phrases, whole or not.
    pub fn is_allow(self) -> bool {
        matches!(self, CueKind::Allow | CueKind::AllowWhole)
    }

    fn parse(name: &str) -> Option<CueKind> {
        CueKind::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(kind, _)| *kind)
    }
}

/// The set of categories a cue acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CategorySet([bool; 3]);

impl CategorySet {
    pub const ALL: CategorySet = CategorySet([true; 3]);

    pub fn contains(self, category: Category) -> bool {
        self.0[category.index()]
    }
}

/// One context cue.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cue {
    /// The normalised cue text.
    pub text: String,
    pub kind: CueKind,
    pub categories: CategorySet,
}

/// Risk terms and cues, merged from one or more sources.
#[derive(Clone, Default)]
pub(crate) struct Lexicon {
    pub entries: Vec<Entry>,
    pub cues: Vec<Cue>,
    /// The texts of ordinary terms and of the alternatives of proximity parts, by number.
    /// The prebuilt defaults share them with their matcher, whose pattern texts they are.
    texts: Arc<Texts>,
    /// The proximity terms' parts one after another: for a term, the number of its parts,
    /// then for each part the number of its alternatives and their texts' numbers.
    parts: Vec<u32>,
}

/// Two lexicons are equal when their entries, read as texts, and their cues are: the
/// numbers of the texts may differ.
impl PartialEq for Lexicon {
    fn eq(&self, other: &Lexicon) -> bool {
        let texts = |lexicon: &Lexicon, e: &Entry| -> Vec<Vec<String>> {
            let parts = lexicon.parts(e).map(|alternatives| {
                let texts = alternatives.iter().map(|&id| lexicon.text(id).to_string());
                texts.collect()
            });
            parts.collect()
        };
        self.entries.len() == other.entries.len()
            && self.cues == other.cues
            && self.entries.iter().zip(&other.entries).all(|(a, b)| {
                a.same_data(b)
                    && a.is_proximity() == b.is_proximity()
                    && self.term(a) == other.term(b)
                    && texts(self, a) == texts(other, b)
            })
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.entries.len())
            .field("cues", &self.cues.len())
            .finish()
    }
}

impl Lexicon {
    /// Text `id` of the terms' texts.
    pub fn text(&self, id: u32) -> &str {
        self.texts.get(id as usize)
    }

    /// The text of an ordinary term; none for a proximity term.
    pub fn ordinary_text(&self, entry: &Entry) -> Option<&str> {
        (!entry.is_proximity()).then(|| self.text(entry.text))
    }

    /// The normalised term of `entry`; for a proximity term its parts joined with `…`, a
    /// part with alternatives written `[a|b]`.
    pub fn term(&self, entry: &Entry) -> Cow<'_, str> {
        match self.ordinary_text(entry) {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(self.display(entry)),
        }
    }

    /// A proximity term's text from its parts.
    fn display(&self, entry: &Entry) -> String {
        let parts: Vec<Vec<&str>> = self
            .parts(entry)
            .map(|alternatives| alternatives.iter().map(|&id| self.text(id)).collect())
            .collect();
        display(&parts)
    }

    /// A proximity term's parts (被…骗了), each with its alternatives (`[被|让]…骗了`), as the
    /// numbers of their texts: they match in order within one clause, a few characters
    /// apart. A proximity line's alternatives stay in one entry instead of multiplying into
    /// one per combination. None for an ordinary term.
    pub fn parts(&self, entry: &Entry) -> impl ExactSizeIterator<Item = &[u32]> {
        parts_in(&self.parts, entry)
    }

    /// Keep `parts` (texts by number) after the others; where they begin.
    fn push_parts<'a>(&mut self, parts: impl ExactSizeIterator<Item = &'a [u32]>) -> u32 {
        let at = self.parts.len() as u32;
        self.parts.push(parts.len() as u32);
        for alternatives in parts {
            self.parts.push(alternatives.len() as u32);
            self.parts.extend_from_slice(alternatives);
        }
        at
    }

    /// A fingerprint of every entry and cue, in order: what was built ahead of time from
    /// the default lexicons (`build.rs`) is used only for a lexicon with the same one.
    pub fn fingerprint(&self) -> u64 {
        // Each entry and cue in a binary form, one at a time: every field it has counts,
        // and no copy of the whole lexicon is made.
        let mut print = Fingerprint::new();
        let mut bytes = Vec::new();
        for e in &self.entries {
            bytes.clear();
            self.pack_for_print(e, &mut bytes);
            print.bytes(&bytes);
        }
        for cue in &self.cues {
            bytes.clear();
            cue.pack(&mut bytes);
            print.bytes(&bytes);
        }
        print.finish()
    }

    /// A fingerprint of the embedded default lexicon files, names and texts, taken at
    /// compile time: the megabyte of their text is then never read by a detector built
    /// from the prebuilt defaults, and the binary's pages that hold it never become
    /// resident.
    pub fn sources_fingerprint() -> u64 {
        SOURCES_FINGERPRINT
    }

    /// The embedded default lexicons, parsed.
    pub fn defaults() -> Result<Lexicon, Error> {
        // The sources parse independently: one thread each (they are merged in order, so
        // the result is the same as parsing them one after another).
        let parsed: Vec<Result<Lexicon, Error>> = std::thread::scope(|scope| {
            let workers: Vec<_> = DEFAULT_SOURCES
                .iter()
                .map(|&(name, text)| scope.spawn(move || Lexicon::parse(name, text)))
                .collect();
            workers
                .into_iter()
                .map(|w| {
                    w.join()
                        .unwrap_or_else(|_| Err(Error::config("a lexicon parser thread panicked")))
                })
                .collect()
        });
        let mut lexicon = Lexicon::default();
        for source in parsed {
            lexicon.merge(source?);
        }
        Ok(lexicon)
    }

    /// Read and parse a lexicon file; errors name the file, the line and the reason.
    pub fn read(path: &Path) -> Result<Lexicon, Error> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e.to_string()))?;
        let text = decode(&name, &bytes)?;
        Lexicon::parse(&name, text)
    }

    /// Parse lexicon text; `source` names it in errors.
    pub fn parse(source: &str, text: &str) -> Result<Lexicon, Error> {
        let mut lexicon = Lexicon::default();
        // The entries already read, to reject conflicting duplicates within one source;
        // cues: key → (line, index).
        let mut seen_terms = TermIndex::with_capacity(2 * text.lines().count());
        // The texts of terms and parts already kept, by number: one copy of each.
        let mut known: HashMap<Box<str>, u32> = HashMap::default();
        let mut seen_cues: HashMap<(String, CueKind), (usize, usize)> = HashMap::default();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let raw = if index == 0 {
                raw.trim_start_matches('\u{FEFF}')
            } else {
                raw
            };
            if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
                continue;
            }
            let columns: Vec<&str> = raw.split('\t').map(str::trim).collect();
            match columns.len() {
                5 => {
                    // The other columns are the same for every expansion: read them once.
                    let template = parse_entry(source, line, &columns)?;
                    let raw = columns[0].replace("...", "…");
                    let terms = if raw.contains(GAP) {
                        vec![parse_proximity(source, line, &raw)?]
                    } else {
                        expand(source, line, &raw)?
                            .into_iter()
                            .map(|term| Ok((parse_term_text(source, line, term)?, Vec::new())))
                            .collect::<Result<Vec<_>, Error>>()?
                    };
                    for (term_text, parts) in terms {
                        let category = template.category;
                        // The same term has the same parts: its text is made from them.
                        match seen_terms.find(&lexicon, &term_text, category) {
                            Some((first, at)) if !lexicon.entries[at].same_data(&template) => {
                                return Err(Error::lexicon(
                                    source,
                                    line,
                                    format!(
                                        "term {term_text:?} in {category} is already on line {first} with different data",
                                    ),
                                ));
                            }
                            Some(_) => {}
                            None => {
                                let mut entry = template.clone();
                                if parts.is_empty() {
                                    entry.text = lexicon.intern(&mut known, &term_text);
                                } else {
                                    let ids: Vec<Vec<u32>> = parts
                                        .iter()
                                        .map(|alternatives| {
                                            let ids = alternatives.iter();
                                            ids.map(|a| lexicon.intern(&mut known, a)).collect()
                                        })
                                        .collect();
                                    entry.parts = lexicon.push_parts(ids.iter().map(Vec::as_slice));
                                }
                                let at = lexicon.entries.len();
                                seen_terms.insert(&term_text, category, line, at);
                                lexicon.entries.push(entry);
                            }
                        }
                    }
                }
                3 => {
                    for text in expand(source, line, columns[0])? {
                        let mut columns = columns.clone();
                        columns[0] = &text;
                        let cue = parse_cue(source, line, &columns)?;
                        let key = (cue.text.clone(), cue.kind);
                        add_once(
                            &mut seen_cues,
                            &mut lexicon.cues,
                            key,
                            cue,
                            line,
                            |first, _| {
                                format!(
                                    "cue {text:?} is already on line {first} with other categories"
                                )
                            },
                        )
                        .map_err(|reason| Error::lexicon(source, line, reason))?;
                    }
                }
                n => {
                    return Err(Error::lexicon(
                        source,
                        line,
                        format!(
                            "expected 5 tab-separated columns (term, category, kind, weight, flags) \
                             or 3 (cue, modifier, categories), found {n}"
                        ),
                    ));
                }
            }
        }
        Ok(lexicon)
    }

    /// Add `other` on top of `self`: a term already present in the same category is
    /// replaced, and a weight of 0 removes it.
    pub fn merge(&mut self, mut other: Lexicon) {
        if self.entries.is_empty() && self.cues.is_empty() {
            // The first source: nothing to replace (a source has no conflicting duplicates).
            other.entries.retain(|e| e.weight > 0.0);
            *self = other;
            return;
        }
        // A proximity term's text has a gap and an ordinary term's none, so a proximity
        // term is replaced only by one; their texts are made only when `other` has some.
        let proximity = other.entries.iter().any(Entry::is_proximity);
        let replaced: rustc_hash::FxHashSet<(Cow<str>, Category)> = other
            .entries
            .iter()
            .map(|e| (other.term(e), e.category))
            .collect();
        let kept: Vec<bool> = self
            .entries
            .iter()
            .map(|e| {
                (e.is_proximity() && !proximity) || !replaced.contains(&(self.term(e), e.category))
            })
            .collect();
        drop(replaced);
        let mut kept = kept.into_iter();
        self.entries.retain(|_| kept.next().unwrap_or(true));
        // `other`'s texts after these, and its entries with their numbers moved by as much.
        let texts = Arc::make_mut(&mut self.texts).append(&other.texts);
        for mut entry in other.entries.into_iter().filter(|e| e.weight > 0.0) {
            if entry.is_proximity() {
                let moved: Vec<Vec<u32>> = parts_in(&other.parts, &entry)
                    .map(|alternatives| alternatives.iter().map(|&id| id + texts).collect())
                    .collect();
                entry.parts = self.push_parts(moved.iter().map(Vec::as_slice));
            } else {
                entry.text += texts;
            }
            self.entries.push(entry);
        }
        let replaced: rustc_hash::FxHashSet<(&str, CueKind)> = other
            .cues
            .iter()
            .map(|c| (c.text.as_str(), c.kind))
            .collect();
        self.cues
            .retain(|c| !replaced.contains(&(c.text.as_str(), c.kind)));
        drop(replaced);
        self.cues.extend(other.cues);
    }

    /// The number of `text` among the texts, which it joins if new (`known` holds those
    /// already there).
    fn intern(&mut self, known: &mut HashMap<Box<str>, u32>, text: &str) -> u32 {
        if let Some(&id) = known.get(text) {
            return id;
        }
        let id = Arc::make_mut(&mut self.texts).push(text);
        known.insert(text.into(), id);
        id
    }

    /// Number of risk terms of a category.
    pub fn count(&self, category: Category) -> usize {
        self.entries
            .iter()
            .filter(|e| e.category == category)
            .count()
    }
}

// The binary form of a parsed lexicon (`build.rs` writes the defaults so: see
// `src/prebuilt.rs`). Kinds, categories and cue kinds are written as their place in their
// lists.

impl Pack for Category {
    fn pack(&self, out: &mut Vec<u8>) {
        (self.index() as u8).pack(out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        Category::ALL.get(u8::unpack(bytes)? as usize).copied()
    }
}

/// `value` as its place in `list` (a varint: one byte for the kinds there are); a value
/// not in the list as a place past its end, which reads back as none.
fn pack_place<T: PartialEq, U>(list: &[(T, U)], value: &T, out: &mut Vec<u8>) {
    let place = list.iter().position(|(item, _)| item == value);
    (place.unwrap_or(usize::MAX) as u32).pack(out);
}

/// The value at the place [`pack_place`] wrote.
fn unpack_place<T: Copy, U>(list: &[(T, U)], bytes: &mut &[u8]) -> Option<T> {
    list.get(u32::unpack(bytes)? as usize)
        .map(|(item, _)| *item)
}

impl Pack for Kind {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_place(Kind::ALL, self, out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        unpack_place(Kind::ALL, bytes)
    }
}

impl Pack for CueKind {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_place(&CueKind::ALL, self, out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        unpack_place(&CueKind::ALL, bytes)
    }
}

impl Lexicon {
    /// Every field of `entry`, texts included, for [`Lexicon::fingerprint`].
    fn pack_for_print(&self, entry: &Entry, out: &mut Vec<u8>) {
        pack_text(&self.term(entry), out);
        self.parts(entry).len().pack(out);
        for alternatives in self.parts(entry) {
            alternatives.len().pack(out);
            for &id in alternatives {
                pack_text(self.text(id), out);
            }
        }
        entry.pack_fields(out);
    }

    /// The binary form of a prebuilt entry (`src/prebuilt.rs`): the number of its parts,
    /// then its term (an ordinary term, no parts) or each part's alternatives as the ids
    /// of their texts in the matcher's pattern texts, which hold every one of them (`id`;
    /// none if one is missing). Each text is then kept once in the binary and checked for
    /// UTF-8 once, with all the others, instead of once per entry.
    fn pack_entry_by_ids(
        &self,
        entry: &Entry,
        id: &impl Fn(&str) -> Option<usize>,
        out: &mut Vec<u8>,
    ) -> Option<()> {
        self.parts(entry).len().pack(out);
        if !entry.is_proximity() {
            id(self.text(entry.text))?.pack(out);
        }
        for alternatives in self.parts(entry) {
            alternatives.len().pack(out);
            for &alternative in alternatives {
                id(self.text(alternative))?.pack(out);
            }
        }
        entry.pack_fields(out);
        Some(())
    }

    /// An entry [`Lexicon::pack_entry_by_ids`] wrote, its texts' ids those of this
    /// lexicon's texts, its parts kept after the others.
    fn unpack_entry_by_ids(&mut self, bytes: &mut &[u8]) -> Option<Entry> {
        // No parts (an ordinary term), or as many as a proximity term may have.
        let count = usize::unpack(bytes)?;
        if count == 1 || count > MAX_PARTS {
            return None;
        }
        let texts = self.texts.len();
        let id = |bytes: &mut &[u8]| {
            let id = usize::unpack(bytes)?;
            (id < texts).then_some(id as u32)
        };
        let (text, parts) = if count == 0 {
            (id(bytes)?, NO_TEXT)
        } else {
            let at = self.parts.len() as u32;
            self.parts.push(count as u32);
            for _ in 0..count {
                let alternatives = unpack_count(bytes).filter(|&n| n > 0)?;
                self.parts.push(alternatives as u32);
                for _ in 0..alternatives {
                    self.parts.push(id(bytes)?);
                }
            }
            (NO_TEXT, at)
        };
        let category = Category::unpack(bytes)?;
        let kind = Kind::unpack(bytes)?;
        let weight = f32::unpack(bytes)?;
        let [support, inword, compliance, across] = <[bool; 4]>::unpack(bytes)?;
        (kind.category() == category).then_some(Entry {
            text,
            parts,
            category,
            kind,
            weight,
            flags: Flags {
                support,
                inword,
                compliance,
                across,
            },
        })
    }
}

impl Pack for Cue {
    fn pack(&self, out: &mut Vec<u8>) {
        self.text.pack(out);
        self.kind.pack(out);
        self.categories.0.pack(out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        Some(Cue {
            text: String::unpack(bytes)?,
            kind: CueKind::unpack(bytes)?,
            categories: CategorySet(<[bool; 3]>::unpack(bytes)?),
        })
    }
}

impl Lexicon {
    /// The binary form of the prebuilt defaults: the entries by the ids of their texts in
    /// the matcher's pattern texts ([`Entry::pack_by_ids`]), then the cues; none if a text
    /// has no id.
    pub(crate) fn pack_by_ids(
        &self,
        id: impl Fn(&str) -> Option<usize>,
        out: &mut Vec<u8>,
    ) -> Option<()> {
        self.entries.len().pack(out);
        for entry in &self.entries {
            self.pack_entry_by_ids(entry, &id, out)?;
        }
        // The cues' texts together, then each cue's kind and categories.
        Texts::new(self.cues.iter().map(|c| c.text.as_str())).pack(out);
        for cue in &self.cues {
            cue.kind.pack(out);
            cue.categories.0.pack(out);
        }
        Some(())
    }

    /// What [`Lexicon::pack_by_ids`] wrote, the ids those of `texts`, which the lexicon
    /// keeps.
    pub(crate) fn unpack_by_ids(bytes: &mut &[u8], texts: Arc<Texts>) -> Option<Lexicon> {
        let count = unpack_count(bytes)?;
        let mut lexicon = Lexicon {
            entries: Vec::with_capacity(count),
            texts,
            ..Lexicon::default()
        };
        for _ in 0..count {
            let entry = lexicon.unpack_entry_by_ids(bytes)?;
            lexicon.entries.push(entry);
        }
        lexicon.parts.shrink_to_fit();
        let texts = Texts::unpack(bytes)?;
        let cues = texts
            .iter()
            .map(|text| {
                Some(Cue {
                    text: text.to_string(),
                    kind: CueKind::unpack(bytes)?,
                    categories: CategorySet(<[bool; 3]>::unpack(bytes)?),
                })
            })
            .collect::<Option<Vec<Cue>>>()?;
        lexicon.cues = cues;
        Some(lexicon)
    }
}

/// The entries of one source by (term, category), without a copy of each term: a hash of
/// the pair leads to the entry, whose term is compared. Two pairs with one hash (not
/// expected with 64 bits) are told apart in a short list.
struct TermIndex {
    /// Hash of (term, category) → (line, entry index) of the first entry with that hash.
    first: HashMap<u64, (usize, usize)>,
    /// (line, entry index) of entries whose hash an earlier, different pair has.
    collided: Vec<(usize, usize)>,
}

impl TermIndex {
    fn with_capacity(capacity: usize) -> TermIndex {
        TermIndex {
            first: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            collided: Vec::new(),
        }
    }

    fn hash(term: &str, category: Category) -> u64 {
        rustc_hash::FxBuildHasher.hash_one((term, category))
    }

    /// (line, index) of the entry of `lexicon` with this term and category, if any.
    fn find(&self, lexicon: &Lexicon, term: &str, category: Category) -> Option<(usize, usize)> {
        self.find_hashed(lexicon, TermIndex::hash(term, category), term, category)
    }

    fn find_hashed(
        &self,
        lexicon: &Lexicon,
        hash: u64,
        term: &str,
        category: Category,
    ) -> Option<(usize, usize)> {
        let same = |&(_, at): &(usize, usize)| {
            let entry = &lexicon.entries[at];
            entry.category == category && lexicon.term(entry) == term
        };
        let first = *self.first.get(&hash)?;
        if same(&first) {
            Some(first)
        } else {
            self.collided.iter().copied().find(same)
        }
    }

    /// Record the entry at `at`, read on `line` (`find` gave none for it).
    fn insert(&mut self, term: &str, category: Category, line: usize, at: usize) {
        self.insert_hashed(TermIndex::hash(term, category), line, at);
    }

    fn insert_hashed(&mut self, hash: u64, line: usize, at: usize) {
        match self.first.entry(hash) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert((line, at));
            }
            std::collections::hash_map::Entry::Occupied(_) => self.collided.push((line, at)),
        }
    }
}

/// Add `item` under `key` unless the key was seen earlier in this source: the same data
/// again is skipped, different data is refused with the reason `conflict` gives for the
/// first line.
fn add_once<K: Eq + std::hash::Hash, T: PartialEq>(
    seen: &mut HashMap<K, (usize, usize)>,
    items: &mut Vec<T>,
    key: K,
    item: T,
    line: usize,
    conflict: impl FnOnce(usize, &T) -> String,
) -> Result<(), String> {
    match seen.get(&key) {
        Some(&(first, at)) if items[at] != item => Err(conflict(first, &items[at])),
        Some(_) => Ok(()),
        None => {
            seen.insert(key, (line, items.len()));
            items.push(item);
            Ok(())
        }
    }
}

/// UTF-8 text of a file, or an error naming the line of the first invalid byte.
fn decode<'a>(source: &str, bytes: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        Error::lexicon(
            source,
            line,
            format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        )
    })
}

/// Most terms one line may expand to.
const MAX_EXPANSIONS: usize = 1024;

/// Expand alternations: `[想|要|准备]自杀` is three terms, `[他|]打我` two (an empty
/// alternative makes a part optional). Groups do not nest.
fn expand(source: &str, line: usize, pattern: &str) -> Result<Vec<String>, Error> {
    // The pattern as a sequence of choices: a literal is a choice of one.
    let mut choices: Vec<Vec<&str>> = Vec::new();
    let mut count = 1;
    let mut rest = pattern;
    while !rest.is_empty() {
        let (literal, group, after) = match rest.find(['[', ']']) {
            Some(at) if rest[at..].starts_with(']') => {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("unmatched ']' in {pattern:?}"),
                ));
            }
            Some(at) => {
                let close = rest[at..].find(']').ok_or_else(|| {
                    Error::lexicon(source, line, format!("unclosed '[' in {pattern:?}"))
                })?;
                let inner = &rest[at + 1..at + close];
                if inner.contains('[') {
                    return Err(Error::lexicon(
                        source,
                        line,
                        format!("nested '[' in {pattern:?}"),
                    ));
                }
                (&rest[..at], Some(inner), &rest[at + close + 1..])
            }
            None => (rest, None, ""),
        };
        if !literal.is_empty() {
            choices.push(vec![literal]);
        }
        if let Some(group) = group {
            let options: Vec<&str> = group.split('|').collect();
            count *= options.len();
            if count > MAX_EXPANSIONS {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("{pattern:?} expands to more than {MAX_EXPANSIONS} terms"),
                ));
            }
            choices.push(options);
        }
        rest = after;
    }
    // Every combination, the last choice varying fastest, each term built once.
    let longest: usize = choices
        .iter()
        .map(|c| c.iter().map(|o| o.len()).max().unwrap_or(0))
        .sum();
    let mut picked = vec![0; choices.len()];
    let mut terms = Vec::with_capacity(count);
    for _ in 0..count {
        let mut term = String::with_capacity(longest);
        for (options, &i) in choices.iter().zip(&picked) {
            term.push_str(options[i]);
        }
        terms.push(term);
        for (options, i) in choices.iter().zip(picked.iter_mut()).rev() {
            *i += 1;
            if *i < options.len() {
                break;
            }
            *i = 0;
        }
    }
    Ok(terms)
}

fn parse_term_text(source: &str, line: usize, raw: String) -> Result<String, Error> {
    let term = normalize_term(raw);
    if term.trim().is_empty() {
        return Err(Error::lexicon(source, line, "empty term"));
    }
    Ok(term)
}

/// The separator of a proximity term's parts.
pub(crate) const GAP: char = '…';
/// Most parts a proximity term may have.
pub(crate) const MAX_PARTS: usize = 3;

/// A proximity term (`[被|让]…骗了`): its display text and each part's alternatives,
/// normalised, without duplicates. Alternation groups expand within a part only.
fn parse_proximity(source: &str, line: usize, raw: &str) -> Result<(String, Parts), Error> {
    let pieces: Vec<&str> = raw.split(GAP).collect();
    if pieces.len() > MAX_PARTS {
        return Err(Error::lexicon(
            source,
            line,
            format!("{raw:?} has more than {MAX_PARTS} parts"),
        ));
    }
    let mut parts = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let mut alternatives = Vec::new();
        for text in expand(source, line, piece)? {
            let text = parse_term_text(source, line, text)?.into_boxed_str();
            if !alternatives.contains(&text) {
                alternatives.push(text);
            }
        }
        parts.push(alternatives);
    }
    Ok((display(&parts), parts))
}

/// A proximity term's text from its parts: the parts joined with `…`, a part with
/// alternatives written `[a|b]`.
fn display<S: AsRef<str>>(parts: &[Vec<S>]) -> String {
    let display: Vec<String> = parts
        .iter()
        .map(|alternatives| match alternatives.as_slice() {
            [one] => one.as_ref().to_string(),
            many => {
                let many: Vec<&str> = many.iter().map(AsRef::as_ref).collect();
                format!("[{}]", many.join("|"))
            }
        })
        .collect();
    display.join("…")
}

/// The parts of `entry` in `list`, a lexicon's list of parts ([`Lexicon::parts`]).
fn parts_in<'a>(list: &'a [u32], entry: &Entry) -> impl ExactSizeIterator<Item = &'a [u32]> {
    let (count, mut rest) = match entry.is_proximity() {
        true => {
            let at = entry.parts as usize;
            (list[at] as usize, &list[at + 1..])
        }
        false => (0, &[][..]),
    };
    (0..count).map(move |_| {
        let (len, after) = rest.split_first().expect("a part's length");
        let (alternatives, after) = after.split_at(*len as usize);
        rest = after;
        alternatives
    })
}

/// The columns after the term of a term line (category, kind, weight, flags), as an
/// entry whose term and parts the caller fills in for each expansion of the first column.
fn parse_entry(source: &str, line: usize, columns: &[&str]) -> Result<Entry, Error> {
    let category: Category = columns[1]
        .parse()
        .map_err(|reason: String| Error::lexicon(source, line, reason))?;
    let kind = Kind::parse(columns[2], category).ok_or_else(|| {
        let known: Vec<&str> = Kind::ALL
            .iter()
            .filter(|(_, c)| *c == category)
            .map(|(k, _)| k.as_str())
            .collect();
        Error::lexicon(
            source,
            line,
            format!(
                "unknown kind {:?} for category {category} (expected one of: {})",
                columns[2],
                known.join(", ")
            ),
        )
    })?;
    let weight: f32 = columns[3].parse().map_err(|_| {
        Error::lexicon(
            source,
            line,
            format!("weight {:?} is not a number", columns[3]),
        )
    })?;
    if !(0.0..=1.0).contains(&weight) {
        return Err(Error::lexicon(
            source,
            line,
            format!("weight {weight} is out of range 0..=1"),
        ));
    }
    let mut flags = Flags::default();
    for flag in list(columns[4]) {
        match flag {
            "support" => flags.support = true,
            "inword" => flags.inword = true,
            "compliance" => flags.compliance = true,
            "across" => flags.across = true,
            other => {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!(
                        "unknown flag {other:?} (expected support, inword, compliance or across)"
                    ),
                ));
            }
        }
    }
    if flags.across && !columns[0].contains(GAP) {
        return Err(Error::lexicon(
            source,
            line,
            "the flag across is for a proximity term (parts joined by …)",
        ));
    }
    Ok(Entry {
        text: NO_TEXT,
        parts: NO_TEXT,
        category,
        kind,
        weight,
        flags,
    })
}

fn parse_cue(source: &str, line: usize, columns: &[&str]) -> Result<Cue, Error> {
    // A cue is matched as written: a gap would be looked for as a character of the message
    // and never found.
    if columns[0].contains(GAP) || columns[0].contains("...") {
        return Err(Error::lexicon(
            source,
            line,
            format!(
                "a cue has no gap (…): {:?} would never match; write its forms in full",
                columns[0]
            ),
        ));
    }
    let text = parse_term_text(source, line, columns[0].to_string())?;
    let kind = CueKind::parse(columns[1]).ok_or_else(|| {
        let known: Vec<&str> = CueKind::ALL.iter().map(|(_, n)| *n).collect();
        Error::lexicon(
            source,
            line,
            format!(
                "unknown modifier {:?} (expected one of: {})",
                columns[1],
                known.join(", ")
            ),
        )
    })?;
    let mut categories = CategorySet::ALL;
    let named: Vec<&str> = list(columns[2]).collect();
    if !named.is_empty() {
        categories = CategorySet([false; 3]);
        for name in named {
            let category: Category = name
                .parse()
                .map_err(|reason: String| Error::lexicon(source, line, reason))?;
            categories.0[category.index()] = true;
        }
    }
    Ok(Cue {
        text,
        kind,
        categories,
    })
}

/// Items of a comma-separated column; `-` or empty means none.
fn list(column: &str) -> impl Iterator<Item = &str> {
    column
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty() && *item != "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> Error {
        Lexicon::parse("test.tsv", text).expect_err("should be rejected")
    }

    #[test]
    fn the_compile_time_fingerprint_is_that_of_the_sources_read_at_run_time() {
        let mut print = Fingerprint::new();
        for (name, text) in DEFAULT_SOURCES {
            print.text(name).text(text);
        }
        assert_eq!(Lexicon::sources_fingerprint(), print.finish());
    }

    #[test]
    fn defaults_parse() {
        let lexicon = Lexicon::defaults().expect("embedded lexicons are valid");
        for category in Category::ALL {
            assert!(lexicon.count(category) > 0, "{category} has no terms");
        }
        assert!(!lexicon.cues.is_empty());
    }

    #[test]
    fn parses_terms_and_cues_and_normalises() {
        let lexicon = Lexicon::parse(
            "t",
            "# comment\n輕生\tself_harm\tideation\t0.7\t-\n\n不会\tnegation\tself_harm,dispute\n",
        )
        .unwrap();
        assert_eq!(lexicon.term(&lexicon.entries[0]), "轻生");
        assert_eq!(lexicon.entries[0].kind, Kind::Ideation);
        assert!(lexicon.cues[0].categories.contains(Category::Dispute));
        assert!(!lexicon.cues[0].categories.contains(Category::FraudVictim));
    }

    #[test]
    fn errors_name_line_and_reason() {
        let e = error("a\tself_harm\tideation\t0.7\t-\nb\tself_harm\n");
        assert_eq!((e.source_name(), e.line()), (Some("test.tsv"), Some(2)));
        assert!(e.reason().contains("found 2"), "{e}");

        let e = error("想死\tselfharm\tideation\t0.7\t-");
        assert!(
            e.to_string().starts_with("test.tsv:1: unknown category"),
            "{e}"
        );
        let e = error("想死\tself_harm\tweapon\t0.7\t-");
        assert!(e.reason().contains("unknown kind \"weapon\""), "{e}");
        let e = error("想死\tself_harm\tideation\t1.5\t-");
        assert!(e.reason().contains("out of range"), "{e}");
        let e = error("想死\tself_harm\tideation\tx\t-");
        assert!(e.reason().contains("not a number"), "{e}");
        let e = error("  \tself_harm\tideation\t0.5\t-");
        assert!(e.reason().contains("empty term"), "{e}");
        let e = error("想死\tself_harm\tideation\t0.5\tloud");
        assert!(e.reason().contains("unknown flag"), "{e}");
        let e = error("想死\tself_harm\tideation\t0.5\tacross");
        assert!(e.reason().contains("across is for a proximity term"), "{e}");
        let e = error("不\tnegate\t-");
        assert!(e.reason().contains("unknown modifier"), "{e}");
        assert!(e.reason().contains("allow_whole"), "{e}");
        let whole = Lexicon::parse("t", "想死你们\tallow_whole\t-\n笑死\tallow\tself_harm\n")
            .expect("allow lines");
        let kinds: Vec<CueKind> = whole.cues.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [CueKind::AllowWhole, CueKind::Allow]);
        assert!(kinds.iter().all(|k| k.is_allow()));
        assert!(!CueKind::Negation.is_allow());
        let e = error("正规交易所…买币\tallow\tfraud_victim");
        assert!(e.reason().contains("a cue has no gap"), "{e}");
        let e = error("想死\tself_harm\tideation\t0.5\t-\n听说...想死\treported\t-");
        assert_eq!(e.line(), Some(2));
        assert!(e.reason().contains("a cue has no gap"), "{e}");
    }

    #[test]
    fn conflicting_duplicates_are_rejected_identical_ones_kept_once() {
        let e = error("想死\tself_harm\tideation\t0.5\t-\n想死\tself_harm\tideation\t0.7\t-\n");
        assert_eq!(e.line(), Some(2));
        assert!(e.reason().contains("already on line 1"), "{e}");
        let ok = Lexicon::parse(
            "t",
            "想死\tself_harm\tideation\t0.5\t-\n想死\tself_harm\tideation\t0.5\t-\n同归于尽\tdispute\tthreat_kill\t0.9\t-\n",
        )
        .unwrap();
        assert_eq!(ok.entries.len(), 2);
    }

    #[test]
    fn alternations_expand() {
        let lexicon =
            Lexicon::parse("t", "[想|要|准备]自杀[|了]\tself_harm\tideation\t0.7\t-").unwrap();
        let terms: Vec<Cow<str>> = lexicon.entries.iter().map(|e| lexicon.term(e)).collect();
        assert_eq!(
            terms,
            [
                "想自杀",
                "想自杀了",
                "要自杀",
                "要自杀了",
                "准备自杀",
                "准备自杀了"
            ]
        );
        assert!(
            error("[想|要自杀\tself_harm\tideation\t0.7\t-")
                .reason()
                .contains("unclosed")
        );
        assert!(
            error("想]自杀\tself_harm\tideation\t0.7\t-")
                .reason()
                .contains("unmatched")
        );
        let big = "[a|b|c|d][a|b|c|d][a|b|c|d][a|b|c|d][a|b|c|d][a|b|c|d]";
        assert!(
            error(&format!("{big}\tself_harm\tideation\t0.7\t-"))
                .reason()
                .contains("more than")
        );
        // Two expansions of different lines colliding with different data is an error.
        let e =
            error("[想|要]死\tself_harm\tpassive_wish\t0.5\t-\n想死\tself_harm\tideation\t0.7\t-");
        assert_eq!(e.line(), Some(2));
    }

    #[test]
    fn terms_packed_as_ids_of_their_texts_read_back_and_bad_ids_are_refused() {
        let lexicon = Lexicon::parse(
            "t",
            "想死\tself_harm\tpassive_wish\t0.5\t-\n[被|让]…[骗了|坑了]\tfraud_victim\tloss\t0.9\t-\n想死\tfraud_victim\tloss\t0.6\t-\n别怕\tnegation\tself_harm,dispute",
        )
        .expect("lexicon");
        let texts = ["骗了", "想死", "被", "坑了", "让"];
        let id = |text: &str| texts.iter().position(|t| *t == text);
        let mut bytes = Vec::new();
        lexicon
            .pack_by_ids(id, &mut bytes)
            .expect("every text has an id");
        let shared = Arc::new(Texts::new(texts));
        let back =
            Lexicon::unpack_by_ids(&mut bytes.as_slice(), Arc::clone(&shared)).expect("read back");
        assert_eq!(back, lexicon);
        assert_eq!(back.term(&back.entries[1]), "[被|让]…[骗了|坑了]");
        assert_eq!(back.fingerprint(), lexicon.fingerprint());
        // The texts are the ones given, not a copy.
        assert!(Arc::ptr_eq(&back.texts, &shared));
        // A text without an id is not packed; an id past the texts is not read; nor is a
        // proximity term of one part.
        assert!(
            lexicon
                .pack_by_ids(|t| (t != "坑了").then(|| id(t)).flatten(), &mut Vec::new())
                .is_none()
        );
        let two = Arc::new(Texts::new(texts[..2].iter().copied()));
        assert!(Lexicon::unpack_by_ids(&mut bytes.as_slice(), two).is_none());
        let mut one_part = Vec::new();
        1usize.pack(&mut one_part);
        1usize.pack(&mut one_part);
        1usize.pack(&mut one_part);
        0usize.pack(&mut one_part);
        let mut empty = Lexicon {
            texts: Arc::clone(&shared),
            ..Lexicon::default()
        };
        assert!(
            empty
                .unpack_entry_by_ids(&mut one_part.as_slice())
                .is_none()
        );
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                Lexicon::unpack_by_ids(&mut &bytes[..cut], Arc::clone(&shared)).is_none(),
                "{cut}"
            );
        }
    }

    #[test]
    fn proximity_terms_have_parts() {
        let lexicon = Lexicon::parse("t", "被…騙了\tfraud_victim\tloss\t0.9\t-").unwrap();
        let parts = |lexicon: &Lexicon| -> Vec<Vec<String>> {
            let parts = lexicon.parts(&lexicon.entries[0]);
            parts
                .map(|p| p.iter().map(|&a| lexicon.text(a).to_string()).collect())
                .collect()
        };
        assert_eq!(parts(&lexicon), [vec!["被"], vec!["骗了"]]);
        assert_eq!(lexicon.term(&lexicon.entries[0]), "被…骗了");
        // Alternatives stay within their part: one entry, not one per combination.
        let lexicon = Lexicon::parse(
            "t",
            "[被|让|被]…[骗了|騙了|坑了]\tfraud_victim\tloss\t0.9\t-",
        )
        .unwrap();
        assert_eq!(lexicon.entries.len(), 1);
        assert_eq!(parts(&lexicon), [vec!["被", "让"], vec!["骗了", "坑了"]]);
        assert_eq!(lexicon.term(&lexicon.entries[0]), "[被|让]…[骗了|坑了]");
        assert!(
            error("被…\tfraud_victim\tloss\t0.9\t-")
                .reason()
                .contains("empty term")
        );
        assert!(
            error("a…b…c…d\tfraud_victim\tloss\t0.9\t-")
                .reason()
                .contains("more than 3")
        );
    }

    #[test]
    fn bad_utf8_names_the_line() {
        let e = decode("bad.tsv", b"ok\nstill ok\n\xff\xfe\n").unwrap_err();
        assert_eq!(e.line(), Some(3));
        assert!(e.to_string().starts_with("bad.tsv:3: invalid UTF-8"));
    }

    #[test]
    fn the_term_index_tells_apart_two_terms_with_one_hash() {
        let lexicon = Lexicon::parse(
            "t",
            "想死\tself_harm\tideation\t0.5\t-\n拖累\tself_harm\tburden\t0.5\t-",
        )
        .unwrap();
        let mut index = TermIndex::with_capacity(2);
        // Both under one hash, as a collision would file them.
        index.insert_hashed(7, 1, 0);
        index.insert_hashed(7, 2, 1);
        let find = |term| index.find_hashed(&lexicon, 7, term, Category::SelfHarm);
        assert_eq!(find("想死"), Some((1, 0)));
        assert_eq!(find("拖累"), Some((2, 1)));
        assert_eq!(find("轻生"), None);
        assert_eq!(
            index.find_hashed(&lexicon, 7, "想死", Category::Dispute),
            None
        );
    }

    #[test]
    fn merge_overrides_and_zero_removes() {
        let mut base = Lexicon::parse(
            "a",
            "想死\tself_harm\tideation\t0.5\t-\n拖累\tself_harm\tburden\t0.5\t-",
        )
        .unwrap();
        base.merge(
            Lexicon::parse(
                "b",
                "想死\tself_harm\tideation\t0.8\t-\n拖累\tself_harm\tburden\t0\t-",
            )
            .unwrap(),
        );
        assert_eq!(base.entries.len(), 1);
        assert_eq!(base.entries[0].weight, 0.8);
    }

    #[test]
    fn merged_proximity_terms_keep_their_parts_and_are_replaced_by_their_text() {
        let mut base = Lexicon::parse(
            "a",
            "[被|让]…骗了	fraud_victim	loss	0.9	-
骗了	fraud_victim	loss	0.4	-
钱…没了	fraud_victim	loss	0.8	-",
        )
        .unwrap();
        // An ordinary term replaces no proximity term, whatever its parts.
        base.merge(Lexicon::parse("b", "被	fraud_victim	loss	0.3	-").unwrap());
        assert_eq!(base.entries.len(), 4);
        base.merge(
            Lexicon::parse(
                "c",
                "钱…没了	fraud_victim	loss	0	-
[被|让]…骗了	fraud_victim	loss	0.95	-
让…转[钱|账]	fraud_victim	loss	0.7	-",
            )
            .unwrap(),
        );
        let read: Vec<(String, Vec<Vec<&str>>, f32)> = base
            .entries
            .iter()
            .map(|e| {
                let parts = base
                    .parts(e)
                    .map(|p| p.iter().map(|&a| base.text(a)).collect());
                (base.term(e).into_owned(), parts.collect(), e.weight)
            })
            .collect();
        assert_eq!(
            read,
            [
                ("骗了".to_string(), vec![], 0.4),
                ("被".to_string(), vec![], 0.3),
                (
                    "[被|让]…骗了".to_string(),
                    vec![vec!["被", "让"], vec!["骗了"]],
                    0.95
                ),
                (
                    "让…[转钱|转账]".to_string(),
                    vec![vec!["让"], vec!["转钱", "转账"]],
                    0.7
                ),
            ]
        );
        // What was merged reads as what parsing the same lines in one source gives.
        let parsed = Lexicon::parse(
            "d",
            "骗了	fraud_victim	loss	0.4	-
被	fraud_victim	loss	0.3	-
[被|让]…骗了	fraud_victim	loss	0.95	-
让…转[钱|账]	fraud_victim	loss	0.7	-",
        )
        .unwrap();
        assert_eq!(base, parsed);
        assert_eq!(base.fingerprint(), parsed.fingerprint());
    }
}
