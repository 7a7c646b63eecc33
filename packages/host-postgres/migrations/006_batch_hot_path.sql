-- The hot path of a batch (decision 0091 kept): measured with 3,000 due tickets woken 100 at a time,
-- ys_persist_many took ~2.2–2.9 s under 005 and ~0.8 s with the two changes here (load ~12):
-- - the outbox is written in one statement when no effect of the batch is a retract (every batch
--   but a late report's); with a retract, one at a time in the engine's order, as in 005;
-- - every ticket's wake-up is moved by one add_jobs call instead of one add_job per ticket. A job
--   that call did not return (graphile/worker#580: a worker locked the ticket's job between
--   add_jobs' two statements) is queued again through ys_enqueue, which retries until it stands.
create or replace function ys_persist_many(
  p_tickets text[], p_states jsonb[], p_wakes float8[], p_closed boolean[],
  p_effect_tickets text[], p_keys text[], p_effects jsonb[]
) returns int language plpgsql as $$
declare
  inserted int := 0;
  v_gen int;
  v_retracts text;
  v_key text;
  v_keys text[] := '{}';
  v_missed text[];
begin
  update ys_tickets as t
     set state = x.s,
         next_wake_at = case when x.w is null then null else to_timestamp(x.w / 1000) end,
         closed = x.c,
         updated_at = now()
    from unnest(p_tickets, p_states, p_wakes, p_closed) as x(id, s, w, c)
   where t.id = x.id;
  if coalesce(array_length(p_keys, 1), 0) = 0 then
    null;
  elsif not exists (select 1 from unnest(p_effects) as e where e ? 'retracts') then
    -- No retract among them (every batch but a late report's): one statement. A key with no row is
    -- announcement 1, a key whose latest announcement was retracted the next one; a repeat, in the
    -- outbox or twice here, conflicts on (effect_key, generation) and adds nothing.
    with ins as (
      insert into ys_outbox (key, effect_key, generation, retracts, ticket_id, effect, created_at)
        select case when g.gen is null then x.k else x.k || '#' || (g.gen + 1) end, x.k, coalesce(g.gen, 0) + 1,
               null, x.tk, x.e, clock_timestamp()
          from unnest(p_keys, p_effect_tickets, p_effects) with ordinality as x(k, tk, e, n)
          left join lateral (select max(generation) as gen from ys_outbox where effect_key = x.k) g on true
         where g.gen is null or exists (select 1 from ys_outbox r where r.retracts = x.k and r.generation = g.gen)
         order by x.n
      on conflict do nothing
      returning key
    )
    select coalesce(array_agg(key), '{}'), count(*) into v_keys, inserted from ins;
  else
    -- A retract among them: one at a time, in the engine's order (the retract clears the way for
    -- the announcement after it), as migration 005 does.
    for i in 1 .. coalesce(array_length(p_keys, 1), 0) loop
      v_retracts := p_effects[i]->>'retracts';
      if v_retracts is not null then
        select max(generation) into v_gen from ys_outbox where effect_key = v_retracts;
        continue when v_gen is null;
      else
        select max(generation) into v_gen from ys_outbox where effect_key = p_keys[i];
        if v_gen is null then
          v_gen := 1;
        elsif exists (select 1 from ys_outbox where retracts = p_keys[i] and generation = v_gen) then
          v_gen := v_gen + 1;
        else
          continue;
        end if;
      end if;
      v_key := case when v_gen = 1 then p_keys[i] else p_keys[i] || '#' || v_gen end;
      insert into ys_outbox (key, effect_key, generation, retracts, ticket_id, effect, created_at)
        values (v_key, p_keys[i], v_gen, v_retracts, p_effect_tickets[i], p_effects[i], clock_timestamp())
        on conflict do nothing;
      if found then
        inserted := inserted + 1;
        v_keys := v_keys || v_key;
      end if;
    end loop;
  end if;
  if inserted > 0 then
    perform graphile_worker.add_jobs((
      select array_agg(row('deliver', json_build_object('key', k), null, null, null, 'deliver:' || k, null, null)::graphile_worker.job_spec)
        from unnest(v_keys) as k), false);
  end if;
  -- Every ticket's wake-up moved in one add_jobs call; a job graphile-worker dropped (a worker
  -- locked it between add_jobs' two statements, graphile/worker#580) is queued again through ys_enqueue.
  with specs as (
    select row('wake', json_build_object('ticket', t), null, to_timestamp(w / 1000), 25, 'wake:' || t, -10, null)::graphile_worker.job_spec as spec, 'wake:' || t as key
      from unnest(p_tickets, p_wakes) as x(t, w) where w is not null
  ), added as (
    select key from graphile_worker.add_jobs((select array_agg(spec) from specs), false)
  )
  select array_agg(s.key) into v_missed from specs s where not exists (select 1 from added a where a.key = s.key);
  if v_missed is not null then
    for i in 1 .. array_length(p_tickets, 1) loop
      if ('wake:' || p_tickets[i]) = any(v_missed) then
        perform ys_enqueue('wake', json_build_object('ticket', p_tickets[i]), to_timestamp(p_wakes[i] / 1000),
          'wake:' || p_tickets[i], 25, -10);
      end if;
    end loop;
  end if;
  perform graphile_worker.remove_job('wake:' || t) from unnest(p_tickets, p_wakes) as x(t, w) where w is null;
  return inserted;
end $$;
