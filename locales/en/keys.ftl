# The key table: what each key does (help, footer, README), in the operator's language.
