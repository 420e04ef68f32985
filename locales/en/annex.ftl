# The annexes of the draft report (which ones, and in which order, the agenda's report block says).
# The annotated agenda: the agenda as planned, day by day, from the agenda alone.
annex-annotated = Annex { $n }: Annotated agenda
annex-annotated-day = Day { $day } · { $date }
annex-annotated-groups = Working groups: { $groups }
annex-annotated-speakers = Speakers: { $speakers }
# The agenda as planned and as run.
annex-agenda = Annex { $n }: Agenda as planned and as run
annex-col-day = Day
annex-col-item = Item
annex-col-planned = Planned
annex-col-actual = Actual
annex-col-over = Over (min)
annex-skipped = skipped
annex-not-run = not run
annex-running = (running)
annex-speaking = Annex { $n }: Speaking time by stakeholder group
annex-col-group = Stakeholder group
annex-col-turns = Turns
annex-col-minutes = Minutes
annex-col-share = Share
annex-not-recorded = not recorded
annex-by-speaker = By speaker (internal)
annex-col-speaker = Speaker
annex-support = Annex { $n }: Support for the recommendations
annex-col-list = List
annex-col-number = No.
annex-col-recommendation = Recommendation
annex-col-decision = Decision
annex-col-support = Support
annex-decision-adopted = adopted
annex-decision-noted = noted
annex-decision-rejected = rejected
annex-support-consensus-adopted = adopted by consensus
annex-support-consensus = consensus
annex-support-no-consensus = no consensus: contested
annex-support-hands = { $yes } for, { $against } against, { $abstaining } abstaining
annex-support-dots = { $dots ->
    [one] { $dots } dot
   *[other] { $dots } dots
}
# Warnings of `convene check` about the agenda's report block, beside the annexes it lists.
agenda-warn-annex-twice = the annex "{ $annex }" is listed twice; the report has it once, where it is first listed
agenda-warn-qualifier-repeats-heading = starts with the heading "{ $heading }", which the report writes itself: give only the words that follow it (e.g. "by the OSCE Office")
