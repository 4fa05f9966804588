-- CreateIndex
CREATE INDEX "Delivery_status_completedAt_idx" ON "Delivery"("status", "completedAt");

