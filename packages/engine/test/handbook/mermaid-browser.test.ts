/**
 * Every shipped standard's workflows, as `yardstick graph` prints them, parsed and drawn by the real
 * Mermaid (its browser bundle, in headless Chromium): no parse error, one SVG node per state, each
 * event's label on an edge.
 */
import { createRequire } from "node:module";
import { workflowGraph, workflowMermaid } from "@yardstick/engine";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { compileShipped, shippedStandards } from "../helpers/shipped.js";

const mermaidBundle = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");

let page: Page;
let close: () => Promise<void>;
const problems: string[] = [];

beforeAll(async () => {
  const chromium = await launchChromium();
  close = chromium.close;
  page = await chromium.browser.newPage();
  page.on("pageerror", (e) => problems.push(e.message));
  await page.route("**/*", (route) => route.abort());
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ path: mermaidBundle });
  await page.evaluate(() =>
    (globalThis as unknown as { mermaid: { initialize: (c: object) => void } }).mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
    }),
  );
}, 60_000);

afterAll(async () => {
  await close?.();
});

// Every kind in Chinese (full-width punctuation, guards in words); English for two standards, as
// each diagram takes a second or two to draw on a loaded machine.
const kinds = [...shippedStandards.keys()].flatMap((id) =>
  Object.keys(compileShipped(id).model.tickets).flatMap((ticket) => [
    { id, ticket, lang: "zh" as const },
    ...(id === "seed/harbour-view" || id === "cn-2004/level-1" ? [{ id, ticket, lang: "en" as const }] : []),
  ]),
);

describe("Mermaid", () => {
  test.each(kinds)("$id $ticket ($lang) parses and renders", async ({ id, ticket, lang }) => {
    const program = compileShipped(id);
    const graph = workflowGraph(program, ticket);
    const text = workflowMermaid(graph, { lang });
    const drawn = await page.evaluate(async (source) => {
      const mermaid = (
        globalThis as unknown as { mermaid: { render: (id: string, text: string) => Promise<{ svg: string }> } }
      ).mermaid;
      try {
        const { svg } = await mermaid.render(`d${Math.floor(performance.now())}`, source);
        return { ok: true, svg };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    }, text);
    expect(drawn).toMatchObject({ ok: true });
    const svg = drawn.svg!;
    const states = svg.match(/<g [^>]*class="[^"]*\bstatediagram-state\b[^"]*"/g) ?? [];
    expect(states).toHaveLength(graph.states.length);
    const words = svg.replace(/<[^>]+>/g, " ");
    for (const t of graph.transitions) expect(words).toContain(t.eventTitle?.[lang] ?? t.event);
    expect(problems).toEqual([]);
  });
});
