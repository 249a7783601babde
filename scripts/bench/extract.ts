/**
 * `bench extract chars=N targets=T ms=X`: the resolution extractor on a ~300 KB text built here
 * (a target list of many groups and items, each item with several targets in words, between
 * paragraphs of prose), read through the document reader as a .txt (compiled build); median of 5 runs.
 */
import type * as Documents from "../../src/adapters/documents";
import type * as Resolution from "../../src/engine/resolution";
import { compiled } from "./compiled";

const TARGET_CHARS = 300 * 1024;
const RUNS = 5;

const ITEMS = [
  "Hằng năm, duy trì tổng đàn đại gia súc đạt 150 con; tổng đàn lợn đạt 5.000 con; đàn gia cầm đạt 80.000 con trở lên.",
  "Phấn đấu tốc độ tăng tổng giá trị sản phẩm trên địa bàn xã đạt từ 11%/năm trở lên.",
  "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030 dưới 7%.",
  "Tỷ lệ trường học đạt chuẩn quốc gia: Phấn đấu đạt 05/07 trường (đạt tỉ lệ 71,4 %).",
  "Duy trì 12 Hợp tác xã hoạt động hiệu quả và thành lập mới 03 Hợp tác xã. Đến cuối nhiệm kỳ, tăng thêm ít nhất 03 sản phẩm OCOP.",
  "Có ít nhất 85% hồ sơ thủ tục hành chính xử lý trực tuyến; tỷ lệ hộ tái nghèo không quá 2%.",
];

const PROSE =
  "Trong nhiệm kỳ, Đảng bộ xã đã lãnh đạo thực hiện đồng bộ các giải pháp phát triển kinh tế - xã hội, " +
  "thu nhập bình quân đầu người 276/225 triệu đồng đạt 122,7%, vượt Nghị quyết Đại hội.";

export function resolutionText(chars = TARGET_CHARS): string {
  const lines: string[] = [];
  let size = 0;
  let group = 0;
  while (size < chars) {
    group++;
    lines.push(`${group}. Kết quả thực hiện lĩnh vực ${group}`, PROSE, PROSE);
    lines.push(`${group}.1. Các chỉ tiêu chủ yếu của lĩnh vực ${group}`, `Nhóm chỉ tiêu ${group}`);
    ITEMS.forEach((item, k) => lines.push(`(${k + 1}) ${item}`));
    size = lines.reduce((n, l) => n + l.length + 2, 0);
  }
  return lines.join("\n\n");
}

export async function runExtractBench(): Promise<void> {
  const { readDocument } = compiled<typeof Documents>("adapters/documents/index");
  const { extractTargets } = compiled<typeof Resolution>("engine/resolution/index");
  const text = resolutionText();
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  let targets = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const content = await readDocument(bytes, "nghi-quyet.txt");
    targets = extractTargets(content.paragraphs).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`bench extract chars=${text.length} targets=${targets} ms=${times[RUNS >> 1].toFixed(1)}`);
}
