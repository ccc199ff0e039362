-- The municipality referral inbox: how far the recipient has taken each referral, every
-- step it recorded (who, when, what; text sealed), and the consultations a municipality
-- sent the contact point. Summary times on the referral make follow-up a simple query
-- (time to accept, to first contact, to close); the events keep the whole story.
alter table referrals add column updated_at bigint;               -- the recipient's last step (unix ms)
alter table referrals add column accepted_at bigint;
alter table referrals add column declined_at bigint;               -- back to the contact point's queue
alter table referrals add column forwarded_at bigint;              -- handed to forwarded_to (a new referral is the contact point's)
alter table referrals add column forwarded_to text;                 -- directory id
alter table referrals add column coordinator_contacted_at bigint;  -- the police region's defector coordinator (as recorded)
alter table referrals add column first_contact_at bigint;          -- first contact with the person (as recorded)
alter table referrals add column assessment_at bigint;
alter table referrals add column case_opened_at bigint;
alter table referrals add column active_at bigint;
alter table referrals add column closed_at bigint;                 -- completed or interrupted
create index referrals_status on referrals (status, created_at);

-- Every step a recipient took on a referral. `text_sealed` holds what it wrote (a reason
-- for declining, a question to the contact point), sealed as referral_events.text:{id}.
create table referral_events (
    id text primary key,
    referral_id text not null references referrals (id),
    enquiry_id text not null references enquiries (id),  -- so the console reads a case's events directly
    seq integer not null,                   -- 1, 2, … per referral: the order of the steps
    at bigint not null,                    -- when it was recorded (unix ms)
    actor text not null references users (id),
    kind text not null,                     -- accept | decline | forward | question | coordinator_contacted | first_contact | state
    from_status text not null,
    to_status text not null,
    occurred_at bigint,                    -- the time recorded for a contact (unix ms)
    detail text not null default '',        -- forward: the organisation id
    text_sealed bytea,
    unique (referral_id, seq)
);
create index referral_events_enquiry on referral_events (enquiry_id, at);

-- Consultations and cases a municipality user sent to the contact point (the enquiry itself
-- is stored like any other, channel municipality).
create table inbox_consultations (
    enquiry_id text primary key references enquiries (id),
    user_id text not null references users (id),
    kind text not null,                     -- consultation (advice on a case) | case (a case of its own)
    created_at bigint not null
);
create index inbox_consultations_user on inbox_consultations (user_id, created_at);
