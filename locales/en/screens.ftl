# The operator's screens: run screen, capture pane, review list, groups, help, pickers.
