import { Network } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Postbacks to your ad networks at a glance." />
      <EmptyState icon={Network} title="Connect your first ad network" action={<ButtonLink href="/networks">Add a network</ButtonLink>}>
        Ricochet forwards the conversions your MMP attributes to each ad network. Start by adding a network and its postback URL.
      </EmptyState>
    </>
  );
}
