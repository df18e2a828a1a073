export type Cell = string | number | null;

/** A chart's data as a table with a caption, folded away under a summary; the first column heads its row. */
export function DataTable({ caption, summary, headers, rows, open = false, testId }: { caption: string; summary: string; headers: string[]; rows: Cell[][]; open?: boolean; testId?: string }) {
  return (
    <details className="group mt-3 text-sm" open={open}>
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">{summary}</summary>
      <div className="mt-2 overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full divide-y divide-slate-200 text-left" data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            <tr>
              {headers.map((h, i) => (
                <th key={i} scope="col" className={`whitespace-nowrap px-3 py-2 font-semibold text-slate-700 ${i > 0 ? "text-right" : ""}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 bg-white">
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="whitespace-nowrap px-3 py-1.5 font-medium text-slate-800">
                      {cell ?? "–"}
                    </th>
                  ) : (
                    <td key={i} className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums text-slate-700">
                      {cell ?? "–"}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
