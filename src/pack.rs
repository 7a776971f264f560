//! A small binary form for what `build.rs` builds ahead of time (the default lexicons, the
//! matcher's tables): varints for counts and indices, little-endian bytes for the rest,
//! lengths before sequences. Reading checks
//! every length against the bytes left and gives none on a short or malformed input, so a
//! bad blob means building at run time, never a panic.

/// What can be written into and read back from the binary form.
pub(crate) trait Pack: Sized {
    #[allow(
        dead_code,
        reason = "build.rs and the tests write, the library only reads"
    )]
    fn pack(&self, out: &mut Vec<u8>);
    /// Read one value from the front of `bytes`, which then starts after it.
    fn unpack(bytes: &mut &[u8]) -> Option<Self>;
}

/// The first `N` bytes, which are then gone from `bytes`; none if there are fewer.
pub(crate) fn take<const N: usize>(bytes: &mut &[u8]) -> Option<[u8; N]> {
    let (head, rest) = bytes.split_first_chunk::<N>()?;
    *bytes = rest;
    Some(*head)
}

/// A `Vec<u8>` as [`Pack`] writes it (length, then the bytes), read in place: the bytes
/// themselves, which are then gone from `bytes`, without the copy `Vec::unpack` makes (the
/// double arrays are megabytes, and the copy's room stays in the heap once freed).
pub(crate) fn unpack_bytes<'a>(bytes: &mut &'a [u8]) -> Option<&'a [u8]> {
    let len = usize::unpack(bytes)?;
    if len > bytes.len() {
        return None;
    }
    let (head, rest) = bytes.split_at(len);
    *bytes = rest;
    Some(head)
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Pack for $t {
            fn pack(&self, out: &mut Vec<u8>) {
                out.extend(self.to_le_bytes());
            }
            fn unpack(bytes: &mut &[u8]) -> Option<Self> {
                take(bytes).map(<$t>::from_le_bytes)
            }
        }
    )*};
}

numbers!(u8, u64, f32);

/// LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last.
/// Most lengths and indices fit in one to three bytes instead of eight.
#[allow(
    dead_code,
    reason = "build.rs and the tests write, the library only reads"
)]
fn pack_varint(mut value: u64, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn unpack_varint(bytes: &mut &[u8]) -> Option<u64> {
    // Most are one byte (lengths, steps between sorted ids): no loop for them.
    if let Some((&byte @ 0..0x80, rest)) = bytes.split_first() {
        *bytes = rest;
        return Some(u64::from(byte));
    }
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let [byte] = take(bytes)?;
        value |= u64::from(byte & 0x7F).checked_shl(shift)?;
        if byte < 0x80 {
            return Some(value);
        }
    }
    None
}

/// A count of items that take a byte each at least: none if it is more than the bytes
/// left, so that no room larger than the input is ever asked for.
pub(crate) fn unpack_count(bytes: &mut &[u8]) -> Option<usize> {
    usize::unpack(bytes).filter(|&count| count <= bytes.len())
}

/// A varint.
impl Pack for u32 {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_varint(u64::from(*self), out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        u32::try_from(unpack_varint(bytes)?).ok()
    }
}

/// A varint, whatever the platform's width.
impl Pack for usize {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_varint(*self as u64, out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        usize::try_from(unpack_varint(bytes)?).ok()
    }
}

impl Pack for bool {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        match u8::unpack(bytes)? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

/// A text as a `Vec<u8>` of its bytes packs: length, then the bytes.
pub(crate) fn pack_text(text: &str, out: &mut Vec<u8>) {
    text.len().pack(out);
    out.extend(text.as_bytes());
}

impl Pack for String {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_text(self, out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        simdutf8::basic::from_utf8(unpack_bytes(bytes)?)
            .ok()
            .map(str::to_owned)
    }
}

impl Pack for Box<str> {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_text(self, out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        String::unpack(bytes).map(String::into_boxed_str)
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        self.len().pack(out);
        for item in self {
            item.pack(out);
        }
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        let len = unpack_count(bytes)?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::unpack(bytes)?);
        }
        Some(items)
    }
}

impl<T: Pack + Copy + Default, const N: usize> Pack for [T; N] {
    fn pack(&self, out: &mut Vec<u8>) {
        for item in self {
            item.pack(out);
        }
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        let mut items = [T::default(); N];
        for item in &mut items {
            *item = T::unpack(bytes)?;
        }
        Some(items)
    }
}

