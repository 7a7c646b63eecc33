-- One round trip for everything an engine call returns: the state, the outbox rows with a delivery
-- job each (a key already in the outbox is a no-op), and the ticket's one wake-up moved (job_key
-- replace) or removed. Called inside the caller's transaction, after it locked the ticket's row.
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
    perform graphile_worker.add_job('wake', json_build_object('ticket', p_ticket), run_at => to_timestamp(p_next_wake_ms / 1000),
      job_key => 'wake:' || p_ticket, job_key_mode => 'replace', max_attempts => 25);
  else
    perform graphile_worker.remove_job('wake:' || p_ticket);
  end if;
  return inserted;
end $$;
