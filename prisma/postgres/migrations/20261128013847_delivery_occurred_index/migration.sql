-- CreateIndex
CREATE INDEX "Delivery_networkId_occurredAt_idx" ON "Delivery"("networkId", "occurredAt");

