#!/usr/bin/env bash
# What an idle convene costs, beside the bare-ratatui floor and the peer timers, measured
# by ../shared/tools/timer-idle-bench.sh in one go (the figures in BENCHMARKS.md):
#
#   running   the run screen with the first item running and a note captured
#   paused    the item paused with a speaker at the floor (the speaker's clock ticks)
#
# Each scenario is prepared by driving the release binary in tmux as a facilitator would
# (keys, then q) at 09:00 on the event's first day, then measured with `convene run
# --resume` five minutes later (CONVENE_NOW pins the clock's start).
#
# Usage: benches/idle.sh [--window S] [--runs N] [--size CxR] [--no-peers]
# Needs tmux; the peers (termdown, tclock) are measured when installed.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH=${TIMER_IDLE_BENCH:-../shared/tools/timer-idle-bench.sh}
WINDOW=60 RUNS=3 SIZE=120x40 PEERS=1
while (($#)); do
  case $1 in
    --window) WINDOW=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --size) SIZE=$2; shift 2 ;;
    --no-peers) PEERS=0; shift ;;
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

for scenario in running paused; do
  "$BENCH" --window "$WINDOW" --runs "$RUNS" --size "$SIZE" --label "convene ($scenario)" -- \
    env CONVENE_NOW="$MEASURED_AT" CONVENE_DATA_DIR="$WORK/$scenario" XDG_CONFIG_HOME="$WORK/config" "$BIN" run --resume dushanbe
done
if ((PEERS)); then
  "$BENCH" --window "$WINDOW" --runs "$RUNS" --size "$SIZE"
else
  "$BENCH" --window "$WINDOW" --runs "$RUNS" --size "$SIZE" --peers floor-rust
fi
