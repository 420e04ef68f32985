## Баланс выступлений на экране ведущего (`B`) и итоги дня (`D`)

balance-title = Баланс выступлений
balance-item = Этот пункт: { $title }
balance-item-last = Последний пункт: { $title }
balance-day = День { $day } на сейчас
balance-day-done = День { $day }
balance-heard = выступали { $time }
balance-share = { $group } { $percent } %
balance-not-recorded = группа не указана
balance-speaking-now = ◀ говорит
balance-not-heard = Ещё не выступали: { $groups }
balance-not-heard-item = Не выступали по пункту: { $groups }
balance-nobody-yet = По этому пункту ещё никто не выступал (Q — добавить выступающего, f — дать слово).
balance-nobody-today = Сегодня ещё никто не выступал.
msg-summary-not-on-projector = Итоги дня открываются только на экране ведущего, никогда — в виде для зала
msg-room-balance-elsewhere = Баланс для зала включается на ноутбуке ведущего (B в его виде для проектора)
balance-minutes = { $m } мин
balance-hours = { $h } ч { $m } мин
balance-under-a-minute = <1 мин
