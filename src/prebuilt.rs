//! The default lexicons and their matcher as `build.rs` builds them ahead of time: parsing
//! a hundred thousand lexicon lines and indexing their patterns is most of a detector's
//! construction, and reading the result back is a fraction of it.

use crate::lexicon::Lexicon;
use crate::matcher::Matcher;
use crate::pack::Pack;

/// Changed whenever the binary form changes, so that old bytes are never read as new.
const FORMAT: u32 = 4;

/// The default lexicons and their double-array matcher in binary form, behind the format
/// and the fingerprint of the lexicon sources they were parsed from.
#[allow(
    dead_code,
    reason = "build.rs and the tests call it, the library does not"
)]
pub(crate) fn pack_defaults(lexicon: &Lexicon, matcher: &Matcher) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    FORMAT.pack(&mut bytes);
    Lexicon::sources_fingerprint().pack(&mut bytes);
    lexicon.fingerprint().pack(&mut bytes);
    matcher.pack_with(lexicon, &mut bytes)?;
    Some(bytes)
}

/// The default lexicons read back, their matcher, and the lexicon's fingerprint
/// ([`Lexicon::fingerprint`]) as `build.rs` took it: the prebuilt pinyin automaton is
/// checked against it without hashing 150,000 entries again on the first message with
/// Latin letters.
pub(crate) struct Defaults {
    pub lexicon: Lexicon,
    pub matcher: Matcher,
    pub print: u64,
}

/// The default lexicons and their matcher from [`pack_defaults`] bytes, if they are of
/// this format, were made from these very sources and read back whole; none otherwise,
/// and the caller parses and builds them.
pub(crate) fn unpack_defaults(mut bytes: &[u8]) -> Option<Defaults> {
    if u32::unpack(&mut bytes)? != FORMAT
        || u64::unpack(&mut bytes)? != Lexicon::sources_fingerprint()
    {
        return None;
    }
    let print = u64::unpack(&mut bytes)?;
    let (lexicon, matcher) = Matcher::unpack_with(&mut bytes)?;
    (bytes.is_empty() && matcher.fits(&lexicon)).then_some(Defaults {
        lexicon,
        matcher,
        print,
    })
}

/// The embedded default lexicons and their matcher, read back from the binary; none should
/// that fail (the caller then parses and builds them).
pub(crate) fn defaults() -> Option<Defaults> {
    unpack_defaults(&crate::embedded::unpack(crate::embedded::DEFAULTS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::automaton::Engine;

    /// Two entries, one a proximity term.
    const TWO: &str =
        "想死\tself_harm\tpassive_wish\t0.5\t-\n被…骗了\tfraud_victim\tloss\t0.9\t-\n";

    /// A matcher and the lexicon it indexes in their binary form, to compare two of them.
    fn packed(matcher: &Matcher, lexicon: &Lexicon) -> Vec<u8> {
        let mut bytes = Vec::new();
        matcher.pack_with(lexicon, &mut bytes).expect("packed");
        bytes
    }

    #[test]
    fn the_embedded_defaults_are_what_parsing_and_indexing_give() {
        let Defaults {
            lexicon,
            matcher,
            print,
        } = defaults().expect("the embedded defaults read back");
        let parsed = Lexicon::defaults().expect("defaults parse");
        assert_eq!(lexicon, parsed);
        assert_eq!(print, parsed.fingerprint());
        let built = Matcher::new(&parsed, Engine::DoubleArray).expect("matcher");
        assert_eq!(packed(&matcher, &lexicon), packed(&built, &parsed));
        assert!(matcher.fits(&lexicon));
    }

    #[test]
    fn bytes_of_another_format_or_source_or_cut_short_are_not_read() {
        let lexicon = Lexicon::parse("t", TWO).expect("lexicon");
        let matcher = Matcher::new(&lexicon, Engine::DoubleArray).expect("matcher");
        let bytes = pack_defaults(&lexicon, &matcher).expect("packed");
        let back = unpack_defaults(&bytes).expect("read back");
        assert_eq!(back.lexicon, lexicon);
        assert_eq!(back.print, lexicon.fingerprint());
        assert_eq!(
            packed(&back.matcher, &back.lexicon),
            packed(&matcher, &lexicon)
        );
        let mut other_format = bytes.clone();
        other_format[0] ^= 1;
        assert!(unpack_defaults(&other_format).is_none());
        // The format is one byte (a varint), the sources' fingerprint the next eight.
        let mut other_source = bytes.clone();
        other_source[1] ^= 1;
        assert!(unpack_defaults(&other_source).is_none());
        for cut in [0, 1, 5, bytes.len() / 2, bytes.len() - 1] {
            assert!(unpack_defaults(&bytes[..cut]).is_none(), "{cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(unpack_defaults(&longer).is_none());
    }

    #[test]
    fn a_matcher_whose_indices_leave_its_lexicon_does_not_fit() {
        let two = Lexicon::parse("t", TWO).expect("lexicon");
        let matcher = Matcher::new(&two, Engine::DoubleArray).expect("matcher");
        assert!(matcher.fits(&two));
        let one = Lexicon::parse("t", "想死\tself_harm\tpassive_wish\t0.5\t-\n").expect("lexicon");
        assert!(!matcher.fits(&one));
    }
}
