-- SPDX-License-Identifier: MIT
-- The reports' read models, fed from the outbox by ReportsProjection (server/reports/). Figures are
-- defined once, in domain/salesreport.h; days are UTC calendar days.

-- The events the reports are made of, kept for rebuilds: the outbox deletes its rows a week after every
-- consumer is past them. The outbox id is the processed-event key that makes a repeated delivery a no-op.
CREATE TABLE report_events (
    id           bigint PRIMARY KEY,
    type         text NOT NULL,
    aggregate_id text NOT NULL,
    payload      jsonb NOT NULL,
    created_at   timestamptz NOT NULL
);

-- Sales per day and currency. Average order value and net sales are derived at query time.
CREATE TABLE report_sales_daily (
    day              date NOT NULL,
    currency         text NOT NULL,
    orders           bigint NOT NULL DEFAULT 0,
    units            bigint NOT NULL DEFAULT 0,
    gross            bigint NOT NULL DEFAULT 0,
    discounts        bigint NOT NULL DEFAULT 0,
    refunds          bigint NOT NULL DEFAULT 0,
    refund_count     bigint NOT NULL DEFAULT 0,
    cancellations    bigint NOT NULL DEFAULT 0,
    cancelled_orders bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, currency)
);

-- Top lists: units and revenue per product (SKU) and per category (0: none) per day.
CREATE TABLE report_products_daily (
    day        date NOT NULL,
    currency   text NOT NULL,
    sku        text NOT NULL,
    product_id bigint,
    title      text NOT NULL DEFAULT '',
    units      bigint NOT NULL DEFAULT 0,
    revenue    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, currency, sku)
);
CREATE TABLE report_categories_daily (
    day         date NOT NULL,
    currency    text NOT NULL,
    category_id bigint NOT NULL,
    units       bigint NOT NULL DEFAULT 0,
    revenue     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, currency, category_id)
);

-- Issued refunds per reason per day (goods amounts, as the sales figures count them).
CREATE TABLE report_refunds_daily (
    day      date NOT NULL,
    currency text NOT NULL,
    reason   text NOT NULL,
    refunds  bigint NOT NULL DEFAULT 0,
    amount   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, currency, reason)
);

-- One row per order: where it is and when it got there, for lead times (median and p90 are taken at query
-- time from these rows) and for what a cancellation takes off the sales.
CREATE TABLE report_orders (
    order_id     bigint PRIMARY KEY,
    currency     text NOT NULL,
    placed_at    timestamptz NOT NULL,
    status       text NOT NULL,
    sold         bigint NOT NULL DEFAULT 0, -- gross − discounts
    confirmed_at timestamptz,
    shipped_at   timestamptz,
    delivered_at timestamptz,
    cancelled_at timestamptz
);
CREATE INDEX report_orders_placed ON report_orders (placed_at);
CREATE INDEX report_orders_confirmed ON report_orders (confirmed_at);

-- How many orders reached each state per day: placed, confirmed, shipped, delivered, cancelled.
CREATE TABLE report_order_states_daily (
    day    date NOT NULL,
    state  text NOT NULL,
    orders bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, state)
);
