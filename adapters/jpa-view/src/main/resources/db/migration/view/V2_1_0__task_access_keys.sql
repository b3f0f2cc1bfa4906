-- Access keys: one bigint per pair of a task principal and a scalar value under a top-level payload
-- attribute (TaskAccessKeys). A reader who filters on a payload equality asks this GIN index for
-- (each of their principals) x (the value): the posting lists hold just the tasks that pass both,
-- where the two-column index had to intersect one long posting list per principal.
--
-- NULL means "no keys": rows written before this version (until their task is written again) and
-- tasks with too many keys. Queries take those from the small partial index and check them with the
-- exact conditions, so they are never missed.

alter table fp_task add column access_keys bigint[];

create index fp_task_access_keys_idx on fp_task using gin (access_keys);
create index fp_task_without_access_keys_idx on fp_task (id) where access_keys is null;
