//! `assess` over arbitrary bytes decoded lossily: never panics, offsets on char
//! boundaries of the original, recall never lowers the level.
#![no_main]

use jiuming::{Message, assess};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = assess(Message::new(text.as_ref()));
    for s in a.signals() {
        assert!(s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(text[..s.start].chars().count(), s.char_start);
    }
    let r = assess(Message::new(text.as_ref()).recalled(true));
    assert!(r.level() >= a.level());
});
