// One triage decision, with the shipped rules and directory (target: well under 10 µs).
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use kontaktpunkt::directory::Directory;
use kontaktpunkt::triage::{Engine, EngineSettings, Enquiry, RuleSet};
use time::macros::datetime;

fn decide(c: &mut Criterion) {
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
    let directory = Arc::new(Directory::load(&config.join("directory")).expect("directory loads"));
    let rules = RuleSet::load(&config.join("triage"), &directory).expect("rules load");
    let engine = Engine::new(rules, directory, EngineSettings::default());
    let now = datetime!(2026-11-24 11:00 UTC);
    let busy = Enquiry::from_json(
        br#"{"enquirer":"relative","age_band":"15_17","gender":"female","threat":"serious",
             "environment":["criminal_network","honour_related"],"municipality":"1280",
             "situation":["sis_placement","placed_by_social_services"],"risks":["partner_violence","threat_to_writer"],
             "writer_age_band":"15_17","needs":["relocation","psychiatric","housing","work_education","protection"],
             "citizenship":"other","consent_to_share":true,"language":"ar"}"#,
    )
    .expect("valid enquiry");
    let empty = Enquiry::default();
    c.bench_function("decide/busy", |b| {
        b.iter(|| engine.decide(black_box(&busy), black_box(now)))
    });
    c.bench_function("decide/empty", |b| {
        b.iter(|| engine.decide(black_box(&empty), black_box(now)))
    });
}

criterion_group!(benches, decide);
criterion_main!(benches);
