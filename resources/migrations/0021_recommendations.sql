-- SPDX-License-Identifier: MIT
-- "Bought together": the counts of item-to-item co-occurrence (domain/recommendation.h), kept incrementally
-- from OrderPlaced by RecommendationProjection and rebuilt from the orders by `rebuild-projections`.

-- Every order the projection has applied, with its basket (distinct product ids, ascending): a second
-- delivery of the same OrderPlaced finds its row and changes nothing. counted: within the basket cap, so
-- it fed N, n(A) and the pairs; larger baskets feed popularity only.
CREATE TABLE recommendation_orders (
    order_id   bigint PRIMARY KEY,
    products   bigint[] NOT NULL,
    counted    boolean NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- N (counted baskets), one row. Every apply updates it first, so appliers take their locks in one order.
CREATE TABLE recommendation_model (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    baskets bigint NOT NULL DEFAULT 0 CHECK (baskets >= 0),
    orders  bigint NOT NULL DEFAULT 0 CHECK (orders >= 0)
);
INSERT INTO recommendation_model DEFAULT VALUES;

-- Per product: n(A), the counted baskets with it, and the orders with it at all (popularity).
CREATE TABLE recommendation_items (
    product_id bigint PRIMARY KEY,
    baskets    bigint NOT NULL DEFAULT 0 CHECK (baskets >= 0),
    orders     bigint NOT NULL DEFAULT 0 CHECK (orders >= 0)
);
CREATE INDEX recommendation_items_popular ON recommendation_items (orders DESC, product_id);

-- n(A,B), stored both ways round so one product's candidates are one index range.
CREATE TABLE recommendation_pairs (
    product_id bigint NOT NULL,
    other_id   bigint NOT NULL,
    baskets    bigint NOT NULL CHECK (baskets > 0),
    PRIMARY KEY (product_id, other_id),
    CHECK (product_id <> other_id)
);
