# The annexes of the draft report that the agenda's report block chooses: the annotated agenda.
