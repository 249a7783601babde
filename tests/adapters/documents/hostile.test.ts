import fc from "fast-check";
import JSZip from "jszip";
import {
  isDocumentReadError,
  readDocument,
  type DocumentReadError,
  type DocumentReadErrorCode,
} from "../../../src/adapters/documents";
import { OLE_SIGNATURE } from "../../../src/adapters/documents/ole";
import { oleFile } from "./support/ole-file";
import { declareUncompressedSize, docxWithDocumentXml, p, r, rawDocx, W_NS } from "./support/raw-zip";

async function failure(bytes: Uint8Array, name: string, limits = {}): Promise<DocumentReadError> {
  try {
    await readDocument(bytes, name, limits);
  } catch (e) {
    return e as DocumentReadError;
  }
  throw new Error("the document was read");
}

async function expectCode(bytes: Uint8Array, name: string, code: DocumentReadErrorCode, limits = {}) {
  const e = await failure(bytes, name, limits);
  expect(e.code).toBe(code);
  return e;
}

describe("files that are not a readable .docx", () => {
  it("tells a Word 97 .doc from a password-protected .docx or .doc by their OLE streams", async () => {
    const doc = await expectCode(oleFile(["WordDocument", "1Table"]), "bao-cao.doc", "legacy-doc");
    expect(doc.data).toEqual({ format: "doc" });
    const encryptedDoc = await expectCode(
      oleFile(["WordDocument", "1Table"], 0x0100),
      "bao-cao.doc",
      "encrypted",
    );
    expect(encryptedDoc.data).toEqual({ container: "ole", format: "doc" });
    await expectCode(oleFile(["Workbook"]), "bang.xls", "unsupported");
    const encrypted = await expectCode(
      oleFile(["EncryptionInfo", "EncryptedPackage"]),
      "bao-cao.docx",
      "encrypted",
    );
    expect(encrypted.data).toEqual({ container: "ole" });
    const header = new Uint8Array(600);
    header.set(OLE_SIGNATURE, 0);
    const unknown = await expectCode(header, "bao-cao.doc", "legacy-doc");
    expect(unknown.data).toEqual({ format: "legacy-doc-or-encrypted" });
  });

  it("refuses a truncated zip and a zip without the document part", async () => {
    const good = await rawDocx(p(r("x")));
    await expectCode(good.slice(0, Math.floor(good.length / 2)), "x.docx", "corrupt");
    const zip = new JSZip();
    zip.file("readme.txt", "không phải Word");
    const noDocument = await expectCode(await zip.generateAsync({ type: "uint8array" }), "x.docx", "corrupt");
    expect(noDocument.data).toEqual({ reason: "no-document-part" });
  });

  it("refuses a zip bomb from its central directory, before inflating it", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", new Uint8Array(4 * 1024 * 1024));
    const small = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // The same entry declared as 300 MB of zeros.
    const bomb = declareUncompressedSize(small, 300 * 1024 * 1024);
    const e = await expectCode(bomb, "x.docx", "too-large");
    expect(e.data).toMatchObject({ what: "uncompressed", limit: 200 * 1024 * 1024 });
    // At its real size the ratio alone betrays it (4 MB of zeros deflate to a few kilobytes).
    const ratio = await expectCode(small, "x.docx", "too-large");
    expect(ratio.data).toMatchObject({ what: "ratio", part: "word/document.xml" });
  });

  it("stops inflating an entry that produces more than it declared", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", new Uint8Array(512 * 1024).fill(0x41));
    const honest = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const liar = declareUncompressedSize(honest, 1000);
    const e = await expectCode(liar, "x.docx", "too-large");
    expect(e.data).toMatchObject({ what: "entry", limit: 1000 });
  });

  it("refuses too many entries", async () => {
    const zip = new JSZip();
    for (let k = 0; k < 30; k++) zip.file(`f${k}.xml`, "<a/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const e = await expectCode(bytes, "x.docx", "too-many-entries", { maxZipEntries: 20 });
    expect(e.data).toEqual({ limit: 20, actual: 30 });
  });

  it("refuses billion laughs without expanding an entity", async () => {
    let dtd = '<!ENTITY lol "lol">';
    for (let k = 1; k <= 9; k++) dtd += `<!ENTITY lol${k} "${`&lol${k === 1 ? "" : k - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [${dtd}]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const e = await expectCode(await docxWithDocumentXml(xml), "x.docx", "corrupt");
    expect(e.data).toEqual({ reason: "dtd", part: "word/document.xml" });
  });

  it("refuses 10,000-deep nesting", async () => {
    const deep = "<w:sdt>".repeat(10_000) + "</w:sdt>".repeat(10_000);
    const xml = `<w:document xmlns:w="${W_NS}"><w:body>${deep}</w:body></w:document>`;
    const e = await expectCode(await docxWithDocumentXml(xml), "x.docx", "too-deep");
    expect(e.data).toEqual({ part: "word/document.xml", limit: 256 });
  });

  it("refuses XML that is not well-formed, and other Office files", async () => {
    await expectCode(
      await docxWithDocumentXml(`<w:document xmlns:w="${W_NS}"><w:body>`),
      "x.docx",
      "corrupt",
    );
    const xlsx = new JSZip();
    xlsx.file("xl/workbook.xml", "<workbook/>");
    const e = await expectCode(await xlsx.generateAsync({ type: "uint8array" }), "x.docx", "unsupported");
    expect(e.data).toEqual({ format: "xlsx" });
  });

  it("refuses an oversized input and names what it cannot read", async () => {
    const e = await expectCode(new Uint8Array(2048), "x.txt", "too-large", { maxInputBytes: 1024 });
    expect(e.data).toEqual({ what: "input", limit: 1024, actual: 2048 });
    await expectCode(new TextEncoder().encode("{\\rtf1 x}"), "x.doc", "unsupported");
    await expectCode(new Uint8Array([1, 2, 3]), "anh.png", "unsupported");
    await expectCode(new Uint8Array([1, 2, 3]), "x.pdf", "corrupt");
    await expectCode(await rawDocx(p("")), "x.docx", "empty");
  });
});

describe("damaged .docx files", () => {
  it("either reads or fails with a DocumentReadError, whatever bytes are changed", async () => {
    const good = await rawDocx(
      p(r("(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội.")) +
        `<w:tbl><w:tr><w:tc>${p(r("TT"))}</w:tc><w:tc>${p(r("Chỉ tiêu"))}</w:tc></w:tr></w:tbl>`,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat({ max: good.length }),
        async (changes, cut) => {
          const bytes = good.slice(0, Math.max(cut, 4));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          try {
            const content = await readDocument(bytes, "x.docx");
            expect(content.kind).toBe("docx");
          } catch (e) {
            expect(isDocumentReadError(e)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
