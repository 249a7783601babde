/**
 * A small element tree from an OOXML part, built with saxes (a strict, non-validating XML
 * parser). Names are namespace-resolved to a fixed prefix ("w:p" whatever prefix the file
 * uses). Bounded: a DOCTYPE is refused (OOXML never has one, so no entity is ever expanded),
 * and nesting deeper than the limit stops the parse at once.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { DocumentReadError } from "./types";

export interface XmlElement {
  /** "w:p", "w:tbl", "mc:AlternateContent"; an unknown namespace as "{uri}local". */
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: Array<XmlElement | string>;
}

const PREFIX_BY_URI: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
};

function qualified(uri: string, local: string): string {
  if (uri === "") return local;
  const prefix = PREFIX_BY_URI[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

/** Parse one part. `keepText(name)` says inside which elements text is kept (the rest is dropped). */
export function parseXmlPart(
  text: string,
  part: string,
  maxDepth: number,
  keepText: (elementName: string) => boolean,
): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: DocumentReadError | null = null;
  const fail = (e: DocumentReadError) => {
    failure = e;
    // Throwing from a handler unwinds saxes' write loop: no more of the input is read.
    throw e;
  };

  parser.on("doctype", () => fail(new DocumentReadError("corrupt", { reason: "dtd", part })));
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (stack.length > maxDepth) fail(new DocumentReadError("too-deep", { part, limit: maxDepth }));
    const attrs: Record<string, string> = {};
    for (const key of Object.keys(tag.attributes)) {
      const a = tag.attributes[key];
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      attrs[qualified(a.uri, a.local)] = a.value;
    }
    const el: XmlElement = { name: qualified(tag.uri, tag.local), attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (keepText(top.name)) top.children.push(t);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("error", () => fail(new DocumentReadError("corrupt", { reason: "xml", part })));

  try {
    parser.write(text).close();
  } catch (e) {
    if (failure) throw failure;
    if (e instanceof DocumentReadError) throw e;
    throw new DocumentReadError("corrupt", { reason: "xml", part });
  }
  return root;
}

export function firstChild(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children)
    if (typeof c !== "string" && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The `w:val` of a child element, e.g. `val(pPr, "w:pStyle")`. */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return firstChild(el, name)?.attrs["w:val"];
}

export function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (typeof c === "string") s += c;
  return s;
}

const UTF8 = new TextDecoder("utf-8");
const UTF16LE = new TextDecoder("utf-16le");
const UTF16BE = new TextDecoder("utf-16be");

/** An XML part's bytes as text: UTF-8 (Word's), or UTF-16 when a byte order mark says so. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  return UTF8.decode(bytes);
}
