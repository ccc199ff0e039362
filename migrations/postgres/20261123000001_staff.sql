-- Staff and municipality users, their sessions, and the append-only audit chain.
create table users (
    id text primary key,
    name text not null unique,
    role text not null,                     -- handler | supervisor | admin | auditor | municipality
    password_hash text not null,            -- argon2id PHC string
    totp_secret_sealed bytea not null,       -- the second factor's secret, sealed
    disabled boolean not null default false,
    failed_attempts bigint not null default 0,
    locked_until bigint,                   -- unix ms
    created_at bigint not null
);

create table user_municipalities (
    user_id text not null references users (id),
    code text not null,                     -- kommunkod
    primary key (user_id, code)
);

-- A session is what a signed cookie points at; revoking the row ends it at once.
create table sessions (
    id text primary key,
    user_id text not null references users (id),
    created_at bigint not null,
    expires_at bigint not null,
    revoked_at bigint
);

-- Who did what, to which case, when; each record hashes the one before. Never the text.
create table audit_log (
    seq bigint primary key,
    at bigint not null,
    actor text not null,
    action text not null,
    case_id text,
    detail text not null,
    prev_hash text not null,
    hash text not null
);
