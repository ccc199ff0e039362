-- The municipal JSON API: tokens an admin issues for a municipality user, and the answers
-- to state-changing requests kept under the client's Idempotency-Key for 24 hours.

-- One row per issued token. The token itself (a signed JWT) is shown once and never
-- stored; its `jti` is this row's id, so revoking the row ends the token at once.
create table api_tokens (
    id text primary key,                    -- the JWT's jti (uuid v4)
    user_id text not null references users (id), -- the municipality user the token acts for
    label text not null,                    -- what the admin named it (the case system), no person
    scopes text not null,                   -- ",referrals:read,referrals:write,"
    codes text not null,                    -- ",1280,1281," narrows the user's municipalities; "" = all
    created_by text not null references users (id),
    created_at bigint not null,            -- unix ms
    expires_at bigint not null,            -- unix ms
    revoked_at bigint,                     -- unix ms; the token stops working at once
    revoked_by text references users (id),
    last_used_at bigint                    -- unix ms, updated at most once a minute
);
create index api_tokens_user on api_tokens (user_id);
create index api_tokens_created on api_tokens (created_at);

-- A state-changing request's answer, per token and Idempotency-Key: a retry with the same
-- key and the same request gets these bytes back and acts no second time. The key and the
-- request are kept only as keyed hashes; the answer holds no text a person wrote (action
-- answers carry ids, states and times) and is sealed all the same.
create table api_idempotency (
    token_id text not null references api_tokens (id),
    key_hash bytea not null,                 -- HMAC of the client's key
    request_hash bytea not null,             -- HMAC of method, path and body
    status bigint,                         -- null while the first request is being answered
    response_sealed bytea,                   -- the JSON answer, sealed
    created_at bigint not null,            -- unix ms
    expires_at bigint not null,            -- unix ms (created + 24 h)
    primary key (token_id, key_hash)
);
create index api_idempotency_expires on api_idempotency (expires_at);
