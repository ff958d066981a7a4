import { EmptyState, PageHeader } from "@verticals/ui";
import { INVENTORY_ASSUMPTION } from "../../src/pipeline/orders";
import { env } from "../../src/web/context";
import { summariseOrders } from "../../src/web/order-summary";
import { ordersFor } from "../../src/web/orders-service";
import { loadRunView } from "../../src/web/run-view";
import { OrdersPanel } from "./OrdersPanel";

export const dynamic = "force-dynamic";

export default async function OrdersPage() {
  const run = await loadRunView();
  if (!run) return <EmptyState title="No forecast yet" description="Train the model and fill the store first." command="pnpm verticals demo" />;
  const policy = env().policy;
  const orders = await ordersFor(run, policy);
  return (
    <>
      <PageHeader
        eyebrow={`Replenishment · forecast from ${run.forecastStart}`}
        title="What to order"
        description="Reorder point, order-up-to level and safety stock per item and store, from the forecast's full distribution of demand (not just its average), so slow and lumpy items get the buffer they need."
      />
      <OrdersPanel initial={{ policy, summary: summariseOrders(orders), orders }} horizon={run.horizon} assumption={`* ${INVENTORY_ASSUMPTION}`} />
    </>
  );
}
