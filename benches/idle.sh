#!/usr/bin/env bash
# What an idle convene costs on each screen, beside the bare floor and the peer timers,
# measured by ../shared/tools/timer-idle-bench.sh in one go (the figures in BENCHMARKS.md):
#
#   running    the run screen with the first item running and a note captured
#   paused     the item paused with a speaker at the floor (the speaker's clock ticks)
#   projector  the room's view of the running item (v pressed once it is up)
#   capture    the rapporteur's screen: the running item, the note box open (c pressed)
#   follow     `convene follow` on the running session: the projector view of a follower
#              window (the writer is elsewhere; the folder is watched with inotify)
#   speaking   the run screen with a speaker at the floor of the running item (the
#              speaker's clock ticks in the Now panel): the base for balance-speaking
#   balance    the run screen with the speaking balance shown (B pressed once it is up),
#              nobody at the floor: the bars stand still
#   balance-speaking  the same with a speaker at the floor of the running item: the
#              frame is drawn again when a share or a minute the bars show turns
#
# The views are not part of the session, so the scenarios with a key press their key from inside the
# measured pane a second after the start (tmux send-keys to $TMUX_PANE, from a helper that
# has exited before the window opens).
#
# Each scenario is prepared by driving the release binary in tmux as a facilitator would
# (keys, then q) at 09:00 on the event's first day, then measured with `convene run
# --resume` five minutes later (CONVENE_NOW pins the clock's start).
#
# Usage: benches/idle.sh [--window S] [--runs N] [--size CxR] [--no-peers] [--only LIST]
#                        [--room-language LANG] [--language LANG] [--plain]
# Needs tmux; the peers (termdown, tclock) are measured when installed. --only takes a
# comma-separated list of scenarios (default all eight). Prints one table: each row with its
# CPU as a multiple of floor-rust's in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH=${TIMER_IDLE_BENCH:-../shared/tools/timer-idle-bench.sh}
WINDOW=60 RUNS=3 SIZE=120x40 PEERS=1 ONLY=running,paused,projector,capture,follow,speaking,balance,balance-speaking ROOM= LANGUAGE_SETTING=
while (($#)); do
  case $1 in
    --window) WINDOW=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --size) SIZE=$2; shift 2 ;;
    --no-peers) PEERS=0; shift ;;
    --only) ONLY=$2; shift 2 ;;
    # The projector's language (the sample is English): measures the localised wall.
    --room-language) ROOM="--room-language $2"; shift 2 ;;
    # The operator's language (screens, help, messages), as the settings file sets it.
    --language) LANGUAGE_SETTING=$2; shift 2 ;;
    # The screen-reader mode: plain lines at fixed places, no big digits.
    --plain) ROOM="$ROOM --plain"; shift ;;
    *) echo "idle.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -x $BENCH ]] || { echo "idle.sh: $BENCH not found (set TIMER_IDLE_BENCH)" >&2; exit 2; }
command -v tmux >/dev/null || { echo "idle.sh: needs tmux" >&2; exit 2; }

cargo build --release --quiet
BIN=$PWD/target/release/convene
WORK=$(mktemp -d "${TMPDIR:-/tmp}/convene-idle.XXXXXX")
SOCK="convene-idle-$$"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [[ -n $LANGUAGE_SETTING ]]; then
  mkdir -p "$WORK/config/convene"
  printf 'language = "%s"\n' "$LANGUAGE_SETTING" >"$WORK/config/convene/settings.toml"
fi

# The event's own morning (09:00 in Dushanbe), so the screen is the one a facilitator sees
# on the day: on time, big digits, no re-plan filling the panel. Measured five minutes in.
PREPARED_AT=2009-04-28T04:00:00Z
MEASURED_AT=2009-04-28T04:05:00Z

# Drives convene in tmux with the given keys (tmux send-keys words), then quits.
prepare() {
  local name=$1; shift
  local data=$WORK/$name
  mkdir -p "$data"
  tmux -L "$SOCK" -f /dev/null new-session -d -s "$name" -x 120 -y 40 \
    "env CONVENE_NOW=$PREPARED_AT CONVENE_DATA_DIR=$data XDG_CONFIG_HOME=$WORK/config $BIN run agendas/dushanbe-roundtable-2009.json"
  sleep 1
  local k
  for k in "$@"; do
    if [[ $k == text:* ]]; then
      tmux -L "$SOCK" send-keys -t "$name" -l "${k#text:}"
    else
      tmux -L "$SOCK" send-keys -t "$name" "$k"
    fi
    sleep 0.3
  done
  tmux -L "$SOCK" send-keys -t "$name" q
  for _ in $(seq 50); do
    tmux -L "$SOCK" has-session -t "$name" 2>/dev/null || break
    sleep 0.1
  done
}

prepare running Space c "text:Police must use minimum force" Enter Escape
prepare paused Space Q "text:@ngo-yc" Enter f Space
prepare speaking Space Q "text:@ngo-yc" Enter f

# The command each scenario measures, and the key its pane gets a second after the start.
measure() {
  local scenario=$1 data=$2 key=${3:-} command=${4:-run --resume dushanbe $ROOM}
  local run="exec env LC_ALL=C.UTF-8 CONVENE_NOW=$MEASURED_AT CONVENE_DATA_DIR=$WORK/$data XDG_CONFIG_HOME=$WORK/config $BIN $command"
  if [[ -n $key ]]; then
    # Double fork: the helper is nobody's child by the time the window opens.
    run="( (sleep 1; tmux send-keys -t \"\$TMUX_PANE\" $key) & ) ; $run"
  fi
  "$BENCH" --window "$WINDOW" --runs "$RUNS" --size "$SIZE" --label "convene ($scenario)" -- bash -c "$run" >>"$TABLE"
}

TABLE=$WORK/table.md
: >"$TABLE"
for scenario in ${ONLY//,/ }; do
  case $scenario in
    running) measure running running ;;
    paused) measure "paused, speaker on the floor" paused ;;
    projector) measure projector running v ;;
    capture) measure "capture, note box open" running c ;;
    follow) measure "follow (projector view)" running "" "follow dushanbe $ROOM" ;;
    speaking) measure "speaker on the floor" speaking ;;
    balance) measure "balance shown, nobody speaking" running B ;;
    balance-speaking) measure "balance shown, speaker on the floor" speaking B ;;
    *) echo "idle.sh: unknown scenario $scenario" >&2; exit 2 ;;
  esac
done
if ((PEERS)); then
  "$BENCH" --window "$WINDOW" --runs "$RUNS" --size "$SIZE" >>"$TABLE"
else
  "$BENCH" --window "$WINDOW" --runs "$RUNS" --size "$SIZE" --peers floor-rust >>"$TABLE"
fi

# One table: the header once, and each row's CPU µs/s as a multiple of floor-rust's.
awk -F'|' '
  /^\| program/ { if (!head++) { print $0 " × floor |"; getline; print $0 "---:|" } else getline; next }
  /^\|/ { rows[++n] = $0; cpu[n] = $5; if ($2 ~ /floor-rust/) floor = $5 }
  END { for (i = 1; i <= n; i++) printf "%s %s |\n", rows[i], (floor > 0 && cpu[i] ~ /^ *[0-9.]+ *$/) ? sprintf("%.1f", cpu[i] / floor) : "NA" }
' "$TABLE"
