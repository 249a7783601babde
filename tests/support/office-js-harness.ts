/**
 * The adapter's operations through the real Office.js request builder.
 *
 * Microsoft's Excel web script (npm `@microsoft/office-js`) is loaded into a VM context; every
 * `context.sync()` it makes goes through `OfficeExtension.HttpUtility.setCustomSendRequestFunc`
 * to a send function that records the request body's bytes and answers it from the fake
 * workbook (`fake-excel.ts`): each object path is resolved on the fake's proxies, each action
 * (instantiate, query, method, set property) replayed on them, and the fake's sync gives the
 * values and errors of the response. A request over 5 MB is refused with Excel's error code,
 * as Excel on the web does.
 *
 * Where the package lives: `OFFICE_JS_DIR` (the package folder), else `require.resolve`.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { OfficeEnv } from "../../src/adapters/office/env";
import { FakeClientResult, FakeContext, type FakeExcel, PAYLOAD_LIMIT } from "./fake-excel";

/** The Excel web script of the package (the one Excel on the web runs). */
const WEB_SCRIPT = "dist/excel-web-16.00.js";

export function officeJsDir(): string {
  const fromEnv = process.env.OFFICE_JS_DIR;
  if (fromEnv) return fromEnv;
  return path.dirname(require.resolve("@microsoft/office-js/package.json"));
}

/** Whether the package can be found (tests that need it say why they are skipped). */
export function officeJsAvailable(): boolean {
  try {
    return fs.existsSync(path.join(officeJsDir(), WEB_SCRIPT));
  } catch {
    return false;
  }
}

interface HttpRequest {
  url: string;
  body: unknown;
}
interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}
type SendHandler = (request: HttpRequest) => Promise<HttpResponse>;

interface OfficeJsGlobal {
  Excel: { RequestContext: new (url: string) => Excel.RequestContext; CommentCollection: unknown };
  OfficeExtension: {
    HttpUtility: { setCustomSendRequestFunc(f: SendHandler): void };
    BatchApiHelper: {
      createPropertyObject(
        type: unknown,
        parent: unknown,
        name: string,
        isCollection: boolean,
        flags: number,
      ): unknown;
      createMethodObject(...args: unknown[]): unknown;
    };
  };
}

let loaded: { global: OfficeJsGlobal; handlers: Map<string, SendHandler> } | null = null;

/** Loads the script once per process; each harness answers the requests sent to its own URL. */
function officeJs(): { global: OfficeJsGlobal; handlers: Map<string, SendHandler> } {
  if (loaded) return loaded;
  const source = fs.readFileSync(path.join(officeJsDir(), WEB_SCRIPT), "utf8");
  const sandbox: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    Promise,
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { filename: WEB_SCRIPT });
  const global = sandbox as unknown as OfficeJsGlobal;
  const handlers = new Map<string, SendHandler>();
  global.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) => {
    const base = /^https:\/\/harness-\d+\//.exec(request.url)?.[0] ?? "";
    const handler = handlers.get(base);
    if (!handler) throw new Error(`no harness for ${request.url}`);
    return handler(request);
  });
  addNotes(global);
  loaded = { global, handlers };
  return loaded;
}

/**
 * Package 1.1.110 predates ExcelApi 1.18's `worksheet.notes`. Its requests have the shape of the
 * comment collection's (property "Notes"; "Add"(cell, content); "GetItemOrNullObject"(cell);
 * items with "Content", "Delete"), so notes are built from that class with the published names.
 */
