-- Enquiries from the public site (and later chat, callback, municipality, phone).
-- Everything a person typed or chose about themselves is sealed (crypto.rs); only what
-- the queue must sort and count on stays readable.
create table enquiries (
    id text primary key,
    created_at bigint not null,            -- unix ms
    updated_at bigint not null,            -- unix ms
    channel text not null,                 -- contract channel value
    lang text not null,                    -- the site language the person used
    status text not null,                  -- received | in_progress | answered | closed
    priority text not null,                -- P1 | P2 | P3, from the triage decision
    rules_version text not null,
    receipt_hash bytea not null unique,     -- keyed hash of the receipt code; never the code
    facts_sealed bytea not null,            -- the enquiry JSON, message included
    decision_sealed bytea not null,         -- the triage decision JSON
    handoff_hash bytea unique,              -- keyed hash of the one-time receipt hand-off ticket
    handoff_code_sealed bytea,              -- the code, only until the person confirms they saved it
    handoff_expires_at bigint
);
create index enquiries_open on enquiries (status, priority, created_at);

-- Follow-ups from the person and replies from the contact point, in order.
create table enquiry_messages (
    id text primary key,
    enquiry_id text not null references enquiries (id),
    seq bigint not null,
    author text not null,                  -- person | staff
    created_at bigint not null,
    body_sealed bytea not null,
    unique (enquiry_id, seq)
);

-- Reports of accessibility problems (required of public-sector sites).
create table accessibility_reports (
    id text primary key,
    created_at bigint not null,
    lang text not null,
    report_sealed bytea not null
);
