import { type LoadOptions, loadStandard, type StandardResolver } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { yaml } from "./helpers/yaml.js";

/** A resolver over named files, as `yardstick validate` builds one over a folder. */
function filesResolver(files: Record<string, string>): StandardResolver {
  const byId = new Map(
    Object.entries(files).map(([file, text]) => [/^standard: (\S+)/m.exec(text)![1]!, { file, text }]),
  );
  return Object.assign((id: string) => byId.get(id), { knownIds: () => byId.keys() });
}

const group = yaml`
  standard: group/base
  version: "2004"
  title: { en: Group standard }
  description: { en: What every community starts from }
  timezone: Asia/Shanghai
  calendars:
    office: { hours: { mon-fri: 08:30-17:30 } }
  roles:
    technician: { title: { en: Technician }, reportsTo: foreman }
    foreman: { title: { en: Foreman } }
  tickets:
    repair:
      title: { en: Repair }
      states:
        reported: { on: { arrive: on_site } }
        on_site: { final: true }
      priorities:
        urgent: { when: { category: water_leak } }
        normal: {}
      clocks:
        arrival:
          title: { en: On site }
          start: reported
          stop: on_site
          target: { urgent: 30m, normal: 4h }
          warn: [50%, 80%]
          escalate: [{ at: breach, notify: technician }, { at: breach + 1h, notify: foreman }]
  duties:
    lift-disinfection: { title: { en: Lift disinfection }, days: mon, at: 10:00 }
    garbage: { title: { en: Garbage }, at: [09:00, 17:00] }
`;
const load = (site: string, files: Record<string, string> = { "group.yaml": group }, options: LoadOptions = {}) =>
  loadStandard(site, { file: "site.yaml", resolve: filesResolver(files), ...options });

