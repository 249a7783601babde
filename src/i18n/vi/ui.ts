/** Vietnamese words of the front ends and the sheets they write, one file per area. */
import type { UiCatalog } from "../catalog";
import { cliVi } from "./ui-cli";
import { pageVi } from "./ui-page";
import { paneVi } from "./ui-pane";
import { sharedVi } from "./ui-shared";
import { sheetsVi } from "./ui-sheets";
import { targetsVi } from "./ui-targets";

export const uiVi: UiCatalog = { ...sharedVi, ...paneVi, ...pageVi, ...targetsVi, ...cliVi, ...sheetsVi };
