//! Fingerprints that tell whether what `build.rs` built ahead of time was built from the
//! very data a detector has: FNV-1a, 64 bits, over the data in order.

/// An FNV-1a hash being fed.
pub(crate) struct Fingerprint(u64);

impl Fingerprint {
    pub fn new() -> Fingerprint {
        Fingerprint(0xCBF2_9CE4_8422_2325)
    }

    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Fingerprint {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
        }
        self
    }

    /// A text and its length, so that ("ab", "c") and ("a", "bc") differ.
    pub fn text(&mut self, text: &str) -> &mut Fingerprint {
        self.bytes(&(text.len() as u64).to_le_bytes())
            .bytes(text.as_bytes())
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}
