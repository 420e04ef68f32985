# The command line: output, errors, and the settings file's comments.

## How every message starts.

cli-error = convene: error: { $text }
cli-warning = convene: warning: { $text }
cli-note = convene: note: { $text }
cli-language-unknown = convene speaks en, ru and tg (Tajik, partly), not "{ $text }"
cli-no-home = no home folder to keep sessions in; pass --data-dir DIR (or set CONVENE_DATA_DIR)
cli-no-data-dir = this command keeps no sessions, so it takes no --data-dir; it is for run, timer, follow, sessions, verify, finish, minutes and export (after the command's name)

## clap's messages, said again in a language other than English (English keeps clap's own).

cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-unknown-command = unrecognized subcommand '{ $command }'
cli-usage-value-missing = a value is required for '{ $arg }' but none was supplied
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
cli-usage-value-wrong = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-usage-missing = the following required arguments were not provided: { $args }
cli-usage-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
cli-usage-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-usage-values = wrong number of values for '{ $arg }'
cli-usage-not-utf8 = invalid UTF-8 was detected in one or more arguments
cli-usage-suggested = tip: a similar one exists: '{ $suggested }'
cli-usage-more = For more information, try '--help'.
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-command = COMMAND
cli-help-arguments = Arguments
cli-help-options = Options

## convene check

cli-check-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
cli-check-items = { $n } items
cli-check-participants = { $n } participants
cli-check-min = min
cli-check-day = Day { $n } — { $date }
cli-check-day-hours = (starts { $start }, room closes { $hard })
cli-check-day-start = (starts { $start })
cli-check-free = (free until the fixed start)
cli-check-fixed = [fixed]
cli-check-total = Total { $total } of items; ends { $end }
cli-check-past-hard-end = { $over } past the hard end { $hard }
cli-check-at-hard-end = exactly at the hard end
cli-check-before-hard-end = { $spare } before the hard end { $hard }
cli-check-ok = Agenda OK: no warnings.
cli-check-warnings = Warnings ({ $n }):
cli-check-warning = warning: { $text }
cli-check-ok-with-warnings = Agenda OK, with { $n } warning(s).
cli-date-with-weekday = { $weekday } { $date }
cli-weekday-1 = Monday
cli-weekday-2 = Tuesday
cli-weekday-3 = Wednesday
cli-weekday-4 = Thursday
cli-weekday-5 = Friday
cli-weekday-6 = Saturday
cli-weekday-7 = Sunday
cli-kind-opening = opening
cli-kind-presentation = presentation
cli-kind-panel = panel
cli-kind-discussion = discussion
cli-kind-working_groups = working_groups
cli-kind-report_back = report_back
cli-kind-break = break
cli-kind-closing = closing
cli-kind-other = other

## New agenda files: convene new and convene import.

cli-agenda-as-json = writing the agenda as JSON
cli-agenda-too-large = the agenda would be { $size } MB, and convene reads agendas of at most { $max } MB; nothing was written. Is this the right file? An agenda of a week is well under 1 MB
cli-agenda-does-not-load = the agenda built here does not load ({ $error }); nothing was written
cli-file-exists = { $file } already exists and was left as it is; choose another file name (or move that file away first)
cli-writing-stdout = writing to standard output
cli-schema-other = { $file } is not this convene's agenda schema and was left as it is; editors may check the agenda against it. To refresh it: convene schema agenda > { $file }
cli-schema-not-written = the schema for editors was not written ({ $error }); the agenda works without it
cli-schema-unreadable = cannot read { $file } ({ $error }); it was left as it is, and the agenda works without it
cli-no-system-zone = this laptop's time zone has no name convene knows (TZ or /etc/localtime); using UTC. Pass --time-zone with the venue's city or zone, e.g. --time-zone Dushanbe
cli-next = Next: { $todo }, then
cli-next-check = the planned schedule, or what is wrong
cli-next-run = the facilitator's timer, the projector view and the notes
cli-title-empty = --title is empty; give the event's title, e.g. --title "Roundtable on community policing"
cli-wrote-schema = Wrote { $file } beside it, so editors check the agenda as you type.
cli-new-ask-file = File to write
cli-new-file-exists = { $file } already exists; give another name
cli-new-ask-title = Title of the event
cli-new-default-title = Roundtable
cli-new-ask-zone = Time zone of the venue (a city or a name such as Asia/Dushanbe)
cli-new-ask-date = First day (YYYY-MM-DD or DD.MM.YYYY)
cli-new-ask-days = How many days
cli-new-days-wrong = "{ $text }" is not a number of days from 1 to 14
cli-new-ask-chatham = Under the Chatham House Rule (names stay out of the public report)? y/n
cli-new-no = n
cli-new-yes-no = "{ $text }": answer y or n
cli-new-cancelled = no answer to "{ $question }" (end of input): cancelled, nothing was written
cli-new-wrote = Wrote { $file }: “{ $title }”, { $days ->
    [one] { $days } day
   *[other] { $days } days
} from { $date }, { $zone }.
cli-new-todo = edit the items, people and times (notes marked "$comment" explain each part)
cli-import-output-exists = { $file } already exists and was left as it is; nothing was written. Choose another file with -o FILE (or move that file away first)
cli-import-lines = { $n ->
    [one] { $n } line of { $file } could not be read; nothing was written. Fix it and run the import again:
   *[other] { $n } lines of { $file } could not be read; nothing was written. Fix them and run the import again:
}
cli-import-refused = { $file }: { $error }; nothing was written
cli-import-guessed-short = the kind of { $n } item(s) was guessed from the title
cli-import-guessed = The kind of { $n ->
    [one] { $n } item was guessed from its title
   *[other] { $n } items was guessed from their titles
}: check the kinds with convene check.
cli-import-note = Note: { $note }.
cli-import-wrote = Wrote { $file }: { $summary }.
cli-import-summary = { $days ->
    [one] { $days } day
   *[other] { $days } days
}, { $items ->
    [one] { $items } item
   *[other] { $items } items
}, { $speakers ->
    [one] { $speakers } speaker
   *[other] { $speakers } speakers
}, read as { $format }
cli-import-todo = add roles, affiliations and prompts where you want them
cli-import-default-title = Imported agenda
cli-import-today = today's date
cli-import-no-file = { $file }: no such file; check the path
cli-import-unreadable = { $file }: cannot read it ({ $error })
cli-import-not-a-file = { $file } is not an ordinary file (a folder, a pipe or a device); name the CSV or text file itself
cli-import-too-large = { $file } is larger than { $max } MB; is this the right file? An agenda is a few kilobytes
cli-import-cannot-open = cannot open { $file }
cli-import-cannot-read = cannot read { $file }

## convene timer

cli-timer-hint = give a length such as 10m, 1h30m or 90 (minutes), or a clock time such as 14:00
cli-timer-unreadable = cannot read "{ $text }" as a length or a time; { $hint }
cli-timer-at-least-a-minute = the timer needs at least 1 minute
cli-timer-whole-minutes = the timer counts whole minutes: "{ $text }" is not one; use { $up }m, for example
cli-timer-too-long = { $minutes } minutes is longer than a day; a timer runs for at most 24 hours
cli-timer-at-most-a-day = a timer runs for at most 24 hours
cli-timer-cannot-place = { $at } cannot be placed today in { $zone }: { $error }
cli-timer-passed = { $at } has passed already (it is { $now } in { $zone }); give a later time, or a length such as 10m or 1h30m
cli-timer-default-title = Timer

## convene finish

cli-finish-venue-time = { $time } ({ $date }, { $zone } time)
cli-finish-at-missing = --at { $at } does not exist on that day: { $error }
cli-finish-at-too-early = --at { $at } is before the session's last recorded change, at { $last }: a finish cannot come before what was recorded. Give a time from then on, or leave out --at to finish now. Nothing was changed
cli-finish-at-too-late = --at { $at } is later than now, { $now }. Leave out --at to finish now. Nothing was changed
cli-finish-already = “{ $title }” was already finished at { $at }; nothing changed. The notes are open for review and export: convene export { $session }
cli-finish-locked = Nothing was changed. Finish it on that run screen (X), or quit convene there and run `convene finish { $session }` again.
cli-finish-repaired = the session needed repair: { $n } records dropped; damaged files kept in { $folder }/ (see `convene verify { $session }`)
cli-finish-not-finished = The session is not finished; run this again once the disk is fixed.
cli-finish-snapshot = minutes.json was not refreshed ({ $error }); nothing is lost, the journal has everything
cli-finish-stopped = Stopped the running item “{ $item }” at { $at }.
cli-finish-done = Finished “{ $title }” at { $at }; the notes stay open for review and export: convene export { $session }

## convene sessions, verify and minutes

cli-sessions-none = No sessions yet in { $dir }. A session is recorded when an agenda is run.
cli-sessions-column-session = SESSION
cli-sessions-column-started = STARTED
cli-sessions-column-last-change = LAST CHANGE
cli-sessions-column-entries = ENTRIES
cli-sessions-column-state = STATE
cli-sessions-column-agenda = AGENDA
cli-sessions-finished = finished
cli-sessions-open = open
cli-sessions-finished-verify = finished, needs verify
cli-sessions-open-verify = open, needs verify
cli-sessions-unreadable = unreadable
cli-sessions-cannot-read = (cannot read: { $error })
cli-sessions-data-folder = data folder
cli-sessions-sessions-folder = sessions folder
cli-sessions-folder-is-file = the { $what } { $dir } is a file, not a folder, so no session can be listed or kept there. Nothing was changed. Pass --data-dir DIR (or set CONVENE_DATA_DIR) to use another folder, or move the file out of the way
cli-sessions-folder-unreadable = cannot read the { $what } { $dir }: { $error }. Nothing was changed. Make it readable for your user (chmod u+rwx on it), or pass --data-dir DIR (or set CONVENE_DATA_DIR) to use another folder
cli-verify-session = session: { $dir }
cli-verify-agenda = agenda: { $title }
cli-verify-state = state: { $records } records folded, { $entries } entries ({ $deleted } deleted), { $ignored } events ignored (of those replayed)
cli-verify-check-failed = the check could not run: { $error }
cli-verify-disagrees = minutes.json DISAGREES with the journals ({ $place }). The journals are the record: move minutes.json into { $folder }/ and the next start rebuilds it from them
cli-verify-ok = verify: OK, nothing lost
cli-verify-problems = verify: PROBLEMS FOUND. Opening the session for writing sets damaged files aside in { $folder }/ and keeps every good record
cli-minutes-needs-attention = the session needs attention (run `convene verify { $session }`); writing what could be read
cli-minutes-encoding = encoding the minutes

## convene export

cli-export-needs-attention = the session needs attention (run `convene verify { $session }`); exporting what could be read
cli-export-refused = export refused: { $error }
cli-export-binary = a Word file is binary and standard output is a terminal; redirect it (`-o - > report.docx`) or name a file with -o

## convene groups

cli-groups-no-participants = { $file }: the agenda has no participants to form groups from; add them under "participants"
cli-groups-count = cannot form { $count } groups from { $n } participants; choose between 1 and { $n }
cli-groups-heading = { $title }: { $groups } working groups from { $n } participants (seed { $seed }; --seed { $seed } forms the same groups again)
cli-groups-other = other
cli-groups-rapporteur = rapporteur

## convene man

cli-man-writing-main = writing the manual page
cli-man-writing = writing a manual page
cli-man-cannot-create = cannot create the folder { $dir }; check that you may write there
cli-man-kept = { $written } page(s) written; { $kept } already in { $dir } left as they are (add --force to replace them): { $pages }
cli-man-written = Manual pages written to { $dir } (read one with `man -l { $dir }/convene.1`)

## The settings file: what is said when it is wrong, and the comments of the one written when there is none.

cli-settings-broken = { $file } is broken ({ $error }); using defaults until it is fixed
cli-settings-unreadable = cannot read { $file } ({ $error }); using defaults
cli-settings-room-language-unknown = room_language = "{ $code }" in the settings is not a language convene speaks (en, ru, tg); the projector follows the agenda's language
cli-settings-language-unknown = language = "{ $code }" in the settings is not a language convene speaks (en, ru, tg); using the system's
cli-settings-head = convene settings. Delete a line to use its default.
cli-settings-bell = Ring the terminal bell when the countdown changes stage.
cli-settings-color = Colours on screen (the NO_COLOR environment variable also turns them off).
cli-settings-wrap-up-percent = Wrap-up starts when this share of an item is left ...
cli-settings-wrap-up-min = ... but never with fewer minutes left than this.
cli-settings-final = The final stage covers the last minutes.
cli-settings-room-language = The projector's language ("ru", "tg", "en"); by default the agenda's first language.
cli-settings-language =
    The language of convene's screens, help, messages and command line ("ru", "en", "tg");
    by default the system's (LC_ALL, LC_MESSAGES, LANG), else English.
cli-settings-projector-languages =
    Languages the projector shows side by side, e.g. Russian and Tajik; by default one,
    the room's (or the agenda's "projector_languages").
