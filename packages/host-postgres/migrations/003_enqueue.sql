-- graphile-worker's add_job with a job_key (replace mode) can drop the job it was asked to add: its
-- add_jobs first clears the key of a job that is locked, then upserts `where locked_at is null`. A
-- worker that locks the existing job between those two statements leaves the upsert with nothing to
-- do, and add_job returns a row of nulls (graphile/worker#580, open). The running job started before
-- this transaction's change was committed, so the change it was meant to act on — a ticket's next
-- event, a moved wake-up — would wait for the next change. ys_enqueue calls add_job again until a
-- job stands for this transaction: the second call finds the existing job locked, clears its key
-- and inserts a new one.
create or replace function ys_enqueue(
  p_task text, p_payload json, p_run_at timestamptz, p_key text, p_max_attempts int
) returns bigint language plpgsql as $$
declare
  v_id bigint;
begin
  for attempt in 1..10 loop
    select id into v_id from graphile_worker.add_job(p_task, p_payload, run_at => p_run_at, job_key => p_key,
      job_key_mode => 'replace', max_attempts => p_max_attempts);
    if v_id is not null then
      return v_id;
    end if;
  end loop;
  raise exception 'ys_enqueue: no job for key % after 10 attempts', p_key using errcode = 'YS001';
end $$;

-- The same as 002, scheduling the wake-up through ys_enqueue.
create or replace function ys_persist(
  p_ticket text, p_state jsonb, p_next_wake_ms float8, p_closed boolean, p_keys text[], p_effects jsonb[]
) returns int language plpgsql as $$
declare
  inserted int := 0;
begin
  update ys_tickets
     set state = p_state,
         next_wake_at = case when p_next_wake_ms is null then null else to_timestamp(p_next_wake_ms / 1000) end,
         closed = p_closed,
         updated_at = now()
   where id = p_ticket;
  if coalesce(array_length(p_keys, 1), 0) > 0 then
    with ins as (
      insert into ys_outbox (key, ticket_id, effect)
        select k, p_ticket, e from unnest(p_keys, p_effects) as t(k, e)
      on conflict (key) do nothing
      returning key
    )
    select count(*) into inserted
      from ins, lateral graphile_worker.add_job('deliver', json_build_object('key', ins.key),
             job_key => 'deliver:' || ins.key, job_key_mode => 'unsafe_dedupe');
  end if;
  if p_next_wake_ms is not null then
    perform ys_enqueue('wake', json_build_object('ticket', p_ticket), to_timestamp(p_next_wake_ms / 1000),
      'wake:' || p_ticket, 25);
  else
    perform graphile_worker.remove_job('wake:' || p_ticket);
  end if;
  return inserted;
end $$;

-- An event recorded (idempotent by its id) and the ticket's apply job queued, in one round trip.
-- Returns false for an event id already recorded.
create or replace function ys_submit_event(p_ticket text, p_event_id text, p_payload jsonb) returns boolean
language plpgsql as $$
begin
  insert into ys_events (event_id, ticket_id, payload) values (p_event_id, p_ticket, p_payload)
    on conflict (event_id) do nothing;
  if not found then
    return false;
  end if;
  perform ys_enqueue('apply', json_build_object('ticket', p_ticket), null, 'apply:' || p_ticket, 25);
  return true;
end $$;
