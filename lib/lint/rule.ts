import type { Channel, CheckStatus, Fix, Language, RuleId, Span } from "./schema";
import type { LintContext } from "./context";

/** A message in both languages; "{name}"-style placeholders are filled from the finding's data. */
export interface Bilingual {
  en: string;
  de: string;
}

export interface RuleMeta<MessageId extends string> {
  id: RuleId;
  /** The checklist label. */
  title: Bilingual;
  /** Why the rule exists, for the UI and docs. */
  why: Bilingual;
  /** Every message the rule can give, by a stable messageId (tests assert ids, never wording). */
  messages: Record<MessageId, Bilingual>;
  /** Suggestions by messageId. */
  suggestions?: Partial<Record<MessageId, Bilingual>>;
  /** Semantic rules may be refined by the LLM pass. */
  semantic?: boolean;
}

export interface Finding<MessageId extends string> {
  status: CheckStatus;
  messageId: MessageId;
  data?: Record<string, string | number | undefined>;
  spans?: Span[];
  fix?: Fix;
  /** Makes the verdict "block" (placeholder, someone else's name, risky link, hard limit, third unanswered). */
  blocking?: boolean;
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(ctx: LintContext): Finding<MessageId>;
}

/** Identity helper that keeps a rule's messageIds typed. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** A template split at its "{name}" placeholders: text, name, text, …, text (odd indexes are names). */
export function templateParts(template: string): string[] {
  return template.split(/\{(\w+)\}/g);
}

/** The template with its placeholders filled from data; a placeholder without a value stays as it is. */
export function fill(parts: readonly string[], data: Record<string, string | number | undefined> | undefined): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = data ? data[parts[i]] : undefined;
    out += (value !== undefined ? String(value) : `{${parts[i]}}`) + parts[i + 1];
  }
  return out;
}

export function localized(b: Bilingual, lang: Language): string {
  return b[lang];
}

export type { Channel };
