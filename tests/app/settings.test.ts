import fc from "fast-check";
import { DEFAULT_SETTINGS, checkOptionsFor, parseSettings, type Settings } from "../../src/app/settings";
import {
  COLUMN_ROLES,
  type ColumnRole,
  type ExplicitMapping,
  type Lang,
  type Polarity,
} from "../../src/engine/types";

describe("checkOptionsFor (shared by the task pane, the ribbon commands and the browser page)", () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    tolerance: 0.2,
    disabledRules: ["status-mismatch"],
    mappings: { A: { headerRows: [3], columns: { name: "B" } } },
    polarity: { A: { 7: "lower" }, C: {} },
  };

  it("takes the sheet's own mapping and polarity overrides", () => {
    expect(checkOptionsFor(settings, "A")).toEqual({
      disabledRules: ["status-mismatch"],
      tolerance: 0.2,
      mapping: { headerRows: [3], columns: { name: "B" } },
      polarityOverrides: { 7: "lower" },
    });
  });

  it("gives only tolerance and rules to a sheet with no mapping or overrides of its own", () => {
    expect(checkOptionsFor(settings, "B")).toEqual({ disabledRules: ["status-mismatch"], tolerance: 0.2 });
    // An emptied override list is no override.
    expect(checkOptionsFor(settings, "C")).not.toHaveProperty("polarityOverrides");
  });
});

const ROW_KEY = /^[1-9]\d*$/;

/** What makes settings usable by every front end, checked without the parser's own helpers. */
function settingsProblems(s: Settings): string[] {
  const problems: string[] = [];
  if (s.lang !== "vi" && s.lang !== "en") problems.push(`lang ${String(s.lang)}`);
  if (typeof s.tolerance !== "number" || !Number.isFinite(s.tolerance) || s.tolerance < 0) {
    problems.push(`tolerance ${String(s.tolerance)}`);
  }
  if (!Array.isArray(s.disabledRules) || s.disabledRules.some((r) => typeof r !== "string")) {
    problems.push("disabledRules");
  }
  if (typeof s.mappings !== "object" || s.mappings === null || Array.isArray(s.mappings))
    problems.push("mappings");
  else {
    for (const [sheet, m] of Object.entries(s.mappings)) {
      if (!Array.isArray(m.headerRows) || !m.headerRows.every((r) => Number.isFinite(r))) {
        problems.push(`headerRows of ${sheet}`);
      }
      if (typeof m.columns !== "object" || m.columns === null || Array.isArray(m.columns)) {
        problems.push(`columns of ${sheet}`);
      } else {
        for (const [role, letters] of Object.entries(m.columns)) {
          if (!(COLUMN_ROLES as readonly string[]).includes(role) || typeof letters !== "string") {
            problems.push(`column ${role} of ${sheet}`);
          }
        }
      }
      if (m.lastRow !== undefined && !Number.isFinite(m.lastRow)) problems.push(`lastRow of ${sheet}`);
    }
  }
  if (typeof s.polarity !== "object" || s.polarity === null || Array.isArray(s.polarity))
    problems.push("polarity");
  else {
    for (const [sheet, rows] of Object.entries(s.polarity)) {
      for (const [row, p] of Object.entries(rows)) {
        if (!ROW_KEY.test(row) || (p !== "higher" && p !== "lower"))
          problems.push(`polarity ${row} of ${sheet}`);
      }
    }
  }
  return problems;
}

const mappingArb: fc.Arbitrary<ExplicitMapping> = fc.record(
  {
    headerRows: fc.array(fc.integer({ min: 1, max: 1_048_576 }), { minLength: 1, maxLength: 3 }),
    columns: fc.record(
      Object.fromEntries(COLUMN_ROLES.map((role) => [role, fc.stringMatching(/^[A-Z]{1,3}$/)])) as Record<
        ColumnRole,
        fc.Arbitrary<string>
      >,
      { requiredKeys: [] },
    ),
    lastRow: fc.integer({ min: 1, max: 1_048_576 }),
  },
  { requiredKeys: ["headerRows", "columns"] },
);

const validSettingsArb: fc.Arbitrary<Settings> = fc.record({
  lang: fc.constantFrom<Lang>("vi", "en"),
  tolerance: fc.double({ min: 0, max: 100, noNaN: true }),
  disabledRules: fc.array(fc.string()),
  mappings: fc.dictionary(fc.string(), mappingArb),
  polarity: fc.dictionary(
    fc.string(),
    fc.dictionary(
      fc.integer({ min: 1, max: 1_048_576 }).map(String),
      fc.constantFrom<Polarity>("higher", "lower"),
    ),
  ),
});

/** Mappings with some part of the wrong shape, or right by chance. */
const damagedMappingArb = fc.record(
  {
    headerRows: fc.oneof(fc.array(fc.integer()), fc.array(fc.anything()), fc.anything()),
    columns: fc.oneof(
      fc.dictionary(fc.constantFrom(...COLUMN_ROLES, "colour"), fc.oneof(fc.string(), fc.anything())),
      fc.anything(),
    ),
    lastRow: fc.oneof(fc.integer(), fc.anything()),
  },
  { requiredKeys: [] },
);

