import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { keyed } from "@/components/ui/keyed";
import type { ShownRequest } from "@/lib/networks/preview";

function queryParams(url: string): [string, string][] {
  try {
    return [...new URL(url).searchParams.entries()];
  } catch {
    return [];
  }
}

/**
 * Compact JSON laid out one value per line, by inserting whitespace between tokens only: numbers
 * keep every digit (JSON.parse + stringify would round long ones). Null when not compact JSON.
 */
function indentJson(text: string): string | null {
  const t = text.trim();
  if (!/^[[{]/.test(t) || t.includes("\n")) return null;
  try {
    JSON.parse(t);
  } catch {
    return null;
  }
  let out = "";
  let depth = 0;
  let inString = false;
  let escaped = false;
  const newline = () => `\n${"  ".repeat(depth)}`;
  for (const ch of t) {
    if (inString) {
      out += ch;
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === "{" || ch === "[") {
      depth++;
      out += ch + newline();
    } else if (ch === "}" || ch === "]") {
      depth--;
      out += newline() + ch;
    } else if (ch === ",") {
      out += `,${newline()}`;
    } else if (ch === ":") {
      out += ": ";
    } else if (!/\s/.test(ch)) {
      out += ch;
    }
  }
  // Strings never hold a raw line break in JSON, so these only match empty {} and [] laid out above.
  return out.replace(/\{\n\s*\}/g, "{}").replace(/\[\n\s*\]/g, "[]");
}

export function MethodBadge({ method }: { method: string }) {
  return (
    <Badge tone={method === "GET" ? "blue" : "violet"} className="font-mono">
      {method}
    </Badge>
  );
}

const label = "text-[11px] font-semibold uppercase tracking-wide text-slate-500";

/** A rendered request the way a marketer checks it: the URL, its decoded parameters, headers and body. */
export function RequestView({ request, testId }: { request: ShownRequest; testId?: string }) {
  const params = queryParams(request.url);
  const formatted = request.body ? indentJson(request.body) : null;
  return (
    <div className="space-y-4 text-sm" data-testid={testId}>
      <div>
        <div className="flex items-center justify-between gap-2">
          <p className={label}>URL</p>
          <CopyButton value={request.url} label="Copy URL" />
        </div>
        <div className="mt-1.5 flex items-start gap-2 rounded-md bg-slate-900 px-3 py-2">
          <span className="mt-px font-mono text-xs font-semibold text-sky-300">{request.method}</span>
          <code
            className="min-w-0 flex-1 break-all font-mono text-xs leading-5 text-slate-100"
            data-testid="rendered-url"
          >
            {request.url}
          </code>
        </div>
      </div>
      {params.length > 0 && (
        <div>
          <p className={label}>
            Query parameters <span className="font-normal normal-case tracking-normal text-slate-400">(decoded)</span>
          </p>
          <dl className="mt-1.5 divide-y divide-slate-100 rounded-md border border-slate-200">
            {keyed(params, ([k, v]) => `${k}=${v}`).map(({ key, item: [k, v] }) => (
              <div key={key} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-3 py-1.5 text-xs">
                <dt className="truncate font-mono text-slate-500" title={k}>
                  {k}
                </dt>
                <dd className="break-all font-mono text-slate-900">
                  {v === "" ? <span className="text-slate-400">(empty)</span> : v}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <div>
        <p className={label}>Headers</p>
        <dl className="mt-1.5 divide-y divide-slate-100 rounded-md border border-slate-200">
          {keyed(request.headers, (h) => `${h.name}: ${h.value}`).map(({ key, item: h }) => (
            <div key={key} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-3 py-1.5 text-xs">
              <dt
                className={h.auto ? "truncate font-mono text-slate-400" : "truncate font-mono text-slate-500"}
                title={h.auto ? "Added by Ricochet" : undefined}
              >
                {h.name}
              </dt>
              <dd className={h.auto ? "break-all font-mono text-slate-400" : "break-all font-mono text-slate-900"}>
                {h.value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-1 text-[11px] text-slate-400">Grey headers are added by Ricochet to every postback.</p>
      </div>
      {request.body !== null && (
        <div>
          <p className={label}>
            Body
            {formatted && (
              <span className="font-normal normal-case tracking-normal text-slate-400">
                {" "}
                (laid out for reading; sent compact)
              </span>
            )}
          </p>
          <pre
            className="mt-1.5 max-h-56 overflow-auto rounded-md bg-slate-50 px-3 py-2 font-mono text-xs leading-5 text-slate-800 ring-1 ring-inset ring-slate-200"
            data-testid="rendered-body"
          >
            {request.body === "" ? <span className="text-slate-400">(empty body)</span> : (formatted ?? request.body)}
          </pre>
        </div>
      )}
    </div>
  );
}
