-- SPDX-License-Identifier: MIT
-- The saga monitor lists sagas of chosen statuses newest first (keyset on created_at, id): one index range per
-- status, so the unfinished and failed stay quick to page however many completed sagas pile up.
CREATE INDEX sagas_status_created ON sagas (status, created_at DESC, id DESC);
