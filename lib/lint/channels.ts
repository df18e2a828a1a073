import type { Channel } from "./schema";

export type Account = "free" | "premium";

/** Length budgets per channel (rules.md). Characters are code points, as a person counts them. */
export interface ChannelBudget {
  hardLimit: number;
  subjectLimit?: number;
  /** Good length in characters (connection notes): under this many … */
  goodCharacters?: number;
  /** … or in words of the whole message, greeting and signature included, as the reader counts them (min and max count as good). */
  goodWords?: { min: number; max: number };
}

export function channelBudget(channel: Channel, account?: Account): ChannelBudget {
  switch (channel) {
    case "connection-note":
      // LinkedIn allows 300 characters, 200 on a free account; an unknown account gets the larger limit.
      return { hardLimit: account === "free" ? 200 : 300, goodCharacters: 200 };
    case "inmail":
      return { hardLimit: 1900, subjectLimit: 200, goodWords: { min: 50, max: 125 } };
    case "message":
      return { hardLimit: 8000, goodWords: { min: 50, max: 125 } };
    case "follow-up":
      // "under 75 words": 74 at most
      return { hardLimit: 8000, goodWords: { min: 0, max: 74 } };
  }
}