/// 64-bit words (bit sets): their count, then each word's little-endian bytes. Read back
/// in one pass over the bytes, not a check of the bytes left per word: the pair filter
/// alone is 131,072 of them.
#[allow(
    dead_code,
    reason = "build.rs and the tests write, the library only reads"
)]
pub(crate) fn pack_words(words: &[u64], out: &mut Vec<u8>) {
    words.len().pack(out);
    for word in words {
        out.extend(word.to_le_bytes());
    }
}

/// What [`pack_words`] wrote; none if the bytes are fewer than its count says.
pub(crate) fn unpack_words(bytes: &mut &[u8]) -> Option<Vec<u64>> {
    let size = usize::unpack(bytes)?.checked_mul(8)?;
    if size > bytes.len() {
        return None;
    }
    let (head, rest) = bytes.split_at(size);
    *bytes = rest;
    Some(
        head.chunks_exact(8)
            .map(|word| {
                let mut le = [0; 8];
                le.copy_from_slice(word);
                u64::from_le_bytes(le)
            })
            .collect(),
    )
}

impl<A: Pack, B: Pack> Pack for (A, B) {
    fn pack(&self, out: &mut Vec<u8>) {
        self.0.pack(out);
        self.1.pack(out);
    }
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        Some((A::unpack(bytes)?, B::unpack(bytes)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Pack + PartialEq + std::fmt::Debug>(value: T) {
        let mut bytes = Vec::new();
        value.pack(&mut bytes);
        let mut rest = bytes.as_slice();
        assert_eq!(T::unpack(&mut rest), Some(value));
        assert!(rest.is_empty());
        // Cut anywhere, it is refused.
        for cut in 0..bytes.len() {
            assert_eq!(T::unpack(&mut &bytes[..cut]), None, "cut at {cut}");
        }
    }

    #[test]
    fn values_read_back_as_written_and_short_input_is_refused() {
        round_trip(0x1234_5678u32);
        round_trip(u32::MAX);
        round_trip(0u32);
        round_trip(usize::MAX >> 1);
        round_trip(u64::MAX);
        round_trip(0.85f32);
        round_trip(true);
        round_trip(String::from("被…骗了"));
        round_trip(vec![(1u32, String::from("想死")), (2, String::new())]);
        round_trip([7u8, 8, 9]);
        round_trip(vec![vec![1usize, 2], vec![]]);
    }

    #[test]
    fn malformed_input_is_refused_not_trusted() {
        // A bool other than 0 or 1, a length past the end, bytes that are not UTF-8, a
        // varint too long or too large.
        assert_eq!(bool::unpack(&mut &[2u8][..]), None);
        assert_eq!(u32::unpack(&mut &[0xFF, 0xFF, 0xFF, 0xFF, 0x7F][..]), None);
        assert_eq!(usize::unpack(&mut &[0xFFu8; 11][..]), None);
        let mut huge = Vec::new();
        (u64::MAX).pack(&mut huge);
        assert_eq!(Vec::<u8>::unpack(&mut huge.as_slice()), None);
        assert_eq!(String::unpack(&mut huge.as_slice()), None);
        let mut bad = Vec::new();
        2usize.pack(&mut bad);
        bad.extend([0xFF, 0xFE]);
        assert_eq!(String::unpack(&mut bad.as_slice()), None);
        assert_eq!(unpack_bytes(&mut huge.as_slice()), None);
    }

    #[test]
    fn words_read_back_and_short_input_is_refused() {
        let mut bytes = Vec::new();
        pack_words(&[u64::MAX, 3], &mut bytes);
        // The count, then eight bytes a word.
        assert_eq!(bytes.len(), 1 + 16);
        let mut rest = bytes.as_slice();
        assert_eq!(unpack_words(&mut rest), Some(vec![u64::MAX, 3]));
        assert!(rest.is_empty());
        for cut in 0..bytes.len() {
            assert_eq!(unpack_words(&mut &bytes[..cut]), None, "cut at {cut}");
        }
        // A count whose size in bytes overflows.
        let mut huge = Vec::new();
        (usize::MAX / 2).pack(&mut huge);
        assert_eq!(unpack_words(&mut huge.as_slice()), None);
    }

    #[test]
    fn bytes_read_in_place_are_the_bytes_a_vec_wrote() {
        let mut bytes = Vec::new();
        vec![3u8, 1, 4, 1, 5].pack(&mut bytes);
        7u8.pack(&mut bytes);
        let mut rest = bytes.as_slice();
        assert_eq!(unpack_bytes(&mut rest), Some(&[3u8, 1, 4, 1, 5][..]));
        assert_eq!(rest, [7]);
        // One byte short: refused.
        assert_eq!(unpack_bytes(&mut &bytes[..5]), None);
    }
}
