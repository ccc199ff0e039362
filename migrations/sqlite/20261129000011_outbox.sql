-- Notifications: "a new referral is waiting", by e-mail to municipality users and by
-- signed webhook to municipal case systems, from a durable outbox. No row holds anything
-- about the person: a delivery names its recipient and the referral by id, and an error
-- is a status code or an error kind, never a server's free text.

-- A municipality user's official work address (not the person's data, so readable) and
-- whether they want each referral at once or one daily digest.
alter table users add column email text;
alter table users add column notify_mode text not null default 'immediate'; -- immediate | digest

-- Endpoints of municipal case systems, managed by admins.
create table webhooks (
    id text primary key,
    url text not null,                      -- http(s) only, checked at entry
    secret_sealed blob not null,            -- the HMAC key, sealed (shown once at creation)
    enabled integer not null default 1,
    created_by text not null references users (id),
    created_at integer not null             -- unix ms
);

-- The municipalities (kommunkod) whose referrals an endpoint receives.
create table webhook_municipalities (
    webhook_id text not null references webhooks (id) on delete cascade,
    code text not null,
    primary key (webhook_id, code)
);
create index webhook_municipalities_code on webhook_municipalities (code);

-- One row per delivery. A worker claims due rows by setting a lease (several instances
-- never claim the same row); a worker that dies leaves a lease that simply runs out.
create table outbox (
    id text primary key,
    kind text not null,                     -- email | digest | webhook
    recipient text not null,                -- users.id (email, digest) or webhooks.id
    referral_id text references referrals (id), -- null for a digest
    digest_day text,                        -- YYYY-MM-DD (Swedish date) of a digest, else null
    created_at integer not null,            -- unix ms
    next_attempt_at integer not null,       -- unix ms: due from then
    attempts integer not null default 0,
    last_error text,                        -- e.g. "http 500", "smtp 451", "timeout"
    last_attempt_at integer,
    state text not null default 'pending',  -- pending | sent | dead
    lease_until integer,                    -- claimed until then (unix ms)
    lease_token text,                       -- the claim's id: only its holder records the result
    sent_at integer
);
create index outbox_due on outbox (state, next_attempt_at);
-- Each recipient hears of a referral once (a forward to the same place does not repeat it).
create unique index outbox_once on outbox (kind, recipient, referral_id);
-- One digest per user per day, whichever instance gets there first.
create unique index outbox_digest_once on outbox (recipient, digest_day);
