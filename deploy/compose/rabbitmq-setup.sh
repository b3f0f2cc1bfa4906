#!/usr/bin/env bash
# Run once by compose's rabbitmq-setup service, in the rabbitmq management image: imports
# Flowpool's definitions and creates the applications' users with the passwords from .env.
# Everything it does is idempotent.
set -euo pipefail

admin() {
  rabbitmqadmin --host rabbitmq --port 15672 \
    --username "$RABBITMQ_ADMIN_USER" --password "$RABBITMQ_ADMIN_PASSWORD" "$@"
}

admin import /opt/flowpool/definitions.json

# Process applications: declare the topology (configure; their own engine-command and view-rebuild
# queues and exchanges even with flowpool.amqp.declare-topology=false), publish events and
# engine-command replies (write, amq.default), consume their engine commands and view-rebuild
# requests (read).
admin declare user name=flowpool-apps password="$FLOWPOOL_RABBIT_APPS_PASSWORD" tags=
admin declare permission vhost=flowpool user=flowpool-apps \
  configure='^flowpool\..*' write='^(flowpool\..*|amq\.default)$' read='^flowpool\..*'

# Platform: declare (also, in either mode, each node's own flowpool.view-changes.<node id> queue
# and its exchange, and the engine-commands exchange when the gateway is on), consume the view
# queue, publish engine commands, view-rebuild requests and view changes for the other platform
# nodes, list and re-drive dead letters (which go back through amq.default).
admin declare user name=flowpool-platform password="$FLOWPOOL_RABBIT_PLATFORM_PASSWORD" tags=
admin declare permission vhost=flowpool user=flowpool-platform \
  configure='^flowpool\..*' write='^(flowpool\..*|amq\.default)$' read='^flowpool\..*'

echo "RabbitMQ: vhost flowpool, users flowpool-apps and flowpool-platform are ready"
