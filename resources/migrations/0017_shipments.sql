-- SPDX-License-Identifier: MIT
-- Shipments: what leaves a warehouse for an order, its carrier and tracking number, and the tracking
-- events that tell where it is. A shipment's stock stays held in the order's reservation until it is
-- handed to the carrier; then it is allocated and shipped out of its warehouse's stream in one go.

-- The carriers' webhook configuration: the secret a carrier signs its tracking webhooks with. Written by
-- admins (PUT /api/v1/carriers/{carrier}/webhook-secret), never read back by the API.
CREATE TABLE carrier_settings (
    carrier        text PRIMARY KEY CHECK (carrier ~ '^[a-z_]{2,30}$'),
    webhook_secret text CHECK (length(webhook_secret) BETWEEN 16 AND 200),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer NOT NULL DEFAULT 1
);
CREATE TRIGGER carrier_settings_touch BEFORE UPDATE ON carrier_settings FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();
INSERT INTO carrier_settings (carrier) VALUES ('royal_mail'), ('dhl'), ('ups'), ('fedex'), ('dpd'), ('other');

CREATE TABLE shipments (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id            bigint NOT NULL REFERENCES orders ON DELETE RESTRICT,
    warehouse_id        bigint NOT NULL REFERENCES warehouses,
    carrier             text NOT NULL CHECK (carrier ~ '^[a-z_]{2,30}$'),
    service             text NOT NULL DEFAULT 'standard' CHECK (length(service) BETWEEN 1 AND 50),
    tracking_number     text NOT NULL CHECK (tracking_number ~ '^[A-Z0-9]{4,40}$'),
    weight_grams        integer CHECK (weight_grams BETWEEN 1 AND 1000000),
    parcels             integer NOT NULL DEFAULT 1 CHECK (parcels BETWEEN 1 AND 99),
    -- pending until handed to the carrier; then the status its tracking events lead to.
    status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'label_created', 'picked_up',
                            'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned_to_sender')),
    shipped_at          timestamptz,
    expected_delivery_at timestamptz,
    delivered_at        timestamptz,
    created_by          bigint REFERENCES users,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             integer NOT NULL DEFAULT 1
);
CREATE TRIGGER shipments_touch BEFORE UPDATE ON shipments FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();
CREATE INDEX shipments_order ON shipments (order_id, id);
CREATE INDEX shipments_status ON shipments (status, id);
-- A carrier's tracking number names one parcel: the webhook and the public tracking page find it by it.
CREATE UNIQUE INDEX shipments_tracking ON shipments (carrier, tracking_number);
CREATE INDEX shipments_tracking_number ON shipments (tracking_number);

CREATE TABLE shipment_lines (
    shipment_id bigint NOT NULL REFERENCES shipments ON DELETE CASCADE,
    sku         text NOT NULL,
    quantity    bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, sku)
);

-- The tracking timeline, in event time. dedup_key (the carrier's event id, else status and event time)
-- makes a repeated report of the same event a no-op: webhooks are delivered at least once.
CREATE TABLE tracking_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id bigint NOT NULL REFERENCES shipments ON DELETE CASCADE,
    status      text NOT NULL CHECK (status IN ('label_created', 'picked_up', 'in_transit', 'out_for_delivery',
                    'delivered', 'exception', 'returned_to_sender')),
    occurred_at timestamptz NOT NULL,
    location    text NOT NULL DEFAULT '' CHECK (length(location) <= 200),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    source      text NOT NULL CHECK (source IN ('staff', 'carrier', 'system')),
    source_id   text NOT NULL DEFAULT '',
    dedup_key   text NOT NULL,
    actor_id    bigint REFERENCES users,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (shipment_id, dedup_key)
);
CREATE INDEX tracking_events_shipment ON tracking_events (shipment_id, occurred_at, id);
