import { ShieldAlert } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function Forbidden({ what = "this page" }: { what?: string }) {
  return (
    <div data-testid="forbidden" className="mx-auto max-w-2xl pt-10">
      <EmptyState
        icon={ShieldAlert}
        title="Access denied"
        action={
          <ButtonLink href="/" variant="secondary">
            Back to overview
          </ButtonLink>
        }
      >
        Your role does not allow access to {what}. Ask an admin if you need it.
      </EmptyState>
    </div>
  );
}
