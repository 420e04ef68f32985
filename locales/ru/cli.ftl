# Командная строка: вывод команд, ошибки и комментарии файла настроек.

## Как начинается каждое сообщение.

cli-error = convene: ошибка: { $text }
cli-warning = convene: предупреждение: { $text }
cli-note = convene: примечание: { $text }
cli-language-unknown = convene говорит на языках ru, en и tg (таджикский — частично), а не «{ $text }»
cli-no-home = нет домашней папки, где хранить сессии; укажите --data-dir ПАПКА (или задайте CONVENE_DATA_DIR)
cli-no-data-dir = эта команда не хранит сессий, поэтому --data-dir ей не нужен; он нужен командам run, timer, follow, sessions, verify, finish, minutes и export (после имени команды)

## Сообщения clap — разбора командной строки.

cli-usage-unknown-argument = неизвестный параметр «{ $arg }»
cli-usage-unknown-command = неизвестная команда «{ $command }»
cli-usage-value-missing = для «{ $arg }» нужно значение, а оно не указано
cli-usage-invalid-value = «{ $value }» — недопустимое значение для «{ $arg }» (допустимы: { $valid })
cli-usage-value-wrong = «{ $value }» — недопустимое значение для «{ $arg }»: { $reason }
cli-usage-missing = не указаны обязательные аргументы: { $args }
cli-usage-conflict = «{ $arg }» нельзя указывать вместе с «{ $prior }»
cli-usage-no-equals = значение для «{ $arg }» указывается через знак =
cli-usage-values = неверное число значений для «{ $arg }»
cli-usage-not-utf8 = в аргументах есть текст не в кодировке UTF-8
cli-usage-suggested = подсказка: есть похожий — «{ $suggested }»
cli-usage-more = Подробнее — «--help».

## convene check

cli-check-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
}
cli-check-items = { $n ->
    [one] { $n } пункт
    [few] { $n } пункта
   *[many] { $n } пунктов
}
cli-check-participants = { $n ->
    [one] { $n } участник
    [few] { $n } участника
   *[many] { $n } участников
}
cli-check-min = мин
cli-check-day = День { $n } — { $date }
cli-check-day-hours = (начало в { $start }, зал закрывается в { $hard })
cli-check-day-start = (начало в { $start })
cli-check-free = (свободно до закреплённого начала)
cli-check-fixed = [время закреплено]
cli-check-total = Итого по пунктам { $total }; конец в { $end }
cli-check-past-hard-end = на { $over } позже закрытия зала в { $hard }
cli-check-at-hard-end = ровно к закрытию зала
cli-check-before-hard-end = за { $spare } до закрытия зала в { $hard }
cli-check-ok = Программа в порядке, предупреждений нет.
cli-check-warnings = Предупреждения ({ $n }):
cli-check-warning = предупреждение: { $text }
cli-check-ok-with-warnings = Программа в порядке; предупреждений: { $n }.
cli-date-with-weekday = { $weekday }, { $date }
cli-weekday-1 = понедельник
cli-weekday-2 = вторник
cli-weekday-3 = среда
cli-weekday-4 = четверг
cli-weekday-5 = пятница
cli-weekday-6 = суббота
cli-weekday-7 = воскресенье
cli-kind-opening = открытие
cli-kind-presentation = доклад
cli-kind-panel = панель
cli-kind-discussion = обсуждение
cli-kind-working_groups = рабочие группы
cli-kind-report_back = отчёты групп
cli-kind-break = перерыв
cli-kind-closing = закрытие
cli-kind-other = другое

## Новые файлы программы: convene new и convene import.

cli-agenda-as-json = запись программы в JSON
cli-agenda-too-large = программа заняла бы { $size } МБ, а convene читает программы не больше { $max } МБ; ничего не записано. Тот ли это файл? Программа на неделю занимает гораздо меньше 1 МБ
cli-agenda-does-not-load = собранная программа не читается ({ $error }); ничего не записано
cli-file-exists = { $file } уже существует и оставлен как есть; выберите другое имя файла (или сначала переместите этот файл)
cli-writing-stdout = вывод в стандартный поток
cli-schema-other = { $file } — не схема программы этой версии convene, файл оставлен как есть; редакторы могут проверять программу по нему. Чтобы обновить: convene schema agenda > { $file }
cli-schema-not-written = схема для редакторов не записана ({ $error }); программа работает и без неё
cli-schema-unreadable = не удаётся прочитать { $file } ({ $error }); файл оставлен как есть, программа работает и без него
cli-no-system-zone = convene не знает названия часового пояса этого ноутбука (TZ или /etc/localtime); берётся UTC. Укажите --time-zone с городом или поясом места проведения, например --time-zone Dushanbe
cli-next = Дальше: { $todo }, затем
cli-next-check = расписание по плану или что не так
cli-next-run = таймер ведущего, экран проектора и заметки
cli-title-empty = --title пуст; укажите название мероприятия, например --title "Круглый стол о работе полиции с населением"
cli-wrote-schema = Рядом записан { $file }, чтобы редакторы проверяли программу при наборе.
cli-new-ask-file = Файл для записи
cli-new-file-exists = { $file } уже существует; укажите другое имя
cli-new-ask-title = Название мероприятия
cli-new-default-title = Круглый стол
cli-new-ask-zone = Часовой пояс места проведения (город или название вроде Asia/Dushanbe)
cli-new-ask-date = Первый день (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)
cli-new-ask-days = Сколько дней
cli-new-days-wrong = «{ $text }» — не число дней от 1 до 14
cli-new-ask-chatham = По правилу Чатем-хауса (имён в публичном отчёте не будет)? д/н
cli-new-no = н
cli-new-yes-no = «{ $text }»: ответьте «д» или «н»
cli-new-cancelled = нет ответа на вопрос «{ $question }» (ввод закончился): отменено, ничего не записано
cli-new-wrote = Записан { $file }: «{ $title }», { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} с { $date }, { $zone }.
cli-new-todo = отредактируйте пункты, участников и время (пояснения "$comment" объясняют каждую часть)
cli-import-output-exists = { $file } уже существует и оставлен как есть; ничего не записано. Выберите другой файл: -o ФАЙЛ (или сначала переместите этот файл)
cli-import-lines = { $n ->
    [one] { $n } строку файла { $file } не удалось прочитать; ничего не записано. Исправьте её и запустите импорт снова:
    [few] { $n } строки файла { $file } не удалось прочитать; ничего не записано. Исправьте их и запустите импорт снова:
   *[many] { $n } строк файла { $file } не удалось прочитать; ничего не записано. Исправьте их и запустите импорт снова:
}
cli-import-refused = { $file }: { $error }; ничего не записано
cli-import-guessed-short = вид пунктов угадан по названию: { $n }
cli-import-guessed = Вид { $n ->
    [one] { $n } пункта угадан по его названию
   *[other] { $n } пунктов угадан по их названиям
}: проверьте виды командой convene check.
cli-import-note = Примечание: { $note }.
cli-import-wrote = Записан { $file }: { $summary }.
cli-import-summary = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}, { $items ->
    [one] { $items } пункт
    [few] { $items } пункта
   *[many] { $items } пунктов
}, { $speakers ->
    [one] { $speakers } докладчик
    [few] { $speakers } докладчика
   *[many] { $speakers } докладчиков
}; прочитан как { $format }
cli-import-todo = добавьте роли, организации и вопросы для обсуждения, где они нужны
cli-import-default-title = Импортированная программа
cli-import-today = сегодняшняя дата
cli-import-no-file = { $file }: нет такого файла; проверьте путь
cli-import-unreadable = { $file }: не удаётся прочитать ({ $error })
cli-import-not-a-file = { $file } — не обычный файл (папка, канал или устройство); укажите сам файл CSV или текстовый файл
cli-import-too-large = { $file } больше { $max } МБ; тот ли это файл? Программа занимает несколько килобайт
cli-import-cannot-open = не удаётся открыть { $file }
cli-import-cannot-read = не удаётся прочитать { $file }

