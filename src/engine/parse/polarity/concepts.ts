/** The quantities and words polarity looks for in a name, as folded phrases with their catalog keys. */
import type { Absence, LowerQuantity, PositiveAction } from "../../messages";

export interface Concept<Key extends string> {
  /** Folded phrases, matched on word boundaries. */
  phrases: string[];
  /** What the catalogs call it in a polarity reason. */
  key: Key;
}

/** Quantities a commune wants less of. */
export const LOWER_IS_BETTER: Array<Concept<LowerQuantity>> = [
  { phrases: ["ho can ngheo"], key: "near-poor-households" },
  { phrases: ["ho ngheo", "ty le ngheo", "ngheo da chieu"], key: "poor-households" },
  {
    phrases: ["lao dong nong nghiep", "lao dong trong nong nghiep", "lao dong trong linh vuc nong nghiep"],
    key: "farm-labour",
  },
  { phrases: ["tai nan"], key: "accidents" },
  { phrases: ["vu viec phuc tap", "phuc tap"], key: "complex-incidents" },
  { phrases: ["khieu kien", "khieu nai", "don thu", "vuot cap"], key: "complaints" },
  { phrases: ["toi pham", "pham toi"], key: "crime" },
  { phrases: ["nguoi nghien", "nghien ma tuy", "doi tuong nghien", "con nghien"], key: "drug-addicts" },
  { phrases: ["ma tuy", "te nan"], key: "drug-harm" },
  { phrases: ["suy dinh duong", "thap coi"], key: "malnutrition" },
  { phrases: ["that nghiep"], key: "unemployment" },
  { phrases: ["chay no", "chay rung", "hoa hoan", "vu chay"], key: "fires" },
  { phrases: ["o nhiem"], key: "pollution" },
  { phrases: ["tu vong"], key: "deaths" },
  { phrases: ["nha tam", "dot nat"], key: "makeshift-housing" },
  { phrases: ["sinh con thu 3", "con thu ba", "sinh con thu ba"], key: "third-births" },
  { phrases: ["tao hon", "ket hon can huyet"], key: "child-marriage" },
  { phrases: ["bo hoc"], key: "drop-out" },
  { phrases: ["no xau", "no dong"], key: "bad-debt" },
  { phrases: ["vi pham"], key: "violations" },
];

/**
 * Words that turn a bad quantity into a good one: "hộ nghèo được hỗ trợ", "vụ việc được
 * giải quyết", "người nghiện được cai nghiện", "thoát nghèo".
 */
export const POSITIVE_ACTIONS: Array<Concept<PositiveAction>> = [
  { phrases: ["duoc"], key: "handled" },
  { phrases: ["thoat ngheo"], key: "out-of-poverty" },
  { phrases: ["giai quyet"], key: "resolved" },
  { phrases: ["hoa giai"], key: "mediated" },
  { phrases: ["ho tro"], key: "supported" },
  { phrases: ["xoa"], key: "removed" },
  { phrases: ["cai nghien"], key: "rehabilitated" },
  { phrases: ["dieu tra", "kham pha", "phat hien", "truy to"], key: "investigated" },
  { phrases: ["dao tao"], key: "trained" },
  { phrases: ["quan ly"], key: "managed" },
  { phrases: ["xu ly"], key: "dealt-with" },
  { phrases: ["tiep nhan", "thu ly"], key: "received" },
];

/** "Không có …", "sạch ma túy": a count of good units. */
export const ABSENCE: Array<Concept<Absence>> = [
  {
    phrases: ["khong co", "khong con", "khong xay ra", "khong de xay ra", "khong phat sinh"],
    key: "without",
  },
  { phrases: ["sach ma tuy"], key: "drug-free" },
];
