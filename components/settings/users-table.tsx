"use client";
import { useMutation } from "@tanstack/react-query";
import { UserPlus, Users } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { apiFetch } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, Td, Th } from "@/components/ui/table";
import { type Role, roleLabels, roles } from "@/lib/auth/permissions";
import type { UserOutput } from "@/lib/users/schemas";
import { AccessBadge } from "./access-badge";
import { type CreatedUser, NewUserForm } from "./new-user-form";
import { OneTimeSecret } from "./one-time-secret";

type Patch = { role?: Role; active?: boolean };

export function UsersTable({ users, currentUserId }: { users: UserOutput[]; currentUserId: string }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const refresh = () => startRefresh(() => router.refresh());

  const update = useMutation({
    mutationFn: ({ user, patch }: { user: UserOutput; patch: Patch }) =>
      apiFetch(`/api/v1/users/${encodeURIComponent(user.id)}`, { method: "PATCH", body: patch }),
    onSuccess: (_data, { user, patch }) => {
      setConfirmingId(null);
      if (patch.role)
        toast.success(`${user.email} is now ${roleLabels[patch.role]}`, {
          description: "Their open sessions were signed out.",
        });
      else if (patch.active === false)
        toast.success(`Deactivated ${user.email}`, { description: "They were signed out and can no longer sign in." });
      else toast.success(`Reactivated ${user.email}`, { description: "They can sign in again." });
      refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const busy = (id: string) => update.isPending && update.variables?.user.id === id;

  function onCreated(result: CreatedUser) {
    setFormOpen(false);
    setCreated(result.generatedPassword ? { email: result.user.email, password: result.generatedPassword } : null);
    refresh();
  }

  const openForm = () => {
    setCreated(null);
    setFormOpen(true);
  };
  const newUserButton = (
    <Button onClick={openForm} disabled={formOpen}>
      <UserPlus className="size-4" aria-hidden /> New user
    </Button>
  );

  return (
    <div className="space-y-4">
      {created && (
        <OneTimeSecret
          title={`Password for ${created.email}`}
          value={created.password}
          onDismiss={() => setCreated(null)}
          testId="generated-password"
        >
          <p className="mt-2 text-xs text-amber-800">
            Share it through a private channel. They can sign in at /login right away.
          </p>
        </OneTimeSecret>
      )}

      <Card>
        <CardHeader
          title="Users"
          actions={newUserButton}
          description="People who can sign in. Role changes and deactivation sign the user out everywhere at once."
        />
        {formOpen && <NewUserForm onCancel={() => setFormOpen(false)} onCreated={onCreated} />}

        {users.length === 0 ? (
          <div className="p-5">
            <EmptyState icon={Users} title="No users yet">
              Use New user above to add the people who manage postbacks: marketers set up networks and replay
              deliveries, analysts get read-only access.
            </EmptyState>
          </div>
        ) : (
          <Table aria-busy={refreshing || undefined}>
            <thead>
              <tr>
                <Th>User</Th>
                <Th>Role</Th>
                <Th>Status</Th>
                <Th>Last sign-in</Th>
                <Th className="text-right">Actions</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {users.map((u) => {
                const self = u.id === currentUserId;
                const pendingRole = busy(u.id) ? update.variables?.patch.role : undefined;
                return (
                  <tr key={u.id} data-testid={`user-row-${u.email}`} className={cn(!u.active && "bg-slate-50/60")}>
                    <Td>
                      <div className={cn("font-medium text-slate-900", !u.active && "text-slate-500")}>
                        {u.email}
                        {self && (
                          <Badge className="ml-2" tone="blue">
                            You
                          </Badge>
                        )}
                      </div>
                      <div className="text-xs text-slate-500">{u.name || "No name set"}</div>
                    </Td>
                    <Td>
                      {self || !u.active ? (
                        <AccessBadge access={u.role} />
                      ) : (
                        <div className="w-36">
                          <Select
                            aria-label={`Access level for ${u.email}`}
                            value={pendingRole ?? u.role}
                            disabled={busy(u.id)}
                            onChange={(e) => update.mutate({ user: u, patch: { role: e.target.value as Role } })}
                          >
                            {roles.map((r) => (
                              <option key={r} value={r}>
                                {roleLabels[r]}
                              </option>
                            ))}
                          </Select>
                        </div>
                      )}
                    </Td>
                    <Td>{u.active ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Deactivated</Badge>}</Td>
                    <Td>
                      <RelativeTime date={u.lastLoginAt} fallback="Never" />
                    </Td>
                    <Td className="text-right">
                      {self ? (
                        <span className="text-xs text-slate-400">Another admin can change your role</span>
                      ) : confirmingId === u.id ? (
                        <InlineConfirm
                          label={`Confirm deactivating ${u.email}`}
                          warning="Sign out and block this user?"
                          confirm="Confirm deactivate"
                          pending="Deactivating…"
                          busy={busy(u.id)}
                          onCancel={() => setConfirmingId(null)}
                          onConfirm={() => update.mutate({ user: u, patch: { active: false } })}
                        />
                      ) : u.active ? (
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={busy(u.id)}
                          onClick={() => setConfirmingId(u.id)}
                        >
                          Deactivate<span className="sr-only"> {u.email}</span>
                        </Button>
                      ) : (
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={busy(u.id)}
                          onClick={() => update.mutate({ user: u, patch: { active: true } })}
                        >
                          {busy(u.id) ? "Reactivating…" : "Reactivate"}
                          <span className="sr-only"> {u.email}</span>
                        </Button>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>

      {users.length === 1 && users[0].id === currentUserId && !formOpen && (
        <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-dashed border-slate-300 bg-white px-5 py-4">
          <div className="flex items-start gap-3">
            <span className="rounded-full bg-brand-50 p-2 text-brand-600">
              <Users className="size-4" aria-hidden />
            </span>
            <div>
              <p className="text-sm font-medium text-slate-900">It&apos;s just you so far</p>
              <p className="text-sm text-slate-500">
                Add your team: marketers set up networks and replay deliveries, analysts get read-only access. Each gets
                a password shown once.
              </p>
            </div>
          </div>
          <Button variant="secondary" onClick={openForm}>
            <UserPlus className="size-4" aria-hidden /> Add a teammate
          </Button>
        </div>
      )}
    </div>
  );
}
