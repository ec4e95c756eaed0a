-- SPDX-License-Identifier: MIT
-- Cache invalidation and search speed for the catalog.

-- Every server instance keeps hot products in memory and LISTENs on backroom_catalog. These triggers tell
-- it what changed, whoever changed it: the API, a bulk job, an import or plain SQL. The payload is
-- 'p' and the changed product ids ('p12,40'), or '*' (forget everything) when a change touches many
-- products, prices in general (promotions) or the tree (categories). NOTIFY is delivered at commit, so
-- a listener never drops an entry before the change is visible to its next read. Statement-level
-- triggers with transition tables: a bulk UPDATE of a million rows sends one notification, not a million.
CREATE FUNCTION backroom_notify_products(ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(ids) > 500 THEN -- 500 ids stay well inside NOTIFY's 8000-byte payload
        PERFORM pg_notify('backroom_catalog', '*');
    ELSIF cardinality(ids) > 0 THEN
        PERFORM pg_notify('backroom_catalog', 'p' || array_to_string(ids, ','));
    END IF;
END;
$$;

CREATE FUNCTION backroom_products_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM backroom_notify_products(ARRAY(SELECT id FROM changed_rows LIMIT 501));
    RETURN NULL;
END;
$$;
-- A new product is in no cached answer yet, but in the facets of the searches it matches.
CREATE TRIGGER products_changed_insert AFTER INSERT ON products REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_products_changed();
CREATE TRIGGER products_changed_update AFTER UPDATE ON products REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_products_changed();
CREATE TRIGGER products_changed_delete AFTER DELETE ON products REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_products_changed();

-- A variant belongs to its product's cached representation; an UPDATE may even move it to another product.
CREATE FUNCTION backroom_variants_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM backroom_notify_products(ARRAY(SELECT DISTINCT product_id FROM new_rows LIMIT 501));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM backroom_notify_products(ARRAY(SELECT DISTINCT product_id FROM old_rows LIMIT 501));
    ELSE
        PERFORM backroom_notify_products(ARRAY(
            SELECT product_id FROM old_rows UNION SELECT product_id FROM new_rows LIMIT 501));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER variants_changed_insert AFTER INSERT ON variants REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_variants_changed();
CREATE TRIGGER variants_changed_update AFTER UPDATE ON variants REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_variants_changed();
CREATE TRIGGER variants_changed_delete AFTER DELETE ON variants REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_variants_changed();

CREATE FUNCTION backroom_catalog_changed_everywhere() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('backroom_catalog', '*');
    RETURN NULL;
END;
$$;
-- A promotion changes the effective prices of any number of products; a category's name or place is in
-- the representation of every product below it.
CREATE TRIGGER promotions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promotions
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_catalog_changed_everywhere();
CREATE TRIGGER categories_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_catalog_changed_everywhere();
CREATE TRIGGER products_truncated AFTER TRUNCATE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_catalog_changed_everywhere();
CREATE TRIGGER variants_truncated AFTER TRUNCATE ON variants
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_catalog_changed_everywhere();

-- The words of product titles, for typo tolerance: a misspelt search word is compared (pg_trgm) with this
-- short list instead of every title, and the search runs again with the words it is close to. Words are
-- only ever added; one that no title uses any more simply finds nothing.
CREATE TABLE search_words (word text PRIMARY KEY);
CREATE INDEX search_words_trgm ON search_words USING gin (word gin_trgm_ops);

-- Words as the server's SearchText cuts them: runs of letters and digits, lower case.
CREATE FUNCTION backroom_title_words(title text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT w FROM regexp_split_to_table(lower(title), '[^[:alnum:]]+') AS w WHERE length(w) BETWEEN 2 AND 50
$$;

CREATE FUNCTION backroom_products_inserted_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows, backroom_title_words(new_rows.title) AS w ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER products_words_insert AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_products_inserted_words();

CREATE FUNCTION backroom_products_retitled_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_words (word) SELECT backroom_title_words(NEW.title) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER products_words_update AFTER UPDATE OF title ON products
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION backroom_products_retitled_words();

INSERT INTO search_words (word) SELECT DISTINCT w FROM products, backroom_title_words(products.title) AS w
ON CONFLICT DO NOTHING;
