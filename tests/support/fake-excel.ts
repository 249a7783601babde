/**
 * An in-memory Excel object model for the Office adapter's tests and benchmark.
 *
 * It keeps Office.js's load/sync contract: calls only queue operations; `context.sync()` runs
 * them in order; a property can be read only after it was loaded and synced (otherwise
 * PropertyNotLoaded, as in Excel). Every sync records the JSON size of what it sends (request)
 * and of what it returns (response), and a batch over Excel on the web's 5 MB limit fails with
 * its error code. The workbook state outlives contexts, so a new context over the same state is
 * a reopened workbook.
 *
 * It is as strict as Excel is documented to be: a grid written to a range must have the range's
 * shape; a text written through `values` that starts with "=", "+" or "-" becomes a formula
 * (unless the cell is formatted as text "@" or the text starts with an apostrophe); merged areas
 * come back as Excel gives them; an API this Excel lacks fails at sync (ApiNotFound), not at
 * the call; sheets have a visibility; errors carry Excel's documented codes.
 */
import type { DocumentSettingsLike, OfficeEnv } from "../../src/adapters/office/env";

// ---------------------------------------------------------------- state

export type FakeValue = number | string | boolean | { error: string };

export interface FakeFill {
  /** null = No Fill. */
  color: string | null;
  pattern: string;
  patternColor?: string;
}

export interface FakeCell {
  value?: FakeValue;
  /** The formula ("=…") when the cell holds one; the fake does not calculate (value #NAME?). */
  formula?: string;
  /** Displayed text when it differs from the value's plain rendering. */
  text?: string;
  numberFormat?: string;
  fill?: FakeFill;
  font?: {
    bold?: boolean;
    italic?: boolean;
    color?: string;
    name?: string;
    size?: number;
    underline?: string;
  };
  borders?: Record<string, { style: string; color: string }>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
  wrapText?: boolean;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeNote {
  content: string;
  authorName: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
const VISIBILITIES: SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  hiddenRows = new Set<number>();
  notes = new Map<string, FakeNote>();
  charts: FakeChart[] = [];
  selected: string | null = null;
  columnWidths = new Map<number, number>();
  /** Rows kept in view by freezePanes.freezeRows (0 = none). */
  frozenRows = 0;
  visibility: SheetVisibility = "Visible";

  constructor(
    public id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** Bumped whenever a cell may change, so the used range is computed once per state. */
  private version = 0;
  private usedCache = new Map<boolean, { version: number; rect: Rect | null }>();

  ensure(row: number, column: number): FakeCell {
    this.version++;
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Write plain values from (row, column), 0-based; undefined leaves a cell alone. */
  setValues(rows: Array<Array<FakeValue | FakeCell | null | undefined>>, top = 0, left = 0): this {
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === undefined || value === null) return;
        const cell = this.ensure(top + i, left + j);
        if (typeof value === "object" && !("error" in value)) Object.assign(cell, value);
        else cell.value = value;
      }),
    );
    return this;
  }

  /** The smallest rectangle holding every cell with a value (or with any format, when asked). */
  usedRect(valuesOnly: boolean): Rect | null {
    const cached = this.usedCache.get(valuesOnly);
    if (cached && cached.version === this.version) return cached.rect;
    const rect = this.computeUsedRect(valuesOnly);
    this.usedCache.set(valuesOnly, { version: this.version, rect });
    return rect;
  }

  private computeUsedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== undefined && cell.value !== "";
      const hasFormat = cell.fill !== undefined || cell.numberFormat !== undefined || cell.font !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [r, c] = key.split(",").map(Number);
      if (!rect) rect = { top: r, left: c, bottom: r, right: c };
      else {
        rect.top = Math.min(rect.top, r);
        rect.left = Math.min(rect.left, c);
        rect.bottom = Math.max(rect.bottom, r);
        rect.right = Math.max(rect.right, c);
      }
    }
    return rect;
  }
}

export interface FakeComment {
  id: string;
  sheetId: string;
  address: string;
  content: string;
  authorName: string;
}

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** Everything a saved workbook keeps. */
export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  activeSheetId = "";
  comments: FakeComment[] = [];
  customXmlParts: FakeXmlPart[] = [];
  /** Document settings as saved with saveAsync. */
  savedSettings: Record<string, unknown> = {};
  private nextId = 1;

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheetByName(name)) throw excelError("ItemAlreadyExists", `sheet ${name} exists`);
    const sheet = new FakeSheet(this.newId("{sheet"), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  activeSheet(): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw excelError("ItemNotFound", "no worksheet");
    return sheet;
  }

  /** A deep copy of one sheet's cells, notes, comments: compare before/after to prove restores. */
  snapshot(name: string): unknown {
    const sheet = this.sheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const cells = [...sheet.cells.entries()]
      .filter(([, cell]) => Object.keys(cell).length > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.parse(
      JSON.stringify({
        cells,
        notes: [...sheet.notes.entries()].sort(),
        comments: this.comments
          .filter((c) => c.sheetId === sheet.id)
          .map(({ address, content }) => ({ address, content })),
        merges: sheet.merges,
      }),
    );
  }
}

// ---------------------------------------------------------------- errors and addresses

export function excelError(code: string, message: string): Error & { code: string } {
  const error = new Error(`${code}: ${message}`) as Error & { code: string };
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}

function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  const start = a1(rect.top, rect.left);
  const end = a1(rect.bottom, rect.right);
  return start === end ? start : `${start}:${end}`;
}

/** As Excel writes a sheet in an address: quoted unless a plain word that cannot be a cell. */
function quoteSheet(name: string): string {
  const cellLike =
    /^(?:[A-Za-z]{1,2}|[A-Wa-w][A-Za-z]{2}|X[A-Ea-e][A-Za-z]|XF[A-Da-d])[1-9]\d*$/i.test(name) ||
    /^R\d*(C\d*)?$|^C\d*$/i.test(name) ||
    /^\d/.test(name);
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !cellLike ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Biểu 01'!F8" → { sheet: "Biểu 01", rect }; "A1:B2" → { sheet: null, rect }. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let local = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    local = address.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local.trim());
  if (!m) throw excelError("InvalidArgument", `bad address ${address}`);
  const top = Number(m[2]) - 1;
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return {
    sheet,
    rect: {
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    },
  };
}

// ---------------------------------------------------------------- the request context

interface Operation {
  request: unknown;
  /** Runs against the state; returns the response and how to hand it to the proxies. */
  run(): { response?: unknown; deliver?: () => void } | void;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export const PAYLOAD_LIMIT = 5_000_000;

function bytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), "utf8");
}

