import { isValidTimeZone } from "@yardstick/calendar";
import { suggestionList } from "@yardstick/calendar";
import type { DocumentSet, ParsedFile } from "../load/document-set.js";
import { FORMAT_VERSION, type Origin, type StandardModel } from "../model/standard-model.js";
import type { StandardInput } from "../schema/standard-schema.js";
import { buildAudits } from "./build-audits.js";
import { buildCalendars, buildHolidaySets } from "./build-calendars.js";
import { BuildContext, compact, label } from "./build-context.js";
import { buildDuties } from "./build-duties.js";
import { buildEffective } from "./build-effective.js";
import { buildTests } from "./build-tests.js";
import { buildTickets } from "./build-tickets.js";
import { contentHash } from "./content-hash.js";
import { phrase, suggestion } from "../diagnostics/codes.js";

/**
 * Turns the merged, schema-valid document into the Standard model: time expressions parsed,
 * defaults filled in, chains expanded, the content hashed, and every value's origin recorded.
 * Problems found on the way are reported on `documents`; the caller decides what to return.
 */
export function buildModel(input: StandardInput, documents: DocumentSet, ancestors: string[]): StandardModel {
  const ctx = new BuildContext(documents);
  const timezone = checkTimezone(input.timezone, ctx);
  const holidaySets = buildHolidaySets(input.holidaySets, ctx);
  const escalations = Object.fromEntries(
    Object.entries(input.escalations ?? {}).map(([id, chain]) => [
      id,
      compact({ id, title: label(chain.title), levels: chain.levels }),
    ]),
  );
  const content = compact({
    formatVersion: FORMAT_VERSION,
    id: input.standard,
    version: versionText(input.version, documents),
    title: label(input.title)!,
    description: label(input.description),
    timezone,
    extends: ancestors,
    effective: buildEffective(input.effective, ["effective"], ctx),
    holidaySets,
    calendars: buildCalendars(input.calendars, timezone, holidaySets, ctx),
    roles: Object.fromEntries(
      Object.entries(input.roles ?? {}).map(([id, role]) => [
        id,
        compact({ id, title: label(role.title)!, reportsTo: role.reportsTo }),
      ]),
    ),
    escalations,
    tickets: buildTickets(input.tickets, escalations, ctx),
    duties: buildDuties(input.duties, escalations, ctx),
    audits: buildAudits(input.audits, ctx),
    tests: buildTests(input.tests, ctx),
  });
  return { ...content, hash: contentHash(content), origins: originsOf(documents) };
}

function checkTimezone(zone: string | undefined, ctx: BuildContext): string {
  if (zone === undefined) {
    ctx.report({
      code: "missing-key",
      path: [],
      ...phrase("missing-key", "timezone", {}),
      prefer: "key",
    });
    return "UTC";
  }
  if (!isValidTimeZone(zone)) {
    const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    ctx.report({
      code: "invalid-timezone",
      path: ["timezone"],
      ...phrase("invalid-timezone", "zone", {
        zone,
        suggestion: suggestion(suggestionList(zone, zones)) ?? phrase("invalid-timezone", "iana", {}).hint,
      }),
    });
  }
  return zone;
}

/** `version: 2026.10` reads as the number 2026.1 in YAML; the source text keeps what was written. */
function versionText(version: string | number, documents: DocumentSet): string {
  if (typeof version === "string") return version;
  const file = documents.fileOf(["version"]);
  return file.numberSources.get("/version") ?? String(version);
}

function originsOf(documents: DocumentSet): Record<string, Origin> {
  return documents.origins((file: ParsedFile) => String((file.value as { standard?: unknown }).standard ?? file.file));
}
