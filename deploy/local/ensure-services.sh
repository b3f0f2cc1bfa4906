#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432) and RabbitMQ (127.0.0.1:5672) answer, starting the Debian
# packages' servers when they are installed but stopped. Used by CI and by developers before
# running the integration tests. Hosts and ports come from FLOWPOOL_PG_HOST/PORT and
# FLOWPOOL_RABBIT_HOST/PORT when set.
#
#   --install   also install a missing server from Debian's packages (apt-get install -y
#               postgresql rabbitmq-server, through sudo when not root); used by run-distributed.sh
set -uo pipefail

install=false
for arg in "$@"; do
  case "$arg" in
    --install) install=true ;;
    *) echo "usage: $0 [--install]" >&2; exit 2 ;;
  esac
done

pg_host=${FLOWPOOL_PG_HOST:-127.0.0.1}
pg_port=${FLOWPOOL_PG_PORT:-5432}
rabbit_host=${FLOWPOOL_RABBIT_HOST:-127.0.0.1}
rabbit_port=${FLOWPOOL_RABBIT_PORT:-5672}

answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for() { # name host port seconds
  local i
  for ((i = 0; i < $4; i++)); do
    answers "$2" "$3" && { echo "$1 answers on $2:$3"; return 0; }
    sleep 1
  done
  echo "$1 does not answer on $2:$3" >&2
  return 1
}

as_root() { # the servers' own scripts switch to their service users, but only when run as root
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    "$@"
  fi
}

apt_updated=false
install_package() { # package
  echo "installing $1 from Debian's packages"
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -q && apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1"
}

if ! answers "$pg_host" "$pg_port"; then
  if ! command -v pg_ctlcluster >/dev/null && [ "$install" = true ]; then
    install_package postgresql
  fi
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "starting PostgreSQL"
    # shellcheck disable=SC2012 # version directories are plain numbers
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  else
    echo "PostgreSQL is not installed here: apt-get install postgresql (or set FLOWPOOL_PG_HOST/PORT)" >&2
  fi
fi
if ! answers "$rabbit_host" "$rabbit_port"; then
  if ! command -v rabbitmq-server >/dev/null && [ "$install" = true ]; then
    install_package rabbitmq-server
  fi
  if command -v rabbitmq-server >/dev/null; then
    if ! answers "$rabbit_host" "$rabbit_port"; then # the package may have started it
      echo "starting RabbitMQ"
      as_root rabbitmq-server -detached || true
    fi
  else
    echo "RabbitMQ is not installed here: apt-get install rabbitmq-server (or set FLOWPOOL_RABBIT_HOST/PORT)" >&2
  fi
fi

wait_for PostgreSQL "$pg_host" "$pg_port" 60 && wait_for RabbitMQ "$rabbit_host" "$rabbit_port" 90