cli-settings-plain =
    For screen readers: plain lines at fixed places, no box drawing or big digits, stage
    changes announced as a line of text (also --plain).
cli-settings-high-contrast =
    Black and white, bold and reversed instead of colours, for washed-out projectors and
    low vision (also --high-contrast).

## The agenda's problems: what stops a file from loading, and warnings about one that loads.

agenda-help = help: { $help }
agenda-missing = no such file
agenda-missing-help = check the path and the file name (`convene new FILE` writes a starting agenda)
agenda-permission-denied = permission denied
agenda-permission-denied-help = make the file readable for your user (chmod u+r) or copy it somewhere you can read
agenda-unreadable = cannot read the file: { $error }
agenda-unreadable-help = check that the disk or share holding it is available
agenda-folder = this is a folder, not an agenda file
agenda-folder-help = name a .json file, e.g. agendas/dushanbe-roundtable-2009.json
agenda-not-regular = this is { $what }, not an agenda file; convene reads agendas only from ordinary files
agenda-special-fifo = a named pipe (FIFO)
agenda-special-device = a device
agenda-special-socket = a socket
agenda-special-other = not a regular file
agenda-not-regular-help = name the .json file itself (save it to a file first if it comes from another program), e.g. agendas/dushanbe-roundtable-2009.json
agenda-too-large = the file is { $size } MB; an agenda is at most { $max } MB
agenda-too-large-help = is this the right file? An agenda of a week with long case studies is well under 1 MB
agenda-empty = the file is empty
agenda-empty-help = write a starting agenda with `convene new FILE`, or start from a sample in agendas/
agenda-not-utf8 = the file is not UTF-8 text (byte { $byte } here)
agenda-not-utf8-help = save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); Windows-1251 is a common cause with Russian text
agenda-json-syntax = JSON syntax error: { $detail }
agenda-json-help-trailing-comma = remove the comma after the last element of the list or object
agenda-json-help-eof = the file ends before the JSON is complete: a closing {"}"} or ] is missing
agenda-json-help-key = field names need double quotes: "title": ...
agenda-json-help-value = JSON has no comments, and text needs double quotes ("..."), not single quotes
agenda-json-help-comma = a comma is missing between two elements, or a quote is not closed
agenda-json-help-trailing-characters = there is text after the end of the agenda object
agenda-json-help-control = a line break inside text must be written as \n
agenda-json-help-other = check the JSON syntax here
agenda-json-eof-list = EOF while parsing a list
agenda-json-eof-object = EOF while parsing an object
agenda-json-eof-string = EOF while parsing a string
agenda-json-eof-value = EOF while parsing a value
agenda-json-expected-colon = expected `:`
agenda-json-expected-list-comma = expected `,` or `]`
agenda-json-expected-object-comma = expected `,` or `{"}"}`
agenda-json-expected-ident = expected ident
agenda-json-expected-value = expected value
agenda-json-expected-quote = expected `"`
agenda-json-invalid-escape = invalid escape
agenda-json-invalid-number = invalid number
agenda-json-number-range = number out of range
agenda-json-invalid-unicode = invalid unicode code point
agenda-json-control = control character (\u0000-\u001F) found while parsing a string
agenda-json-key = key must be a string
agenda-json-surrogate = lone leading surrogate in hex escape
agenda-json-trailing-comma = trailing comma
agenda-json-trailing-characters = trailing characters
agenda-json-hex-end = unexpected end of hex escape
agenda-json-recursion = recursion limit exceeded
agenda-unknown-field = unknown field "{ $name }"
agenda-unknown-field-guess = unknown field "{ $name }"; did you mean "{ $guess }"?
agenda-unknown-value = unknown value "{ $name }"
agenda-unknown-value-guess = unknown value "{ $name }"; did you mean "{ $guess }"?
agenda-unknown-help-remove = remove it
agenda-unknown-help-allowed = allowed here: { $names }
agenda-list-empty = this list is empty
agenda-list-empty-items-help = a day needs at least one item; remove the day or add its items
agenda-list-empty-days-help = an agenda needs at least one day
agenda-list-empty-help = add at least one element
agenda-missing-field = missing field "{ $field }"
agenda-missing-field-help = add "{ $field }": ... to this object (see docs/agenda-format.md)
agenda-duplicate-field = duplicate field `{ $field }`
agenda-invalid-type = invalid type: { $found }, expected { $expected }
agenda-invalid-value = invalid value: { $found }, expected { $expected }
agenda-found-string = string { $value }
agenda-found-integer = integer `{ $value }`
agenda-found-float = floating point `{ $value }`
agenda-found-boolean = boolean `{ $value }`
agenda-found-character = character `{ $value }`
agenda-found-null = null
agenda-found-list = sequence
agenda-found-object = map
agenda-expected-object = struct { $name }
agenda-expected-object-any = a map
agenda-expected-string = a string
agenda-expected-boolean = a boolean
agenda-expected-list = a sequence
agenda-expected-whole = a whole number
agenda-expected-integer = an integer
agenda-expected-number = a number
agenda-expected-minutes = a whole number of minutes, e.g. 30
agenda-expected-note = a note: a line of text, or a list of lines
agenda-expected-person = a roster id such as "mia-1", or {"{"}"role": "..."{"}"} for someone not on the roster

