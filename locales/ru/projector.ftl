# Проектор: экран для зала, на языке зала.

stage-on-time = ПО ПЛАНУ
stage-wrap-up = ПОРА ЗАВЕРШАТЬ
stage-last-minute = ПОСЛЕДНЯЯ МИНУТА
stage-last-minutes = ПОСЛЕДНИЕ МИНУТЫ
stage-last-call = ПОСЛЕДНИЕ СЕКУНДЫ
stage-overtime = ВРЕМЯ ВЫШЛО
paused = ПАУЗА

speaking = У микрофона: { $who }
reporting-now = Докладывает: { $group }
question = Вопрос { $n }: { $prompt }
next-at = Далее в { $time }: { $title }
day-starts-on = День { $day } начнётся { $date } в { $time }: { $title }
day-starts-date-at = День { $day } начнётся { $date } в { $time }
starting-soon = Скоро начинаем
day-over = День { $day } завершён · спасибо
first-item = Первый пункт: { $title }
day-starts-at = День { $day } начнётся в { $time }
see-you-tomorrow = До встречи завтра в { $time }
event-finished = Мероприятие завершено · спасибо
finished-at = Завершено в { $time }

a-participant = участник
an-expert = эксперт
group-representative = представитель группы «{ $group }»
group-representatives = представители группы «{ $group }»

# «чт, 3 декабря»
date-short = { $weekday }, { $day } { $month }
weekday-1 = пн
weekday-2 = вт
weekday-3 = ср
weekday-4 = чт
weekday-5 = пт
weekday-6 = сб
weekday-7 = вс
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

minutes = { $n ->
    [one] { $n } минута
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
}
