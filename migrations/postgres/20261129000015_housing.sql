-- Housing arranged for the person, as the recipient recorded it: the third follow-up time
-- (time to accept, to first contact, to housing). Recorded once, like the first contact;
-- the step itself is a referral_events row of kind `housing` (occurred_at holds the time).
alter table referrals add column housing_at bigint;  -- unix ms, as recorded
