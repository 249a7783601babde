/**
 * How a group is named where a person reads it. A heading without a numeral ("Nhóm chỉ tiêu
 * về kinh tế") is keyed by its own title, so its code is its title: it is then shown once.
 */
export interface NamedGroup {
  code: string | null;
  title: string;
}

/** The code to show beside the title: empty when there is none or it only repeats the title. */
export function shownGroupCode(group: NamedGroup): string {
  return group.code === null || group.code === group.title ? "" : group.code;
}

/** "II. Nhóm chỉ tiêu về xã hội", or the title alone; "" for rows outside any group. */
export function groupLabel(group: NamedGroup): string {
  return [shownGroupCode(group), group.title].filter(Boolean).join(". ");
}
