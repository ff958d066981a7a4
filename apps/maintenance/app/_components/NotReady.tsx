import { EmptyState } from "@verticals/ui";

/** What a page shows before the models are trained and the store is seeded. */
export function NotReady({ what }: { what: string }) {
  return (
    <EmptyState
      title={`No ${what} yet`}
      description="Train the models and load the fleet first (synthetic data is generated when the real datasets are absent):"
      command="pnpm verticals demo    # or: pnpm verticals train maintenance && pnpm --filter @verticals/maintenance seed"
    />
  );
}
