-- SPDX-License-Identifier: MIT
-- The catalog: a category tree, products with variants, promotions, and the outbox events leave by.

-- Typo-tolerant search. pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE categories (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id  bigint REFERENCES categories ON DELETE RESTRICT,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    position   integer NOT NULL DEFAULT 0,
    -- The ids from the root down to this category itself, kept by the server on create and move: subtree
    -- queries become an array containment on an indexed column instead of a recursive walk.
    path       bigint[] NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    integer NOT NULL DEFAULT 1,
    CHECK (parent_id IS DISTINCT FROM id)
);
-- Sibling names are unique whatever their case; top-level categories are siblings of each other.
CREATE UNIQUE INDEX categories_sibling_name ON categories (coalesce(parent_id, 0), lower(name));
CREATE INDEX categories_path ON categories USING gin (path);
CREATE TRIGGER categories_touch BEFORE UPDATE ON categories FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

CREATE TABLE products (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description    text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    specifications jsonb NOT NULL DEFAULT '{}'::jsonb,
    status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
    category_id    bigint REFERENCES categories ON DELETE RESTRICT,
    -- The category's path, copied so a subtree filter needs no join; kept by the server.
    category_path  bigint[] NOT NULL DEFAULT '{}',
    -- The vendor who owns the product, for vendor accounts; NULL for the shop's own.
    vendor_id      bigint REFERENCES users,
    -- The lowest variant price, for price filters and sorting (all variants share one currency).
    price_amount   bigint NOT NULL DEFAULT 0 CHECK (price_amount >= 0),
    currency       text NOT NULL DEFAULT 'GBP' CHECK (currency ~ '^[A-Z]{3}$'),
    -- Full-text document: title (A), category names (B), description (C); kept by the trigger below.
    category_names text NOT NULL DEFAULT '',
    search         tsvector,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer NOT NULL DEFAULT 1
);
CREATE INDEX products_search ON products USING gin (search);
CREATE INDEX products_title_trgm ON products USING gin (lower(title) gin_trgm_ops);
CREATE INDEX products_category_path ON products USING gin (category_path);
CREATE INDEX products_status_id ON products (status, id);
CREATE INDEX products_status_price ON products (status, price_amount, id);
CREATE INDEX products_vendor ON products (vendor_id) WHERE vendor_id IS NOT NULL;
CREATE TRIGGER products_touch BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

CREATE FUNCTION backroom_products_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := setweight(to_tsvector('english', NEW.title), 'A')
               || setweight(to_tsvector('english', NEW.category_names), 'B')
               || setweight(to_tsvector('english', NEW.description), 'C');
    RETURN NEW;
END;
$$;
CREATE TRIGGER products_search BEFORE INSERT OR UPDATE OF title, description, category_names ON products
    FOR EACH ROW EXECUTE FUNCTION backroom_products_search();

CREATE TABLE variants (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id        bigint NOT NULL REFERENCES products ON DELETE CASCADE,
    position          integer NOT NULL,
    sku               text NOT NULL CHECK (sku ~ '^[A-Za-z0-9._-]{1,64}$'),
    options           jsonb NOT NULL DEFAULT '{}'::jsonb,
    barcode           text CHECK (barcode ~ '^[0-9]{8,14}$'),
    price_amount      bigint NOT NULL CHECK (price_amount >= 0),
    currency          text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    compare_at_amount bigint CHECK (compare_at_amount > price_amount),
    UNIQUE (product_id, position)
);
-- SKUs are unique across the shop, whatever their case.
CREATE UNIQUE INDEX variants_sku ON variants (lower(sku));
CREATE INDEX variants_product ON variants (product_id, position);

CREATE TABLE promotions (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind          text NOT NULL CHECK (kind IN ('percentage', 'fixed_amount')),
    basis_points  integer CHECK (basis_points BETWEEN 1 AND 10000),
    amount        bigint CHECK (amount > 0),
    currency      text CHECK (currency ~ '^[A-Z]{3}$'),
    skus          text[] NOT NULL DEFAULT '{}',
    category_ids  bigint[] NOT NULL DEFAULT '{}',
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1,
    CHECK (ends_at IS NULL OR ends_at > starts_at),
    CHECK ((kind = 'percentage' AND basis_points IS NOT NULL AND amount IS NULL)
           OR (kind = 'fixed_amount' AND amount IS NOT NULL AND currency IS NOT NULL AND basis_points IS NULL))
);
CREATE INDEX promotions_window ON promotions (starts_at, ends_at);
CREATE TRIGGER promotions_touch BEFORE UPDATE ON promotions FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

-- Domain events, written in the transaction of the change that caused them; a dispatcher delivers them.
CREATE TABLE outbox (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_type     text NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
    aggregate_type text NOT NULL,
    aggregate_id   text NOT NULL,
    payload        jsonb NOT NULL,
    request_id     text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    published_at   timestamptz
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
