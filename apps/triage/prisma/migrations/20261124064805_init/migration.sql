-- CreateTable
CREATE TABLE "runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelVersion" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trainedAt" DATETIME NOT NULL,
    "backend" TEXT NOT NULL,
    "trainSeconds" REAL NOT NULL,
    "dataKind" TEXT NOT NULL,
    "dataName" TEXT NOT NULL,
    "reportSplit" TEXT NOT NULL,
    "threshold" REAL NOT NULL,
    "targetSensitivity" REAL NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "curvesJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "studies" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "accession" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "arrivedAt" DATETIME NOT NULL,
    "pixels" BLOB NOT NULL,
    "previewWidth" INTEGER NOT NULL,
    "previewHeight" INTEGER NOT NULL,
    "preview" BLOB NOT NULL,
    "originalWidth" INTEGER NOT NULL,
    "originalHeight" INTEGER NOT NULL,
    "deidentifiedDicom" BLOB,
    "deidReportJson" TEXT,
    "groundTruth" INTEGER,
    "seedKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "predictions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" INTEGER NOT NULL,
    "runId" INTEGER NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "logit" REAL NOT NULL,
    "probability" REAL NOT NULL,
    "threshold" REAL NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "predictions_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "studies" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "predictions_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "heatmaps" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "predictionId" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "valuesJson" TEXT NOT NULL,
    CONSTRAINT "heatmaps_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "predictions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "decisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "studyId" INTEGER NOT NULL,
    "predictionId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "reader" TEXT NOT NULL,
    "note" TEXT,
    "modelVersion" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "decisions_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "studies" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "decisions_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "predictions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "studyId" INTEGER,
    "modelVersion" TEXT,
    "detailsJson" TEXT NOT NULL DEFAULT '{}'
);

-- CreateIndex
CREATE UNIQUE INDEX "runs_modelVersion_key" ON "runs"("modelVersion");

-- CreateIndex
CREATE UNIQUE INDEX "studies_accession_key" ON "studies"("accession");

-- CreateIndex
CREATE UNIQUE INDEX "studies_seedKey_key" ON "studies"("seedKey");

-- CreateIndex
CREATE INDEX "studies_arrivedAt_idx" ON "studies"("arrivedAt");

-- CreateIndex
CREATE INDEX "predictions_probability_idx" ON "predictions"("probability");

-- CreateIndex
CREATE UNIQUE INDEX "predictions_studyId_runId_key" ON "predictions"("studyId", "runId");

-- CreateIndex
CREATE UNIQUE INDEX "heatmaps_predictionId_key" ON "heatmaps"("predictionId");

-- CreateIndex
CREATE INDEX "decisions_studyId_idx" ON "decisions"("studyId");

-- CreateIndex
CREATE INDEX "audit_events_studyId_idx" ON "audit_events"("studyId");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");
