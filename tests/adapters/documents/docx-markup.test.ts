import { readDocument } from "../../../src/adapters/documents";
import { cellText } from "../../../src/engine";
import { p, r, rawDocx, tbl, tc, tr } from "./support/raw-zip";

describe("Word markup", () => {
  it("skips deleted revisions and field instructions, keeps insertions and field results", async () => {
    const bytes = await rawDocx(
      p(
        r("Tổng đàn gia súc: ") +
          `<w:del w:id="1" w:author="a"><w:r><w:delText>7.900</w:delText></w:r></w:del>` +
          `<w:ins w:id="2" w:author="a">${r("8.200")}</w:ins>` +
          r("/7.500 con") +
          `<w:r><w:noBreakHyphen/></w:r>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
          `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("12")}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          `<w:fldSimple w:instr=" NUMPAGES ">${r("40")}</w:fldSimple>` +
          `<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>` +
          `<w:hyperlink w:anchor="x">${r(" xem")}</w:hyperlink>`,
      ),
    );
    const { paragraphs } = await readDocument(bytes, "x.docx");
    expect(paragraphs.map((x) => x.text)).toEqual(["Tổng đàn gia súc: 8.200/7.500 con-1240 xem"]);
  });

  it("reads tables inside content controls, nested tables, gridSpan and vMerge", async () => {
    const nested = tbl(tr(tc(p(r("a"))), tc(p(r("b")))), tr(tc(p(r("c"))), tc(p(r("d")))));
    const outer = tbl(
      tr(tc(p(r("TT"))), tc(p(r("Chỉ tiêu"))), tc(p(r("Ghi chú")))),
      tr(tc(p(r("1")), '<w:vMerge w:val="restart"/>'), tc(p(r("Nhóm")), '<w:gridSpan w:val="2"/>')),
      tr(tc(p(""), "<w:vMerge/>"), tc(p(r("Tổng đàn lợn"))), tc(p(r("Bảng con")) + nested + p(""))),
    );
    const bytes = await rawDocx(
      p(r("Biểu 02")) +
        `<w:sdt><w:sdtPr><w:alias w:val="bieu"/></w:sdtPr><w:sdtContent>${outer}</w:sdtContent></w:sdt>`,
    );
    const { tables, paragraphs } = await readDocument(bytes, "x.docx");
    expect(paragraphs.map((x) => x.text)).toEqual(["Biểu 02"]);
    expect(tables.map((t) => [t.index, t.caption, t.nestedIn ?? null])).toEqual([
      [1, "Biểu 02", null],
      [2, "Bảng con", 1],
    ]);
    const grid = tables[0].grid;
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
    expect(cellText(grid.cells[2]?.[2] ?? undefined)).toBe("Bảng con\na\tb\nc\td");
    expect(cellText(tables[1].grid.cells[1]?.[1] ?? undefined)).toBe("d");
  });

  it("takes automatic numbering from word/numbering.xml, with overrides and styles", async () => {
    const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:isLgl/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="MucCon"><w:name w:val="Mục con"/><w:basedOn w:val="Muc"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    </w:styles>`;
    const numbered = (numId: string, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const styled = (style: string, text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${r(text)}</w:p>`;
    const bytes = await rawDocx(
      numbered("1", "một") +
        numbered("1", "hai") +
        numbered("2", "năm") +
        numbered("2", "sáu") +
        styled("Muc", "KINH TẾ") +
        styled("MucCon", "Nông nghiệp") +
        styled("MucCon", "Công nghiệp") +
        styled("Muc", "XÃ HỘI") +
        styled("MucCon", "Giáo dục") +
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>${r("không số")}</w:p>`,
      {
        "word/numbering.xml": numbering,
        "word/styles.xml": styles,
        "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      },
    );
    const { paragraphs } = await readDocument(bytes, "x.docx");
    expect(paragraphs.map((x) => [x.numbering ?? null, x.headingLevel ?? null, x.text])).toEqual([
      ["(1)", null, "một"],
      ["(2)", null, "hai"],
      ["(5)", null, "năm"],
      ["(6)", null, "sáu"],
      ["I.", 1, "KINH TẾ"],
      ["1.1.", 2, "Nông nghiệp"],
      ["1.2.", 2, "Công nghiệp"],
      ["II.", 1, "XÃ HỘI"],
      ["2.1.", 2, "Giáo dục"],
      [null, null, "không số"],
    ]);
  });

  it("follows list styles (w:numStyleLink) to the levels they define", async () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const numbering = `<w:numbering xmlns:w="${W}">
      <w:abstractNum w:abstractNumId="10"><w:styleLink w:val="DanhSach"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="DanhSach"/></w:abstractNum>
      <w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num>
      <w:num w:numId="11"><w:abstractNumId w:val="11"/></w:num>
    </w:numbering>`;
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="numbering" w:styleId="DanhSach"><w:name w:val="Danh sách"/><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style></w:styles>`;
    const item = (text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="11"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const bytes = await rawDocx(item("Các chỉ tiêu về kinh tế") + item("Các chỉ tiêu về xã hội"), {
      "word/numbering.xml": numbering,
      "word/styles.xml": styles,
    });
    const { paragraphs } = await readDocument(bytes, "x.docx");
    expect(paragraphs.map((x) => x.numbering)).toEqual(["a)", "b)"]);
  });

  it("places cells after w:gridBefore, joins w:hMerge and reads cells inside content controls", async () => {
    const bytes = await rawDocx(
      tbl(
        tr(tc(p(r("TT"))), tc(p(r("Chỉ tiêu"))), tc(p(r("ĐVT")))),
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p(r("Tổng đàn lợn")))}<w:sdt><w:sdtContent>${tc(p(r("Con")))}</w:sdtContent></w:sdt></w:tr>`,
        tr(tc(p(r("II")), '<w:hMerge w:val="restart"/>'), tc(p(""), "<w:hMerge/>"), tc(p(r("x")))),
      ),
    );
    const { tables } = await readDocument(bytes, "x.docx");
    const grid = tables[0].grid;
    expect([0, 1, 2].map((c) => cellText(grid.cells[1]?.[c] ?? undefined))).toEqual([
      "",
      "Tổng đàn lợn",
      "Con",
    ]);
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
    expect(cellText(grid.cells[2]?.[2] ?? undefined)).toBe("x");
  });
});