agenda-time-shape = "{ $text }" is not a time of day: write it as HH:MM on a 24-hour clock, e.g. "09:30" or "14:00"
agenda-time-hours = "{ $text }" is not a time of day: hours run from 00 to 23
agenda-time-minutes = "{ $text }" is not a time of day: minutes run from 00 to 59
agenda-date-shape = "{ $text }" is not a date: write it as YYYY-MM-DD, e.g. "2009-04-28"
agenda-date-month = "{ $text }" is not a date: there is no month { $month }
agenda-date-days = "{ $text }" is not a date: that month has { $days } days
agenda-zone-unknown = unknown time zone "{ $text }": use an IANA name such as "Asia/Dushanbe" or "Europe/Vienna"
agenda-zone-unknown-guess = unknown time zone "{ $text }": did you mean "{ $zone }"? use an IANA name such as "Asia/Dushanbe" or "Europe/Vienna"
agenda-duration-below-one = a duration must be at least 1 minute, not { $value }
agenda-duration-too-long = { $value } minutes is longer than a day: split the item or check the number
agenda-duration-not-whole = a duration is a whole number of minutes, not { $value }

agenda-span-minutes = { $m } min
agenda-span-hours = { $h } h
agenda-span-hours-minutes = { $h } h { $m } min

agenda-place-participants = participants
agenda-place-day = day { $day } ({ $date })
agenda-place-item = day { $day }, item "{ $id }"
agenda-place-group = day { $day }, item "{ $id }", group "{ $name }"
agenda-warn-participant-twice = participant id "{ $id }" is used twice
agenda-warn-same-date = another day has the same date
agenda-warn-day-before = this day comes before the day listed above it
agenda-warn-past-hard-end = the day ends at { $end } but the room closes at { $hard }: { $over } over; shorten items by that much
agenda-warn-item-id-twice = this item id is used twice; ids must be unique across all days
agenda-warn-fixed-start-missed = the fixed start { $fixed } cannot be met: the items before it run { $missed } past it
agenda-warn-speaker-not-in = speaker "{ $id }" is not in the participants; add them, or write {"{"}"role": "{ $id }"{"}"} for someone not on the roster
agenda-warn-rapporteur-not-in = rapporteur "{ $id }" is not in the participants; add them, or write {"{"}"role": "{ $id }"{"}"} for someone not on the roster
agenda-warn-groups-but-kind = has working groups but its kind is "{ $kind }", not "working_groups"
agenda-warn-group-same-name = two groups of this item have the same name
agenda-warn-member-not-in = member "{ $id }" is not in the participants
agenda-warn-member-twice = member "{ $id }" is in more than one group
agenda-warn-holds-characters = holds { $list }; convene leaves them out of every screen, record and report
agenda-char-escape = escape: removed with its sequence
agenda-char-introducer = escape sequence introducer: removed with its sequence
agenda-char-null = null: removed
agenda-char-bell = bell: removed
agenda-char-backspace = backspace: removed
agenda-char-vertical-tab = vertical tab: becomes a line break
agenda-char-form-feed = form feed: becomes a line break
agenda-char-separator = line or paragraph separator: becomes a line break
agenda-char-bidi = bidirectional control: removed
agenda-char-zero-width = zero-width character: removed
agenda-char-not-a-character = not a character: removed
agenda-char-control = control character: removed

