-- Yardstick's reference host: compiled standards by content hash, tickets as JSONB pinned to
-- their standard, an event log idempotent by event id, an outbox of effects unique by key.
create table if not exists ys_standards (
  hash        text primary key,
  id          text not null,
  version     text not null,
  model       json not null, -- json, not jsonb: the model keeps its key order
  deployed_at timestamptz not null default now()
);

-- Which standard version new tickets take, per standard id. Open tickets keep the hash they pinned.
create table if not exists ys_current (
  id   text primary key,
  hash text not null references ys_standards (hash)
);

create table if not exists ys_tickets (
  id            text primary key,
  kind          text not null,
  standard_hash text not null references ys_standards (hash),
  state         jsonb not null,
  next_wake_at  timestamptz,
  closed        boolean not null default false,
  updated_at    timestamptz not null default now()
);
create index if not exists ys_tickets_next_wake_at on ys_tickets (next_wake_at) where next_wake_at is not null;

-- status: pending → applied | duplicate | parked (a poison event, with its error).
create table if not exists ys_events (
  event_id    text primary key,
  seq         bigserial not null, -- the order received: a ticket's events are applied in this order
  ticket_id   text not null,
  payload     jsonb not null,
  status      text not null default 'pending',
  error       jsonb,
  received_at timestamptz not null default now(),
  applied_at  timestamptz
);
create index if not exists ys_events_pending on ys_events (ticket_id, seq) where status = 'pending';

create table if not exists ys_outbox (
  key          text primary key,
  ticket_id    text not null,
  effect       jsonb not null,
  created_at   timestamptz not null default now(),
  delivered_at timestamptz,
  attempts     integer not null default 0
);
create index if not exists ys_outbox_pending on ys_outbox (created_at) where delivered_at is null;
