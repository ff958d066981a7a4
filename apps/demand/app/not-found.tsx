import { EmptyState } from "@verticals/ui";

export default function NotFound() {
  return <EmptyState title="Page not found" description="Use the tabs above: Overview, Explorer, Accuracy, Orders, What-if, Upload sales, Model card." />;
}
