import { describe, expect, it } from "vitest";
import { checkRewrite, type RewriteSources } from "./rewrite-guard";

const en: RewriteSources = {
  message: "Hi Anna, I saw your post on CRM data quality. We cut duplicate cleanup by 50% at two teams. Worth a look?\n\nBest,\nMax",
  prospect: { name: "Anna Schmidt", role: "Head of Sales Operations", company: "Kontor GmbH", notes: ["Posted about CRM data quality on 3 Nov"] },
};

const de: RewriteSources = {
  message: "Hallo Frau Berger,\n\nIhr Beitrag zur Datenqualität im CRM hat mich angesprochen. Bei 2 Kunden haben wir die Bereinigung halbiert.\n\nViele Grüße\nMax",
  prospect: { name: "Katrin Berger", company: "Nordwerk AG", notes: ["Beitrag am 3. November über HubSpot-Daten"] },
};

describe("the rewrite guard", () => {
  it("accepts a rewrite that rewords with the input's names and numbers", () => {
    const r = checkRewrite("Hi Anna,\n\nyour post on CRM data quality at Kontor rang true: at two teams we cut duplicate cleanup by 50%. Since 3 Nov I have wondered how Kontor handles it. Worth a look?\n\nKind regards,\nMax", en, "en");
    expect(r).toEqual({ ok: true, invented: [] });
  });

  it("rejects invented names and numbers", () => {
    const r = checkRewrite("Hi Anna, like Jonas at Siemens we cut cleanup by 70% in 3 weeks. Worth a look?", en, "en");
    expect(r.ok).toBe(false);
    expect(r.invented).toEqual(["70", "Jonas", "Siemens"]);
  });

  it("rejects an invented signature, and numbers written differently still match", () => {
    expect(checkRewrite("Hi Anna, worth a look?\n\nBest,\nTobias", en, "en").invented).toEqual(["Tobias"]);
    expect(checkRewrite("Hi Anna, we cut cleanup by 50 %. 1,000 thanks", { ...en, message: `${en.message} 1000` }, "en").ok).toBe(true);
  });

  it("accepts nicknames of the recipient and possessives", () => {
    expect(checkRewrite("Hi Anna, about Anna's post on CRM data: worth a look?", en, "en").ok).toBe(true);
    expect(checkRewrite("Hi Tom, worth a look?", { message: "Hi Thomas, worth a look?", prospect: { name: "Thomas Weber" } }, "en").ok).toBe(true);
  });

  it("in German, ordinary nouns pass but names after a title, before a company suffix or with inner capitals do not", () => {
    const ok = checkRewrite("Hallo Frau Berger,\n\nIhr Beitrag über die Datenqualität im CRM hat mich überzeugt: Bei 2 Kunden haben wir den Aufwand für die Bereinigung halbiert. Wäre ein kurzer Austausch interessant?\n\nViele Grüße\nMax", de, "de");
    expect(ok).toEqual({ ok: true, invented: [] });
    const bad = checkRewrite("Hallo Herr Schneider, wie bei der Müller GmbH und in SalesForce haben wir 5 Kunden geholfen. Beste Grüße, Max", de, "de");
    expect(bad.invented).toEqual(["5", "Schneider", "Müller", "SalesForce"]);
    expect(checkRewrite("Hallo Frau Berger, zu Ihren HubSpot-Daten: passt das?", de, "de").ok).toBe(true);
  });
});
