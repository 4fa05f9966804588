"use client";

export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
  strong?: boolean;
}

/** The tooltip box every chart uses: a title and aligned label/value rows with colour keys. */
export function ChartTooltipBox({
  title,
  rows,
  footer,
}: {
  title: React.ReactNode;
  rows: TooltipRow[];
  footer?: React.ReactNode;
}) {
  return (
    <div className="min-w-48 rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-lg">
      <p className="mb-1.5 font-semibold text-slate-900">{title}</p>
      <dl className="space-y-0.5">
        {rows.map((r) => (
          <div key={r.label} className="flex items-center justify-between gap-4">
            <dt className="flex items-center gap-1.5 text-slate-600">
              {r.color && (
                <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: r.color }} />
              )}
              {r.label}
            </dt>
            <dd className={r.strong ? "font-semibold tabular-nums text-slate-900" : "tabular-nums text-slate-800"}>
              {r.value}
            </dd>
          </div>
        ))}
      </dl>
      {footer && <p className="mt-1.5 border-t border-slate-100 pt-1.5 text-slate-500">{footer}</p>}
    </div>
  );
}

/** A legend drawn as HTML (wraps, readable, and not squeezed into the SVG). */
export function ChartLegend({ items }: { items: { label: string; color: string; kind?: "box" | "line" }[] }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          {i.kind === "line" ? (
            <span aria-hidden className="inline-block h-0.5 w-4 rounded" style={{ background: i.color }} />
          ) : (
            <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: i.color }} />
          )}
          {i.label}
        </li>
      ))}
    </ul>
  );
}
