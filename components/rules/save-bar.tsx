"use client";
import { FlaskConical } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Pinned to the bottom of the window beside the sidebar, so Save is in reach however long the rule table is. */
export function SaveBar({
  dirty,
  saving,
  dryRunning,
  onDiscard,
  onDryRun,
  onSave,
}: {
  dirty: boolean;
  saving: boolean;
  dryRunning: boolean;
  onDiscard: () => void;
  onDryRun: () => void;
  onSave: () => void;
}) {
  return (
    <div className="fixed right-0 bottom-0 left-60 z-10 border-t border-slate-200 bg-white/95 shadow-[0_-4px_12px_-6px_rgba(15,23,42,0.15)] backdrop-blur">
      <div className="mx-auto flex max-w-[1400px] items-center justify-between gap-4 px-8 py-3">
        <p className="text-sm text-slate-600" aria-live="polite">
          {dirty ? (
            <>
              <span className="mr-2 inline-block size-2 rounded-full bg-amber-500" aria-hidden />
              Unsaved changes
            </>
          ) : (
            "All changes saved"
          )}
        </p>
        <div className="flex items-center gap-2">
          <Button variant="ghost" onClick={onDiscard} disabled={!dirty || saving}>
            Discard
          </Button>
          <Button variant="secondary" onClick={onDryRun} disabled={dryRunning}>
            <FlaskConical className="size-4" aria-hidden /> Dry run
          </Button>
          <Button onClick={onSave} disabled={!dirty || saving}>
            {saving ? "Saving…" : "Save rules"}
          </Button>
        </div>
      </div>
    </div>
  );
}
