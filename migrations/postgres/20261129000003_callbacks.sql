-- Callback requests (CONTRACT: /{lang}/callback) and the handlers' call attempts.
-- The number, the code word and attempt notes are sealed (crypto.rs); the safe windows
-- and the person's wishes stay readable so the console can plan a call without opening
-- anything a person typed.
create table callbacks (
    enquiry_id text primary key references enquiries (id),
    phone_sealed bytea not null,            -- E.164 number, sealed
    code_word_sealed bytea,                 -- sealed, when the person chose one
    windows text not null,                 -- ",weekday_morning,weekend_day," (at least one)
    voicemail_ok boolean not null,         -- a voicemail may be left
    may_say_who boolean not null,          -- the caller may say who is calling
    interpreter boolean not null default false,
    interpreter_language text,             -- BCP 47 tag of the interpreter's language
    stopped_at bigint,                    -- a wrong person answered: never call again
    stopped_by text references users (id)
);

-- Every call attempt, in order, with the time proposed for the next one.
create table callback_attempts (
    id text primary key,
    enquiry_id text not null references enquiries (id),
    at bigint not null,                   -- unix ms
    by_user text not null references users (id),
    outcome text not null,                 -- reached | no_answer | wrong_person | try_later
    note_sealed bytea,
    next_try_at bigint                    -- unix ms, for no_answer and try_later
);
create index callback_attempts_case on callback_attempts (enquiry_id, at);
