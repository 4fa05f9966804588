"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Row = { hour: string; delivered: number; failed: number; pending: number; filtered: number };

const hourLabel = (iso: string) =>
  new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function HourlyChart({ data }: { data: Row[] }) {
  return (
    <div className="h-72" role="img" aria-label="Postbacks per hour over the last 24 hours, by outcome">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="hour" tickFormatter={hourLabel} tick={{ fontSize: 12, fill: "#64748b" }} interval={2} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#64748b" }} width={48} />
          <Tooltip labelFormatter={(v) => `${hourLabel(String(v))} UTC`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="delivered" name="Delivered" stackId="a" fill="#10b981" isAnimationActive={false} />
          <Bar dataKey="failed" name="Failed / expired" stackId="a" fill="#ef4444" isAnimationActive={false} />
          <Bar dataKey="pending" name="Pending" stackId="a" fill="#4f6ef7" isAnimationActive={false} />
          <Bar dataKey="filtered" name="Filtered / skipped" stackId="a" fill="#cbd5e1" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
