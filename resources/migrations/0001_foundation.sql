-- SPDX-License-Identifier: MIT
-- Released migrations are never edited: add a new numbered file instead (the server checks checksums).

-- Every table that changes carries created_at, updated_at and a version for optimistic concurrency
-- (If-Match). This trigger keeps updated_at and version honest whatever the statement forgot.
CREATE FUNCTION backroom_touch_row() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    NEW.version := OLD.version + 1;
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION backroom_touch_row() IS
    'BEFORE UPDATE trigger for versioned tables: bumps version and updated_at.';
