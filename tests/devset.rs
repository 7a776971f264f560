//! The labelled development set (SPEC §5): precision and recall per category on both
//! halves, every failure reported at once with text, expected and actual.
//!
//! `tune.jsonl` is what the lexicons were tuned on; `holdout.jsonl` is only measured. The
//! floors below are what the detector must not fall under; the figures it reaches are in
//! the README.

use std::path::Path;

use jiuming::{Category, Detector};

#[path = "support/devset.rs"]
mod devset;

/// (category, precision floor, recall floor) for level ≥ medium, on either half. They sit
/// a few points under what the held-back half measures, so a change that loses ground
/// fails; the targets of the issues (0.90 / 0.90) are not reached yet. On 2026-12-02, 900
/// fresh rows written without sight of the lexicons joined both halves; before any tuning
/// on them the held-back half measured self_harm 0.900 / 0.659, fraud_victim 0.892 / 0.708,
/// dispute 0.892 / 0.714.
const FLOORS: [(Category, f64, f64); 3] = [
    (Category::SelfHarm, 0.88, 0.63),
    (Category::FraudVictim, 0.87, 0.68),
    (Category::Dispute, 0.87, 0.69),
];

/// Share of critical-labelled messages that must be rated at least high (held back, before
/// tuning on the fresh rows: self_harm 37/73, fraud_victim 67/82, dispute 58/70).
const CRITICAL_AT_LEAST_HIGH: f64 = 0.48;

fn check(file: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/dev")
        .join(file);
    let rows = devset::read(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(rows.len() > 400, "{file} has only {} rows", rows.len());
    let detector = Detector::builder().build().expect("default detector");
    let report = devset::evaluate(&detector, &rows);
    let mut failures = Vec::new();
    for (category, precision, recall) in FLOORS {
        let c = report.counts[category.as_str()];
        if c.precision() < precision {
            failures.push(format!(
                "{category} precision {:.3} < {precision}",
                c.precision()
            ));
        }
        if c.recall() < recall {
            failures.push(format!("{category} recall {:.3} < {recall}", c.recall()));
        }
        if c.critical > 0 {
            let share = c.critical_at_least_high as f64 / c.critical as f64;
            if share < CRITICAL_AT_LEAST_HIGH {
                failures.push(format!(
                    "{category}: only {share:.3} of critical rated ≥ high"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{file}:\n{}\n{}",
        failures.join("\n"),
        report.render(true)
    );
}

#[test]
fn tune_half_meets_the_floors() {
    check("tune.jsonl");
}

#[test]
fn holdout_half_meets_the_floors() {
    check("holdout.jsonl");
}

#[test]
fn dev_set_is_well_formed_and_covers_every_category_and_level() {
    let mut seen = std::collections::BTreeSet::new();
    let mut benign = 0;
    let mut ids = std::collections::HashSet::new();
    for file in ["tune.jsonl", "holdout.jsonl"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus/dev")
            .join(file);
        for row in devset::read(&path).unwrap_or_else(|e| panic!("{e}")) {
            assert!(ids.insert(row.id.clone()), "duplicate id {}", row.id);
            if row.labels.is_empty() {
                benign += 1;
            }
            for category in Category::ALL {
                seen.insert((category.as_str(), row.expected(category)));
            }
        }
    }
    assert!(benign >= 120, "only {benign} benign rows");
    for category in Category::ALL {
        for level in jiuming::Level::ALL {
            assert!(
                seen.contains(&(category.as_str(), level)),
                "no {category} {level} row"
            );
        }
    }
}
