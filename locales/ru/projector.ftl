# Проектор: экран для зала, на языке зала.

stage-on-time = ПО ПЛАНУ
stage-wrap-up = ПОРА ЗАВЕРШАТЬ
stage-last-minute = ПОСЛЕДНЯЯ МИНУТА
stage-last-minutes = ПОСЛЕДНИЕ МИНУТЫ
stage-last-call = ЗАКАНЧИВАЙТЕ
stage-overtime = ВРЕМЯ ВЫШЛО
paused = ПАУЗА

speaking = Выступает: { $who }
reporting-now = Докладывает: { $group }
question = В{ $n }: { $prompt }
next-at = Далее в { $time }: { $title }
day-starts-on = День { $day } начнётся { $date } в { $time }: { $title }
day-starts-date-at = День { $day } начнётся { $date } в { $time }
starting-soon = Скоро начинаем
day-over = День { $day } завершён · спасибо
first-item = Первым пунктом: { $title }
day-starts-at = День { $day } начнётся в { $time }
see-you-tomorrow = До встречи завтра в { $time }
event-finished = Мероприятие завершено · спасибо
finished-at = Завершено в { $time }

a-participant = участник
an-expert = эксперт
group-representative = представитель ({ $group })
group-representatives = представители ({ $group })

# «чт 3 дек»
date-short = { $weekday } { $day } { $month }
weekday-1 = пн
weekday-2 = вт
weekday-3 = ср
weekday-4 = чт
weekday-5 = пт
weekday-6 = сб
weekday-7 = вс
month-1 = янв
month-2 = фев
month-3 = мар
month-4 = апр
month-5 = мая
month-6 = июн
month-7 = июл
month-8 = авг
month-9 = сен
month-10 = окт
month-11 = ноя
month-12 = дек

minutes = { $n ->
    [one] { $n } минута
    [few] { $n } минуты
   *[many] { $n } минут
}
