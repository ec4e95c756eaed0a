-- SPDX-License-Identifier: MIT
-- The support lead (domain/roles.h): customer service who may also approve refunds above the approval limit
-- (issue 7). The roles column only admits names the program knows.

ALTER TABLE users DROP CONSTRAINT users_roles_check;
ALTER TABLE users ADD CONSTRAINT users_roles_check
    CHECK (cardinality(roles) > 0
           AND roles <@ ARRAY['customer', 'vendor', 'merchandiser', 'warehouse', 'support', 'support_lead', 'admin']);
