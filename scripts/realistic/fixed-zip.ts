/**
 * The same bytes on every run for generated Office files: the packages stamp the current time
 * into docProps/core.xml and into each zip entry, and this sets both to one fixed date.
 */
import JSZip from "jszip";

export const FIXED_DATE = new Date(Date.UTC(2025, 7, 1));

export async function withFixedDates(file: Uint8Array | ArrayBuffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const out = new JSZip();
  const stamp = FIXED_DATE.toISOString().replace(/\.\d+Z$/, "Z");
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async("uint8array");
    if (name === "docProps/core.xml") {
      data = new TextDecoder()
        .decode(data)
        .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
