//! A fixed set of small numbers as bits: which patterns play which role (matcher), which
//! ideographs normalisation keeps as they are.

use crate::pack::{Pack, pack_words, unpack_words};

/// One bit per number below the length it was made for.
#[derive(Debug, Clone, Default)]
pub(crate) struct Bits(Vec<u64>);

impl Bits {
    /// Room for the numbers `0..len`, none set.
    pub fn new(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    pub fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub fn unset(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }

    /// Set the bits of `mask` in the `word`th group of 64 (numbers `64 * word..`).
    pub fn set_all(&mut self, word: usize, mask: u64) {
        self.0[word] |= mask;
    }

    /// Whether every bit of `mask` is set in the `word`th group of 64; false past the end.
    pub fn has_all(&self, word: usize, mask: u64) -> bool {
        self.0.get(word).is_some_and(|&w| w & mask == mask)
    }

    /// The number of 64-bit words.
    pub fn words(&self) -> usize {
        self.0.len()
    }

    /// Whether `i` is set; false past the end.
    pub fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|b| b & (1 << (i % 64)) != 0)
    }
}

impl Pack for Bits {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_words(&self.0, out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        unpack_words(bytes).map(Bits)
    }
}
