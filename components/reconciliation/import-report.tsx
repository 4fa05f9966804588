"use client";
import { FileUp, X } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { formatInt } from "@/components/charts/format";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { keyed } from "@/components/ui/keyed";
import { Td, Th } from "@/components/ui/table";
import type { ImportPreview } from "./types";

const PREVIEW_ROWS = 20;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function postReport(csv: string, dryRun: boolean): Promise<ImportPreview> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/network-reports${dryRun ? "?dryRun=1" : ""}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ csv }),
    });
  } catch {
    throw new Error("Could not reach the server. Check your connection and try again.");
  }
  const body = (await res.json().catch(() => null)) as (ImportPreview & { error?: { message: string } }) | null;
  // 422 carries the parsed rows and every line's problems: that is a preview, not a failure.
  if (res.ok || (res.status === 422 && body?.errors)) return body as ImportPreview;
  throw new Error(body?.error?.message ?? `Request failed (${res.status})`);
}

/**
 * Upload of what networks say they received. The file is checked on the server first and shown
 * with every problem by line; nothing is written until the file is clean and the user confirms.
 */
export function ImportReport({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const id = useId();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose(f: File | undefined) {
    setPreview(null);
    setError(null);
    setFile(null);
    if (!f) return;
    if (f.size > MAX_FILE_BYTES) return setError("The file is larger than 20 MB; split it by month.");
    const csv = await f.text();
    setFile({ name: f.name, csv });
    setBusy(true);
    try {
      setPreview(await postReport(csv, true));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (!file) return;
    setBusy(true);
    try {
      const r = await postReport(file.csv, false);
      if (r.errors.length) {
        setPreview(r);
        return;
      }
      toast.success(`Imported ${formatInt(r.imported)} report line${r.imported === 1 ? "" : "s"}`);
      onImported();
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const total = preview?.valid ?? 0;
  return (
    <Card data-testid="import-report">
      <CardHeader
        title="Import network report"
        description={
          <>
            A CSV with the header <code className="font-mono text-xs">date,network,event,count,revenue,currency</code>{" "}
            (revenue and currency optional). Dates are days in the time zone you reconcile in. Events may be named as
            the network names them (the partner event names in its rules). A file is imported all or nothing; lines
            replace earlier imports of the same network, date, event and currency.
          </>
        }
        actions={
          <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close the import panel">
            <X className="size-4" aria-hidden />
          </Button>
        }
      />
      <div className="space-y-4 px-5 py-4">
        <div className="flex flex-wrap items-center gap-3">
          <label
            htmlFor={`${id}-file`}
            className="inline-flex cursor-pointer items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
          >
            <FileUp className="size-4" aria-hidden /> Choose CSV file…
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            className="sr-only"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          {file && <span className="text-sm text-slate-600">{file.name}</span>}
          {busy && (
            <span role="status" className="text-sm text-slate-500">
              Checking…
            </span>
          )}
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-600">
            {error}
          </p>
        )}
        {preview && (
          <>
            {preview.errors.length > 0 ? (
              <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3">
                <p className="text-sm font-medium text-red-800">
                  {preview.errors.length} problem{preview.errors.length === 1 ? "" : "s"} found; nothing will be
                  imported until the file is fixed.
                </p>
                <ul
                  className="mt-2 max-h-48 space-y-0.5 overflow-y-auto text-sm text-red-700"
                  data-testid="import-errors"
                >
                  {keyed(preview.errors.slice(0, 100), (e) => `${e.line}.${e.field}: ${e.message}`).map(
                    ({ key, item: e }) => (
                      <li key={key}>
                        <span className="font-medium">Line {e.line}</span>,{" "}
                        <code className="font-mono text-xs">{e.field}</code>: {e.message}
                      </li>
                    ),
                  )}
                  {preview.errors.length > 100 && <li>… and {preview.errors.length - 100} more</li>}
                </ul>
              </div>
            ) : (
              <p className="text-sm text-emerald-700">
                The file is valid: {formatInt(total)} line{total === 1 ? "" : "s"} ready to import.
              </p>
            )}
            {preview.renamed.length > 0 && (
              <div
                className="rounded-md border border-slate-200 bg-slate-50 px-4 py-2.5 text-sm text-slate-700"
                data-testid="import-renamed"
              >
                <p>Event names the networks use, read as yours (from the partner event names in their rules):</p>
                <ul className="mt-1 space-y-0.5">
                  {preview.renamed.map((r) => (
                    <li key={`${r.network}|${r.from}`}>
                      {r.network}: <code className="font-mono text-xs">{r.from}</code> →{" "}
                      <code className="font-mono text-xs">{r.to}</code>
                      <span className="text-slate-500">
                        {" "}
                        ({formatInt(r.lines)} line{r.lines === 1 ? "" : "s"})
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {total > 0 && (
              <div className="overflow-x-auto rounded-md border border-slate-200">
                <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Parsed report lines">
                  <thead>
                    <tr>
                      <Th>Line</Th>
                      <Th>Date</Th>
                      <Th>Network</Th>
                      <Th>Event</Th>
                      <Th className="text-right!">Count</Th>
                      <Th className="text-right!">Revenue</Th>
                      <Th>Currency</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100 bg-white">
                    {preview.rows.slice(0, PREVIEW_ROWS).map((r) => (
                      <tr key={r.line}>
                        <Td className="py-1.5! text-slate-500!">{r.line}</Td>
                        <Td className="py-1.5!">{r.day}</Td>
                        <Td className="py-1.5!">{r.network}</Td>
                        <Td className="py-1.5! font-mono text-xs">{r.event}</Td>
                        <Td className="py-1.5! text-right tabular-nums">{formatInt(r.count)}</Td>
                        <Td className="py-1.5! text-right tabular-nums">{r.revenue ?? "—"}</Td>
                        <Td className="py-1.5!">{r.currency || "—"}</Td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {total > PREVIEW_ROWS && (
                  <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
                    Showing the first {PREVIEW_ROWS} of {formatInt(total)} valid lines.
                  </p>
                )}
              </div>
            )}
            <div className="flex gap-2">
              <Button onClick={() => void commit()} disabled={busy || preview.errors.length > 0 || total === 0}>
                Import {formatInt(total)} line{total === 1 ? "" : "s"}
              </Button>
              <Button variant="secondary" onClick={onClose}>
                Cancel
              </Button>
            </div>
          </>
        )}
      </div>
    </Card>
  );
}