## convene import: lines of a CSV or a plain-text list that cannot be read.

agenda-import-column = column { $n } ("{ $header }")
agenda-import-hint-column = fill in its duration in { $column }, e.g. 30
agenda-import-hint-no-column = add a duration column ("duration" or "минут") and give this item its length, e.g. 30
agenda-import-hint-list = add its length at the end of the line, e.g. "(30)"
agenda-import-no-length = "{ $text }" is no length: an item lasts at least 1 minute
agenda-import-too-long = "{ $text }" is longer than a day: split the item or check the number
agenda-import-date = { $error } (dates are written YYYY-MM-DD or DD.MM.YYYY)
agenda-import-time-am-pm = "{ $text }" is not a time of day: with AM or PM, hours run from 1 to 12
agenda-import-time-seconds = "{ $text }" has seconds: convene plans in whole minutes, e.g. "09:30"
agenda-import-time-shape = "{ $text }" is not a time of day: write it as HH:MM, e.g. "09:30"
agenda-import-not-csv = cannot be read as CSV ({ $error }): save the file from the spreadsheet again
agenda-import-no-title-cell = there is no title: write the item's title in { $column }
agenda-import-start-not-time = "{ $text }" is not a time of day: write the start as HH:MM, e.g. "09:30" (or a range, "09:00-09:30")
agenda-import-end-without-start = ends at { $end } but has no start: fill in its start too
agenda-import-end-not-time = "{ $text }" is not a time of day: write the end as HH:MM, e.g. "10:15"
agenda-import-not-length = "{ $text }" is not a length: write whole minutes, e.g. 30 (or "1:30" for an hour and a half)
agenda-import-not-kind = "{ $text }" is not a kind: write one of { $names } (or a Russian name such as "доклад" or "перерыв"), or leave the cell empty to have it guessed from the title
agenda-import-both-give = columns { $first } ("{ $first_header }") and { $second } ("{ $second_header }") both give { $field }: rename or delete one
agenda-import-no-title-column = no title column: the first line must name the columns, one of them "title" (or "item", "topic", "session", "название", "тема", "пункт"); it has { $found }
agenda-import-no-time-column = no start or duration column: name one "start" or "time" ("начало", "время"), or "duration" or "minutes" ("продолжительность", "мин"), or both
agenda-import-empty-day = this day has no items: add its items on the lines after it, or delete this line
agenda-import-overlap = starts at { $start }, before the item above ends at { $end }: they overlap; correct this start or the length of the item above
agenda-import-overlap-line = starts at { $start }, before the item above (line { $line }) ends at { $end }: they overlap; correct this start or the length of the item above
agenda-import-end-not-after-start = ends at { $end }, not after its start { $start }: correct one of the two times
agenda-import-times-disagree = its times say { $spanned } minutes but its length says { $given }: correct one of them (or leave the length out)
agenda-import-last-no-length = the last item of the day has no length: { $hint }
agenda-import-no-length-no-next-start = has no length, and the item after it has no start to end at: { $hint }, or give the next item's start
agenda-import-no-length-next-before = has no length, and the next item starts at { $next }, not after this one's start { $start }: { $hint }
agenda-import-date-line-goes-on = a line that starts with a date starts a new day, and this one goes on ("{ $rest }"): put the date on a line of its own, and the item on the next line
agenda-import-no-title-in-list = there is no title: write the item after its time, e.g. "09:00 Opening remarks (30)"
agenda-import-field-day = the day or date
agenda-import-field-start = the start
agenda-import-field-end = the end
agenda-import-field-duration = the duration
agenda-import-field-title = the title
agenda-import-field-kind = the kind
agenda-import-field-speakers = the speakers
agenda-import-field-section = the section
agenda-import-field-description = the description
agenda-import-note-unread = { $column } is not read
agenda-import-format-semicolons = CSV (semicolons)
agenda-import-format-tabs = CSV (tabs)
agenda-import-format-commas = CSV (commas)
agenda-import-format-list = a plain-text list
agenda-import-advice-csv = in Excel, save it again as "CSV UTF-8 (Comma delimited)" (in Russian Excel "CSV UTF-8 (разделитель — запятая)"); in LibreOffice, choose the character set "Unicode (UTF-8)" when saving as CSV
agenda-import-advice-text = save it again as UTF-8 text (in Word: Plain Text, encoding "Unicode (UTF-8)"; in Notepad: Encoding UTF-8)
agenda-import-not-utf8 = the file is not UTF-8 text (from line { $line } on; it may be Windows-1251 or another older encoding): { $advice }
agenda-import-utf16 = the file is UTF-16 text (Excel's "Unicode Text"): { $advice }
agenda-import-empty-csv = the file has no agenda items: after the header line, write one line per item
agenda-import-empty-text = the file has no agenda items: write one item a line, e.g. "09:00 Opening remarks (30)"
agenda-import-workbook = this is a workbook or document (a zip file: .xlsx, .ods, .docx), not text: open it and save it as CSV (in Excel: "CSV UTF-8 (Comma delimited)", in Russian Excel "CSV UTF-8 (разделитель — запятая)"; in LibreOffice: Text CSV, character set Unicode (UTF-8)), then import the .csv
agenda-import-lines = { $n ->
    [one] { $n } line
   *[other] { $n } lines
} could not be read

## convene export --review-pack
cli-export-no-review-pack = no presenter and no working group with a rapporteur has points in this session; no review pack was written
