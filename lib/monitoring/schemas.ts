import { z } from "zod";

export const monitoringWindows = { "24h": 24, "7d": 168 } as const;
type MonitoringWindow = keyof typeof monitoringWindows;

export const monitoringQuerySchema = z.object({
  network: z.string().trim().toLowerCase().min(1).max(64).optional(),
  window: z.enum(["24h", "7d"], { message: "must be 24h or 7d" }).default("24h"),
});
export type MonitoringQuery = z.output<typeof monitoringQuerySchema>;

interface HourPoint {
  /** Start of the UTC hour, ISO. */
  hour: string;
  /** Real (non-test) attempts that sent a request in this hour. */
  attempts: number;
  delivered: number;
  /** delivered / attempts, 0..1; null without attempts. */
  successRate: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  /** Deliveries completed as delivered in this hour, and how long after the event they arrived. */
  deliveredCount: number;
  delayP50Ms: number | null;
  delayP95Ms: number | null;
}

export interface NetworkMonitoring {
  network: string;
  name: string;
  status: string;
  acceptanceWindowHours: number | null;
  /** Pending or being sent right now. */
  backlog: number;
  /** Pending and due now (the worker's queue depth). */
  dueNow: number;
  /** Pending with an acceptance-window deadline in the next hour. */
  nearDeadline: number;
  window: {
    attempts: number;
    delivered: number;
    successRate: number | null;
    latencyP50Ms: number | null;
    latencyP95Ms: number | null;
    delayP50Ms: number | null;
    delayP95Ms: number | null;
  };
  series: HourPoint[];
}

export interface MonitoringResult {
  window: MonitoringWindow;
  from: string;
  to: string;
  generatedAt: string;
  networks: NetworkMonitoring[];
}
