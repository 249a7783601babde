/** Entry of the `chitieu` command line (bin/chitieu.js runs the compiled copy of this file). */
import { readFileSync } from "fs";
import * as path from "path";
import { Command, CommanderError, Option } from "commander";
import { checkNarrative } from "../engine/claims";
import { NARRATIVE_RULE_IDS, RULE_IDS, unknownRuleIds } from "../engine/index";
import { EXIT_USAGE, runCheck, type CheckCommandOptions, type Io } from "./check";
import { CliError } from "./errors";
import { workbookFiles } from "./submissions";
import { runExtract, type ExtractCommandOptions } from "./extract";
import { t } from "../i18n";

/** The version in package.json, found from both src/cli (tsx) and build/cli (compiled). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** "--disable a,b --disable c" → ["a", "b", "c"]. */
function collectRules(value: string, previous: string[]): string[] {
  return previous.concat(
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The options as commander hands them over: `--progress` is absent unless given. */
type RawOptions = Omit<CheckCommandOptions, "progress"> & { progress?: boolean };

function validate(files: string[], o: RawOptions): void {
  if (o.out !== undefined && o.outDir !== undefined) throw new CliError(t(o.lang, "cli/out-and-out-dir"));
  // --out names the copy of the one workbook; reports beside it are fine.
  if (o.out !== undefined && workbookFiles(files).length > 1)
    throw new CliError(t(o.lang, "cli/out-with-several-files"));
  const [unknown] = unknownRuleIds(o.disable);
  if (unknown !== undefined)
    throw new CliError(
      t(o.lang, "cli/unknown-rule", { rule: unknown, known: [...RULE_IDS, ...NARRATIVE_RULE_IDS] }),
    );
}

function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name("chitieu")
    .description(
      "Soát chỉ tiêu — kiểm tra bảng chỉ tiêu nghị quyết (.xlsx) và báo cáo kèm theo (.docx, .pdf, .txt)",
    )
    .version(packageVersion(), "-V, --version", "in số phiên bản / print the version")
    .helpOption("-h, --help", "trợ giúp / help")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => io.err(s.replace(/\n$/, "")),
    });

  program
    .command("check")
    .description(
      "kiểm tra một hồ sơ: bảng .xlsx và báo cáo .docx/.pdf/.txt / check one submission: .xlsx tables and .docx/.pdf/.txt reports",
    )
    .argument(
      "<files...>",
      "các tệp của hồ sơ, hoặc thư mục (mỗi thư mục một hồ sơ) / the submission's files, or directories (one submission each)",
    )
    .addOption(
      new Option("--format <format>", "dạng kết quả / output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .option(
      "--out <file>",
      "ghi bản có đánh dấu (một tệp đầu vào) / write an annotated copy (one input file)",
    )
    .option(
      "--out-dir <dir>",
      "ghi bản có đánh dấu của từng tệp vào thư mục / annotated copies into a directory",
    )
    .option("--sheet <name>", "chỉ kiểm tra trang tính này / check only this sheet")
    .addOption(new Option("--lang <lang>", "ngôn ngữ / language").choices(["vi", "en"]).default("vi"))
    .option(
      "--disable <rule>",
      "tắt quy tắc (lặp lại hoặc ngăn bằng dấu phẩy) / switch a rule off (repeat or comma list)",
      collectRules,
      [],
    )
    // Forces the progress bar even when stderr is not a terminal (tests, logs).
    .addOption(new Option("--progress").hideHelp())
    .exitOverride()
    .action(async (files: string[], raw: RawOptions) => {
      validate(files, raw);
      const code = await runCheck(
        files,
        {
          format: raw.format,
          out: raw.out,
          outDir: raw.outDir,
          sheet: raw.sheet,
          lang: raw.lang,
          disable: raw.disable,
          progress: Boolean(raw.progress) || process.env.CHITIEU_PROGRESS === "1",
        },
        io,
        checkNarrative,
      );
      setCode(code);
    });
  program
    .command("extract")
    .description(
      "đọc các chỉ tiêu của nghị quyết (.docx, .pdf, .txt) / read a resolution's targets (.docx, .pdf, .txt)",
    )
    .argument(
      "<file>",
      "văn bản nghị quyết, báo cáo hoặc chương trình hành động / the resolution, report or programme",
    )
    .addOption(
      new Option("--format <format>", "dạng kết quả / output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--out <file>", "ghi biểu chỉ tiêu .xlsx / write the target table (.xlsx)")
    .addOption(new Option("--lang <lang>", "ngôn ngữ / language").choices(["vi", "en"]).default("vi"))
    .exitOverride()
    .action(async (file: string, raw: ExtractCommandOptions) => {
      setCode(await runExtract(file, { format: raw.format, out: raw.out, lang: raw.lang }, io));
    });
  return program;
}

/** Run with `argv` (as process.argv); resolves to the exit code. Never throws for user errors. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  if (argv.length <= 2) {
    // No command at all is a usage error: show the help on stderr.
    io.err(program.helpInformation().replace(/\n$/, ""));
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
      ) {
        return 0;
      }
      // commander has already printed its one-line message.
      return EXIT_USAGE;
    }
    if (err instanceof CliError) {
      io.err(`chitieu: ${err.message}`);
      return EXIT_USAGE;
    }
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    io.err(`chitieu: lỗi không mong đợi / unexpected error: ${detail}`);
    if (process.env.CHITIEU_DEBUG === "1" && err instanceof Error) io.err(err.stack ?? "");
    return EXIT_USAGE;
  }
}

/** Used by bin/chitieu.js. */
export function run(): void {
  const io: Io = {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  };
  main(process.argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_USAGE;
    },
  );
}

if (require.main === module) run();
