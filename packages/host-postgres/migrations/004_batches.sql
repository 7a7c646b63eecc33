-- Wake-ups run ahead of deliveries and events when both are due (graphile-worker takes the lowest
-- priority number first): an escalation is written on time even behind a backlog of deliveries.
drop function if exists ys_enqueue(text, json, timestamptz, text, int);
create function ys_enqueue(
  p_task text, p_payload json, p_run_at timestamptz, p_key text, p_max_attempts int, p_priority int default 0
) returns bigint language plpgsql as $$
declare
  v_id bigint;
begin
  -- Retried until a job stands: see migrations/003 (graphile/worker#580).
  for attempt in 1..10 loop
    select id into v_id from graphile_worker.add_job(p_task, p_payload, run_at => p_run_at, job_key => p_key,
      job_key_mode => 'replace', max_attempts => p_max_attempts, priority => p_priority);
    if v_id is not null then
      return v_id;
    end if;
  end loop;
  raise exception 'ys_enqueue: no job for key % after 10 attempts', p_key using errcode = 'YS001';
end $$;

-- ys_persist for a batch of tickets in one round trip (a wake-up batch): the states, the outbox rows
-- with a delivery job each, and every ticket's wake-up moved through ys_enqueue or removed.
create or replace function ys_persist_many(
  p_tickets text[], p_states jsonb[], p_wakes float8[], p_closed boolean[],
  p_effect_tickets text[], p_keys text[], p_effects jsonb[]
) returns int language plpgsql as $$
declare
  inserted int := 0;
begin
  update ys_tickets as t
     set state = x.s,
         next_wake_at = case when x.w is null then null else to_timestamp(x.w / 1000) end,
         closed = x.c,
         updated_at = now()
    from unnest(p_tickets, p_states, p_wakes, p_closed) as x(id, s, w, c)
   where t.id = x.id;
  if coalesce(array_length(p_keys, 1), 0) > 0 then
    with ins as (
      insert into ys_outbox (key, ticket_id, effect)
        select k, tk, e from unnest(p_keys, p_effect_tickets, p_effects) as x(k, tk, e)
      on conflict (key) do nothing
      returning key
    )
    select count(*) into inserted
      from ins, lateral graphile_worker.add_job('deliver', json_build_object('key', ins.key),
             job_key => 'deliver:' || ins.key, job_key_mode => 'unsafe_dedupe');
  end if;
  for i in 1 .. coalesce(array_length(p_tickets, 1), 0) loop
    if p_wakes[i] is not null then
      perform ys_enqueue('wake', json_build_object('ticket', p_tickets[i]), to_timestamp(p_wakes[i] / 1000),
        'wake:' || p_tickets[i], 25, -10);
    else
      perform graphile_worker.remove_job('wake:' || p_tickets[i]);
    end if;
  end loop;
  return inserted;
end $$;

-- One ticket is a batch of one.
create or replace function ys_persist(
  p_ticket text, p_state jsonb, p_next_wake_ms float8, p_closed boolean, p_keys text[], p_effects jsonb[]
) returns int language sql as $$
  select ys_persist_many(array[p_ticket], array[p_state], array[p_next_wake_ms], array[p_closed],
    array_fill(p_ticket, array[coalesce(array_length(p_keys, 1), 0)]), p_keys, p_effects)
$$;
