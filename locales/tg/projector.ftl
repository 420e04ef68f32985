# Проектор ба забони тоҷикӣ: қисман. Он чи дар ин ҷо нест, ба забони русӣ нишон дода мешавад.
# The stage words come all from one language (Russian until all of them are checked in
# Tajik), so an item never switches language as it runs.

starting-soon = Ба наздикӣ оғоз мешавад
event-finished = Чорабинӣ ба охир расид · ташаккур

# Тавсияҳо, вақте ки баранда онҳоро ба толор нишон медиҳад.
recs-heading = Тавсияҳо