## convene timer

cli-timer-hint = укажите продолжительность, например 10m, 1h30m, 15 мин или 90 (минут), или время на часах, например 14:00
cli-timer-unreadable = «{ $text }» не читается ни как продолжительность, ни как время; { $hint }
cli-timer-at-least-a-minute = таймер ставится хотя бы на 1 минуту
cli-timer-whole-minutes = таймер считает целые минуты, а «{ $text }» — не целое число минут; укажите, например, { $up } мин
cli-timer-too-long = { $minutes } мин — это больше суток; таймер ставится не больше чем на 24 часа
cli-timer-at-most-a-day = таймер ставится не больше чем на 24 часа
cli-timer-cannot-place = { $at } не удаётся поставить на сегодня в поясе { $zone }: { $error }
cli-timer-passed = { $at } уже прошло (сейчас { $now }, пояс { $zone }); укажите более позднее время или продолжительность, например 10 мин или 1ч
cli-timer-default-title = Таймер

## convene finish

cli-finish-venue-time = { $time } ({ $date }, по времени { $zone })
cli-finish-at-missing = --at { $at }: такого времени в тот день нет ({ $error })
cli-finish-at-too-early = --at { $at } — раньше последнего записанного изменения сессии ({ $last }): мероприятие не может закончиться раньше того, что уже записано. Укажите время не раньше этого или уберите --at, чтобы завершить сейчас. Ничего не изменено
cli-finish-at-too-late = --at { $at } — позже, чем сейчас ({ $now }). Уберите --at, чтобы завершить сейчас. Ничего не изменено
cli-finish-already = Мероприятие «{ $title }» уже было завершено в { $at }; ничего не изменено. Заметки открыты для просмотра и выгрузки: convene export { $session }
cli-finish-locked = Ничего не изменено. Завершите сессию на том экране ведения (X) или закройте там convene и снова выполните `convene finish { $session }`.
cli-finish-repaired = сессию пришлось восстановить: отброшено записей — { $n }; повреждённые файлы сохранены в { $folder }/ (см. `convene verify { $session }`)
cli-finish-not-finished = Сессия не завершена; выполните команду снова, когда диск будет в порядке.
cli-finish-snapshot = minutes.json не обновлён ({ $error }); ничего не потеряно, в журнале есть всё
cli-finish-stopped = Текущий пункт «{ $item }» остановлен в { $at }.
cli-finish-done = Мероприятие «{ $title }» завершено в { $at }; заметки открыты для просмотра и выгрузки: convene export { $session }

## convene sessions, verify и minutes

cli-sessions-none = В { $dir } пока нет сессий. Сессия записывается, когда запускают программу.
cli-sessions-column-session = СЕССИЯ
cli-sessions-column-started = НАЧАТ
cli-sessions-column-last-change = ИЗМЕНЁН
cli-sessions-column-entries = ЗАМЕТОК
cli-sessions-column-state = СОСТОЯНИЕ
cli-sessions-column-agenda = ПРОГРАММА
cli-sessions-finished = завершена
cli-sessions-open = открыта
cli-sessions-finished-verify = завершена, нужна проверка
cli-sessions-open-verify = открыта, нужна проверка
cli-sessions-unreadable = не читается
cli-sessions-cannot-read = (не удаётся прочитать: { $error })
cli-sessions-data-folder = папка данных
cli-sessions-sessions-folder = папка сессий
cli-sessions-folder-is-file = { $what } { $dir } — это файл, а не папка, поэтому сессии там не найти и не сохранить. Ничего не изменено. Укажите --data-dir ПАПКА (или задайте CONVENE_DATA_DIR), чтобы взять другую папку, или уберите этот файл
cli-sessions-folder-unreadable = не удаётся прочитать { $what } { $dir }: { $error }. Ничего не изменено. Разрешите своему пользователю доступ к ней (chmod u+rwx) или укажите --data-dir ПАПКА (или задайте CONVENE_DATA_DIR), чтобы взять другую папку
cli-verify-session = сессия: { $dir }
cli-verify-agenda = программа: { $title }
cli-verify-state = состояние: записей учтено — { $records }, заметок — { $entries } (удалено — { $deleted }), пропущено событий — { $ignored } (из воспроизведённых)
cli-verify-check-failed = проверка не выполнилась: { $error }
cli-verify-disagrees = minutes.json РАСХОДИТСЯ с журналами ({ $place }). Основа — журналы: переместите minutes.json в { $folder }/, и при следующем запуске он будет собран из них заново
cli-verify-ok = проверка: всё в порядке, ничего не потеряно
cli-verify-problems = проверка: НАЙДЕНЫ ПРОБЛЕМЫ. При открытии сессии для записи повреждённые файлы будут отложены в { $folder }/, а все целые записи сохранятся
cli-minutes-needs-attention = сессия требует внимания (выполните `convene verify { $session }`); записано то, что удалось прочитать
cli-minutes-encoding = кодирование протокола

