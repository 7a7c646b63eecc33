/**
 * The service, assembled: a SQLite file, the standard compiled, the tickets and duties over it,
 * the wake-up loop, and the HTTP server. Everything the outside world decides — the clock, ids,
 * where effects go — comes in as an option, so a test can start it on a free port with a clock it
 * moves by hand.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Database from "better-sqlite3";
import type { StandardModel } from "@yardstick/dsl";
import { nanoid } from "nanoid";
import { systemClock, type Clock } from "./clock.js";
import { Duties, type DutySetup } from "./duties.js";
import { handle } from "./http.js";
import { Outbox, type EffectSender } from "./outbox.js";
import { Programs } from "./programs.js";
import { migrate } from "./schema.js";
import { Tickets } from "./tickets.js";
import { WakeLoop } from "./wake-loop.js";

export interface ServiceOptions {
  /** The resolved standard (loadStandard's `standard`). */
  standard: StandardModel;
  /** The SQLite file; `:memory:` keeps nothing. */
  database: string;
  sender: EffectSender;
  clock?: Clock;
  /** Ids for tickets, events and logs the caller did not name. Default nanoid. */
  newId?: () => string;
  /** The community's zones, items (`lifts`, `vacant-units`) and records, for planning duties. */
  duties?: DutySetup;
  port?: number;
  host?: string;
  onError?: (error: unknown) => void;
}

export interface Service {
  url: string;
  db: Database.Database;
  clock: Clock;
  timezone: string;
  programs: Programs;
  tickets: Tickets;
  duties: Duties;
  outbox: Outbox;
  loop: WakeLoop;
  newId: () => string;
  onError: (error: unknown) => void;
  /** Resolves when no delivery is in flight. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<Service> {
  const clock = options.clock ?? systemClock;
  const onError = options.onError ?? ((error: unknown) => process.stderr.write(`${String(error)}\n`));
  const db = new Database(options.database);
  migrate(db);
  const programs = new Programs(db, options.standard, clock.now());
  const outbox = new Outbox(db);
  const tickets = new Tickets(db, programs, outbox);
  const duties = new Duties(db, programs, outbox, options.duties);
  const loop = new WakeLoop({ clock, tickets, duties, outbox, sender: options.sender, onError });
  const server: Server = createServer();
  const service: Service = {
    url: "",
    db,
    clock,
    timezone: programs.current.timezone,
    programs,
    tickets,
    duties,
    outbox,
    loop,
    newId: options.newId ?? (() => nanoid()),
    onError,
    settled: () => loop.settled(),
    async close() {
      loop.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await loop.settled();
      db.close();
    },
  };
  server.on("request", (req, res) => void handle(service, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  service.url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  // Catch up on whatever fell due while the service was down, then wait for the next wake-up.
  loop.poke();
  return service;
}
