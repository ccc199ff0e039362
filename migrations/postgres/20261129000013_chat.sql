-- The anonymous chat. A chat is an enquiry with channel `chat`; its messages are the
-- enquiry's messages (sealed, numbered per enquiry: the chat's sequence numbers). Only
-- what the queue and the wait estimate need stays readable; the address token is kept
-- as a keyed hash, never in clear.
create table chats (
    enquiry_id text primary key references enquiries (id),
    token_hash bytea unique,               -- keyed hash of the chat's address token; null once blocked
    lang text not null,                    -- the site language the chat runs in
    status text not null,                  -- waiting | active | ended
    ended_reason text,                     -- person | staff | idle | blocked | left_message
    created_at bigint not null,            -- unix ms
    accepted_at bigint,
    ended_at bigint,
    last_activity_at bigint not null,      -- last message, or sign of the waiting person
    code_sealed bytea                      -- the receipt code, until the person says they saved it
);
create index chats_status on chats (status, created_at);
create index chats_ended on chats (ended_at);
