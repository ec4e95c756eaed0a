-- SPDX-License-Identifier: MIT
-- The outbox horizon: an id up to which every outbox event is final (committed or rolled back), so that
-- followers by id (the live feed, the dispatcher) never pass an event whose transaction is still open.
--
-- Ids come from a sequence, so a transaction that drew id 10 may commit after one that drew 11. Nothing a
-- reader can see tells it about the open one, and the writers' transaction ids do not help on their own:
-- a transaction may get its xid early (an earlier write) and its outbox id late, so xid order and id
-- order differ. What does hold:
--   1. Every writer has its xid before it draws an id (backroom_outbox_next_id below).
--   2. A mark reads the sequence's last value L, then takes a fresh xid X (backroom_outbox_mark).
-- A writer that drew an id <= L drew it before the mark read L, so it had its xid before X was assigned:
-- its xid < X. Once no transaction older than X is running (pg_snapshot_xmin of a later snapshot >= X),
-- every writer of an id <= L has ended, and a snapshot taken then sees all of them that committed. L is
-- then settled. The sequence must not cache values per session (CACHE 1), or a session could hand out an
-- id <= L after the mark.

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

-- Advances a horizon by one step. Callers keep (settled, pending) between calls: pass the pending mark
-- (NULLs for none); settled is the new settled id when one was reached (NULL otherwise), and
-- (pending_id, pending_xid) is the mark to pass next time. Must run in a transaction of its own (autocommit),
-- so that the xid it takes is fresh.
CREATE FUNCTION backroom_outbox_horizon(INOUT pending_id bigint, INOUT pending_xid xid8, OUT settled bigint)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'backroom_outbox_horizon must run in a transaction of its own';
    END IF;
    IF pending_xid IS NOT NULL AND pg_snapshot_xmin(pg_current_snapshot()) >= pending_xid THEN
        settled := pending_id;
        pending_xid := NULL;
    END IF;
    IF pending_xid IS NULL THEN
        -- A new mark (rule 2): last value first, then the xid. Settled at once when nothing older runs
        -- (our own xid is not in our snapshot).
        pending_id := COALESCE(pg_sequence_last_value('outbox_id_seq'), 0);
        pending_xid := pg_current_xact_id();
        IF pg_snapshot_xmin(pg_current_snapshot()) >= pending_xid THEN
            settled := pending_id;
            pending_id := NULL;
            pending_xid := NULL;
        END IF;
    END IF;
END
$$;
