"use client";
import {
  Bar,
  BarChart,
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
import { formatCompact, formatDuration, formatHour, formatInt, formatPct } from "@/components/charts/format";
import { axisColor, gridColor, outcomeColors, seriesColor } from "@/components/charts/palette";
import type { MonitoringResult } from "@/lib/monitoring/schemas";

type Net = MonitoringResult["networks"][number];
type Point = Record<string, number | string | null> & { hour: string };
interface Series {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
}

const axis = { tick: { fill: axisColor, fontSize: 12 }, tickLine: false } as const;

/** One row per hour with a column per series: `${slug}:${field}`. */
function pivot(networks: Net[], fields: (keyof Net["series"][number])[]): Point[] {
  const hours = networks[0]?.series.map((p) => p.hour) ?? [];
  return hours.map((hour, i) => {
    const row: Point = { hour };
    for (const n of networks) for (const f of fields) row[`${n.network}:${f}`] = n.series[i][f] as number | null;
    return row;
  });
}

function seriesFor(
  networks: Net[],
  single: { field: string; label: string; color: string; dashed?: boolean }[],
  many: string,
): Series[] {
  if (networks.length === 1)
    return single.map((s) => ({
      key: `${networks[0].network}:${s.field}`,
      label: s.label,
      color: s.color,
      dashed: s.dashed,
    }));
  return networks.map((n, i) => ({ key: `${n.network}:${many}`, label: n.name, color: seriesColor(i) }));
}

function HourTooltip({
  active,
  payload,
  series,
  format,
}: Pick<TooltipContentProps, "active" | "payload"> & { series: Series[]; format: (v: number) => string }) {
  const p = payload?.[0]?.payload as Point | undefined;
  if (!active || !p) return null;
  return (
    <ChartTooltipBox
      title={`${formatHour(p.hour, true)} UTC`}
      rows={series.map((s) => ({
        label: s.label,
        value: p[s.key] === null || p[s.key] === undefined ? "no data" : format(p[s.key] as number),
        color: s.color,
      }))}
    />
  );
}

function HourLines({
  data,
  series,
  format,
  domain,
  reference,
  testId,
}: {
  data: Point[];
  series: Series[];
  format: (v: number) => string;
  domain?: [number | string, number | string];
  reference?: { y: number; label: string };
  testId?: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 12, right: 16, bottom: 0, left: 4 }} data-testid={testId}>
        <CartesianGrid stroke={gridColor} vertical={false} />
        <XAxis
          dataKey="hour"
          tickFormatter={(h: string) => formatHour(h)}
          {...axis}
          axisLine={{ stroke: gridColor }}
          minTickGap={28}
        />
        <YAxis tickFormatter={format} {...axis} axisLine={false} width={64} domain={domain} />
        {reference && (
          <ReferenceLine
            y={reference.y}
            stroke="#d97706"
            strokeDasharray="6 4"
            label={{ value: reference.label, position: "insideTopRight", fill: "#b45309", fontSize: 11 }}
          />
        )}
        <Tooltip
          content={({ active, payload }: TooltipContentProps) => (
            <HourTooltip active={active} payload={payload} series={series} format={format} />
          )}
          isAnimationActive={false}
        />
        {series.map((s) => {
          // Hours without attempts break the line; dots keep isolated hours (and sparse series) visible.
          const points = data.filter((p) => p[s.key] !== null && p[s.key] !== undefined).length;
          return (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? "5 3" : undefined}
              dot={points <= 48 ? { r: 2.5, fill: s.color, strokeWidth: 0 } : false}
              activeDot={{ r: 3.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}

const hasData = (data: Point[], series: Series[]) =>
  data.some((p) => series.some((s) => p[s.key] !== null && p[s.key] !== undefined));

export function SuccessRateChart({ networks }: { networks: Net[] }) {
  const data = pivot(networks, ["successRate"]);
  const series = seriesFor(
    networks,
    [{ field: "successRate", label: "Success rate", color: outcomeColors.delivered }],
    "successRate",
  );
  return (
    <ChartCard
      testId="success-rate-chart"
      title="Success rate per hour"
      description="Share of real postback attempts the network accepted (retries count as attempts)."
      legend={
        series.length > 1 ? (
          <ChartLegend items={series.map((s) => ({ label: s.label, color: s.color, kind: "line" }))} />
        ) : undefined
      }
    >
      {hasData(data, series) ? (
        <HourLines data={data} series={series} format={(v) => formatPct(v, 0)} domain={[0, 1]} />
      ) : (
        <ChartEmpty>No postback attempts in this window.</ChartEmpty>
      )}
    </ChartCard>
  );
}

export function LatencyChart({ networks }: { networks: Net[] }) {
  const data = pivot(networks, ["latencyP50Ms", "latencyP95Ms"]);
  const series = seriesFor(
    networks,
    [
      { field: "latencyP50Ms", label: "p50", color: "#3b55e6" },
      { field: "latencyP95Ms", label: "p95", color: "#db2777", dashed: true },
    ],
    "latencyP95Ms",
  );
  return (
    <ChartCard
      testId="latency-chart"
      title={networks.length === 1 ? "Response time per hour" : "Response time per hour (p95)"}
      description="How long networks take to answer a postback, from the attempt log."
      legend={<ChartLegend items={series.map((s) => ({ label: s.label, color: s.color, kind: "line" }))} />}
    >
      {hasData(data, series) ? (
        <HourLines data={data} series={series} format={formatDuration} domain={[0, "auto"]} />
      ) : (
        <ChartEmpty>No postback attempts in this window.</ChartEmpty>
      )}
    </ChartCard>
  );
}

export function DelayChart({ networks }: { networks: Net[] }) {
  const data = pivot(networks, ["delayP50Ms", "delayP95Ms"]);
  const series = seriesFor(
    networks,
    [
      { field: "delayP50Ms", label: "p50", color: "#0891b2" },
      { field: "delayP95Ms", label: "p95", color: "#7c3aed", dashed: true },
    ],
    "delayP95Ms",
  );
  const one = networks.length === 1 ? networks[0] : null;
  const windowHours = one?.acceptanceWindowHours || null;
  const peak = Math.max(0, ...data.flatMap((p) => series.map((s) => (p[s.key] as number | null) ?? 0)));
  // The window is drawn only when the delay gets near it; otherwise the line would flatten seconds into nothing.
  const shownWindowMs = windowHours !== null && peak > windowHours * 3600_000 * 0.25 ? windowHours * 3600_000 : null;
  const showWindow = shownWindowMs !== null;
  return (
    <ChartCard
      testId="delay-chart"
      title={one ? "Event to delivery time" : "Event to delivery time (p95)"}
      description={
        one
          ? one.acceptanceWindowHours
            ? `Time from the conversion to its delivered postback, against ${one.name}'s acceptance window of ${one.acceptanceWindowHours} h.`
            : `Time from the conversion to its delivered postback. ${one.name} has no acceptance window.`
          : "Time from the conversion to its delivered postback, per network. Pick a network to compare with its acceptance window."
      }
      legend={
        <ChartLegend
          items={[
            ...series.map((s) => ({ label: s.label, color: s.color, kind: "line" as const })),
            ...(showWindow ? [{ label: "Acceptance window", color: "#d97706", kind: "line" as const }] : []),
          ]}
        />
      }
    >
      {hasData(data, series) ? (
        <HourLines
          data={data}
          series={series}
          format={formatDuration}
          domain={[0, shownWindowMs !== null ? Math.max(peak, shownWindowMs) * 1.05 : "auto"]}
          reference={shownWindowMs !== null ? { y: shownWindowMs, label: `window ${windowHours} h` } : undefined}
        />
      ) : (
        <ChartEmpty>No delivered postbacks in this window.</ChartEmpty>
      )}
    </ChartCard>
  );
}

export function VolumeChart({ networks }: { networks: Net[] }) {
  const hours = networks[0]?.series.map((p) => p.hour) ?? [];
  const data = hours.map((hour, i) => ({
    hour,
    delivered: networks.reduce((s, n) => s + n.series[i].delivered, 0),
    other: networks.reduce((s, n) => s + n.series[i].attempts - n.series[i].delivered, 0),
  }));
  const any = data.some((d) => d.delivered + d.other > 0);
  return (
    <ChartCard
      testId="volume-chart"
      title="Attempts per hour"
      description="Real postback attempts: accepted, and refused or errored (to be retried or failed)."
      legend={
        <ChartLegend
          items={[
            { label: "Accepted", color: outcomeColors.delivered },
            { label: "Refused or error", color: outcomeColors.failed },
          ]}
        />
      }
    >
      {any ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 12, right: 16, bottom: 0, left: 4 }} barCategoryGap={1}>
            <CartesianGrid stroke={gridColor} vertical={false} />
            <XAxis
              dataKey="hour"
              tickFormatter={(h: string) => formatHour(h)}
              {...axis}
              axisLine={{ stroke: gridColor }}
              minTickGap={28}
            />
            <YAxis tickFormatter={formatCompact} {...axis} axisLine={false} width={64} allowDecimals={false} />
            <Tooltip
              isAnimationActive={false}
              cursor={{ fill: "#f1f5f9" }}
              content={({ active, payload }: TooltipContentProps) => {
                const p = payload?.[0]?.payload as (typeof data)[number] | undefined;
                if (!active || !p) return null;
                return (
                  <ChartTooltipBox
                    title={`${formatHour(p.hour, true)} UTC`}
                    rows={[
                      { label: "Accepted", value: formatInt(p.delivered), color: outcomeColors.delivered },
                      { label: "Refused or error", value: formatInt(p.other), color: outcomeColors.failed },
                    ]}
                  />
                );
              }}
            />
            <Bar dataKey="delivered" stackId="a" fill={outcomeColors.delivered} isAnimationActive={false} />
            <Bar dataKey="other" stackId="a" fill={outcomeColors.failed} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <ChartEmpty>No postback attempts in this window.</ChartEmpty>
      )}
    </ChartCard>
  );
}
