-- SPDX-License-Identifier: MIT
-- tests/bench/generate-catalog.sql - a large catalog for the search and product benchmarks (tests/bench/run
-- runs it; by hand: psql -v products=1000000 -f generate-catalog.sql after loading bench.retail, see run).
--
-- Products are written into the real tables, so the server's own triggers compute the search documents.
-- Their words are the Online Retail vocabulary: a title is a real product description of the demo data
-- plus one of its words, a description three more of them, so word frequencies, prefixes and typos behave
-- like the shop's. A category tree of 8 top-level categories, 6 below each and 5 below those (296); every
-- product sits in a leaf. Prices are log-uniform from 0.50 to 200.00 GBP; 90% of the products are active,
-- 7% drafts, 3% archived; 30% have three variants (S, M, L), the rest one; every SKU is unique.
-- Deterministic: the same count gives the same catalog (hashint4 of the row number, not random()).
-- Expects bench.retail (the demo CSV) to be loaded; records what it made in bench.generated and keeps
-- bench.titles, bench.words, bench.tree and bench.leaves for the benchmark's requests.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';

-- The descriptions of product lines (stock codes starting with a digit or DCGS), each once.
CREATE TABLE bench.titles AS
SELECT row_number() OVER (ORDER BY d)::int AS n, d AS title
FROM (SELECT DISTINCT initcap(trim(description)) AS d FROM bench.retail
      WHERE (stock_code ~ '^[0-9]' OR stock_code LIKE 'DCGS%') AND trim(coalesce(description, '')) ~ '^[A-Za-z0-9]') t;
CREATE TABLE bench.words AS
SELECT row_number() OVER (ORDER BY w)::int AS n, w
FROM (SELECT DISTINCT w FROM bench.titles, regexp_split_to_table(lower(title), '[^a-z]+') AS w WHERE length(w) >= 4) t;

-- The tree, with explicit ids after the existing ones: the paths are known before the rows exist.
CREATE TABLE bench.tree (id bigint, parent_id bigint, name text, level int, path bigint[], names text);
WITH base AS (SELECT coalesce(max(id), 0) AS b FROM categories),
     tops AS (SELECT t AS top, name FROM unnest(ARRAY['Home', 'Kitchen', 'Garden', 'Gifts', 'Party', 'Stationery',
                                                   'Toys', 'Christmas']) WITH ORDINALITY AS x(name, t))
INSERT INTO bench.tree
SELECT b + top, NULL, 'Bench ' || name, 1, ARRAY[b + top], 'Bench ' || name FROM base, tops;
INSERT INTO bench.tree
SELECT p.id + 8 + (p.id - (SELECT min(id) FROM bench.tree)) * 5 + c, p.id,
       initcap((SELECT w FROM bench.words WHERE n = 1 + (abs(hashint4((p.id * 6 + c)::int)) % (SELECT count(*) FROM bench.words)))) || ' ' || c,
       2, NULL, NULL
FROM bench.tree p, generate_series(0, 5) c WHERE p.level = 1;
INSERT INTO bench.tree
SELECT (SELECT max(id) FROM bench.tree) + row_number() OVER (ORDER BY p.id, g), p.id,
       initcap((SELECT w FROM bench.words WHERE n = 1 + (abs(hashint4((p.id * 5 + g + 7)::int)) % (SELECT count(*) FROM bench.words)))) || ' ' || g,
       3, NULL, NULL
FROM bench.tree p, generate_series(0, 4) g WHERE p.level = 2;
UPDATE bench.tree c SET path = p.path || c.id, names = p.names || ' ' || c.name FROM bench.tree p WHERE c.parent_id = p.id AND c.level = 2;
UPDATE bench.tree c SET path = p.path || c.id, names = p.names || ' ' || c.name FROM bench.tree p WHERE c.parent_id = p.id AND c.level = 3;
INSERT INTO categories (id, parent_id, name, position, path) OVERRIDING SYSTEM VALUE
SELECT id, parent_id, name, (id % 100)::int, path FROM bench.tree ORDER BY level, id;
SELECT setval(pg_get_serial_sequence('categories', 'id'), (SELECT max(id) FROM categories));
CREATE TABLE bench.leaves AS SELECT row_number() OVER (ORDER BY id)::int - 1 AS n, * FROM bench.tree WHERE level = 3;

