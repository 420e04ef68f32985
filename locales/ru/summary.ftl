## Итоги дня (`D`, и сами собой, когда день закончился)

summary-title = День { $day } · { $date } — итоги
summary-more = ↓ дальше
summary-minutes = { $n } мин
summary-hours = { $h } ч { $n } мин
summary-keys = ↑↓ прокрутка · ←→ другой день · Esc закрыть

## Как прошёл день, в строке под заголовком.
summary-late = опоздание { $time }
summary-early = раньше плана на { $time }
summary-on-time = по плану
summary-state-not-started = Ещё не начался
summary-state-ended = Закончился: { $drift }
summary-state-ended-plain = Закончился
summary-state-running = Идёт, пока { $drift }
summary-state-running-plain = Идёт
summary-state-under-way = Между пунктами, пока { $drift }
summary-state-under-way-plain = Между пунктами

## Ход дня: строка на пункт, план и как прошло.
summary-timeline = Ход дня: план и как прошло
summary-row-over = +{ $n } мин
summary-row-early = −{ $n } мин
summary-row-on-time = по плану
summary-row-skipped = пропущен
summary-row-running = идёт
summary-row-running-over = идёт, +{ $n } мин
summary-legend-planned = план
summary-legend-ran = как прошло
summary-legend-both = совпало
summary-legend-over = сверх времени
summary-legend-running = идёт сейчас

## Сдвиг от плана по ходу дня.
summary-drift-title = Сдвиг от плана по ходу дня
summary-drift = Сдвиг: { $drift } в { $time }
summary-drift-most = больше всего: { $drift } после «{ $title }»
summary-drift-none = Ни один пункт ещё не закончился: сдвига пока нет.
summary-drift-x = время дня
summary-drift-y = минут опоздания (−: раньше)

## Баланс выступлений за день.
summary-balance-title = Баланс выступлений за день
summary-nobody-heard = В этот день никто не выступал.
summary-not-heard = В этот день не выступали: { $groups }

## Записанные пункты по видам.
summary-kinds-title = Записано пунктов: { $n }
summary-kinds-none = В этот день ничего не записано.

## Что ещё открыто.
summary-open-title = Ещё открыто
summary-nothing-open = Ничего не осталось открытым.
summary-contested = Спорных: { $n }
summary-unchecked = Ещё не проверено источником (докладчиком, докладчиком группы): { $n }
