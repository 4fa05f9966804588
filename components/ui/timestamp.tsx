"use client";
import { format } from "date-fns";

const utcLabel = (d: Date) => `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/**
 * An exact time in the viewer's time zone ("Nov 27, 14:05:09"), with UTC on hover. Logs need the
 * exact second; the year is shown only when it is not the current one.
 */
export function Timestamp({
  date,
  fallback = "—",
  withSeconds = true,
  compact = false,
  className,
}: {
  date: Date | string | null | undefined;
  fallback?: string;
  withSeconds?: boolean;
  /** For dense logs: today's times without the date. */
  compact?: boolean;
  className?: string;
}) {
  if (!date) return <span className="text-slate-400">{fallback}</span>;
  const d = typeof date === "string" ? new Date(date) : date;
  const now = new Date();
  const sameYear = d.getFullYear() === now.getFullYear();
  const today = sameYear && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  const time = `HH:mm${withSeconds ? ":ss" : ""}`;
  const pattern = compact && today ? time : `${sameYear ? "MMM d" : "MMM d, yyyy"}, ${time}`;
  return (
    <time dateTime={d.toISOString()} title={utcLabel(d)} className={className} suppressHydrationWarning>
      {format(d, pattern)}
    </time>
  );
}