-- Secondary indexes are dropped for the load and built again from their own definitions afterwards: one
-- sorted build is many times faster than a million GIN insertions.
CREATE TABLE bench.indexes AS
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('products', 'variants')
    AND indexname NOT IN ('products_pkey', 'variants_pkey', 'variants_product_id_position_key', 'variants_sku');
SELECT format('DROP INDEX %I', indexname) FROM bench.indexes \gexec

INSERT INTO products (title, description, status, category_id, category_path, category_names, price_amount, currency,
                      created_at, updated_at)
SELECT left(t1.title || ' ' || initcap(w.w), 200),
       'A ' || lower(t2.title) || ', like the ' || lower(t3.title) || '; pairs well with ' || lower(t4.title) || '.',
       CASE WHEN h.s < 90 THEN 'active' WHEN h.s < 97 THEN 'draft' ELSE 'archived' END,
       l.id, l.path, l.names,
       round(exp(ln(50) + (h.p / 10000.0) * ln(20000.0 / 50)))::bigint,
       'GBP',
       now() - (:products - i) * interval '60 seconds', now() - (:products - i) * interval '60 seconds'
FROM generate_series(1, :products) AS i
CROSS JOIN LATERAL (SELECT abs(hashint4(i)) % 100 AS s, abs(hashint4(i + 7777777)) % 10000 AS p,
                           1 + abs(hashint4(i + 1111111)) % (SELECT count(*) FROM bench.titles) AS t1,
                           1 + abs(hashint4(i + 2222222)) % (SELECT count(*) FROM bench.titles) AS t2,
                           1 + abs(hashint4(i + 3333333)) % (SELECT count(*) FROM bench.titles) AS t3,
                           1 + abs(hashint4(i + 4444444)) % (SELECT count(*) FROM bench.titles) AS t4,
                           1 + abs(hashint4(i + 5555555)) % (SELECT count(*) FROM bench.words) AS w,
                           abs(hashint4(i + 6666666)) % (SELECT count(*) FROM bench.leaves) AS leaf) AS h
JOIN bench.titles t1 ON t1.n = h.t1
JOIN bench.titles t2 ON t2.n = h.t2
JOIN bench.titles t3 ON t3.n = h.t3
JOIN bench.titles t4 ON t4.n = h.t4
JOIN bench.words w ON w.n = h.w
JOIN bench.leaves l ON l.n = h.leaf
ORDER BY i;

INSERT INTO variants (product_id, position, sku, options, price_amount, currency)
SELECT p.id, v.pos, 'BN' || p.id || '-' || v.pos,
       CASE WHEN v.many THEN jsonb_build_object('size', (ARRAY['S', 'M', 'L'])[v.pos + 1]) ELSE '{}'::jsonb END,
       p.price_amount + v.pos * 100, p.currency
FROM products p
CROSS JOIN LATERAL (SELECT pos, abs(hashint4(p.id::int + 8888888)) % 10 < 3 AS many
                    FROM generate_series(0, CASE WHEN abs(hashint4(p.id::int + 8888888)) % 10 < 3 THEN 2 ELSE 0 END) pos) v
WHERE p.category_id IN (SELECT id FROM bench.leaves);

SELECT indexdef FROM bench.indexes \gexec

CREATE TABLE bench.generated AS SELECT :products::int AS products, now() AS at;
DROP TABLE bench.retail, bench.indexes;
VACUUM ANALYZE products, variants, categories;
