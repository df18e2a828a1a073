import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import { settle } from "./settle";

describe("settle", () => {
  it("passes a server action's result through", async () => {
    expect(await settle(async () => ({ ok: true, value: 1 }))).toEqual({ ok: true, value: 1 });
    expect(await settle(async () => ({ ok: false, errors: { form: ["busy"] } }))).toEqual({ ok: false, errors: { form: ["busy"] } });
  });

  it("turns a call that fails itself into a result, never a rejection", async () => {
    expect(await settle(() => Promise.reject(new TypeError("Failed to fetch")))).toEqual({ ok: false, errors: { form: ["network"] } });
    expect(
      await settle(() => {
        throw new Error("An unexpected response was received from the server.");
      }),
    ).toEqual({ ok: false, errors: { form: ["network"] } });
  });

  it("has words for the failure in both languages, saying that the typed message is kept", () => {
    expect(en.errors.network).toMatch(/kept/);
    expect(de.errors.network).toMatch(/erhalten/);
    expect(en.compose.deleteFailed).toBeTruthy();
    expect(de.compose.deleteFailed).toBeTruthy();
    // the prospect, note, list, import and invitation forms and the reply form: not only a message is kept there
    expect(en.errors.networkInput).toMatch(/still here/);
    expect(de.errors.networkInput).toMatch(/erhalten/);
    expect(en.members.inviteNetwork).toMatch(/could not be reached/);
    expect(de.members.inviteNetwork).toMatch(/nicht erreichbar/);
  });
});
