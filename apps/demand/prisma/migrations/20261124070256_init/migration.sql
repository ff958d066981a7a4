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
    "originDay" INTEGER NOT NULL,
    "forecastStart" TEXT NOT NULL,
    "horizon" INTEGER NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "cardJson" TEXT NOT NULL,
    "dispersionJson" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "series" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "deptId" TEXT NOT NULL,
    "catId" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,
    "demandClass" TEXT NOT NULL,
    "adi" REAL NOT NULL,
    "cv2" REAL NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "salesJson" TEXT NOT NULL,
    "pricesJson" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "calendar_days" (
    "day" INTEGER NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "wmYrWk" INTEGER NOT NULL,
    "eventName1" TEXT,
    "eventType1" TEXT,
    "eventName2" TEXT,
    "eventType2" TEXT,
    "snapCA" BOOLEAN NOT NULL,
    "snapTX" BOOLEAN NOT NULL,
    "snapWI" BOOLEAN NOT NULL
);

-- CreateTable
CREATE TABLE "forecasts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "seriesId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "h" INTEGER NOT NULL,
    "mean" REAL NOT NULL,
    "p025" REAL NOT NULL,
    "p10" REAL NOT NULL,
    "p50" REAL NOT NULL,
    "p90" REAL NOT NULL,
    "p975" REAL NOT NULL,
    CONSTRAINT "forecasts_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "forecasts_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "series" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "hierarchy_forecasts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "h" INTEGER NOT NULL,
    "mean" REAL NOT NULL,
    "p025" REAL NOT NULL,
    "p10" REAL NOT NULL,
    "p50" REAL NOT NULL,
    "p90" REAL NOT NULL,
    "p975" REAL NOT NULL,
    CONSTRAINT "hierarchy_forecasts_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "orders" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "seriesId" TEXT NOT NULL,
    "leadTimeDays" INTEGER NOT NULL,
    "reviewDays" INTEGER NOT NULL,
    "serviceLevel" REAL NOT NULL,
    "inventoryPosition" REAL NOT NULL,
    "leadTimeDemand" REAL NOT NULL,
    "protectionDemand" REAL NOT NULL,
    "reorderPoint" INTEGER NOT NULL,
    "orderUpTo" INTEGER NOT NULL,
    "safetyStock" REAL NOT NULL,
    "orderQuantity" INTEGER NOT NULL,
    "stockoutRisk" REAL NOT NULL,
    "stockoutRiskWithoutOrder" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "orders_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "orders_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "series" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "uploads" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileName" TEXT NOT NULL,
    "firstDay" INTEGER NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "series" INTEGER NOT NULL,
    "units" INTEGER NOT NULL
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
