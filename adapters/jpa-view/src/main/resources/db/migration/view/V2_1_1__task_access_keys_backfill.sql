-- Access keys for the tasks written before 2.1.0, so that a payload filter does not have to check
-- all of them through fp_task_without_access_keys_idx until each is written again.
--
-- The function computes what TaskAccessKeys computes, for the common payload whose top-level values
-- are all texts, numbers (up to 1,000 characters) and booleans (or null); for any other payload it
-- returns NULL, which is always safe: such a task stays without keys and is checked exactly.
-- (adapters/jpa-view's benchmark generates its tasks' keys with it, and a test compares them with
-- TaskAccessKeys.) Numbers are written without trailing zeros, as BigDecimal.stripTrailingZeros
-- and toPlainString do.

create function fp_flat_payload_access_keys(principals text[], payload jsonb) returns bigint[]
    language sql immutable
as $$
select case
           when exists (select 1
                        from jsonb_each(payload) as e
                        where jsonb_typeof(e.value) in ('object', 'array')
                           or jsonb_typeof(e.value) = 'number' and length(e.value::text) > 1000)
               then null
           else array(select distinct ('x' || substr(md5(p || E'\n' || e.key || E'\n' ||
                                                         case jsonb_typeof(e.value)
                                                             when 'string' then 's' || (e.value #>> '{}')
                                                             when 'number' then 'n' || trim_scale((e.value #>> '{}')::numeric)::text
                                                             else 'b' || (e.value #>> '{}') end),
                                              1, 16))::bit(64)::bigint
                      from unnest(principals) as p,
                           jsonb_each(payload) as e
                      where jsonb_typeof(e.value) <> 'null')
       end
$$;

update fp_task
set access_keys = fp_flat_payload_access_keys(principals, payload)
where access_keys is null;
