"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Series {
  key: string;
  name: string;
  color: string;
  /** Thicker line: the team against the reps. */
  emphasis?: boolean;
}

type Row = Record<string, string | number | null>;

const AXIS = { fontSize: 12, fill: "#475569" };
const GRID = "#e2e8f0";

/**
 * The charts are pictures of the tables next to them: the chart is role="img" with a label, and
 * recharts' own keyboard layer is off, so screen readers and keyboards get the table instead.
 */
function Frame({ label, height = 256, children }: { label: string; height?: number; children: React.ReactElement }) {
  return (
    <div role="img" aria-label={label} className="w-full min-w-0 overflow-hidden" style={{ height }} data-testid="chart">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/** Lines over the weeks: the team's median and each rep's. */
export function TrendChart({ label, data, xKey, series, domain = [0, 100] }: { label: string; data: Row[]; xKey: string; series: Series[]; domain?: [number, number] }) {
  return (
    <Frame label={label}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey={xKey} tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={16} />
        <YAxis domain={domain} tick={AXIS} tickLine={false} axisLine={false} width={48} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={s.emphasis ? 3 : 1.5}
            strokeDasharray={s.emphasis ? undefined : "4 3"}
            dot={s.emphasis ? { r: 3 } : false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </Frame>
  );
}

/** Bars: stacked (verdict mix), grouped (follow-up) or horizontal (rules); percent for rates. */
export function BarsChart({
  label,
  data,
  xKey,
  series,
  stacked = false,
  horizontal = false,
  percent = false,
  height,
}: {
  label: string;
  data: Row[];
  xKey: string;
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
  percent?: boolean;
  height?: number;
}) {
  const fmt = (v: unknown) => (percent && typeof v === "number" ? `${Math.round(v * 100)}%` : String(v));
  return (
    <Frame label={label} height={height ?? (horizontal ? Math.max(160, data.length * 32 + 48) : 256)}>
      <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} margin={{ top: 8, right: 12, bottom: 0, left: horizontal ? 8 : percent ? 0 : -16 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" tick={AXIS} tickLine={false} axisLine={false} allowDecimals={false} tickFormatter={fmt} />
            <YAxis type="category" dataKey={xKey} tick={{ ...AXIS, fontSize: 11 }} tickLine={false} axisLine={{ stroke: GRID }} width={150} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey={xKey} tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={8} />
            <YAxis tick={AXIS} tickLine={false} axisLine={false} width={48} allowDecimals={percent} tickFormatter={fmt} domain={percent ? [0, 1] : undefined} ticks={percent ? [0, 0.25, 0.5, 0.75, 1] : undefined} />
          </>
        )}
        <Tooltip formatter={(v) => fmt(v)} cursor={{ fill: "#f1f5f9" }} />
        {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} /> : null}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={stacked ? "stack" : undefined} radius={stacked ? undefined : 3} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}
