//! Criterion benchmarks for the SPEC §6 budgets: a benign message, a message with a hit,
//! and `Detector` construction. Lazy statics are warmed before measuring.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jiuming::{Detector, Message};

const BENIGN: &str = "张警官早上好，请问明天上午所里办居住证要带哪些材料呀？";
const ONE_HIT: &str = "最近压力太大了，真的不想活了，每天都睡不着";
const SEVERAL_HITS: &str = "我被骗了五万，他们还说再报警就弄死我，我真的不想活了";

fn assess(c: &mut Criterion) {
    Detector::warm_up();
    let detector = Detector::builder().build().expect("default detector");
    let mut group = c.benchmark_group("assess");
    for (name, text) in [
        ("benign", BENIGN),
        ("one_hit", ONE_HIT),
        ("several_hits", SEVERAL_HITS),
    ] {
        let message = Message::new(text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| detector.assess(black_box(&message))));
    }
    group.finish();
}

fn construction(c: &mut Criterion) {
    Detector::warm_up();
    c.bench_function("detector_build", |b| {
        b.iter(|| Detector::builder().build().expect("default detector"))
    });
}

criterion_group!(benches, assess, construction);
criterion_main!(benches);
