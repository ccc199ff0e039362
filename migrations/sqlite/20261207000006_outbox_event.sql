-- Issue #14: a recipient is told not only that a referral waits but also when it changed
-- under them: when the person's identity becomes protected, the contact data is removed
-- from every live referral's payload and each recipient is told ("referral.protected").
-- A delivery is once per kind, recipient, referral and event.
alter table outbox add column event text not null default 'waiting'; -- waiting | protected
drop index outbox_once;
create unique index outbox_once on outbox (kind, recipient, referral_id, event);
