import { strToU8, zipSync } from "fflate";
import { rng } from "../bench/corpus";

/**
 * A generated LinkedIn data archive with the quirks real ones have (shared/spec/linkedin-export.md):
 * a BOM, the notes preamble in Connections.csv, rows of only commas, quoted multi-line content with
 * commas and HTML fragments, drafts, a spam message, a group conversation, and (oldFormat) no
 * RECIPIENT PROFILE URLS column.
 */
export interface FixtureOptions {
  conversations?: number;
  messagesPerConversation?: number;
  seed?: number;
  oldFormat?: boolean;
  /** Conversations to leave out at the end: an older archive of the same member. */
  olderBy?: number;
}

export const OWNER = { name: "Mara Lindqvist", url: "https://www.linkedin.com/in/mara-lindqvist" };

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function buildArchiveFixture(opts: FixtureOptions = {}): { zip: Uint8Array; files: Record<string, string>; expected: { conversations: number; groupMessages: number; drafts: number } } {
  const r = rng(opts.seed ?? 3);
  const conversations = (opts.conversations ?? 12) - (opts.olderBy ?? 0);
  const per = opts.messagesPerConversation ?? 4;
  const start = Date.UTC(2026, 0, 5, 9, 0, 0);

  const connections = ["\uFEFFNotes:", '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"', "", "First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
  const header = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", ...(opts.oldFormat ? [] : ["RECIPIENT PROFILE URLS"]), "DATE", "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT"];
  const messages = [header.join(",")];
  const row = (c: string, from: string, fromUrl: string, to: string, toUrl: string, t: number, content: string, folder = "INBOX", draft = "No", subject = "") =>
    [q(c), "", q(from), q(fromUrl), q(to), ...(opts.oldFormat ? [] : [q(toUrl)]), new Date(t).toISOString().replace("T", " ").slice(0, 19) + " UTC", q(subject), q(content), folder, draft].join(",");

  let drafts = 0;
  for (let i = 0; i < conversations; i++) {
    const name = `Person${i} Example`;
    const url = `https://www.linkedin.com/in/person-${i}`;
    connections.push(`Person${i},Example,${url},,Company ${i % 7},Head of Ops,12 Mar 2024`);
    if (i % 5 === 0) connections.push(",,,,,,");
    const id = `conv-${i}`;
    let t = start + i * 3_600_000 * 7;
    for (let k = 0; k < per; k++) {
      t += (1 + Math.floor(r() * 5)) * 86_400_000;
      const mine = k % 2 === 0 || r() < 0.3;
      const content =
        mine
          ? `Hi Person${i},\n\nyour post on onboarding stalls, churn and week-2 drop-off stuck with me. <b>At a similar team</b> we cut early churn by ${10 + k}% in two months.<br/>Worth a look?\n\nBest,\nMara`
          : `Thanks Mara, "interesting" – tell me more, please.`;
      messages.push(mine ? row(id, OWNER.name, OWNER.url, name, url, t, content) : row(id, name, url, OWNER.name, OWNER.url, t, content));
    }
    if (i % 4 === 1) {
      drafts++;
      messages.push(row(id, OWNER.name, OWNER.url, name, url, t + 1000, "Draft, never sent", "INBOX", "Yes"));
    }
  }
  // a group conversation and a spam message
  const group = "conv-group";
  messages.push(row(group, OWNER.name, OWNER.url, "A B, C D", "https://www.linkedin.com/in/a-b,https://www.linkedin.com/in/c-d", start, "Hi both, shall we meet?"));
  messages.push(row(group, "A B", "https://www.linkedin.com/in/a-b", "Mara Lindqvist, C D", `${OWNER.url},https://www.linkedin.com/in/c-d`, start + 5000, "Sure"));
  messages.push(row("conv-spam", "Spammer", "https://www.linkedin.com/in/spammer", OWNER.name, OWNER.url, start, "BUY NOW", "SPAM"));

  const invitations = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"];
  invitations.push(`${OWNER.name},Invitee One,"6/6/26, 2:54 PM","Hi Invitee, your talk at DMEXCO on retail media was great. Connect?",OUTGOING,${OWNER.url},https://www.linkedin.com/in/invitee-one`);
  invitations.push(`Someone,${OWNER.name},"6/7/26, 9:01 AM",,INCOMING,https://www.linkedin.com/in/someone,${OWNER.url}`);
  invitations.push(`${OWNER.name},No Note,"6/8/26, 10:00 AM",,OUTGOING,${OWNER.url},https://www.linkedin.com/in/no-note`);

  const files = {
    "Connections.csv": connections.join("\n") + "\n",
    "messages.csv": "\uFEFF" + messages.join("\n") + "\n",
    "Invitations.csv": invitations.join("\n") + "\n",
  };
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  return { zip, files, expected: { conversations, groupMessages: 2, drafts } };
}