export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Operation[] = [];

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  get state(): FakeWorkbookState {
    return this.host.state;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, op) => n + bytes(op.request), 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0 };
    this.host.syncs.push(record);
    if (requestBytes > PAYLOAD_LIMIT)
      throw excelError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`);
    const deliveries: Array<() => void> = [];
    for (const op of ops) {
      const result = op.run();
      if (result) {
        record.responseBytes += bytes(result.response);
        if (result.deliver) deliveries.push(result.deliver);
      }
    }
    if (record.responseBytes > PAYLOAD_LIMIT) {
      throw excelError("ResponsePayloadSizeLimitExceeded", `${record.responseBytes} bytes`);
    }
    for (const deliver of deliveries) deliver();
  }
}

type LoadArg = string | string[] | { select?: string } | undefined;

function propList(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  const raw = Array.isArray(arg) ? arg.join(",") : typeof arg === "string" ? arg : (arg.select ?? "");
  return raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Base of every proxy: loaded values become readable after the sync that loaded them. */
abstract class FakeProxy {
  protected loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {}

  protected get state(): FakeWorkbookState {
    return this.context.state;
  }

  protected need<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw excelError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** The values of the given properties, read from the state when the sync runs. */
  protected abstract read(prop: string): unknown;

  /** Whether the object exists (OrNullObject variants answer false instead of throwing). */
  protected exists(): boolean {
    return true;
  }

  load(arg?: LoadArg): this {
    const props = propList(arg);
    this.context.enqueue({
      request: { load: props },
      run: () => {
        const present = this.exists();
        const data: Record<string, unknown> = {};
        if (present) for (const p of props) data[p] = this.read(p);
        return {
          response: data,
          deliver: () => {
            this.loaded.set("isNullObject", !present);
            for (const p of props) this.loaded.set(p, data[p]);
          },
        };
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.need<boolean>("isNullObject");
  }

  /** Values loaded through a collection's `load`: readable without a load of their own. */
  preload(data: Record<string, unknown>): void {
    this.loaded.set("isNullObject", false);
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  protected write(request: unknown, apply: () => void): void {
    this.context.enqueue({ request, run: () => void apply() });
  }

  /**
   * An API of a newer requirement set: Office.js queues the call whatever the host, and an Excel
   * without the set refuses it when the batch runs (ApiNotFound), not when the add-in calls it.
   */
  protected requireApi(version: string, what: string): void {
    if (this.context.host.supports(version)) return;
    this.context.enqueue({
      request: { api: what },
      run: () => {
        throw excelError("ApiNotFound", `${what} needs ExcelApi ${version}`);
      },
    });
  }
}

export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  get value(): T {
    // OfficeExtension.ErrorCodes.valueNotLoaded: a ClientResult's value before its sync.
    if (!this.ready) throw excelError("ValueNotLoaded", "ClientResult read before context.sync()");
    return this.result as T;
  }

  set(value: T): void {
    this.result = value;
    this.ready = true;
  }
}

function queueResult<T>(context: FakeContext, request: unknown, compute: () => T): FakeClientResult<T> {
  const result = new FakeClientResult<T>();
  context.enqueue({
    request,
    run: () => {
      const value = compute();
      return { response: value, deliver: () => result.set(value) };
    },
  });
  return result;
}

/**
 * Base of the collections with `items` (worksheets, merged areas, notes, comments, XML parts).
 * `load` sends the requested item properties; when the sync runs it snapshots the items in
 * scope and answers those properties for each; after the sync `items` holds one proxy per item,
 * preloaded with its answer.
 */
abstract class FakeItemCollection<TItem, TProxy extends FakeProxy> extends FakeProxy {
  private itemProxies: TProxy[] = [];

  /** The items in the collection, read from the state when the sync runs. */
  protected abstract scope(): TItem[];

  /** One property of one item, as the load's response carries it. */
  protected abstract itemProp(item: TItem, prop: string): unknown;

  /** The proxy that stands for one loaded item. */
  protected abstract itemProxy(item: TItem): TProxy;

  protected read(): unknown {
    return undefined;
  }

  override load(arg?: LoadArg): this {
    const props = propList(arg).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue({
      request: { load: props },
      run: () => {
        const items = this.scope().slice();
        const data = items.map((item) => Object.fromEntries(props.map((p) => [p, this.itemProp(item, p)])));
        return {
          response: data,
          deliver: () => {
            this.itemProxies = items.map((item, i) => {
              const proxy = this.itemProxy(item);
              proxy.preload(data[i]);
              return proxy;
            });
            this.loaded.set("items", true);
          },
        };
      },
    });
    return this;
  }

  get items(): TProxy[] {
    this.need("items");
    return this.itemProxies;
  }
}

// ---------------------------------------------------------------- workbook

class FakeWorkbookProxy extends FakeProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.customXmlParts = new FakeCustomXmlPartCollection(context, null);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        context.host.calculationSuspensions++;
        context.enqueue({ request: { suspendApiCalculationUntilNextSync: true }, run: () => undefined });
      },
    };
  }

  get comments(): FakeCommentCollection {
    this.requireApi("1.10", "Workbook.comments");
    return new FakeCommentCollection(this.context, null);
  }

  protected read(prop: string): unknown {
    throw excelError("InvalidArgument", `workbook.${prop} is not faked`);
  }
}

class FakeWorksheetCollection extends FakeItemCollection<FakeSheet, FakeWorksheet> {
  protected scope(): FakeSheet[] {
    return this.state.sheets;
  }

  protected itemProp(sheet: FakeSheet, prop: string): unknown {
    return sheetProp(this.state, sheet, prop);
  }

  protected itemProxy(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.state.activeSheet());
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.state.sheetByName(name);
      if (!sheet) throw excelError("ItemNotFound", `worksheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.state.sheetByName(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.write({ addWorksheet: name }, () => {
      checkSheetName(name);
      created = this.state.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw excelError("ItemNotFound", `worksheet ${name} not yet added`);
      return created;
    });
  }
}

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \\ / ? * [ ], no quote at either end. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw excelError("InvalidArgument", `${JSON.stringify(name)} is not a valid sheet name`);
  }
}

function sheetProp(state: FakeWorkbookState, sheet: FakeSheet, prop: string): unknown {
  switch (prop) {
    case "name":
      return sheet.name;
    case "id":
      return sheet.id;
    case "position":
      return state.sheets.indexOf(sheet);
    case "visibility":
      return sheet.visibility;
    default:
      throw excelError("InvalidArgument", `worksheet.${prop} is not faked`);
  }
}

