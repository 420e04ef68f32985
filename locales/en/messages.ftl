# Messages on the operator's status line: what happened, what is wrong and what to do.

## The clock held by another laptop (src/app/mod.rs, app_actions.rs).
msg-clock-held-elsewhere = The clock is held by { $holder }: its laptop runs the timer, the plan, the floor and the groups. T takes the clock over (asks first)
msg-clock-is-here = This laptop holds the clock
msg-take-clock-question = Take the clock over from { $holder }? From now on this laptop runs the timer, the plan, the floor and the groups; { $holder }'s timer keys stop counting.
msg-took-clock = This laptop holds the clock now

## Saving, the note being typed.
msg-saved-again = Saved again: everything is on disk
msg-draft-restored = The note you were typing is back

## The screen as a whole (src/app/app_actions.rs, confirm.rs).
msg-quit-unsaved-question = Some changes are NOT SAVED (the disk fails). Quit anyway? They will be written to a rescue file, and the screen after quitting says where
msg-bell-on = Bell on for this run (set { $setting } in { $file } to keep it)
msg-bell-off = Bell off for this run (set { $setting } in { $file } to keep it)
msg-no-message-to-clear = There is no message line to clear (m sets one)
msg-already-finished = The event is already finished; u takes the finish back
msg-finish-question = Finish the event now? The clock stops; notes can still be reviewed and exported.
msg-finish-question-running = Finish the event now (this stops “{ $title }”)? The clock stops; notes can still be reviewed and exported.
msg-finished = The event is finished. The notes stay open for review, consolidation (R) and export (e, E); u takes the finish back
msg-edit-cancelled = Edit cancelled: the entry is unchanged
msg-projector-off-typing = Projector view off while you type (notes are never shown to the room); v brings it back
msg-nothing-changed = Nothing changed

## Completing names (src/app/line_input.rs, capture.rs).
msg-no-completion = No participant or group starts with “{ $partial }”
msg-no-mention-completion = No participant or group starts with "{ $partial }"

## Choosing an item (src/app/pick.rs).
msg-pick-placeholder = type part of a title
msg-nothing-moved = Nothing moved
msg-pick-no-match = No item matches: Backspace to widen the search, Esc to cancel
msg-already-in = Already in “{ $title }”: nothing moved
msg-moved-to = Moved to “{ $title }” (u takes it back)

## The note editor (src/app/capture.rs).
msg-capture-placeholder = Type a note; Enter saves it (r: recommendation)
msg-paste-refused = Paste refused: { $size } MB is more than a note can hold ({ $max } MB). Nothing was changed
msg-entry-empty = An entry cannot be empty: delete it in the review list instead
msg-capture-empty = Nothing to save: the note is empty

## Working groups (src/app/groups.rs).
msg-groups-select-first = Select or run a working-groups item first
msg-report-back-start-first = Start the report-back item first
msg-report-back-not-running = Report-back slots belong to a report-back item: start it first
msg-report-back-no-groups-item = No working-groups item before this report-back
msg-reports-back-now = { $group } reports back now ({ $minutes } min)
msg-all-reported-plenary = Every group has reported back: the rest of the item is plenary
msg-no-groups-formed = No groups were formed: G forms them on the working-groups item
msg-all-reported = Every group has reported back already
msg-slot-usage = Type the minutes each group gets (e.g. 5), or - for the item's length shared by the groups
msg-slot-too-long = { $minutes } min per group: { $groups } groups take { $total } min, more than the item's { $item } min
msg-slot-set = { $minutes } min per group; { $left } min left for plenary discussion
msg-slot-equal = Each group gets an equal share of the item
msg-move-member-usage = To move someone, type @id and a group, e.g. @mia-1 B
msg-not-on-roster = Nobody on the roster is called “@{ $id }”: Tab completes ids
msg-no-groups-yet = No groups yet: form them first (e.g. 3 42)
msg-no-such-group = No group “{ $group }”: the groups are { $groups }
msg-member-moved = { $id } moved to { $group }
msg-no-earlier-groups = No earlier working-groups item has groups to reuse
msg-groups-again = The { $n } groups of “{ $title }” again
msg-groups-usage = Type a number of groups from 1 to { $people } and a seed (3 42), @id and a group to move someone (@mia-1 B), or same
msg-groups-at-least-one = At least one group: { $usage }
msg-groups-too-many = { $n } groups for { $people } people: { $usage }
msg-groups-formed = { $n } groups formed (seed { $seed }): G again to change, @id X to move someone

