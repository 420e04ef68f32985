# Messages on the operator's status line: what happened, what is wrong and what to do.
