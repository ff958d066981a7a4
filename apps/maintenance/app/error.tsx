"use client";

import { ErrorState } from "@verticals/ui";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState
      title="This page could not be shown"
      message={error.message || "An unexpected error occurred."}
      action={
        <button type="button" className="vx-button" onClick={() => reset()}>
          Try again
        </button>
      }
    />
  );
}
