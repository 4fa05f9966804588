import { TriangleAlert, X } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";

/** A secret the server returned once: shown with a copy button until dismissed, never again. */
export function OneTimeSecret({
  title,
  value,
  children,
  onDismiss,
  testId,
}: {
  title: string;
  value: string;
  children?: React.ReactNode;
  onDismiss: () => void;
  testId?: string;
}) {
  return (
    <section
      aria-label={title}
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 shadow-sm"
      data-testid={testId}
    >
      <div className="flex items-start gap-3">
        <TriangleAlert className="mt-0.5 size-5 shrink-0 text-amber-600" aria-hidden />
        <div className="min-w-0 flex-1">
          <h3 className="text-sm font-semibold text-amber-900">{title}</h3>
          <p className="mt-0.5 text-sm text-amber-800">
            This is shown once. Copy it now: it won&apos;t be shown again and cannot be recovered.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <code
              data-testid="one-time-secret-value"
              className="min-w-0 flex-1 select-all break-all rounded-md bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-amber-200"
            >
              {value}
            </code>
            <CopyButton value={value} />
          </div>
          {children}
        </div>
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss"
          className="rounded-md p-1 text-amber-700 hover:bg-amber-100 hover:text-amber-900"
        >
          <X className="size-4" aria-hidden />
        </button>
      </div>
    </section>
  );
}
