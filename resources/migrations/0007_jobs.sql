-- SPDX-License-Identifier: MIT
-- Background jobs (bulk product changes, CSV imports): what was asked, by whom, how far it got and how it
-- ended. A job writes its changes in one transaction of its own; this row is written through another
-- connection, so progress and heartbeats are visible to every session and server instance meanwhile.
CREATE TABLE jobs (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('product_bulk', 'product_import')),
    status       text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    dry_run      boolean NOT NULL DEFAULT false,
    created_by   bigint REFERENCES users,
    request_id   text NOT NULL DEFAULT '',
    params       jsonb NOT NULL DEFAULT '{}'::jsonb,
    done         bigint NOT NULL DEFAULT 0 CHECK (done >= 0),
    total        bigint NOT NULL DEFAULT 0 CHECK (total >= 0),
    result       jsonb,
    error        jsonb,
    -- Refreshed every few seconds by the server that holds the job; one that stops being refreshed
    -- belonged to a server that died, and is failed by whichever server notices first.
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    version      integer NOT NULL DEFAULT 1,
    CHECK ((status IN ('succeeded', 'failed')) = (finished_at IS NOT NULL))
);
CREATE INDEX jobs_unfinished ON jobs (heartbeat_at) WHERE status IN ('queued', 'running');
CREATE TRIGGER jobs_touch BEFORE UPDATE ON jobs FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();