class FakeWorksheet extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly resolveSheet: () => FakeSheet | null,
  ) {
    super(context);
  }

  sheet(): FakeSheet {
    const sheet = this.resolveSheet();
    if (!sheet) throw excelError("ItemNotFound", "worksheet (null object)");
    return sheet;
  }

  protected override exists(): boolean {
    return this.resolveSheet() !== null;
  }

  protected read(prop: string): unknown {
    return sheetProp(this.state, this.sheet(), prop);
  }

  get name(): string {
    return this.need("name");
  }
  get id(): string {
    return this.need("id");
  }
  get position(): number {
    return this.need("position");
  }
  get visibility(): string {
    return this.need("visibility");
  }

  /** Hiding the active sheet makes the next visible one active, as Excel's tabs do. */
  set visibility(value: string) {
    this.write({ visibility: value }, () => {
      const sheet = this.sheet();
      if (!VISIBILITIES.includes(value as SheetVisibility)) {
        throw excelError("InvalidArgument", `visibility ${value}`);
      }
      sheet.visibility = value as SheetVisibility;
      if (value !== "Visible" && this.state.activeSheetId === sheet.id) {
        const next = this.state.sheets.find((s) => s.visibility === "Visible");
        if (next) this.state.activeSheetId = next.id;
      }
    });
  }

  set tabColor(color: string) {
    this.write({ tabColor: color }, () => undefined);
  }

  get notes(): FakeNoteCollection {
    this.requireApi("1.18", "Worksheet.notes");
    return new FakeNoteCollection(this.context, () => this.sheet());
  }

  get comments(): FakeCommentCollection {
    this.requireApi("1.10", "Worksheet.comments");
    return new FakeCommentCollection(this.context, () => this.sheet());
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.sheet());
  }

  /** WorksheetFreezePanes (ExcelApi 1.7): only the rows are faked. */
  get freezePanes(): { freezeRows(count?: number): void; unfreeze(): void } {
    return {
      freezeRows: (count = 1) =>
        this.write({ freezeRows: count }, () => {
          this.sheet().frozenRows = count;
        }),
      unfreeze: () =>
        this.write({ unfreeze: true }, () => {
          this.sheet().frozenRows = 0;
        }),
    };
  }

  activate(): void {
    this.write({ activate: true }, () => {
      this.state.activeSheetId = this.sheet().id;
    });
  }

  delete(): void {
    this.write({ deleteWorksheet: true }, () => {
      const sheet = this.sheet();
      this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
      this.state.comments = this.state.comments.filter((c) => c.sheetId !== sheet.id);
      if (this.state.activeSheetId === sheet.id) this.state.activeSheetId = this.state.sheets[0]?.id ?? "";
    });
  }

  /** `getRange()` is the whole sheet; a bad address fails when the batch runs, as in Excel. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.sheet(),
      rect:
        address === undefined
          ? { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN }
          : parseAddress(address).rect,
    }));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.sheet(),
      rect: { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 },
    }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
}

// ---------------------------------------------------------------- ranges

interface Located {
  sheet: FakeSheet;
  rect: Rect;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (A1:XFD1048576). */
const LAST_ROW = 1048575;
const LAST_COLUMN = 16383;

/** A range off the grid, or with no cells (getRangeByIndexes(r, c, 0, n)), is an invalid argument. */
function checkOnSheet(rect: Rect): void {
  const inside =
    Number.isInteger(rect.top) &&
    Number.isInteger(rect.left) &&
    Number.isInteger(rect.bottom) &&
    Number.isInteger(rect.right) &&
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom <= LAST_ROW &&
    rect.right <= LAST_COLUMN &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right;
  if (!inside) throw excelError("InvalidArgument", `range ${JSON.stringify(rect)} is not on the sheet`);
}

/** A number as Excel reads one typed in a General cell ("01", "-5", "+3.5", "1e3"). */
const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * What a value written through `values` becomes in its cell. Documented for Range.values: a text
 * starting with "=", "+" or "-" is read as a formula, and a text that reads as a number is one;
 * a cell formatted as text ("@") keeps the text as it is, and a leading apostrophe keeps the rest
 * as text (the apostrophe is not part of the value). The fake does not calculate: a formula's
 * value is #NAME?, which is what Excel shows for a label taken for a formula ("- Trong đó:").
 */
function writeValue(cell: FakeCell, value: unknown): void {
  delete cell.text;
  delete cell.formula;
  if (value === "" || value === null || value === undefined) {
    delete cell.value;
    return;
  }
  if (typeof value !== "string") {
    if (typeof value !== "number" && typeof value !== "boolean") {
      throw excelError("InvalidArgument", `a cell value cannot be ${JSON.stringify(value)}`);
    }
    cell.value = value;
    return;
  }
  if (cell.numberFormat === "@") cell.value = value;
  else if (value.startsWith("'")) cell.value = value.slice(1);
  else if (NUMERIC_TEXT.test(value.trim())) cell.value = Number(value.trim());
  else if (/^[=+-]/.test(value)) {
    cell.formula = value.startsWith("=") ? value : `=${value}`;
    cell.value = { error: "#NAME?" };
  } else cell.value = value;
}

function displayText(cell: FakeCell | undefined): string {
  if (!cell || cell.value === undefined) return "";
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (typeof v === "object") return v.error;
  if (typeof v === "number" && cell.numberFormat?.includes("%")) return `${Math.round(v * 1000) / 10}%`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value;
  if (v === undefined || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "object") return "Error";
  return "String";
}

function plainValue(cell: FakeCell | undefined): unknown {
  const v = cell?.value;
  if (v === undefined) return "";
  return typeof v === "object" ? v.error : v;
}

