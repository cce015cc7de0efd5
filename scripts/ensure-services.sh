#!/usr/bin/env bash
# Make sure the PostgreSQL and Redis the tests use (127.0.0.1:5432, 127.0.0.1:6379) are up.
# Starts them when they are installed but stopped; says loudly what is missing otherwise.
set -u

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

if ! pg_up && command -v pg_ctlcluster >/dev/null 2>&1; then
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do pg_up && break; sleep 0.5; done
fi
if ! redis_up && command -v redis-server >/dev/null 2>&1; then
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do redis_up && break; sleep 0.5; done
fi

status=0
if pg_up; then echo "PostgreSQL: up on 127.0.0.1:5432"; else
  echo "PostgreSQL: NOT reachable on 127.0.0.1:5432 — the PostgreSQL test tier will fail" \
       "(set OMI_ACTIONS_TEST_POSTGRES=0 to run the SQLite tier alone, outside CI)" >&2
  [ "${CI:-}" = "true" ] && status=1
fi
if redis_up; then echo "Redis: up on 127.0.0.1:6379"; else
  echo "Redis: NOT reachable on 127.0.0.1:6379 — scale-out tests will fail" >&2
  [ "${CI:-}" = "true" ] && status=1
fi
exit $status
