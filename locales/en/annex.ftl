# The annexes of the draft report (which ones, and in which order, the agenda's report block says).
annex-agenda = Annex 1: Agenda as planned and as run
annex-col-day = Day
annex-col-item = Item
annex-col-planned = Planned
annex-col-actual = Actual
annex-col-over = Over (min)
annex-skipped = skipped
annex-not-run = not run
annex-running = (running)
annex-speaking = Annex 2: Speaking time by stakeholder group
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
