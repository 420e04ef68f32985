//! `--help` in the operator's language. English is the derive's doc comments, as they are;
//! in another language the built command tree is walked and each command's about and
//! each argument's help replaced from cli.ftl: `cli-about-COMMAND` (and
//! `cli-long-about-COMMAND` for `--help`), `cli-arg-COMMAND-ARG` (and `…-long`), else
//! `cli-arg-ARG` for the arguments many commands share (`--data-dir`, `--help`). The root
//! command is `convene`. clap's headings ("Usage:", "Options:") are said in the language
//! too; the words clap adds inside a line ("[env: …]", "[default: …]") stay clap's.

use std::ffi::OsStr;
use std::marker::PhantomData;
use std::sync::OnceLock;

use clap::builder::{EnumValueParser, PossibleValue, Resettable, StyledStr, TypedValueParser};
use clap::{Arg, Command, CommandFactory, ValueEnum};

use super::Cli;
use crate::i18n::{Lang, has, tr};

/// The command line's definition, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut command = Cli::command();
    if lang == Lang::En {
        return command;
    }
    // Built first, so the arguments clap adds itself (--help, --version) and the help
    // command are there to be said too.
    command.build();
    localise(command, lang, "convene")
}

/// clap's headings in `lang`: "Commands", "COMMAND", "Arguments", "Options". clap keeps
/// headings as static text: they are made once per process (one language) and kept.
fn headings(lang: Lang) -> [&'static str; 4] {
    static MADE: OnceLock<(Lang, [&'static str; 4])> = OnceLock::new();
    let make = || {
        let leak = |id: &str| -> &'static str { Box::leak(tr(lang, id, &[]).into_boxed_str()) };
        (lang, ["cli-help-commands", "cli-help-command", "cli-help-arguments", "cli-help-options"].map(leak))
    };
    match MADE.get_or_init(make) {
        (made, headings) if *made == lang => *headings,
        // Another language in the same process (only the tests ask for two).
        _ => make().1,
    }
}

/// An argument's possible values, each explained in `lang` (`cli-value-COMMAND-ARG-VALUE`),
/// read as clap reads them for the derive.
#[derive(Clone)]
struct Values<E> {
    values: Vec<PossibleValue>,
    of: PhantomData<E>,
}

impl<E: ValueEnum> Values<E> {
    fn new(lang: Lang, command: &str, arg: &str) -> Self {
        let values = E::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
            .map(|value| match said(lang, &format!("cli-value-{command}-{arg}-{}", value.get_name())) {
                Some(help) => value.help(help),
                None => value,
            })
            .collect();
        Values { values, of: PhantomData }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Values<E> {
    type Value = E;

    fn parse_ref(&self, command: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<E, clap::Error> {
        EnumValueParser::<E>::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

/// A text clap may also be told to forget (so the short one is shown instead).
fn resettable(text: Option<String>) -> Resettable<StyledStr> {
    match text {
        Some(text) => Resettable::Value(text.into()),
        None => Resettable::Reset,
    }
}

/// Message `id` in `lang`, when there is one.
fn said(lang: Lang, id: &str) -> Option<String> {
    has(lang, id).then(|| tr(lang, id, &[]))
}

fn localise(command: Command, lang: Lang, name: &str) -> Command {
    // clap's own headings, as its default template has them, in `lang` (its words inside
    // an argument's line, "[env: …]" and "[default: …]", stay clap's).
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr(lang, "cli-help-usage", &[])
    );
    let [commands, command_name, arguments, options] = headings(lang);
    let mut command =
        command.help_template(template).subcommand_help_heading(commands).subcommand_value_name(command_name);
    if let Some(about) = said(lang, &format!("cli-about-{name}")) {
        // Without a long text of its own, `--help` shows the short one, not the English.
        command = command.about(about).long_about(resettable(said(lang, &format!("cli-long-about-{name}"))));
    }
    command = command.mut_args(|arg| {
        let heading = if arg.is_positional() { arguments } else { options };
        let arg = if arg.get_help_heading().is_none() { arg.help_heading(heading) } else { arg };
        let id = arg.get_id().as_str().to_string();
        let arg = match (name, id.as_str()) {
            ("export", "format") => arg.value_parser(Values::<crate::export::Format>::new(lang, name, &id)),
            ("export", "profile") => arg.value_parser(Values::<crate::export::Profile>::new(lang, name, &id)),
            ("schema", "format") => arg.value_parser(Values::<super::schema::Format>::new(lang, name, &id)),
            _ => arg,
        };
        let short =
            said(lang, &format!("cli-arg-{name}-{id}")).or_else(|| said(lang, &format!("cli-arg-{id}")));
        match short {
            Some(help) => {
                let long = said(lang, &format!("cli-arg-{name}-{id}-long"))
                    .or_else(|| said(lang, &format!("cli-arg-{id}-long")));
                arg.help(help).long_help(resettable(long))
            }
            None => arg,
        }
    });
    command.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        localise(sub, lang, &name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument has its Russian help: a new option without one would
    /// show English to a Russian operator.
    #[test]
    fn every_command_and_argument_is_said_in_russian() {
        let mut english = command(Lang::En);
        english.build();
        let russian = command(Lang::Ru);
        let mut missing = Vec::new();
        let same = |a: Option<&StyledStr>, b: Option<&StyledStr>| {
            a.is_some() && a.map(ToString::to_string) == b.map(ToString::to_string)
        };
        let mut check = |name: &str, en: &Command, ru: &Command| {
            if same(en.get_about(), ru.get_about()) {
                missing.push(format!("cli-about-{name}"));
            }
            if en.get_long_about().is_some() && !has(Lang::Ru, &format!("cli-long-about-{name}")) {
                missing.push(format!("cli-long-about-{name}"));
            }
            for (a, b) in en.get_arguments().zip(ru.get_arguments()) {
                if same(a.get_help(), b.get_help()) {
                    missing.push(format!("cli-arg-{name}-{}", a.get_id()));
                }
                if same(a.get_long_help(), b.get_long_help()) {
                    missing.push(format!("cli-arg-{name}-{}-long", a.get_id()));
                }
            }
        };
        check("convene", &english, &russian);
        for (en, ru) in english.get_subcommands().zip(russian.get_subcommands()) {
            check(en.get_name(), en, ru);
        }
        assert!(missing.is_empty(), "no Russian for: {missing:#?}");
    }
}
