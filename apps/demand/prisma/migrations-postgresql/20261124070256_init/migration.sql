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
    "originDay" INTEGER NOT NULL,
    "forecastStart" TEXT NOT NULL,
    "horizon" INTEGER NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL,
    "dispersionJson" TEXT NOT NULL,

    CONSTRAINT "runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "series" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "deptId" TEXT NOT NULL,
    "catId" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,
    "demandClass" TEXT NOT NULL,
    "adi" DOUBLE PRECISION NOT NULL,
    "cv2" DOUBLE PRECISION NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "salesJson" TEXT NOT NULL,
    "pricesJson" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_days" (
    "day" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "wmYrWk" INTEGER NOT NULL,
    "eventName1" TEXT,
    "eventType1" TEXT,
    "eventName2" TEXT,
    "eventType2" TEXT,
    "snapCA" BOOLEAN NOT NULL,
    "snapTX" BOOLEAN NOT NULL,
    "snapWI" BOOLEAN NOT NULL,

    CONSTRAINT "calendar_days_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "forecasts" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "seriesId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "h" INTEGER NOT NULL,
    "mean" DOUBLE PRECISION NOT NULL,
    "p025" DOUBLE PRECISION NOT NULL,
    "p10" DOUBLE PRECISION NOT NULL,
    "p50" DOUBLE PRECISION NOT NULL,
    "p90" DOUBLE PRECISION NOT NULL,
    "p975" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "forecasts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hierarchy_forecasts" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "h" INTEGER NOT NULL,
    "mean" DOUBLE PRECISION NOT NULL,
    "p025" DOUBLE PRECISION NOT NULL,
    "p10" DOUBLE PRECISION NOT NULL,
    "p50" DOUBLE PRECISION NOT NULL,
    "p90" DOUBLE PRECISION NOT NULL,
    "p975" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "hierarchy_forecasts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "seriesId" TEXT NOT NULL,
    "leadTimeDays" INTEGER NOT NULL,
    "reviewDays" INTEGER NOT NULL,
    "serviceLevel" DOUBLE PRECISION NOT NULL,
    "inventoryPosition" DOUBLE PRECISION NOT NULL,
    "leadTimeDemand" DOUBLE PRECISION NOT NULL,
    "protectionDemand" DOUBLE PRECISION NOT NULL,
    "reorderPoint" INTEGER NOT NULL,
    "orderUpTo" INTEGER NOT NULL,
    "safetyStock" DOUBLE PRECISION NOT NULL,
    "orderQuantity" INTEGER NOT NULL,
    "stockoutRisk" DOUBLE PRECISION NOT NULL,
    "stockoutRiskWithoutOrder" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "uploads" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileName" TEXT NOT NULL,
    "firstDay" INTEGER NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "series" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,

    CONSTRAINT "uploads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "runs_modelVersion_originDay_key" ON "runs"("modelVersion", "originDay");

-- CreateIndex
CREATE UNIQUE INDEX "series_itemId_storeId_key" ON "series"("itemId", "storeId");

-- CreateIndex
CREATE INDEX "series_storeId_idx" ON "series"("storeId");

-- CreateIndex
CREATE INDEX "series_deptId_idx" ON "series"("deptId");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_days_date_key" ON "calendar_days"("date");

-- CreateIndex
CREATE UNIQUE INDEX "forecasts_runId_kind_seriesId_day_key" ON "forecasts"("runId", "kind", "seriesId", "day");

-- CreateIndex
CREATE INDEX "forecasts_seriesId_idx" ON "forecasts"("seriesId");

-- CreateIndex
CREATE UNIQUE INDEX "hierarchy_forecasts_runId_kind_level_key_day_key" ON "hierarchy_forecasts"("runId", "kind", "level", "key", "day");

-- CreateIndex
CREATE UNIQUE INDEX "orders_runId_seriesId_key" ON "orders"("runId", "seriesId");

-- AddForeignKey
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hierarchy_forecasts" ADD CONSTRAINT "hierarchy_forecasts_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;
