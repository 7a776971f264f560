//! What `build.rs` built ahead of time from the embedded default lexicons, and the wording
//! model's text, as bytes in the binary. Each table is empty should the build script have
//! failed to build it; the run time then builds that part itself.
//!
//! They are compressed, codec and size first ([`unpack`]). Read once, at construction or
//! first use, the binary's pages that hold them stay resident and count in the process's
//! memory though they are never read again: all in zstd at level 17 (19 until 2026-12-06,
//! 1.15 MB fewer but slower to decompress: build.rs), 11.3 MB where LZ4 at its highest
//! level would leave about 16. The lexicons and matcher tables, which every construction
//! reads, were in LZ4 until 2026-12-05, fast to decompress: zstd cost construction about
//! 9 ms (38 → 47 ms) and took about 2.9 MB off the stdin example's peak memory (98,168 →
//! 95,276 KiB).

/// The term automaton ([`crate::automaton::Automaton::to_prebuilt`] bytes: the
/// fingerprint of its pattern list, then the double array).
pub(crate) const TERMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/terms.daac"));

/// The fingerprint of the pattern list the term automaton was built from
/// ([`crate::automaton::fingerprint`]), apart from its bytes, so that a matcher can tell
/// whether [`TERMS`] is its automaton without decompressing it. 0 (no list's) should the
/// build script have built none.
pub(crate) const TERMS_FINGERPRINT: u64 = u64::from_le_bytes(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/terms.fingerprint"
)));

/// The pinyin automaton (`Phonetic::to_prebuilt` bytes).
pub(crate) const PINYIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pinyin.daac"));

/// The parsed lexicons and the matcher's tables ([`crate::prebuilt::pack_defaults`] bytes).
pub(crate) const DEFAULTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/defaults.bin"));

/// The wording model (`corpus/model/model.tsv`), parsed by [`crate::model`].
pub(crate) const MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/model.tsv"));

/// The room asked for a decompressed table, at least: more than the C allocator (glibc)
/// ever serves from its heap, so that the buffer is mapped on its own and given back to the
/// system when dropped, instead of staying in the heap as resident free memory. The room
/// past the table's length is never written, so it never becomes resident.
const UNPACK_ROOM: usize = 33 << 20;

/// The bytes of one of the above, decompressed; empty if they are empty or do not
/// decompress (whatever reads them then finds them short and builds at run time). The
/// format (`build.rs`): `Z` for zstd, the length decompressed (four bytes, little-endian),
/// then the compressed bytes.
pub(crate) fn unpack(compressed: &[u8]) -> Vec<u8> {
    let Some((&tag, rest)) = compressed.split_first() else {
        return Vec::new();
    };
    let Some((size, body)) = rest.split_first_chunk::<4>() else {
        return Vec::new();
    };
    let size = u32::from_le_bytes(*size) as usize;
    // Zeroed by the system as it maps the room: asked for zeroed, the allocator does not
    // write the zeros again, and the pages are touched once, by the decompression.
    let mut bytes = vec![0; size.max(UNPACK_ROOM)];
    bytes.truncate(size);
    let written = match tag {
        b'Z' => zstd::bulk::decompress_to_buffer(body, &mut bytes[..]).ok(),
        // `L` was LZ4, the lexicons' codec until 2026-12-05.
        _ => None,
    };
    match written {
        Some(written) if written == size => bytes,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_tables_decompress_and_bad_bytes_give_nothing() {
        for blob in [TERMS, PINYIN, DEFAULTS, MODEL] {
            assert!(unpack(blob).len() > blob.len());
        }
        assert!(unpack(&[]).is_empty());
        // A size the block does not fill, a block cut short, and a tag no codec has (`L`
        // was LZ4's).
        assert!(unpack(&[b'Z', 200, 0, 0, 0, 1, 2, 3]).is_empty());
        assert!(unpack(&[b'L', 200, 0, 0, 0, 1, 2, 3]).is_empty());
        assert!(unpack(&DEFAULTS[..DEFAULTS.len() / 2]).is_empty());
        assert!(unpack(&TERMS[..TERMS.len() / 2]).is_empty());
        let mut untagged = DEFAULTS.to_vec();
        untagged[0] = b'X';
        assert!(unpack(&untagged).is_empty());
        for blob in [TERMS, PINYIN, DEFAULTS, MODEL] {
            assert_eq!(blob[0], b'Z');
        }
    }
}
