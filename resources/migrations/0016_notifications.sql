-- Customer mails, queued from the outbox by the notifications consumer and sent by the notification sender.
-- One mail per (event, template): the consumer may see an event twice (the outbox delivers at least once),
-- the unique key makes the second insert a no-op.
CREATE TABLE notifications (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        bigint NOT NULL,
    event_type      text NOT NULL,
    template        text NOT NULL CHECK (template ~ '^[a-z_]{1,63}$'),
    order_id        bigint,
    recipient       text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    language        text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    subject         text NOT NULL,
    body_text       text NOT NULL,
    body_html       text,
    -- queued: waiting for its next attempt; sending: claimed by a sender until next_attempt_at (a sender that
    -- dies leaves it to be claimed again then); sent; failed: out of attempts, or not renderable, until an
    -- admin retries it.
    status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    transport       text, -- smtp or mail-drop, once sent
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, template)
);
-- What the senders claim: due rows only.
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status IN ('queued', 'sending');
-- The admin list by status, newest first.
CREATE INDEX notifications_status ON notifications (status, id DESC);
CREATE INDEX notifications_order ON notifications (order_id) WHERE order_id IS NOT NULL;

-- Events from before this migration were never meant to be mailed (they happened before there was a mailer):
-- the notifications consumer starts after them instead of mailing a week of old orders at the first start.
INSERT INTO outbox_consumers (consumer, floor) SELECT 'notifications', COALESCE(max(id), 0) FROM outbox
ON CONFLICT (consumer) DO NOTHING;