## convene export

cli-export-needs-attention = сессия требует внимания (выполните `convene verify { $session }`); выгружено то, что удалось прочитать
cli-export-refused = выгрузка отклонена: { $error }
cli-export-binary = файл Word — двоичный, а стандартный вывод — терминал; перенаправьте его (`-o - > report.docx`) или укажите файл через -o

## convene groups

cli-groups-no-participants = { $file }: в программе нет участников, из которых можно составить группы; добавьте их в "participants"
cli-groups-count = нельзя составить { $count ->
    [one] { $count } группу
    [few] { $count } группы
   *[many] { $count } групп
} из { $n ->
    [one] { $n } участника
   *[other] { $n } участников
}; выберите число от 1 до { $n }
cli-groups-heading = { $title }: рабочих групп — { $groups }, участников — { $n } (зерно { $seed }; с --seed { $seed } получатся те же группы)
cli-groups-other = другие
cli-groups-rapporteur = докладчик группы

## convene man

cli-man-writing-main = запись страницы руководства
cli-man-writing = запись страницы руководства
cli-man-cannot-create = не удаётся создать папку { $dir }; проверьте, можно ли туда писать
cli-man-kept = записано страниц — { $written }; уже были в { $dir } и оставлены как есть — { $kept } (добавьте --force, чтобы заменить их): { $pages }
cli-man-written = Страницы руководства записаны в { $dir } (открыть: `man -l { $dir }/convene.1`)

## Файл настроек: что сказать, если с ним что-то не так, и комментарии файла, который создаётся, когда его нет.

cli-settings-broken = { $file } повреждён ({ $error }); пока он не исправлен, действуют настройки по умолчанию
cli-settings-unreadable = не удаётся прочитать { $file } ({ $error }); действуют настройки по умолчанию
cli-settings-room-language-unknown = room_language = "{ $code }" в настройках — не тот язык, на котором говорит convene (en, ru, tg); проектор показывает программу на её языке
cli-settings-language-unknown = language = "{ $code }" в настройках — не тот язык, на котором говорит convene (en, ru, tg); берётся язык системы
cli-settings-head = Настройки convene. Удалите строку, чтобы вернуть значение по умолчанию.
cli-settings-bell = Звуковой сигнал терминала, когда обратный отсчёт переходит к следующему этапу.
cli-settings-color = Цвета на экране (переменная окружения NO_COLOR тоже их отключает).
cli-settings-wrap-up-percent = Этап «пора завершать» начинается, когда от пункта остаётся такая доля (в процентах)…
cli-settings-wrap-up-min = …но не позже, чем за столько минут до конца.
cli-settings-final = Последний этап — последние столько минут.
cli-settings-room-language = Язык проектора ("ru", "tg", "en"); по умолчанию — первый язык программы.
cli-settings-language =
    Язык экранов convene, справки, сообщений и командной строки ("ru", "en", "tg");
    по умолчанию — язык системы (LC_ALL, LC_MESSAGES, LANG), иначе английский.
cli-settings-projector-languages =
    Языки, которые проектор показывает рядом, например русский и таджикский;
    по умолчанию один — язык зала (или "projector_languages" из программы).
cli-settings-plain =
    Для программ чтения с экрана: простые строки на постоянных местах, без рамок и крупных цифр,
    смена этапа объявляется строкой текста (то же, что --plain).
cli-settings-high-contrast =
    Чёрно-белый экран, жирный и инверсный текст вместо цветов — для блёклых проекторов
    и слабого зрения (то же, что --high-contrast).

## Ошибки и предупреждения программы: почему файл не читается и что в нём стоит проверить.

