import Link from "next/link";
import { EmptyState } from "@verticals/ui";

export default function NotFound() {
  return <EmptyState title="Not found" description={<>This study or page does not exist. <Link href="/">Back to the worklist</Link></>} />;
}
