-- Flowpool's persistent view (adapters/jpa-view). Versions 2.x belong to the view; 1.x to the
-- Axon event store, which may live in the same database.
--
-- Authorization is one indexed condition: every row that users see carries a `principals` array
-- ('user:<id>', 'group:<id>', and for tasks 'assignee:<id>') under a GIN index, and a query asks
-- `principals && <the reader's principals>`, however many groups the reader has.
-- Payloads are jsonb under a jsonb_path_ops GIN index: an equality filter on any payload path is an
-- indexed `payload @? <jsonpath>`; the index holds hashes, so long values do not break it.
-- Principals and payload share one two-column GIN index: a query with both conditions intersects
-- them inside one index scan and visits only the rows that pass both.

create table fp_task (
    id                    text        not null primary key,
    source_kind           text        not null,
    source_instance_id    text        not null,
    source_execution_id   text,
    source_definition_id  text,
    source_definition_key text        not null,
    source_name           text        not null,
    application_name      text        not null,
    tenant_id             text,
    task_definition_key   text,
    form_key              text,
    business_key          text,
    payload               jsonb       not null,
    correlations          jsonb       not null,
    assignee              text,
    candidate_users       text[]      not null,
    candidate_groups      text[]      not null,
    principals            text[]      not null,
    create_time           timestamptz,
    description           text,
    due_date              timestamptz,
    follow_up_date        timestamptz,
    name                  text,
    owner                 text,
    priority              integer     not null,
    version               bigint      not null
);

create index fp_task_access_idx on fp_task using gin (principals, payload jsonb_path_ops);
create index fp_task_assignee_idx on fp_task (assignee);
create index fp_task_application_idx on fp_task (application_name);
create index fp_task_correlations_idx on fp_task using gin (correlations jsonb_path_ops);

create table fp_data_entry (
    entry_type        text        not null,
    entry_id          text        not null,
    type              text,
    application_name  text,
    name              text,
    description       text,
    payload           jsonb       not null,
    correlations      jsonb       not null,
    processing_type   text        not null,
    state             text        not null,
    form_key          text,
    authorized_users  text[]      not null,
    authorized_groups text[]      not null,
    principals        text[]      not null,
    created_at        timestamptz,
    last_modified_at  timestamptz,
    version           bigint      not null,
    primary key (entry_type, entry_id)
);

create index fp_data_entry_access_idx on fp_data_entry using gin (principals, payload jsonb_path_ops);

-- The protocol (audit trail) of a data entry, one row per line, in order.
create table fp_data_entry_protocol (
    entry_type      text        not null,
    entry_id        text        not null,
    line_no         integer     not null,
    time            timestamptz not null,
    processing_type text        not null,
    state           text        not null,
    username        text,
    log             text,
    log_notes       text,
    primary key (entry_type, entry_id, line_no),
    foreign key (entry_type, entry_id) references fp_data_entry (entry_type, entry_id) on delete cascade
);

create index fp_data_entry_protocol_username_idx on fp_data_entry_protocol (username, entry_type, entry_id);

create table fp_process_definition (
    id                       text    not null primary key,
    definition_key           text    not null,
    definition_version       integer not null,
    application_name         text,
    process_name             text,
    version_tag              text,
    description              text,
    form_key                 text,
    startable_from_tasklist  boolean not null,
    candidate_starter_users  text[]  not null,
    candidate_starter_groups text[]  not null,
    principals               text[]  not null
);

create index fp_process_definition_principals_idx on fp_process_definition using gin (principals);

create table fp_process_instance (
    id                    text not null primary key,
    source_kind           text not null,
    source_instance_id    text not null,
    source_execution_id   text,
    source_definition_id  text,
    source_definition_key text not null,
    source_name           text not null,
    application_name      text not null,
    tenant_id             text,
    state                 text not null,
    business_key          text,
    super_instance_id     text,
    start_activity_id     text,
    end_activity_id       text,
    start_user_id         text,
    delete_reason         text
);

create index fp_process_instance_state_idx on fp_process_instance (state);

create table fp_process_variable (
    process_instance_id        text    not null,
    variable_instance_id       text    not null,
    name                       text    not null,
    value                      jsonb   not null,
    scope_activity_instance_id text,
    revision                   integer not null,
    source_kind                text    not null,
    source_instance_id         text    not null,
    source_execution_id        text,
    source_definition_id       text,
    source_definition_key      text    not null,
    source_name                text    not null,
    application_name           text    not null,
    tenant_id                  text,
    primary key (process_instance_id, variable_instance_id)
);

-- The sequence guard: per aggregate the last applied event's sequence number and the events that
-- arrived early (JSON envelopes), written in the same transaction as the rows they produce.
create table fp_projection_progress (
    aggregate_kind text   not null,
    aggregate_id   text   not null,
    last_sequence  bigint not null,
    parked         jsonb  not null,
    primary key (aggregate_kind, aggregate_id)
);
