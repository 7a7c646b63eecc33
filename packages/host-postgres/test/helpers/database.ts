import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { loadStandard, type StandardModel } from "@yardstick/dsl";
import pg from "pg";

/**
 * Each test file gets a database of its own on the local server. The server is found through
 * YARDSTICK_PG (a connection string to an admin database) or the local socket; when none answers
 * the tests fail with what to do, never pass silently.
 */
export const adminUrl =
  process.env.YARDSTICK_PG ?? `postgresql://${userInfo().username}@/postgres?host=/var/run/postgresql`;

export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl} (${(error as Error).message}). Start it — .ci/run installs and starts PostgreSQL 15 from Debian's packages — or set YARDSTICK_PG.`,
      { cause: error },
    );
  }
  const db = `yardstick_${name}_${process.pid}`;
  await admin.query(`drop database if exists ${db} with (force)`);
  await admin.query(`create database ${db}`);
  await admin.end();
  return adminUrl.replace(/^(postgres(?:ql)?:\/\/[^/]*\/)([^?]*)/, `$1${db}`);
}

/** Drops a database made by freshDatabase (after the test file's pools are closed). */
export async function dropDatabase(url: string): Promise<void> {
  const db = /\/([^/?]+)(\?|$)/.exec(url.replace(/^postgres(ql)?:\/\/[^/]*/, ""))?.[1];
  if (db === undefined || !db.startsWith("yardstick_")) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${db} with (force)`);
  await admin.end();
}

const root = new URL("../../../../", import.meta.url);
export function shippedModel(id: string): StandardModel {
  const read = (x: string) => ({
    file: `standards/${x}.yaml`,
    text: readFileSync(new URL(`standards/${x}.yaml`, root), "utf8"),
  });
  const { standard } = loadStandard(read(id).text, { file: read(id).file, resolve: read });
  if (standard === undefined) throw new Error(`${id} does not load`);
  return standard;
}

export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
