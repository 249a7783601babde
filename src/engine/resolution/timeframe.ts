/** A target's time frame (GUIDE §9): "Hằng năm", "đến năm 2030", "trong nhiệm kỳ", "bình quân/năm". */

export interface TimeframeCue {
  /** The label written in the table ("Đến năm 2030"). */
  label: string;
  /** Where the words stand in the (aligned folded) text. */
  start: number;
  end: number;
}

/** Folded patterns, most specific first; the label names what the text says. */
const PATTERNS: ReadonlyArray<{ re: RegExp; label: (m: RegExpExecArray) => string }> = [
  { re: /giai doan (20\d\d) ?[-–] ?(20\d\d)/, label: (m) => `Giai đoạn ${m[1]} - ${m[2]}` },
  { re: /(?:den|vao) (?:nam )?(20\d\d)/, label: (m) => `Đến năm ${m[1]}` },
  { re: /den cuoi nhiem k[yi]/, label: () => "Đến cuối nhiệm kỳ" },
  { re: /trong nhiem k[yi]/, label: () => "Trong nhiệm kỳ" },
  // "11%/năm" and "tăng bình quân" are yearly rates; "3.000 tấn/năm" is a yearly level.
  { re: /tang binh quan|binh quan (?:h[ai]ng|moi) nam|% ?\/ ?nam\b/, label: () => "Bình quân/năm" },
  { re: /h[ai]ng nam|moi nam|\/ ?nam\b/, label: () => "Hằng năm" },
];

/** Every time frame cue in a folded text, in text order, overlapping ones dropped. */
export function timeframeCues(folded: string): TimeframeCue[] {
  const cues: TimeframeCue[] = [];
  for (const { re, label } of PATTERNS) {
    const global = new RegExp(re.source, "g");
    for (let m = global.exec(folded); m !== null; m = global.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (cues.some((c) => start < c.end && end > c.start)) continue;
      cues.push({ label: label(m), start, end });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The labels of a clause, joined: a target "hằng năm … bình quân/năm" keeps both. */
export function timeframeOf(folded: string): string {
  const labels: string[] = [];
  const cues = timeframeCues(folded);
  // "đến năm 2030 … chuẩn nghèo giai đoạn 2021 - 2025": the period qualifies a standard, not the target.
  const dated = cues.some((c) => c.label.startsWith("Đến năm"));
  for (const cue of cues) {
    if (dated && cue.label.startsWith("Giai đoạn")) continue;
    if (!labels.includes(cue.label)) labels.push(cue.label);
  }
  return labels.join(", ");
}
