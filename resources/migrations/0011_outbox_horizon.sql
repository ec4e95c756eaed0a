-- SPDX-License-Identifier: MIT
-- The outbox horizon: an id up to which every outbox event is final (committed or rolled back), so that
-- followers by id (the live feed, the dispatcher) never pass an event whose transaction is still open.
--
-- Ids come from a sequence, so a transaction that drew id 10 may commit after one that drew 11, and nothing
-- a reader can see in the table tells it about the open one. Writers' transaction ids do not order their
-- outbox ids either (a writer may get its xid early and its id late), and waiting for every older xid would
-- wait for any long transaction of the cluster. What holds:
--   1. Every writer holds a shared advisory lock (this database, key below) from before it draws an id
--      until it ends (backroom_outbox_next_id). Lock-table entries are visible to every session at once.
--   2. A mark reads the sequence's last value L, then the set W of transactions holding that lock.
-- A writer that drew an id <= L drew it before L was read, so it held the lock when W was read: it is in W
-- or had already ended. Once no transaction of W holds the lock, every writer of an id <= L has ended, and a
-- snapshot taken then sees all of them that committed: L is settled. The sequence must not cache values per
-- session (CACHE 1), or a session could hand out an id <= L after the mark.

CREATE SEQUENCE outbox_id_sequence AS bigint CACHE 1 OWNED BY outbox.id;
SELECT CASE WHEN last IS NULL THEN setval('outbox_id_sequence', 1, false) ELSE setval('outbox_id_sequence', last) END
FROM (SELECT pg_sequence_last_value(pg_get_serial_sequence('outbox', 'id')) AS last) AS s;
ALTER TABLE outbox ALTER COLUMN id DROP IDENTITY;
ALTER SEQUENCE outbox_id_sequence RENAME TO outbox_id_seq;

-- The advisory lock key (two int4 keys): 'bkro' and 'outb' as integers, unlikely to meet another use.
CREATE FUNCTION backroom_outbox_next_id() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    -- Rule 1 above: the lock before the id.
    PERFORM pg_advisory_xact_lock_shared(1651209839, 1869968482);
    RETURN nextval('outbox_id_seq');
END
$$;
ALTER TABLE outbox ALTER COLUMN id SET DEFAULT backroom_outbox_next_id();

-- The transactions (virtual ids) writing outbox events in this database right now.
CREATE FUNCTION backroom_outbox_writers() RETURNS text[] LANGUAGE sql VOLATILE AS $$
    SELECT coalesce(array_agg(l.virtualtransaction), '{}') FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.classid = 1651209839 AND l.objid = 1869968482 AND l.objsubid = 2
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
$$;

-- Advances a horizon by one step. Callers keep (settled, pending) between calls: pass the pending mark
-- (NULLs for none); settled is the new settled id when one was reached (NULL otherwise), and
-- (pending_id, pending_writers) is the mark to pass next time.
CREATE FUNCTION backroom_outbox_horizon(INOUT pending_id bigint, INOUT pending_writers text[], OUT settled bigint)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF pending_writers IS NOT NULL AND NOT (backroom_outbox_writers() && pending_writers) THEN
        settled := pending_id;
        pending_writers := NULL;
    END IF;
    IF pending_writers IS NULL THEN
        -- A new mark (rule 2): last value first, then the writers. Settled at once when there are none.
        pending_id := COALESCE(pg_sequence_last_value('outbox_id_seq'), 0);
        pending_writers := backroom_outbox_writers();
        IF cardinality(pending_writers) = 0 THEN
            settled := pending_id;
            pending_id := NULL;
            pending_writers := NULL;
        END IF;
    END IF;
END
$$;
