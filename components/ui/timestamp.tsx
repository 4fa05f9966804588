"use client";
import { format } from "date-fns";

const utcLabel = (d: Date) => `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/**
 * An exact time in the viewer's time zone ("Nov 27, 14:05:09"), with UTC on hover. Logs need the
 * exact second; the year is shown only when it is not the current one.
 */
export function Timestamp({ date, fallback = "—", withSeconds = true, className }: {
  date: Date | string | null | undefined; fallback?: string; withSeconds?: boolean; className?: string;
}) {
  if (!date) return <span className="text-slate-400">{fallback}</span>;
  const d = typeof date === "string" ? new Date(date) : date;
  const sameYear = d.getFullYear() === new Date().getFullYear();
  const pattern = `${sameYear ? "MMM d" : "MMM d, yyyy"}, HH:mm${withSeconds ? ":ss" : ""}`;
  return (
    <time dateTime={d.toISOString()} title={utcLabel(d)} className={className} suppressHydrationWarning>
      {format(d, pattern)}
    </time>
  );
}
