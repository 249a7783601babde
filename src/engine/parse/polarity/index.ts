/**
 * Polarity (GUIDE §5): is a higher actual better, or a lower one? Default higher. Lower when
 * the target is an at-most expression, the name says "giảm … xuống", or the quantity is one
 * a commune wants less of (hộ nghèo, tai nạn, tội phạm …). Every decision names its cue.
 *
 * Traps handled before the word list: "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm" measures the
 * rate of reduction (higher is better); "Số bản không có ma túy" counts good villages.
 */
export { inferPolarity, inferPolarityOf, polarityReadsTarget } from "./infer";
export { digitsOf, readName, type NameReading } from "./name-reading";
