## The day's summary screen (`D`, and by itself when a day ends)

# { $date } is the day's date with its weekday: "Tuesday 28 April 2009".
summary-title = Day { $day } · { $date } — summary
summary-more = ↓ more
# A stretch of time: "12 min", "1 h 05 min".
summary-minutes = { $n } min
summary-hours = { $h } h { $n } min
summary-keys = ↑↓ scroll · ←→ other day · Esc close

## How the day ran, on the line under the title. { $drift } is one of the three below.
summary-late = { $time } late
summary-early = { $time } early
summary-on-time = on time
summary-state-not-started = Not started yet
summary-state-ended = Ended { $drift }
# The day ended before any item did (all were skipped).
summary-state-ended-plain = Ended
summary-state-running = Running: { $drift } so far
summary-state-running-plain = Running
# Between two items: none running, and the day not over.
summary-state-under-way = Under way: { $drift } so far
summary-state-under-way-plain = Under way

## The timeline: one row per item, planned against as run.
summary-timeline = Timeline: planned and as run
summary-row-over = +{ $n } min
summary-row-early = −{ $n } min
summary-row-on-time = on time
summary-row-skipped = skipped
summary-row-running = running
summary-row-running-over = running, +{ $n } min
summary-legend-planned = planned
summary-legend-ran = as run
summary-legend-both = both
summary-legend-over = over time
summary-legend-running = running now

## The drift through the day: how late the day ran each time an item ended.
summary-drift-title = Drift through the day
# { $drift } is signed: "+12 min", "−1 h 05 min".
summary-drift = Drift: { $drift } at { $time }
summary-drift-most = most: { $drift } after { $title }
summary-drift-none = No item has ended yet: no drift to show.
# The chart's axes.
summary-drift-x = time of day
summary-drift-y = minutes late (−: early)

## The speaking balance of the day.
summary-balance-title = Speaking balance of the day
summary-nobody-heard = Nobody had the floor on this day.
summary-not-heard = Not heard this day: { $groups }

## Points captured, by kind.
summary-kinds-title = Points captured: { $n }
summary-kinds-none = No points captured on this day.

## What is still open.
summary-open-title = Still open
summary-nothing-open = Nothing left open.
summary-contested = Contested: { $n }
summary-unchecked = Not yet checked by their source (presenter, group's rapporteur): { $n }
