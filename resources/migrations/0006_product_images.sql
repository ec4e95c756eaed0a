-- SPDX-License-Identifier: MIT
-- Product images. The files live content-addressed under the data directory (images/<aa>/<sha256>);
-- these rows say which product shows which file, in which order.
CREATE TABLE product_images (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id   bigint NOT NULL REFERENCES products ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 0),
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
    width        integer NOT NULL CHECK (width BETWEEN 1 AND 20000),
    height       integer NOT NULL CHECK (height BETWEEN 1 AND 20000),
    bytes        bigint NOT NULL CHECK (bytes > 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- The same picture twice on one product is a mistake; on two products it is one file.
    UNIQUE (product_id, sha256),
    -- Deferred: a reorder renumbers every row of a product in one statement.
    UNIQUE (product_id, position) DEFERRABLE INITIALLY DEFERRED
);
-- GET /images/{sha256} serves only files some product shows.
CREATE INDEX product_images_sha256 ON product_images (sha256);
