import { Sidebar } from "@/components/layout/sidebar";
import { pageActor } from "@/lib/auth/page";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor();
  return (
    <div className="min-h-screen">
      <Sidebar user={{ email: actor.email, name: actor.name, role: actor.access }} />
      <main className="pl-60">
        <div className="mx-auto max-w-[1400px] px-8 py-8">{children}</div>
      </main>
    </div>
  );
}
