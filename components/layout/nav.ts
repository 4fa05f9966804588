import { Activity, BarChart3, Inbox, LayoutDashboard, ListChecks, Network, Send, Settings } from "lucide-react";
import type { Permission } from "@/lib/auth/permissions";

export const navItems: { href: string; label: string; icon: typeof Activity; permission: Permission }[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard, permission: "networks:read" },
  { href: "/networks", label: "Networks", icon: Network, permission: "networks:read" },
  { href: "/rules", label: "Rules", icon: ListChecks, permission: "networks:read" },
  { href: "/events", label: "Events", icon: Inbox, permission: "events:read" },
  { href: "/deliveries", label: "Deliveries", icon: Send, permission: "deliveries:read" },
  { href: "/reconciliation", label: "Reconciliation", icon: BarChart3, permission: "reconciliation:read" },
  { href: "/monitoring", label: "Monitoring", icon: Activity, permission: "monitoring:read" },
  { href: "/settings", label: "Settings", icon: Settings, permission: "users:manage" },
];
