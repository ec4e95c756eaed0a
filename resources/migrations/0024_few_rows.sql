-- SPDX-License-Identifier: MIT
-- Sets of a few keys, passed as arrays, that the planner should treat as a few rows.
--
-- The stock writes pass the SKUs (or SKU and warehouse pairs) of one request as array parameters. A
-- prepared statement's generic plan cannot see an array parameter's length, and guesses 100 rows for
-- unnest() of it; its custom plans see the real one or two. The generic plan then always looks dearer than
-- the custom ones, so PostgreSQL kept planning those statements again on every execution: about 0.4 ms of
-- an adjustment's 1.6 ms of database time went to planning. Read through these functions, the set is
-- estimated at one row for every plan, so the generic plan is the custom one and it is kept. A longer set
-- (a reservation of many lines) then runs the same index plan per key, which is what it should do anyway.
--
-- plpgsql, not sql: a sql function would be inlined into the query, and the estimate with it.

CREATE FUNCTION backroom_few(items anyarray) RETURNS SETOF anyelement
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE ROWS 1 AS $$
BEGIN
    RETURN QUERY SELECT unnest(items);
END
$$;

CREATE FUNCTION backroom_few(skus text[], warehouse_ids bigint[], OUT sku text, OUT warehouse_id bigint)
RETURNS SETOF record
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE ROWS 1 AS $$
BEGIN
    RETURN QUERY SELECT * FROM unnest(skus, warehouse_ids);
END
$$;
