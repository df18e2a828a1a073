// npm run lint:message -- FILE.json | FILE.jsonl | -
import { readFileSync } from "node:fs";
import { runLintCommand } from "../lib/cli/lint-command";

const code = runLintCommand(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  readStdin: () => readFileSync(0, "utf8"),
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
});
process.exitCode = code;
