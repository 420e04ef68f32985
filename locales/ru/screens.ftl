# Экраны ведущего и докладчика: основной экран, заметки, записи, группы, выбор пунктов.

## Заголовок, строка над записью во весь экран, слишком маленький терминал.
screen-header-day = День { $day } из { $days }
screen-header-day-over = День { $day } из { $days } завершён
screen-finished-at = ■ Завершено в { $time }
screen-too-small = Терминал слишком мал: { $size }, здесь нужно не меньше { $needed }. Увеличьте окно или уменьшите шрифт.

## Часы: этап словами после значка; «25:00 осталось», «+02:10 сверх плана»; «01:12 из 03:00».
screen-stage-on-time = ПО ПЛАНУ
screen-stage-wrap-up = ПОРА ЗАВЕРШАТЬ
screen-stage-last-minute = ПОСЛЕДНЯЯ МИНУТА
screen-stage-last-minutes = ПОСЛЕДНИЕ МИНУТЫ
screen-stage-last-call = ПОСЛЕДНИЕ СЕКУНДЫ
screen-stage-overtime = ВРЕМЯ ВЫШЛО
screen-clock-left = осталось
screen-clock-over = сверх плана
# Между временем и пределом; две буквы, как в английском (цифры остаются на своих местах).
screen-clock-of = из
screen-running = идёт
screen-paused = ПАУЗА

## Виды пунктов программы.
screen-item-kind-opening = открытие
screen-item-kind-presentation = доклад
screen-item-kind-panel = панель
screen-item-kind-discussion = обсуждение
screen-item-kind-working-groups = рабочие группы
screen-item-kind-report-back = доклады групп
screen-item-kind-break = перерыв
screen-item-kind-closing = закрытие
screen-item-kind-other = другое

## Время и даты.
screen-minutes = { $minutes } мин
screen-minutes-left-of = осталось { $left } из { $minutes } мин
# «ср, 29 апреля, 09:00»
screen-date-time = { $date }, { $time }
# «ср, 29 апреля 2009 г.»
screen-date-with-year = { $date } { $year } г.
screen-day = День { $day }
screen-planned = по плану { $time }

## Панель «Сейчас».
screen-now = Сейчас
screen-item-type = Тип пункта: { $kind }
screen-speakers = Выступают: { $who }
screen-started-ends = Начало { $start } · конец { $end } (по плану { $planned })
screen-started-ends-set = Начало { $start } · конец в { $end } (задано)
screen-reporting = Докладывает:
screen-next-group = g — следующая группа
screen-floor = У микрофона:
screen-queue = Очередь
screen-queue-closed = список закрыт
screen-queue-first-time-first = сначала новые ораторы
screen-queue-nobody = никто не ждёт
screen-no-item-running = Ни один пункт не идёт
screen-space-starts-selected = Space — начать выбранный пункт: { $title } ({ $minutes } мин)
screen-selected-on-day = это пункт дня { $day }: Space сначала спросит
screen-drift-on-time = по плану
screen-drift-behind = отстаём на { $n } мин
screen-drift-ahead = опережаем на { $n } мин
screen-drift-behind-hours = отстаём на { $h } ч { $n } мин
screen-drift-ahead-hours = опережаем на { $h } ч { $n } мин
screen-day-ends = День: { $drift } · конец в { $ends }
screen-day-absorbed = День: { $drift } до «{ $title }» · конец в { $ends }, если сократить «{ $title }» на { $minutes } мин
screen-day-absorbed-short = День: { $drift } до «{ $title }» · конец в { $ends }
screen-room-closes = зал до { $time }
screen-next = Далее
screen-next-day = n завершает день { $day } · день { $next } начнётся { $when }: { $title }
screen-fixed-start-missed = ⚠ «{ $title }» (фикс. { $fixed }) не начнётся вовремя: всё, что перед ним, закончится в { $ends } — { $remedy }
screen-remedy-accept = a — принять новый план
screen-remedy-not-enough = нового плана (a) не хватит: пропустите (s) или сократите (-) пункт перед ним
screen-remedy-skip-or-shorten = пропустите (s) или сократите (-) пункт перед ним
screen-replan = Чтобы уложиться в план, сократить: { $cuts } — a принимает
screen-replan-nothing = Чтобы уложиться в план: сокращать больше нечего
screen-replan-still-over = и всё равно сверх плана на { $minutes } мин
screen-message = Сообщение:
screen-day-is-over = День { $day } завершён
screen-day-ended = конец в { $time }
# После клавиши: «Space — начать день 2: …».
screen-starts-day = — начать день { $day }: { $title }
screen-space-starts-selected-item = Space — начать выбранный пункт: { $title }
screen-last-item-done = Это был последний пункт: X завершает мероприятие
screen-notes-stay-open = Заметки остаются открытыми: r — просмотр, R — сведение рекомендаций, e и E — проекты отчёта
screen-tally-run = { $n ->
    [one] Проведён { $n } пункт
    [few] Проведено { $n } пункта
   *[many] Проведено { $n } пунктов
}
screen-tally-skipped = пропущено { $n }
screen-tally-not-run = не проведено { $n }
screen-tally-notes = { $n ->
    [one] { $n } заметка
    [few] { $n } заметки
   *[many] { $n } заметок
}

