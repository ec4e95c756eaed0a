-- SPDX-License-Identifier: MIT
-- The outbox horizon: an id up to which every outbox event is final (committed or rolled back), so that
-- followers by id (the live feed, the dispatcher) never pass an event whose transaction is still open.
--
-- Ids come from a sequence, so a transaction that drew id 10 may commit after one that drew 11. Nothing a
-- reader can see of the rows tells it about the open one, but the locks do: an INSERT into outbox takes its
-- lock on the table before it draws an id, and every transaction with an xid holds the lock on that xid,
-- both until it ends. What holds:
--   1. Every writer has its xid before it draws an id (backroom_outbox_next_id below).
--   2. A mark reads the sequence's last value L, then the xids of this database's transactions holding a
--      lock on outbox (the writers, backroom_outbox_writers).
-- A writer that drew an id <= L did so before the mark read L, holding the outbox lock and its xid from
-- then until it ends: if it still runs when the writers are read, its xid is among them. Once none of
-- those xids runs any more, every writer of an id <= L has ended, and a snapshot taken then sees all of
-- them that committed (a transaction's locks go only after it is visible as ended). L is then settled.
-- Only outbox writers of this database hold a mark back: other databases of the cluster, and transactions
-- here that write no events, do not. The sequence must not cache values per session (CACHE 1), or a
-- session could hand out an id <= L after the mark.

CREATE SEQUENCE outbox_id_sequence AS bigint CACHE 1 OWNED BY outbox.id;
SELECT setval('outbox_id_sequence',
              COALESCE(pg_sequence_last_value(pg_get_serial_sequence('outbox', 'id')), 0) + 1, false);
ALTER TABLE outbox ALTER COLUMN id DROP IDENTITY;
ALTER SEQUENCE outbox_id_sequence RENAME TO outbox_id_seq;

CREATE FUNCTION backroom_outbox_next_id() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    -- The xid first (rule 1 above): a plain INSERT gets it only after the default is evaluated.
    PERFORM pg_current_xact_id();
    RETURN nextval('outbox_id_seq');
END
$$;
ALTER TABLE outbox ALTER COLUMN id SET DEFAULT backroom_outbox_next_id();

-- The xids of the other transactions of this database that hold a lock on outbox, live: pg_locks is read
-- afresh at each use, unlike pg_stat_activity, which a transaction reads once.
CREATE FUNCTION backroom_outbox_writers() RETURNS xid[] LANGUAGE sql VOLATILE AS $$
    SELECT coalesce(array_agg(t.transactionid), '{}')
    FROM pg_locks r
    JOIN pg_locks t ON t.virtualtransaction = r.virtualtransaction AND t.locktype = 'transactionid'
                   AND t.mode = 'ExclusiveLock'
    WHERE r.locktype = 'relation' AND r.relation = 'outbox'::regclass
      AND r.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND r.pid IS DISTINCT FROM pg_backend_pid()
$$;

-- Advances a horizon by one step. Callers keep (settled, pending) between calls: pass the pending mark
-- (NULLs for none); settled is the new settled id when one was reached (NULL otherwise), and
-- (pending_id, pending_writers) is the mark to pass next time.
CREATE FUNCTION backroom_outbox_horizon(INOUT pending_id bigint, INOUT pending_writers xid[], OUT settled bigint)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF pending_writers IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM pg_locks WHERE locktype = 'transactionid' AND mode = 'ExclusiveLock'
                                 AND transactionid = ANY (pending_writers)) THEN
        settled := pending_id;
        pending_writers := NULL;
    END IF;
    IF pending_writers IS NULL THEN
        -- A new mark (rule 2): the last value first, then the writers. Settled at once when none runs.
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
