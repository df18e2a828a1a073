import type { ActionResult } from "./compose";

/**
 * Calls a server action from the browser and always comes back with a result: a call that fails
 * itself (offline, a server answering with an error page, an action the deployed server no longer
 * has) is `{ form: ["network"] }`. Inside a transition a rejection would swap the page for the
 * error page and lose what the person typed; a result is shown as a notice instead.
 */
export async function settle<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, errors: { form: ["network"] } };
  }
}
