"use client";
import { Button } from "./button";

/**
 * The second step of a destructive row action, in place of its button: a short warning, Cancel
 * (focused, and Escape) and the confirming button.
 */
export function InlineConfirm({
  label,
  warning,
  confirm,
  pending,
  busy,
  onConfirm,
  onCancel,
}: {
  /** What is being confirmed, for screen readers: "Confirm revoking Acme key". */
  label: string;
  warning: string;
  confirm: string;
  pending: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="inline-flex items-center gap-2"
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <span className="text-xs text-slate-600">{warning}</span>
      <Button size="sm" variant="ghost" autoFocus onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
      <Button size="sm" variant="danger" disabled={busy} onClick={onConfirm}>
        {busy ? pending : confirm}
      </Button>
    </div>
  );
}
