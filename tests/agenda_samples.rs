//! The sample agendas stay valid, warning-free and in step with the committed schema.

use std::path::PathBuf;

use convene::agenda::{self, schedule};

fn samples() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/agendas"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json") && !p.to_string_lossy().ends_with(".schema.json")
        })
        .collect();
    paths.sort();
    paths
}

#[test]
fn there_are_at_least_three_samples() {
    let names: Vec<String> =
        samples().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(names.contains(&"dushanbe-roundtable-2009.json".to_string()), "{names:?}");
    assert!(names.len() >= 3, "{names:?}");
}

#[test]
fn every_sample_is_valid_and_without_warnings() {
    for path in samples() {
        let agenda = agenda::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let plans = schedule::plan(&agenda);
        let warnings = agenda::warnings(&agenda, &plans);
        assert!(warnings.is_empty(), "{}: {warnings:#?}", path.display());
    }
}

#[test]
fn committed_schema_equals_the_generated_one() {
    let committed: serde_json::Value =
        serde_json::from_str(include_str!("../agendas/agenda.schema.json")).unwrap();
    assert_eq!(
        committed,
        agenda::json_schema(),
        "agendas/agenda.schema.json is stale: run `cargo run -- schema agenda > agendas/agenda.schema.json`"
    );
}

#[test]
fn every_sample_names_the_schema_and_validates_against_it() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../agendas/agenda.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for path in samples() {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(value["$schema"], "./agenda.schema.json", "{}", path.display());
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn schema_rejects_what_the_parser_rejects() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../agendas/agenda.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../agendas/steering-working-session.json")).unwrap();
    value["days"][0]["items"][0]["minuts"] = serde_json::json!(5);
    assert!(!validator.is_valid(&value), "an editor must flag unknown fields too");
}

#[test]
fn dushanbe_sample_has_what_the_report_needed() {
    let agenda = agenda::load(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/agendas/dushanbe-roundtable-2009.json"
    )))
    .unwrap();
    assert_eq!(agenda.event.time_zone.as_str(), "Asia/Dushanbe");
    assert_eq!(agenda.days.len(), 2);
    assert_eq!(agenda.days[0].date.to_string(), "2009-04-28");
    assert_eq!(agenda.days[1].date.to_string(), "2009-04-29");
    assert_eq!(agenda.event.materials.len(), 3);
    let sections: std::collections::BTreeSet<_> =
        agenda.items().filter_map(|(_, i)| i.section.clone()).collect();
    for s in ["Session 1", "Session 2", "Session 3", "General Conclusions"] {
        assert!(sections.contains(s), "{sections:?}");
    }
    let case = agenda.items().find(|(_, i)| i.id == "d1-case-study").unwrap().1;
    assert!(case.case_study.is_some() && case.prompts.len() >= 3 && case.groups.len() == 3);
    let groups: std::collections::BTreeSet<_> =
        agenda.participants.iter().filter_map(|p| p.stakeholder.clone()).collect();
    for g in ["law enforcement", "NGO", "international organisation", "expert"] {
        assert!(groups.contains(g), "{groups:?}");
    }
}
