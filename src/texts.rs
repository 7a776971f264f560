//! Many short texts in one buffer: a hundred thousand pattern texts without a hundred
//! thousand allocations, which would outlive the construction as scattered free memory,
//! and in the binary form one UTF-8 check for all of them.

use crate::pack::{Pack, unpack_count};

/// Texts one after another in one buffer, each found by its number.
#[derive(Debug, Clone, Default)]
pub(crate) struct Texts {
    buffer: String,
    /// `buffer[ends[i - 1]..ends[i]]` is text `i` (from 0 for the first).
    ends: Vec<u32>,
}

impl Texts {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Texts {
        let mut buffer = String::new();
        let ends = texts
            .into_iter()
            .map(|t| {
                buffer.push_str(t);
                buffer.len() as u32
            })
            .collect();
        Texts { buffer, ends }
    }

    /// Add `text` after the others; its number.
    pub fn push(&mut self, text: &str) -> u32 {
        self.buffer.push_str(text);
        self.ends.push(self.buffer.len() as u32);
        (self.ends.len() - 1) as u32
    }

    /// Add every text of `other` after these; the number the first of them now has.
    pub fn append(&mut self, other: &Texts) -> u32 {
        let first = self.ends.len() as u32;
        let base = self.buffer.len() as u32;
        self.buffer.push_str(&other.buffer);
        self.ends.extend(other.ends.iter().map(|&end| base + end));
        first
    }

    /// How many texts there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Text `i`; `i` must be below [`Texts::len`].
    pub fn get(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.buffer[start..self.ends[i] as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).map(|i| self.get(i))
    }
}

impl Pack for Texts {
    /// The buffer, then each text's length (a byte for most).
    fn pack(&self, out: &mut Vec<u8>) {
        self.buffer.pack(out);
        self.ends.len().pack(out);
        let mut start = 0;
        for &end in &self.ends {
            (end - start).pack(out);
            start = end;
        }
    }
    /// None unless every text is a slice of the buffer on character boundaries and
    /// together they are the whole of it.
    fn unpack(bytes: &mut &[u8]) -> Option<Self> {
        let buffer = String::unpack(bytes)?;
        let count = unpack_count(bytes)?;
        let mut ends = Vec::with_capacity(count);
        let mut start = 0u32;
        for _ in 0..count {
            let end = start.checked_add(u32::unpack(bytes)?)?;
            buffer.get(start as usize..end as usize)?;
            ends.push(end);
            start = end;
        }
        (start as usize == buffer.len()).then_some(Texts { buffer, ends })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_read_back_by_number_and_bad_bytes_are_refused() {
        let texts = Texts::new(["被骗", "", "想死了"]);
        assert_eq!(texts.len(), 3);
        assert_eq!(texts.iter().collect::<Vec<_>>(), ["被骗", "", "想死了"]);
        assert_eq!(texts.get(2), "想死了");
        let mut more = Texts::new(["骗了"]);
        assert_eq!(more.push("想死了"), 1);
        assert_eq!(more.append(&texts), 2);
        assert_eq!(
            more.iter().collect::<Vec<_>>(),
            ["骗了", "想死了", "被骗", "", "想死了"]
        );
        let mut bytes = Vec::new();
        texts.pack(&mut bytes);
        let back = Texts::unpack(&mut bytes.as_slice()).expect("read back");
        assert_eq!(back.iter().collect::<Vec<_>>(), ["被骗", "", "想死了"]);
        // A length that ends inside a character, or leaves bytes of the buffer over.
        let mut inside = Vec::new();
        String::from("被骗").pack(&mut inside);
        1usize.pack(&mut inside);
        4u32.pack(&mut inside);
        assert!(Texts::unpack(&mut inside.as_slice()).is_none());
        let mut short = Vec::new();
        String::from("被骗").pack(&mut short);
        1usize.pack(&mut short);
        3u32.pack(&mut short);
        assert!(Texts::unpack(&mut short.as_slice()).is_none());
    }
}
