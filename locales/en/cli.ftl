# The command line: output, errors, and the settings file's comments.
