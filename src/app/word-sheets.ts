/**
 * A .docx's Word tables as the sheets of a workbook, for the browser page opening a .docx alone:
 * each named as the command line names it (`wordTableName`), a repeated name given " (2)", " (3)"
 * so that every sheet can be picked, checked and pointed at by its name.
 */
import type { Grid } from "../engine/grid";
import { wordTableName, type WordTableInput } from "./submission";

export function wordTableSheets(tables: readonly WordTableInput[]): Grid[] {
  const taken = new Set<string>();
  return tables.map((table) => {
    const base = wordTableName(table);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
    taken.add(name);
    return { ...table.grid, name };
  });
}
