//! Temporary: the fused normalisation against today's ([`super::reference`]), on every
//! input at hand and on random strings rich in the cases each step handles.

use proptest::prelude::*;

use super::reference;

/// Every difference between the two normalisations of `original`.
fn differences(original: &str, pairs: bool) -> Vec<String> {
    let old = reference::normalize(original);
    let new = super::normalize(original);
    let mut diffs = Vec::new();
    if old.text != new.text {
        diffs.push(format!("text {:?} != {:?}", old.text, new.text));
        return diffs;
    }
    if old.soft_breaks != new.soft_breaks {
        diffs.push(format!(
            "soft {:?} != {:?}",
            old.soft_breaks, new.soft_breaks
        ));
    }
    if old.latin != new.latin {
        diffs.push("latin".into());
    }
    let text = &old.text;
    let len = text.len();
    // original_span(s, e) is (f(s), g(e)) in both: every start and every end, at every byte.
    for s in 0..len {
        let (a, b) = (old.original_span(s, len).0, new.original_span(s, len).0);
        if a != b {
            diffs.push(format!("start {s}: {a} != {b}"));
        }
    }
    for e in 1..=len {
        let (a, b) = (old.original_span(0, e).1, new.original_span(0, e).1);
        if a != b {
            diffs.push(format!("end {e}: {a} != {b}"));
        }
    }
    // And every pair of character boundaries, literally, for the shorter texts.
    if pairs && text.chars().count() <= 200 {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([len]).collect();
        for (k, &s) in bounds.iter().enumerate() {
            for &e in &bounds[k + 1..] {
                if old.original_span(s, e) != new.original_span(s, e) {
                    diffs.push(format!("span {s}..{e}"));
                }
            }
        }
    }
    diffs
}

fn check_all<'a>(what: &str, pairs: bool, inputs: impl Iterator<Item = &'a str>) -> usize {
    let mut count = 0;
    let mut failures = Vec::new();
    for input in inputs {
        count += 1;
        let diffs = differences(input, pairs);
        if !diffs.is_empty() && failures.len() < 20 {
            failures.push(format!("{input:?}: {:?}", &diffs[..diffs.len().min(5)]));
        }
        let term = input.to_string();
        if reference::normalize_term(term.clone()) != super::normalize_term(term) {
            failures.push(format!("term {input:?}"));
        }
    }
    assert!(failures.is_empty(), "{what}:\n{}", failures.join("\n"));
    eprintln!("{what}: {count} inputs identical");
    count
}

fn jsonl_texts(dir: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut texts = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            let content = std::fs::read_to_string(&path).expect("jsonl");
            for line in content.lines() {
                if let Ok(serde_json::Value::Object(row)) = serde_json::from_str(line) {
                    for value in row.values() {
                        if let Some(text) = value.as_str() {
                            texts.push(text.to_string());
                        }
                    }
                }
            }
        }
    }
    texts
}

#[test]
fn identical_on_the_dev_corpus() {
    let mut texts = jsonl_texts(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/dev"));
    texts.extend(jsonl_texts("/work/main/corpus/dev"));
    assert!(texts.len() > 10_000);
    check_all("dev", true, texts.iter().map(String::as_str));
}

#[test]
fn identical_on_the_bench_texts() {
    for name in [
        "mix",
        "news",
        "reviews",
        "big",
        "ten",
        "news_look",
        "news_measure",
    ] {
        let path = format!("/work/td-norm/bench/{name}.txt");
        let Ok(content) = std::fs::read_to_string(&path) else {
            panic!("{path}");
        };
        check_all(name, name != "big", content.lines());
    }
}

#[test]
fn identical_on_the_lexicon_terms() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/lexicon");
    let mut terms = Vec::new();
    for entry in std::fs::read_dir(dir).expect("lexicon").flatten() {
        let content = std::fs::read_to_string(entry.path()).expect("tsv");
        for line in content.lines() {
            terms.push(line.to_string());
            terms.extend(line.split('\t').map(String::from));
        }
    }
    let more = std::fs::read_to_string("/work/td-norm/bench/terms.txt").expect("terms");
    terms.extend(more.lines().map(String::from));
    check_all("terms", true, terms.iter().map(String::as_str));
}

/// Characters each step has something to say about.
fn edge_char() -> impl Strategy<Value = char> {
    let pool: Vec<char> = concat!(
        "aAzZ09 \t\n\r  ",
        "ＡＺａｚ０９，。！？、【】；：（）",
        "\u{3000}\u{200B}\u{200D}\u{FEFF}\u{FE0F}\u{00AD}",
        "💊🔪🗡🔫🪢👌🙏😂",
        "輕騙說著名显作弗覅伊侬冇俺",
        "哈呵嘿嘻死想我你好的了不",
        "\u{0301}\u{0308}①②㊥㈠㍻㏒ﬀ¼ǆ",
        "\u{20000}\u{2A6DF}\u{2F800}\u{F900}\u{3400}",
        "*-_.·°~/",
    )
    .chars()
    .collect();
    prop_oneof![
        8 => proptest::sample::select(pool),
        1 => any::<char>(),
        1 => (0x4E00u32..=0x9FFF).prop_map(|c| char::from_u32(c).unwrap_or('中')),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200_000))]

    #[test]
    fn identical_on_random_strings(chars in proptest::collection::vec(edge_char(), 0..24)) {
        let s: String = chars.into_iter().collect();
        let diffs = differences(&s, true);
        prop_assert!(diffs.is_empty(), "{:?}: {:?}", s, diffs);
        prop_assert_eq!(reference::normalize_term(s.clone()), super::normalize_term(s));
    }
}
