import { EmptyState } from "@verticals/ui";

/** What every page shows before the first model is trained and the store seeded. */
export function NoModel() {
  return (
    <EmptyState
      title="No trained model in the store yet"
      description="Train the model and fill the store with held-back transactions (synthetic data is generated if no real data is configured):"
      command="pnpm verticals demo"
    />
  );
}
