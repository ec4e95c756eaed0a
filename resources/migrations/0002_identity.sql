-- SPDX-License-Identifier: MIT
-- Users, their roles, and the refresh tokens of their sessions.

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- NULL for accounts that only sign in through an OIDC issuer.
    password_hash text,
    roles         text[] NOT NULL DEFAULT ARRAY['customer']
                  CHECK (cardinality(roles) > 0
                         AND roles <@ ARRAY['customer', 'vendor', 'merchandiser', 'warehouse', 'support', 'admin']),
    profile       jsonb NOT NULL DEFAULT '{}'::jsonb,
    preferences   jsonb NOT NULL DEFAULT '{}'::jsonb,
    disabled_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1
);
-- One account per address, whatever its case.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION backroom_touch_row();

-- Opaque refresh tokens, stored only as their SHA-256. Each sign-in starts a family; every refresh uses up
-- one token and issues its successor in the same family. A used token presented again means it was stolen
-- (or replayed), and the whole family is revoked.
CREATE TABLE refresh_tokens (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    family         uuid NOT NULL,
    user_id        bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    token_hash     bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    issued_at      timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL,
    used_at        timestamptz,
    revoked_at     timestamptz,
    revoked_reason text
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