## Speakers' lists (src/app/queue.rs).
msg-list-closed = The speakers' list of “{ $title }” is closed: L opens it again
msg-list-empty = Nobody is on the speakers' list of “{ $title }”: Q adds a speaker
msg-nobody-has-floor = Nobody has the floor
msg-floor-needs-item = Start an item first: turns are recorded against the running item
msg-nobody-else-waiting = Nobody else is waiting: turn ended
msg-list-now-closed = Speakers' list of “{ $title }” closed: nobody new can ask (L opens it)
msg-list-open-again = Speakers' list of “{ $title }” open again
msg-first-timers-first = First-time speakers on this item go first (P again: in order of asking)
msg-order-of-asking = Speakers go in order of asking
msg-no-earlier-waiting = No earlier item has anyone waiting to speak
msg-carried-over = { $n } waiting speaker(s) carried over from “{ $from }” to “{ $to }”
msg-queue-move-usage = Type two numbers from 1 to { $len }: who, and where to (3 1 moves the third to the front)
msg-queue-add-empty = Type who asks for the floor: @id or @group (Tab completes), or a role
msg-queue-unknown = Nobody on the roster and no group is called “@{ $id }”: Tab completes ids and groups; without @ it is listed as a role
msg-queued-role = Listed as the role “{ $role }” (not on the roster) as number { $n }
msg-queued = On the list as number { $n }
msg-type-number = Type a number from 1 to { $len }
msg-no-number-one-waiting = There is no number { $n }: one speaker is waiting (type 1)
msg-no-number = There is no number { $n }: { $len } speakers are waiting (type 1 to { $len })

## The review list (src/app/review.rs).
msg-no-entry-yet = No entry here yet: press c to capture one
msg-move-which-item = Move to which item? Type part of its title; ↑ ↓ choose, Enter moves
msg-editing = Editing: Enter saves the new text, Esc leaves it unchanged
msg-nothing-above = Nothing above to merge into
msg-above-deleted = The entry above is deleted: restore it (d) or merge into another one
msg-merged = Merged into the entry above: its authors are kept (u takes it back)
msg-search-matches = { $n ->
    [one] 1 entry matches; / searches again, Tab clears the search
   *[other] { $n } entries match; / searches again, Tab clears the search
}
msg-attribute-empty = Type @id, @group or a role (Tab completes), or Esc to leave it
msg-not-for-attribution = not for attribution
msg-on-the-record = on the record

## The kinds of entry (src/capture/mod.rs).
msg-kind-presentation = presentation
msg-kind-discussion = discussion
msg-kind-recommendation-participants = recommendation (participants)
msg-kind-recommendation-presenters = recommendation (presenters)
msg-kind-conclusion = conclusion
msg-kind-follow-up = follow-up
msg-kind-question = question
msg-kind-quote = quote
msg-kind-reference = reference

## The clock and the plan (src/app/timer.rs).
msg-event-finished-clock-stopped = The event is finished and its clock stopped. u takes the finish back; notes can still be reviewed (r) and exported (e, E)
msg-first-item = This is the first item
msg-no-item-running = No item is running: start one with Space first
msg-day-over = Day { $day } is over: the clock is stopped. Space starts day { $next } with “{ $title }”
msg-last-item-done = That was the last item: the clock is stopped. X finishes the event
msg-no-next-item = There is no next item: X finishes the event
msg-start-other-day-question = “{ $title }” is on day { $day } ({ $date }), not the day that is on. Start it now?
msg-started = Started: { $title }
msg-unskipped = Back in the plan: { $title }
msg-skipped-running = Skipped: { $title } (u takes it back)
msg-already-ran = This item has already run; skipping it would change nothing
msg-skipped = Skipped: { $title } (s again or u brings it back)
msg-replan-accepted = Re-plan accepted: { $n } items shortened (u takes it back)
msg-nothing-to-shorten = Nothing left to shorten: later items are already at half length
msg-day-on-time = The day is on time: nothing to re-plan
msg-no-prompts = This item has no prompts
msg-all-prompts-shown = All { $n } prompts are shown
msg-prompt-shown = Prompt { $n } of { $total } shown
msg-ends-at-no-item = No item is running any more: Esc, then start one with Space
msg-ends-at-not-a-time = "{ $text }" is not a time of day: write it as HH:MM on a 24-hour clock, e.g. "09:30" or "14:00"
msg-ends-at-set = { $title } ends at { $time } (u takes it back)
msg-ends-at-passed = { $time } has already passed (it is { $now } now): type a later time, or use + and - to change the length

