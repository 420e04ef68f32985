//! What people expect of any command-line tool: completions for their shell, a manual
//! page, options only where they mean something, one style of error that says what to do,
//! and a time zone found from a city's name.

mod common;

use std::process::Command;

use common::cli::convene;

#[test]
fn each_shell_gets_a_completion_script_and_bash_loads_it() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef convene"),
        ("fish", "complete -c convene"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer"),
    ] {
        let (code, out, err) = convene(None, &["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains(marker), "{shell}: {out}");
        // Every command is offered.
        for command in ["new", "import", "timer", "run", "export", "completions"] {
            assert!(out.contains(command), "{shell} lacks {command}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("convene.bash");
    std::fs::write(&script, convene(None, &["completions", "bash"]).1).unwrap();
    let checked = Command::new("bash").arg("-n").arg(&script).output().unwrap();
    assert!(checked.status.success(), "bash -n: {}", String::from_utf8_lossy(&checked.stderr));
    // And it loads: sourcing it defines the completion.
    let loaded = Command::new("bash")
        .arg("-c")
        .arg(format!("source {} && complete -p convene", script.display()))
        .output()
        .unwrap();
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    assert!(String::from_utf8_lossy(&loaded.stdout).contains("convene"));
}

#[test]
fn a_manual_page_for_man() {
    let (code, out, err) = convene(None, &["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(".TH convene 1"), "{out}");
    assert!(out.contains("timer") && out.contains("export"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man1");
    let (code, out, err) = convene(None, &["man", "--dir", pages.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Manual pages written"), "{out}");
    for page in ["convene.1", "convene-run.1", "convene-timer.1", "convene-export.1"] {
        let text = std::fs::read_to_string(pages.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(text.contains(".TH"), "{page}");
    }
    // A page that is there is never written over without --force.
    std::fs::write(pages.join("convene-run.1"), "my own notes").unwrap();
    let (code, _, err) = convene(None, &["man", "--dir", pages.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("convene: error: ") && err.contains("--force") && err.contains("convene-run.1"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(pages.join("convene-run.1")).unwrap(), "my own notes");
    let (code, _, err) = convene(None, &["man", "--dir", pages.to_str().unwrap(), "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(pages.join("convene-run.1")).unwrap().contains(".TH"));
}

#[test]
fn every_error_starts_the_same_way_and_says_what_to_do() {
    let data = tempfile::tempdir().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        // clap's own: a mistyped option, a missing argument.
        (vec!["check", "--frobnicate"], "--help"),
        (vec!["export"], "--help"),
        // An agenda that is not there.
        (vec!["check", "agendas/no-such.json"], "help: check the path"),
        (vec!["groups", "agendas/no-such.json", "-n", "2"], "help: check the path"),
        (vec!["run", "agendas/no-such.json"], "help: check the path"),
        // A session that is not there.
        (vec!["export", "no-such-session"], "convene sessions"),
        (vec!["minutes", "no-such-session"], "convene sessions"),
        (vec!["verify", "no-such-session"], "convene sessions"),
        (vec!["finish", "no-such-session"], "convene sessions"),
        // A timer that cannot be read.
        (vec!["timer", "soon"], "10m"),
        (vec!["timer", "90s"], "2m"),
        (vec!["import", "no-such.csv"], "check the"),
    ];
    for (args, advice) in cases {
        let (code, out, err) = convene(Some(data.path()), &args);
        assert_ne!(code, 0, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.starts_with("convene: error: "), "{args:?}: {err}");
        assert!(
            !err.contains("convene: error: error:") && !err.contains("convene: convene:"),
            "{args:?}: {err}"
        );
        assert!(err.contains(advice), "{args:?} should say {advice:?}: {err}");
    }
}

#[test]
fn options_only_where_they_are_used() {
    // --data-dir belongs to the commands that keep or read sessions.
    for args in [
        vec!["check", "--data-dir", "/tmp", "agendas/steering-working-session.json"],
        vec!["schema", "agenda", "--data-dir", "/tmp"],
        vec!["completions", "bash", "--data-dir", "/tmp"],
        vec!["--data-dir", "/tmp", "sessions"],
    ] {
        let (code, _, err) = convene(None, &args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("convene: error: this command keeps no sessions"), "{args:?}: {err}");
    }
    let data = tempfile::tempdir().unwrap();
    let (code, out, err) = convene(None, &["sessions", "--data-dir", data.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("No sessions yet"), "{out}");
    let (_, help, _) = convene(None, &["check", "--help"]);
    assert!(!help.contains("--data-dir"), "{help}");
    let (_, help, _) = convene(None, &["export", "--help"]);
    assert!(help.contains("--data-dir"), "{help}");
}

#[test]
fn a_time_zone_written_as_a_city_gets_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/agendas/steering-working-session.json"
    ))
    .unwrap();
    let zone = serde_json::from_str::<serde_json::Value>(&agenda).unwrap()["event"]["time_zone"]
        .as_str()
        .unwrap()
        .to_string();
    let file = dir.path().join("a.json");
    std::fs::write(&file, agenda.replace(&format!("\"{zone}\""), "\"Bishkek\"")).unwrap();
    let (code, _, err) = convene(None, &["check", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.starts_with("convene: error: "), "{err}");
    assert!(err.contains("unknown time zone \"Bishkek\": did you mean \"Asia/Bishkek\"?"), "{err}");
}
