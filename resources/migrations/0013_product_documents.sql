-- SPDX-License-Identifier: MIT
-- The storefront's read of one product as one row read by primary key.
--
-- GET /api/v1/products/{id} without the in-process cache used to gather the product, its variants and its
-- images with subqueries on every read, which cost PostgreSQL about as much as a whole pgbench -S
-- transaction. The document is that gathered record, kept up to date by triggers in the transaction of
-- every write, whoever makes it (the API, bulk jobs, CSV import, image routes, category moves, plain
-- SQL), so a read is one index lookup. Promotions are not in it: whether they apply depends on the time of
-- the read (CatalogService::pricedProduct reads them in the same statement).

-- The document's shape is the record CatalogService decodes (productDocumentFrom): the product's columns
-- as productColumns reads them, then the variants and the images as variantRecord and imageRecord build
-- them, in position order. skus (lower case) and category_path say which promotions may touch it.
CREATE VIEW product_document_source AS
SELECT p.id AS product_id,
       json_build_array(
           p.id, p.title, p.description, p.specifications, p.status, p.category_id::text, p.vendor_id,
           p.category_path, p.version,
           to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           coalesce((SELECT json_agg(json_build_array(v.sku, v.options, coalesce(v.barcode, ''), v.price_amount,
                                                      v.currency, v.compare_at_amount) ORDER BY v.position)
                     FROM variants v WHERE v.product_id = p.id), '[]'::json),
           coalesce((SELECT json_agg(json_build_array(i.id, i.sha256, i.content_type, i.width, i.height, i.bytes,
                                                      i.position) ORDER BY i.position)
                     FROM product_images i WHERE i.product_id = p.id), '[]'::json))::text AS document,
       ARRAY(SELECT lower(v.sku) FROM variants v WHERE v.product_id = p.id) AS skus,
       p.category_path
FROM products p;

CREATE TABLE product_documents (
    product_id    bigint PRIMARY KEY REFERENCES products ON DELETE CASCADE,
    document      text NOT NULL,
    skus          text[] NOT NULL,
    category_path bigint[] NOT NULL
);

CREATE FUNCTION backroom_refresh_product_documents(ids bigint[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO product_documents (product_id, document, skus, category_path)
    SELECT product_id, document, skus, category_path FROM product_document_source WHERE product_id = ANY (ids)
    ON CONFLICT (product_id) DO UPDATE
        SET document = excluded.document, skus = excluded.skus, category_path = excluded.category_path;
$$;

-- Statement-level, with transition tables: a bulk UPDATE of many products refreshes their documents in
-- one statement. A product's own row, its variants (an UPDATE may move one to another product) and its
-- images each make a part of the document.
CREATE FUNCTION backroom_products_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM backroom_refresh_product_documents(ARRAY(SELECT id FROM new_rows));
    RETURN NULL;
END;
$$;
CREATE TRIGGER products_document_insert AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_products_document();
CREATE TRIGGER products_document_update AFTER UPDATE ON products REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_products_document();

CREATE FUNCTION backroom_parts_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM backroom_refresh_product_documents(ARRAY(SELECT DISTINCT product_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM backroom_refresh_product_documents(ARRAY(SELECT DISTINCT product_id FROM old_rows));
    ELSE
        PERFORM backroom_refresh_product_documents(ARRAY(
            SELECT product_id FROM old_rows UNION SELECT product_id FROM new_rows));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER variants_document_insert AFTER INSERT ON variants REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_parts_document();
CREATE TRIGGER variants_document_update AFTER UPDATE ON variants REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_parts_document();
CREATE TRIGGER variants_document_delete AFTER DELETE ON variants REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_parts_document();
CREATE TRIGGER images_document_insert AFTER INSERT ON product_images REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_parts_document();
CREATE TRIGGER images_document_update AFTER UPDATE ON product_images REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_parts_document();
CREATE TRIGGER images_document_delete AFTER DELETE ON product_images REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_parts_document();

-- TRUNCATE has no transition table: every document is made again.
CREATE FUNCTION backroom_all_documents() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM product_documents;
    INSERT INTO product_documents (product_id, document, skus, category_path)
    SELECT product_id, document, skus, category_path FROM product_document_source;
    RETURN NULL;
END;
$$;
CREATE TRIGGER variants_document_truncate AFTER TRUNCATE ON variants
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_all_documents();
CREATE TRIGGER images_document_truncate AFTER TRUNCATE ON product_images
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_all_documents();

INSERT INTO product_documents (product_id, document, skus, category_path)
SELECT product_id, document, skus, category_path FROM product_document_source;
