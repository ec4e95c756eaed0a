-- SPDX-License-Identifier: MIT
-- The address book, social sign-in through OIDC issuers, idempotency keys and the audit log.

CREATE TABLE addresses (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    label       text NOT NULL DEFAULT '' CHECK (length(label) <= 100),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    line1       text NOT NULL CHECK (length(line1) BETWEEN 1 AND 200),
    line2       text NOT NULL DEFAULT '' CHECK (length(line2) <= 200),
    city        text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    region      text NOT NULL DEFAULT '' CHECK (length(region) <= 100),
    postal_code text NOT NULL DEFAULT '' CHECK (length(postal_code) <= 20),
    country     text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    phone       text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    is_default  boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1
);
CREATE INDEX addresses_user ON addresses (user_id, id);
-- At most one default address per user.
CREATE UNIQUE INDEX addresses_one_default ON addresses (user_id) WHERE is_default;
CREATE TRIGGER addresses_touch BEFORE UPDATE ON addresses FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

-- OIDC issuers an admin trusts for social sign-in. The keys come from jwks_uri, or from jwks when the
-- admin pasted the key set itself (issuers that cannot be reached from the server).
CREATE TABLE oidc_issuers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    issuer      text NOT NULL UNIQUE CHECK (length(issuer) BETWEEN 1 AND 500),
    client_id   text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 500),
    jwks_uri    text CHECK (length(jwks_uri) <= 2000),
    jwks        jsonb,
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1,
    CHECK (jwks_uri IS NOT NULL OR jwks IS NOT NULL)
);
CREATE TRIGGER oidc_issuers_touch BEFORE UPDATE ON oidc_issuers FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

-- Which account an issuer's subject signs in as.
CREATE TABLE oidc_identities (
    issuer_id  bigint NOT NULL REFERENCES oidc_issuers ON DELETE CASCADE,
    subject    text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    user_id    bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    email      text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (issuer_id, subject)
);
CREATE INDEX oidc_identities_user ON oidc_identities (user_id);

-- The first answer to a request sent with an Idempotency-Key, per key, caller and route. A row without a
-- status is a request still in flight.
CREATE TABLE idempotency_keys (
    key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    principal       text NOT NULL, -- user id, or "ip:<address>" for anonymous callers
    route           text NOT NULL, -- "POST /api/v1/..." as declared, not the concrete path
    request_hash    bytea NOT NULL CHECK (length(request_hash) = 32),
    status          integer,
    response_headers jsonb,
    response_body   bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    PRIMARY KEY (principal, route, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Every staff write: who, what, when, from where, and before/after where it matters. Append-only: the
-- trigger refuses UPDATE, DELETE and TRUNCATE for every role, owner included.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- Accounts are disabled, never deleted, once they have acted: the reference keeps them.
    actor_id    bigint REFERENCES users,
    actor_email text NOT NULL DEFAULT '',
    action      text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
    entity_type text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 100),
    entity_id   text NOT NULL DEFAULT '',
    request_id  text NOT NULL DEFAULT '',
    remote_addr text NOT NULL DEFAULT '',
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id DESC);

CREATE FUNCTION backroom_audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION backroom_audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_audit_log_is_append_only();
