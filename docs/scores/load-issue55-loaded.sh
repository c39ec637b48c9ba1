#!/bin/bash
# the done-when beside 4 CPU-bound processes (a load of ~6 on the two cores), one run at a time
cd /tmp/q55/wt
PG=postgresql://postgres@127.0.0.1:56300
U="Mặt trận Tổ quốc"
burn=(); for i in 1 2 3 4; do python3 -c "while True: pass" & burn+=($!); done
sleep 20
run() { echo "=== $*"; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; PYTHONPATH=$PWD/src timeout 400 /work/main/.venv/bin/python scripts/load_test.py "$@" 2>&1 | grep -v "archive connections"; }
fresh() {
  cp /tmp/q55/a5k.db /tmp/q55/iw.db; rm -f /tmp/q55/iw.db-wal /tmp/q55/iw.db-shm
  psql $PG/postgres -qc "drop database if exists a5k_iw" -c "create database a5k_iw template a5k" 2>/dev/null
}
for db in /tmp/q55/a5k.db $PG/a5k; do
  for s in 0 60; do run --db $db --pages --requests 20 --concurrency 20 --sign-ins $s; done
  run --db $db --pages
  run --db $db --board
  run --db $db --pages --board --downloads --unit "$U"
done
fresh; run --db /tmp/q55/iw.db --pages --board --downloads --unit "$U" --index-while /tmp/serve55b/more2k
run --db $PG/a5k_iw --pages --board --downloads --unit "$U" --index-while /tmp/serve55b/more2k
kill "${burn[@]}"
