/**
 * Starts the service: `pnpm example:sqlite` from the repository root. Settings from the
 * environment: PORT (8080), DATABASE (yardstick.db in this folder), STANDARD (the seed's Harbour
 * View), WEBHOOK_URL (deliver effects there; without it they are printed).
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostic, loadStandard } from "@yardstick/dsl";
import { ensureBinding } from "./binding.js";
import { lineSender, webhookSender } from "./senders.js";
import { startService } from "./service.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const entry = resolve(root, process.env.STANDARD ?? "standards/seed/harbour-view.yaml");

// `extends: seed/group` is read from standards/, as `yardstick validate` reads it.
const read = (id: string) => {
  const file = join(root, "standards", `${id}.yaml`);
  return { file: relative(root, file), text: readFileSync(file, "utf8") };
};
const text = readFileSync(entry, "utf8");
const { standard, diagnostics } = loadStandard(text, { file: relative(root, entry), resolve: read });
if (standard === undefined) {
  for (const d of diagnostics) console.error(formatDiagnostic(d, { source: text }));
  process.exit(1);
}

try {
  await ensureBinding();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const service = await startService({
  standard,
  database: process.env.DATABASE ?? join(here, "../yardstick.db"),
  port: Number(process.env.PORT ?? 8080),
  sender: process.env.WEBHOOK_URL
    ? webhookSender(process.env.WEBHOOK_URL)
    : lineSender((line) => console.log(`deliver ${line}`), standard.timezone),
  // The community's lifts and vacant units, for the duties planned per item (`each:`).
  duties: { items: { lifts: ["1号楼-A梯", "1号楼-B梯", "2号楼-A梯"], "vacant-units": ["3-0801", "6-1203"] } },
});
console.log(`${standard.id} ${standard.version} served at ${service.url} (see examples/sqlite-service/README.md)`);

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    void service.close().then(() => process.exit(0));
  });