## Undo and redo (src/app/undo.rs), and what each change is called there.
msg-undone = Undone: { $change } (u again for the change before; Ctrl-R redoes)
msg-redone = Redone: { $change }
msg-nothing-to-undo-plan = Nothing to undo on the plan in this run
msg-nothing-to-undo-entries = Nothing to undo to entries in this run
msg-nothing-to-redo = Nothing to redo
msg-change-new-note = the new note
msg-change-edit = the edit
msg-change-kind = the change of kind
msg-change-attribution = the attribution
msg-change-move = the move
msg-change-mark = the mark
msg-change-merge = the merge
msg-change-restore = the restore
msg-change-delete = the delete
msg-change-finish = finishing the event
msg-change-end-item = ending the item
msg-change-longer = +{ $minutes } min
msg-change-shorter = { $minutes } min
msg-change-unskip = bringing back { $title }
msg-change-skip = skipping { $title }
msg-change-replan = the re-plan
msg-change-ends-at = the end at { $time }
msg-change-start = starting { $title }

## The runtime's notes (src/runtime).
msg-start-brought-back-rescue = Saved { $n } change(s) that were in no journal yet (from a rescue file); nothing of them is lost
msg-start-brought-back-rescue-or-writer = Saved { $n } change(s) that were in no journal yet (from a rescue file, or a second convene that wrote into the same journal); nothing of them is lost
msg-start-recovered-problems = Recovered with problems: { $n } damaged record(s) dropped; the damaged files are kept in { $dir }/ (see `{ $command }`)
msg-follow-damaged = { $n } damaged record(s) in the session's files are skipped here (see `{ $command }`)
msg-terminal-unavailable = cannot take over the terminal (is this an interactive terminal?)
msg-timer-no-item = the timer has no item to run
msg-stopped = stopped: { $why }
msg-draft-set-aside = The note being typed at the last stop could not be read ({ $why }); the file is kept in { $path }
msg-draft-stuck = The note being typed at the last stop could not be read ({ $why }); it is left as it is, and the note you type now is only saved when you press Enter
msg-draft-damaged = it does not read as a draft (damaged)
msg-draft-not-moved = { $why }, and it could not be moved aside: { $error }
msg-draft-not-saved = { $error } (the note being typed)
msg-draft-and-journal-not-saved = { $error } (the note being typed). The journal cannot be written either: { $n } change(s) wait in memory
msg-others-unreadable = Another laptop's notes could not be read just now: { $why }
msg-watch-failed = Other laptops' notes are not shown as they arrive ({ $why }); they are read when the session is next opened
msg-public-draft-refused = Public draft not written: { $n } place(s) in the notes name participants. `{ $command }` lists them; fix them or add { $flag }
msg-draft-not-built = could not build the document: { $why }
msg-public-draft-placeholders = Public draft not written: { $n } place(s) still say "[to be written]". Write them in the internal draft; for a public one as it is: `{ $command } { $flag }`
msg-draft-written = Draft written: { $first } and { $second }

## What convene says when it ends (src/runtime/mod.rs).
msg-end-snapshot-stale = note: { $file } could not be refreshed; nothing is lost: the journal has every saved change, and the next start rebuilds it
msg-end-saved = Session saved in { $dir }
msg-end-what-draft = the note being typed
msg-end-what-changes = { $n } change(s)
msg-end-what-changes-and-draft = { $n } change(s) and the note being typed
msg-end-rescued-in-session = NOT SAVED in the session: { $what }. Kept in the rescue file { $path }. Run convene on this session again once the disk works: it saves them then
msg-end-rescued-elsewhere = NOT SAVED in the session: { $what } (the session folder cannot be written). Kept in the rescue file { $path }. Once that disk works, move the file into { $dir } and run convene on the session again: it saves them then
msg-end-rescue-failed = NOT SAVED anywhere: { $what } could not be written to any disk ({ $why }). Copy the text below to a safe place now:
msg-end-being-typed = (being typed) { $text }

