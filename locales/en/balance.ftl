## The live speaking balance (operator's screen, `B`) and the day's summary (`D`)

balance-title = Speaking balance
# The running item; { $title } is its title.
balance-item = This item: { $title }
# No item runs: the one that ended last.
balance-item-last = Last item: { $title }
balance-day = Day { $day } so far
# Time heard in all, as 12:05 or 1:02:05.
balance-heard = { $time } heard
# One group's share, in the line of words: "NGO 9 %".
balance-share = { $group } { $percent } %
balance-not-recorded = not recorded
balance-speaking-now = ◀ speaking
balance-not-heard = Not heard yet: { $groups }
balance-nobody-yet = Nobody has had the floor on this item yet.
balance-nobody-today = Nobody has had the floor today yet.
msg-summary-not-on-projector = The day's summary shows only on the operator's screen: press v to leave the projector view, then D
