/**
 * The service's tables. Every change to a ticket or to the duties is one SQLite transaction: the
 * new state, the effects into the outbox, the next wake-up — so a crash between them loses
 * nothing and sends nothing twice.
 */
import type { Database } from "better-sqlite3";

const TABLES = `
-- Compiled standards by content hash: a ticket runs under the version it was opened with.
create table if not exists standards (
  hash        text primary key,
  id          text not null,
  version     text not null,
  model       text not null,
  deployed_at integer not null
);

-- The engine's ticket state as it returned it (JSON), and when to wake it next.
create table if not exists tickets (
  id            text primary key,
  kind          text not null,
  standard_hash text not null references standards (hash),
  -- What it was opened with: the next ticket of its kind checks it for rework.
  data          text not null,
  state         text not null,
  next_wake_at  integer,
  closed        integer not null default 0,
  opened_at     integer not null,
  updated_at    integer not null
);
create index if not exists tickets_wake on tickets (next_wake_at) where next_wake_at is not null;

-- Every event received, in order; a retried one (same id) is recorded once.
create table if not exists ticket_events (
  seq         integer primary key autoincrement,
  ticket_id   text not null references tickets (id),
  event_id    text not null,
  event       text not null,
  duplicate   integer not null,
  received_at integer not null,
  unique (ticket_id, event_id)
);

-- Duty occurrences planned from the standard, with their latest outcome.
create table if not exists duty_occurrences (
  id         text primary key,
  duty       text not null,
  zone       text,
  item       text,
  at         integer not null,
  start      integer not null,
  due        integer not null,
  occurrence text not null,
  status     text not null default 'pending',
  done_at    integer,
  late_by    integer,
  outcome    text
);
create index if not exists duty_occurrences_at on duty_occurrences (at);
create index if not exists duty_occurrences_open on duty_occurrences (start) where status = 'pending';

-- What staff logged (the patrol or cleaning app), and the events that set duties off (rain).
create table if not exists duty_logs (
  id          text primary key,
  duty        text not null,
  at          integer not null,
  log         text not null,
  received_at integer not null
);
create index if not exists duty_logs_at on duty_logs (at);
create table if not exists duty_events (
  id   text primary key,
  type text not null,
  at   integer not null,
  event text not null
);

-- Effects to deliver, in the order the engine announced them. A key may appear again only after
-- a retract of it (decision 0022): the engine's correction, not a repeat.
create table if not exists outbox (
  seq          integer primary key autoincrement,
  key          text not null,
  kind         text not null,
  subject      text not null,
  retracts     text,
  effect       text not null,
  created_at   integer not null,
  delivered_at integer,
  attempts     integer not null default 0,
  last_error   text
);
create index if not exists outbox_key on outbox (key);
create index if not exists outbox_retracts on outbox (retracts) where retracts is not null;
create index if not exists outbox_pending on outbox (seq) where delivered_at is null;

-- The service's own small facts: how far ahead duties are planned, when they next need a look.
create table if not exists meta (
  name  text primary key,
  value integer
);
`;

export function migrate(db: Database): void {
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.exec(TABLES);
}

export function getMeta(db: Database, name: string): number | null {
  const row = db.prepare("select value from meta where name = ?").get(name) as { value: number | null } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Database, name: string, value: number | null): void {
  db.prepare(
    "insert into meta (name, value) values (?, ?) on conflict (name) do update set value = excluded.value",
  ).run(name, value);
}
