# The annexes of the draft report (which ones, and in which order, the agenda's report block says).
annex-agenda = Приложение 1. Программа: по плану и фактически
annex-col-day = День
annex-col-item = Пункт
annex-col-planned = По плану
annex-col-actual = Фактически
annex-col-over = Отклонение, мин
annex-skipped = пропущен
annex-not-run = не проводился
annex-running = (идёт)
annex-speaking = Приложение 2. Время выступлений по группам участников
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
