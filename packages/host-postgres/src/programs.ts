import type { StandardModel } from "@yardstick/dsl";
import { compileStandard, type Program } from "@yardstick/engine";
import type { Pool, PoolClient } from "pg";

/**
 * Compiled standards by content hash. A ticket pinned to a hash is always run with that hash's
 * program, so a new version can be deployed while tickets of the old one are still open.
 */
export class Programs {
  private readonly cache = new Map<string, Program>();

  constructor(private readonly pool: Pool) {}

  async byHash(hash: string, client?: PoolClient): Promise<Program> {
    const cached = this.cache.get(hash);
    if (cached !== undefined) return cached;
    const { rows } = await (client ?? this.pool).query<{ model: StandardModel }>(
      "select model from ys_standards where hash = $1",
      [hash],
    );
    if (rows[0] === undefined) throw new Error(`no standard with hash ${hash} is deployed`);
    const { program, diagnostics } = compileStandard(rows[0].model);
    if (program === undefined)
      throw new Error(`standard ${hash} does not compile: ${diagnostics.map((d) => d.message).join("; ")}`);
    this.cache.set(hash, program);
    return program;
  }

  async current(id: string, client?: PoolClient): Promise<Program> {
    const { rows } = await (client ?? this.pool).query<{ hash: string }>("select hash from ys_current where id = $1", [
      id,
    ]);
    if (rows[0] === undefined) throw new Error(`standard \`${id}\` is not deployed: call deploy(model) first`);
    return this.byHash(rows[0].hash, client);
  }

  /** Stores a model (by its content hash) and makes it the version new tickets of its id take. */
  async deploy(model: StandardModel): Promise<{ id: string; version: string; hash: string }> {
    const { program, diagnostics } = compileStandard(model);
    if (program === undefined)
      throw new Error(`standard ${model.id} does not compile: ${diagnostics.map((d) => d.message).join("; ")}`);
    await this.pool.query(
      `insert into ys_standards (hash, id, version, model) values ($1, $2, $3, $4) on conflict (hash) do nothing`,
      [model.hash, model.id, model.version, JSON.stringify(model)],
    );
    await this.pool.query(
      `insert into ys_current (id, hash) values ($1, $2) on conflict (id) do update set hash = excluded.hash`,
      [model.id, model.hash],
    );
    this.cache.set(model.hash, program);
    return program.pin;
  }
}
