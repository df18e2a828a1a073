import { parseJson } from "../json";
import { safeLintMessage } from "../lint";

/** The command line's door to the linter: `.json` (one input), `.jsonl` (one per line) or `-` (standard input). */
export interface CommandIO {
  readFile(path: string): string;
  readStdin(): string;
  stdout(line: string): void;
  stderr(line: string): void;
}

function jsonError(code: string, message: string, path: (string | number)[] = []) {
  return { error: { code, issues: [{ path, message, code }] } };
}

function lintJsonText(text: string): { ok: true; out: unknown } | { ok: false; error: unknown } {
  // the API's checks too: nesting past 32 levels and __proto__ keys are refused like bad JSON
  const input = parseJson(text);
  if (!input.ok) return { ok: false, error: jsonError("invalid_json", input.message, input.path) };
  const result = safeLintMessage(input.value);
  return result.ok ? { ok: true, out: result.result } : { ok: false, error: result.error };
}

export const USAGE = "usage: npm run lint:message -- FILE.json | FILE.jsonl | - [--jsonl]";

/** Runs the command; returns the exit code (0 ok, 1 bad input, 2 usage). */
export function runLintCommand(args: string[], io: CommandIO): number {
  const target = args.find((a) => !a.startsWith("--") || a === "-") ?? "-";
  const jsonl = args.includes("--jsonl") || target.endsWith(".jsonl");
  if (args.includes("--help")) {
    io.stdout(USAGE);
    return 0;
  }
  let text: string;
  try {
    text = target === "-" ? io.readStdin() : io.readFile(target);
  } catch (e) {
    io.stderr(JSON.stringify(jsonError("unreadable_input", `Cannot read ${target}: ${(e as Error).message}`)));
    return 1;
  }
  if (!jsonl) {
    const r = lintJsonText(text);
    if (!r.ok) {
      io.stderr(JSON.stringify(r.error));
      return 1;
    }
    io.stdout(JSON.stringify(r.out, null, 2));
    return 0;
  }
  // JSON lines: one result line per input line, same order; a bad line gets its error on its line.
  let failed = 0;
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  lines.forEach((line, i) => {
    if (!line.trim()) {
      failed++;
      io.stdout(JSON.stringify(jsonError("empty_line", `line ${i + 1} is empty`)));
      return;
    }
    const r = lintJsonText(line);
    if (r.ok) io.stdout(JSON.stringify(r.out));
    else {
      failed++;
      io.stdout(JSON.stringify(r.error));
    }
  });
  if (failed) io.stderr(`${failed} of ${lines.length} lines were not valid input`);
  return failed ? 1 : 0;
}