agenda-help = подсказка: { $help }
agenda-missing = нет такого файла
agenda-missing-help = проверьте путь и имя файла (`convene new ФАЙЛ` создаёт заготовку программы)
agenda-permission-denied = нет доступа
agenda-permission-denied-help = разрешите своему пользователю читать файл (chmod u+r) или скопируйте его туда, где он будет доступен
agenda-unreadable = не удаётся прочитать файл: { $error }
agenda-unreadable-help = проверьте, доступен ли диск или сетевая папка с этим файлом
agenda-folder = это папка, а не файл программы
agenda-folder-help = укажите файл .json, например agendas/dushanbe-roundtable-2009.json
agenda-not-regular = это { $what }, а не файл программы; convene читает программы только из обычных файлов
agenda-special-fifo = именованный канал (FIFO)
agenda-special-device = устройство
agenda-special-socket = сокет
agenda-special-other = особый файл
agenda-not-regular-help = укажите сам файл .json (если программу выдаёт другая программа, сначала сохраните её в файл), например agendas/dushanbe-roundtable-2009.json
agenda-too-large = размер файла — { $size } МБ, а программа занимает не больше { $max } МБ
agenda-too-large-help = тот ли это файл? Программа на неделю даже с объёмными кейсами занимает гораздо меньше 1 МБ
agenda-empty = файл пуст
agenda-empty-help = создайте заготовку программы командой `convene new ФАЙЛ` или возьмите за основу образец из agendas/
agenda-not-utf8 = файл не в кодировке UTF-8 (здесь байт { $byte })
agenda-not-utf8-help = сохраните файл в UTF-8 (в большинстве редакторов: «Сохранить как», кодировка UTF-8); частая причина с русским текстом — кодировка Windows-1251
agenda-json-syntax = ошибка синтаксиса JSON: { $detail }
agenda-json-help-trailing-comma = уберите запятую после последнего элемента списка или объекта
agenda-json-help-eof = файл заканчивается раньше, чем JSON: не хватает закрывающей {"}"} или ]
agenda-json-help-key = имена полей пишутся в двойных кавычках: "title": ...
agenda-json-help-value = в JSON нет комментариев, а текст берётся в двойные кавычки ("..."), не в одинарные
agenda-json-help-comma = между двумя элементами не хватает запятой, или не закрыта кавычка
agenda-json-help-trailing-characters = после конца объекта программы есть ещё текст
agenda-json-help-control = перенос строки внутри текста пишется как \n
agenda-json-help-other = проверьте синтаксис JSON в этом месте
agenda-json-eof-list = файл оборвался посреди списка
agenda-json-eof-object = файл оборвался посреди объекта
agenda-json-eof-string = файл оборвался посреди строки
agenda-json-eof-value = файл оборвался там, где ожидалось значение
agenda-json-expected-colon = ожидалось `:`
agenda-json-expected-list-comma = ожидалось `,` или `]`
agenda-json-expected-object-comma = ожидалось `,` или `{"}"}`
agenda-json-expected-ident = ожидалось true, false или null
agenda-json-expected-value = ожидалось значение
agenda-json-expected-quote = ожидалась `"`
agenda-json-invalid-escape = неверное экранирование после \
agenda-json-invalid-number = неверное число
agenda-json-number-range = число вне допустимого диапазона
agenda-json-invalid-unicode = неверный код символа Юникода
agenda-json-control = управляющий символ (\u0000-\u001F) внутри строки
agenda-json-key = имя поля должно быть строкой
agenda-json-surrogate = одиночный суррогатный код в \u
agenda-json-trailing-comma = лишняя запятая
agenda-json-trailing-characters = лишний текст в конце
agenda-json-hex-end = код \u оборвался
agenda-json-recursion = слишком глубокая вложенность
agenda-unknown-field = неизвестное поле «{ $name }»
agenda-unknown-field-guess = неизвестное поле «{ $name }»; может быть, «{ $guess }»?
agenda-unknown-value = неизвестное значение «{ $name }»
agenda-unknown-value-guess = неизвестное значение «{ $name }»; может быть, «{ $guess }»?
agenda-unknown-help-remove = удалите его
agenda-unknown-help-allowed = здесь допустимы: { $names }
agenda-list-empty = список пуст
agenda-list-empty-items-help = в дне должен быть хотя бы один пункт; удалите этот день или добавьте его пункты
agenda-list-empty-days-help = в программе должен быть хотя бы один день
agenda-list-empty-help = добавьте хотя бы один элемент
agenda-missing-field = нет поля «{ $field }»
agenda-missing-field-help = добавьте в этот объект "{ $field }": ... (см. docs/agenda-format.md)
agenda-duplicate-field = поле «{ $field }» указано дважды
agenda-invalid-type = неверный тип: { $found }, а нужно { $expected }
agenda-invalid-value = неверное значение: { $found }, а нужно { $expected }
agenda-found-string = строка { $value }
agenda-found-integer = целое число { $value }
agenda-found-float = дробное число { $value }
agenda-found-boolean = логическое значение { $value }
agenda-found-character = символ { $value }
agenda-found-null = null
agenda-found-list = список
agenda-found-object = объект
agenda-expected-object = объект ({ $name })
agenda-expected-object-any = объект
agenda-expected-string = строка
agenda-expected-boolean = true или false
agenda-expected-list = список
agenda-expected-whole = целое неотрицательное число
agenda-expected-integer = целое число
agenda-expected-number = число
agenda-expected-minutes = целое число минут, например 30
agenda-expected-note = примечание: строка текста или список строк
agenda-expected-person = идентификатор из списка участников, например "mia-1", или {"{"}"role": "..."{"}"} для того, кого в списке нет

