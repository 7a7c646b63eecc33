-- An effect key can be announced more than once: the engine retracts an effect a late report
-- withdraws (`<key>/retract`, decision 0022) and may announce the same key again — at once, when
-- the late report only moved it, or later, when a further report makes it true again. The outbox
-- was unique by effect key, so the second announcement was dropped as a duplicate. It is now one
-- row per announcement (decision 0091): `generation` counts the announcements of `effect_key`, a
-- retract carries the generation it withdraws, and `key` — the delivery key a receiver checks —
-- is the effect key for the first announcement and `<effect key>#<generation>` after that.
alter table ys_outbox
  add column if not exists effect_key text,
  add column if not exists generation integer not null default 1,
  add column if not exists retracts text;
update ys_outbox set effect_key = key, retracts = effect->>'retracts' where effect_key is null;
alter table ys_outbox alter column effect_key set not null;
create unique index if not exists ys_outbox_announcement on ys_outbox (effect_key, generation);
create index if not exists ys_outbox_retracted on ys_outbox (retracts, generation) where retracts is not null;

-- The same as 004, writing the outbox one announcement at a time, in the order the engine returned
-- them (a retract comes before the effect it clears the way for):
-- - an effect whose key has no row is announcement 1;
-- - an effect whose latest announcement was retracted is the next announcement;
-- - any other repeat (a retried transaction, a second wake-up at the same instant) is skipped;
-- - a retract withdraws the key's latest announcement, once; a retract of nothing is skipped.
-- The ticket's row lock (taken by the caller) serialises the announcements of its keys.
-- The effect is stamped with clock_timestamp(): when it was written, on the database's clock.
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
begin
  update ys_tickets as t
     set state = x.s,
         next_wake_at = case when x.w is null then null else to_timestamp(x.w / 1000) end,
         closed = x.c,
         updated_at = now()
    from unnest(p_tickets, p_states, p_wakes, p_closed) as x(id, s, w, c)
   where t.id = x.id;
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
  -- One add_jobs call for every delivery of the batch.
  if inserted > 0 then
    perform graphile_worker.add_jobs((
      select array_agg(row('deliver', json_build_object('key', k), null, null, null, 'deliver:' || k, null, null)::graphile_worker.job_spec)
        from unnest(v_keys) as k), false);
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
