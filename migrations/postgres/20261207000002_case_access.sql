-- Reading a case without holding it: a handler or supervisor who must read the person's
-- words or contact data of a case they do not hold writes why (break-glass). The grant
-- lets that user read that case until `expires_at`; supervisors see every grant with its
-- reason, and each one is also an audit record (`break_glass`).
create table break_glass (
    id text primary key,
    enquiry_id text not null references enquiries (id),
    user_id text not null references users (id),
    reason_sealed bytea not null,              -- the written reason, sealed (break_glass.reason:{id})
    created_at bigint not null,                 -- unix ms
    expires_at bigint not null                  -- unix ms; the grant reads nothing after this
);
-- Whether a user may read a case now: one short range per (case, user).
create index break_glass_case_user on break_glass (enquiry_id, user_id, expires_at);
-- The supervisors' list, newest first.
create index break_glass_created on break_glass (created_at);
