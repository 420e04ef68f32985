## The live speaking balance (operator's screen, `B`) and the day's summary (`D`)

balance-title = Speaking balance
# The running item; { $title } is its title.
balance-item = This item: { $title }
# No item runs: the one that ended last.
balance-item-last = Last item: { $title }
balance-day = Day { $day } so far
# The day is over.
balance-day-done = Day { $day }
# Time heard in all, as 12:05 or 1:02:05.
balance-heard = { $time } heard
# One group's share, in the line of words: "NGO 9 %".
balance-share = { $group } { $percent } %
balance-not-recorded = group not recorded
balance-speaking-now = ◀ speaking
balance-not-heard = Not heard yet: { $groups }
# The item has ended.
balance-not-heard-item = Not heard on this item: { $groups }
balance-nobody-yet = Nobody has had the floor on this item yet (Q adds a speaker, f gives the floor).
balance-nobody-today = Nobody has had the floor today yet.
msg-summary-not-on-projector = The day's summary opens on the operator's screen only, never on the room's view
msg-room-balance-elsewhere = The room's balance is switched on the facilitator's laptop (B on its projector view)
# Time heard, in whole minutes.
balance-minutes = { $m } min
balance-hours = { $h } h { $m } min
balance-under-a-minute = <1 min