## Программа дня.
screen-agenda = Программа
screen-list-day = День { $day } · { $date }
screen-list-day-over = день { $day } завершён
screen-list-day-on-clock = идёт день { $day }
# Заголовки столбцов: начало по плану, время, пункт.
screen-list-plan = план
screen-list-actual = факт/прогноз
screen-list-item = пункт
screen-list-proposed = ?: предложено, a — принять
screen-list-skipped = пропущен
screen-list-not-run = не проведён
screen-list-fixed = фикс.
screen-list-cannot-start = не начнётся вовремя
screen-list-late = опоздание

## Заметки.
screen-capture = Заметки
screen-capture-latest = Последние заметки
screen-capture-editing = Правка записи
screen-capture-nothing-yet = По этому пункту пока ничего не записано.
screen-capture-press-c = c — записать заметку.
screen-capture-by = автор: { $who }
screen-capture-by-why = автор: { $who }, { $why }
screen-capture-has-floor = у микрофона
screen-capture-presenting = докладчик
screen-capture-not-for-attribution = не для ссылки
screen-capture-on-the-record = с указанием автора
screen-capture-names-someone = названо имя участника: публичный проект его не пропустит

## Рабочие группы.
screen-groups = Рабочие группы
screen-groups-none = Групп пока нет: G сформирует их из участников (например, 3 42).
screen-groups-rapporteur = докладчик: { $who }
screen-groups-reporting = докладывает
screen-groups-reported = доклад сделан
screen-groups-case-study = Кейс
screen-groups-prompts = Вопросы (залу показано { $shown } из { $total }; w — следующий)
screen-groups-prompt = { $n }. { $prompt }

## Просмотр записей.
screen-review-entries = Записи
screen-review-empty = Здесь записей нет. Tab — вся сессия; c — новая заметка.
screen-review-search = поиск «{ $query }»
screen-review-whole-session = вся сессия
screen-review-consensus = консенсус
screen-review-contested = СПОРНО
screen-review-deleted = удалено: d — вернуть
screen-review-conflict = правка на двух ноутбуках: проверьте
screen-review-between-items = Между пунктами (ни один не шёл)

## Выбор пункта, куда перенести запись.
screen-pick-title = Перенести запись в …
screen-pick-filter = Название:
screen-pick-keys = ↑ ↓ выбор · Enter — перенести · Esc — отмена
screen-pick-no-match = Совпадений нет: Backspace расширит поиск

