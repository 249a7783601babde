/**
 * A .docx (OOXML zip) → DocumentContent. The main part is found through the package
 * relationships (`_rels/.rels`), its numbering and styles through its own relationships; every
 * part goes through the bounded zip and the bounded XML parser.
 */
import { DocumentReadError, type DocumentContent, type DocumentLimits } from "../types";
import { openBoundedZip, type BoundedZip } from "../zip";
import { childElements, decodeXmlBytes, firstChild, parseXmlPart, type XmlElement } from "../xml";
import { BodyReader } from "./body";
import { ListCounter, parseNumbering } from "./numbering";
import { Styles } from "./styles";

const OFFICE_DOCUMENT = "/officeDocument";
const DEFAULT_MAIN_PART = "word/document.xml";

const keepWordText = (name: string) => name === "w:t";
const keepNoText = () => false;

async function readPart(
  zip: BoundedZip,
  path: string,
  limits: DocumentLimits,
  keepText: (name: string) => boolean,
): Promise<XmlElement | null> {
  const bytes = await zip.read(path);
  if (!bytes) return null;
  return parseXmlPart(decodeXmlBytes(bytes), path, limits.maxXmlDepth, keepText);
}

/** "word/document.xml" + "../customXml/item.xml" → "customXml/item.xml". */
function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/");
  parts.pop();
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

async function relationships(zip: BoundedZip, part: string, limits: DocumentLimits): Promise<Relationship[]> {
  const root = await readPart(zip, relsPathOf(part), limits, keepNoText);
  const rels = root ? firstChild(root, "rel:Relationships") : undefined;
  if (!rels) return [];
  return childElements(rels, "rel:Relationship")
    .filter((r) => r.attrs["TargetMode"] !== "External")
    .map((r) => ({ type: r.attrs["Type"] ?? "", target: resolvePart(part, r.attrs["Target"] ?? "") }));
}

function otherOfficeFormat(zip: BoundedZip): string | null {
  if (zip.entries.has("xl/workbook.xml")) return "xlsx";
  if (zip.entries.has("ppt/presentation.xml")) return "pptx";
  if (zip.entries.has("content.xml") && zip.entries.has("mimetype")) return "odf";
  return null;
}

export async function readDocx(bytes: Uint8Array, limits: DocumentLimits): Promise<DocumentContent> {
  const zip = await openBoundedZip(bytes, limits);
  const packageRels = await relationships(zip, "", limits);
  const main =
    packageRels.find((r) => r.type.endsWith(OFFICE_DOCUMENT) && zip.entries.has(r.target))?.target ??
    (zip.entries.has(DEFAULT_MAIN_PART) ? DEFAULT_MAIN_PART : null);
  if (main === null || !main.startsWith("word/")) {
    const other = otherOfficeFormat(zip);
    if (other) throw new DocumentReadError("unsupported", { format: other });
    throw new DocumentReadError("corrupt", { reason: "no-document-part" });
  }

  const mainRels = await relationships(zip, main, limits);
  const target = (suffix: string, fallback: string) =>
    mainRels.find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const [documentRoot, numberingRoot, stylesRoot] = await Promise.all([
    readPart(zip, main, limits, keepWordText),
    readPart(zip, target("/numbering", "word/numbering.xml"), limits, keepNoText),
    readPart(zip, target("/styles", "word/styles.xml"), limits, keepNoText),
  ]);
  const body = firstChild(firstChild(documentRoot ?? undefined, "w:document"), "w:body");
  if (!body) throw new DocumentReadError("corrupt", { reason: "no-document-part", part: main });

  const styles = new Styles(stylesRoot);
  const reader = new BodyReader(styles, new ListCounter(parseNumbering(numberingRoot, styles.listStyles)));
  reader.readBody(body);
  if (reader.paragraphs.length === 0 && reader.tables.length === 0) {
    throw new DocumentReadError("empty", { kind: "docx" });
  }
  return { kind: "docx", paragraphs: reader.paragraphs, tables: reader.tables };
}
