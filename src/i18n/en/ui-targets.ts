/** English words of "Create target table from resolution" (the task pane and the browser page). */
import type { Templates } from "../catalog";
import type { TargetsMessages } from "../ui-messages";

export const targetsEn: Templates<TargetsMessages> = {
  "targets/heading": () => "Create target table from resolution",
  "targets/intro": () =>
    "Paste the resolution's text or open its file: its targets become a table with the columns to fill in the results.",
  "targets/paste": () => "Paste the resolution's text",
  "targets/read": () => "Read the targets",
  "targets/open": () => "Or open the resolution (.docx, .pdf, .txt)",
  "targets/unsupported": () =>
    "Only .docx, .pdf and .txt files can be read. For another file, copy its text and paste it above.",
  "targets/read-failed": ({ detail }) => `Could not read the resolution: ${detail}`,
  "targets/found": ({ targets, items, groups }, f) =>
    `Found ${f.count(targets, "target", "targets")} (${f.count(items, "item", "items")})${groups > 0 ? ` in ${f.count(groups, "group", "groups")}` : ""}.`,
  "targets/none": () =>
    "No numbered list of targets was found in this text. Paste the resolution's section of main targets, each target with its number.",
  "targets/write-sheet": () => "Create the table in a new sheet",
  "targets/write-file": () => "Download the target table (.xlsx)",
  "targets/writing": () => "Creating the target table…",
  "targets/written-sheet": ({ sheet }) =>
    `The target table is in the new sheet “${sheet}”; press “Check” to check it straight away.`,
  "targets/written-file": ({ file }) => `Downloaded “${file}”.`,
  "targets/write-failed": ({ detail }) => `Could not create the target table: ${detail}`,
};