agenda-time-shape = «{ $text }» — не время суток: пишите ЧЧ:ММ в 24-часовом формате, например «09:30» или «14:00»
agenda-time-hours = «{ $text }» — не время суток: часы — от 00 до 23
agenda-time-minutes = «{ $text }» — не время суток: минуты — от 00 до 59
agenda-date-shape = «{ $text }» — не дата: пишите ГГГГ-ММ-ДД, например «2009-04-28»
agenda-date-month = «{ $text }» — не дата: месяца { $month } не бывает
agenda-date-days = «{ $text }» — не дата: в этом месяце { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
agenda-zone-unknown = неизвестный часовой пояс «{ $text }»: укажите название IANA, например «Asia/Dushanbe» или «Europe/Vienna»
agenda-zone-unknown-guess = неизвестный часовой пояс «{ $text }»: может быть, «{ $zone }»? Укажите название IANA, например «Asia/Dushanbe» или «Europe/Vienna»
agenda-duration-below-one = продолжительность — не меньше 1 минуты, а здесь { $value }
agenda-duration-too-long = { $value } мин — это больше суток: разделите пункт или проверьте число
agenda-duration-not-whole = продолжительность — целое число минут, а здесь { $value }

agenda-span-minutes = { $m } мин
agenda-span-hours = { $h } ч
agenda-span-hours-minutes = { $h } ч { $m } мин

agenda-place-participants = участники
agenda-place-day = день { $day } ({ $date })
agenda-place-item = день { $day }, пункт «{ $id }»
agenda-place-group = день { $day }, пункт «{ $id }», группа «{ $name }»
agenda-warn-participant-twice = идентификатор участника «{ $id }» встречается дважды
agenda-warn-same-date = у другого дня та же дата
agenda-warn-day-before = этот день идёт раньше дня, указанного над ним
agenda-warn-past-hard-end = день заканчивается в { $end }, а зал закрывается в { $hard }: это на { $over } дольше; сократите пункты на это время
agenda-warn-item-id-twice = идентификатор пункта встречается дважды; во всех днях они должны быть разными
agenda-warn-fixed-start-missed = начать в { $fixed }, как назначено, не получится: пункты перед этим заканчиваются на { $missed } позже
agenda-warn-speaker-not-in = докладчика «{ $id }» нет среди участников; добавьте его или напишите {"{"}"role": "{ $id }"{"}"} для того, кого нет в списке
agenda-warn-rapporteur-not-in = докладчика группы «{ $id }» нет среди участников; добавьте его или напишите {"{"}"role": "{ $id }"{"}"} для того, кого нет в списке
agenda-warn-groups-but-kind = есть рабочие группы, но вид пункта — «{ $kind }», а не «working_groups»
agenda-warn-group-same-name = у двух групп этого пункта одинаковое название
agenda-warn-member-not-in = участника «{ $id }» нет в списке участников
agenda-warn-member-twice = участник «{ $id }» входит в несколько групп
agenda-warn-holds-characters = содержит { $list }; convene убирает их со всех экранов, из записей и отчётов
agenda-char-escape = символ ESC: убирается вместе со своей управляющей последовательностью
agenda-char-introducer = начало управляющей последовательности: убирается вместе с ней
agenda-char-null = нулевой символ: убирается
agenda-char-bell = звуковой сигнал: убирается
agenda-char-backspace = возврат на шаг: убирается
agenda-char-vertical-tab = вертикальная табуляция: становится переносом строки
agenda-char-form-feed = прогон страницы: становится переносом строки
agenda-char-separator = разделитель строк или абзацев: становится переносом строки
agenda-char-bidi = управление направлением текста: убирается
agenda-char-zero-width = символ нулевой ширины: убирается
agenda-char-not-a-character = не символ: убирается
agenda-char-control = управляющий символ: убирается

## convene import: строки CSV или текстового списка, которые не удалось прочитать.

agenda-import-column = столбец { $n } («{ $header }»)
agenda-import-hint-column = укажите продолжительность в столбце { $column }, например 30
agenda-import-hint-no-column = добавьте столбец продолжительности («минут» или «duration») и укажите длительность этого пункта, например 30
agenda-import-hint-list = укажите продолжительность в конце строки, например «(30)»
agenda-import-no-length = «{ $text }» — не продолжительность: пункт длится хотя бы 1 минуту
agenda-import-too-long = «{ $text }» — больше суток: разделите пункт или проверьте число
agenda-import-date = { $error } (даты пишутся ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)
agenda-import-time-am-pm = «{ $text }» — не время суток: с AM или PM часы — от 1 до 12
agenda-import-time-seconds = «{ $text }» — время с секундами: convene планирует в целых минутах, например «09:30»
agenda-import-time-shape = «{ $text }» — не время суток: пишите ЧЧ:ММ, например «09:30»
agenda-import-not-csv = не читается как CSV ({ $error }): сохраните файл из таблицы заново
agenda-import-no-title-cell = нет названия: впишите название пункта в { $column }
agenda-import-start-not-time = «{ $text }» — не время суток: пишите начало как ЧЧ:ММ, например «09:30» (или промежуток: «09:00-09:30»)
agenda-import-end-without-start = заканчивается в { $end }, но начала нет: укажите и начало
agenda-import-end-not-time = «{ $text }» — не время суток: пишите окончание как ЧЧ:ММ, например «10:15»
agenda-import-not-length = «{ $text }» — не продолжительность: пишите целое число минут, например 30 (или «1:30» — полтора часа)
agenda-import-not-kind = «{ $text }» — не вид пункта: напишите один из видов { $names } (или русское название, например «доклад» или «перерыв») либо оставьте ячейку пустой — вид угадается по названию
agenda-import-both-give = в столбцах { $first } («{ $first_header }») и { $second } («{ $second_header }») указано одно и то же — { $field }: переименуйте или удалите один из них
agenda-import-no-title-column = нет столбца с названием: в первой строке должны быть названия столбцов, и один из них — «название» (или «тема», «пункт», «title», «item», «topic», «session»); сейчас там { $found }
agenda-import-no-time-column = нет столбца начала или продолжительности: назовите один столбец «начало» или «время» («start», «time»), либо «продолжительность» или «мин» («duration», «minutes»), либо оба
agenda-import-empty-day = в этом дне нет пунктов: добавьте их в строках ниже или удалите эту строку
agenda-import-overlap = начинается в { $start }, а пункт выше заканчивается в { $end }: они накладываются; исправьте это начало или продолжительность пункта выше
agenda-import-overlap-line = начинается в { $start }, а пункт выше (строка { $line }) заканчивается в { $end }: они накладываются; исправьте это начало или продолжительность пункта выше
agenda-import-end-not-after-start = заканчивается в { $end }, не позже своего начала в { $start }: исправьте одно из двух времён
agenda-import-times-disagree = по времени начала и окончания выходит { $spanned } мин, а продолжительность указана { $given }: исправьте одно из двух (или уберите продолжительность)
agenda-import-last-no-length = у последнего пункта дня нет продолжительности: { $hint }
agenda-import-no-length-no-next-start = нет продолжительности, а у следующего пункта нет начала, по которому можно было бы её вычислить: { $hint } или укажите начало следующего пункта
agenda-import-no-length-next-before = нет продолжительности, а следующий пункт начинается в { $next }, не позже начала этого в { $start }: { $hint }
agenda-import-date-line-goes-on = строка, которая начинается с даты, открывает новый день, а в этой после даты есть ещё текст («{ $rest }»): оставьте дату на отдельной строке, а пункт перенесите на следующую
agenda-import-no-title-in-list = нет названия: напишите пункт после времени, например «09:00 Открытие (30)»
agenda-import-field-day = день или дату
agenda-import-field-start = начало
agenda-import-field-end = окончание
agenda-import-field-duration = продолжительность
agenda-import-field-title = название
agenda-import-field-kind = вид пункта
agenda-import-field-speakers = докладчиков
agenda-import-field-section = раздел
agenda-import-field-description = описание
agenda-import-note-unread = { $column } не читается
agenda-import-format-semicolons = CSV (точка с запятой)
agenda-import-format-tabs = CSV (табуляция)
agenda-import-format-commas = CSV (запятые)
agenda-import-format-list = текстовый список
agenda-import-advice-csv = в Excel сохраните его заново как «CSV UTF-8 (разделитель — запятая)»; в LibreOffice при сохранении в CSV выберите кодировку «Юникод (UTF-8)»
agenda-import-advice-text = сохраните его заново как текст в UTF-8 (в Word: «Обычный текст», кодировка «Юникод (UTF-8)»; в Блокноте: кодировка UTF-8)
agenda-import-not-utf8 = файл не в кодировке UTF-8 (начиная со строки { $line }; возможно, это Windows-1251 или другая старая кодировка): { $advice }
agenda-import-utf16 = файл в кодировке UTF-16 («Текст Юникод» из Excel): { $advice }
agenda-import-empty-csv = в файле нет пунктов программы: после строки заголовков пишите по пункту в строке
agenda-import-empty-text = в файле нет пунктов программы: пишите по пункту в строке, например «09:00 Открытие (30)»
agenda-import-workbook = это книга или документ (zip-файл: .xlsx, .ods, .docx), а не текст: откройте его и сохраните как CSV (в Excel: «CSV UTF-8 (разделитель — запятая)»; в LibreOffice: «Текст CSV», кодировка «Юникод (UTF-8)»), затем импортируйте файл .csv
agenda-import-lines = не удалось прочитать { $n ->
    [one] { $n } строку
    [few] { $n } строки
   *[many] { $n } строк
}

## Справка --help: описания команд и параметров (английская справка — из комментариев в коде).

cli-about-convene = Проведение семинара или круглого стола с ноутбука: сказанное превращается в черновик протокола.
cli-long-about-convene =
    Проведение семинара или круглого стола с ноутбука: сказанное превращается в черновик протокола.

    Начните с `convene new my-event.json` (заготовка программы для правки) и `convene run my-event.json`: таймер ведущего, экран проектора и заметки докладчика; или `convene timer 10m "Кофе-брейк"` — обратный отсчёт без программы. `convene check ПРОГРАММА` показывает расписание программы по плану или точно говорит, что не так с файлом; `convene export СЕССИЯ` записывает первый черновик отчёта.
cli-about-help = Показать эту справку или справку по указанным командам
cli-arg-help = Показать справку (подробнее — --help)
cli-arg-help-long = Показать справку (кратко — -h)
cli-arg-version = Показать версию
cli-arg-follow-help = Показать справку
cli-arg-sessions-help = Показать справку
cli-arg-minutes-help = Показать справку
cli-arg-data_dir = Где хранятся сессии (по умолчанию — папка данных пользователя, например ~/.local/share/convene).
cli-arg-room_language = Язык проектора: ru, tg или en (по умолчанию — настройка room_language, иначе первый язык программы, на котором говорит convene, иначе английский).
cli-arg-plain = Для программ чтения с экрана: простые строки на постоянных местах, без рамок и крупных цифр, смена этапа объявляется строкой текста (то же, что настройка plain).
cli-arg-high_contrast = Чёрно-белый экран, жирный и инверсный текст вместо цветов (то же, что настройка high_contrast).
cli-arg-session = Папка сессии (её имя, любая однозначная часть имени или путь); см. `convene sessions`.

cli-about-new = Записать заготовку программы для правки: мероприятие, список участников, дни с пунктами каждого вида, рабочие группы и их отчёты.
cli-long-about-new =
    Записать заготовку программы для правки: мероприятие, список участников, дни с пунктами каждого вида, рабочие группы и их отчёты.

    Спрашивает название, первый день, число дней, часовой пояс и правило Чатем-хауса, если они не заданы параметрами (и стандартный ввод — терминал; иначе берутся значения по умолчанию). Рядом с программой записывает её JSON-схему, чтобы редакторы проверяли и дополняли файл при наборе, и проверяет программу так же, как `convene check`. Никогда не записывает поверх существующего файла.
cli-arg-new-file = Файл для записи (по умолчанию — название мероприятия как имя файла, например kruglyy-stol.json; `-` — стандартный вывод).
cli-arg-new-title = Название мероприятия.
cli-arg-new-date = Первый день, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (по умолчанию — сегодня).
cli-arg-new-days = Сколько дней длится мероприятие (по умолчанию 1).
cli-arg-time_zone = Часовой пояс места проведения: название IANA (Asia/Dushanbe) или город (Dushanbe). По умолчанию — пояс этого ноутбука.
cli-arg-new-chatham_house = Мероприятие проходит по правилу Чатем-хауса: в публичном отчёте никто не называется.
cli-arg-new-no_chatham_house = Мероприятие проходит не по правилу Чатем-хауса (по умолчанию; без вопроса).
cli-arg-new-yes = Ничего не спрашивать: что не задано, берётся по умолчанию.

cli-about-import = Превратить уже готовую программу (CSV из Excel или LibreOffice либо текстовый список вроде «09:00 Открытие (30)») в файл программы.
cli-long-about-import =
    Превратить уже готовую программу (CSV из Excel или LibreOffice либо текстовый список вроде «09:00 Открытие (30)») в файл программы.

    Столбцы CSV находятся по заголовкам, русским или английским: начало или продолжительность (или оба), название, вид, докладчики (и по желанию день или дата, раздел и описание); разделитель — запятая или точка с запятой, кодировка UTF-8 с BOM или без. О каждой строке, которую не удалось прочитать, сообщается с её номером, и тогда ничего не записывается. Никогда не записывает поверх существующего файла.
cli-arg-import-file = Программа для импорта: CSV, сохранённый из Excel или LibreOffice (.csv, .tsv), или текстовый список, по пункту в строке («09:00 Открытие (30)»). Файл без расширения .csv, первая строка которого называет столбцы, тоже читается как CSV.
cli-arg-import-title = Название мероприятия (по умолчанию — имя файла, например «Круглый стол 2009» для круглый-стол-2009.csv).
cli-arg-import-date = Первый день, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (по умолчанию — сегодня). Даты из файла важнее; день без даты — следующий за предыдущим.
cli-arg-import-chatham_house = Мероприятие проходит по правилу Чатем-хауса: в публичном отчёте никто не называется.
cli-arg-import-output = Файл программы для записи (по умолчанию — ФАЙЛ с расширением .json вместо своего; `-` — стандартный вывод). Существующий файл никогда не перезаписывается.

cli-about-timer = Обратный отсчёт без программы: `convene timer 10m "Кофе-брейк"`, `convene timer 14:00`.
cli-long-about-timer =
    Обратный отсчёт без программы: `convene timer 10m "Кофе-брейк"`, `convene timer 14:00`.

    Экран ведения и экран проектора для одного пункта — с обычными этапами, клавишами и строкой сообщения; записывается как небольшая сессия, как любая другая (переживает сбой, `convene run --resume` продолжает её, `convene sessions` её показывает). Отсчёт начинается сразу.
cli-arg-timer-duration = Сколько (10m, 1h30m, 15 мин, 90 — в минутах) или до какого времени (14:00, сегодня, в часовом поясе этого ноутбука).
cli-arg-timer-title = Что зал видит над отсчётом, например «Кофе-брейк».
cli-arg-timer-time_zone = Часовой пояс места проведения (название IANA или город, например Asia/Dushanbe), если не пояс этого ноутбука.

cli-about-completions = Вывести скрипт дополнения команд convene для оболочки.
cli-long-about-completions =
    Вывести скрипт дополнения команд convene для оболочки.

    bash: `convene completions bash > ~/.local/share/bash-completion/completions/convene`; zsh: `convene completions zsh > ~/.zfunc/_convene` (с ~/.zfunc в fpath); fish: `convene completions fish > ~/.config/fish/completions/convene.fish`; PowerShell: `convene completions powershell >> $PROFILE`.

cli-about-man = Вывести страницу руководства convene (roff) или записать по странице на каждую команду в папку.
cli-long-about-man =
    Вывести страницу руководства convene (roff) или записать по странице на каждую команду в папку.

    Прочитать: `convene man | man -l -`; установить: `convene man --dir ~/.local/share/man/man1`.
cli-arg-man-dir = Записать convene.1 и по странице на команду (convene-run.1, …) в ПАПКУ.
cli-arg-man-force = С --dir: заменить уже имеющиеся страницы.

cli-about-check = Проверить файл программы и показать расписание по плану.
cli-long-about-check =
    Проверить файл программы и показать расписание по плану.

    Для каждого дня показывает плановые начало и конец каждого пункта, его продолжительность, вид и название, затем итог дня и время окончания. Предупреждает (не считая это ошибкой) о днях, которые выходят за время закрытия зала, о закреплённых началах, которые не выдержать, о докладчиках и членах групп, которых нет среди участников, и о повторяющихся идентификаторах. Код выхода 0, если программа в порядке, 1 — если нет.
cli-arg-check-agenda = Файл программы (JSON), например agendas/dushanbe-roundtable-2009.json

cli-about-run = Провести мероприятие по программе: таймер ведущего и экран проектора.
cli-long-about-run =
    Провести мероприятие по программе: таймер ведущего и экран проектора.

    Открывает новую сессию по ПРОГРАММЕ или предлагает продолжить незавершённую (и просмотреть последнюю, если она завершена). Без ПРОГРАММЫ позволяет выбрать среди незавершённых сессий, завершённых (для просмотра и выгрузки) и программ в ./agendas. Каждое изменение сохраняется сразу; выйти можно в любой момент клавишей q, а при новом запуске работа продолжится. Все клавиши — по ? в программе.
cli-arg-run-agenda = Файл программы (JSON), например agendas/dushanbe-roundtable-2009.json
cli-arg-run-resume = Сразу продолжить эту сессию (имя папки или его однозначная часть; см. `convene sessions`), без выбора.
cli-arg-run-join = Вести эту сессию ещё с одного ноутбука, со своим журналом рядом с остальными: папка сессии, пришедшая через синхронизацию, или окно второго докладчика на этом ноутбуке. Заметки со всех ноутбуков видны на каждом.

cli-about-follow = Следить за идущей сессией в окне только для чтения: по умолчанию экран проектора, обновляется сразу после каждого изменения (на этом ноутбуке или пришедшего с другого через синхронизацию). Не берёт блокировку и ничего не записывает: запускайте рядом с `convene run`, на втором экране.
cli-arg-follow-session = Сессия: имя её папки, любая однозначная часть имени или путь.
cli-arg-follow-operator = Полный экран ведения (только чтение) вместо экрана проектора.

cli-about-groups = Составить рабочие группы из участников программы и показать, кто в какой группе.
cli-long-about-groups =
    Составить рабочие группы из участников программы и показать, кто в какой группе.

    Каждый участник попадает ровно в одну группу, размеры групп различаются не больше чем на одного человека, а каждая категория участников (правоохранительные органы, НКО, …) распределяется как можно равномернее. Одно и то же --seed всегда даёт одни и те же группы.
cli-arg-groups-agenda = Файл программы (JSON), участники которого распределяются по группам.
cli-arg-groups-count = Сколько групп.
cli-arg-groups-seed = Делает распределение воспроизводимым; без него зерно выбирается случайно и выводится.

cli-about-schema = Вывести JSON-схему формата файла — для редакторов и других программ.
cli-long-about-schema =
    Вывести JSON-схему формата файла — для редакторов и других программ.

    Схема программы также лежит в репозитории как agendas/agenda.schema.json; файлы программы ссылаются на неё в "$schema", чтобы редакторы проверяли и дополняли их при наборе.

cli-about-sessions = Показать записанные сессии: программа, начало, последнее изменение, число заметок, открыта или завершена.

cli-about-verify = Проверить файлы сессии, ничего не меняя, и сказать, что было бы потеряно.
cli-long-about-verify =
    Проверить файлы сессии, ничего не меняя, и сказать, что было бы потеряно.

    Выполняет восстановление только на чтение и показывает, сколько записей в порядке, сколько отброшено, обрезан ли конец журнала и какие файлы отложены. Код выхода 0, если ничего не потеряно и не повреждено, иначе 1.
cli-arg-verify-session = Папка сессии (имя, его однозначная часть или путь); см. `convene sessions`.

cli-about-export = Записать первый черновик отчёта по заметкам сессии.
cli-long-about-export =
    Записать первый черновик отчёта по заметкам сессии.

    Черновик следует структуре отчёта о круглом столе: предыстория, подход, материалы, по каждой части — доклады, обсуждения и результаты рабочих групп, общие выводы, списки рекомендаций и дальнейших шагов, ссылки в сносках и приложения с фактической программой и временем выступлений. Без -o файл записывается в папку сессии, никогда поверх прежней выгрузки. Когда пленарное заседание приняло решения по рекомендациям, в перечнях остаются принятые, а приложение показывает, как зал поддержал каждую. --review-pack вместо черновика записывает пункты, которые должен проверить каждый докладчик и каждый докладчик рабочей группы.
cli-arg-export-session = Папка сессии (имя, его однозначная часть или путь); см. `convene sessions`.
cli-arg-export-profile = internal сохраняет авторство; public следует правилу Чатем-хауса (нигде ни имён, ни организаций).
cli-arg-export-output = Записать в этот файл (`-` — стандартный вывод, для конвейера или перенаправления).
cli-arg-export-force = Заменить ФАЙЛ, если он существует.
cli-arg-export-redact = Для public: заменять найденные в заметках имена участников на «[участник]», а не отказывать с перечнем мест, где они встречаются.
cli-arg-export-lang = Язык заголовков и постоянных фраз отчёта: en, ru или tg (по умолчанию — первый язык программы, на котором говорит convene, иначе английский).

cli-about-finish = Завершить мероприятие сессии: часы останавливаются окончательно, заметки остаются открытыми.
cli-long-about-finish =
    Завершить мероприятие сессии: часы останавливаются окончательно, заметки остаются открытыми.

    Записывает окончание мероприятия, как X на экране ведения, для сессии, из которой вышли, не завершив её. Пункт, идущий по часам, заканчивается в момент завершения. После этого `convene sessions` показывает её завершённой, а `convene export` и `convene run --resume` по-прежнему открывают её для просмотра и выгрузки. Отказывает, ничего не меняя, пока сессия открыта в запущенном convene (завершите её там клавишей X). Уже завершённая сессия остаётся как есть. Код выхода 0, если сессия завершена (сейчас или раньше), иначе 1.
cli-arg-finish-session = Папка сессии (имя, его однозначная часть или путь); см. `convene sessions`.
cli-arg-finish-at = Когда мероприятие закончилось, если не сейчас (ведущий забыл его завершить): время в часовом поясе места проведения, в день последнего записанного изменения сессии, не раньше этого изменения и не позже текущего момента.

cli-about-minutes = Записать JSON с заметками сессии (формат описан в `convene schema minutes`).
cli-arg-minutes-session = Папка сессии (имя, его однозначная часть или путь); см. `convene sessions`.
cli-arg-minutes-output = Записать в этот файл, а не в стандартный вывод (`-` — тоже стандартный вывод).
cli-arg-minutes-force = Заменить ФАЙЛ, если он существует.
cli-help-usage = Использование:
cli-help-commands = Команды
cli-help-command = КОМАНДА
cli-help-arguments = Аргументы
cli-help-options = Параметры
cli-value-export-format-markdown = Черновик отчёта в Markdown (без потерь переводится через pandoc)
cli-value-export-format-docx = Черновик отчёта как документ Word, с настоящими сносками
cli-value-export-format-json = Структура черновика в JSON (с версией формата) — для других программ
cli-value-export-profile-internal = Для организаторов: авторство с именами, ролями и организациями
cli-value-export-profile-public = Для публикации: только роли и категории участников, без имён и организаций
cli-value-schema-format-agenda = Файлы программы (agendas/*.json)
cli-value-schema-format-minutes = JSON с заметками сессии (`convene minutes`, minutes.json)

## convene export --review-pack
cli-export-no-review-pack = ни у одного докладчика и ни у одной рабочей группы с докладчиком нет пунктов в этой сессии; пакет для проверки не записан
cli-arg-export-with_noted = Когда пленарное заседание приняло решения: перечислить после принятых рекомендаций и те, что приняты к сведению («Рекомендации, принятые пленарным заседанием к сведению»).
cli-arg-export-attribution = Как пункты называют своих авторов, поверх блока `report` программы: СТИЛЬ (`after` — после пункта, `lead-in` — перед ним, `footnote` — в сноске, `none` — никак) для всех частей или ЧАСТЬ=СТИЛЬ для одной из `presentations`, `discussions`, `working-groups`, `conclusions`, `recommendations`. Можно повторять.
cli-arg-export-allow_placeholders = Публичный профиль: записать проект, даже если в нём ещё есть «[текст ещё не написан]» (пункты программы, по которым ничего не записано).
cli-arg-export-review_pack = Вместо черновика записать в папку сессии пакет для проверки: для каждого докладчика и каждого докладчика рабочей группы, у которых есть пункты, файл Markdown и файл Word с этими пунктами, у каждого свой номер (#1a2b3c4d), — чтобы одобрить или исправить.
