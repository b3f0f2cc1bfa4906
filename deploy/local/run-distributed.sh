#!/usr/bin/env bash
# Runs Flowpool distributed on this machine: two process applications (order-application on 8081,
# invoice-application on 8082, both the example jar) and one process platform (8080), over a local
# RabbitMQ and PostgreSQL (installed from Debian's packages when missing).
#
#   deploy/local/run-distributed.sh [start] [--build]   start everything (build the jars if missing)
#   deploy/local/run-distributed.sh status              health of each application
#   deploy/local/run-distributed.sh stop                stop the applications (not the services)
#
# Logs and pid files: .flowpool/distributed/<name>.log and <name>.pid in the repository.
# Settings from the environment (defaults in brackets):
#   FLOWPOOL_PG_HOST [127.0.0.1], FLOWPOOL_PG_PORT [5432]
#   FLOWPOOL_DB_USER [postgres], FLOWPOOL_DB_PASSWORD [empty]: who creates the databases and whom
#     the applications connect as. If PostgreSQL refuses that user over TCP (Debian's default asks
#     for a password), the script creates a role "flowpool" with a generated password instead,
#     through the local "postgres" account, and keeps the password in .flowpool/distributed/.
#   SPRING_RABBITMQ_HOST/PORT/USERNAME/PASSWORD/VIRTUAL_HOST [localhost 5672 guest guest /]
#   FLOWPOOL_JAVA_OPTS [-Xmx512m], FLOWPOOL_START_TIMEOUT [300 seconds for all three]
#   FLOWPOOL_MVN [./mvnw]: the Maven command that builds the jars
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
state="$root/.flowpool/distributed"
app_jar="$root/applications/process-application/target/flowpool-process-application.jar"
platform_jar="$root/applications/process-platform/target/flowpool-process-platform.jar"

pg_host=${FLOWPOOL_PG_HOST:-127.0.0.1}
pg_port=${FLOWPOOL_PG_PORT:-5432}
db_user=${FLOWPOOL_DB_USER:-postgres}
db_password=${FLOWPOOL_DB_PASSWORD:-}

# name|port|database|jar
instances=(
  "order-application|8081|flowpool_orders|$app_jar"
  "invoice-application|8082|flowpool_invoices|$app_jar"
  "platform|8080|flowpool_platform|$platform_jar"
)

say() { echo "==> $*"; }
die() { echo "error: $*" >&2; exit 1; }

field() { # instance index
  local parts
  IFS='|' read -r -a parts <<<"$1"
  echo "${parts[$2]}"
}

# --- services and databases -----------------------------------------------------------------

as_postgres() { # runs a command as the local "postgres" account (peer authentication)
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres "$@"
  fi
}

sql() { # database sql: as $db_user over TCP
  PGPASSWORD="$db_password" psql -w -q -h "$pg_host" -p "$pg_port" -U "$db_user" -d "$1" \
    -v ON_ERROR_STOP=1 -tA -c "$2"
}

