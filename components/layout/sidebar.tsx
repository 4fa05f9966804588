"use client";
import { LogOut, Zap } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { cn } from "@/components/ui/cn";
import { can, type Role, roleLabels } from "@/lib/auth/permissions";
import { navItems } from "./nav";

export function Sidebar({ user }: { user: { email: string; name: string; role: Role } }) {
  const pathname = usePathname();
  const active = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  return (
    <aside className="fixed inset-y-0 left-0 flex w-60 flex-col border-r border-slate-800 bg-slate-900 text-slate-300">
      <div className="flex h-14 items-center gap-2 px-5 text-white">
        <span className="flex size-7 items-center justify-center rounded-md bg-brand-500">
          <Zap className="size-4" aria-hidden />
        </span>
        <span className="text-base font-semibold tracking-tight">Ricochet</span>
      </div>
      <nav aria-label="Main" className="flex-1 space-y-0.5 px-3 py-3">
        {navItems
          .filter((i) => can(user.role, i.permission))
          .map(({ href, label, icon: Icon }) => (
            <Link
              key={href}
              href={href}
              aria-current={active(href) ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors",
                active(href) ? "bg-slate-800 text-white" : "hover:bg-slate-800/60 hover:text-white",
              )}
            >
              <Icon className="size-4 shrink-0" aria-hidden />
              {label}
            </Link>
          ))}
      </nav>
      <div className="border-t border-slate-800 p-4">
        <p className="truncate text-sm font-medium text-white" title={user.email}>
          {user.name || user.email}
        </p>
        <p className="truncate text-xs text-slate-400">
          {user.email} · {roleLabels[user.role]}
        </p>
        <button
          type="button"
          onClick={() => signOut({ callbackUrl: "/login" })}
          className="mt-3 inline-flex items-center gap-2 text-xs font-medium text-slate-400 hover:text-white"
        >
          <LogOut className="size-3.5" aria-hidden /> Sign out
        </button>
      </div>
    </aside>
  );
}
