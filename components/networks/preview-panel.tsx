"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CircleAlert, Eye, Info, LoaderCircle } from "lucide-react";
import { Card, CardHeader } from "@/components/ui/card";
import { keyed } from "@/components/ui/keyed";
import type { PreviewRequest } from "@/lib/networks/preview";
import { networksApi, type PreviewResponse } from "./api";
import { EventPicker } from "./event-picker";
import { RequestView } from "./request-view";
import { useDebouncedValue } from "./use-debounced-value";

function SourceLine({ source }: { source: NonNullable<PreviewResponse["source"]> }) {
  const money = source.revenue ? `${source.revenue}${source.currency ? ` ${source.currency}` : ""}` : "no revenue";
  return (
    <div className="space-y-1 text-xs text-slate-500" data-testid="preview-source">
      <p>
        {source.kind === "sample" ? "Sample " : "Event "}
        <span className="font-medium text-slate-700">{source.eventName}</span>
        {source.kind === "event" && (
          <>
            {" "}
            <code className="font-mono">{source.externalId}</code>
          </>
        )}
        {" · "}
        {money}
        {" · sent to the partner as "}
        <span className="font-medium text-slate-700">{source.partnerEventName}</span>
        {source.deliveryId && (
          <>
            {" "}
            · uses its delivery <code className="font-mono">{source.deliveryId}</code>
          </>
        )}
      </p>
      {source.note && (
        <p className="flex items-start gap-1 text-amber-700">
          <Info className="mt-px size-3.5 shrink-0" aria-hidden />
          {source.note}
        </p>
      )}
    </div>
  );
}

/**
 * The request this postback would send, re-rendered by the server shortly after each edit.
 * Secrets show as ****: the preview never decrypts them.
 */
export function PreviewPanel({
  request,
  eventId,
  onEventIdChange,
  problemCount,
  renderable,
}: {
  request: PreviewRequest;
  eventId: string;
  onEventIdChange: (id: string) => void;
  /** Problems shown to the user; `renderable` is false while any exist, shown or not (a macro being typed). */
  problemCount: number;
  renderable: boolean;
}) {
  const body = useDebouncedValue(request, 350);
  const query = useQuery({
    queryKey: ["network-preview", body],
    queryFn: () => networksApi.preview(body),
    enabled: renderable,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
  const preview = problemCount === 0 ? query.data : undefined;
  // Mid-macro the last rendered request stays on screen, faded, instead of flashing an error.
  const stale = !renderable || query.isPlaceholderData;
  const eventError = query.error && eventId ? query.error.message : null;

  return (
    <Card aria-label="Live preview">
      <CardHeader
        title={
          <span className="inline-flex items-center gap-2">
            <Eye className="size-4 text-slate-400" aria-hidden /> Live preview
          </span>
        }
        description="Exactly what would be sent, with secrets hidden."
        actions={
          query.isFetching ? (
            <span className="inline-flex items-center gap-1 text-xs text-slate-400">
              <LoaderCircle className="size-3.5 animate-spin" aria-hidden /> Updating
            </span>
          ) : null
        }
      />
      <div className="space-y-4 px-5 py-4">
        <EventPicker eventId={eventId} onChange={onEventIdChange} error={eventError} />
        {problemCount > 0 ? (
          <p className="flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
            Fix the {problemCount === 1 ? "problem" : `${problemCount} problems`} marked in the template to see the
            request.
          </p>
        ) : query.error && !eventId ? (
          <p className="text-sm text-red-600">{query.error.message}</p>
        ) : query.error ? (
          <p className="text-sm text-slate-500">
            Enter the id of an event Ricochet received (see Events), or switch back to the sample purchase.
          </p>
        ) : !preview ? (
          <p className="text-sm text-slate-400">Rendering…</p>
        ) : preview.status === "invalid" ? (
          <ul className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {keyed(preview.errors, (e) => e.message).map(({ key, item: e }) => (
              <li key={key}>{e.message}</li>
            ))}
          </ul>
        ) : preview.status === "skipped" ? (
          <>
            <SourceLine source={preview.source} />
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
              This postback would not be sent for this event: {preview.reason}.
            </p>
          </>
        ) : (
          <div className={stale ? "opacity-60 transition-opacity" : "transition-opacity"}>
            <SourceLine source={preview.source} />
            <div className="mt-4">
              <RequestView request={preview.request} testId="preview-request" />
            </div>
          </div>
        )}
      </div>
    </Card>
  );
}
