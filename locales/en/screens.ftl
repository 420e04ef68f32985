# The operator's screens: run screen, capture pane, review list, groups, help, pickers.

## The header, the strip above full-screen capture, a terminal too small.
screen-header-day = Day { $day } of { $days }
screen-header-day-over = Day { $day } of { $days } is over
screen-finished-at = ■ Finished at { $time }
screen-too-small = Terminal too small: { $size }, this view needs at least { $needed }. Enlarge the window or make the font smaller.

## Clocks: a stage in words, after the symbol; "25:00 left", "+02:10 over"; "01:12 of 03:00".
screen-stage-on-time = ON TIME
screen-stage-wrap-up = WRAP UP
screen-stage-last-minute = LAST MINUTE
screen-stage-last-minutes = LAST MINUTES
screen-stage-last-call = LAST CALL
screen-stage-overtime = OVERTIME
screen-clock-left = left
screen-clock-over = over
# Between a clock and its limit; as many letters in every language (the digits keep their places).
screen-clock-of = of
screen-running = running
screen-paused = PAUSED

## Agenda items' kinds.
screen-item-kind-opening = opening
screen-item-kind-presentation = presentation
screen-item-kind-panel = panel
screen-item-kind-discussion = discussion
screen-item-kind-working-groups = working groups
screen-item-kind-report-back = report-back
screen-item-kind-break = break
screen-item-kind-closing = closing
screen-item-kind-other = other

## Times and dates.
screen-minutes = { $minutes } min
screen-minutes-left-of = { $left } of { $minutes } min left
# "Wed 29 Apr 09:00"
screen-date-time = { $date } { $time }
# "Wed 29 Apr 2009"
screen-date-with-year = { $date } { $year }
screen-day = Day { $day }
screen-planned = planned { $time }

## The Now panel.
screen-now = Now
screen-item-type = Item type: { $kind }
screen-speakers = Speakers: { $who }
screen-started-ends = Started { $start } · ends { $end } (planned { $planned })
screen-started-ends-set = Started { $start } · ends at { $end } (set)
screen-reporting = Reporting:
screen-next-group = g: next group
screen-floor = Floor:
screen-queue = Queue
screen-queue-closed = list closed
screen-queue-first-time-first = first-time speakers first
screen-queue-nobody = nobody waiting
screen-no-item-running = No item running
screen-space-starts-selected = Space starts the selected item: { $title } ({ $minutes } min)
screen-selected-on-day = it is on day { $day }: Space asks first
screen-drift-on-time = on time
screen-drift-behind = { $n } min behind
screen-drift-ahead = { $n } min ahead
screen-drift-behind-hours = { $h } h { $n } min behind
screen-drift-ahead-hours = { $h } h { $n } min ahead
screen-day-ends = Day: { $drift } · ends { $ends }
screen-day-absorbed = Day: { $drift } before { $title } · ends { $ends } if { $title } is { $minutes } min shorter
screen-day-absorbed-short = Day: { $drift } before { $title } · ends { $ends }
screen-room-closes = room closes { $time }
screen-next = Next
screen-next-day = n ends day { $day } · day { $next } starts { $when }: { $title }
screen-fixed-start-missed = ⚠ { $title } (fixed { $fixed }) cannot start on time: what runs before it ends { $ends } — { $remedy }
screen-remedy-accept = a accepts the re-plan
screen-remedy-not-enough = the re-plan (a) is not enough: skip (s) or shorten (-) an item before it
screen-remedy-skip-or-shorten = skip (s) or shorten (-) an item before it
screen-replan = To keep to the plan, shorten: { $cuts } — a accepts
screen-replan-nothing = To keep to the plan: nothing left to shorten
screen-replan-still-over = still { $minutes } min over
screen-message = Message:
screen-day-is-over = Day { $day } is over
screen-day-ended = ended { $time }
# After the key: "Space starts day 2: …".
screen-starts-day = starts day { $day }: { $title }
screen-space-starts-selected-item = Space starts the selected item: { $title }
screen-last-item-done = That was the last item: X finishes the event
screen-notes-stay-open = The notes stay open: r reviews them, R consolidates the recommendations, e and E write the drafts
screen-tally-run = { $n ->
    [one] { $n } item run
   *[other] { $n } items run
}
screen-tally-skipped = { $n } skipped
screen-tally-not-run = { $n } not run
screen-tally-notes = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}

## The agenda list.
screen-agenda = Agenda
screen-list-day = Day { $day } · { $date }
screen-list-day-over = day { $day } is over
screen-list-day-on-clock = day { $day } is on the clock
# Column heads: the planned start, the times, the item.
screen-list-plan = plan
screen-list-actual = actual/projected
screen-list-item = item
screen-list-proposed = ?: proposed, a accepts
screen-list-skipped = skipped
screen-list-not-run = not run
screen-list-fixed = fixed
screen-list-cannot-start = cannot start on time
screen-list-late = late

