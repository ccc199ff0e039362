-- Staff and municipality users, their sessions, and the append-only audit chain.
create table users (
    id text primary key,
    name text not null unique,
    role text not null,                     -- handler | supervisor | admin | auditor | municipality
    password_hash text not null,            -- argon2id PHC string
    totp_secret_sealed blob not null,       -- the second factor's secret, sealed
    disabled integer not null default 0,
    failed_attempts integer not null default 0,
    locked_until integer,                   -- unix ms
    created_at integer not null
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
    created_at integer not null,
    expires_at integer not null,
    revoked_at integer
);

-- Who did what, to which case, when; each record hashes the one before. Never the text.
create table audit_log (
    seq integer primary key,
    at integer not null,
    actor text not null,
    action text not null,
    case_id text,
    detail text not null,
    prev_hash text not null,
    hash text not null
);
