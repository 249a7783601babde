/**
 * The ribbon's function commands (FunctionFile commands.html). Each FunctionName of the
 * manifest is associated here; the handlers always call event.completed().
 */
import { officeEnv } from "../adapters/office/env";
import { checkSheet } from "../engine";
import { type Command, type CommandEvent, createCommands } from "./actions";

let commands: ReturnType<typeof createCommands> | null = null;

/** Built on first use: Office.context is ready by the time a button is clicked. */
function handler(name: "checkActiveSheet" | "writeSummarySheet" | "clearFlags"): Command {
  return (event: CommandEvent) => {
    commands ??= createCommands(officeEnv(), checkSheet);
    return commands[name](event);
  };
}

const checkActiveSheet = handler("checkActiveSheet");
const writeSummarySheet = handler("writeSummarySheet");
const clearFlags = handler("clearFlags");

Office.onReady(() => {
  // Nothing to prepare: the handlers read the workbook when clicked.
});

if (Office.actions?.associate) {
  Office.actions.associate("checkActiveSheet", checkActiveSheet);
  Office.actions.associate("writeSummarySheet", writeSummarySheet);
  Office.actions.associate("clearFlags", clearFlags);
}

// Older Excel builds look the functions up on the page's global object.
Object.assign(globalThis, { checkActiveSheet, writeSummarySheet, clearFlags });