function fillOf(cell: FakeCell | undefined): FakeFill {
  return cell?.fill ?? { color: null, pattern: "None" };
}

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeContext,
    readonly locate: () => Located | null,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, () => this.where());
  }

  where(): Located {
    const at = this.locate();
    if (!at) throw excelError("ItemNotFound", "range (null object)");
    checkOnSheet(at.rect);
    return at;
  }

  protected override exists(): boolean {
    return this.locate() !== null;
  }

  private map<T>(f: (cell: FakeCell | undefined, row: number, column: number) => T): T[][] {
    const { sheet, rect } = this.where();
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.cell(r, c), r, c));
      out.push(row);
    }
    return out;
  }

  protected read(prop: string): unknown {
    const { sheet, rect } = this.where();
    switch (prop) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "values":
        return this.map(plainValue);
      case "formulas":
        return this.map((cell) => cell?.formula ?? plainValue(cell));
      case "text":
        return this.map(displayText);
      case "numberFormat":
        return this.map((cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return this.map(valueType);
      case "rowHidden": {
        const states = new Set<boolean>();
        for (let r = rect.top; r <= rect.bottom; r++) states.add(sheet.hiddenRows.has(r));
        return states.size === 1 ? [...states][0] : null;
      }
      case "hyperlink":
        return sheet.cell(rect.top, rect.left)?.hyperlink ?? null;
      default:
        throw excelError("InvalidArgument", `range.${prop} is not faked`);
    }
  }

  get address(): string {
    return this.need("address");
  }
  get rowIndex(): number {
    return this.need("rowIndex");
  }
  get columnIndex(): number {
    return this.need("columnIndex");
  }
  get rowCount(): number {
    return this.need("rowCount");
  }
  get columnCount(): number {
    return this.need("columnCount");
  }
  get values(): unknown[][] {
    return this.need("values");
  }
  get text(): string[][] {
    return this.need("text");
  }
  get numberFormat(): unknown[][] {
    return this.need("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.need("valueTypes");
  }
  get rowHidden(): boolean | null {
    return this.need("rowHidden");
  }

  /**
   * A 2-D array must have the range's rows and columns exactly, else Excel refuses the batch
   * with InvalidArgument; a single value that is not an array is written into every cell.
   */
  private writeGrid(
    name: string,
    grid: unknown,
    apply: (cell: FakeCell, value: unknown) => void,
    scalarAllowed = true,
  ): void {
    this.write({ set: name, value: grid }, () => {
      const { sheet, rect } = this.where();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const scalar = !Array.isArray(grid);
      if (scalar && !scalarAllowed) throw excelError("InvalidArgument", `${name} takes a 2-D array`);
      if (!scalar) {
        const shaped = grid.length === rows && grid.every((row) => Array.isArray(row) && row.length === cols);
        if (!shaped) {
          const shape = `${grid.length}×${Array.isArray(grid[0]) ? grid[0].length : "?"}`;
          throw excelError(
            "InvalidArgument",
            `${name}: ${shape} for a ${rows}×${cols} range. The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
          );
        }
      }
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++)
          apply(sheet.ensure(rect.top + i, rect.left + j), scalar ? grid : (grid as unknown[][])[i][j]);
    });
  }

  set values(grid: unknown[][]) {
    this.writeGrid("values", grid, writeValue);
  }

  get formulas(): unknown[][] {
    return this.need("formulas");
  }

  /** A formula is a text starting with "="; anything else is written as through `values`. */
  set formulas(grid: unknown[][]) {
    this.writeGrid("formulas", grid, (cell, value) => {
      if (typeof value === "string" && value.startsWith("=") && cell.numberFormat !== "@") {
        delete cell.text;
        cell.formula = value;
        cell.value = { error: "#NAME?" };
      } else writeValue(cell, value);
    });
  }

  set numberFormat(grid: unknown[][]) {
    this.writeGrid("numberFormat", grid, (cell, value) => {
      if (typeof value !== "string") throw excelError("InvalidArgument", `number format ${String(value)}`);
      cell.numberFormat = value;
    });
  }

  set hyperlink(link: FakeCell["hyperlink"]) {
    this.write({ set: "hyperlink", value: link }, () => {
      const { sheet, rect } = this.where();
      sheet.ensure(rect.top, rect.left).hyperlink = { ...link };
    });
  }

  getRow(index: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.where();
      return {
        sheet,
        rect: { top: rect.top + index, bottom: rect.top + index, left: rect.left, right: rect.right },
      };
    });
  }

  /** The smallest range holding both (Office.js cuts big value writes into such row blocks). */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.where();
      const b = other.where();
      return {
        sheet: a.sheet,
        rect: {
          top: Math.min(a.rect.top, b.rect.top),
          left: Math.min(a.rect.left, b.rect.left),
          bottom: Math.max(a.rect.bottom, b.rect.bottom),
          right: Math.max(a.rect.right, b.rect.right),
        },
      };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.where();
      const r = rect.top + row;
      const c = rect.left + column;
      return { sheet, rect: { top: r, bottom: r, left: c, right: c } };
    });
  }

  getRowProperties(options: {
    rowHidden?: boolean;
    rowIndex?: boolean;
  }): FakeClientResult<Array<Record<string, unknown>>> {
    this.requireApi("1.9", "Range.getRowProperties");
    return queueResult(this.context, { getRowProperties: options }, () => {
      const { sheet, rect } = this.where();
      const rows: Array<Record<string, unknown>> = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const props: Record<string, unknown> = {};
        if (options.rowHidden) props.rowHidden = sheet.hiddenRows.has(r);
        if (options.rowIndex) props.rowIndex = r;
        rows.push(props);
      }
      return rows;
    });
  }

  getCellProperties(options: {
    format?: {
      fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean };
    };
    address?: boolean;
  }): FakeClientResult<Array<Array<Record<string, unknown>>>> {
    this.requireApi("1.9", "Range.getCellProperties");
    return queueResult(this.context, { getCellProperties: options }, () =>
      this.map((cell, r, c) => {
        const props: Record<string, unknown> = {};
        if (options.address) props.address = `${quoteSheet(this.where().sheet.name)}!${a1(r, c)}`;
        const want = options.format?.fill;
        if (want) {
          props.format = { fill: answerFill(fillOf(cell), want, this.context.host.fillAnswer) };
        }
        return props;
      }),
    );
  }

  setCellProperties(
    grid: Array<Array<{ format?: { fill?: Partial<FakeFill>; font?: FakeCell["font"] } }>>,
  ): void {
    this.requireApi("1.9", "Range.setCellProperties");
    this.writeGrid(
      "cellProperties",
      grid,
      (cell, value) => {
        const props = value as { format?: { fill?: Partial<FakeFill>; font?: FakeCell["font"] } };
        const fill = props.format?.fill;
        // Excel reports gradients but cannot set one through cell properties.
        if (fill && /Gradient$/i.test(fill.pattern ?? "")) {
          throw excelError("InvalidArgument", `a ${fill.pattern} fill cannot be set`);
        }
        if (fill) applyFill(cell, fill);
        if (props.format?.font) cell.font = { ...cell.font, ...props.format.font };
      },
      false,
    );
  }

  /**
   * As Excel answers it: the merged areas whose top-left cell is in this range (whole, even where
   * they reach out of it; one that only overlaps the range is not returned, office-js #3611), a
   * null object when there is none, and a failed batch over 512 of them (documented limit).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.context, () => {
      const at = this.locate();
      if (!at) return null;
      const { rect } = at;
      const found = at.sheet.merges.filter(
        (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
      );
      if (found.length > MERGED_AREAS_LIMIT) {
        throw excelError(
          "GeneralException",
          `${found.length} merged areas in ${rectAddress(rect)}: more than ${MERGED_AREAS_LIMIT} cannot be returned`,
        );
      }
      return found.length ? { sheet: at.sheet, rects: found } : null;
    });
  }

  select(): void {
    this.write({ select: true }, () => {
      const { sheet, rect } = this.where();
      sheet.selected = rectAddress(rect);
    });
  }
}

/**
 * How an Excel reports a cell's fill through getCellProperties. "documented": white with pattern
 * "None" for No Fill. The others are what office-js #4900 and #6218 report: "pattern-null" (No
 * Fill as #FFFFFF, pattern null for every cell), "no-fill-solid-white" (No Fill as solid white);
 * in all of them tintAndShade is null for No Fill only, as Microsoft suggests reading it.
 * "no-tint" answers no tintAndShade at all (pattern as documented).
 */
export type FillAnswer = "documented" | "pattern-null" | "no-fill-solid-white" | "no-tint";
export const FILL_ANSWERS: FillAnswer[] = ["documented", "pattern-null", "no-fill-solid-white", "no-tint"];

function answerFill(
  fill: FakeFill,
  want: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean },
  answer: FillAnswer,
): Record<string, unknown> {
  const noFill = fill.pattern === "None";
  const out: Record<string, unknown> = {};
  if (want.color) out.color = fill.color ?? "#FFFFFF";
  if (want.pattern) {
    if (answer === "pattern-null") out.pattern = null;
    else if (answer === "no-fill-solid-white" && noFill) out.pattern = "Solid";
    else out.pattern = fill.pattern;
  }
  if (want.patternColor) out.patternColor = fill.patternColor ?? "#000000";
  if (want.tintAndShade && answer !== "no-tint") out.tintAndShade = noFill ? null : 0;
  return out;
}

function applyFill(cell: FakeCell, fill: Partial<FakeFill>): void {
  const current = fillOf(cell);
  const next: FakeFill = { ...current };
  if (fill.color !== undefined) {
    next.color = fill.color;
    if (next.pattern === "None") next.pattern = "Solid";
  }
  if (fill.pattern !== undefined) next.pattern = fill.pattern;
  if (fill.patternColor !== undefined) next.patternColor = fill.patternColor;
  if (next.pattern === "None") delete cell.fill;
  else cell.fill = next;
}

/** "If the merged areas count in this range is more than 512, then this method will fail." */
export const MERGED_AREAS_LIMIT = 512;

class FakeRangeAreas extends FakeProxy {
  readonly areas: FakeAreaCollection;

  constructor(
    context: FakeContext,
    private readonly resolveAreas: () => { sheet: FakeSheet; rects: Rect[] } | null,
  ) {
    super(context);
    this.areas = new FakeAreaCollection(context, resolveAreas);
  }

  protected override exists(): boolean {
    return this.resolveAreas() !== null;
  }

  get address(): string {
    return this.need("address");
  }
  get areaCount(): number {
    return this.need("areaCount");
  }

  protected read(prop: string): unknown {
    const at = this.resolveAreas();
    if (prop === "areaCount") return at?.rects.length ?? 0;
    // Excel's address of merged areas names their top-left cells only (office-js #1590): the
    // areas collection is where their extent is.
    if (prop === "address")
      return at?.rects.map((r) => `${quoteSheet(at.sheet.name)}!${a1(r.top, r.left)}`).join(",");
    throw excelError("InvalidArgument", `rangeAreas.${prop} is not faked`);
  }
}

class FakeAreaCollection extends FakeItemCollection<Located, FakeRange> {
  constructor(
    context: FakeContext,
    private readonly resolveAreas: () => { sheet: FakeSheet; rects: Rect[] } | null,
  ) {
    super(context);
  }

  protected scope(): Located[] {
    const at = this.resolveAreas();
    return at ? at.rects.map((rect) => ({ sheet: at.sheet, rect })) : [];
  }

  protected itemProp({ sheet, rect }: Located, prop: string): unknown {
    if (prop === "rowIndex") return rect.top;
    if (prop === "columnIndex") return rect.left;
    if (prop === "rowCount") return rect.bottom - rect.top + 1;
    if (prop === "columnCount") return rect.right - rect.left + 1;
    if (prop === "address") return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
    return undefined;
  }

  protected itemProxy({ sheet, rect }: Located): FakeRange {
    return new FakeRange(this.context, () => ({ sheet, rect }));
  }
}

class FakeRangeFormat extends FakeProxy {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(
    context: FakeContext,
    private readonly at: () => Located,
  ) {
    super(context);
    this.fill = new FakeRangeFill(context, at);
    this.font = new FakeRangeFont(context, at);
  }

  protected read(prop: string): unknown {
    throw excelError("InvalidArgument", `format.${prop} is not faked`);
  }

  set columnWidth(width: number) {
    this.write({ columnWidth: width }, () => {
      const { sheet, rect } = this.at();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, width);
    });
  }

  set wrapText(wrap: boolean) {
    this.write({ wrapText: wrap }, () => eachCell(this.at(), (cell) => (cell.wrapText = wrap)));
  }

  set verticalAlignment(_value: string) {
    this.write({ verticalAlignment: _value }, () => undefined);
  }

  set horizontalAlignment(_value: string) {
    this.write({ horizontalAlignment: _value }, () => undefined);
  }

  autofitColumns(): void {
    this.write({ autofitColumns: true }, () => undefined);
  }

  get borders(): { getItem(index: string): FakeRangeBorder } {
    return { getItem: (index) => new FakeRangeBorder(this.context, this.at, index) };
  }
}

/**
 * One border of a range (RangeBorder, ExcelApi 1.1). Each cell keeps its own four edges
 * (EdgeTop, EdgeBottom, EdgeLeft, EdgeRight): an Edge* border lands on the cells along that side
 * of the range, an Inside* border on the edges between its cells, as Excel draws them.
 */
class FakeRangeBorder extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly at: () => Located,
    private readonly index: string,
  ) {
    super(context);
  }

  protected read(prop: string): unknown {
    throw excelError("InvalidArgument", `border.${prop} is not faked`);
  }

  private apply(key: "style" | "color", value: string): void {
    this.write({ border: this.index, [key]: value }, () => {
      const { sheet, rect } = this.at();
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          for (const edge of this.edgesOf(r, c, rect)) {
            const cell = sheet.ensure(r, c);
            const borders = (cell.borders ??= {});
            const before = borders[edge] ?? { style: "Continuous", color: "#000000" };
            borders[edge] = { ...before, [key]: value };
          }
        }
      }
    });
  }

  private edgesOf(r: number, c: number, rect: Rect): string[] {
    switch (this.index) {
      case "EdgeTop":
        return r === rect.top ? ["EdgeTop"] : [];
      case "EdgeBottom":
        return r === rect.bottom ? ["EdgeBottom"] : [];
      case "EdgeLeft":
        return c === rect.left ? ["EdgeLeft"] : [];
      case "EdgeRight":
        return c === rect.right ? ["EdgeRight"] : [];
      case "InsideHorizontal":
        return [...(r > rect.top ? ["EdgeTop"] : []), ...(r < rect.bottom ? ["EdgeBottom"] : [])];
      case "InsideVertical":
        return [...(c > rect.left ? ["EdgeLeft"] : []), ...(c < rect.right ? ["EdgeRight"] : [])];
      default:
        throw excelError("InvalidArgument", `border ${this.index} is not faked`);
    }
  }

  set style(value: string) {
    this.apply("style", value);
  }

  set color(value: string) {
    this.apply("color", value);
  }
}

function eachCell(at: Located, f: (cell: FakeCell) => void): void {
  for (let r = at.rect.top; r <= at.rect.bottom; r++)
    for (let c = at.rect.left; c <= at.rect.right; c++) f(at.sheet.ensure(r, c));
}

class FakeRangeFill extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly at: () => Located,
  ) {
    super(context);
  }

  protected read(prop: string): unknown {
    const { sheet, rect } = this.at();
    const fill = fillOf(sheet.cell(rect.top, rect.left));
    if (prop === "color") return fill.color ?? "#FFFFFF"; // Excel reports No Fill as white
    if (prop === "pattern") {
      if (!this.context.host.supports("1.9"))
        throw excelError("InvalidArgument", "fill.pattern needs ExcelApi 1.9");
      return fill.pattern;
    }
    if (prop === "patternColor") return fill.patternColor ?? "#000000";
    throw excelError("InvalidArgument", `fill.${prop} is not faked`);
  }

  get color(): string {
    return this.need("color");
  }
  get pattern(): string {
    return this.need("pattern");
  }

  set color(color: string) {
    this.write({ fillColor: color }, () => eachCell(this.at(), (cell) => applyFill(cell, { color })));
  }

  set pattern(pattern: string) {
    this.write({ fillPattern: pattern }, () => eachCell(this.at(), (cell) => applyFill(cell, { pattern })));
  }

  set patternColor(patternColor: string) {
    this.write({ fillPatternColor: patternColor }, () =>
      eachCell(this.at(), (cell) => applyFill(cell, { patternColor })),
    );
  }

  clear(): void {
    this.write({ fillClear: true }, () => eachCell(this.at(), (cell) => delete cell.fill));
  }
}

class FakeRangeFont extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly at: () => Located,
  ) {
    super(context);
  }

  protected read(prop: string): unknown {
    const { sheet, rect } = this.at();
    return (sheet.cell(rect.top, rect.left)?.font as Record<string, unknown> | undefined)?.[prop] ?? null;
  }

  private setFont(key: string, value: unknown): void {
    this.write({ font: { [key]: value } }, () =>
      eachCell(this.at(), (cell) => (cell.font = { ...cell.font, [key]: value })),
    );
  }

  set bold(value: boolean) {
    this.setFont("bold", value);
  }
  set italic(value: boolean) {
    this.setFont("italic", value);
  }
  set color(value: string) {
    this.setFont("color", value);
  }
  set size(value: number) {
    this.setFont("size", value);
  }
  /** "None", "Single", "Double", "SingleAccountant", "DoubleAccountant". */
  set underline(value: string) {
    this.setFont("underline", value);
  }
}

// ---------------------------------------------------------------- notes and comments

/** A note as the notes collection lists it: its sheet and its cell. */
interface NoteAt {
  sheet: FakeSheet;
  key: string;
}

class FakeNoteCollection extends FakeItemCollection<NoteAt, FakeNoteProxy> {
  constructor(
    context: FakeContext,
    private readonly resolveSheet: () => FakeSheet,
  ) {
    super(context);
  }

  /** Excel documents a plain cell address ("F6") for a note; any other form is refused. */
  private key(cellAddress: string | FakeRange): string {
    if (typeof cellAddress !== "string") return rectAddress(cellAddress.where().rect);
    if (!/^[A-Z]{1,3}[1-9]\d*$/i.test(cellAddress)) {
      throw excelError("InvalidCellAddress", `${cellAddress} is not a cell address of this sheet`);
    }
    return rectAddress(parseAddress(cellAddress).rect);
  }

  add(cellAddress: string | FakeRange, content: string): FakeNoteProxy {
    let key = "";
    this.write({ addNote: typeof cellAddress === "string" ? cellAddress : "range", content }, () => {
      key = this.key(cellAddress);
      const sheet = this.resolveSheet();
      if (key.includes(":")) throw excelError("InvalidArgument", "a note goes on one cell");
      if (sheet.notes.has(key)) throw excelError("InvalidArgument", `cell ${key} already has a note`);
      if (this.state.comments.some((c) => c.sheetId === sheet.id && c.address === key)) {
        throw excelError(
          "InvalidArgument",
          `cell ${key} holds a comment: a cell has a note or a comment, not both`,
        );
      }
      sheet.notes.set(key, { content, authorName: "Soát chỉ tiêu" });
    });
    return new FakeNoteProxy(this.context, this.resolveSheet, () => key);
  }

  getItem(key: string): FakeNoteProxy {
    return new FakeNoteProxy(this.context, this.resolveSheet, () => {
      const k = this.key(key);
      if (!this.resolveSheet().notes.has(k)) throw excelError("ItemNotFound", `note ${key}`);
      return k;
    });
  }

  getItemOrNullObject(key: string): FakeNoteProxy {
    return new FakeNoteProxy(this.context, this.resolveSheet, () => {
      const k = this.key(key);
      return this.resolveSheet().notes.has(k) ? k : null;
    });
  }

  protected scope(): NoteAt[] {
    const sheet = this.resolveSheet();
    return [...sheet.notes.keys()].map((key) => ({ sheet, key }));
  }

  protected itemProp({ sheet, key }: NoteAt, prop: string): unknown {
    return noteProp(sheet, key, prop);
  }

  protected itemProxy({ key }: NoteAt): FakeNoteProxy {
    return new FakeNoteProxy(this.context, this.resolveSheet, () => key);
  }
}

function noteProp(sheet: FakeSheet, key: string, prop: string): unknown {
  const note = sheet.notes.get(key);
  if (!note) throw excelError("ItemNotFound", `note ${key}`);
  if (prop === "content") return note.content;
  if (prop === "authorName") return note.authorName;
  throw excelError("InvalidArgument", `note.${prop} is not faked`);
}

class FakeNoteProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly resolveSheet: () => FakeSheet,
    private readonly resolveKey: () => string | null,
  ) {
    super(context);
  }

  protected override exists(): boolean {
    return this.resolveKey() !== null;
  }

  protected read(prop: string): unknown {
    const key = this.resolveKey();
    if (key === null) throw excelError("ItemNotFound", "note (null object)");
    return noteProp(this.resolveSheet(), key, prop);
  }

  get content(): string {
    return this.need("content");
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const key = this.resolveKey();
      return key === null ? null : { sheet: this.resolveSheet(), rect: parseAddress(key).rect };
    });
  }

  delete(): void {
    this.write({ deleteNote: true }, () => {
      const key = this.resolveKey();
      if (key === null) throw excelError("ItemNotFound", "note (null object)");
      this.resolveSheet().notes.delete(key);
    });
  }
}

class FakeCommentCollection extends FakeItemCollection<FakeComment, FakeCommentProxy> {
  constructor(
    context: FakeContext,
    /** null: the workbook's collection; otherwise one sheet's. */
    private readonly resolveSheet: (() => FakeSheet) | null,
  ) {
    super(context);
  }

  protected scope(): FakeComment[] {
    if (!this.resolveSheet) return this.state.comments;
    const id = this.resolveSheet().id;
    return this.state.comments.filter((c) => c.sheetId === id);
  }

  add(cellAddress: string | FakeRange, content: string, _contentType?: string): FakeCommentProxy {
    this.requireApi("1.10", "CommentCollection.add");
    let id = "";
    this.write({ addComment: typeof cellAddress === "string" ? cellAddress : "range", content }, () => {
      let sheet: FakeSheet;
      let rect: Rect;
      if (typeof cellAddress === "string") {
        const parsed = parseAddress(cellAddress);
        const named = parsed.sheet ? this.state.sheetByName(parsed.sheet) : this.resolveSheet?.();
        if (!named) throw excelError("InvalidArgument", `comment address needs a sheet: ${cellAddress}`);
        sheet = named;
        rect = parsed.rect;
      } else ({ sheet, rect } = cellAddress.where());
      const address = rectAddress(rect);
      if (address.includes(":")) throw excelError("InvalidArgument", "a comment goes on one cell");
      if (this.state.comments.some((c) => c.sheetId === sheet.id && c.address === address)) {
        throw excelError("InvalidArgument", `cell ${address} already has a comment`);
      }
      if (sheet.notes.has(address)) {
        throw excelError(
          "InvalidArgument",
          `cell ${address} holds a note: a cell has a note or a comment, not both`,
        );
      }
      id = this.state.newId("comment");
      this.state.comments.push({ id, sheetId: sheet.id, address, content, authorName: "Soát chỉ tiêu" });
    });
    return new FakeCommentProxy(this.context, () => this.state.comments.find((c) => c.id === id) ?? null);
  }

  getItem(id: string): FakeCommentProxy {
    return new FakeCommentProxy(this.context, () => {
      const found = this.scope().find((c) => c.id === id);
      if (!found) throw excelError("ItemNotFound", `comment ${id}`);
      return found;
    });
  }

  protected itemProp(comment: FakeComment, prop: string): unknown {
    return commentProp(comment, prop);
  }

  protected itemProxy(comment: FakeComment): FakeCommentProxy {
    return new FakeCommentProxy(
      this.context,
      () => this.state.comments.find((c) => c.id === comment.id) ?? null,
    );
  }
}

function commentProp(comment: FakeComment, prop: string): unknown {
  if (prop === "id") return comment.id;
  if (prop === "content") return comment.content;
  if (prop === "authorName") return comment.authorName;
  throw excelError("InvalidArgument", `comment.${prop} is not faked`);
}

class FakeCommentProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly resolveComment: () => FakeComment | null,
  ) {
    super(context);
  }

  protected read(prop: string): unknown {
    const comment = this.resolveComment();
    if (!comment) throw excelError("ItemNotFound", "comment");
    return commentProp(comment, prop);
  }

  get id(): string {
    return this.need("id");
  }
  get content(): string {
    return this.need("content");
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const comment = this.resolveComment();
      if (!comment) return null;
      const sheet = this.state.sheets.find((s) => s.id === comment.sheetId);
      return sheet ? { sheet, rect: parseAddress(comment.address).rect } : null;
    });
  }

  delete(): void {
    this.write({ deleteComment: true }, () => {
      const comment = this.resolveComment();
      if (!comment) throw excelError("ItemNotFound", "comment");
      this.state.comments = this.state.comments.filter((c) => c !== comment);
    });
  }
}

// ---------------------------------------------------------------- charts

class FakeChartCollection extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly resolveSheet: () => FakeSheet,
  ) {
    super(context);
  }

  protected read(prop: string): unknown {
    if (prop === "count") return this.resolveSheet().charts.length;
    throw excelError("InvalidArgument", `charts.${prop} is not faked`);
  }

  add(
    type: string,
    source: FakeRange,
    seriesBy = "Auto",
  ): FakeChart & { setPosition(a: string, b?: string): void } {
    const chart: FakeChart = { name: "", type, source: "", seriesBy, title: "" };
    const proxy = {
      get name() {
        return chart.name;
      },
      set name(value: string) {
        chart.name = value;
      },
      title: {
        set text(value: string) {
          chart.title = value;
        },
      },
      setPosition: () => undefined,
    };
    this.write({ addChart: type, seriesBy }, () => {
      const { rect } = source.where();
      chart.source = rectAddress(rect);
      this.resolveSheet().charts.push(chart);
    });
    return proxy as unknown as FakeChart & { setPosition(a: string, b?: string): void };
  }
}

// ---------------------------------------------------------------- custom XML parts

function namespaceOf(xml: string): string {
  const m = /<[^?!][^>]*?\sxmlns="([^"]*)"/.exec(xml);
  return m ? m[1] : "";
}

class FakeCustomXmlPartCollection extends FakeItemCollection<FakeXmlPart, FakeCustomXmlPart> {
  constructor(
    context: FakeContext,
    private readonly namespaceUri: string | null,
  ) {
    super(context);
  }

  protected scope(): FakeXmlPart[] {
    return this.namespaceUri === null
      ? this.state.customXmlParts
      : this.state.customXmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
  }

  add(xml: string): FakeCustomXmlPart {
    let id = "";
    this.write({ addCustomXmlPart: xml }, () => {
      id = `{${this.state.newId("part").toUpperCase()}}`;
      this.state.customXmlParts.push({ id, xml, namespaceUri: namespaceOf(xml) });
    });
    return new FakeCustomXmlPart(
      this.context,
      () => this.state.customXmlParts.find((p) => p.id === id) ?? null,
    );
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.context, namespaceUri);
  }

  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => {
      const part = this.scope().find((p) => p.id === id);
      if (!part) throw excelError("ItemNotFound", `custom XML part ${id}`);
      return part;
    });
  }

  getCount(): FakeClientResult<number> {
    return queueResult(this.context, { getCount: true }, () => this.scope().length);
  }

  /** Any property but the id answers the namespace, as the collection's loads only ask for these two. */
  protected itemProp(part: FakeXmlPart, prop: string): unknown {
    return prop === "id" ? part.id : part.namespaceUri;
  }

  protected itemProxy(part: FakeXmlPart): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.context,
      () => this.state.customXmlParts.find((p) => p.id === part.id) ?? null,
    );
  }
}

class FakeCustomXmlPart extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly resolvePart: () => FakeXmlPart | null,
  ) {
    super(context);
  }

  private part(): FakeXmlPart {
    const part = this.resolvePart();
    if (!part) throw excelError("ItemNotFound", "custom XML part");
    return part;
  }

  protected read(prop: string): unknown {
    if (prop === "id") return this.part().id;
    if (prop === "namespaceUri") return this.part().namespaceUri;
    throw excelError("InvalidArgument", `customXmlPart.${prop} is not faked`);
  }

  get id(): string {
    return this.need("id");
  }

  getXml(): FakeClientResult<string> {
    return queueResult(this.context, { getXml: true }, () => this.part().xml);
  }

  setXml(xml: string): void {
    this.write({ setXml: xml }, () => {
      this.part().xml = xml;
    });
  }

  delete(): void {
    this.write({ deleteCustomXmlPart: true }, () => {
      const part = this.part();
      this.state.customXmlParts = this.state.customXmlParts.filter((p) => p !== part);
    });
  }
}

// ---------------------------------------------------------------- settings and host

/** Office.context.document.settings: `set` is in memory until saveAsync stores it in the file. */
export class FakeSettings implements DocumentSettingsLike {
  private values: Record<string, unknown>;
  saves = 0;

  constructor(private readonly state: FakeWorkbookState) {
    this.values = JSON.parse(JSON.stringify(state.savedSettings));
  }

  get(name: string): unknown {
    return this.values[name] ?? null;
  }

  set(name: string, value: unknown): void {
    this.values[name] = JSON.parse(JSON.stringify(value));
  }

  remove(name: string): void {
    delete this.values[name];
  }

  refreshAsync(callback?: (result: { status: string }) => void): void {
    this.values = JSON.parse(JSON.stringify(this.state.savedSettings));
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }

  saveAsync(callback?: (result: { status: string }) => void): void {
    this.saves++;
    this.state.savedSettings = JSON.parse(JSON.stringify(this.values));
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * One Excel session over a workbook state: `run` is its Excel.run, `env()` the adapter's
 * environment. `reopen()` gives a new session over the same saved state (nothing in memory).
 */
export class FakeExcel {
  syncs: SyncRecord[] = [];
  calculationSuspensions = 0;
  /** Which of the answers Excel is known to give for a cell's fill this host gives. */
  fillAnswer: FillAnswer = "documented";
  readonly settings: FakeSettings;

  constructor(
    readonly state: FakeWorkbookState = new FakeWorkbookState(),
    /** Highest ExcelApi version this Excel supports. */
    readonly apiVersion = "1.18",
  ) {
    this.settings = new FakeSettings(state);
  }

  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  run = async <T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await work(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  };

  env(): OfficeEnv {
    return {
      run: this.run,
      isSetSupported: (name, version) => {
        if (typeof version !== "string") throw new TypeError("versions are strings");
        return name === "ExcelApi" && this.supports(version);
      },
      settings: this.settings,
    };
  }

  reopen(apiVersion = this.apiVersion): FakeExcel {
    return new FakeExcel(this.state, apiVersion);
  }

  resetStats(): void {
    this.syncs = [];
    this.calculationSuspensions = 0;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  get maxPayloadBytes(): number {
    return Math.max(this.maxRequestBytes, this.maxResponseBytes);
  }
}

// ---------------------------------------------------------------- sample tables

const SAMPLE_NAMES = [
  "Tổng sản lượng lương thực có hạt",
  "Diện tích cây ăn quả",
  "Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2021-2025)",
  "Tỷ lệ người dân tham gia bảo hiểm y tế",
  "Số xã đạt chuẩn nông thôn mới nâng cao",
];

/**
 * A results table of `indicators` rows in the domain's layout, from A1: a title, the header
 * (TT, Chỉ tiêu, Đơn vị tính, Chỉ tiêu NQ, Kết quả thực hiện, Tỷ lệ (%), Đánh giá), a group row
 * every 10 indicators, consistent numbers and labels.
 */
export function addTargetTable(state: FakeWorkbookState, name: string, indicators: number): FakeSheet {
  const sheet = state.addSheet(name);
  sheet.setValues([
    ["BIỂU CÁC CHỈ TIÊU ĐẠI HỘI, NHIỆM KỲ 2020-2025"],
    [],
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"],
  ]);
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 6 });
  let row = 3;
  let group = 0;
  for (let i = 0; i < indicators; i++) {
    if (i % 10 === 0) {
      group++;
      sheet.setValues([[`G${group}`, `Nhóm chỉ tiêu số ${group}`]], row);
      sheet.merges.push({ top: row, left: 1, bottom: row, right: 6 });
      row++;
    }
    const target = 100 + (i % 50) * 10;
    const actual = target + ((i % 7) - 3) * 5;
    const percent = Math.round((actual / target) * 1000) / 10;
    const label = actual > target ? "Vượt" : actual === target ? "Đạt" : "Không đạt";
    sheet.setValues(
      [
        [
          i + 1,
          SAMPLE_NAMES[i % SAMPLE_NAMES.length],
          "ha",
          { value: target, numberFormat: "#,##0", text: target.toLocaleString("de-DE") },
          { value: actual, numberFormat: "#,##0", text: actual.toLocaleString("de-DE") },
          { value: percent, numberFormat: "0.0", text: percent.toFixed(1).replace(".", ",") },
          label,
        ],
      ],
      row,
    );
    row++;
  }
  return sheet;
}
