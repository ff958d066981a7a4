import { LoadingState } from "@verticals/ui";

export default function Loading() {
  return <LoadingState label="Loading the forecast…" />;
}
