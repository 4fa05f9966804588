import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/**
 * A titled card holding one chart at a fixed height, so the layout does not jump while data
 * loads. `summary` is a one-line text alternative read by screen readers and shown as a caption.
 */
export function ChartCard({
  title,
  description,
  actions,
  legend,
  summary,
  height = 280,
  className,
  children,
  testId,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** Shown under the header, where it can wrap without squeezing the title. */
  legend?: React.ReactNode;
  summary?: string;
  height?: number;
  className?: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <Card className={cn("flex flex-col", className)} data-testid={testId}>
      <CardHeader title={title} description={description} actions={actions} />
      {legend && <div className="px-5 pt-3">{legend}</div>}
      <figure className="px-3 pb-3 pt-3" aria-label={title}>
        <div style={{ height }} className="w-full">
          {children}
        </div>
        {summary && <figcaption className="sr-only">{summary}</figcaption>}
      </figure>
    </Card>
  );
}

/** Shown inside a ChartCard when there is nothing to plot. */
export function ChartEmpty({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex h-full items-center justify-center rounded-md border border-dashed border-slate-200 px-6 text-center text-sm text-slate-500">
      {children}
    </div>
  );
}
