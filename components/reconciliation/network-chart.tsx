"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { ChartCard, ChartEmpty } from "@/components/charts/chart-card";
import { ChartLegend, ChartTooltipBox } from "@/components/charts/chart-tooltip";
import { formatCompact, formatInt, formatPct } from "@/components/charts/format";
import { attributedColor, axisColor, gridColor, outcomeColors, reportedColor } from "@/components/charts/palette";
import type { ReconNetwork } from "./types";

interface Point extends ReconNetwork {
  label: string;
}

function NetworkTooltip({ active, payload }: TooltipContentProps) {
  const n = payload?.[0]?.payload as Point | undefined;
  if (!active || !n) return null;
  return (
    <ChartTooltipBox
      title={n.configured ? n.label : `${n.network} (no network with this slug)`}
      rows={[
        { label: "Attributed", value: formatInt(n.attributed), color: attributedColor },
        { label: "Delivered", value: formatInt(n.delivered), color: outcomeColors.delivered },
        ...(n.reported === null
          ? []
          : [{ label: "Reported by network", value: formatInt(n.reported), color: reportedColor }]),
        {
          label: "Not delivered",
          value: `${formatInt(n.discrepancy)} (${formatPct(n.attributed ? n.discrepancy / n.attributed : null)})`,
          strong: true,
        },
      ]}
      footer="Click to show only this network"
    />
  );
}

/** Networks side by side: attributed, delivered and (when imported) reported totals for the range. */
export function NetworkChart({ networks, onSelect }: { networks: ReconNetwork[]; onSelect: (slug: string) => void }) {
  const points: Point[] = networks
    .map((n) => ({ ...n, label: n.networkName ?? n.network }))
    .sort((a, b) => b.attributed - a.attributed || b.delivered - a.delivered);
  const hasReports = points.some((p) => p.reported !== null);
  const height = Math.max(240, 44 + points.length * (hasReports ? 40 : 32));
  const bar = {
    isAnimationActive: false,
    cursor: "pointer",
    maxBarSize: 16,
    onClick: (d: { payload?: Point }) => d.payload && onSelect(d.payload.network),
  };
  return (
    <ChartCard
      testId="network-chart"
      title="Networks side by side"
      height={height}
      description="Totals for the range. Click a network to focus on it."
      legend={
        <ChartLegend
          items={[
            { label: "Attributed", color: attributedColor },
            { label: "Delivered", color: outcomeColors.delivered },
            ...(hasReports ? [{ label: "Reported", color: reportedColor }] : []),
          ]}
        />
      }
    >
      {points.length === 0 ? (
        <ChartEmpty>No networks with data in this range.</ChartEmpty>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={points}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 0, left: 4 }}
            barGap={1}
            barCategoryGap="22%"
          >
            <CartesianGrid stroke={gridColor} horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={formatCompact}
              tick={{ fill: axisColor, fontSize: 12 }}
              tickLine={false}
              axisLine={{ stroke: gridColor }}
              allowDecimals={false}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={120}
              tick={{ fill: "#334155", fontSize: 12 }}
              tickLine={false}
              axisLine={false}
              tickFormatter={(s: string) => (s.length > 18 ? `${s.slice(0, 17)}…` : s)}
            />
            <Tooltip content={NetworkTooltip} cursor={{ fill: "#f1f5f9" }} isAnimationActive={false} />
            <Bar dataKey="attributed" name="Attributed" fill={attributedColor} radius={[0, 2, 2, 0]} {...bar} />
            <Bar dataKey="delivered" name="Delivered" fill={outcomeColors.delivered} radius={[0, 2, 2, 0]} {...bar} />
            {hasReports && (
              <Bar dataKey="reported" name="Reported" fill={reportedColor} radius={[0, 2, 2, 0]} {...bar} />
            )}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
