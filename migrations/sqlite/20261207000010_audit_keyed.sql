-- The audit chain is keyed from here on (#14). Until now record n stored
-- sha256(prev_hash ‖ n ‖ at ‖ actor ‖ action ‖ case ‖ detail): whoever held the database
-- could rewrite a record and recompute every hash after it. From record `keyed_from` on,
-- `hash` is an HMAC-SHA256 of the same parts under a key derived from the data key, so
-- the database alone no longer suffices. SQL cannot compute that MAC, so records written
-- before this migration keep their plain hashes and `audit verify` checks them as such;
-- the first keyed record's MAC covers the last plain hash (its prev_hash), so the switch
-- point is bound into the chain. The anchors written outside the database (audit.anchor_file)
-- repeat `keyed_from`, so moving it is detected too. One row.
create table audit_chain (
    id integer primary key check (id = 1),
    keyed_from integer not null
);
insert into audit_chain (id, keyed_from) select 1, coalesce(max(seq), 0) + 1 from audit_log;
