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
