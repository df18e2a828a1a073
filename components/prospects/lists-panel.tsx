"use client";

import { useTranslations } from "next-intl";
import { createLeadListAction, setListMembershipAction } from "@/lib/actions/research";
import { field, secondaryButton, useAction } from "./use-action";

export function ListsPanel({ prospectId, lists, memberOf }: { prospectId: string; lists: { id: string; name: string }[]; memberOf: string[] }) {
  const t = useTranslations("prospects");
  const { run, pending, error } = useAction();
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="lists-heading">
      <h2 id="lists-heading" className="text-base font-semibold text-slate-900">
        {t("inLists")}
      </h2>
      {lists.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t("noLists")}</p> : null}
      <ul className="mt-2 space-y-1">
        {lists.map((l) => (
          <li key={l.id}>
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" defaultChecked={memberOf.includes(l.id)} disabled={pending} onChange={(e) => run(() => setListMembershipAction(l.id, prospectId, e.target.checked))} />
              {l.name}
            </label>
          </li>
        ))}
      </ul>
      <form
        className="mt-3 flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const name = String(new FormData(form).get("name") ?? "");
          // the new list, then this prospect in it, as one call: the page refreshes once both are
          // stored, and a failure of either is the notice (never an unhandled rejection)
          run(
            async () => {
              const list = await createLeadListAction(name);
              return list.ok ? setListMembershipAction(list.value.id, prospectId, true) : list;
            },
            () => form.reset(),
          );
        }}
      >
        <label className="flex-1 text-sm font-medium text-slate-700">
          {t("newList")}
          <input name="name" required maxLength={100} className={field} />
        </label>
        <button type="submit" disabled={pending} className={secondaryButton}>
          {t("createList")}
        </button>
      </form>
      {error ? <p className="mt-2 text-sm text-rose-700">{error}</p> : null}
    </section>
  );
}
