#!/usr/bin/env bash
# Benchmarks: speed to lead, intake throughput, timer punctuality, dashboards, two nodes, each beside its
# baseline in the same run, on H2 and on the local PostgreSQL, plus pgbench as the physical ceiling.
# Writes docs/benchmarks.md (figures are regenerated; the hand-written part after the marker is kept).
#
#   scripts/bench.sh            # full run (defaults below; takes a long while on 2 cores)
#   scripts/bench.sh --quick    # smoke run with small numbers, a few minutes
#
# Sizes: BENCH_SECONDS (60), BENCH_THREADS (4), BENCH_LATENCY_RATE ("50,25": each rate in turn), BENCH_LATENCY_SECONDS (BENCH_SECONDS), BENCH_TIMERS (100000 on PostgreSQL, 20000 on H2),
# BENCH_TIMER_WINDOW (BENCH_TIMERS/150 s), BENCH_DASHBOARD_LEADS (1000000), BENCH_PGBENCH_SECONDS (60),
# BENCH_DATABASES ("h2 pg"), BENCH_SCENARIOS ("intake,latency,timers,twonodes,dashboards"), BENCH_HEAP (-Xmx2g),
# BENCH_NODE_ARGS (extra Spring arguments for every node, e.g. a job executor setting to try).
# Needs PostgreSQL on 127.0.0.1:5432, user postgres, trust auth; every run uses scratch databases it drops.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

quick=""
doc_only=""
for arg in "$@"; do
  [[ $arg == "--quick" ]] && quick="--quick"
  # --doc-only: write docs/benchmarks.md again from the last run's target/bench, without running anything
  [[ $arg == "--doc-only" ]] && doc_only=1
done
out=target/bench
mkdir -p "$out"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
pgbench_seconds=${BENCH_PGBENCH_SECONDS:-$([[ -n $quick ]] && echo 10 || echo 60)}
databases=${BENCH_DATABASES:-h2 pg}
load() { cut -d' ' -f1 /proc/loadavg; }
if [[ -z $doc_only ]]; then
started=$(date -u +"%Y-%m-%d %H:%M UTC")
uptime_before=$(uptime)
# results of databases not run this time are kept (BENCH_DATABASES=h2 redoes H2 only); each run's times are noted
for db in $databases; do rm -f "$out/results-$db.tsv" "$out/run-$db.meta"; done
rm -f "$out"/pgbench.tsv
printf 'started=%q\nuptime_before=%q\nquick=%q\npgbench_seconds=%q\nsizes=%q\n' "$started" "$uptime_before" "$quick" "$pgbench_seconds" \
  "$(env | grep '^BENCH_' | grep -v '^BENCH_PG_URL' | sort | tr '\n' ' ')" > "$out/meta.env"

echo "== compile"
mvn -q -B -DskipTests test-compile

echo "== pgbench (standard TPC-B-like write test, scale 10, ${pgbench_seconds} s per client count)"
pgdb="bench_pgbench_$$"
psql "${pg[@]}" -v ON_ERROR_STOP=1 -qc "create database $pgdb"
trap 'psql "${pg[@]}" -qc "drop database if exists $pgdb" >/dev/null 2>&1 || true' EXIT
pgbench "${pg[@]}" -i -q -s 10 "$pgdb" >/dev/null 2>&1
for clients in 1 4; do
  before=$(load)
  result=$(pgbench "${pg[@]}" -c "$clients" -j "$clients" -T "$pgbench_seconds" "$pgdb" 2>/dev/null)
  tps=$(awk '/^tps/ {printf "%.0f", $3; exit}' <<<"$result")
  lat=$(awk '/latency average/ {print $4; exit}' <<<"$result")
  printf '%s\t%s\t%s\t%s → %s\n' "$clients" "$tps" "$lat" "$before" "$(load)" | tee -a "$out/pgbench.tsv"
done
psql "${pg[@]}" -qc "drop database if exists $pgdb"

for db in $databases; do
  echo "== LeadRelay on $db"
  if [[ $db == pg ]]; then
    scratch="leadrelay_bench_$$"
    psql "${pg[@]}" -v ON_ERROR_STOP=1 -qc "create database $scratch"
    trap 'psql "${pg[@]}" -qc "drop database if exists $scratch" >/dev/null 2>&1 || true' EXIT
    export BENCH_PG_URL="jdbc:postgresql://127.0.0.1:5432/$scratch"
  fi
  db_started=$(date -u +"%Y-%m-%d %H:%M")
  mvn -q -B -Pbench exec:exec -Dbench.heap="${BENCH_HEAP:--Xmx2g}" -Dbench.args="--db=$db $quick" \
    > "$out/run-$db.log" 2>&1 || echo "!! the $db run failed, see $out/run-$db.log"
  echo "$db_started–$(date -u +"%H:%M") UTC, commit $(git rev-parse --short HEAD)" > "$out/run-$db.meta"
  grep '^\[bench\]' "$out/run-$db.log" || true
  if [[ $db == pg ]]; then
    psql "${pg[@]}" -qc "drop database if exists $scratch"
  fi
