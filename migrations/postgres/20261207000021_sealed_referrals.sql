-- Issue #14: the quasi-identifiers of referrals and the audit log are sealed at rest.
-- Whoever holds a copy of the database must not learn to which organisation (which
-- municipality) a case was referred or forwarded, nor read an event's or an audit
-- record's detail (an organisation, an outcome, a colleague named on a case).
--
-- `referrals.org` keeps only what the inbox filters on: the organisation's keyed tag
-- (`t` and 24 hex digits, an HMAC under a key derived from the data key), so the same
-- organisation has the same tag and nothing else can be read from it. The organisation
-- itself is sealed beside it. Nothing filters on a forward's target, an event's detail,
-- an audit detail or the social services a report about a child went to: those are only
-- sealed, and their clear columns left empty. `referral_municipalities.code`, which
-- nothing reads any more, holds each municipality's keyed tag instead of its code.
--
-- SQL can compute neither a tag nor a sealed value, so rows written before this migration
-- are converted at start-up, right after the migrations (src/referral/reseal.rs): the
-- clear value is sealed and then blanked (for `org`, replaced by its tag). A row with
-- its sealed column set is converted; the conversion runs again harmlessly. Audit records
-- from before the chain was keyed (before `audit_chain.keyed_from`) keep their clear
-- detail: their plain hash covers it, so sealing it would hide nothing.
alter table referrals add column org_sealed bytea;             -- referrals.org:{id}, padded
alter table referrals add column forwarded_to_sealed bytea;    -- referrals.forwarded_to:{id}, padded
alter table referral_events add column detail_sealed bytea;    -- referral_events.detail:{id}, padded
alter table case_events add column detail_sealed bytea;        -- case_events.detail:{id}, padded
alter table audit_log add column detail_sealed bytea;
alter table mandatory_reports add column reported_to_sealed bytea;          -- audit_log.detail:{seq}, padded
