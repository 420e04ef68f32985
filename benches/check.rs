//! `convene check` of a generated 2,000-item, 5-day agenda: parse, validate, plan, print.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use convene::agenda::{self, schedule};

/// 5 days of 400 items each, 60 participants, prompts and groups like a real event.
pub fn big_agenda() -> String {
    let kinds = ["presentation", "discussion", "panel", "working_groups", "break", "report_back"];
    let participants: Vec<serde_json::Value> = (0..60)
        .map(|p| {
            let stakeholder = ["law enforcement", "NGO", "expert"][p % 3];
            serde_json::json!({"id": format!("p{p}"), "role": "участник", "affiliation": "Org",
                               "stakeholder": stakeholder})
        })
        .collect();
    let days: Vec<serde_json::Value> = (0..5)
        .map(|d| {
            let items: Vec<serde_json::Value> = (0..400)
                .map(|i| {
                    let kind = kinds[i % kinds.len()];
                    let mut item = serde_json::json!({
                        "id": format!("d{d}-i{i}"), "title": format!("Пункт {i}: обсуждение"),
                        "kind": kind, "minutes": 5 + (i % 4) * 5, "section": format!("Session {}", i / 80 + 1),
                        "speakers": [format!("p{}", i % 60), {"role": "guest"}],
                        "prompts": ["Что мешает сотрудничеству?", "What should change first?"],
                    });
                    if kind == "working_groups" {
                        item["groups"] = serde_json::json!([
                            {"name": "A", "members": [format!("p{}", i % 60)], "rapporteur": format!("p{}", i % 60)},
                            {"name": "B", "members": [format!("p{}", (i + 1) % 60)]}
                        ]);
                    }
                    item
                })
                .collect();
            serde_json::json!({"date": format!("2026-06-0{}", d + 1), "start": "08:00", "hard_end": "20:00", "items": items})
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "event": {"title": "Big", "time_zone": "Asia/Dushanbe"},
        "participants": participants,
        "days": days,
    }))
    .unwrap()
}

fn check(c: &mut Criterion) {
    let text = big_agenda();
    c.bench_function("check 2000 items / 5 days", |b| {
        b.iter(|| {
            let agenda = agenda::parse_str("big.json", black_box(&text)).unwrap();
            let plans = schedule::plan(&agenda);
            let warnings = agenda::warnings(&agenda, &plans);
            black_box(convene::cli::check::report(&agenda, &plans, &warnings))
        })
    });
}

criterion_group!(benches, check);
criterion_main!(benches);
