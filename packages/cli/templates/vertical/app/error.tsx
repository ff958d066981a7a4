"use client";

import { ErrorState } from "@verticals/ui";

// Next 16 passes `retry`, which re-fetches and re-renders the failed segment.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const message = error instanceof Error ? error.message : "The page could not be rendered.";
  return (
    <ErrorState
      title="This page failed to load"
      message={message}
      action={
        <button type="button" className="vx-button" onClick={() => retry()}>
          Try again
        </button>
      }
    />
  );
}
