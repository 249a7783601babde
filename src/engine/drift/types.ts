/** The drift check's data (guide §9): the text's targets, each tied to a table row or not. */
import type { TableLocation } from "../types";
import type { ExtractedTarget } from "../resolution";
import type { TargetUnmatched } from "../messages";

export interface TiedTarget extends ExtractedTarget {
  /** The row of the submission's target table this target was compared with. */
  match: TableLocation | null;
  /** Why it was not compared, when the table has the item but the evidence is weak. */
  unmatched?: TargetUnmatched;
}
