import { Card, Grid, PageHeader } from "@verticals/ui";
import { LIMITS } from "../../src/scoring/validate";
import { UploadForm } from "../_components/UploadForm";

export const dynamic = "force-dynamic";

const example = `# one transaction (a JSON array scores a batch)
curl -X POST http://127.0.0.1:3101/api/score \\
  -H 'content-type: application/json' \\
  -d '{"Time": 406, "V1": -2.31, ..., "V28": -0.14,
       "Amount": 0, "reference": "txn-42"}'

# a file, stored whole or not at all
curl -X POST http://127.0.0.1:3101/api/score \\
  -H 'content-type: text/csv' \\
  -H 'x-file-name: creditcard.csv' \\
  --data-binary @creditcard.csv`;

export default function ScorePage() {
  return (
    <>
      <PageHeader
        eyebrow="Scoring"
        title="Score a file"
        description="Upload transactions in the creditcard.csv schema (Time, V1..V28, Amount; Class and reference optional). The whole file is checked first: one bad row rejects the file, naming every row at fault, and nothing is stored."
      />
      <Grid columns={2}>
        <Card title="Upload a CSV" subtitle={`Up to ${LIMITS.csvRows.toLocaleString("en-US")} rows and ${LIMITS.csvBytes / 1024 / 1024} MB per file`}>
          <UploadForm />
          <ol className="fraud-steps">
            <li>Every row is checked: all 30 fields present, numbers, finite, in range; no unknown columns.</li>
            <li>All rows are scored by the current model; alerts get their explanation.</li>
            <li>The file is stored in one database transaction, and its alerts join the review queue.</li>
          </ol>
          <p className="fraud-note">
            The review queue&apos;s export (<a href="/api/export">/api/export</a>) is a valid upload: it is the same schema, with the analysts&apos; verdicts as Class.
          </p>
        </Card>
        <Card title="Or call the API" subtitle="POST /api/score: one transaction, a batch, or a file">
          <pre className="fraud-code">{example}</pre>
          <p className="fraud-note">
            Bad input gets a 4xx with every problem named: 400 malformed JSON, 413 too large, 415 wrong content type, 422 missing or unknown field, wrong type, non-finite or out-of-range value.
          </p>
        </Card>
      </Grid>
    </>
  );
}
