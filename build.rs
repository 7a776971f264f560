//! Builds what the embedded default lexicons make ahead of time: the lexicons parsed, the
//! matcher's tables, the term automaton and the pinyin automaton.
//!
//! Building the double array over the defaults' 130,000 patterns takes about a hundred
//! milliseconds, and the pinyin automaton about sixty: most of a short run's start-up.
//! Reading them back takes a few. The library's own modules that decide the patterns are
//! compiled into this script as they are (`#[path]`), so what is built here is what the
//! run time would build; the run time compares fingerprints anyway (of the pattern list,
//! of the lexicon), and builds an automaton itself should they differ.
//!
//! Writes `$OUT_DIR/terms.daac` (and its pattern list's `terms.fingerprint`),
//! `pinyin.daac` and `defaults.bin`, and the wording model's `model.tsv`, compressed (see
//! `src/embedded.rs`); a table is empty, with a warning, if a double array cannot be built.
//! Default lexicons that do not parse fail the build.

// The modules are the library's; only the parts that build the pattern list are used here.
#![allow(dead_code, unused_imports)]

#[path = "src/assessment.rs"]
mod assessment;
#[path = "src/automaton.rs"]
mod automaton;
#[path = "src/bits.rs"]
mod bits;
#[path = "src/error.rs"]
mod error;
#[path = "src/fingerprint.rs"]
mod fingerprint;
#[path = "src/frequency.rs"]
mod frequency;
#[path = "src/lexicon.rs"]
mod lexicon;
#[path = "src/matcher.rs"]
mod matcher;
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/pack.rs"]
mod pack;
#[path = "src/phonetic.rs"]
mod phonetic;
#[path = "src/prebuilt.rs"]
mod prebuilt;
#[path = "src/texts.rs"]
mod texts;

/// Stands for `src/embedded.rs` while what it embeds is being made: nothing yet.
mod embedded {
    pub(crate) const TERMS: &[u8] = &[];
    pub(crate) const TERMS_FINGERPRINT: u64 = 0;
    pub(crate) const PINYIN: &[u8] = &[];
    pub(crate) const DEFAULTS: &[u8] = &[];
    pub(crate) fn unpack(_: &[u8]) -> Vec<u8> {
        Vec::new()
    }
}

use std::path::PathBuf;

use automaton::{Automaton, Engine, Matches, fingerprint};

