import type { Rule } from "../rule";
import type { RuleId } from "../schema";
import { callToActionRule } from "./call-to-action";
import { conciseRule } from "./concise";
import { followUpRule } from "./follow-up";
import { formalityRule } from "./formality";
import { hypeRule } from "./hype";
import { linksRule } from "./links";
import { massTemplateRule } from "./mass-template";
import { personalAddressRule } from "./personal-address";
import { placeholderRule } from "./placeholder";
import { prematurePitchRule } from "./premature-pitch";
import { problemRule } from "./problem";
import { relevanceRule } from "./relevance";
import { uspRule } from "./usp";
import { valueRule } from "./value";

/** All rules, in the order of rules.md (and of every result's checks). */
export const rules: readonly Rule[] = [
  personalAddressRule,
  placeholderRule,
  relevanceRule,
  problemRule,
  uspRule,
  valueRule,
  conciseRule,
  callToActionRule,
  hypeRule,
  linksRule,
  prematurePitchRule,
  massTemplateRule,
  followUpRule,
  formalityRule,
] as Rule[];

export const rulesById = Object.fromEntries(rules.map((r) => [r.meta.id, r])) as Record<RuleId, Rule>;
