/**
 * Compiled standards by content hash. New tickets take the deployed version; a ticket opened
 * under an earlier one is always run with that one's program (its state pins it), so a standard
 * can be changed while tickets are open.
 */
import type { Database } from "better-sqlite3";
import type { StandardModel } from "@yardstick/dsl";
import { compileStandard, type Program } from "@yardstick/engine";

export class Programs {
  private readonly cache = new Map<string, Program>();
  current: Program;

  constructor(
    private readonly db: Database,
    model: StandardModel,
    now: number,
  ) {
    this.current = this.compile(model);
    db.prepare(
      "insert into standards (hash, id, version, model, deployed_at) values (?, ?, ?, ?, ?) on conflict (hash) do nothing",
    ).run(model.hash, model.id, model.version, JSON.stringify(model), now);
  }

  byHash(hash: string): Program {
    const cached = this.cache.get(hash);
    if (cached !== undefined) return cached;
    const row = this.db.prepare("select model from standards where hash = ?").get(hash) as
      { model: string } | undefined;
    if (row === undefined) throw new Error(`no standard with hash ${hash} was ever deployed here`);
    return this.compile(JSON.parse(row.model) as StandardModel);
  }

  private compile(model: StandardModel): Program {
    const { program, diagnostics } = compileStandard(model);
    if (program === undefined)
      throw new Error(`standard ${model.id} does not compile:\n${diagnostics.map((d) => d.message).join("\n")}`);
    this.cache.set(model.hash, program);
    return program;
  }
}
