import { cn } from "./cn";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-slate-200/70", className)} />;
}

/** Placeholder rows for a table while its first page loads. */
export function TableSkeleton({
  rows = 8,
  columns = 6,
  label = "Loading",
}: {
  rows?: number;
  columns?: number;
  label?: string;
}) {
  return (
    <div role="status" aria-label={label} className="divide-y divide-slate-100">
      {Array.from({ length: rows }, (_, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders made from a count; the position is their identity.
        <div key={r} className="flex items-center gap-6 px-4 py-3.5">
          {Array.from({ length: columns }, (_, c) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders made from a count; the position is their identity.
            <Skeleton key={c} className={cn("h-4", c === 0 ? "w-28" : c % 3 === 1 ? "w-40" : "w-20")} />
          ))}
        </div>
      ))}
    </div>
  );
}