## The capture pane.
screen-capture = Capture
screen-capture-latest = Latest notes
screen-capture-editing = Editing an entry
screen-capture-nothing-yet = Nothing captured for this item yet.
screen-capture-press-c = Press c to capture a note.
screen-capture-by = by { $who }
screen-capture-by-why = by { $who }, { $why }
screen-capture-has-floor = has the floor
screen-capture-presenting = presenting
screen-capture-not-for-attribution = not for attribution
screen-capture-on-the-record = on the record
screen-capture-names-someone = names a participant: will be refused in the public draft

## The working groups.
screen-groups = Working groups
screen-groups-none = No groups yet: G forms them from the participants (e.g. 3 42).
screen-groups-rapporteur = rapporteur { $who }
screen-groups-reporting = reporting
screen-groups-reported = reported
screen-groups-case-study = Case study
screen-groups-prompts = Prompts ({ $shown } of { $total } shown to the room; w shows the next)
screen-groups-prompt = Q{ $n }: { $prompt }

## The review list.
screen-review-entries = Entries
screen-review-empty = No entries here. Tab shows the whole session; c captures a note.
screen-review-search = search “{ $query }”
screen-review-whole-session = whole session
screen-review-consensus = consensus
screen-review-contested = CONTESTED
screen-review-deleted = deleted: d restores
screen-review-conflict = edited on two laptops: check
screen-review-between-items = Between items (no item running)

## Choosing an item to move an entry to.
screen-pick-title = Move the entry to …
screen-pick-filter = Title:
screen-pick-keys = ↑ ↓ choose · Enter moves · Esc cancels
screen-pick-no-match = No item matches: Backspace widens the search

## The status line's questions and inputs, and the other laptops.
screen-confirm-yes-no = y yes · n no
screen-prompt-message = Message for the room (empty clears it):
screen-prompt-ends-at = End the running item at (HH:MM):
screen-prompt-search = Search all entries for:
screen-prompt-attribute = Said by (@id, @group or a role):
screen-prompt-queue-add = Add to the speakers' list (@id, @group or a role):
screen-prompt-queue-remove = Take off the list, number:
screen-prompt-queue-move = Move on the list, from and to (e.g. 3 1):
screen-prompt-groups = Groups: number and seed (3 42), @id and group (@mia-1 B), or same:
screen-prompt-slot = Minutes each group reports (e.g. 5; - for an equal share):
screen-following = FOLLOWING, read-only
screen-devices-writers = writers:
screen-devices-others = other laptops:
screen-devices-none = none yet
screen-device-clock = { $name } (clock)
screen-device-stale = no news from { $name } for { $n } min
screen-device-just-now = { $name } just now
screen-device-ago = { $name } { $n } min ago

## The launcher (`convene run` choosing what to open).
screen-launch-heading = Choose a session to resume or review, or an agenda to run.
screen-launch-keys = ↑/↓ choose · Enter open · q quit
screen-launch-entries = { $n ->
    [one] { $n } entry
   *[other] { $n } entries
}
screen-launch-unfinished = “{ $title }” — started { $started }, last change { $changed }, { $entries }  [{ $name }]
screen-launch-resume = Resume { $session }
screen-launch-follow = Follow, read-only (for the projector): { $session }
screen-launch-review = Review (finished { $finished }): “{ $title }” — started { $started }, { $entries }  [{ $name }]
screen-launch-review-agenda = Review the finished session — started { $started }, finished { $finished }, { $entries }  [{ $name }]
screen-launch-new = New session: { $title }  [{ $path }]
screen-launch-new-of = Start a new session of { $path }
screen-launch-last-finished = The last session of this agenda was finished ({ $finished }). Start a new session, or review the finished one?
screen-launch-one-unfinished = This agenda has an unfinished session. Resume it, or start a new one?
screen-launch-many-unfinished = This agenda has { $n } unfinished sessions. Resume one, or start a new one?
screen-launch-nothing = No agendas in { $dir } and no sessions yet: run `{ $run } AGENDA.json`
screen-launch-hidden = { $n } older session(s) not listed: `{ $sessions }` lists them all, `{ $resume } SESSION` opens one
screen-launch-invalid = invalid: { $why }
screen-review-position = { $n } of { $of }
screen-prompt-hands = Show of hands, for against abstaining (e.g. 14 2 3; empty clears):
screen-prompt-dots = Dots it got (e.g. 7; empty clears):
screen-prompt-checked-by = Checked by (@id or a role):

## The consolidation view: the recommendations, as the facilitator sees them.
screen-recs-title = Recommendations
screen-recs-all = all
screen-recs-marked = { $n } marked
screen-recs-empty = No recommendations yet. A note captured as a recommendation (r: or rp:) or a follow-up (f:) comes here; so does one whose kind is changed in the review list (r, then t).
screen-recs-none-here = Nothing here with this filter: f, i and g change it.
screen-recs-on-projector = on the projector
screen-recs-checked = checked by { $who }
screen-review-checked = checked by { $who }
screen-capture-combining = Combining { $n } recommendations: the new wording
screen-capture-rewording = Rewording a recommendation
screen-capture-splitting = Splitting a recommendation: the second on a new line
screen-review-combined-into = combined into { $id } “{ $text }”
screen-capture-esc-then-c = Esc, then c, captures a note.
