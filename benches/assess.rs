//! Criterion benchmarks for the SPEC §6 budgets, with `Throughput::Bytes`; lazy statics
//! are warmed before measuring. Inputs live in `benches/data/`; the realistic mix and the
//! real-text corpus are built by `benches/corpus.sh` into `target/bench/` (the mix bench
//! falls back to the development set when that has not been run).
//!
//! ```text
//! benches/corpus.sh && cargo bench --bench assess
//! ```

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use jiuming::{Detector, Engine, Message, stages};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/messages.txt");

/// The named single messages of `benches/data/messages.txt` (`name<TAB>text`).
fn messages() -> Vec<(String, String)> {
    std::fs::read_to_string(DATA)
        .expect("benches/data/messages.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains('\t'))
        .map(|l| {
            let (name, text) = l.split_once('\t').expect("tab");
            (name.to_string(), text.to_string())
        })
        .collect()
}

/// The realistic mix: target/bench/mix.txt, or the development set's benign rows with its
/// risky rows at about 3 % when the corpus script has not been run.
fn mix() -> (String, Vec<String>) {
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench/mix.txt");
    if let Ok(text) = std::fs::read_to_string(&built) {
        return (
            "mix_reviews".into(),
            text.lines().map(String::from).collect(),
        );
    }
    let mut benign = Vec::new();
    let mut risky = Vec::new();
    for file in ["tune.jsonl", "holdout.jsonl"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus/dev")
            .join(file);
        for line in std::fs::read_to_string(path).expect("dev set").lines() {
            let row: serde_json::Value = serde_json::from_str(line).expect("json");
            let text = row["text"].as_str().unwrap_or_default().to_string();
            if row["labels"].as_object().is_some_and(|o| o.is_empty()) {
                benign.push(text);
            } else {
                risky.push(text);
            }
        }
    }
    let mut out = Vec::new();
    for (i, b) in benign.iter().cycle().take(3000).enumerate() {
        out.push(b.clone());
        if i % 33 == 0 {
            out.push(risky[i % risky.len()].clone());
        }
    }
    ("mix_devset".into(), out)
}

fn detector() -> Detector {
    detector_with(true)
}

/// The default detector, with or without the wording model, warmed up.
fn detector_with(wording: bool) -> Detector {
    Detector::warm_up();
    let d = Detector::builder()
        .wording_model(wording)
        .build()
        .expect("default detector");
    d.prepare();
    d.assess(&Message::new("预热 不想活了 被骗了 拿着刀"));
    d
}

/// Assess every message of a stream; how many need attention.
fn flagged(d: &Detector, messages: &[Message]) -> usize {
    messages
        .iter()
        .filter(|m| d.assess(m).needs_attention())
        .count()
}

fn single_messages(c: &mut Criterion) {
    let d = detector();
    let lexicons_only = detector_with(false);
    let mut group = c.benchmark_group("assess");
    for (name, text) in messages() {
        let message = Message::new(text.as_str());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(&name, |b| b.iter(|| d.assess(black_box(&message))));
        // Without the wording model, what the lexicons alone cost.
        group.bench_function(format!("{name}/lexicons_only"), |b| {
            b.iter(|| lexicons_only.assess(black_box(&message)))
        });
    }
    group.finish();
}

fn large_inputs(c: &mut Criterion) {
    let d = detector();
    let (name, mix) = mix();
    let bytes: usize = mix.iter().map(|m| m.len() + 1).sum();
    let mut group = c.benchmark_group("stream");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    let messages: Vec<Message> = mix.iter().map(|m| Message::new(m.as_str())).collect();
    group.bench_function(&name, |b| b.iter(|| flagged(&d, &messages)));
    let lexicons_only = detector_with(false);
    group.bench_function(format!("{name}/lexicons_only"), |b| {
        b.iter(|| flagged(&lexicons_only, &messages))
    });
    // Where the mix's time goes: the same messages through the first stages alone, each
    // bench the stages before it plus one (normalisation; the term automaton; the matcher
    // with the pinyin automaton, the whole fast path).
    group.bench_function(format!("{name}/normalize"), |b| {
        b.iter(|| mix.iter().map(|m| stages::normalize(m)).sum::<usize>())
    });
    group.bench_function(format!("{name}/scan"), |b| {
        b.iter(|| mix.iter().map(|m| stages::scan(&d, m)).sum::<usize>())
    });
    group.bench_function(format!("{name}/match"), |b| {
        b.iter(|| {
            mix.iter()
                .map(|m| stages::match_terms(&d, m))
                .sum::<usize>()
        })
    });
    // One 1 MB message (the mix glued together).
    let one_mb: String = mix
        .concat()
        .chars()
        .scan(0, |n, ch| {
            *n += ch.len_utf8();
            (*n <= 1_000_000).then_some(ch)
        })
        .collect();
    let message = Message::new(one_mb.as_str());
    group.throughput(Throughput::Bytes(one_mb.len() as u64));
    group.bench_function("one_1mb_message", |b| {
        b.iter(|| d.assess(black_box(&message)))
    });
    group.finish();
}

/// The automaton choice, by numbers: the realistic mix through each engine of the term
/// automaton, and each one's build (term automaton included).
fn engines(c: &mut Criterion) {
    Detector::warm_up();
    let (_, mix) = mix();
    let bytes: usize = mix.iter().map(|m| m.len() + 1).sum();
    let messages: Vec<Message> = mix.iter().map(|m| Message::new(m.as_str())).collect();
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    for (name, engine) in [
        ("double_array", Engine::DoubleArray),
        ("contiguous_nfa", Engine::ContiguousNfa),
        ("dfa", Engine::Dfa),
    ] {
        let build = || {
            let d = Detector::builder()
                .engine(engine)
                .build()
                .expect("detector");
            d.prepare();
            d
        };
        group.throughput(Throughput::Elements(1));
        group.bench_function(format!("{name}/build_and_prepare"), |b| b.iter(build));
        let d = build();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("{name}/mix"), |b| b.iter(|| flagged(&d, &messages)));
    }
    group.finish();
}

