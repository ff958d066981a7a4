import Link from "next/link";
import { EmptyState } from "@verticals/ui";

export default function NotFound() {
  return <EmptyState title="Not found" description={<>This page does not exist. <Link href="/">Back to the overview</Link></>} />;
}
