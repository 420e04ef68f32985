# The projector: the room's screen, in the room's language.

stage-on-time = ON TIME
stage-wrap-up = WRAP UP
stage-last-minute = LAST MINUTE
stage-last-minutes = LAST MINUTES
stage-last-call = LAST CALL
stage-overtime = OVERTIME
paused = PAUSED

speaking = Speaking: { $who }
reporting-now = Reporting now: { $group }
question = Q{ $n }: { $prompt }
next-at = Next at { $time }: { $title }
day-starts-on = Day { $day } starts { $date } at { $time }: { $title }
day-starts-date-at = Day { $day } starts { $date } at { $time }
starting-soon = Starting soon
day-over = Day { $day } is over · thank you
first-item = First: { $title }
day-starts-at = Day { $day } starts at { $time }
see-you-tomorrow = See you tomorrow at { $time }
event-finished = The event is finished · thank you
finished-at = Finished at { $time }

# Who speaks, as the room may be told (never a name).
a-participant = a participant
an-expert = an expert
group-representative = { $group } representative
group-representatives = { $group } representatives
# A stakeholder group as the operator sees who spoke: "NGO (group)".
group-as-source = { $group } (group)

# Dates: "Thu 3 Dec".
date-short = { $weekday } { $day } { $month }
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

# Minutes, for the plural forms.
minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

# The plain screen (--plain) for screen readers, in the operator's language: one fact a
# line, each line always in its place. The stage words are the ones above.
plain-time-left = Time left: { $time }
plain-time-over = Over time: { $time }
plain-time-none = Time left: no item running
plain-stage = Stage: { $stage }
plain-stage-paused = Stage: { $stage }, paused
plain-stage-waiting = Stage: not started
plain-stage-day-over = Stage: day { $day } is over
plain-stage-finished = Stage: the event is finished
plain-item = Item: { $title }
plain-item-none = Item: none
plain-next = Next: { $time } { $title }
plain-next-day = Next: day { $day }, { $date } at { $time }: { $title }
plain-next-none = Next: nothing more
# "01:12 of 03:00": a speaker's time and their limit.
plain-of = of
plain-speaker = Speaker: { $who }, { $time }
plain-speaker-none = Speaker: none
plain-reporting = Reporting: { $group }, { $time }
plain-message = Message: { $text }
plain-message-none = Message: none
# The last change, kept on its line until the next one.
plain-changed = { $time } Stage changed: { $stage }
plain-started = { $time } Started: { $title }
plain-paused = { $time } Paused
plain-resumed = { $time } Resumed
plain-ended = { $time } Ended: { $title }
plain-finished = { $time } The event finished
plain-now = Now: { $time }, day { $day } of { $days }
plain-now-projector = Now: { $time }, day { $day } of { $days }, projector view
plain-keys = Keys: { $keys }

# The recommendations, while the facilitator shows them to the room.
recs-heading = Recommendations
recs-none = No recommendations yet
recs-time-left = left
recs-time-over = over time
recs-more-above = { $n ->
    [one] 1 more above
   *[other] { $n } more above
}
recs-more-below = { $n ->
    [one] 1 more below
   *[other] { $n } more below
}

# The running item's speaking balance, when the facilitator shows it (B on the projector).
heard-on-item = Heard on this item: { $shares }
