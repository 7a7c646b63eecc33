import { yaml } from "./yaml.js";

/** The lines `minimalStandard` puts before the body; a body's line N is the standard's line `HEADER_LINES + N`. */
export const HEADER_LINES = 4;

export interface HeaderOptions {
  id?: string;
  version?: string;
  timezone?: string | null;
}

/**
 * A valid standard with nothing in it but a header, followed by `body` (dedented YAML). The header
 * is always exactly {@link HEADER_LINES} lines, so a diagnostic in the body sits on line
 * `HEADER_LINES + (its line in the body)`; `timezone: null` writes a comment in its place.
 *
 * @example
 * minimalStandard(`
 *   roles:
 *     technician: { title: { en: Technician } }
 * `);
 */
export function minimalStandard(body = "", header: HeaderOptions = {}): string {
  const { id = "test-site", version = "1", timezone = "Asia/Shanghai" } = header;
  const head = [
    `standard: ${id}`,
    `version: "${version}"`,
    "title: { zh: 测试小区, en: Test site }",
    timezone === null ? "# no timezone" : `timezone: ${timezone}`,
  ].join("\n");
  return `${head}\n${body.trim() === "" ? "" : yaml`${body}`}`;
}

/**
 * A repair ticket kind with a linear workflow (reported → dispatched → on_site → completed →
 * closed, with a pause state), for rules that need a ticket to talk about. `extra` is YAML
 * placed under the ticket kind (e.g. `priorities:` or `clocks:`), indented by the caller's text.
 */
export function repairTicket(extra = ""): string {
  return yaml`
    tickets:
      repair:
        title: { zh: 维修, en: Repair }
        states:
          reported: { on: { dispatch: dispatched } }
          dispatched: { on: { arrive: on_site, wait: waiting } }
          waiting: { on: { resume: dispatched } }
          on_site: { on: { complete: completed } }
          completed: { on: { close: closed } }
          closed: { final: true }
        ${yaml`${extra}`}
  `;
}
