-- CreateTable
CREATE TABLE "model_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" TEXT NOT NULL,
    "trainedAt" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "backend" TEXT NOT NULL,
    "dataKind" TEXT NOT NULL,
    "dataName" TEXT NOT NULL,
    "alertThreshold" REAL NOT NULL,
    "blockThreshold" REAL NOT NULL,
    "costMissedFraud" REAL NOT NULL,
    "costReview" REAL NOT NULL,
    "evaluationJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "uploads" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileName" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "scored_transactions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reference" TEXT,
    "source" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "uploadId" INTEGER,
    "time" REAL NOT NULL,
    "amount" REAL NOT NULL,
    "componentsJson" TEXT NOT NULL,
    "probability" REAL NOT NULL,
    "decision" TEXT NOT NULL,
    "explanationJson" TEXT,
    "knownClass" INTEGER,
    "scoredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "scored_transactions_modelVersion_fkey" FOREIGN KEY ("modelVersion") REFERENCES "model_runs" ("version") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "scored_transactions_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "uploads" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "transactionId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "reviewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "reviews_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "scored_transactions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