## Вопросы и поля ввода в строке состояния; другие ноутбуки.
screen-confirm-yes-no = y — да · n — нет
screen-prompt-message = Сообщение для зала (пусто — убрать):
screen-prompt-ends-at = Закончить текущий пункт в (ЧЧ:ММ):
screen-prompt-search = Искать во всех записях:
screen-prompt-attribute = Автор (@id, @группа или роль):
screen-prompt-queue-add = В список выступающих (@id, @группа или роль):
screen-prompt-queue-remove = Убрать из списка, номер:
screen-prompt-queue-move = Переставить в списке, откуда и куда (напр. 3 1):
screen-prompt-groups = Группы: число и зерно (3 42), @id и группа (@mia-1 B) или same:
screen-prompt-slot = Минут на доклад каждой группы (напр. 5; - — поровну):
screen-following = НАБЛЮДЕНИЕ, только чтение
screen-devices-writers = пишут:
screen-devices-others = другие ноутбуки:
screen-devices-none = пока нет
screen-device-clock = { $name } (таймер)
screen-device-stale = { $name }: нет вестей { $n } мин
screen-device-just-now = { $name } только что
screen-device-ago = { $name } { $n } мин назад

## Выбор сессии (`convene run`).
screen-launch-heading = Выберите сессию — продолжить или просмотреть — или программу, чтобы начать.
screen-launch-keys = ↑/↓ выбор · Enter — открыть · q — выход
screen-launch-entries = { $n ->
    [one] { $n } запись
    [few] { $n } записи
   *[many] { $n } записей
}
screen-launch-unfinished = «{ $title }» — начата { $started }, изменена { $changed }, { $entries }  [{ $name }]
screen-launch-resume = Продолжить { $session }
screen-launch-follow = Следить, только чтение (для проектора): { $session }
screen-launch-review = Просмотр (завершена { $finished }): «{ $title }» — начата { $started }, { $entries }  [{ $name }]
screen-launch-review-agenda = Просмотр завершённой сессии — начата { $started }, завершена { $finished }, { $entries }  [{ $name }]
screen-launch-new = Новая сессия: { $title }  [{ $path }]
screen-launch-new-of = Начать новую сессию по { $path }
screen-launch-last-finished = Последняя сессия по этой программе завершена ({ $finished }). Начать новую или просмотреть завершённую?
screen-launch-one-unfinished = По этой программе есть незавершённая сессия. Продолжить её или начать новую?
screen-launch-many-unfinished = { $n ->
    [one] По этой программе { $n } незавершённая сессия. Продолжить одну из них или начать новую?
    [few] По этой программе { $n } незавершённые сессии. Продолжить одну из них или начать новую?
   *[many] По этой программе { $n } незавершённых сессий. Продолжить одну из них или начать новую?
}
screen-launch-nothing = В { $dir } нет программ и пока нет сессий: запустите `{ $run } ПРОГРАММА.json`
screen-launch-hidden = { $n ->
    [one] Ещё { $n } старая сессия не показана: `{ $sessions }` — все сессии, `{ $resume } СЕССИЯ` — открыть
    [few] Ещё { $n } старые сессии не показаны: `{ $sessions }` — все сессии, `{ $resume } СЕССИЯ` — открыть
   *[many] Ещё { $n } старых сессий не показано: `{ $sessions }` — все сессии, `{ $resume } СЕССИЯ` — открыть
}
screen-launch-invalid = ошибка: { $why }
screen-review-position = { $n } из { $of }
screen-prompt-hands = Голосование руками: за против воздержались (напр. 14 2 3; пусто — стереть):
screen-prompt-dots = Сколько точек (напр. 7; пусто — стереть):
screen-prompt-checked-by = Кем проверено (@id или роль):

## Сведение рекомендаций: список, как его видит ведущий.
screen-recs-title = Рекомендации
screen-recs-all = все
screen-recs-marked = отмечено: { $n }
screen-recs-empty = Рекомендаций пока нет. Сюда попадает заметка, записанная как рекомендация (r: или rp:) или дальнейший шаг (f:), и заметка, вид которой изменён в просмотре записей (r, затем t).
screen-recs-none-here = С этим фильтром здесь ничего нет: f, i и g меняют его.
screen-recs-on-projector = на проекторе
screen-recs-checked = проверено: { $who }
screen-review-checked = проверено: { $who }
screen-capture-combining = Объединение рекомендаций ({ $n }): новая формулировка
screen-capture-rewording = Новая формулировка рекомендации
screen-capture-splitting = Разделение рекомендации: вторая — с новой строки
screen-review-combined-into = объединено в { $id } «{ $text }»
screen-capture-esc-then-c = Esc, затем c — записать заметку.
