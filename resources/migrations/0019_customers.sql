-- SPDX-License-Identifier: MIT
-- Customers: staff notes, search, and the order history imported from the Online Retail data set.

-- What an order charges besides goods and shipping (imported history: bank charges, manual adjustments,
-- samples, Amazon fees): total = subtotal - discount + shipping + fees. Live checkouts charge none.
ALTER TABLE orders ADD COLUMN fees_amount bigint NOT NULL DEFAULT 0 CHECK (fees_amount >= 0);

-- Staff notes on a customer (an agent on the phone: "prefers email", "asked for a callback"); append-only.
CREATE TABLE customer_notes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    author_id   bigint REFERENCES users ON DELETE SET NULL,
    body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_notes_customer ON customer_notes (customer_id, id DESC);

-- The customer search: a part of the name or email (trigram indexes serve ILIKE '%…%'), paged by name.
CREATE INDEX users_name_trgm ON users USING gin (lower(name) gin_trgm_ops);
CREATE INDEX users_email_trgm ON users USING gin (lower(email) gin_trgm_ops);
CREATE INDEX users_customers_by_name ON users (lower(name), id) WHERE 'customer' = ANY (roles);

-- The data set's cancellation invoices (C536379) and the imported order each takes back, if one was found:
-- the refunds to make of them are decided at merge with the refunds service. Amounts in pence, positive, as
-- given back: the product lines [{sku, quantity, amount}], shipping, discount, fees.
CREATE TABLE retail_cancellations (
    invoice_no     text PRIMARY KEY CHECK (invoice_no ~ '^[Cc]'),
    cancelled_at   timestamptz NOT NULL,
    customer_id    bigint REFERENCES users ON DELETE SET NULL,
    order_id       bigint REFERENCES orders ON DELETE SET NULL,
    order_invoice  text NOT NULL DEFAULT '',
    unmatched_reason text NOT NULL DEFAULT '',
    currency       text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    lines          jsonb NOT NULL DEFAULT '[]'::jsonb,
    lines_amount   bigint NOT NULL CHECK (lines_amount >= 0),
    shipping_amount bigint NOT NULL CHECK (shipping_amount >= 0),
    discount_amount bigint NOT NULL CHECK (discount_amount >= 0),
    fees_amount    bigint NOT NULL CHECK (fees_amount >= 0),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX retail_cancellations_order ON retail_cancellations (order_id) WHERE order_id IS NOT NULL;
