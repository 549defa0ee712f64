#!/usr/bin/env bash
# Single-node OpenStack Swift ("all in one") with s3api + tempauth on 127.0.0.1, data in a local folder.
# Debian 12: apt-get install -y --no-install-recommends swift swift-proxy swift-account swift-container swift-object
# Usage: swift-s3-up.sh [BASE_DIR] [PROXY_PORT]   -> S3 endpoint http://127.0.0.1:PROXY_PORT, key test:tester / secret testing
set -euo pipefail
BASE=${1:-/tmp/swift-s3}
PORT=${2:-18080}
OBJ_PORT=$((PORT+10)); CONT_PORT=$((PORT+11)); ACC_PORT=$((PORT+12)); MC_PORT=$((PORT+13))
ETC=$BASE/etc; DEV=$BASE/srv; RUN=$BASE/run; LOG=$BASE/log
mkdir -p "$ETC" "$DEV/d1" "$RUN" "$LOG"

cat > "$ETC/swift.conf" <<CONF
[swift-hash]
swift_hash_path_suffix = test-suffix
swift_hash_path_prefix = test-prefix
[storage-policy:0]
name = Policy-0
default = yes
[swift-constraints]
max_file_size = 53687091200
CONF

common() { # $1 = port
cat <<CONF
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = $1
workers = 0
user = $(id -un)
swift_dir = $ETC
devices = $DEV
mount_check = false
log_level = INFO
log_address = /nonexistent
CONF
}
{ common $ACC_PORT;  printf '[pipeline:main]\npipeline = account-server\n[app:account-server]\nuse = egg:swift#account\n'; } > "$ETC/account-server.conf"
{ common $CONT_PORT; printf '[pipeline:main]\npipeline = container-server\n[app:container-server]\nuse = egg:swift#container\n'; } > "$ETC/container-server.conf"
{ common $OBJ_PORT;  printf '[pipeline:main]\npipeline = object-server\n[app:object-server]\nuse = egg:swift#object\n'; } > "$ETC/object-server.conf"
{ common $PORT; cat <<CONF
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk s3api tempauth copy slo dlo versioned_writes proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
allow_account_management = true
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:$MC_PORT
[filter:versioned_writes]
use = egg:swift#versioned_writes
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
s3_acl = false
allow_multipart_uploads = true
max_upload_part_num = 10000
[filter:tempauth]
use = egg:swift#tempauth
user_admin_admin = admin .admin .reseller_admin
user_test_tester = testing .admin
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
CONF
} > "$ETC/proxy-server.conf"

# Rings: part_power 8, 1 replica, 1 device each
for t in account:$ACC_PORT container:$CONT_PORT object:$OBJ_PORT; do
  name=${t%%:*}; p=${t##*:}
  if [ ! -f "$ETC/$name.ring.gz" ]; then
    swift-ring-builder "$ETC/$name.builder" create 8 1 1 >/dev/null
    swift-ring-builder "$ETC/$name.builder" add "r1z1-127.0.0.1:$p/d1" 100 >/dev/null
    swift-ring-builder "$ETC/$name.builder" rebalance >/dev/null || true   # exits 1 with a warning on 1 replica
  fi
done

# tempauth keeps tokens (and s3api's auth path) in memcache: without it every S3 request is a 500 "Memcache required"
if ! { [ -f "$RUN/memcached.pid" ] && kill -0 "$(cat "$RUN/memcached.pid")" 2>/dev/null; }; then
  nohup memcached -l 127.0.0.1 -p "$MC_PORT" -U 0 -m 64 -u "$(id -un)" > "$LOG/memcached.log" 2>&1 &
  echo $! > "$RUN/memcached.pid"
fi
for s in account container object proxy; do
  if [ -f "$RUN/$s.pid" ] && kill -0 "$(cat "$RUN/$s.pid")" 2>/dev/null; then continue; fi
  nohup "swift-$s-server" "$ETC/$s-server.conf" -v > "$LOG/$s.log" 2>&1 &
  echo $! > "$RUN/$s.pid"
done
up() { for p in "$ACC_PORT" "$CONT_PORT" "$OBJ_PORT" "$MC_PORT"; do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || return 1; done
       curl -fsS "http://127.0.0.1:$PORT/healthcheck" >/dev/null 2>&1; }
for i in $(seq 1 150); do
  if up; then echo "swift s3api up on http://127.0.0.1:$PORT (pids: $(cat "$RUN"/*.pid | tr '\n' ' '))"; exit 0; fi
  sleep 0.2
done
echo "swift did not come up; see $LOG" >&2; tail -n 20 "$LOG"/*.log >&2; exit 1
