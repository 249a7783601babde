/** The compiled build's modules (the code `chitieu` runs), typed by their sources. */
import * as path from "path";

export function compiled<T>(modulePath: string): T {
  const file = path.join(__dirname, "../../build", modulePath);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as T;
  } catch {
    throw new Error(`${file}.js is missing: run "npm run build:cli" first (npm run bench does)`);
  }
}
