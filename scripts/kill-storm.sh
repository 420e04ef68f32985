#!/usr/bin/env bash
# kill -9 storm (issue 12): run the release binary in tmux, type notes at a person's pace,
# kill -9 convene at random moments (mid-note, and just after a note was saved), resume,
# and at the end count from the minutes: saved notes lost, notes duplicated, and how much
# of the note being typed at each kill did not come back (in seconds of typing).
#
# Usage: scripts/kill-storm.sh [KILLS]         (see docs/kill-storm.md)
#   STORM_KILLS=30      kills (at least 1; the argument wins)
#   STORM_CPS=7         typing pace, characters per second
#   STORM_SEED=N        seed of the random moments (default: random; printed)
#   STORM_BUDGET=2      draft loss allowed per kill, seconds of typing
#   STORM_KEEP=1        keep the temp folder (session, logs, screens) even when all is well
#   CONVENE_BIN=PATH    use this binary instead of `cargo build --release`
# Exit: 0 all within budget, 1 a budget was broken, 2 cannot run (no tmux, no build).

set -uo pipefail

KILLS=${1:-${STORM_KILLS:-30}}
CPS=${STORM_CPS:-7}
SEED=${STORM_SEED:-$((RANDOM * 32768 + RANDOM))}
BUDGET=${STORM_BUDGET:-2}
KEEP=${STORM_KEEP:-0}
HERE=${BASH_SOURCE[0]%/*}
[[ $HERE == "${BASH_SOURCE[0]}" ]] && HERE=.
REPO=$(cd "$HERE/.." && pwd)
AGENDA=$REPO/agendas/dushanbe-roundtable-2009.json

say() { printf 'kill-storm: %s\n' "$*" >&2; }

if ! [[ $KILLS =~ ^[0-9]+$ ]] || ((KILLS < 1)); then
  say "KILLS must be a whole number of at least 1, not '$KILLS'"
  exit 2
fi
if ! command -v tmux >/dev/null 2>&1; then
  say "SKIPPED: tmux is not installed, so the storm cannot drive convene (apt-get install tmux)"
  exit 2
fi
if ((BASH_VERSINFO[0] < 5)); then
  say "needs bash 5 or later (for \$EPOCHREALTIME)"
  exit 2
fi

if [[ -n ${CONVENE_BIN:-} ]]; then
  BIN=$CONVENE_BIN
else
  say "building the release binary (cargo build --release)"
  if ! (cd "$REPO" && cargo build --release --quiet); then
    say "the release build failed"
    exit 2
  fi
  BIN=$REPO/target/release/convene
fi
if [[ ! -x $BIN ]]; then
  say "no binary at $BIN"
  exit 2
fi

RANDOM=$SEED
TMP=$(mktemp -d "${TMPDIR:-/tmp}/convene-storm.XXXXXX")
DATA=$TMP/data
PIDFILE=$TMP/convene.pid
LOG=$TMP/storm.log
SOCK=convene-storm-$$
S=storm
mkdir -p "$DATA" "$TMP/config" "$TMP/screens"
: >"$LOG"
FAILED=1

t() { tmux -L "$SOCK" "$@"; }
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  t kill-server >/dev/null 2>&1
  if ((FAILED == 0 && KEEP != 1)); then
    rm -rf "$TMP"
  else
    say "kept for inspection: $TMP (storm.log, screens/, data/)"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%7.2f %s\n' "$(calc "$(now) - $started")" "$*" >>"$LOG"; }
now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
# Float arithmetic: calc 'EXPR' with awk.
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
started=$(now)
screen() { t capture-pane -p -t "$S"; }
keep_screen() { screen >"$TMP/screens/$1.txt" 2>/dev/null; }

# Waits until the screen matches a grep -E pattern; false after TIMEOUT seconds.
wait_for() {
  local pattern=$1 timeout=${2:-10} deadline
  deadline=$(calc "$(now) + $timeout")
  while :; do
    screen | grep -qE -- "$pattern" && return 0
    [[ $(calc "($(now) > $deadline)") == 1.000 ]] && return 1
    sleep 0.05
  done
}

convene_pid() { cat "$PIDFILE" 2>/dev/null; }

# (Re)starts convene in the pane; answers the launcher's "Resume" with Enter.
start_convene() {
  rm -f "$PIDFILE"
  local cmd
  # shellcheck disable=SC2016 # $$ and "$@" are for the inner sh
  cmd=$(printf '%q ' sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$PIDFILE" \
    env CONVENE_DATA_DIR="$DATA" XDG_CONFIG_HOME="$TMP/config" "$BIN" run "$AGENDA")
  t respawn-pane -k -t "$S" "$cmd"
  if ! wait_for 'Resume|c  capture|Enter  save' 15; then
    keep_screen "start-failed"
    say "convene did not start (screen kept in screens/start-failed.txt)"
    exit 1
  fi
  if screen | grep -q 'Resume'; then
    t send-keys -t "$S" Enter
    wait_for 'c  capture|Enter  save' 10 || { keep_screen "resume-failed"; say "resume failed"; exit 1; }
  fi
  # Capture mode (the restored note opens it); from the run screen, c starts a note.
  if ! screen | grep -q 'Enter  save'; then
    t send-keys -t "$S" c
    wait_for 'Enter  save' 5 || { keep_screen "capture-failed"; say "capture did not open"; exit 1; }
  fi
}

kill_convene() {
  local pid
  pid=$(convene_pid)
  if [[ -z $pid ]] || ! alive "$pid"; then
    keep_screen "no-process"
    say "convene is not running when it should be (screen kept in screens/no-process.txt)"
    exit 1
  fi
  kill -9 "$pid"
  # Gone, or a zombie until tmux reaps it.
  while [[ $(ps -o stat= -p "$pid" 2>/dev/null) == [^Z]* ]]; do sleep 0.02; done
}
alive() { [[ $(ps -o stat= -p "$1" 2>/dev/null) == [^Z]* ]]; }

# The text in the note editor: the line under the capture header ("── kind · … ──").
draft_text() {
  screen | awk '
    found { line = $0; found = 0; got = 1 }
    /── [^ ].* · .*─/ { found = 1 }
    END {
      if (!got) exit
      n = split(line, parts, "││"); text = parts[n]
      sub(/│[[:space:]]*$/, "", text); sub(/[[:space:]]+$/, "", text)
      if (text ~ /^ *Type a note/) text = ""
      print text
    }'
}

TYPED_CHARS=0
TYPED_SECONDS=0
# Types TEXT one character at a time at the storm's pace.
type_text() {
  local text=$1 i start
  start=$(now)
  for ((i = 0; i < ${#text}; i++)); do
    t send-keys -t "$S" -l -- "${text:i:1}"
    sleep "$(calc "1 / $CPS")"
  done
  TYPED_CHARS=$((TYPED_CHARS + ${#text}))
  TYPED_SECONDS=$(calc "$TYPED_SECONDS + $(now) - $start")
}

# Presses Enter on the note MARKER…; logs it saved when its ✓ shows.
SAVED=0
UNCONFIRMED=0
save_note() {
  local marker=$1
  t send-keys -t "$S" Enter
  log "enter $marker"
  if wait_for "✓ .*$marker " 3; then
    log "saved $marker"
    SAVED=$((SAVED + 1))
  else
    keep_screen "unconfirmed-$marker"
    log "unconfirmed $marker"
    UNCONFIRMED=$((UNCONFIRMED + 1))
  fi
}

WORDS=(police training joint seminars trust legal aid patrols rights youth outreach schools
  mahalla prosecutors oversight data sharing hotline referrals women officers budget
  curriculum detention monitoring complaints victims interpreters)
note_text() {
  local marker=$1 body="" n
  for ((n = 0; n < 1 + RANDOM % 2; n++)); do body+=" ${WORDS[RANDOM % ${#WORDS[@]}]}"; done
  printf '%s%s' "$marker" "$body"
}

# ------------------------------------------------------------------------------------------
say "$KILLS kills, pace $CPS chars/s, seed $SEED, data in $DATA"
t new-session -d -s "$S" -x 120 -y 36 "sleep 86400" || { say "tmux could not start"; exit 2; }
t set-option -t "$S" remain-on-exit on >/dev/null
start_convene

declare -a LOSS_CHARS=()
STALE=0
WHOLE=0
for ((r = 1; r <= KILLS; r++)); do
  round=$(printf '%02d' "$r")
  # A note or two saved whole, then the note that the kill interrupts.
  full=$((RANDOM % 3 == 0))
  for ((k = 1; k <= full; k++)); do
    marker=$(printf 'storm-%s-%02d' "$round" "$k")
    type_text "$(note_text "$marker")"
    save_note "$marker"
  done
  k=$((full + 1))
  marker=$(printf 'storm-%s-%02d' "$round" "$k")
  note=$(note_text "$marker")
  if ((RANDOM % 4 == 0)); then
    # Just after a save: the moment a saved note could come back as the draft.
    type_text "$note"
    save_note "$marker"
    sleep "$(calc "($RANDOM % 300) / 1000")"
    typed=""
    note=""
    how="after save"
  else
    cut=$((1 + RANDOM % (${#note} - 1)))
    typed=${note:0:cut}
    type_text "$typed"
    # Now and then a pause before the kill (the rapporteur listens).
    ((RANDOM % 5 == 0)) && sleep "$(calc "($RANDOM % 2500) / 1000")"
    how="mid-note"
  fi
  kill_convene
  log "killed $round"
  start_convene
  log "restarted $round"
  keep_screen "restart-$round"
  restored=$(draft_text)
  if [[ $typed == "$restored"* ]]; then
    lost=$((${#typed} - ${#restored}))
    ((lost == 0)) && WHOLE=$((WHOLE + 1))
    log "kill $round $how typed=${#typed} restored=${#restored} lost=$lost"
    LOSS_CHARS+=("$lost")
    if [[ -n $note ]]; then
      type_text "${note:${#restored}}"
      save_note "$marker"
    fi
  else
    # Not what was being typed: a saved note back as the draft (issue 12 case 2), or
    # other text. A rapporteur told "The note you were typing is back" saves it.
    STALE=$((STALE + 1))
    log "kill $round $how typed=${#typed} STALE draft restored: '$restored'"
    LOSS_CHARS+=("${#typed}")
    t send-keys -t "$S" Enter
    log "enter-stale $(grep -oE 'storm-[0-9]+-[0-9]+' <<<"$restored" | head -1)"
    sleep 0.5
    if [[ -n $note ]]; then
      type_text "$note"
      save_note "$marker"
    fi
  fi
done

# One last note, then quit from the run screen (Esc leaves the note, q quits).
marker=$(printf 'storm-%02d-99' "$((KILLS + 1))")
type_text "$(note_text "$marker")"
save_note "$marker"
t send-keys -t "$S" Escape
sleep 0.3
t send-keys -t "$S" q
pid=$(convene_pid)
for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.05; done
if alive "$pid"; then
  t send-keys -t "$S" C-c
  sleep 1
fi
alive "$pid" && { say "convene did not quit"; kill -9 "$pid"; }

# ------------------------------------------------------------------------------------------
# Count from the minutes.
mapfile -t sessions < <(ls "$DATA/sessions")
if ((${#sessions[@]} != 1)); then
  say "expected one session in $DATA/sessions, found ${#sessions[@]}: ${sessions[*]}"
  exit 1
fi
SESSION=${sessions[0]}
if ! CONVENE_DATA_DIR=$DATA "$BIN" minutes "$SESSION" -o "$TMP/minutes.json" >/dev/null; then
  say "convene minutes failed"
  exit 1
fi
verify=$(CONVENE_DATA_DIR=$DATA "$BIN" verify "$SESSION" 2>&1)
verify_rc=$?
printf '%s\n' "$verify" >"$TMP/verify.txt"

# Every marker in the entries' texts, with how often it occurs (deleted entries included:
# nothing here deletes).
grep -E '^ *"text": ' "$TMP/minutes.json" | grep -oE 'storm-[0-9]+-[0-9]+' | sort | uniq -c |
  awk '{ print $2, $1 }' >"$TMP/found.txt"
count_of() { awk -v m="$1" '$1 == m { print $2; f = 1 } END { if (!f) print 0 }' "$TMP/found.txt"; }

LOST=0
declare -a LOST_LIST=()
while read -r _ marker; do
  if [[ $(count_of "$marker") == 0 ]]; then
    LOST=$((LOST + 1))
    LOST_LIST+=("$marker")
  fi
done < <(awk '$2 == "saved" { print $2, $3 }' "$LOG")
DUPS=$(awk '$2 > 1 { d += $2 - 1 } END { print d + 0 }' "$TMP/found.txt")
DUP_LIST=$(awk '$2 > 1 { printf "%s×%d ", $1, $2 }' "$TMP/found.txt")
UNCONFIRMED_MISSING=0
while read -r _ marker; do
  [[ $(count_of "$marker") == 0 ]] && UNCONFIRMED_MISSING=$((UNCONFIRMED_MISSING + 1))
done < <(awk '$2 == "unconfirmed" { print $2, $3 }' "$LOG")

PACE=$(calc "$TYPED_CHARS / ($TYPED_SECONDS > 0 ? $TYPED_SECONDS : 1)")
worst=0
sum=0
for c in "${LOSS_CHARS[@]}"; do
  ((c > worst)) && worst=$c
  sum=$((sum + c))
done
WORST_S=$(calc "$worst / $PACE")
MEAN_S=$(calc "$sum / ${#LOSS_CHARS[@]} / $PACE")
ELAPSED=$(calc "$(now) - $started")

verdict() { if (($1)); then printf 'FAIL'; else printf 'ok'; fi; }
over=$(awk -v w="$WORST_S" -v b="$BUDGET" 'BEGIN { print (w > b) ? 1 : 0 }')
printf '\nkill -9 storm: %d kills in %.0f s, pace %s chars/s (measured %s), seed %s\n' \
  "$KILLS" "$ELAPSED" "$CPS" "$PACE" "$SEED"
printf '%-46s %10s %10s  %s\n' "" "found" "budget" ""
printf '%-46s %10d\n' "notes saved (✓ seen after Enter)" "$SAVED"
printf '%-46s %10d %10d  %s\n' "saved notes lost" "$LOST" 0 "$(verdict $((LOST > 0)))"
printf '%-46s %10d %10d  %s\n' "notes duplicated (same marker again)" "$DUPS" 0 "$(verdict $((DUPS > 0)))"
printf '%-46s %10s %10s  %s\n' "draft loss, worst kill (seconds of typing)" "$WORST_S s" "$BUDGET s" \
  "$(verdict "$over")"
printf '%-46s %10s\n' "draft loss, worst kill (characters)" "$worst"
printf '%-46s %10s\n' "draft loss, mean per kill" "$MEAN_S s"
printf '%-46s %7d/%-2d\n' "kills whose note came back whole" "$WHOLE" "$KILLS"
printf '%-46s %10d\n' "a saved note or other text back as the draft" "$STALE"
printf '%-46s %10d\n' "Enter pressed, ✓ not seen (not counted lost)" "$UNCONFIRMED"
printf '%-46s %10d\n' "  of those, not in the minutes" "$UNCONFIRMED_MISSING"
printf '%-46s %10s\n' "convene verify" "$([[ $verify_rc == 0 ]] && echo ok || echo "exit $verify_rc")"
((LOST > 0)) && printf 'lost: %s\n' "${LOST_LIST[*]}"
((DUPS > 0)) && printf 'duplicated: %s\n' "$DUP_LIST"
((STALE > 0)) && grep 'STALE' "$LOG" | sed 's/^/  /'

if ((LOST > 0 || DUPS > 0 || over)); then
  FAILED=1
  exit 1
fi
FAILED=0
exit 0
