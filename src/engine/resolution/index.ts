/**
 * The resolution's targets (GUIDE §9): find the numbered target list of a resolution, of a
 * report's closing section or of an action programme, and read each target (name, value and
 * comparator, unit, time frame, polarity, and a programme's lead and partners).
 */
export { extractTargets } from "./extract";
export type { ExtractedTarget, ResolutionParagraph } from "./types";
export { extractedTargetsJson, type ContractExtractedTarget } from "./json";
