-- SPDX-License-Identifier: MIT
-- Refunds and returns. order_payments holds, per order, what was captured and what went back: refunded (issued)
-- plus pending (reserved by refunds under way or awaiting approval) never exceeds captured, which the CHECK
-- enforces under any concurrency as the last line of defence behind the row lock every refund takes.
CREATE TABLE order_payments (
    order_id        bigint PRIMARY KEY REFERENCES orders ON DELETE CASCADE,
    currency        text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    captured_amount bigint NOT NULL CHECK (captured_amount >= 0),
    refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
    pending_amount  bigint NOT NULL DEFAULT 0 CHECK (pending_amount >= 0),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT order_payments_not_over_refunded CHECK (refunded_amount + pending_amount <= captured_amount)
);

-- An order paid at checkout (it has the provider's charge id) captured its total; one without (imported
-- history) captured nothing this server can give back.
CREATE FUNCTION backroom_order_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_payments (order_id, currency, captured_amount)
    VALUES (NEW.id, NEW.currency, CASE WHEN NEW.payment_reference <> '' THEN NEW.total_amount ELSE 0 END)
    ON CONFLICT (order_id) DO NOTHING;
    RETURN NEW;
END $$;
CREATE TRIGGER orders_payment AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION backroom_order_payment();

INSERT INTO order_payments (order_id, currency, captured_amount, refunded_amount)
SELECT id, currency, CASE WHEN payment_reference <> '' THEN total_amount ELSE 0 END,
       CASE WHEN payment_reference <> '' AND status = 'cancelled' THEN total_amount ELSE 0 END
FROM orders;

-- A return (RMA): lines the customer sends back, received at a warehouse with a condition per line.
CREATE TABLE returns (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'received', 'refunded', 'cancelled')),
    note         text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    opened_by    bigint REFERENCES users ON DELETE SET NULL,
    received_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1
);
CREATE INDEX returns_order ON returns (order_id, id);
CREATE INDEX returns_status ON returns (status, id DESC);
CREATE TRIGGER returns_touch BEFORE UPDATE ON returns FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

CREATE TABLE return_lines (
    return_id bigint NOT NULL REFERENCES returns ON DELETE CASCADE,
    line      integer NOT NULL CHECK (line >= 0), -- the order line
    sku       text NOT NULL,
    quantity  integer NOT NULL CHECK (quantity > 0),
    received  integer NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= quantity),
    condition text CHECK (condition IN ('sellable', 'damaged')),
    warehouse text,
    PRIMARY KEY (return_id, line)
);

-- A refund is a saga: refund at the provider (idempotency key "refund-<charge id>-<id>") -> record -> restock -> notify.
-- step is the next one to run while status is processing; each step's outcome is written before the next.
CREATE TABLE refunds (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id           bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    return_id          bigint REFERENCES returns ON DELETE SET NULL,
    kind               text NOT NULL DEFAULT 'refund' CHECK (kind IN ('refund', 'cancellation')),
    status             text NOT NULL CHECK (status IN ('awaiting_approval', 'processing', 'succeeded', 'failed', 'rejected')),
    step               text NOT NULL DEFAULT 'provider_refund'
                       CHECK (step IN ('provider_refund', 'record', 'restock', 'notify', 'done')),
    currency           text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount             bigint NOT NULL CHECK (amount > 0),
    shipping_amount    bigint NOT NULL DEFAULT 0 CHECK (shipping_amount >= 0),
    goodwill_amount    bigint NOT NULL DEFAULT 0 CHECK (goodwill_amount >= 0),
    tax_amount         bigint NOT NULL DEFAULT 0 CHECK (tax_amount >= 0),
    reason             text NOT NULL,
    note               text NOT NULL DEFAULT '',
    charge_id          text NOT NULL DEFAULT '',
    provider_refund_id text NOT NULL DEFAULT '',
    requested_by       bigint REFERENCES users ON DELETE SET NULL,
    decided_by         bigint REFERENCES users ON DELETE SET NULL,
    decided_at         timestamptz,
    decision_note      text NOT NULL DEFAULT '',
    failure            text NOT NULL DEFAULT '',
    attempts           integer NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL DEFAULT now(),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 1
);
CREATE INDEX refunds_order ON refunds (order_id, id);
CREATE INDEX refunds_status ON refunds (status, id DESC);
CREATE INDEX refunds_recent ON refunds (id DESC);
CREATE INDEX refunds_unfinished ON refunds (next_attempt_at) WHERE status = 'processing';
CREATE TRIGGER refunds_touch BEFORE UPDATE ON refunds FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

CREATE TABLE refund_lines (
    refund_id         bigint NOT NULL REFERENCES refunds ON DELETE CASCADE,
    line              integer NOT NULL CHECK (line >= 0), -- the order line
    sku               text NOT NULL,
    quantity          integer NOT NULL CHECK (quantity > 0),
    amount            bigint NOT NULL CHECK (amount >= 0),
    tax_amount        bigint NOT NULL CHECK (tax_amount >= 0),
    discount_amount   bigint NOT NULL CHECK (discount_amount >= 0),
    restock_warehouse text,
    restocked         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (refund_id, line)
);

-- Refunds show on the order's timeline.
ALTER TABLE order_events DROP CONSTRAINT order_events_type_check;
ALTER TABLE order_events ADD CONSTRAINT order_events_type_check
    CHECK (type IN ('placed', 'confirm', 'pick', 'pack', 'ship', 'deliver', 'cancel', 'note', 'refund'));
