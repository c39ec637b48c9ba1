#!/bin/bash
# issue 55's done-when on a quiet machine: one run at a time, each on a fresh server, the load before each
cd /tmp/q55/wt
PG=postgresql://postgres@127.0.0.1:56300
U="Mặt trận Tổ quốc"
run() { echo "=== $*"; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; PYTHONPATH=$PWD/src timeout 400 /work/main/.venv/bin/python scripts/load_test.py "$@" 2>&1 | grep -v "archive connections"; }
fresh() {
  cp /tmp/q55/a5k.db /tmp/q55/iw.db; rm -f /tmp/q55/iw.db-wal /tmp/q55/iw.db-shm
  psql $PG/postgres -qc "drop database if exists a5k_iw" -c "create database a5k_iw template a5k" 2>/dev/null
}
for db in /tmp/q55/a5k.db $PG/a5k; do
  for s in 0 60 0 60; do run --db $db --pages --requests 20 --concurrency 20 --sign-ins $s; done
done
for db in /tmp/q55/a5k.db $PG/a5k; do
  run --db $db --pages
  run --db $db --board
  run --db $db --downloads --unit "$U"
  run --db $db --pages --board --downloads --unit "$U"
done
for kind in "--pages" "--board" "--pages --board --downloads"; do
  fresh; run --db /tmp/q55/iw.db $kind --unit "$U" --index-while /tmp/serve55b/more2k
  run --db $PG/a5k_iw $kind --unit "$U" --index-while /tmp/serve55b/more2k
done
