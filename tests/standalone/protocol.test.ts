/** @jest-environment node */
import { failureForKind } from "../../src/standalone/protocol";

describe("failureForKind", () => {
  it("lets only .xlsx through and gives every other kind its own message code", () => {
    expect(failureForKind("xlsx")).toBeNull();
    expect(failureForKind("encrypted")).toBe("encrypted");
    expect(failureForKind("legacyXls")).toBe("legacyXls");
    expect(failureForKind("xlsb")).toBe("xlsb");
    expect(failureForKind("truncatedZip")).toBe("corrupt");
    expect(failureForKind("empty")).toBe("empty");
    for (const kind of ["otherZip", "otherOle", "unknown"] as const)
      expect(failureForKind(kind)).toBe("notExcel");
  });
});
