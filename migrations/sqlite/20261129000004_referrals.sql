-- Referrals from the console to an organisation in the directory, each resting on the
-- consent the person gave for that one recipient, and the reports of concern about a
-- child that the law requires (anmälningsplikt). Text a person or handler wrote, and the
-- shared data itself, are sealed.
create table referrals (
    id text primary key,
    enquiry_id text not null references enquiries (id),
    org text not null,                      -- directory id: socialtjanst:1280, programme:…, civil:…
    kind text not null,                     -- referral | report_of_concern
    categories text not null,               -- what is shared, as ",basic,needs," (basic situation threat needs message contact)
    consent_how text not null,              -- form | phone | chat | writing | none (report of concern only)
    consent_at integer,                     -- when consent was given (unix ms); null without consent
    created_by text not null references users (id),
    created_at integer not null,
    withdrawn_at integer,                   -- consent withdrawn: the recipient may read nothing any more
    withdrawn_by text references users (id),
    protected integer not null default 0,   -- the case's protected-identity marker, carried along
    note_sealed blob,                       -- a note for the recipient
    payload_sealed blob not null,           -- the shared snapshot (JSON): only the chosen categories
    status text not null default 'sent'     -- the recipient's progress; the inbox moves it on
);
create index referrals_enquiry on referrals (enquiry_id, created_at);
create index referrals_org on referrals (org, created_at);

-- The municipalities a referral's recipient belongs to (social services: its own;
-- a programme: those it covers), so the inbox can join on user_municipalities.code.
create table referral_municipalities (
    referral_id text not null references referrals (id),
    code text not null,                     -- kommunkod
    primary key (referral_id, code)
);
create index referral_municipalities_code on referral_municipalities (code);

-- That the report to social services about a child was made: by whom, when, to whom.
create table mandatory_reports (
    id text primary key,
    enquiry_id text not null references enquiries (id),
    reported_to text not null,              -- socialtjanst:{kommunkod}
    reported_by_sealed blob not null,       -- the name or role of who made the report
    reported_at integer not null,           -- when the report was made (unix ms)
    recorded_by text not null references users (id),
    recorded_at integer not null
);
create index mandatory_reports_enquiry on mandatory_reports (enquiry_id);
