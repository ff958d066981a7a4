import Link from "next/link";
import { EmptyState } from "@verticals/ui";

export default function NotFound() {
  return <EmptyState title="Not found" description={<>There is no such engine or page. <Link href="/">Back to the fleet</Link>.</>} />;
}
