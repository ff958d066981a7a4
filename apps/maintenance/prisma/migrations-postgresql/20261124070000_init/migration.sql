-- CreateTable
CREATE TABLE "assets" (
    "id" TEXT NOT NULL,
    "unit" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "failureCycle" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "readings" (
    "id" SERIAL NOT NULL,
    "assetId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "setting1" DOUBLE PRECISION NOT NULL,
    "setting2" DOUBLE PRECISION NOT NULL,
    "setting3" DOUBLE PRECISION NOT NULL,
    "sensor1" DOUBLE PRECISION NOT NULL,
    "sensor2" DOUBLE PRECISION NOT NULL,
    "sensor3" DOUBLE PRECISION NOT NULL,
    "sensor4" DOUBLE PRECISION NOT NULL,
    "sensor5" DOUBLE PRECISION NOT NULL,
    "sensor6" DOUBLE PRECISION NOT NULL,
    "sensor7" DOUBLE PRECISION NOT NULL,
    "sensor8" DOUBLE PRECISION NOT NULL,
    "sensor9" DOUBLE PRECISION NOT NULL,
    "sensor10" DOUBLE PRECISION NOT NULL,
    "sensor11" DOUBLE PRECISION NOT NULL,
    "sensor12" DOUBLE PRECISION NOT NULL,
    "sensor13" DOUBLE PRECISION NOT NULL,
    "sensor14" DOUBLE PRECISION NOT NULL,
    "sensor15" DOUBLE PRECISION NOT NULL,
    "sensor16" DOUBLE PRECISION NOT NULL,
    "sensor17" DOUBLE PRECISION NOT NULL,
    "sensor18" DOUBLE PRECISION NOT NULL,
    "sensor19" DOUBLE PRECISION NOT NULL,
    "sensor20" DOUBLE PRECISION NOT NULL,
    "sensor21" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "readings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "predictions" (
    "id" SERIAL NOT NULL,
    "assetId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "rul" DOUBLE PRECISION NOT NULL,
    "rulP05" DOUBLE PRECISION NOT NULL,
    "rulP10" DOUBLE PRECISION NOT NULL,
    "rulP90" DOUBLE PRECISION NOT NULL,
    "rulP95" DOUBLE PRECISION NOT NULL,
    "failProb" DOUBLE PRECISION NOT NULL,
    "horizonCycles" INTEGER NOT NULL,
    "health" DOUBLE PRECISION NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "predictions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trigger" TEXT NOT NULL,
    "horizonCycles" INTEGER NOT NULL,
    "slotCycles" INTEGER NOT NULL,
    "crewsPerSlot" INTEGER NOT NULL,
    "plannedStopCost" DOUBLE PRECISION NOT NULL,
    "unplannedFailureCost" DOUBLE PRECISION NOT NULL,
    "expectedCost" DOUBLE PRECISION NOT NULL,
    "runToFailureCost" DOUBLE PRECISION NOT NULL,
    "expectedSaving" DOUBLE PRECISION NOT NULL,
    "servicedCount" INTEGER NOT NULL,
    "realisedCost" DOUBLE PRECISION,
    "realisedRunToFailureCost" DOUBLE PRECISION,
    "modelVersion" TEXT NOT NULL,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_items" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "assetId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "slot" INTEGER,
    "serviceAt" INTEGER,
    "failProb" DOUBLE PRECISION NOT NULL,
    "rul" DOUBLE PRECISION NOT NULL,
    "expectedCost" DOUBLE PRECISION NOT NULL,
    "runToFailureCost" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "plan_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "runs" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "backend" TEXT NOT NULL,
    "trainSeconds" DOUBLE PRECISION NOT NULL,
    "metricsJson" TEXT NOT NULL,
    "baselineJson" TEXT NOT NULL,
    "detailJson" TEXT NOT NULL,

    CONSTRAINT "runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "failure_scores" (
    "id" SERIAL NOT NULL,
    "udi" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "productType" TEXT NOT NULL,
    "airK" DOUBLE PRECISION NOT NULL,
    "processK" DOUBLE PRECISION NOT NULL,
    "rpm" DOUBLE PRECISION NOT NULL,
    "torqueNm" DOUBLE PRECISION NOT NULL,
    "toolWearMin" DOUBLE PRECISION NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "likelyMode" TEXT,
    "machineFailure" INTEGER NOT NULL,
    "trueModes" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,

    CONSTRAINT "failure_scores_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "readings" ADD CONSTRAINT "readings_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "predictions" ADD CONSTRAINT "predictions_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