/** Values of the wrong shape in the places a field is looked for, and anything at all. */
const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.record(
    {
      lang: fc.oneof(fc.anything(), fc.constantFrom("vi", "en", "fr", "VI")),
      tolerance: fc.oneof(
        fc.anything(),
        fc.double(),
        fc.constantFrom(Infinity, -Infinity, NaN, -1, "0.5", null),
      ),
      disabledRules: fc.oneof(fc.anything(), fc.array(fc.anything()), fc.string()),
      mappings: fc.oneof(
        fc.anything(),
        fc.dictionary(fc.string(), fc.anything()),
        fc.array(mappingArb),
        fc.dictionary(fc.string(), damagedMappingArb),
      ),
      polarity: fc.oneof(
        fc.anything(),
        fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.anything())),
        fc.array(fc.anything()),
      ),
    },
    { requiredKeys: [] },
  ),
);

describe("parseSettings (the one reading of stored settings: the document's and the browser's)", () => {
  it("never throws on arbitrary junk and always gives settings every front end can use", () => {
    fc.assert(
      fc.property(junkArb, (junk) => {
        expect(settingsProblems(parseSettings(junk))).toEqual([]);
      }),
    );
  });

  it("gives back valid settings unchanged, directly and through JSON", () => {
    fc.assert(
      fc.property(validSettingsArb, (settings) => {
        expect(parseSettings(settings)).toEqual(settings);
        expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
      }),
    );
  });

  it("reads its own output back unchanged (stored, reloaded, stored again)", () => {
    fc.assert(
      fc.property(junkArb, (junk) => {
        const once = parseSettings(junk);
        expect(parseSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
    );
  });

  it("gives the defaults for nothing, for non-objects and for damaged values", () => {
    for (const value of [undefined, null, "{not json", 42, [], [DEFAULT_SETTINGS], true]) {
      expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it("rejects a tolerance that is not a finite number of points at least 0", () => {
    for (const tolerance of [Infinity, -Infinity, NaN, -0.1, "0.5", null, [1]]) {
      expect(parseSettings({ tolerance }).tolerance).toBe(DEFAULT_SETTINGS.tolerance);
    }
    expect(parseSettings({ tolerance: 0.25 }).tolerance).toBe(0.25);
    // JSON writes -0 as 0: the parsed value must read back the same after a save.
    expect(parseSettings({ tolerance: -0 }).tolerance).toBe(0);
  });

  it("rejects unknown languages and rule lists that are not lists, keeping the other fields", () => {
    expect(parseSettings({ lang: "fr", tolerance: 1 })).toEqual({ ...DEFAULT_SETTINGS, tolerance: 1 });
    expect(parseSettings({ lang: "en", disabledRules: "percent-mismatch" })).toEqual({
      ...DEFAULT_SETTINGS,
      lang: "en",
    });
    expect(
      parseSettings({ disabledRules: ["percent-mismatch", 3, null, "status-mismatch"] }).disabledRules,
    ).toEqual(["percent-mismatch", "status-mismatch"]);
  });

  it("drops a sheet's mapping of the wrong shape whole and keeps the other sheets'", () => {
    const good = { headerRows: [4], columns: { code: "A", name: "B" }, lastRow: 30 };
    const parsed = parseSettings({
      mappings: {
        good,
        rowsNotList: { headerRows: 4, columns: { name: "B" } },
        rowsNotNumbers: { headerRows: ["4"], columns: { name: "B" } },
        letterNotText: { headerRows: [4], columns: { name: 2 } },
        badLastRow: { headerRows: [4], columns: { name: "B" }, lastRow: "30" },
        noColumns: { headerRows: [4] },
        notAnObject: "B",
      },
    });
    expect(parsed.mappings).toEqual({ good });
    // Roles the engine does not know are left out; the mapping stays.
    expect(
      parseSettings({ mappings: { A: { headerRows: [2], columns: { name: "B", colour: "C" } } } }).mappings,
    ).toEqual({ A: { headerRows: [2], columns: { name: "B" } } });
    expect(parseSettings({ mappings: [good] }).mappings).toEqual({});
  });

  it("keeps only the row overrides with a row number and a known polarity", () => {
    const parsed = parseSettings({
      polarity: {
        A: { 7: "lower", 0: "higher", x: "lower", 9: "sideways", "08": "lower", 12: "higher" },
        B: [],
      },
    });
    expect(parsed.polarity).toEqual({ A: { 7: "lower", 12: "higher" } });
  });

  it("keeps a sheet named __proto__ an ordinary entry", () => {
    const parsed = parseSettings(
      JSON.parse('{"mappings":{"__proto__":{"headerRows":[1],"columns":{"name":"B"}}}}'),
    );
    expect(Object.keys(parsed.mappings)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(parsed.mappings)).toBe(Object.prototype);
  });

  it("hands out fresh lists and records, never the defaults themselves", () => {
    const parsed = parseSettings(null);
    parsed.disabledRules.push("percent-mismatch");
    parsed.mappings.A = { headerRows: [1], columns: { name: "B" } };
    expect(DEFAULT_SETTINGS).toEqual({
      lang: "vi",
      tolerance: 0,
      disabledRules: [],
      mappings: {},
      polarity: {},
    });
  });
});