fn main() {
    for input in [
        "build.rs",
        "corpus/lexicon",
        "corpus/segment/dict.txt",
        "corpus/model/model.tsv",
        "corpus/benign/everyday_train.txt",
        "corpus/benign/everyday2_train.txt",
        "src/assessment.rs",
        "src/automaton.rs",
        "src/bits.rs",
        "src/error.rs",
        "src/fingerprint.rs",
        "src/frequency.rs",
        "src/lexicon.rs",
        "src/matcher.rs",
        "src/normalize.rs",
        "src/pack.rs",
        "src/phonetic.rs",
        "src/prebuilt.rs",
        "src/texts.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // A default lexicon that does not parse (a bad line, a term written twice with
    // different data) is a defect of the source that every construction would report at run
    // time: the build fails instead, naming the file, the line and the reason.
    let lexicon = lexicon::Lexicon::defaults()
        .unwrap_or_else(|e| panic!("the embedded default lexicons do not parse: {e}"));
    let built = prebuild(&lexicon).unwrap_or_else(|reason| {
        println!("cargo::warning=nothing prebuilt, all is built at run time: {reason}");
        Prebuilt::default()
    });
    // The wording model's text, embedded compressed like the tables above (src/model.rs
    // decompresses it on first use).
    let model = std::fs::read("corpus/model/model.tsv").expect("corpus/model/model.tsv");
    std::fs::write(
        out.join("terms.fingerprint"),
        built.terms_fingerprint.to_le_bytes(),
    )
    .expect("OUT_DIR is writable");
    // All in zstd, the smallest (src/embedded.rs).
    let tables = [
        ("terms.daac", built.terms),
        ("pinyin.daac", built.pinyin),
        ("defaults.bin", built.defaults),
        ("model.tsv", model),
    ];
    // Each on a thread of its own: zstd's level 17 takes about ten seconds for the term
    // automaton alone.
    std::thread::scope(|scope| {
        for (file, bytes) in &tables {
            let path = out.join(file);
            scope.spawn(move || {
                std::fs::write(path, compressed(bytes)).expect("OUT_DIR is writable");
            });
        }
    });
}

/// The zstd level. Level 19 left the fewest bytes, but the term automaton it made
/// decompressed at about 450 MB/s on the project's machine, level 17 at 675 and level 13
/// at 770 (`zstd -b`, 2026-12-06). Level 17 took 10 ms off the stdin example's start-up
/// (0.109 → 0.099 s on one line) for 1.15 MB more of the binary, whose pages stay resident
/// once read (10.1 → 11.3 MB; the term automaton 5.14 → 5.72, the lexicons and matcher
/// tables 3.48 → 3.90). LZ4 decompresses four times as fast again but leaves 7.6 MB for
/// the term automaton alone: the lexicons and matcher tables were in LZ4 until 2026-12-05,
/// when zstd took 2.9 MB off the stdin example's peak.
const ZSTD_LEVEL: i32 = 17;

/// `bytes` as `src/embedded.rs` reads them: the codec's tag (`Z`), the length decompressed
/// (four bytes, little-endian), then the compressed bytes; nothing for nothing.
fn compressed(bytes: &[u8]) -> Vec<u8> {
    if bytes.is_empty() {
        return Vec::new();
    }
    let length = u32::try_from(bytes.len()).expect("a table under 4 GiB");
    let body = zstd::bulk::compress(bytes, ZSTD_LEVEL).expect("zstd compresses any bytes");
    let mut out = vec![b'Z'];
    out.extend(length.to_le_bytes());
    out.extend(body);
    out
}

/// The bytes of `src/embedded.rs`.
#[derive(Default)]
struct Prebuilt {
    terms: Vec<u8>,
    /// The fingerprint of the term automaton's pattern list, written on its own (0 when
    /// there is no automaton).
    terms_fingerprint: u64,
    pinyin: Vec<u8>,
    defaults: Vec<u8>,
}

/// Everyday chat and ordinary Chinese text, normalised as a message is before its scan:
/// the term automaton's states that these lines visit are packed at the front of its double
/// array (the README's Performance section). The benign lines the wording model learns
/// from, not those it is measured on, and [`dictionary_lines`]; the layout changes no
/// match.
fn layout_corpus() -> Vec<String> {
    [
        "corpus/benign/everyday_train.txt",
        "corpus/benign/everyday2_train.txt",
    ]
    .iter()
    .flat_map(|path| {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .lines()
            .map(|line| normalize::normalize(line).text)
            .collect::<Vec<_>>()
    })
    .chain(dictionary_lines())
    .collect()
}

/// Lines of [`LAYOUT_WORDS`] words each drawn from the segmenter's dictionary
/// (`corpus/segment/dict.txt`, jieba's, with its word frequencies) in proportion to their
/// frequency, by a fixed seed: text with the words and the word sequences of ordinary
/// written Chinese in their everyday proportions, so that the layout packs the states that
/// any text visits, not only those of the 1,200 chat lines. Over the benchmark's mix (review
/// sentences, which no layout line is) the term automaton's cache misses fell by a third
/// (simulated by callgrind with a 2 MB last-level cache: 529,457 to 354,481), and over the
/// news paragraphs by as much; twenty thousand lines do what a hundred thousand do.
fn dictionary_lines() -> Vec<String> {
    const LAYOUT_LINES: usize = 20_000;
    const LAYOUT_WORDS: usize = 12;
    // The dictionary the library embeds (`frequency::DICT`), not a second read of the file.
    let mut words: Vec<&str> = Vec::new();
    // The sum of the frequencies up to and including each word.
    let mut cumulative: Vec<u64> = Vec::new();
    for line in frequency::DICT.lines() {
        let mut fields = line.split(' ');
        let (Some(word), Some(Ok(frequency))) =
            (fields.next(), fields.next().map(str::parse::<u64>))
        else {
            panic!("corpus/segment/dict.txt: {line:?} is no `word frequency` line");
        };
        words.push(word);
        cumulative.push(cumulative.last().copied().unwrap_or(0) + frequency);
    }
    let total = cumulative.last().copied().unwrap_or(0);
    if total == 0 {
        return Vec::new();
    }
    // xorshift64: the same lines on every build.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut draw = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let at = state % total;
        words[cumulative.partition_point(|&c| c <= at)]
    };
    (0..LAYOUT_LINES)
        .map(|_| {
            let line: String = (0..LAYOUT_WORDS).map(|_| draw()).collect();
            normalize::normalize(&line).text
        })
        .collect()
}

/// The default lexicons' term automaton (`Automaton::to_prebuilt` bytes), their pinyin
/// automaton (`Phonetic::to_prebuilt`), and the lexicons and matcher tables themselves
/// (`prebuilt::pack_defaults`).
fn prebuild(lexicon: &lexicon::Lexicon) -> Result<Prebuilt, String> {
    let matcher = matcher::Matcher::new(lexicon, Engine::DoubleArray).map_err(|e| e.to_string())?;
    let texts = matcher.term_texts();
    let terms_fingerprint = fingerprint(texts.iter().copied());
    let terms = Automaton::build_laid_out(&texts, &layout_corpus())?
        .to_prebuilt(terms_fingerprint)
        .ok_or("the double array refused the terms")?;
    let pinyin = phonetic::Phonetic::build(lexicon)
        .map_err(|e| e.to_string())?
        .to_prebuilt(lexicon.fingerprint())
        .ok_or("the double array refused the pinyin keys")?;
    let defaults = prebuilt::pack_defaults(lexicon, &matcher)
        .ok_or("a lexicon term that is none of the matcher's texts")?;
    Ok(Prebuilt {
        terms,
        terms_fingerprint,
        pinyin,
        defaults,
    })
}
