"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { apiFetch, fieldError, formError } from "@/components/ui/api";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select } from "@/components/ui/field";
import type { ApiKeyOutput } from "@/lib/api-keys/schemas";
import { type Access, roleLabels } from "@/lib/auth/permissions";
import { accessDescriptions } from "./access-badge";

// JSON turns the dates into strings; the form only needs the identifying fields.
export interface CreatedApiKey {
  apiKey: Pick<ApiKeyOutput, "id" | "name" | "access" | "sender" | "prefix">;
  key: string;
}

// Ingest first: most keys belong to an MMP that only sends events.
const accessOrder: Access[] = ["ingest", "admin", "marketer", "analyst"];
const fieldNames = ["name", "access", "sender"];

export function NewApiKeyForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (result: CreatedApiKey) => void;
}) {
  const [name, setName] = useState("");
  const [access, setAccess] = useState<Access>("ingest");
  const [sender, setSender] = useState("");

  const create = useMutation({
    mutationFn: () =>
      apiFetch<CreatedApiKey>("/api/v1/api-keys", {
        method: "POST",
        body: { name, access, ...(sender.trim() ? { sender: sender.trim() } : {}) },
      }),
    onSuccess: (result) => {
      toast.success(`Created API key “${result.apiKey.name}”`, { description: "Copy it now; it is shown once." });
      onCreated(result);
    },
    // The submit button is disabled while pending, which drops focus; put it on the field to fix.
    onError: (error) => {
      const first = fieldNames.find((f) => fieldError(error, f));
      if (first) document.getElementById(`new-key-${first}`)?.focus();
    },
  });

  const err = (f: string) => fieldError(create.error, f);
  const general = formError(create.error, fieldNames);
  const described = (f: string, hint = false) =>
    err(f) ? `new-key-${f}-error` : hint ? `new-key-${f}-hint` : undefined;

  return (
    <form
      aria-label="New API key"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
      className="border-b border-slate-100 bg-slate-50/70 px-5 py-5"
    >
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <div className="grid content-start gap-4 sm:grid-cols-2">
          <Field
            label="Name"
            htmlFor="new-key-name"
            error={err("name")}
            hint="Who uses it, e.g. “AppsFlyer production”."
          >
            <Input
              id="new-key-name"
              autoComplete="off"
              required
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              invalid={!!err("name")}
              aria-describedby={described("name")}
            />
          </Field>
          <Field label="Access" htmlFor="new-key-access" error={err("access")}>
            <Select
              id="new-key-access"
              value={access}
              onChange={(e) => setAccess(e.target.value as Access)}
              aria-describedby={err("access") ? "new-key-access-error" : "new-key-access-help"}
            >
              {accessOrder.map((a) => (
                <option key={a} value={a}>
                  {roleLabels[a]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label="Sender (optional)"
            htmlFor="new-key-sender"
            className="sm:col-span-2"
            error={err("sender")}
            hint={
              <span id="new-key-sender-hint">
                Events are de-duplicated per sender; give a replacement key the same sender. Defaults to a slug of the
                name.
              </span>
            }
          >
            <Input
              id="new-key-sender"
              autoComplete="off"
              value={sender}
              onChange={(e) => setSender(e.target.value)}
              invalid={!!err("sender")}
              aria-describedby={described("sender", true)}
              placeholder="appsflyer"
              className="font-mono"
            />
          </Field>
        </div>

        <div id="new-key-access-help" className="rounded-md bg-white p-4 ring-1 ring-inset ring-slate-200">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">What each access level can do</p>
          <dl className="mt-2 space-y-2">
            {accessOrder.map((a) => (
              <div
                key={a}
                className={cn(
                  "rounded px-2 py-1 text-sm",
                  a === access ? "bg-brand-50 text-slate-900" : "text-slate-500",
                )}
              >
                <dt className="inline font-medium">{roleLabels[a]}: </dt>
                <dd className="inline">{accessDescriptions[a]}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      {general && (
        <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {general}
        </p>
      )}
      <div className="mt-5 flex items-center justify-end gap-2">
        <Button variant="ghost" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create key"}
        </Button>
      </div>
    </form>
  );
}
