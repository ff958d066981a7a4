-- AlterTable
ALTER TABLE "studies" ADD COLUMN "embedding" BLOB;
ALTER TABLE "studies" ADD COLUMN "embeddingModel" TEXT;

-- CreateTable
CREATE TABLE "reference_cases" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seedKey" TEXT NOT NULL,
    "pixels" BLOB NOT NULL,
    "label" INTEGER NOT NULL,
    "embedding" BLOB NOT NULL,
    "embeddingModel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "reference_cases_seedKey_key" ON "reference_cases"("seedKey");

-- CreateIndex
CREATE INDEX "reference_cases_embeddingModel_idx" ON "reference_cases"("embeddingModel");