create_databases_over_tcp() {
  local instance db
  for instance in "${instances[@]}"; do
    db=$(field "$instance" 2)
    if [ -z "$(sql postgres "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      say "creating database $db"
      sql postgres "CREATE DATABASE $db"
    fi
  done
}

# Debian's PostgreSQL asks for a password over TCP and the postgres role has none: give the
# applications a role of their own instead of changing the postgres role.
create_role_and_databases_locally() {
  local password_file="$state/db-password" instance db
  if [ ! -s "$password_file" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$password_file")
  fi
  db_user=flowpool
  db_password=$(cat "$password_file")
  say "PostgreSQL refuses ${FLOWPOOL_DB_USER:-postgres} over TCP: using role $db_user (password in $password_file)"
  as_postgres psql -q -v ON_ERROR_STOP=1 -v pw="$db_password" -d postgres <<'SQL'
SELECT 'CREATE ROLE flowpool LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'flowpool')
\gexec
ALTER ROLE flowpool PASSWORD :'pw';
SQL
  for instance in "${instances[@]}"; do
    db=$(field "$instance" 2)
    if [ -z "$(as_postgres psql -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      say "creating database $db"
      as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db OWNER flowpool"
    else # made earlier by this script as another user: the applications' role must own it
      as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "ALTER DATABASE $db OWNER TO flowpool"
    fi
  done
}

prepare_databases() {
  if sql postgres "SELECT 1" >/dev/null 2>&1; then
    create_databases_over_tcp
  elif [ -z "${FLOWPOOL_DB_USER:-}" ] && [ "$pg_host" = 127.0.0.1 ] && id postgres >/dev/null 2>&1; then
    create_role_and_databases_locally
  else
    die "PostgreSQL on $pg_host:$pg_port refuses user $db_user (check FLOWPOOL_DB_USER and FLOWPOOL_DB_PASSWORD)"
  fi
}

# --- jars ------------------------------------------------------------------------------------

build_jars() {
  local mvn=${FLOWPOOL_MVN:-./mvnw}
  say "building the jars ($mvn package, a few minutes the first time)"
  (cd "$root" && $mvn -B -q -DskipTests \
    -pl applications/process-application,applications/process-platform -am package)
}

# --- processes -------------------------------------------------------------------------------

pid_of() { # name: the pid from the pid file if that process is still our java, else nothing
  local file="$state/$1.pid" pid
  [ -s "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'flowpool-process-'; then
    echo "$pid"
  fi
}

health() { # port: the overall status of /actuator/health, or DOWN-ish words when it does not answer
  local body
  body=$(curl -s --max-time 5 "http://127.0.0.1:$1/actuator/health" 2>/dev/null) || { echo "NOT-ANSWERING"; return 0; }
  grep -o '"status":"[A-Z_]*"' <<<"$body" | head -n 1 | cut -d'"' -f4 || true
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

launch() { # instance
  local name port db jar pid
  name=$(field "$1" 0); port=$(field "$1" 1); db=$(field "$1" 2); jar=$(field "$1" 3)
  pid=$(pid_of "$name")
  if [ -n "$pid" ]; then
    say "$name already runs (pid $pid)"
    return 0
  fi
  port_taken "$port" && die "port $port is taken by another program: stop it, or stop Flowpool's ($0 stop)"
  say "starting $name on port $port (log: ${state#"$root"/}/$name.log)"
  (
    if [ "$name" != platform ]; then
      export SPRING_APPLICATION_NAME="$name"
    fi
    export PORT="$port"
    export FLOWPOOL_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db"
    export FLOWPOOL_DB_USER="$db_user" FLOWPOOL_DB_PASSWORD="$db_password"
    # shellcheck disable=SC2086 # options are words
    exec nohup java ${FLOWPOOL_JAVA_OPTS:--Xmx512m} -jar "$jar"
  ) >"$state/$name.log" 2>&1 </dev/null &
  echo $! >"$state/$name.pid"
}

await_up() { # instance deadline(epoch seconds)
  local name port status pid
  name=$(field "$1" 0); port=$(field "$1" 1)
  while :; do
    status=$(health "$port")
    [ "$status" = UP ] && { say "$name is UP on http://localhost:$port"; return 0; }
    pid=$(pid_of "$name")
    if [ -z "$pid" ]; then
      tail -n 20 "$state/$name.log" >&2 || true
      die "$name stopped while starting: see $state/$name.log"
    fi
    if [ "$(date +%s)" -ge "$2" ]; then
      die "$name is not UP after ${FLOWPOOL_START_TIMEOUT:-300}s (health: ${status:-none}): see $state/$name.log"
    fi
    sleep 2
  done
}

tour() {
  cat <<EOF

Flowpool runs:
  tasklist (platform)     http://localhost:8080/          users alice, bob, carol, dave, kermit, fozzie, admin (password = name)
  tasklist API            http://localhost:8080/api/tasks  (OpenAPI: /swagger-ui.html)
  order-application       http://localhost:8081/engine-rest
  invoice-application     http://localhost:8082/engine-rest
  health                  http://localhost:{8080,8081,8082}/actuator/health
  RabbitMQ                ${SPRING_RABBITMQ_HOST:-localhost}:${SPRING_RABBITMQ_PORT:-5672} vhost ${SPRING_RABBITMQ_VIRTUAL_HOST:-/}
  logs                    ${state#"$root"/}/*.log

A short tour:
  # start an order in the order application (its engine-rest has no login: local use only)
  curl -H 'Content-Type: application/json' \\
    -d '{"businessKey":"1001","variables":{"orderId":{"value":"1001"},"customer":{"value":"ACME"},"amount":{"value":1200,"type":"Long"}}}' \\
    localhost:8081/engine-rest/process-definition/key/order-approval/start
  # "Approve order" is for group approvers: kermit's (follow it live: curl -N -u kermit:kermit localhost:8080/api/tasks/stream)
  TASK=\$(curl -s 'localhost:8081/engine-rest/task?processInstanceBusinessKey=1001' | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  # the task arrived at the platform over RabbitMQ
  curl -u kermit:kermit 'localhost:8080/api/tasks?sort=-createTime'
  # claim and complete it: the platform sends both to order-application and waits for its answer
  curl -i -u kermit:kermit -X POST localhost:8080/api/tasks/\$TASK/claim
  curl -i -u kermit:kermit -H 'Content-Type: application/json' -d '{"approved":true}' -X POST localhost:8080/api/tasks/\$TASK/complete
  # operations (user admin): dead letters, view rebuild, metrics
  curl -u admin:admin localhost:8080/actuator/flowpool-dead-letters
  curl -u admin:admin localhost:8080/actuator/metrics/flowpool.view.lag

Stop with: $0 stop
EOF
}

start() {
  local build=$1 instance deadline
  command -v java >/dev/null || die "java not found: install Java 17 (apt-get install openjdk-17-jre-headless)"
  command -v curl >/dev/null || die "curl not found: apt-get install curl"
  mkdir -p "$state"
  bash "$root/deploy/local/ensure-services.sh" --install
  prepare_databases
  if [ "$build" = true ] || [ ! -f "$app_jar" ] || [ ! -f "$platform_jar" ]; then
    build_jars
  fi
  [ -f "$app_jar" ] || die "$app_jar is missing after the build"
  [ -f "$platform_jar" ] || die "$platform_jar is missing after the build"
  for instance in "${instances[@]}"; do
    launch "$instance"
  done
  deadline=$(($(date +%s) + ${FLOWPOOL_START_TIMEOUT:-300}))
  for instance in "${instances[@]}"; do
    await_up "$instance" "$deadline"
  done
  tour
}

stop() {
  local instance name pid i
  for instance in "${instances[@]}"; do
    name=$(field "$instance" 0)
    pid=$(pid_of "$name")
    if [ -z "$pid" ]; then
      say "$name does not run"
    else
      say "stopping $name (pid $pid)"
      kill "$pid"
      for ((i = 0; i < 30; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
      if kill -0 "$pid" 2>/dev/null; then
        say "$name did not stop within 30s: killing it"
        kill -9 "$pid" 2>/dev/null || true
      fi
    fi
    rm -f "$state/$name.pid"
  done
}

status() {
  local instance name port pid health failed=0
  for instance in "${instances[@]}"; do
    name=$(field "$instance" 0); port=$(field "$instance" 1)
    pid=$(pid_of "$name")
    if [ -z "$pid" ]; then
      printf '%-20s %-6s %s\n' "$name" "$port" "not running"
      failed=1
    else
      health=$(health "$port")
      printf '%-20s %-6s pid %-8s health %s\n' "$name" "$port" "$pid" "${health:-unknown}"
      [ "$health" = UP ] || failed=1
    fi
  done
  return "$failed"
}

main() {
  local command=start build=false arg
  for arg in "$@"; do
    case "$arg" in
      start | stop | status) command=$arg ;;
      --build) build=true ;;
      -h | --help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; return 0 ;;
      *) die "unknown argument $arg (start [--build] | stop | status)" ;;
    esac
  done
  case "$command" in
    start) start "$build" ;;
    stop) stop ;;
    status) status ;;
  esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
