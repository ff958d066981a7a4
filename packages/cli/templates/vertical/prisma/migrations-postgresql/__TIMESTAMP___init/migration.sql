-- CreateTable
CREATE TABLE "runs" (
    "id" SERIAL NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trainedAt" TIMESTAMP(3) NOT NULL,
    "backend" TEXT NOT NULL,
    "trainSeconds" DOUBLE PRECISION NOT NULL,
    "dataKind" TEXT NOT NULL,
    "dataName" TEXT NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL,

    CONSTRAINT "runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scored_records" (
    "id" SERIAL NOT NULL,
    "externalId" TEXT NOT NULL,
    "runId" INTEGER NOT NULL,
    "scoredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "featuresJson" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "label" INTEGER,

    CONSTRAINT "scored_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "runs_modelVersion_key" ON "runs"("modelVersion");

-- CreateIndex
CREATE INDEX "scored_records_scoredAt_idx" ON "scored_records"("scoredAt");

-- CreateIndex
CREATE INDEX "scored_records_flagged_probability_idx" ON "scored_records"("flagged", "probability");

-- CreateIndex
CREATE UNIQUE INDEX "scored_records_runId_externalId_key" ON "scored_records"("runId", "externalId");

-- AddForeignKey
ALTER TABLE "scored_records" ADD CONSTRAINT "scored_records_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
