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
group-as-source = { $group } (группа)

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

# Простой экран (--plain) для программ чтения с экрана, на языке ведущего: по одному
# сведению в строке, каждая строка всегда на своём месте.
plain-time-left = Осталось: { $time }
plain-time-over = Сверх времени: { $time }
plain-time-none = Осталось: пункт не идёт
plain-stage = Этап: { $stage }
plain-stage-paused = Этап: { $stage }, пауза
plain-stage-waiting = Этап: ещё не начали
plain-stage-day-over = Этап: день { $day } завершён
plain-stage-finished = Этап: мероприятие завершено
plain-item = Пункт: { $title }
plain-item-none = Пункт: нет
plain-next = Далее: { $time } { $title }
plain-next-day = Далее: день { $day }, { $date }, в { $time }: { $title }
plain-next-none = Далее: больше ничего
# «01:12 из 03:00»: время выступающего и его регламент.
plain-of = из
plain-speaker = Выступает: { $who }, { $time }
plain-speaker-none = Выступает: никто
plain-reporting = Докладывает: { $group }, { $time }
plain-message = Сообщение: { $text }
plain-message-none = Сообщение: нет
# Последнее изменение; строка держится до следующего.
plain-changed = { $time } Этап сменился: { $stage }
plain-started = { $time } Начался пункт: { $title }
plain-paused = { $time } Пауза
plain-resumed = { $time } Продолжили
plain-ended = { $time } Завершён пункт: { $title }
plain-finished = { $time } Мероприятие завершено
plain-now = Сейчас: { $time }, день { $day } из { $days }
plain-now-projector = Сейчас: { $time }, день { $day } из { $days }, экран проектора
plain-keys = Клавиши: { $keys }

# Рекомендации, пока ведущий показывает их залу.
recs-heading = Рекомендации
recs-none = Рекомендаций пока нет
recs-time-left = осталось
recs-time-over = сверх времени
recs-more-above = { $n ->
    [one] выше ещё { $n } рекомендация
    [few] выше ещё { $n } рекомендации
   *[many] выше ещё { $n } рекомендаций
}
recs-more-below = { $n ->
    [one] ниже ещё { $n } рекомендация
    [few] ниже ещё { $n } рекомендации
   *[many] ниже ещё { $n } рекомендаций
}

# Баланс выступлений по пункту, если ведущий показывает его залу (B в виде для проектора).
heard-on-item = Выступали по пункту: { $shares }