describe("extends", () => {
  test("a community puts a new priority before the group's catch-all with priorityOrder", () => {
    const site = (order: string) => yaml`
      standard: group/site
      version: "1"
      title: { en: Site }
      extends: group/base
      tickets:
        repair:
          priorities:
            gas: { when: { category: gas_leak } }
          ${order}
          clocks:
            arrival: { target: { gas: 10m } }
    `;
    const unordered = load(site(""));
    expect(unordered.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["ambiguous-priority", "priority `gas` can never be chosen: `normal` matches every ticket"],
    ]);
    const { standard, diagnostics } = load(site("priorityOrder: [gas, urgent, normal]"));
    expect(diagnostics).toEqual([]);
    expect(standard!.tickets.repair!.priorities.map((p) => p.id)).toEqual(["gas", "urgent", "normal"]);
  });

  test("maps merge key by key: one target overridden, the others kept", () => {
    const { standard, diagnostics } = load(yaml`
      standard: harbour-view
      version: "1"
      title: { en: Harbour View }
      extends: group/base
      tickets:
        repair:
          clocks:
            arrival: { target: { urgent: 15m } }
    `);
    expect(diagnostics).toEqual([]);
    const arrival = standard!.tickets.repair!.clocks.arrival!;
    expect(Object.fromEntries(Object.entries(arrival.targets).map(([p, t]) => [p, t.text]))).toEqual({
      urgent: "15m",
      normal: "4h",
    });
    expect(arrival.warn).toEqual([50, 80]);
    expect(standard!.extends).toEqual(["group/base"]);
  });

  test("lists replace the parent's list whole", () => {
    const { standard } = load(yaml`
      standard: harbour-view
      version: "1"
      title: { en: Harbour View }
      extends: group/base
      tickets:
        repair:
          clocks:
            arrival: { warn: 90%, escalate: [{ at: breach, notify: foreman }] }
      duties:
        garbage: { at: [08:00] }
    `);
    const arrival = standard!.tickets.repair!.clocks.arrival!;
    expect(arrival.warn).toEqual([90]);
    expect(arrival.escalation.map((l) => l.notify)).toEqual([["foreman"]]);
    expect(standard!.duties.garbage!.schedule).toMatchObject({ at: [{ text: "08:00" }] });
  });

  test("`null` removes the parent's entry", () => {
    const { standard, diagnostics } = load(yaml`
      standard: harbour-view
      version: "1"
      title: { en: Harbour View }
      extends: group/base
      duties:
        lift-disinfection: null
    `);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(standard!.duties)).toEqual(["garbage"]);
  });

  test("near miss: `null` for an entry the parent does not have is a type error, not a removal", () => {
    const { diagnostics } = load(yaml`
      standard: harbour-view
      version: "1"
      title: { en: Harbour View }
      extends: group/base
      duties:
        night-patrol: null
    `);
    expect(diagnostics).toMatchObject([
      {
        code: "invalid-type",
        file: "site.yaml",
        line: 6,
        message: expect.stringContaining("got nothing in `duties.night-patrol`"),
      },
    ]);
  });

  test("the header is the child's own: its title and version, no inherited description; the time zone is inherited", () => {
    const { standard } = load(yaml`
      standard: harbour-view
      version: "2026.1"
      title: { zh: 海景花园 }
      extends: group/base
    `);
    expect(standard).toMatchObject({
      id: "harbour-view",
      version: "2026.1",
      title: { zh: "海景花园" },
      timezone: "Asia/Shanghai",
    });
    expect(standard!.description).toBeUndefined();
  });

  test("origins say which file and which standard wrote each value", () => {
    const { standard } = load(yaml`
      standard: harbour-view
      version: "1"
      title: { en: Harbour View }
      extends: group/base
      tickets:
        repair:
          clocks:
            arrival: { target: { urgent: 15m } }
    `);
    const origins = standard!.origins;
    expect(origins["/tickets/repair/clocks/arrival/target/urgent"]).toEqual({
      standard: "harbour-view",
      file: "site.yaml",
      line: 8,
      column: 28,
    });
    expect(origins["/tickets/repair/clocks/arrival/target/normal"]).toEqual({
      standard: "group/base",
      file: "group.yaml",
      line: 25,
      column: 32,
    });
    expect(origins["/timezone"]).toEqual({ standard: "group/base", file: "group.yaml", line: 5, column: 1 });
  });

  test("a problem in an inherited value is reported in the file that wrote it", () => {
    const { standard, diagnostics } = load(
      yaml`
        standard: harbour-view
        version: "1"
        title: { en: Harbour View }
        extends: group/base
        roles:
          foreman: { reportsTo: manager }
      `,
    );
    expect(standard).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: "unknown-role", file: "site.yaml", line: 6, column: 25 }]);

    const broken = group.replace("target: { urgent: 30m, normal: 4h }", "target: { urgent: 30 mins, normal: 4 hourz }");
    expect(
      load('standard: harbour-view\nversion: "1"\ntitle: { en: H }\nextends: group/base\n', { "group.yaml": broken })
        .diagnostics,
    ).toMatchObject([
      {
        code: "invalid-deadline",
        file: "group.yaml",
        line: 25,
        column: 44,
        message: expect.stringContaining("4 hourz"),
      },
    ]);
  });

  test("the load hands back the text of every file it read, the root first", () => {
    const site = 'standard: harbour-view\nversion: "1"\ntitle: { en: H }\nextends: group/base\n';
    const { sources } = load(site);
    expect(sources).toEqual([
      { file: "site.yaml", text: site },
      { file: "group.yaml", text: group },
    ]);
    expect(load("standard: [").sources).toEqual([{ file: "site.yaml", text: "standard: [" }]);
  });

  test("a chain of three merges in order, and `extends` lists the ancestors nearest first", () => {
    const region = yaml`
      standard: group/south
      version: "1"
      title: { en: South region }
      extends: group/base
      tickets:
        repair:
          clocks:
            arrival: { target: { normal: 3h } }
    `;
    const { standard, diagnostics } = load(
      yaml`
        standard: harbour-view
        version: "1"
        title: { en: Harbour View }
        extends: group/south
        tickets:
          repair:
            clocks:
              arrival: { target: { urgent: 15m } }
      `,
      { "group.yaml": group, "south.yaml": region },
    );
    expect(diagnostics).toEqual([]);
    expect(standard!.extends).toEqual(["group/south", "group/base"]);
    const targets = standard!.tickets.repair!.clocks.arrival!.targets;
    expect([targets.urgent?.text, targets.normal?.text]).toEqual(["15m", "3h"]);
  });

  test("the resolver is asked for the id, from the file that extends it", () => {
    const asked: [string, string][] = [];
    const resolve = Object.assign((id: string, from: string) => {
      asked.push([id, from]);
      return id === "group/base" ? { file: "group.yaml", text: group } : undefined;
    });
    loadStandard('standard: a\nversion: "1"\ntitle: { en: A }\nextends: group/base\n', { file: "a.yaml", resolve });
    expect(asked).toEqual([["group/base", "a.yaml"]]);
  });

  test("an id no resolver finds; with known ids the hint suggests the closest", () => {
    const site = 'standard: harbour-view\nversion: "1"\ntitle: { en: H }\nextends: group/bsae\n';
    expect(loadStandard(site).diagnostics).toMatchObject([
      {
        code: "unresolved-extends",
        line: 4,
        column: 10,
        message: "cannot find the standard `group/bsae` that this one extends",
        hint: expect.stringContaining("resolver"),
      },
    ]);
    expect(load(site).diagnostics).toMatchObject([{ code: "unresolved-extends", hint: "did you mean `group/base`?" }]);
  });

  test("a file that declares another id than the one asked for", () => {
    const resolve = () => ({ file: "group.yaml", text: group });
    const { diagnostics } = loadStandard(
      'standard: harbour-view\nversion: "1"\ntitle: { en: H }\nextends: group/main\n',
      { resolve },
    );
    expect(diagnostics).toMatchObject([
      { code: "unresolved-extends", message: "`group.yaml` declares `standard: group/base`, not `group/main`" },
    ]);
  });

  test("a standard that extends itself, directly or through another", () => {
    const self = 'standard: loop\nversion: "1"\ntitle: { en: L }\nextends: loop\n';
    expect(loadStandard(self, { resolve: () => ({ file: "loop.yaml", text: self }) }).diagnostics).toMatchObject([
      { code: "circular-extends", message: "`extends` goes round in a circle: loop → loop" },
    ]);
    const a = 'standard: a\nversion: "1"\ntitle: { en: A }\nextends: b\n';
    const b = 'standard: b\nversion: "1"\ntitle: { en: B }\ntimezone: Asia/Shanghai\nextends: a\n';
    expect(
      loadStandard(a, { file: "a.yaml", resolve: filesResolver({ "b.yaml": b, "a.yaml": a }) }).diagnostics,
    ).toMatchObject([
      { code: "circular-extends", file: "b.yaml", line: 5, message: "`extends` goes round in a circle: a → b → a" },
    ]);
  });

  test("a chain longer than 16 standards", () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 20; i++)
      files[`s${i}.yaml`] =
        `standard: s${i}\nversion: "1"\ntitle: { en: S${i} }\ntimezone: Asia/Shanghai\n${i < 20 ? `extends: s${i + 1}\n` : ""}`;
    expect(
      loadStandard(files["s1.yaml"]!, { file: "s1.yaml", resolve: filesResolver(files) }).diagnostics.map((d) => [
        d.code,
        d.file,
      ]),
    ).toEqual([["extends-too-deep", "s17.yaml"]]); // s1 and 16 ancestors are followed
    expect(codesOf(files["s1.yaml"]!, { file: "s1.yaml", resolve: filesResolver(files), maxExtendsDepth: 32 })).toEqual(
      [],
    );
  });

  test("every file of the chain has its own header", () => {
    const headless = group.replace('version: "2004"\n', "");
    expect(
      load('standard: h\nversion: "1"\ntitle: { en: H }\nextends: group/base\n', { "group.yaml": headless })
        .diagnostics,
    ).toMatchObject([
      {
        code: "missing-key",
        file: "group.yaml",
        message: "missing required key `version`",
        hint: expect.stringContaining("still has its own version"),
      },
    ]);
  });

  test("the child's hash changes when the parent changes a target", () => {
    const site = 'standard: h\nversion: "1"\ntitle: { en: H }\nextends: group/base\n';
    const before = load(site).standard!.hash;
    const after = load(site, { "group.yaml": group.replace("normal: 4h", "normal: 5h") }).standard!.hash;
    expect(after).not.toBe(before);
  });
});

function codesOf(text: string, options: LoadOptions): string[] {
  return loadStandard(text, options).diagnostics.map((d) => d.code);
}
