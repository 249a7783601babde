/**
 * word/document.xml's body → paragraphs and tables, in document order.
 *
 * Text: w:t, w:tab ("\t"), w:br and w:cr ("\n"), w:noBreakHyphen ("-"), w:sym; field results
 * kept and field instructions skipped; deleted revisions (w:del, w:moveFrom) and hidden runs
 * skipped, insertions (w:ins, w:moveTo) kept; hyperlinks, smart tags, content controls (w:sdt)
 * and custom XML read through. Drawings, text boxes and footnote references are not read.
 */
import type { Cell, MergedArea } from "../../../engine/grid";
import { typedLabel } from "../text/labels";
import type { DocumentParagraph, DocumentTable } from "../types";
import { childVal, firstChild, type XmlElement } from "../xml";
import type { ListCounter } from "./numbering";
import { numPrOf, outlineLevelOf, type Styles } from "./styles";

/** Elements whose content is never part of the visible text. */
const SKIPPED = new Set([
  "w:pPr",
  "w:rPr",
  "w:del",
  "w:moveFrom",
  "w:instrText",
  "w:delInstrText",
  "w:delText",
  "w:drawing",
  "w:pict",
  "w:object",
  "mc:Fallback",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:commentReference",
  "w:sdtPr",
  "w:sdtEndPr",
  "w:tblPr",
  "w:tblGrid",
  "w:trPr",
  "w:tcPr",
  "w:sectPr",
]);

/** Containers that may hold rows, cells or blocks and are read through. */
const CONTAINERS = new Set([
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "mc:AlternateContent",
  "mc:Choice",
]);

const SYMBOL_FONT_AREA = 0xf000;

function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs["w:val"];
  return v === undefined || (v !== "0" && v !== "false" && v !== "off");
}

interface ParagraphRead {
  text: string;
  label: string | null;
  headingLevel?: number;
}

export class BodyReader {
  readonly paragraphs: DocumentParagraph[] = [];
  readonly tables: DocumentTable[] = [];
  /** Open fields, innermost last: "instr" until w:fldChar separate, then "result". */
  private readonly fields: Array<"instr" | "result"> = [];
  private lastBodyText: string | undefined;

  constructor(
    private readonly styles: Styles,
    private readonly lists: ListCounter,
  ) {}

  readBody(body: XmlElement): void {
    this.blocks(body, {
      paragraph: (p) => this.addBodyParagraph(p),
      table: (tbl) => {
        this.readTable(tbl, undefined, this.lastBodyText);
        // A caption belongs to one table: the next one needs a paragraph of its own.
        this.lastBodyText = undefined;
      },
    });
  }

  private blocks(
    el: XmlElement,
    sink: { paragraph: (p: ParagraphRead) => void; table: (tbl: XmlElement) => void },
  ): void {
    for (const child of el.children) {
      if (typeof child === "string") continue;
      if (child.name === "w:p") sink.paragraph(this.readParagraph(child));
      else if (child.name === "w:tbl") sink.table(child);
      else if (!SKIPPED.has(child.name)) this.blocks(child, sink);
    }
  }

  private addBodyParagraph(p: ParagraphRead): void {
    let text = p.text.trim();
    let numbering = p.label ?? undefined;
    let source: "auto" | "typed" | undefined = numbering ? "auto" : undefined;
    if (!numbering) {
      const typed = typedLabel(text);
      if (typed) {
        numbering = typed.label;
        text = typed.rest;
        source = "typed";
      }
    }
    if (text === "" && !numbering) return;
    const paragraph: DocumentParagraph = { index: this.paragraphs.length + 1, text };
    if (numbering) {
      paragraph.numbering = numbering;
      paragraph.numberingSource = source;
    }
    if (p.headingLevel !== undefined) paragraph.headingLevel = p.headingLevel;
    this.paragraphs.push(paragraph);
    if (text !== "") this.lastBodyText = text;
  }

  private readParagraph(p: XmlElement): ParagraphRead {
    const pPr = firstChild(p, "w:pPr");
    const styleId = childVal(pPr, "w:pStyle");
    const direct = numPrOf(pPr);
    const fromStyle = this.styles.numbering(styleId);
    const numId = direct?.numId ?? fromStyle?.numId;
    const ilvl = direct?.ilvl ?? fromStyle?.ilvl ?? 0;
    const label = numId !== undefined ? this.lists.next(numId, Number.isFinite(ilvl) ? ilvl : 0) : null;
    const parts: string[] = [];
    this.inline(p, parts, false);
    // A field instruction never runs past its paragraph: a field left open there is malformed,
    // and keeping it open would hide the rest of the document.
    while (this.inInstruction()) this.fields.pop();
    const read: ParagraphRead = { text: parts.join(""), label: label === "" ? null : label };
    const heading = outlineLevelOf(pPr) ?? this.styles.headingLevel(styleId);
    if (heading !== undefined) read.headingLevel = heading;
    return read;
  }

  private inInstruction(): boolean {
    return this.fields.length > 0 && this.fields[this.fields.length - 1] === "instr";
  }

