# The draft's pictures (issue 19): a timeline of each day that ran, in the annex of the
# agenda as run, and the speaking time by stakeholder group, in its annex. Drawn as SVG
# beside the Markdown and embedded in the Word file; the words in them come from here.

# The timeline of one day: the title over the picture, and its caption (also its alt text).
pictures-timeline-title = Day { $day }: planned and as run
pictures-timeline-caption = Day { $day }, { $date }: each agenda item as planned (outlined bar) and as run (solid bar); time beyond the plan hatched, with its minutes.
# The legend under the timeline.
pictures-legend-planned = Planned
pictures-legend-actual = As run
pictures-legend-overrun = Overrun
# After an item's bar: how long it ran over, or that it still runs; an item not run.
pictures-over = +{ $minutes } min
pictures-running = running
pictures-skipped = skipped
pictures-not-run = not run

# The speaking balance of the whole event, by stakeholder group (never by speaker).
pictures-balance-title = Speaking time by stakeholder group
pictures-balance-caption = Speaking time by stakeholder group over the whole event, as shares of the { $minutes } minutes heard.
# Over each group's bar: "NGO 9 % · 12.5 min".
pictures-balance-bar = { $group } { $percent } % · { $minutes } min
pictures-balance-silent = Not heard: { $groups }

# `convene export -o -`: the Markdown goes to standard output and has no folder beside it
# for its pictures.
pictures-not-written = { $n ->
    [one] the draft's picture was not written: standard output has no folder beside it for an SVG file, so the Markdown gives its caption instead. Export to a file (-o FILE, or no -o) to have it.
   *[other] the draft's { $n } pictures were not written: standard output has no folder beside it for SVG files, so the Markdown gives their captions instead. Export to a file (-o FILE, or no -o) to have them.
}
