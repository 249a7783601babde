/**
 * Target expressions (GUIDE §4): plain levels, at least / at most, ranges, fractions,
 * qualitative, compound, relative and "not assigned", plus comparators carried by the
 * indicator's name ("… đạt 98% trở lên", "Giảm tỷ lệ hộ nghèo xuống dưới 5%").
 *
 * A target that cannot be assessed numerically carries `reason`; it is never guessed.
 * Rule for callers: `target.reason !== undefined` ⇔ the target cannot be assessed
 * (kinds none, relative, compound, and qualitative text that is not a yes/no target).
 * A plain number is kind "atLeast" with `plain: true`: read it as at most when the
 * indicator's polarity is lower.
 *
 * The text is folded (no diacritics, lower case), split into tokens by a linear scanner and
 * matched against short cue phrases: no backtracking regular expressions.
 */
export { comparatorFromName } from "./name-comparator";
export { parseTarget, parseTargetCellText, targetComparatorCue, withNameComparator } from "./parse";
