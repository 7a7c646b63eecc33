/**
 * The HTTP API (node:http: seven routes need no framework). Bodies and answers are JSON.
 * Instants are accepted as epoch ms, ISO 8601 with an offset, or a local time in the standard's
 * zone (`2026-03-06 17:55`), and answered as ISO 8601 with the standard's offset. Errors are
 * `{ error: { code, message, hint?, path? } }` with a 4xx status.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { formatLocal, instantFrom, isEngineError, type Data } from "@yardstick/engine";
import type { Service } from "./service.js";
import { UnknownTicket } from "./tickets.js";

/** A request the service refuses, with what to do instead. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly path?: (string | number)[],
  ) {
    super(message);
  }
}

type Handler = (s: Service, body: Record<string, unknown>, params: string[], query: URLSearchParams) => unknown;

interface Route {
  method: "GET" | "POST";
  path: RegExp;
  status?: number;
  handler: Handler;
}

const text = (v: unknown, name: string, required = false): string | undefined => {
  if (v === undefined || v === null) {
    if (required) throw new RequestError(400, "invalid-request", `\`${name}\` is required`, undefined, [name]);
    return undefined;
  }
  if (typeof v !== "string" || v === "")
    throw new RequestError(400, "invalid-request", `\`${name}\` must be a non-empty string`, undefined, [name]);
  return v;
};

const strings = (v: unknown, name: string): string[] | undefined => {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
    throw new RequestError(400, "invalid-request", `\`${name}\` must be a list of strings`, undefined, [name]);
  return v as string[];
};

function when(s: Service, v: unknown, name: string): number {
  if (v === undefined || v === null) return s.clock.now();
  const t = instantFrom(v, s.timezone);
  if (t === undefined)
    throw new RequestError(
      400,
      "invalid-instant",
      `\`${name}\` is not a time: ${JSON.stringify(v)}`,
      "write epoch ms, ISO 8601 with an offset, or a local time like `2026-03-06 17:55`",
      [name],
    );
  return t;
}

const ROUTES: Route[] = [
  {
    method: "GET",
    path: /^\/health$/,
    handler: (s) => ({ ok: true, now: s.clock.now(), standard: s.programs.current.pin }),
  },
  {
    method: "POST",
    path: /^\/tickets$/,
    status: 201,
    handler: (s, b) => {
      const id = text(b.id, "id") ?? s.newId();
      const at = when(s, b.at, "at");
      const { created } = s.tickets.open(
        {
          id,
          kind: text(b.kind, "kind", true)!,
          at,
          ...(b.data !== undefined ? { data: b.data as Data } : {}),
          ...(b.by !== undefined ? { by: text(b.by, "by")! } : {}),
        },
        s.clock.now(),
      );
      s.loop.poke();
      return { id, created, status: s.tickets.status(id, s.clock.now()) };
    },
  },
  {
    method: "POST",
    path: /^\/tickets\/([^/]+)\/events$/,
    handler: (s, b, [id]) => {
      const eventId = text(b.id, "id") ?? s.newId();
      const { duplicate, result } = s.tickets.apply(
        id!,
        eventId,
        {
          type: text(b.type, "type", true)!,
          at: when(s, b.at, "at"),
          ...(b.by !== undefined ? { by: text(b.by, "by")! } : {}),
          ...(b.data !== undefined ? { data: b.data as Data } : {}),
        },
        s.clock.now(),
      );
      s.loop.poke();
      return { event: eventId, duplicate, effects: result.effects, status: s.tickets.status(id!, s.clock.now()) };
    },
  },
  {
    method: "GET",
    path: /^\/tickets\/([^/]+)$/,
    handler: (s, _b, [id]) => ({
      status: s.tickets.status(id!, s.clock.now()),
      outbox: s.outbox.list({ subject: id! }),
    }),
  },
  {
    method: "GET",
    path: /^\/duties\/due$/,
    handler: (s, _b, _p, q) => {
      const filter = {
        ...(q.get("zone") ? { zone: q.get("zone")! } : {}),
        ...(q.get("role") ? { role: q.get("role")! } : {}),
        ...(q.get("duty") ? { duty: q.get("duty")! } : {}),
        ...(q.get("until") ? { until: when(s, q.get("until"), "until") } : {}),
      };
      return { now: s.clock.now(), occurrences: s.duties.due(s.clock.now(), filter) };
    },
  },
  {
    method: "POST",
    path: /^\/duties\/logs$/,
    status: 201,
    handler: (s, b) => {
      const id = text(b.id, "id") ?? s.newId();
      const by = typeof b.by === "string" ? b.by : strings(b.by, "by");
      const checkpoints = strings(b.checkpoints, "checkpoints");
      const result = s.duties.log(
        {
          id,
          duty: text(b.duty, "duty", true)!,
          at: when(s, b.at, "at"),
          ...(by !== undefined ? { by } : {}),
          ...(b.zone !== undefined ? { zone: text(b.zone, "zone")! } : {}),
          ...(b.item !== undefined ? { item: text(b.item, "item")! } : {}),
          ...(b.occurrence !== undefined ? { occurrence: text(b.occurrence, "occurrence")! } : {}),
          ...(checkpoints !== undefined ? { checkpoints } : {}),
          ...(b.ref !== undefined ? { ref: text(b.ref, "ref")! } : {}),
        },
        s.clock.now(),
      );
      s.loop.poke();
      return { id, ...result };
    },
  },
  {
    method: "POST",
    path: /^\/duties\/events$/,
    status: 201,
    handler: (s, b) => {
      const id = text(b.id, "id") ?? s.newId();
      const result = s.duties.trigger(
        {
          id,
          type: text(b.type, "type", true)!,
          at: when(s, b.at, "at"),
          ...(b.zone !== undefined ? { zone: text(b.zone, "zone")! } : {}),
          ...(b.item !== undefined ? { item: text(b.item, "item")! } : {}),
        },
        s.clock.now(),
      );
      s.loop.poke();
      return { id, ...result };
    },
  },
  {
    method: "GET",
    path: /^\/outbox$/,
    handler: (s, _b, _p, q) => ({
      effects: s.outbox.list({
        ...(q.get("pending") === "true" ? { pending: true } : {}),
        ...(q.get("subject") ? { subject: q.get("subject")! } : {}),
      }),
    }),
  },
];

/** Keys whose numbers are instants: written back as local ISO 8601. */
const INSTANTS = new Set([
  "at",
  "now",
  "start",
  "due",
  "deadline",
  "previousDeadline",
  "startedAt",
  "nextWakeAt",
  "doneAt",
  "createdAt",
  "deliveredAt",
]);

