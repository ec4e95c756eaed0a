-- SPDX-License-Identifier: MIT
-- Delivering the outbox: a wake-up for dispatchers, each consumer's progress, and webhooks.

-- Every domain's events wake the dispatchers without code of their own: one notification per statement
-- that wrote events, sent when (and only if) its transaction commits.
CREATE FUNCTION backroom_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('backroom_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION backroom_outbox_notify();

-- The dispatcher reads one aggregate's events in order.
CREATE INDEX outbox_aggregate ON outbox (aggregate_type, aggregate_id, id);
CREATE INDEX outbox_created ON outbox (created_at);

-- A consumer's progress on one aggregate: the last event it processed, and when a refused event may be
-- tried again. The row is what dispatchers of several instances lock (FOR UPDATE SKIP LOCKED), so one
-- aggregate's events reach a consumer one at a time and in order, while other aggregates go on.
-- Rows at or below the consumer's floor without failures are deleted: they carry nothing the floor does not.
CREATE TABLE outbox_streams (
    consumer       text NOT NULL,
    aggregate_type text NOT NULL,
    aggregate_id   text NOT NULL,
    last_event_id  bigint NOT NULL DEFAULT 0,
    failures       integer NOT NULL DEFAULT 0,
    retry_at       timestamptz,
    last_error     text,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, aggregate_type, aggregate_id)
);

-- Per consumer: every event with id <= floor is processed, so scans start above it. It only moves over
-- events older than the dispatcher's settle time (a transaction still open could commit a lower id later).
CREATE TABLE outbox_consumers (
    consumer   text PRIMARY KEY CHECK (consumer ~ '^[a-z_]{1,63}$'),
    floor      bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_subscriptions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url         text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    event_types text[] NOT NULL CHECK (cardinality(event_types) BETWEEN 1 AND 100),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    secret      text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One event to one subscription: the delivery log. The body is kept (not read from the outbox) so a replay
-- works after the outbox row is gone. pending: not tried yet; failed: tried, will be again at
-- next_attempt_at; delivered; dead: gave up after the retry period.
CREATE TABLE webhook_deliveries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id bigint NOT NULL REFERENCES webhook_subscriptions ON DELETE CASCADE,
    event_id        bigint NOT NULL,
    event_type      text NOT NULL,
    body            jsonb NOT NULL,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'failed', 'delivered', 'dead')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_status     integer,
    last_error      text,
    replay_of       bigint REFERENCES webhook_deliveries ON DELETE SET NULL,
    replayed        boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz
);
-- The fan-out runs at least once: a second run for the same event adds nothing.
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (subscription_id, event_id) WHERE NOT replayed;
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status IN ('pending', 'failed');
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, id);

-- Every attempt, for the log and for checking the backoff schedule.
CREATE TABLE webhook_attempts (
    delivery_id     bigint NOT NULL REFERENCES webhook_deliveries ON DELETE CASCADE,
    attempt         integer NOT NULL,
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    status_code     integer,
    error           text,
    retry_delay_ms  bigint, -- the wait before the next attempt, when there is one
    PRIMARY KEY (delivery_id, attempt)
);