  private inline(el: XmlElement, out: string[], hidden: boolean): void {
    for (const child of el.children) {
      if (typeof child === "string") continue;
      switch (child.name) {
        case "w:r": {
          const rPr = firstChild(child, "w:rPr");
          this.inline(child, out, hidden || isOn(firstChild(rPr, "w:vanish")));
          break;
        }
        case "w:fldChar": {
          const type = child.attrs["w:fldCharType"];
          if (type === "begin") this.fields.push("instr");
          else if (type === "separate" && this.fields.length > 0)
            this.fields[this.fields.length - 1] = "result";
          else if (type === "end") this.fields.pop();
          break;
        }
        case "w:t":
          if (!hidden && !this.inInstruction())
            for (const t of child.children) if (typeof t === "string") out.push(t);
          break;
        case "w:tab":
        case "w:ptab":
          if (!hidden && !this.inInstruction()) out.push("\t");
          break;
        case "w:br":
        case "w:cr":
          if (!hidden && !this.inInstruction()) out.push("\n");
          break;
        case "w:noBreakHyphen":
          if (!hidden && !this.inInstruction()) out.push("-");
          break;
        case "w:sym": {
          const code = parseInt(child.attrs["w:char"] ?? "", 16);
          if (
            !hidden &&
            !this.inInstruction() &&
            Number.isFinite(code) &&
            code > 0 &&
            code < SYMBOL_FONT_AREA
          ) {
            out.push(String.fromCharCode(code));
          }
          break;
        }
        case "w:p":
        case "w:tbl":
          // Block content inside inline content (a malformed file): read its text inline.
          this.inline(child, out, hidden);
          break;
        default:
          if (!SKIPPED.has(child.name)) this.inline(child, out, hidden);
      }
    }
  }

  /** One table → a DocumentTable (its index taken before nested tables get theirs). */
  private readTable(tbl: XmlElement, nestedIn: number | undefined, caption: string | undefined): string {
    const table: DocumentTable = {
      index: this.tables.length + 1,
      afterParagraph: this.paragraphs.length,
      grid: { name: "", cells: [], merges: [], hiddenRows: [] },
    };
    if (caption !== undefined) table.caption = caption;
    if (nestedIn !== undefined) table.nestedIn = nestedIn;
    this.tables.push(table);

    const cells: Array<Array<Cell | undefined> | undefined> = [];
    const areas: MergedArea[] = [];
    const openVertical = new Map<number, MergedArea>();
    const rowTexts: string[] = [];
    const rows = collect(tbl, "w:tr");
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const trPr = firstChild(row, "w:trPr");
      let column = Math.max(0, Number(childVal(trPr, "w:gridBefore") ?? "0") || 0);
      const texts: string[] = [];
      let previous: MergedArea | undefined;
      for (const tc of collect(row, "w:tc")) {
        const tcPr = firstChild(tc, "w:tcPr");
        const span = Math.max(1, Number(childVal(tcPr, "w:gridSpan") ?? "1") || 1);
        const vMerge = firstChild(tcPr, "w:vMerge");
        const hMerge = firstChild(tcPr, "w:hMerge");
        const text = this.cellText(tc, table.index);
        texts.push(text);
        const above = openVertical.get(column);
        if (vMerge && vMerge.attrs["w:val"] !== "restart" && above && above.bottom === r - 1) {
          above.bottom = r;
          previous = above;
          column = above.right + 1;
          continue;
        }
        if (hMerge && hMerge.attrs["w:val"] !== "restart" && previous && previous.top === r) {
          previous.right = column + span - 1;
          column += span;
          continue;
        }
        const area: MergedArea = { top: r, left: column, bottom: r, right: column + span - 1 };
        for (let c = column; c <= area.right; c++) openVertical.delete(c);
        if (vMerge?.attrs["w:val"] === "restart") openVertical.set(column, area);
        if (text !== "") {
          const line = cells[r] ?? (cells[r] = []);
          line[column] = { value: text, text };
        }
        areas.push(area);
        previous = area;
        column += span;
      }
      rowTexts.push(texts.join("\t"));
    }
    table.grid = {
      name: caption ?? `Bảng ${table.index}`,
      cells,
      merges: areas.filter((a) => a.bottom > a.top || a.right > a.left),
      hiddenRows: [],
    };
    return rowTexts.join("\n");
  }

  /** A cell's paragraphs (with their list labels) and nested tables' text, one per line. */
  private cellText(tc: XmlElement, tableIndex: number): string {
    const lines: string[] = [];
    let lastLine: string | undefined;
    this.blocks(tc, {
      paragraph: (p) => {
        const text = p.text.trim();
        const line = p.label ? (text === "" ? p.label : `${p.label} ${text}`) : text;
        if (line !== "") {
          lines.push(line);
          lastLine = line;
        }
      },
      table: (inner) => {
        const text = this.readTable(inner, tableIndex, lastLine);
        if (text.trim() !== "") lines.push(text);
      },
    });
    return lines.join("\n");
  }
}

/** The `name` children of `el`, looking through content controls and other containers. */
function collect(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (child.name === name) out.push(child);
      else if (CONTAINERS.has(child.name)) walk(child);
    }
  };
  walk(el);
  return out;
}
