import { formatDistanceToNowStrict } from "date-fns";

const utcLabel = (d: Date) => `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/** "3 minutes ago", with the exact UTC time on hover. Server and browser clocks differ slightly, hence suppressHydrationWarning. */
export function RelativeTime({
  date,
  fallback = "—",
  className,
}: {
  date: Date | string | null | undefined;
  fallback?: string;
  className?: string;
}) {
  if (!date) return <span className="text-slate-400">{fallback}</span>;
  const d = typeof date === "string" ? new Date(date) : date;
  const text =
    Math.abs(Date.now() - d.getTime()) < 60_000 ? "just now" : formatDistanceToNowStrict(d, { addSuffix: true });
  return (
    <time dateTime={d.toISOString()} title={utcLabel(d)} className={className} suppressHydrationWarning>
      {text}
    </time>
  );
}
