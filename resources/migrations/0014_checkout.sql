-- SPDX-License-Identifier: MIT
-- The checkout saga, persisted: one row per checkout holding where it is (status, step) and what it has done
-- (reservation, charge, order), written in the same transaction as each step's effect or right after an
-- outside call, before the next step starts; and one row per step outcome, the saga's history. A card number
-- is never stored: the last four digits and the provider's charge id only.
CREATE TABLE sagas (
    id               text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
    kind             text NOT NULL DEFAULT 'checkout' CHECK (kind IN ('checkout')),
    status           text NOT NULL DEFAULT 'running'
                     CHECK (status IN ('running', 'compensating', 'completed', 'failed')),
    -- running: the next step (or the one whose outcome is not known yet); compensating and failed: the step
    -- that failed.
    step             text NOT NULL,
    cart_id          text NOT NULL,
    customer_id      bigint REFERENCES users ON DELETE SET NULL,
    email            text NOT NULL,
    shipping_address jsonb NOT NULL,
    lines            jsonb NOT NULL,           -- [{"sku","quantity"}] as reserved
    amount           bigint NOT NULL CHECK (amount >= 0),
    currency         text NOT NULL,
    card_last4       text NOT NULL DEFAULT '' CHECK (card_last4 ~ '^[0-9]{0,4}$'),
    reservation_id   bigint REFERENCES reservations,
    charge_id        text NOT NULL DEFAULT '',
    order_id         bigint REFERENCES orders,
    -- Why it failed, as the checkout answers it: {"status", "type", "detail", "errors"?, "short"?, "retry_after"?}
    failure          jsonb,
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1
);
-- One checkout of a cart at a time.
CREATE UNIQUE INDEX sagas_cart_in_flight ON sagas (cart_id) WHERE status IN ('running', 'compensating');
-- What the recovery sweep looks for.
CREATE INDEX sagas_unfinished ON sagas (next_attempt_at) WHERE status IN ('running', 'compensating');
CREATE INDEX sagas_created ON sagas (created_at DESC, id DESC);
CREATE TRIGGER sagas_touch BEFORE UPDATE ON sagas FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

CREATE TABLE saga_steps (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    saga_id  text NOT NULL REFERENCES sagas ON DELETE CASCADE,
    step     text NOT NULL, -- a step, or a compensation (refund_payment, release_reservation, cancellation_notice)
    outcome  text NOT NULL CHECK (outcome IN ('done', 'failed', 'compensated', 'waiting')),
    detail   jsonb NOT NULL DEFAULT '{}',
    at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX saga_steps_saga ON saga_steps (saga_id, id);

-- A saga finds the reservation it made by its reference ("checkout:<saga id>") after a crash between the
-- reservation's commit and the saga's record of it.
CREATE INDEX reservations_reference ON reservations (reference) WHERE reference <> '';
