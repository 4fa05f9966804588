"use client";
import { useRouter } from "next/navigation";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { ChartCard, ChartEmpty } from "@/components/charts/chart-card";
import { ChartLegend, ChartTooltipBox } from "@/components/charts/chart-tooltip";
import { formatCompact, formatDay, formatInt } from "@/components/charts/format";
import { attributedColor, axisColor, gridColor, outcomeColors } from "@/components/charts/palette";
import { deliveryLogLink } from "@/lib/reconciliation/links";
import type { ReconDay } from "./types";

// Bottom to top: what arrived, what may still arrive, then what will not.
const STACK = [
  { key: "delivered", label: "Delivered" },
  { key: "pending", label: "Pending" },
  { key: "failed", label: "Failed" },
  { key: "expired", label: "Expired" },
  { key: "skipped", label: "Skipped" },
  { key: "filtered", label: "Filtered by rules" },
] as const;

function OutcomeTooltip({ active, payload }: TooltipContentProps) {
  const d = payload?.[0]?.payload as ReconDay | undefined;
  if (!active || !d) return null;
  return (
    <ChartTooltipBox
      title={formatDay(d.day, true)}
      rows={[
        { label: "Attributed", value: formatInt(d.attributed), color: attributedColor, strong: true },
        ...[...STACK]
          .reverse()
          .map((s) => ({ label: s.label, value: formatInt(d[s.key]), color: outcomeColors[s.key] })),
        { label: "Not delivered", value: formatInt(d.discrepancy), strong: true },
      ]}
      footer="Click a bar segment to open those deliveries"
    />
  );
}

/**
 * Per day: deliveries stacked by outcome, with what the MMP attributed as a line over them. The
 * gap between the line and the green part is the discrepancy; clicking a segment opens the
 * deliveries behind it.
 */
export function OutcomeChart({ days, network }: { days: ReconDay[]; network?: string }) {
  const router = useRouter();
  const empty = days.every((d) => d.attributed === 0 && STACK.every((s) => d[s.key] === 0));
  const many = days.length > 45;
  return (
    <ChartCard
      testId="outcome-chart"
      title="Attributed vs delivered per day"
      description="Deliveries stacked by outcome; the dark line is what the MMP attributed. Click a segment to see its deliveries."
      summary={`${days.length} days from ${days[0]?.day} to ${days[days.length - 1]?.day}`}
      legend={
        <ChartLegend
          items={[
            { label: "Attributed", color: attributedColor, kind: "line" },
            ...STACK.map((s) => ({ label: s.label, color: outcomeColors[s.key] })),
          ]}
        />
      }
    >
      {empty ? (
        <ChartEmpty>No attributed conversions or deliveries in this range.</ChartEmpty>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={days}
            margin={{ top: 8, right: 12, bottom: 0, left: 4 }}
            barCategoryGap={many ? 1 : "18%"}
          >
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
              tickFormatter={formatCompact}
              tick={{ fill: axisColor, fontSize: 12 }}
              tickLine={false}
              axisLine={false}
              width={52}
              allowDecimals={false}
            />
            <Tooltip content={OutcomeTooltip} cursor={{ fill: "#f1f5f9" }} isAnimationActive={false} />
            {STACK.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="outcome"
                fill={outcomeColors[s.key]}
                isAnimationActive={false}
                radius={i === STACK.length - 1 ? [2, 2, 0, 0] : 0}
                cursor="pointer"
                onClick={(bar) => {
                  const d = bar.payload as ReconDay | undefined;
                  if (d) router.push(deliveryLogLink({ network, status: s.key, start: d.start, end: d.end }));
                }}
              />
            ))}
            <Line
              dataKey="attributed"
              name="Attributed"
              type="linear"
              stroke={attributedColor}
              strokeWidth={2}
              dot={many ? false : { r: 3, fill: attributedColor, strokeWidth: 0 }}
              activeDot={{ r: 4 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
