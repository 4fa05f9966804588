"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { apiFetch, fieldError, formError } from "@/components/ui/api";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { type Role, roleLabels, roles } from "@/lib/auth/permissions";
import { accessDescriptions } from "./access-badge";

export interface CreatedUser {
  user: { id: string; email: string };
  generatedPassword: string | null;
}

const fieldNames = ["email", "name", "role", "password"];

export function NewUserForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (result: CreatedUser) => void;
}) {
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("marketer");
  const [password, setPassword] = useState("");

  const create = useMutation({
    mutationFn: () =>
      apiFetch<CreatedUser>("/api/v1/users", {
        method: "POST",
        body: { email, name, role, ...(password ? { password } : {}) },
      }),
    onSuccess: (result) => {
      toast.success(`Created ${result.user.email}`, {
        description: result.generatedPassword
          ? "Copy their password below; it is shown once."
          : "They can sign in with the password you set.",
      });
      onCreated(result);
    },
    // The submit button is disabled while pending, which drops focus; put it on the field to fix.
    onError: (error) => {
      const first = fieldNames.find((f) => fieldError(error, f));
      if (first) document.getElementById(`new-user-${first}`)?.focus();
    },
  });

  const err = (f: string) => fieldError(create.error, f);
  const general = formError(create.error, fieldNames);
  const described = (f: string) => (err(f) ? `new-user-${f}-error` : undefined);

  return (
    <form
      aria-label="New user"
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
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Email" htmlFor="new-user-email" error={err("email")}>
          <Input
            id="new-user-email"
            type="email"
            autoComplete="off"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            invalid={!!err("email")}
            aria-describedby={described("email")}
            placeholder="jane@example.com"
          />
        </Field>
        <Field label="Name" htmlFor="new-user-name" error={err("name")}>
          <Input
            id="new-user-name"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            invalid={!!err("name")}
            aria-describedby={described("name")}
            placeholder="Jane Doe"
          />
        </Field>
        <Field label="Role" htmlFor="new-user-role" error={err("role")} hint={accessDescriptions[role]}>
          <Select
            id="new-user-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-describedby={described("role")}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Password (optional)"
          htmlFor="new-user-password"
          error={err("password")}
          hint="Leave empty to generate a strong one, shown once."
        >
          <Input
            id="new-user-password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            invalid={!!err("password")}
            aria-describedby={described("password")}
            placeholder="At least 10 characters"
          />
        </Field>
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
          {create.isPending ? "Creating…" : "Create user"}
        </Button>
      </div>
    </form>
  );
}
