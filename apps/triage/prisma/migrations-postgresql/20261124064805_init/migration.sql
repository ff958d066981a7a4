-- CreateTable
CREATE TABLE "runs" (
    "id" SERIAL NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trainedAt" TIMESTAMP(3) NOT NULL,
    "backend" TEXT NOT NULL,
    "trainSeconds" DOUBLE PRECISION NOT NULL,
    "dataKind" TEXT NOT NULL,
    "dataName" TEXT NOT NULL,
    "reportSplit" TEXT NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "targetSensitivity" DOUBLE PRECISION NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "curvesJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL,

    CONSTRAINT "runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "studies" (
    "id" SERIAL NOT NULL,
    "accession" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "arrivedAt" TIMESTAMP(3) NOT NULL,
    "pixels" BYTEA NOT NULL,
    "previewWidth" INTEGER NOT NULL,
    "previewHeight" INTEGER NOT NULL,
    "preview" BYTEA NOT NULL,
    "originalWidth" INTEGER NOT NULL,
    "originalHeight" INTEGER NOT NULL,
    "deidentifiedDicom" BYTEA,
    "deidReportJson" TEXT,
    "groundTruth" INTEGER,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "studies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "predictions" (
    "id" SERIAL NOT NULL,
    "studyId" INTEGER NOT NULL,
    "runId" INTEGER NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "logit" DOUBLE PRECISION NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "predictions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "heatmaps" (
    "id" SERIAL NOT NULL,
    "predictionId" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "valuesJson" TEXT NOT NULL,

    CONSTRAINT "heatmaps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decisions" (
    "id" SERIAL NOT NULL,
    "studyId" INTEGER NOT NULL,
    "predictionId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "reader" TEXT NOT NULL,
    "note" TEXT,
    "modelVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "studyId" INTEGER,
    "modelVersion" TEXT,
    "detailsJson" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "predictions" ADD CONSTRAINT "predictions_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "studies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "predictions" ADD CONSTRAINT "predictions_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "heatmaps" ADD CONSTRAINT "heatmaps_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "predictions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "studies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "predictions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
