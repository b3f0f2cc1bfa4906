-- A table of the test application itself, next to the view's (db/migration/view).
create table app_note (
    id text not null primary key
);