done

fi
# shellcheck disable=SC1091
source "$out/meta.env"

echo "== docs/benchmarks.md"
doc=docs/benchmarks.md
marker="<!-- figures above are written by scripts/bench.sh; the text below is kept across runs -->"
kept=""
[[ -f $doc ]] && kept=$(awk -v m="$marker" 'found {print} $0 == m {found = 1}' "$doc")
{
  echo "# Benchmarks"
  echo
  echo "Written by \`scripts/bench.sh${quick:+ $quick}\` on $started (finished $(date -u +"%H:%M UTC")), commit \`$(git rev-parse --short HEAD)\`."
  if [[ -n $quick ]]; then
    echo
    echo "**This is a --quick smoke run: small sizes and short durations (JIT barely warm). Its figures show that"
    echo "the command works, not what the system can do.**"
  fi
  echo
  echo "## Machine"
  echo
  echo "| | |"
  echo "| --- | --- |"
  echo "| cores | $(nproc) |"
  echo "| memory | $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available at start"}') |"
  echo "| JVM | $(java -version 2>&1 | head -1) |"
  echo "| Maven | $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g') |"
  echo "| PostgreSQL | server $(psql "${pg[@]}" -Atc 'show server_version'), client $(psql --version | awk '{print $3}') |"
  for meta in "$out"/run-*.meta; do
    [[ -f $meta ]] && echo "| $(basename "$meta" .meta | sed 's/^run-//') run | $(cat "$meta") |"
  done
  echo "| uptime before | \`$uptime_before\` |"
  echo "| uptime after | \`$(uptime)\`${doc_only:+ (when this page was written)} |"
  echo
  echo "The node, the load generator, the SMTP sink and PostgreSQL share the machine's $(nproc) cores. Load averages"
  echo "(1 min) are recorded before → after each figure: with a load above the core count every process waits for a"
  echo "core, and the baselines, measured in the same run on the same machine, are the fairer yardstick."
  echo
  echo "## Settings"
  echo
  echo "| setting | value |"
  echo "| --- | --- |"
  { grep -ho 'BenchSettings\[.*\]' "$out"/run-*.log 2>/dev/null || true; } | sed -n 1p \
    | sed -E 's/^BenchSettings\[//; s/\]$//; :a; s/(scenarios=[^,]*),([a-z])/\1+\2/; ta; :b; s/(latencyRates=\[[^]]*), /\1 and /; tb' \
    | tr ',' '\n' | sed 's/^ *//' \
    | { grep -v -e '^jdbcUrl' -e '^db=' -e '^out=' || true; } | awk -F= '{print "| " $1 " | " $2 " |"}'
  echo "| environment | ${sizes:-defaults} |"
  echo "| pgbench | scale 10, ${pgbench_seconds} s per client count, 127.0.0.1, user postgres |"
  echo "| node | production application.yaml (job executor on, acquire by due date, mail sent on commit with a 1 s poll as fallback), in the bench JVM; ${BENCH_HEAP:--Xmx2g}${BENCH_NODE_ARGS:+; extra: $BENCH_NODE_ARGS} |"
  echo
  echo "## Figures"
  echo
  echo "| db | figure | value | baseline | ratio | target | met? | load before → after | note |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for f in "$out"/results-*.tsv; do
    [[ -f $f ]] && awk -F'\t' '{print "| " $1 " | " $2 " | " $3 " | " $4 " | " $5 " | " $6 " | " $7 " | " $8 " | " $9 " |"}' "$f"
  done
  echo
  echo "### Physical ceiling: pgbench on the same machine, same run"
  echo
  echo "| clients | tps | latency avg (ms) | load before → after |"
  echo "| --- | --- | --- | --- |"
  awk -F'\t' '{print "| " $1 " | " $2 " | " $3 " | " $4 " |"}' "$out/pgbench.tsv"
  echo
  echo "$marker"
  if [[ -n $kept ]]; then
    echo "$kept"
  fi
} > "$doc.tmp"
mv "$doc.tmp" "$doc"
echo "wrote $doc"
