-- SPDX-License-Identifier: MIT
-- Placeholder for another helper's migration 0016 (the coordinator drops it at merge).
SELECT 1;