## The store's errors (src/store/error.rs).
msg-store-write = NOT SAVED: cannot write { $path }: { $what }. { $advice }
msg-store-read = cannot read { $path }: { $what }. { $advice }
msg-store-not-started = cannot open the session: cannot write { $path }: { $what }. Nothing was recorded and nothing is lost. { $advice }
msg-store-locked = the session { $dir } is already open in another convene ({ $holder }). Close that one first, or open this session read-only with `{ $verify }` or `{ $minutes }`
msg-store-holder = pid { $pid } on { $host }, since { $since }
msg-store-holder-unknown = which one could not be read
msg-store-newer = { $path } was written by a newer convene (minutes format { $found }; this one reads up to { $supported }). Update convene to open this session; nothing was changed
msg-store-no-session = { $dir } holds no session record (no journal with a session start). Check the path; `{ $command }` lists the sessions
msg-store-foreign-writer = NOT SAVED: another program wrote to { $path } (a second convene on this session, a sync tool, or a copy of this laptop's disk on another machine). Saving stopped so the two histories do not mix; your notes are kept. Quit with Ctrl-C: convene writes them to a rescue file and says where
msg-store-cloned-device = this laptop's device id ({ $device }) last wrote this session on { $host }: the data folder was probably copied from that machine, and two machines with one id would write one journal. Nothing was changed. Delete the file { $file } in this laptop's data folder (convene makes a new id) and open the session again; if this laptop was only renamed, delete { $lock } instead
msg-store-encode = could not encode a record: { $why }
msg-store-crowded = { $dir } holds 999 files of this kind already; export with `{ $command } -o FILE`
msg-store-read-only = { $dir } is only followed here (`{ $follow }`): changes are made in `{ $run }`
msg-io-eio = the disk reported an input/output error (the disk or USB stick may be failing)
msg-io-not-a-folder = a part of that path is a file where a folder should be
msg-io-file-in-the-way = { $path } is a file where a folder should be
msg-io-full = the disk is full
msg-io-read-only = the disk is read-only
msg-io-permission = permission denied
msg-io-missing = the folder is missing
msg-io-other = the disk reported an error ({ $kind })
msg-advice-start-full = Free some space on that disk, then start convene again
msg-advice-start-read-only = The disk is mounted read-only (a failing disk often is): start convene with { $flag } on another disk or a USB stick, and copy the sessions folder there
msg-advice-permission = Check the folder's owner and permissions, or start convene with { $flag } pointing to a folder you own
msg-advice-start-missing = Check that the disk or USB stick is plugged in and the path is right
msg-advice-start-in-the-way = Move that file out of the way, or start convene with { $flag } pointing to a folder
msg-advice-start-other = Start convene with { $flag } on another disk or a USB stick; copy the sessions folder there if you can
msg-advice-full = Free some space on that disk; everything is kept in memory and saving retries
msg-advice-read-only = A failing disk is often remounted read-only: copy the session folder to another disk or USB stick; everything is kept in memory
msg-advice-missing = Was the disk or USB stick removed? Plug it back in; saving retries
msg-advice-other = Copy the session folder to a safe place now; everything is kept in memory and saving retries

# A public draft refused: where participants are named (never what is written there).
msg-export-names-in-text = a public export would name participants in { $n } place(s):
    { $places }
    Fix those notes (in the review list: r, then / to search), or export with { $flag } to replace them with "[a participant]" or "[an institution]". An institution that may be named (a public body discussed as a subject) goes in the agenda's { $field }
msg-export-not-built = could not build the document: { $why }
msg-export-placeholders = the public draft would still say "[to be written]" in { $n } place(s), where nothing was captured:
    { $places }
    Write them in the draft before it goes out, and export with { $flag } to write it as it is; the internal draft is always written.
msg-leak-entry-in = entry …{ $short } ({ $item }, { $time })
msg-leak-entry = entry …{ $short } ({ $time })
msg-leak-agenda-field = agenda: { $field }
msg-leak-agenda-heading = agenda: a heading
msg-leak-annex-table = agenda: an annex table
msg-leak-group-name = the name of a working group
msg-leak-person = { $place }: names participant { $id }
msg-leak-institution = { $place }: names the affiliation of participant { $id }
msg-leak-roster-id = { $place }: gives the roster id { $id }

# Finding a session by a part of its name.
msg-no-session-matches = no session matches "{ $wanted }" in { $root }; `{ $command }` lists them
msg-session-ambiguous = "{ $wanted }" matches { $n } sessions: { $names }; type more of the name

# convene verify: what recovery found.
msg-verify-snapshot-missing = snapshot: none (state rebuilt from the journal)
msg-verify-snapshot-ok = snapshot: ok ({ $n } records)
msg-verify-snapshot-unusable = snapshot: UNUSABLE ({ $reason }); state rebuilt from the journal
msg-verify-tail-intact = intact
msg-verify-tail-truncated = truncated ({ $n } bytes of an unfinished record)
msg-verify-tail-arriving = { $n } bytes of a record still arriving or unfinished (another device's file: read up to its last good record, left as it is)
msg-verify-journal = { $file }: { $ok } records ok, { $dropped } dropped, tail { $tail }
msg-verify-bad-line = line { $line }: { $reason }
msg-verify-replayed-over-snapshot = records replayed over the snapshot: { $n }
msg-verify-replayed = records replayed from the journals: { $n }
msg-verify-second-writer = { $n } intact record(s) of a second writer in one journal (a sequence collision): they are saved again with new numbers when the session is next opened with `{ $command }`
msg-verify-newer = { $n } record(s) of kinds this version does not know (written by a newer convene on another device): kept, skipped
msg-verify-conflict-copy = conflict copy { $name } of { $device }'s journal (made by a sync tool): { $n } record(s) not in the journal itself, folded in; the rest are counted once
msg-verify-others-rescue = rescue file { $name } of another device: that device saves it when it next opens the session
msg-verify-rescue = rescue file { $name }: { $n } change(s) not in any journal; they are saved when the session is next opened with `{ $command }`
msg-verify-rescue-with-draft = rescue file { $name }: { $n } change(s) not in any journal and a note that was being typed; they are saved when the session is next opened with `{ $command }`
msg-verify-set-aside = set aside: { $path } ({ $why })
msg-verify-leftover-temp = unfinished temp file: { $name }
msg-verify-behind-snapshot = journal of { $device } ends before the snapshot: records are missing from it

# Consolidating recommendations
msg-no-recommendations = No recommendations or follow-up yet: capture them with the kind “recommendation” or “follow-up”
msg-projector-elsewhere = The projector follows the laptop that holds the clock: show the list from there
msg-recs-on-projector = The recommendations are on the projector
msg-recs-off-projector = The projector shows the clock again
msg-recs-already-sorted = The list is already in order of the result
msg-recs-sorted = Ordered by the result: adopted first, then by support (u undoes)
msg-rec-shown = Shown to the room
msg-recs-marked = { $n ->
    [one] 1 marked: move to another and press m to combine
   *[other] { $n } marked: m combines them
}
msg-combine-how = Mark the recommendations to combine with Space (at least two), then press m
msg-combine-typing = Type the wording for the { $n } together, then Enter (Esc cancels)
msg-reword-typing = Reword it, then Enter (Esc cancels)
msg-split-typing = Put the second recommendation on a new line (Alt-Enter), then Enter (Esc cancels)
msg-split-how = To split, put the second recommendation on a line of its own (Alt-Enter)
msg-split-done = Split in two: the second follows the first
msg-combined = { $n } recommendations combined into one; they stay linked to it in the minutes
msg-rec-cannot-move = It cannot move further that way
msg-rec-to-discussion = Back to the discussion: it is no longer in the list (u undoes)
msg-hands-how = Type for, against and abstaining as numbers, e.g. 14 2 3
msg-dots-how = Type the number of dots, e.g. 7
msg-decision-none = No decision recorded
msg-decision-adopted = adopted
msg-decision-noted = noted
msg-decision-rejected = rejected
msg-support-hands = { $yes } for, { $against } against, { $abstaining } abstaining
msg-support-dots = { $dots ->
    [one] 1 dot
   *[other] { $dots } dots
}
msg-support-consensus = consensus
msg-support-no-consensus = no consensus: contested
msg-change-sort = ordering by the result
msg-change-move-up = moving a recommendation up
msg-change-move-down = moving a recommendation down
msg-change-to-discussion = sending a recommendation back to the discussion
msg-change-support = recording the room's support
msg-change-decision = recording the decision
msg-change-combine = combining recommendations
msg-change-split = splitting a recommendation
msg-change-check = the check by its source
msg-check-taken-back = The check is taken back
msg-checked-by-how = Type who checked it: @id from the roster, or a role
msg-checked = Checked by { $who }
msg-last-item-finish-question = That was the last item. Finish the event now? The notes stay open for review, consolidation and export.
msg-recs-still-shown = The projector still shows the recommendations: R, then v, gives it the clock again
msg-recs-no-groups = No recommendation came from a working group
msg-support-none = Support taken back
msg-support-replaced = { $now } (was: { $before })
msg-wording-kept = Nothing recorded; the wording is kept: the same key on the same recommendations brings it back
msg-wording-back = The wording typed before is back
msg-reworded-support-cleared = Reworded. The room's support and the decision were for the earlier wording: the new one needs its own (h, c, a …; u brings them back)
msg-combined-support-cleared = { $n } recommendations combined into one. Their support and decisions stay with them in the minutes; the new wording needs its own (h, c, a …)
