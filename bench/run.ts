// `pnpm bench`: runs every package's benchmark (packages/*/bench/main.ts, and the engine's
// bench/tickets.ts and bench/duties.ts), one fresh process each,
// so one package's warm-up or garbage does not colour another's figures.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packages = fileURLToPath(new URL("../packages/", import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const name of readdirSync(packages).sort()) {
  if (only.length > 0 && !only.includes(name)) continue;
  for (const entry of ["main.ts", "tickets.ts", "audits.ts", "duties.ts"]) {
    const main = `${packages}${name}/bench/${entry}`;
    if (!existsSync(main)) continue;
    console.log(`\n━━ @yardstick/${name}${entry === "main.ts" ? "" : ` (${entry})`} ━━`);
    const result = spawnSync(
      process.execPath,
      ["--conditions=@yardstick/source", "--import", "tsx", "--expose-gc", main],
      { stdio: "inherit" },
    );
    if (result.status !== 0) failed++;
  }
}
if (failed > 0) {
  console.error(`\n${failed} benchmark${failed === 1 ? "" : "s"} crashed`);
  process.exitCode = 1;
}
