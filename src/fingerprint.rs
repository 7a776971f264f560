//! Fingerprints that tell whether what `build.rs` built ahead of time was built from the
//! very data a detector has: a rotate, mix and multiply hash, 64 bits, over the data in
//! order, eight bytes at a time. Not a defence against a crafted collision: it tells apart
//! the lexicons a user builds from the embedded ones.

/// A hash being fed.
pub(crate) struct Fingerprint(u64);

impl Fingerprint {
    pub const fn new() -> Fingerprint {
        Fingerprint(0xCBF2_9CE4_8422_2325)
    }

    /// Const, so that a fingerprint of embedded data can be taken at compile time (the
    /// default lexicons': their text is then never read at run time).
    pub const fn bytes(&mut self, bytes: &[u8]) -> &mut Fingerprint {
        // Eight bytes a step, the tail zero-padded, then the length: a fingerprint of
        // megabytes of lexicon text costs a millisecond, not several.
        let whole = bytes.len() / 8 * 8;
        let mut at = 0;
        while at < whole {
            let mut word = [0u8; 8];
            let mut i = 0;
            while i < 8 {
                word[i] = bytes[at + i];
                i += 1;
            }
            self.word(u64::from_le_bytes(word));
            at += 8;
        }
        let mut tail = [0u8; 8];
        while at < bytes.len() {
            tail[at - whole] = bytes[at];
            at += 1;
        }
        self.word(u64::from_le_bytes(tail));
        self.word(bytes.len() as u64);
        self
    }

    const fn word(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    /// A text (its length counts, so that ("ab", "c") and ("a", "bc") differ).
    pub const fn text(&mut self, text: &str) -> &mut Fingerprint {
        self.bytes(text.as_bytes())
    }

    pub const fn finish(&self) -> u64 {
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

    /// The hash of the chunks-of-eight definition: whole words, the zero-padded tail
    /// (empty when the length is a multiple of eight), the length.
    fn by_chunks(bytes: &[u8]) -> u64 {
        let mut print = Fingerprint::new();
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            print.word(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        print.word(u64::from_le_bytes(tail));
        print.word(bytes.len() as u64);
        print.finish()
    }

    #[test]
    fn the_const_hash_is_the_chunked_one_for_every_tail_length() {
        let data: Vec<u8> = (0..40u8).map(|b| b.wrapping_mul(37)).collect();
        for len in 0..data.len() {
            let mut print = Fingerprint::new();
            print.bytes(&data[..len]);
            assert_eq!(print.finish(), by_chunks(&data[..len]), "{len}");
        }
    }
}
