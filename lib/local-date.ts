/**
 * A date as YYYY-MM-DD in the local time zone, as a date input shows and takes it. Not
 * toISOString(), which gives the UTC date: yesterday after midnight in Berlin, tomorrow on an
 * evening in California.
 */
export function localDateString(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
