-- The last TOTP time step a user signed in with: a code is accepted once (RFC 6238 §5.2),
-- so a code read over a shoulder or replayed from a captured request is refused.
alter table users add column totp_last_step bigint;
