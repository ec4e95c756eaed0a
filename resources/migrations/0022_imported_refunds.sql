-- SPDX-License-Identifier: MIT
-- Imported history (orders with a source_reference) was paid outside this server: it captured its total, so
-- the data set's cancellations can be recorded as refunds of it (kind 'import', never sent to a provider).

CREATE OR REPLACE FUNCTION backroom_order_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_payments (order_id, currency, captured_amount)
    VALUES (NEW.id, NEW.currency,
            CASE WHEN NEW.payment_reference <> '' OR NEW.source_reference IS NOT NULL THEN NEW.total_amount ELSE 0 END)
    ON CONFLICT (order_id) DO NOTHING;
    RETURN NEW;
END $$;

UPDATE order_payments p SET captured_amount = o.total_amount, updated_at = now()
FROM orders o
WHERE o.id = p.order_id AND o.source_reference IS NOT NULL AND o.payment_reference = ''
  AND p.captured_amount < o.total_amount;

ALTER TABLE refunds DROP CONSTRAINT refunds_kind_check;
ALTER TABLE refunds ADD CONSTRAINT refunds_kind_check CHECK (kind IN ('refund', 'cancellation', 'import'));

-- The refund a matched cancellation became; NULL while not (yet) made.
ALTER TABLE retail_cancellations ADD COLUMN refund_id bigint REFERENCES refunds ON DELETE SET NULL;
CREATE UNIQUE INDEX retail_cancellations_refund ON retail_cancellations (refund_id) WHERE refund_id IS NOT NULL;
