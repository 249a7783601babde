#!/usr/bin/env node
/**
 * Validates an add-in manifest offline with xmllint against the published XML schemas
 * kept next to the repository (../shared/schemas/office-addin-manifest/).
 *   node scripts/validate-manifest.js [manifest.xml]
 * Exit code 0 when valid, 1 when invalid, 2 when xmllint or the schemas are missing.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const manifest = path.resolve(root, process.argv[2] || "manifest.xml");
const schemaDir =
  process.env.MANIFEST_SCHEMA_DIR || path.join(root, "..", "shared", "schemas", "office-addin-manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

if (!fs.existsSync(manifest)) {
  console.error(`Không thấy tệp manifest / manifest not found: ${manifest}`);
  process.exit(2);
}
if (!fs.existsSync(schema)) {
  console.error(
    `Không thấy lược đồ XML / schema not found: ${schema}\n` +
      "Đặt các tệp .xsd vào ../shared/schemas/office-addin-manifest/ hoặc chỉ đường dẫn bằng MANIFEST_SCHEMA_DIR.\n" +
      "Put the .xsd files in ../shared/schemas/office-addin-manifest/ or point MANIFEST_SCHEMA_DIR at them.",
  );
  process.exit(2);
}
const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (probe.error) {
  console.error(
    "Chưa cài xmllint / xmllint is not installed.\n" +
      "Debian/Ubuntu: sudo apt-get install libxml2-utils · macOS: có sẵn (comes with the system) · Windows: dùng WSL.",
  );
  process.exit(2);
}

const result = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
process.stdout.write(result.stdout || "");
process.stderr.write(result.stderr || "");
if (result.status === 0) {
  console.log(`Manifest hợp lệ / manifest is valid: ${path.relative(process.cwd(), manifest) || manifest}`);
  process.exit(0);
}
console.error("Manifest không hợp lệ / manifest is invalid (see xmllint's messages above).");
process.exit(1);
