# The annexes of the draft report (which ones, and in which order, the agenda's report block says).
# The annotated agenda: the agenda as planned, day by day, from the agenda alone.
annex-annotated = Приложение { $n }. Аннотированная программа
annex-annotated-day = День { $day } · { $date }
annex-annotated-groups = Рабочие группы: { $groups }
annex-annotated-speakers = Выступающие: { $speakers }
# The agenda as planned and as run.
annex-agenda = Приложение { $n }. Программа: по плану и фактически
annex-col-day = День
annex-col-item = Пункт
annex-col-planned = По плану
annex-col-actual = Фактически
annex-col-over = Отклонение, мин
annex-skipped = пропущен
annex-not-run = не проводился
annex-running = (идёт)
annex-speaking = Приложение { $n }. Время выступлений по группам участников
annex-col-group = Группа участников
annex-col-turns = Выступлений
annex-col-minutes = Время, мин
annex-col-share = Доля
annex-not-recorded = не указана
annex-by-speaker = По выступающим (для внутреннего пользования)
annex-col-speaker = Выступающий
annex-support = Приложение { $n }. Поддержка рекомендаций
annex-col-list = Перечень
annex-col-number = №
annex-col-recommendation = Рекомендация
annex-col-decision = Решение
annex-col-support = Поддержка
annex-decision-adopted = принято
annex-decision-noted = принято к сведению
annex-decision-rejected = отклонено
annex-support-consensus-adopted = принято консенсусом
annex-support-consensus = консенсус
annex-support-no-consensus = нет консенсуса: оспаривается
annex-support-hands = за — { $yes }, против — { $against }, воздержались — { $abstaining }
annex-support-dots = { $dots ->
    [one] { $dots } точка
    [few] { $dots } точки
   *[many] { $dots } точек
}
# Warnings of `convene check` about the agenda's report block, beside the annexes it lists.
agenda-warn-annex-twice = приложение «{ $annex }» указано дважды; в отчёте оно будет одно, там, где указано впервые
agenda-warn-qualifier-repeats-heading = начинается с заголовка «{ $heading }», который отчёт пишет сам: укажите только слова после него (например, «Бюро ОБСЕ»)
