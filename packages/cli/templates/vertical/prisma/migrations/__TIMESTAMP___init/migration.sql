-- CreateTable
CREATE TABLE "runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelVersion" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trainedAt" DATETIME NOT NULL,
    "backend" TEXT NOT NULL,
    "trainSeconds" REAL NOT NULL,
    "dataKind" TEXT NOT NULL,
    "dataName" TEXT NOT NULL,
    "threshold" REAL NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "scored_records" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT NOT NULL,
    "runId" INTEGER NOT NULL,
    "scoredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "featuresJson" TEXT NOT NULL,
    "probability" REAL NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "label" INTEGER,
    CONSTRAINT "scored_records_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "runs_modelVersion_key" ON "runs"("modelVersion");

-- CreateIndex
CREATE INDEX "scored_records_scoredAt_idx" ON "scored_records"("scoredAt");

-- CreateIndex
CREATE INDEX "scored_records_flagged_probability_idx" ON "scored_records"("flagged", "probability");

-- CreateIndex
CREATE UNIQUE INDEX "scored_records_runId_externalId_key" ON "scored_records"("runId", "externalId");
