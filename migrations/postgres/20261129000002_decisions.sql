-- The human decision on a case. `case_decisions` keeps the engine's proposal (stored on
-- the first override) and every override after it, so the rules can be improved from the
-- differences; the enquiry's own decision columns hold the decision in force.
create table case_decisions (
    id text primary key,
    enquiry_id text not null references enquiries (id),
    seq bigint not null,                    -- 1 = the engine's proposal, then each override
    at bigint not null,                     -- unix ms
    actor text not null,                    -- a user id, or `engine`
    kind text not null,                     -- engine | override
    priority text not null,                 -- P1 | P2 | P3
    decision_sealed bytea not null,         -- the decision JSON, sealed (case_decisions.decision:{id})
    reason_sealed bytea,                    -- the handler's written reason, sealed (case_decisions.reason:{id})
    unique (enquiry_id, seq)
);

-- What happened to a case besides its decision: closing, reopening and the protected-
-- identity marker. No text: `detail` is an outcome code or a user id.
create table case_events (
    id text primary key,
    enquiry_id text not null references enquiries (id),
    seq bigint not null,
    at bigint not null,                     -- unix ms
    actor text not null,                    -- a user id
    kind text not null,                     -- close | reopen | protect | unprotect | grant | revoke
    detail text not null default '',        -- the outcome, or the user id named or removed
    unique (enquiry_id, seq)
);
