## Баланс выступлений на экране ведущего (`B`) и итоги дня (`D`)

balance-title = Баланс выступлений
balance-item = Этот пункт: { $title }
balance-item-last = Последний пункт: { $title }
balance-day = День { $day } на сейчас
balance-heard = выступали { $time }
balance-share = { $group } { $percent } %
balance-not-recorded = не указано
balance-speaking-now = ◀ говорит
balance-not-heard = Ещё не выступали: { $groups }
balance-nobody-yet = По этому пункту ещё никто не выступал.
balance-nobody-today = Сегодня ещё никто не выступал.
msg-summary-not-on-projector = Итоги дня показываются только на экране ведущего: нажмите v, чтобы выйти из вида для проектора, затем D
