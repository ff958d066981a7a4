-- CreateTable
CREATE TABLE "model_runs" (
    "id" SERIAL NOT NULL,
    "version" TEXT NOT NULL,
    "trainedAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "backend" TEXT NOT NULL,
    "dataKind" TEXT NOT NULL,
    "dataName" TEXT NOT NULL,
    "alertThreshold" DOUBLE PRECISION NOT NULL,
    "blockThreshold" DOUBLE PRECISION NOT NULL,
    "costMissedFraud" DOUBLE PRECISION NOT NULL,
    "costReview" DOUBLE PRECISION NOT NULL,
    "evaluationJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL,

    CONSTRAINT "model_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "uploads" (
    "id" SERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "uploads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scored_transactions" (
    "id" SERIAL NOT NULL,
    "reference" TEXT,
    "source" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "uploadId" INTEGER,
    "time" DOUBLE PRECISION NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "componentsJson" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "decision" TEXT NOT NULL,
    "explanationJson" TEXT,
    "knownClass" INTEGER,
    "scoredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scored_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" SERIAL NOT NULL,
    "transactionId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_runs_version_key" ON "model_runs"("version");

-- CreateIndex
CREATE INDEX "scored_transactions_scoredAt_idx" ON "scored_transactions"("scoredAt");

-- CreateIndex
CREATE INDEX "scored_transactions_decision_probability_idx" ON "scored_transactions"("decision", "probability");

-- CreateIndex
CREATE INDEX "scored_transactions_source_idx" ON "scored_transactions"("source");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_transactionId_key" ON "reviews"("transactionId");

-- AddForeignKey
ALTER TABLE "scored_transactions" ADD CONSTRAINT "scored_transactions_modelVersion_fkey" FOREIGN KEY ("modelVersion") REFERENCES "model_runs"("version") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scored_transactions" ADD CONSTRAINT "scored_transactions_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "uploads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "scored_transactions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
