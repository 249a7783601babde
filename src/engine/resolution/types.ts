/**
 * The resolution's targets (GUIDE §9): paragraphs of a resolution, a report's closing section
 * or an action programme in, one record per target out. Each record keeps its group, its item
 * number and its place among the item's targets, so a later stage can match it to a table row
 * (group + number + name, an item's several targets to its sub-rows) and compare the values.
 */
import type { PolarityDecision, Target, TextParagraph } from "../types";

/** One paragraph of a resolution, as of any document the engine reads. */
export type ResolutionParagraph = TextParagraph;

export interface ExtractedTarget {
  /** The group heading the item stands under ("Phát triển kinh tế", "a) Các chỉ tiêu về kinh tế"). */
  group: string;
  /** The item's number as written ("5"); "" for an item the text does not number. */
  code: string;
  /** 1-based position of the item in the list (its TT in a generated table). */
  item: number;
  /** 0 for an item's first target, 1, 2 … for the next ones (the table's sub-rows). */
  part: number;
  /** The clause the target was read from, as written. */
  text: string;
  name: string;
  unit: string;
  /** "Hằng năm", "Đến năm 2030", "Trong nhiệm kỳ", "Đến cuối nhiệm kỳ", "Bình quân/năm" … or "". */
  timeframe: string;
  target: Target;
  polarity: PolarityDecision;
  /** The lead agency ("chủ trì") an action programme names for the target. */
  lead?: string;
  /** The partners ("phối hợp với …"). */
  partners?: string[];
  /** The paragraph the clause comes from. */
  paragraph: number;
}
