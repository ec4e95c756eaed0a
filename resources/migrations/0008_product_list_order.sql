-- SPDX-License-Identifier: MIT
-- The staff product list sorts by title and by price over every status; keyset pages need these orders
-- indexed, or each page sorts the whole catalog.
CREATE INDEX products_title_order ON products (lower(title), id);
CREATE INDEX products_price_order ON products (price_amount, id);
