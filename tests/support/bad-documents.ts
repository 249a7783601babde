/**
 * Documents a reviewer's batch may hold that cannot be read, built in code at test time (never
 * committed as binaries): each with the DocumentReadError code the reader must give, for tests
 * of any front end ("one clear line each, nothing else lost from the batch").
 * `writeBadDocuments(dir)` writes them all into `dir` and returns their paths.
 */
import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import PDFDocument from "pdfkit";
import type { DocumentReadErrorCode } from "../../src/adapters/documents";
import { oleFile } from "../adapters/documents/support/ole-file";

export interface BadDocument {
  name: string;
  bytes: Uint8Array;
  /** What the document reader must answer. */
  code: DocumentReadErrorCode;
  /** Read through pdf.js, which only loads in a plain Node process (not in-process under jest). */
  pdf?: boolean;
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

async function docx(documentXml: string | Uint8Array): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const paragraph = (text: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

/** Overwrites the uncompressed size every central directory entry declares. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}

function billionLaughs(): string {
  let dtd = '<!ENTITY lol "lol">';
  for (let k = 1; k <= 9; k++) dtd += `<!ENTITY lol${k} "${`&lol${k === 1 ? "" : k - 1};`.repeat(10)}">`;
  return `<?xml version="1.0"?><!DOCTYPE w:document [${dtd}]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
}

/** A scanner's PDF as a text reader sees it: marks on two pages and no text at all. */
function imageOnlyPdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", info: { CreationDate: new Date(Date.UTC(2025, 7, 1)) } });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    for (let k = 0; k < 20; k++) doc.rect(60, 80 + k * 30, 400 - k * 7, 12).fill("#333333");
    doc.addPage();
    doc.circle(200, 300, 80).fill("#666666");
    doc.end();
  });
}

export async function badDocuments(): Promise<BadDocument[]> {
  const good = await docx(paragraph("Báo cáo chính trị"));
  const zeros = await docx(new Uint8Array(4 * 1024 * 1024));
  return [
    { name: "co-mat-khau.docx", bytes: oleFile(["EncryptionInfo", "EncryptedPackage"]), code: "encrypted" },
    { name: "word-97.doc", bytes: oleFile(["WordDocument", "1Table"]), code: "legacy-doc" },
    {
      name: "word-97-co-mat-khau.doc",
      bytes: oleFile(["WordDocument", "1Table"], 0x0100),
      code: "encrypted",
    },
    { name: "hong.docx", bytes: good.slice(0, Math.floor(good.length / 2)), code: "corrupt" },
    // 4 MB of zeros declared as 300 MB: refused from the central directory, before inflating.
    { name: "bom-nen.docx", bytes: declareSize(zeros, 300 * 1024 * 1024), code: "too-large" },
    { name: "billion-laughs.docx", bytes: await docx(billionLaughs()), code: "corrupt" },
    { name: "rong.pdf", bytes: new Uint8Array(0), code: "empty" },
    { name: "ban-chup.pdf", bytes: await imageOnlyPdf(), code: "no-text-layer", pdf: true },
  ];
}

export async function writeBadDocuments(dir: string): Promise<Array<BadDocument & { path: string }>> {
  const docs = await badDocuments();
  return Promise.all(
    docs.map(async (d) => {
      const path = join(dir, d.name);
      await fs.writeFile(path, d.bytes);
      return { ...d, path };
    }),
  );
}
