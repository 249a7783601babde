/** English words of the front ends and the sheets they write, one file per area. */
import type { UiCatalog } from "../catalog";
import { cliEn } from "./ui-cli";
import { pageEn } from "./ui-page";
import { paneEn } from "./ui-pane";
import { sharedEn } from "./ui-shared";
import { sheetsEn } from "./ui-sheets";
import { targetsEn } from "./ui-targets";

export const uiEn: UiCatalog = { ...sharedEn, ...paneEn, ...pageEn, ...targetsEn, ...cliEn, ...sheetsEn };