fn construction(c: &mut Criterion) {
    Detector::warm_up();
    let mut group = c.benchmark_group("detector");
    group.sample_size(20);
    // The embedded defaults, read back as build.rs prepared them.
    group.bench_function("build", |b| {
        b.iter_batched(
            || (),
            |_| Detector::builder().build().expect("detector"),
            BatchSize::PerIteration,
        )
    });
    // The same, with the term and pinyin automata a first message would otherwise read.
    group.bench_function("build_and_prepare", |b| {
        b.iter_batched(
            || (),
            |_| {
                let d = Detector::builder().build().expect("detector");
                d.prepare();
                d
            },
            BatchSize::PerIteration,
        )
    });
    // One term of one's own: the defaults are read back, merged and indexed again (the
    // term automaton is then built on first use, not here).
    group.bench_function("build_with_own_term", |b| {
        b.iter_batched(
            || (),
            |_| {
                Detector::builder()
                    .lexicon_str("own.tsv", "某某理财群\tfraud_victim\tinvestment\t0.5\t-\n")
                    .expect("own lexicon")
                    .build()
                    .expect("detector")
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn pipeline_stages(c: &mut Criterion) {
    let d = detector();
    let messages = messages();
    let benign = &messages
        .iter()
        .find(|(n, _)| n == "benign_50")
        .expect("benign_50")
        .1;
    let hit = &messages
        .iter()
        .find(|(n, _)| n == "one_hit")
        .expect("one_hit")
        .1;
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(benign.len() as u64));
    group.bench_function("normalize_benign", |b| {
        b.iter(|| stages::normalize(black_box(benign)))
    });
    group.bench_function("scan_benign", |b| {
        b.iter(|| stages::scan(&d, black_box(benign)))
    });
    group.bench_function("match_benign", |b| {
        b.iter(|| stages::match_terms(&d, black_box(benign)))
    });
    group.throughput(Throughput::Bytes(hit.len() as u64));
    let start = hit.find("不想活").expect("term in one_hit");
    group.bench_function("segment_one_hit", |b| {
        b.iter(|| stages::segment(black_box(hit), start, start + "不想活".len()))
    });
    group.bench_function("assess_one_hit", |b| {
        b.iter(|| d.assess(&Message::new(black_box(hit.as_str()))))
    });
    group.finish();
}

criterion_group!(
    benches,
    single_messages,
    pipeline_stages,
    large_inputs,
    construction,
    engines
);
criterion_main!(benches);
