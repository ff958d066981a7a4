-- AlterTable
ALTER TABLE "studies" ADD COLUMN     "embedding" BYTEA,
ADD COLUMN     "embeddingModel" TEXT;

-- CreateTable
CREATE TABLE "reference_cases" (
    "id" SERIAL NOT NULL,
    "seedKey" TEXT NOT NULL,
    "pixels" BYTEA NOT NULL,
    "label" INTEGER NOT NULL,
    "embedding" BYTEA NOT NULL,
    "embeddingModel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reference_cases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reference_cases_seedKey_key" ON "reference_cases"("seedKey");

-- CreateIndex
CREATE INDEX "reference_cases_embeddingModel_idx" ON "reference_cases"("embeddingModel");
