/** Ansprache's linter: pure TypeScript, the same in the browser and on the server. */
export { lintMessage, lintParsed, lintDetailed, safeLintMessage, LintInputError, REVISE_RULES, BANDS, verdictOf, scoreOf } from "./engine";
export type { SafeLintResult, LintOptions, LintDetails } from "./engine";
export { rules, rulesById } from "./rules";
export { channelBudget } from "./channels";
export type { ChannelBudget, Account } from "./channels";
export * from "./schema";
