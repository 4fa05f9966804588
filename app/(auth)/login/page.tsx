import { Zap } from "lucide-react";
import { LoginForm } from "@/components/auth/login-form";

export const metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <div className="flex min-h-screen items-center justify-center bg-gradient-to-br from-slate-900 via-slate-900 to-brand-900 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex items-center justify-center gap-2 text-white">
          <span className="flex size-9 items-center justify-center rounded-lg bg-brand-500">
            <Zap className="size-5" aria-hidden />
          </span>
          <span className="text-2xl font-semibold tracking-tight">Ricochet</span>
        </div>
        <div className="rounded-xl bg-white p-8 shadow-2xl">
          <h1 className="text-lg font-semibold text-slate-900">Sign in</h1>
          <p className="mt-1 text-sm text-slate-500">Postbacks to your ad networks, delivered and accounted for.</p>
          <LoginForm callbackUrl={target} />
        </div>
      </div>
    </div>
  );
}
