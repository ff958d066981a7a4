-- CreateTable
CREATE TABLE "assets" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unit" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "failureCycle" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "readings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assetId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "setting1" REAL NOT NULL,
    "setting2" REAL NOT NULL,
    "setting3" REAL NOT NULL,
    "sensor1" REAL NOT NULL,
    "sensor2" REAL NOT NULL,
    "sensor3" REAL NOT NULL,
    "sensor4" REAL NOT NULL,
    "sensor5" REAL NOT NULL,
    "sensor6" REAL NOT NULL,
    "sensor7" REAL NOT NULL,
    "sensor8" REAL NOT NULL,
    "sensor9" REAL NOT NULL,
    "sensor10" REAL NOT NULL,
    "sensor11" REAL NOT NULL,
    "sensor12" REAL NOT NULL,
    "sensor13" REAL NOT NULL,
    "sensor14" REAL NOT NULL,
    "sensor15" REAL NOT NULL,
    "sensor16" REAL NOT NULL,
    "sensor17" REAL NOT NULL,
    "sensor18" REAL NOT NULL,
    "sensor19" REAL NOT NULL,
    "sensor20" REAL NOT NULL,
    "sensor21" REAL NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "readings_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "assets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "predictions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assetId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "rul" REAL NOT NULL,
    "rulP05" REAL NOT NULL,
    "rulP10" REAL NOT NULL,
    "rulP90" REAL NOT NULL,
    "rulP95" REAL NOT NULL,
    "failProb" REAL NOT NULL,
    "horizonCycles" INTEGER NOT NULL,
    "health" REAL NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "predictions_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "assets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "plans" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trigger" TEXT NOT NULL,
    "horizonCycles" INTEGER NOT NULL,
    "slotCycles" INTEGER NOT NULL,
    "crewsPerSlot" INTEGER NOT NULL,
    "plannedStopCost" REAL NOT NULL,
    "unplannedFailureCost" REAL NOT NULL,
    "expectedCost" REAL NOT NULL,
    "runToFailureCost" REAL NOT NULL,
    "expectedSaving" REAL NOT NULL,
    "servicedCount" INTEGER NOT NULL,
    "realisedCost" REAL,
    "realisedRunToFailureCost" REAL,
    "modelVersion" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "plan_items" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "assetId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "slot" INTEGER,
    "serviceAt" INTEGER,
    "failProb" REAL NOT NULL,
    "rul" REAL NOT NULL,
    "expectedCost" REAL NOT NULL,
    "runToFailureCost" REAL NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "plan_items_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plans" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "plan_items_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "assets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "backend" TEXT NOT NULL,
    "trainSeconds" REAL NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "baselineJson" TEXT NOT NULL,
    "detailJson" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "failure_scores" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "udi" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "productType" TEXT NOT NULL,
    "airK" REAL NOT NULL,
    "processK" REAL NOT NULL,
    "rpm" REAL NOT NULL,
    "torqueNm" REAL NOT NULL,
    "toolWearMin" REAL NOT NULL,
    "probability" REAL NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "likelyMode" TEXT,
    "machineFailure" INTEGER NOT NULL,
    "trueModes" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "assets_unit_key" ON "assets"("unit");

-- CreateIndex
CREATE UNIQUE INDEX "readings_assetId_cycle_key" ON "readings"("assetId", "cycle");

-- CreateIndex
CREATE INDEX "predictions_assetId_idx" ON "predictions"("assetId");

-- CreateIndex
CREATE UNIQUE INDEX "predictions_assetId_cycle_key" ON "predictions"("assetId", "cycle");

-- CreateIndex
CREATE INDEX "plans_createdAt_idx" ON "plans"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "plan_items_planId_assetId_key" ON "plan_items"("planId", "assetId");

-- CreateIndex
CREATE INDEX "runs_kind_model_idx" ON "runs"("kind", "model");

-- CreateIndex
CREATE UNIQUE INDEX "failure_scores_udi_key" ON "failure_scores"("udi");

-- CreateIndex
CREATE INDEX "failure_scores_probability_idx" ON "failure_scores"("probability");
