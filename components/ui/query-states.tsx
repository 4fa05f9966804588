import { SearchX } from "lucide-react";
import { ApiRequestError } from "./api";
import { ButtonLink } from "./button";
import { EmptyState } from "./empty-state";
import { Skeleton } from "./skeleton";

/** Placeholder for a detail page while its query loads: a title bar and two blocks. */
export function DetailSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-6">
      <Skeleton className="h-8 w-80" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}

/** A detail query that failed: "not found" (404) explained, anything else with the server's message. */
export function LoadFailed({
  error,
  missingTitle,
  failedTitle,
  missing,
  back,
}: {
  error: Error;
  missingTitle: string;
  failedTitle: string;
  missing: React.ReactNode;
  back: { href: string; label: string };
}) {
  const notFound = error instanceof ApiRequestError && error.status === 404;
  return (
    <EmptyState
      icon={SearchX}
      title={notFound ? missingTitle : failedTitle}
      action={
        <ButtonLink href={back.href} variant="secondary">
          {back.label}
        </ButtonLink>
      }
    >
      {notFound ? missing : error.message}
    </EmptyState>
  );
}
