-- SPDX-License-Identifier: MIT
-- Carts and orders. A cart's id is its only key for a guest: 128 random bits as 32 hex digits, made by the
-- server, never a sequence. Orders keep their own copy of everything they were sold with (titles, prices,
-- totals, addresses), so later catalog edits never change an order.
CREATE TABLE carts (
    id          text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
    user_id     bigint REFERENCES users ON DELETE CASCADE,
    status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'checked_out')),
    merged_into text REFERENCES carts,
    country     text NOT NULL DEFAULT 'GB' CHECK (country ~ '^[A-Z]{2}$'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1
);
-- One open cart per customer: claiming a guest cart merges into it.
CREATE UNIQUE INDEX carts_open_per_user ON carts (user_id) WHERE status = 'open' AND user_id IS NOT NULL;
-- Abandoned guest carts are found (and purged) by age.
CREATE INDEX carts_updated ON carts (updated_at) WHERE status = 'open';
CREATE TRIGGER carts_touch BEFORE UPDATE ON carts FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

CREATE TABLE cart_lines (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cart_id    text NOT NULL REFERENCES carts ON DELETE CASCADE,
    sku        text NOT NULL,
    quantity   integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    added_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX cart_lines_sku ON cart_lines (cart_id, lower(sku));

-- Order numbers for people: BR-0000042, from the id.
CREATE SEQUENCE orders_id_seq AS bigint;
CREATE TABLE orders (
    id                bigint PRIMARY KEY DEFAULT nextval('orders_id_seq'),
    number            text NOT NULL UNIQUE,
    status            text NOT NULL CHECK (status IN ('pending', 'confirmed', 'fulfilling', 'shipped', 'delivered', 'cancelled')),
    fulfilment        text NOT NULL DEFAULT 'none' CHECK (fulfilment IN ('none', 'picked', 'packed')),
    customer_id       bigint REFERENCES users ON DELETE SET NULL,
    email             text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    customer_name     text NOT NULL DEFAULT '',
    shipping_address  jsonb NOT NULL,
    billing_address   jsonb,
    currency          text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    country           text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    tax_basis_points  integer NOT NULL DEFAULT 0 CHECK (tax_basis_points BETWEEN 0 AND 10000),
    subtotal_amount   bigint NOT NULL CHECK (subtotal_amount >= 0),
    discount_amount   bigint NOT NULL CHECK (discount_amount >= 0),
    shipping_amount   bigint NOT NULL CHECK (shipping_amount >= 0),
    tax_amount        bigint NOT NULL CHECK (tax_amount >= 0),
    total_amount      bigint NOT NULL CHECK (total_amount >= 0),
    payment_reference text NOT NULL DEFAULT '',
    reservation_id    bigint REFERENCES reservations,
    cart_id           text REFERENCES carts ON DELETE SET NULL,
    -- Where an order came from outside a checkout (an imported invoice: "retail:536365"); NULL otherwise.
    source_reference  text,
    -- When the customer ordered: now() for live orders, the invoice date for imported history. Lists page by it.
    placed_at         timestamptz NOT NULL DEFAULT now(),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 1
);
ALTER SEQUENCE orders_id_seq OWNED BY orders.id;
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();
-- Keyset paging, newest first, for the staff list as a whole and per status, customer and email.
CREATE INDEX orders_placed ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_status_placed ON orders (status, placed_at DESC, id DESC);
CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC, id DESC) WHERE customer_id IS NOT NULL;
CREATE INDEX orders_email_placed ON orders (lower(email), placed_at DESC, id DESC);
CREATE INDEX orders_total ON orders (total_amount, id);
-- Free text on number, email and name: trigram indexes serve ILIKE '%…%'.
CREATE INDEX orders_number_trgm ON orders USING gin (number gin_trgm_ops);
CREATE INDEX orders_email_trgm ON orders USING gin (lower(email) gin_trgm_ops);
CREATE INDEX orders_name_trgm ON orders USING gin (lower(customer_name) gin_trgm_ops);
-- One order per cart (a retried checkout cannot place two); imported history is keyed by its invoice, so a
-- re-run finds what it made.
CREATE UNIQUE INDEX orders_cart ON orders (cart_id) WHERE cart_id IS NOT NULL;
CREATE UNIQUE INDEX orders_source ON orders (source_reference) WHERE source_reference IS NOT NULL;

CREATE TABLE order_lines (
    order_id        bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    line            integer NOT NULL CHECK (line >= 0),
    sku             text NOT NULL,
    title           text NOT NULL,
    quantity        integer NOT NULL CHECK (quantity > 0),
    unit_amount     bigint NOT NULL CHECK (unit_amount >= 0),
    discount_amount bigint NOT NULL CHECK (discount_amount >= 0),
    tax_amount      bigint NOT NULL CHECK (tax_amount >= 0),
    total_amount    bigint NOT NULL CHECK (total_amount >= 0),
    promotion_id    bigint,
    PRIMARY KEY (order_id, line)
);
-- "Every order with this SKU": the lines index leads to the orders.
CREATE INDEX order_lines_sku ON order_lines (lower(sku), order_id);

-- The timeline: every state change and note, append-only.
CREATE TABLE order_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint REFERENCES users ON DELETE SET NULL,
    actor       text NOT NULL DEFAULT '',
    type        text NOT NULL CHECK (type IN ('placed', 'confirm', 'pick', 'pack', 'ship', 'deliver', 'cancel', 'note')),
    from_status text,
    to_status   text,
    reason      text NOT NULL DEFAULT '',
    request_id  text NOT NULL DEFAULT ''
);
CREATE INDEX order_events_order ON order_events (order_id, id);

CREATE TABLE order_notes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id   bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    author_id  bigint REFERENCES users ON DELETE SET NULL,
    body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_notes_order ON order_notes (order_id, id);
