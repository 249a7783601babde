/** A progress bar on stderr, shown only on a terminal (or when forced, for tests and logs). */
import cliProgress from "cli-progress";

/** Sheets with more rows than this get a bar even when only one file is checked. */
export const LARGE_SHEET_ROWS = 20_000;
const STEPS_PER_FILE = 100;
/** Share of a file's bar taken by reading it; the rest is the check. */
const LOAD_SHARE = 40;

export interface Progress {
  /** Start the bar now if it is wanted for a large sheet. */
  largeSheet(): void;
  loading(fileIndex: number, file: string): void;
  loaded(fileIndex: number, file: string): void;
  checking(fileIndex: number, fraction: number): void;
  fileDone(fileIndex: number): void;
  stop(): void;
}

export function createProgress(options: {
  files: number;
  force: boolean;
  labels: { loading: string; checking: string };
}): Progress {
  const tty = Boolean(process.stderr.isTTY);
  const wanted = options.force || (tty && options.files > 1);
  const allowLarge = options.force || tty;
  let bar: cliProgress.SingleBar | null = null;
  let lastValue = 0;

  const start = () => {
    if (bar) return;
    bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "{bar} {percentage}% | {file} | {stage}",
        hideCursor: tty,
        clearOnComplete: false,
        noTTYOutput: !tty,
        notTTYSchedule: 250,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.files * STEPS_PER_FILE, lastValue, { file: "", stage: options.labels.loading });
  };
  if (wanted) start();

  const update = (value: number, payload: Record<string, string>) => {
    lastValue = Math.max(lastValue, Math.round(value));
    bar?.update(lastValue, payload);
  };

  return {
    largeSheet: () => {
      if (allowLarge) start();
    },
    loading: (i, file) => update(i * STEPS_PER_FILE, { file, stage: options.labels.loading }),
    loaded: (i, file) => update(i * STEPS_PER_FILE + LOAD_SHARE, { file, stage: options.labels.checking }),
    checking: (i, fraction) =>
      update(
        i * STEPS_PER_FILE + LOAD_SHARE + (STEPS_PER_FILE - LOAD_SHARE) * Math.min(1, Math.max(0, fraction)),
        {
          stage: options.labels.checking,
        },
      ),
    fileDone: (i) => update((i + 1) * STEPS_PER_FILE, {}),
    stop: () => {
      if (bar) bar.stop();
      bar = null;
    },
  };
}