function addNotes(global: OfficeJsGlobal): void {
  const helper = global.OfficeExtension.BatchApiHelper;
  const Comments = global.Excel.CommentCollection as { prototype: object };
  const worksheetProto = Object.getPrototypeOf(
    new global.Excel.RequestContext("https://harness-0/").workbook.worksheets.getItem("x"),
  ) as object;
  if ("notes" in worksheetProto && Object.getOwnPropertyDescriptor(worksheetProto, "notes")) return;
  const Notes = function (this: unknown, ...args: unknown[]) {
    return (Comments as unknown as (...a: unknown[]) => unknown).apply(this, args) ?? this;
  } as unknown as { prototype: Record<string, unknown> };
  Notes.prototype = Object.create(Comments.prototype) as Record<string, unknown>;
  const commentType = (global.Excel as unknown as Record<string, unknown>).Comment;
  Notes.prototype.add = function (this: unknown, cellAddress: unknown, content: string) {
    return helper.createMethodObject(
      commentType,
      this,
      "Add",
      0,
      [cellAddress, content],
      false,
      true,
      null,
      0,
    );
  };
  Object.defineProperty(worksheetProto, "notes", {
    get(this: { m_harnessNotes?: unknown }) {
      this.m_harnessNotes ??= helper.createPropertyObject(Notes, this, "Notes", true, 4);
      return this.m_harnessNotes;
    },
  });
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

type Proxy = Record<string, unknown>;
const lower = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const upper = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** One Excel.run: the fake proxies behind the object paths Office.js has built so far. */
class RunSession {
  readonly fake: FakeContext;
  private readonly proxies = new Map<number, Proxy>();
  private readonly known = new Map<number, ObjectPathInfo>();
  private readonly references = new Map<string, Proxy>();

  constructor(host: FakeExcel) {
    this.fake = new FakeContext(host);
  }

  private args(info: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] } | undefined): unknown[] {
    const values = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    // JSON has no undefined: an argument left out arrives as null.
    return values.map((v, i) => (refs[i] ? this.resolve(refs[i]) : (v ?? undefined)));
  }

  resolve(id: number): Proxy {
    const cached = this.proxies.get(id);
    if (cached) return cached;
    const info = this.known.get(id);
    if (!info) throw new Error(`unknown object path ${id}`);
    const proxy = this.build(info);
    this.proxies.set(id, proxy);
    return proxy;
  }

  private build(info: ObjectPathInfo): Proxy {
    if (info.ObjectPathType === 1) return this.fake.workbook as unknown as Proxy;
    if (info.ObjectPathType === 6) {
      const referenced = this.references.get(info.Name);
      if (!referenced) throw new Error(`unknown reference ${info.Name}`);
      return referenced;
    }
    const parent = this.resolve(info.ParentObjectPathId ?? 0);
    const args = this.args(info.ArgumentInfo);
    if (info.ObjectPathType === 4) return parent[lower(info.Name)] as Proxy;
    if (info.ObjectPathType === 5) return (parent.getItem as (k: unknown) => Proxy).call(parent, args[0]);
    if (info.ObjectPathType === 3) {
      if (info.Name === "GetItemAt") return (parent.items as Proxy[])[args[0] as number];
      const method = parent[lower(info.Name)] as ((...a: unknown[]) => Proxy) | undefined;
      if (!method) throw new Error(`the fake has no ${info.Name}`);
      return method.apply(parent, args);
    }
    throw new Error(`object path type ${info.ObjectPathType} is not answered`);
  }

  /** Replays one request on the fake and gives Office.js's response body. */
  async answer(body: RequestBody): Promise<unknown> {
    for (const info of Object.values(body.ObjectPaths ?? {})) this.known.set(info.Id, info);
    const pending: Array<() => { ActionId: number; Value: unknown } | null> = [];
    for (const action of body.Actions) pending.push(this.replay(action));
    try {
      await this.fake.sync();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "GeneralException";
      return { Error: { Code: code, Message: (error as Error).message, HttpStatusCode: 400 } };
    }
    return { Results: pending.map((f) => f()).filter((r) => r !== null) };
  }

  private replay(action: ActionInfo): () => { ActionId: number; Value: unknown } | null {
    const result = (value: () => unknown) => () => ({ ActionId: action.Id, Value: value() });
    if (action.ActionType === 1) {
      const proxy = this.resolve(action.ObjectPathId);
      // An added object's path cannot be replayed in a later request: Excel answers a reference.
      const added = this.known.get(action.ObjectPathId)?.Name === "Add";
      const reference = `harness-ref-${action.ObjectPathId}`;
      if (added) this.references.set(reference, proxy);
      return result(() => (nullObject(proxy) ? { _IsNull: true } : added ? { _ReferenceId: reference } : {}));
    }
    const proxy = this.resolve(action.ObjectPathId);
    if (action.ActionType === 2) {
      const select = action.QueryInfo?.Select ?? [];
      const isCollection = Array.isArray((proxy as { itemProxies?: unknown }).itemProxies);
      (proxy.load as (p: string[]) => void).call(
        proxy,
        isCollection ? select.map((p) => `items/${p}`) : select,
      );
      return result(() => {
        if (nullObject(proxy)) return null;
        if (isCollection) return { _Items: (proxy.items as Proxy[]).map((item) => pick(item, select)) };
        return pick(proxy, select);
      });
    }
    const args = this.args(action.ArgumentInfo);
    if (action.ActionType === 4) {
      proxy[lower(action.Name)] = args[0];
      return () => null;
    }
    if (action.ActionType === 3) {
      // Office.js's own checks ("_ValidateArraySize") are Excel's to make; the fake checks shapes itself.
      if (action.Name.startsWith("_")) return () => null;
      const method = proxy[lower(action.Name)] as ((...a: unknown[]) => unknown) | undefined;
      if (!method) throw new Error(`the fake has no ${action.Name}`);
      const value = method.apply(proxy, args);
      return result(() => (value instanceof FakeClientResult ? (value.value as unknown) : null));
    }
    return () => null;
  }
}

function nullObject(proxy: Proxy): boolean {
  try {
    return proxy.isNullObject === true;
  } catch {
    return false;
  }
}

/** The loaded properties, under the names Excel's response uses ("values" → "Values"). */
function pick(proxy: Proxy, select: string[]): Record<string, unknown> {
  return Object.fromEntries(select.map((p) => [upper(p), proxy[p]]));
}

export interface RequestRecord {
  bytes: number;
}

let nextHarness = 1;

/**
 * An Excel session whose Excel.run hands the adapter a real Office.js RequestContext over the
 * fake workbook. `requests` holds the bytes of every request body Office.js sent.
 */
export class OfficeJsExcel {
  requests: RequestRecord[] = [];
  private readonly base = `https://harness-${nextHarness++}/`;
  private session: RunSession | null = null;

  constructor(readonly host: FakeExcel) {
    const { handlers } = officeJs();
    handlers.set(this.base, (request) => this.send(request));
  }

  private async send(request: HttpRequest): Promise<HttpResponse> {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const bytes = Buffer.byteLength(text, "utf8");
    this.requests.push({ bytes });
    const reply = (body: unknown): HttpResponse => ({
      statusCode: 200,
      headers: {},
      body: JSON.stringify(body),
    });
    if (bytes > PAYLOAD_LIMIT) {
      return reply({
        Error: { Code: "RequestPayloadSizeLimitExceeded", Message: `${bytes} bytes`, HttpStatusCode: 413 },
      });
    }
    if (!this.session) throw new Error("a request outside Excel.run");
    return reply(await this.session.answer(JSON.parse(text) as RequestBody));
  }

  run = async <T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const { global } = officeJs();
    const context = new global.Excel.RequestContext(this.base);
    this.session = new RunSession(this.host);
    try {
      const result = await work(context);
      await context.sync();
      return result;
    } finally {
      this.session = null;
    }
  };

  env(): OfficeEnv {
    return { ...this.host.env(), run: this.run };
  }

  resetStats(): void {
    this.requests = [];
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }
}
