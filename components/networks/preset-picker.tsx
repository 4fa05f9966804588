import { ArrowRight, FilePlus2, KeyRound } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { NetworkPreset } from "@/lib/networks/presets";
import { MethodBadge } from "./request-view";

const card =
  "group flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500 hover:shadow-md focus-visible:border-brand-500";

/** Cards for the example formats and "from scratch"; each opens the editor prefilled. */
export function PresetPicker({ presets }: { presets: readonly NetworkPreset[] }) {
  return (
    <div>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Postback formats">
        {presets.map((p) => (
          <li key={p.key}>
            <Link
              href={`/networks/new?preset=${p.key}`}
              className={card}
              aria-label={`Start from ${p.name}`}
              data-testid={`preset-${p.key}`}
            >
              <div className="flex items-center gap-2">
                <MethodBadge method={p.postback.method} />
                {p.postback.bodyType !== "none" && <Badge tone="gray">{p.postback.bodyType.toUpperCase()} body</Badge>}
                <Badge tone="amber" className="ml-auto">
                  Example
                </Badge>
              </div>
              <h2 className="mt-3 text-sm font-semibold text-slate-900 group-hover:text-brand-700">{p.name}</h2>
              <p className="mt-1 flex-1 text-sm text-slate-500">{p.description}</p>
              <code
                className="mt-3 block truncate rounded bg-slate-50 px-2 py-1 font-mono text-[11px] text-slate-500"
                title={p.postback.url}
              >
                {p.postback.url}
              </code>
              <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
                <span>
                  {p.rules.length} suggested rule{p.rules.length === 1 ? "" : "s"}
                </span>
                {p.secrets.length > 0 && (
                  <span className="inline-flex items-center gap-1">
                    <KeyRound className="size-3.5" aria-hidden />
                    needs {p.secrets.map((s) => s.label.toLowerCase()).join(", ")}
                  </span>
                )}
                <span className="ml-auto inline-flex items-center gap-1 font-medium text-brand-600 opacity-0 transition group-hover:opacity-100">
                  Use <ArrowRight className="size-3.5" aria-hidden />
                </span>
              </div>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href="/networks/new?preset=scratch"
            className={`${card} items-center justify-center border-dashed text-center`}
            data-testid="preset-scratch"
          >
            <span className="rounded-full bg-slate-100 p-3 text-slate-500 group-hover:bg-brand-50 group-hover:text-brand-600">
              <FilePlus2 className="size-6" aria-hidden />
            </span>
            <h2 className="mt-3 text-sm font-semibold text-slate-900 group-hover:text-brand-700">Start from scratch</h2>
            <p className="mt-1 max-w-xs text-sm text-slate-500">
              An empty GET request: paste the postback URL from your partner&apos;s documentation.
            </p>
          </Link>
        </li>
      </ul>
      <p className="mt-6 text-xs text-slate-500">
        Examples imitate common postback shapes; none is an official integration. Every example uses a placeholder{" "}
        <code className="font-mono">.example</code> host that you replace with your partner&apos;s address.
      </p>
    </div>
  );
}
