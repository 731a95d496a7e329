-- A number-block request with a clientRequestId remembers the block it reserved, so a retry
-- returns that block instead of reserving another.
ALTER TABLE idempotency ADD COLUMN block_id TEXT;

-- Offline tickets bring a public token made by the kiosk. Central's own tokens are random, but a
-- kiosk's could repeat: one status link must never lead to two citizens. Transfer successors share
-- their predecessor's token on purpose, as they share its number.
CREATE UNIQUE INDEX tickets_unique_public_token ON tickets (public_token) WHERE transferred_from IS NULL;

-- Finding the block that holds a number a kiosk issued offline.
CREATE INDEX number_blocks_branch_service_day ON number_blocks (branch, service, day);
