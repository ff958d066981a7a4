import { Card, EmptyState, PageHeader, SortableTable } from "@verticals/ui";
import { getStore } from "../../src/web/context";
import { loadRunView } from "../../src/web/run-view";
import { UploadForm } from "./UploadForm";

export const dynamic = "force-dynamic";

export default async function UploadPage() {
  const run = await loadRunView();
  if (!run) return <EmptyState title="No store yet" description="Train the model and fill the store first." command="pnpm verticals demo" />;
  const store = await getStore();
  const [first, uploads, calendarDays] = await Promise.all([
    store.series.findFirst({ select: { id: true, itemId: true, deptId: true, catId: true, storeId: true, stateId: true, lastDay: true }, orderBy: { id: "asc" } }),
    store.upload.findMany({ orderBy: { id: "desc" }, take: 20 }),
    store.calendarDay.count(),
  ]);
  const seriesCount = await store.series.count();
  const lastDay = first?.lastDay ?? 0;
  const lastDate = (await store.calendarDay.findUnique({ where: { day: lastDay } }))?.date ?? "";
  const example = first ? `id,item_id,dept_id,cat_id,store_id,state_id,d_${lastDay + 1},d_${lastDay + 2}\n${first.id},${first.itemId},${first.deptId},${first.catId},${first.storeId},${first.stateId},3,0\n…one line for each of the ${seriesCount} series` : "";
  return (
    <>
      <PageHeader
        eyebrow="Ingest"
        title="Upload new sales days"
        description={`The store holds d_1 to d_${lastDay} (up to ${lastDate}) for ${seriesCount} series; the calendar runs to d_${calendarDays}. A file is checked completely and stored whole, or rejected whole with every problem listed.`}
      />
      <div className="dm-stack">
      <Card title="Upload" subtitle={`Next day expected: d_${lastDay + 1}. Whole units >= 0, every series, consecutive days, no gaps.`}>
        <UploadForm canReforecast={lastDay > run.originDay} />
      </Card>
      <Card title="Expected layout" subtitle="M5's sales_train file layout, with only the new day columns">
        <pre className="vx-command" style={{ whiteSpace: "pre-wrap" }}>
          <code>{example}</code>
        </pre>
      </Card>
      <Card title="Accepted uploads" padding="flush">
        <SortableTable
          columns={[
            { key: "createdAt", header: "Stored" },
            { key: "fileName", header: "File" },
            { key: "days", header: "Days" },
            { key: "series", header: "Series", format: "integer" },
            { key: "units", header: "Units", format: "integer" },
          ]}
          rows={uploads.map((u) => ({ id: u.id, createdAt: u.createdAt.toISOString().replace("T", " ").slice(0, 16), fileName: u.fileName, days: `d_${u.firstDay}..d_${u.lastDay}`, series: u.series, units: u.units }))}
          rowKey="id"
          empty="No uploads yet."
        />
      </Card>
      </div>
    </>
  );
}
