# Слова самого проекта отчёта (заголовки, постоянные фразы) на языке отчёта.

report-background = Справочная информация
report-approach = Подход
report-materials = Материалы
report-materials-intro = Участникам были предоставлены следующие материалы:
report-further-points = Прочие вопросы
report-presentations = Выступления
report-discussions = Обсуждение
report-working-groups = Рабочие группы
report-group-conclusions = Выводы группы:
report-group-recommendations = Рекомендации группы:
report-group-follow-up = Возможные последующие мероприятия, предложенные группой:
report-conclusions = Общие выводы
report-recommendations-participants = Рекомендации участников
report-recommendations-presenters = Рекомендации или потребности, выявленные докладчиками
report-follow-up = Возможные последующие мероприятия
report-contested = Некоторые пункты ниже вызвали возражения в зале: проверьте их до выпуска отчёта.
report-reference = Источник: { $text }
report-organised-by = Организаторы: { $organisers }.
report-draft-note = Черновик, подготовленный convene по протоколу заседания (профиль: { $profile }). Перед рассылкой проверьте каждый пункт.
report-profile-internal = внутренний
report-profile-public = публичный
report-note-to-drafter = Примечание для составителя:
report-not-for-attribution = без указания авторства
report-redacted-participant = [участник]
report-redacted-institution = [учреждение]

report-flag-contested = оспаривается: проверьте перед публикацией
report-flag-consensus = общее согласие
report-and = и

# «28 апреля 2009 г.»: месяц в родительном падеже.
month-of-1 = января
month-of-2 = февраля
month-of-3 = марта
month-of-4 = апреля
month-of-5 = мая
month-of-6 = июня
month-of-7 = июля
month-of-8 = августа
month-of-9 = сентября
month-of-10 = октября
month-of-11 = ноября
month-of-12 = декабря
date-long = { $day } { $month } { $year } г.

# После решения пленарного заседания (задача 16): принятые рекомендации, принятые к сведению
# (по --with-noted), приложение о поддержке и примечания для составителя.
report-recommendations-noted = Рекомендации, принятые пленарным заседанием к сведению
report-undecided = { $n ->
    [one] { $n } рекомендация ещё не получила решения пленарного заседания и не включена в перечни ниже.
    [few] { $n } рекомендации ещё не получили решения пленарного заседания и не включены в перечни ниже.
   *[many] { $n } рекомендаций ещё не получили решения пленарного заседания и не включены в перечни ниже.
}
report-flag-unchecked = источник ещё не проверил

# Пакет для проверки (convene export --review-pack): по файлу на каждого докладчика и
# докладчика рабочей группы, с приписанными им пунктами — одобрить или исправить.
review-front-note = Для проверки источником приведённых ниже пунктов; подготовлено convene по протоколу заседания. Не для распространения.
review-for = Пункты для проверки: { $who }
review-for-group = Пункты для проверки: { $group } (докладчик группы: { $who })
review-intro = В черновике отчёта о мероприятии приведённые ниже пункты приписаны вам — так, как они были записаны во время мероприятия. Прочитайте, пожалуйста, каждый и отметьте, верно ли он изложен.
review-intro-group = В черновике отчёта о мероприятии приведённые ниже пункты приписаны группе «{ $group }» — так, как они были записаны во время её отчёта; вы были её докладчиком. Прочитайте, пожалуйста, каждый и отметьте, верно ли он изложен.
review-how = Под каждым пунктом отметьте «одобрено без изменений» или отметьте «исправлено» и впишите исправленный текст на строке. Над каждым пунктом стоит его номер (например, { $example }): укажите его в ответе.
review-return = Верните, пожалуйста, этот документ тому, кто вам его прислал.
review-return-to = Верните, пожалуйста, этот документ организаторам, которые готовят отчёт: { $organisers }.
review-when = { $date }, { $time }
review-check-line = ☐ одобрено без изменений   ☐ исправлено: ……………………………………………………………………
review-already-checked = ✓ Уже проверено ({ $who }, { $date }): ничего делать не нужно, если всё верно.

# Issue 17: who made a point, said before it (the lead-in attribution style); what the
# drafter still writes; an agenda item's lead paragraph; questions under their own lead.
# Russian verbs would need the speaker's gender and number: the lead-in names the source
# and a colon, which reads for one person or a group alike.
report-lead-in-presented = { $who }:
report-lead-in-recommended = { $who } (рекомендация):
report-lead-in-proposed = { $who } (предложение):
report-lead-in-asked = { $who } (вопрос):
report-lead-in-concluded = { $who }:
report-lead-in-said = { $who }:
report-to-be-written = [текст ещё не написан]
report-item-speakers = Выступающие: { $speakers }.
report-item-groups = Рабочие группы: { $groups }.
report-questions = Заданные вопросы:
report-presenter = { $presenter }:
report-quote = «{ $text }»