export function answer(s: Service, res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(
    value,
    (key, v: unknown) => (INSTANTS.has(key) && typeof v === "number" ? formatLocal(v, s.timezone) : v),
    2,
  );
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(`${body}\n`);
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1_000_000) throw new RequestError(413, "body-too-large", "the body is over 1 MB");
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString("utf8").trim();
  if (raw === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    throw new RequestError(400, "invalid-json", `the body is not JSON: ${(error as Error).message}`);
  }
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new RequestError(400, "invalid-json", "the body must be a JSON object");
  return body as Record<string, unknown>;
}

export async function handle(s: Service, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  try {
    const matching = ROUTES.filter((r) => r.path.test(url.pathname));
    if (matching.length === 0)
      throw new RequestError(404, "not-found", `no route ${url.pathname}`, "see examples/sqlite-service/README.md");
    const route = matching.find((r) => r.method === req.method);
    if (route === undefined)
      throw new RequestError(
        405,
        "method-not-allowed",
        `${req.method} ${url.pathname} is not served`,
        `use ${matching.map((r) => r.method).join(" or ")}`,
      );
    const params = route.path.exec(url.pathname)!.slice(1).map(decodeURIComponent);
    const body = req.method === "POST" ? await readBody(req) : {};
    answer(s, res, route.status ?? 200, route.handler(s, body, params, url.searchParams));
  } catch (error) {
    if (error instanceof RequestError)
      answer(s, res, error.status, {
        error: { code: error.code, message: error.message, hint: error.hint, path: error.path },
      });
    else if (error instanceof UnknownTicket)
      answer(s, res, 404, { error: { code: error.code, message: error.message, hint: "open it with POST /tickets" } });
    else if (isEngineError(error))
      answer(s, res, 400, { error: { code: error.code, message: error.message, hint: error.hint, path: error.path } });
    else {
      s.onError(error);
      answer(s, res, 500, { error: { code: "internal", message: (error as Error).message } });
    }
  }
}
