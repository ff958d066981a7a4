import Link from "next/link";
import { Card, Grid, PageHeader, Section, SortableTable } from "@verticals/ui";
import { MEASUREMENT_FIELDS } from "../../src/store/readings";
import { recentIngests } from "../../src/store/queries";
import { getStore } from "../../src/server/runtime";
import { NotReady } from "../_components/NotReady";
import { UploadForm } from "../_components/UploadForm";

export const dynamic = "force-dynamic";

const JSON_EXAMPLE = `POST /api/readings
{ "readings": [
  { "asset": "ENG-007", "cycle": 132,
    "settings": [0.0023, 0.0003, 100],
    "sensors": [518.67, 642.9, 1589.7, ... 21 values] } ] }`;

export default async function IngestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { asset: assetParam } = await searchParams;
  const store = await getStore();
  const assets = await store.asset.findMany({ select: { id: true, unit: true }, orderBy: { id: "asc" } });
  if (assets.length === 0) return <NotReady what="engines to add readings to" />;
  const chosen = assets.find((a) => a.id === assetParam) ?? assets[0]!;
  const last = await store.reading.findFirst({ where: { assetId: chosen.id }, orderBy: { cycle: "desc" } });
  // A template: the next cycle, with the last stored values (edit them before uploading).
  const template = last ? `${chosen.unit} ${last.cycle + 1} ${MEASUREMENT_FIELDS.map((f) => last[f]).join(" ")}` : "";
  const ingests = await recentIngests(store);

  return (
    <>
      <PageHeader
        eyebrow="Ingest"
        title="Add sensor readings"
        description="Upload new cycles for engines in the fleet, in NASA's C-MAPSS row layout. Each engine's cycles must continue its history one by one; a bad row rejects the whole upload with the row and column named."
      />
      <Grid template="minmax(0, 1.4fr) minmax(0, 1fr)">
        <Card title="Upload" subtitle={`The box holds a template: the next cycle of ${chosen.id} with its last readings`}>
          <UploadForm template={template} />
        </Card>
        <Card title="Format" subtitle="One cycle per line, 26 numbers separated by spaces or commas">
          <ol className="mt-list">
            <li>unit (the engine number, e.g. {chosen.unit} for {chosen.id})</li>
            <li>cycle (the next one after the last stored: {last ? last.cycle + 1 : 1})</li>
            <li>op_setting_1..3</li>
            <li>sensor_1..sensor_21</li>
          </ol>
          <p className="mt-note">NASA&apos;s test_FD001.txt rows work as they are. From a program, send JSON:</p>
          <pre className="mt-code">{JSON_EXAMPLE}</pre>
          <p className="mt-note">
            Other engines: {assets.slice(0, 8).map((a, i) => (
              <span key={a.id}>
                {i ? ", " : ""}
                <Link href={`/ingest?asset=${a.id}`}>{a.id}</Link>
              </span>
            ))}
            {assets.length > 8 ? ` and ${assets.length - 8} more` : ""}.
          </p>
        </Card>
      </Grid>
      <Section title="Recent uploads">
        <Card padding="flush">
          <SortableTable
            testId="recent-ingests"
            rowKey="id"
            initialSort={{ key: "id", direction: "desc" }}
            empty="No uploads yet."
            columns={[
              { key: "id", header: "Upload", format: "integer" },
              { key: "when", header: "When" },
              { key: "source", header: "As" },
              { key: "engines", header: "Engines and cycles", sortable: false },
              { key: "plan", header: "New plan" },
            ]}
            rows={ingests.map((i) => ({
              id: i.id,
              when: i.createdAt.toISOString().replace("T", " ").slice(0, 19) + " UTC",
              source: i.source === "csv" ? "CSV" : "JSON",
              engines: i.assets.map((a) => `${a.id} ${a.fromCycle}–${a.toCycle}`).join(", "),
              plan: `#${i.planId}`,
            }))}
          />
        </Card>
      </Section>
    </>
  );
}
