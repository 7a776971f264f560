//! Fingerprints that tell whether what `build.rs` built ahead of time was built from the
//! very data a detector has: a rotate, mix and multiply hash, 64 bits, over the data in
//! order, eight bytes at a time. Not a defence against a crafted collision: it tells apart
//! the lexicons a user builds from the embedded ones.

/// A hash being fed.
pub(crate) struct Fingerprint(u64);

impl Fingerprint {
    pub fn new() -> Fingerprint {
        Fingerprint(0xCBF2_9CE4_8422_2325)
    }

    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Fingerprint {
        // Eight bytes a step, the tail zero-padded, then the length: a fingerprint of
        // megabytes of lexicon text costs a millisecond, not several.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.word(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.word(u64::from_le_bytes(tail));
        self.word(bytes.len() as u64);
        self
    }

    fn word(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    /// A text (its length counts, so that ("ab", "c") and ("a", "bc") differ).
    pub fn text(&mut self, text: &str) -> &mut Fingerprint {
        self.bytes(text.as_bytes())
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(texts: &[&str]) -> u64 {
        let mut print = Fingerprint::new();
        for text in texts {
            print.text(text);
        }
        print.finish()
    }

    #[test]
    fn the_same_texts_give_the_same_fingerprint_and_any_change_another() {
        let base = of(&["不想活了", "被骗了", "abcdefghij"]);
        assert_eq!(base, of(&["不想活了", "被骗了", "abcdefghij"]));
        for changed in [
            of(&["被骗了", "不想活了", "abcdefghij"]),
            of(&["不想活了被骗了", "abcdefghij"]),
            of(&["不想活了", "被骗了", "abcdefghik"]),
            of(&["不想活了", "被骗了", "abcdefghij", ""]),
            of(&["不想活了", "被骗了", "abcdefghij\0"]),
        ] {
            assert_ne!(base, changed);
        }
        assert_ne!(of(&["ab", "c"]), of(&["a", "bc"]));
    }
}
