/** Ansprache's linter: pure TypeScript, the same in the browser and on the server. */
export { lintMessage, lintParsed, safeLintMessage, LintInputError, REVISE_RULES, verdictOf, scoreOf } from "./engine";
export type { SafeLintResult, LintOptions } from "./engine";
export { rules, rulesById } from "./rules";
export { channelBudget } from "./channels";
export type { ChannelBudget, Account } from "./channels";
export * from "./schema";
