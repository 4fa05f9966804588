"use client";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { ChartCard, ChartEmpty } from "@/components/charts/chart-card";
import { ChartLegend, ChartTooltipBox } from "@/components/charts/chart-tooltip";
import { formatDay, formatInt, formatPct, percentTicks } from "@/components/charts/format";
import { axisColor, gridColor, reportedColor } from "@/components/charts/palette";
import type { ReconDay } from "./types";

const gapColor = "#dc2626";

interface Point {
  day: string;
  gap: number | null;
  reportedGap: number | null;
  d: ReconDay;
}

function DiscrepancyTooltip({ active, payload }: TooltipContentProps) {
  const p = payload?.[0]?.payload as Point | undefined;
  if (!active || !p) return null;
  return (
    <ChartTooltipBox
      title={formatDay(p.day, true)}
      rows={[
        {
          label: "Not delivered",
          value: `${formatPct(p.gap)} (${formatInt(p.d.discrepancy)} of ${formatInt(p.d.attributed)})`,
          color: gapColor,
          strong: true,
        },
        ...(p.d.reported === null
          ? []
          : [
              {
                label: "Reported − delivered",
                value: `${formatPct(p.reportedGap)} (${formatInt(p.d.reported - p.d.delivered)})`,
                color: reportedColor,
              },
            ]),
      ]}
    />
  );
}

/** Share of attributed conversions not delivered, per day; and, where reports were imported, how far they are from delivered. */
export function DiscrepancyChart({ days }: { days: ReconDay[] }) {
  const points: Point[] = days.map((d) => ({
    day: d.day,
    d,
    gap: d.attributed ? d.discrepancy / d.attributed : null,
    reportedGap: d.reported !== null && d.delivered ? (d.reported - d.delivered) / d.delivered : null,
  }));
  const hasReports = points.some((p) => p.reportedGap !== null);
  const empty = points.every((p) => p.gap === null);
  const values = points.flatMap((p) => [p.gap, p.reportedGap]).filter((v): v is number => v !== null);
  const ticks = percentTicks(Math.min(0, ...values), Math.max(0, ...values));
  return (
    <ChartCard
      testId="discrepancy-chart"
      title="Discrepancy over time"
      height={240}
      description="(attributed − delivered) ÷ attributed, per day. 0% means every attributed conversion reached its network."
      legend={
        <ChartLegend
          items={[
            { label: "Not delivered", color: gapColor, kind: "line" },
            ...(hasReports ? [{ label: "Reported vs delivered", color: reportedColor, kind: "line" as const }] : []),
          ]}
        />
      }
    >
      {empty ? (
        <ChartEmpty>No attributed conversions in this range.</ChartEmpty>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
            <CartesianGrid stroke={gridColor} vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={(d: string) => formatDay(d)}
              tick={{ fill: axisColor, fontSize: 12 }}
              tickLine={false}
              axisLine={{ stroke: gridColor }}
              minTickGap={24}
            />
            <YAxis
              tickFormatter={(v: number) => formatPct(v, 0)}
              tick={{ fill: axisColor, fontSize: 12 }}
              tickLine={false}
              axisLine={false}
              width={48}
              domain={[ticks[0], ticks[ticks.length - 1]]}
              ticks={ticks}
              interval={0}
            />
            <ReferenceLine y={0} stroke="#94a3b8" />
            <Tooltip content={DiscrepancyTooltip} isAnimationActive={false} />
            <Line
              dataKey="gap"
              name="Not delivered"
              stroke={gapColor}
              strokeWidth={2}
              dot={days.length <= 45 ? { r: 2.5, fill: gapColor, strokeWidth: 0 } : false}
              connectNulls
              isAnimationActive={false}
            />
            {hasReports && (
              <Line
                dataKey="reportedGap"
                name="Reported vs delivered"
                stroke={reportedColor}
                strokeWidth={2}
                strokeDasharray="5 3"
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
