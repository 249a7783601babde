/**
 * An action programme's assignment: "Giao cho Phòng Kinh tế chủ trì, phối hợp với Phòng Văn hóa
 * - Xã hội và các cơ quan, đơn vị có liên quan tham mưu … thực hiện các chỉ tiêu sau: …".
 */
import { foldAligned } from "./folded";

export interface Assignment {
  lead: string;
  partners: string[];
  /** Text after "chỉ tiêu sau:", when the paragraph goes on with a target. */
  rest: string;
}

/** Where the partner list stops: what the agencies are asked to do. */
const PARTNERS_END = [" tham muu", " to chuc trien khai", " thuc hien"];

export function readAssignment(text: string): Assignment | null {
  const folded = foldAligned(text);
  const lead = folded.indexOf(" chu tri");
  if (lead < 0) return null;
  const giao = folded.indexOf("giao cho ");
  const leadStart = giao >= 0 && giao < lead ? giao + "giao cho ".length : 0;
  const partners: string[] = [];
  const with_ = folded.indexOf("phoi hop voi ", lead);
  if (with_ >= 0) {
    const from = with_ + "phoi hop voi ".length;
    const ends = PARTNERS_END.map((cue) => folded.indexOf(cue, from)).filter((i) => i >= 0);
    const to = ends.length > 0 ? Math.min(...ends) : text.length;
    partners.push(...splitAgencies(text.slice(from, to)));
  }
  const colon = folded.indexOf("sau:", lead);
  const rest = colon >= 0 ? text.slice(colon + 4).trim() : "";
  return { lead: tidy(text.slice(leadStart, lead)), partners, rest };
}

/** "A, B và các cơ quan, đơn vị có liên quan" → ["A", "B", "các cơ quan, đơn vị có liên quan"]. */
function splitAgencies(list: string): string[] {
  const folded = foldAligned(list);
  // "các cơ quan, đơn vị …" is one partner although it has a comma: cut it off first.
  const others = folded.search(/\b(va )?cac (co quan|nganh|to chuc|phong|don vi)/);
  const named = others >= 0 ? list.slice(0, others) : list;
  const tail = others >= 0 ? list.slice(others).replace(/^và\s+/i, "") : "";
  const parts = named
    .split(/,|\s+và\s+/)
    .map(tidy)
    .filter((p) => p.length > 0);
  if (tidy(tail)) parts.push(tidy(tail));
  return parts;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").replace(/^[\s,;:]+|[\s,;:.]+$/g, "");
}
