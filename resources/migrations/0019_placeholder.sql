-- SPDX-License-Identifier: MIT
-- placeholder: another branch's migration; the coordinator drops this file at merge.
SELECT 1;
