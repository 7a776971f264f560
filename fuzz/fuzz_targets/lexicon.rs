//! Lexicon parsing over arbitrary text: an error names the source and a line inside the
//! text, or the detector builds and assesses without panic.
#![no_main]

use jiuming::{Detector, Message};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Detector::builder().without_default_lexicons().lexicon_str("fuzz.tsv", &text) {
        Err(e) => {
            assert_eq!(e.source_name(), Some("fuzz.tsv"));
            let line = e.line().expect("a line");
            assert!(line >= 1 && line <= text.lines().count().max(1));
        }
        Ok(builder) => {
            if let Ok(d) = builder.build() {
                d.assess(&Message::new(text.as_ref()));
            }
        }
    }
});
