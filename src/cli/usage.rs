//! clap's own messages (a mistyped option, a missing argument) in convene's style and the
//! operator's language. They already end with what to do ("For more information, try
//! '--help'"); in another language than English the common ones are said again from
//! clap's context, with clap's "Usage:" line as clap prints it. Help and the version go to
//! standard output as they are.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::{error_prefix, lang};
use crate::i18n::Lang;

pub fn error(err: &clap::Error) -> ExitCode {
    if matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = err.print();
        return ExitCode::from(2);
    }
    // --data-dir on a command that keeps no sessions: clap's tip ("use '-- --data-dir'")
    // would mislead.
    if err.kind() == ErrorKind::UnknownArgument
        && text(err, ContextKind::InvalidArg).starts_with("--data-dir")
    {
        eprintln!("{}", words!("cli-error", text = words!("cli-no-data-dir")));
        return ExitCode::from(2);
    }
    let said = match lang() {
        Lang::En => None,
        lang => in_lang(err, lang),
    };
    let text = said.unwrap_or_else(|| {
        let text = err.render().to_string();
        text.strip_prefix("error: ").unwrap_or(&text).to_string()
    });
    eprint!("{}{}", error_prefix(), crate::safe_text::text(&text));
    ExitCode::from(2)
}

/// A context value of the error as text ("" when it has none).
fn text(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The error in `lang`, when its kind is one convene says itself.
fn in_lang(err: &clap::Error, lang: Lang) -> Option<String> {
    let arg = text(err, ContextKind::InvalidArg);
    let value = text(err, ContextKind::InvalidValue);
    let mut said = match err.kind() {
        ErrorKind::UnknownArgument => crate::t!(lang, "cli-usage-unknown-argument", arg = &arg),
        ErrorKind::InvalidSubcommand => {
            crate::t!(lang, "cli-usage-unknown-command", command = text(err, ContextKind::InvalidSubcommand))
        }
        ErrorKind::InvalidValue if value.is_empty() => crate::t!(lang, "cli-usage-value-missing", arg = &arg),
        ErrorKind::InvalidValue => {
            let valid = text(err, ContextKind::ValidValue);
            crate::t!(lang, "cli-usage-invalid-value", arg = &arg, value = &value, valid = valid)
        }
        ErrorKind::ValueValidation => {
            // The reason is the value parser's, already in the operator's language.
            let reason = std::error::Error::source(err).map(ToString::to_string).unwrap_or_default();
            crate::t!(lang, "cli-usage-value-wrong", arg = &arg, value = &value, reason = reason)
        }
        ErrorKind::MissingRequiredArgument => crate::t!(lang, "cli-usage-missing", args = &arg),
        ErrorKind::ArgumentConflict => {
            let prior = text(err, ContextKind::PriorArg);
            crate::t!(lang, "cli-usage-conflict", arg = &arg, prior = prior)
        }
        ErrorKind::NoEquals => crate::t!(lang, "cli-usage-no-equals", arg = &arg),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            crate::t!(lang, "cli-usage-values", arg = &arg)
        }
        ErrorKind::InvalidUtf8 => crate::t!(lang, "cli-usage-not-utf8"),
        _ => return None,
    };
    let suggested =
        [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue]
            .into_iter()
            .map(|kind| text(err, kind))
            .find(|s| !s.is_empty());
    if let Some(suggested) = suggested {
        said.push_str("\n\n  ");
        said.push_str(&crate::t!(lang, "cli-usage-suggested", suggested = suggested));
    }
    let usage = text(err, ContextKind::Usage);
    if !usage.is_empty() {
        said.push_str("\n\n");
        let usage = usage.trim_end();
        match usage.strip_prefix("Usage:") {
            Some(rest) => said.push_str(&format!("{}{rest}", crate::t!(lang, "cli-help-usage"))),
            None => said.push_str(usage),
        }
    }
    said.push_str("\n\n");
    said.push_str(&crate::t!(lang, "cli-usage-more"));
    said.push('\n');
    Some(said)
}
