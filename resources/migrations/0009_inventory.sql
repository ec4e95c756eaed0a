-- SPDX-License-Identifier: MIT
-- Inventory, event-sourced: inventory_events is the truth (one stream per SKU and warehouse, versions
-- without gaps); stock_levels is both the head of each stream (its version is the stream's last) and the
-- strongly consistent read model checkout uses, updated in the transaction that appends. Writers lock the
-- stock_levels rows they append to (SELECT … FOR UPDATE, in (sku, warehouse_id) order), so two
-- appends to one stream never both decide on the same state. The CHECKs are the last line of defence.
-- Streams are keyed by the SKU as the catalog spells it, not by variant id: the catalog rewrites a
-- product's variant rows on every edit, and the log must outlive that.
CREATE TABLE warehouses (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{1,20}$'),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    address    jsonb,
    priority   integer NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 1000000),
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    integer NOT NULL DEFAULT 1
);
CREATE TRIGGER warehouses_touch BEFORE UPDATE ON warehouses FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();
-- A fresh install can receive stock at once.
INSERT INTO warehouses (code, name, priority) VALUES ('MAIN', 'Main warehouse', 1);

CREATE TABLE inventory_events (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku             text NOT NULL,
    warehouse_id    bigint NOT NULL REFERENCES warehouses ON DELETE RESTRICT,
    version         bigint NOT NULL CHECK (version > 0),
    type            text NOT NULL CHECK (type IN ('Received', 'Adjusted', 'Reserved', 'ReservationReleased',
                                                  'ReservationExpired', 'Allocated', 'Shipped', 'TransferredOut',
                                                  'TransferredIn')),
    quantity        bigint NOT NULL CHECK (quantity <> 0),
    reason          text CHECK (reason IN ('received', 'count_correction', 'damaged', 'lost', 'found', 'returned')),
    note            text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    reference       text NOT NULL DEFAULT '',
    counterpart_id  bigint REFERENCES warehouses, -- the other warehouse of a transfer
    actor_id        bigint REFERENCES users,
    request_id      text NOT NULL DEFAULT '',
    occurred_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    on_hand_after   bigint NOT NULL CHECK (on_hand_after >= 0),
    available_after bigint NOT NULL CHECK (available_after >= 0),
    UNIQUE (sku, warehouse_id, version)
);
CREATE INDEX inventory_events_history ON inventory_events (sku, id);
CREATE INDEX inventory_events_demand ON inventory_events (sku, occurred_at) WHERE type IN ('Allocated', 'Shipped');
-- The log is append-only.
CREATE FUNCTION backroom_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER inventory_events_append_only BEFORE UPDATE OR DELETE ON inventory_events
    FOR EACH ROW EXECUTE FUNCTION backroom_refuse_change();
CREATE TRIGGER inventory_events_no_truncate BEFORE TRUNCATE ON inventory_events
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_refuse_change();

CREATE TABLE stock_levels (
    sku          text NOT NULL,
    warehouse_id bigint NOT NULL REFERENCES warehouses ON DELETE RESTRICT,
    version      bigint NOT NULL DEFAULT 0 CHECK (version >= 0), -- the stream's last event version
    on_hand      bigint NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved     bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    allocated    bigint NOT NULL DEFAULT 0 CHECK (allocated >= 0),
    incoming     bigint NOT NULL DEFAULT 0 CHECK (incoming >= 0), -- in transit towards this warehouse
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sku, warehouse_id),
    CHECK (on_hand - reserved - allocated >= 0)
);
CREATE INDEX stock_levels_warehouse ON stock_levels (warehouse_id);

CREATE TABLE reservations (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status     text NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'released', 'expired', 'allocated', 'shipped')),
    reference  text NOT NULL DEFAULT '' CHECK (length(reference) <= 200),
    expires_at timestamptz NOT NULL,
    created_by bigint REFERENCES users,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    integer NOT NULL DEFAULT 1
);
CREATE INDEX reservations_held ON reservations (expires_at) WHERE status = 'held';
CREATE TRIGGER reservations_touch BEFORE UPDATE ON reservations FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

-- One row per line and warehouse the line was taken from.
CREATE TABLE reservation_lines (
    reservation_id bigint NOT NULL REFERENCES reservations ON DELETE CASCADE,
    line           integer NOT NULL,
    sku            text NOT NULL,
    warehouse_id   bigint NOT NULL REFERENCES warehouses,
    quantity       bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, line, warehouse_id)
);

CREATE TABLE stock_transfers (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku               text NOT NULL,
    from_warehouse_id bigint NOT NULL REFERENCES warehouses,
    to_warehouse_id   bigint NOT NULL REFERENCES warehouses,
    quantity          bigint NOT NULL CHECK (quantity > 0),
    received          bigint NOT NULL DEFAULT 0 CHECK (received >= 0),
    note              text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 1,
    CHECK (from_warehouse_id <> to_warehouse_id),
    CHECK (received <= quantity)
);
CREATE INDEX stock_transfers_open ON stock_transfers (id) WHERE received < quantity;
CREATE TRIGGER stock_transfers_touch BEFORE UPDATE ON stock_transfers FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

CREATE TABLE reorder_settings (
    sku              text PRIMARY KEY,
    reorder_point    bigint CHECK (reorder_point >= 0),
    reorder_quantity bigint CHECK (reorder_quantity > 0),
    lead_time_days   integer NOT NULL DEFAULT 7 CHECK (lead_time_days BETWEEN 0 AND 365),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Fed from the outbox (InventoryChanged) by InventoryDemandProjection: units sold (allocated) per
-- inventory event, so applying an event twice changes nothing and forecasts sum it per day.
CREATE TABLE stock_demand (
    event_id bigint PRIMARY KEY,
    sku      text NOT NULL,
    day      date NOT NULL,
    quantity bigint NOT NULL CHECK (quantity > 0)
);
CREATE INDEX stock_demand_sku ON stock_demand (sku, day);
