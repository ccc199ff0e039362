-- Quasi-identifiers are no longer readable in the database (#14). The queue's filters
-- keep what they need as keyed tags (`t` + 24 hex digits, an HMAC under a key derived
-- from the data key): `enquiries.flags` holds ",tag,tag," of the decision's flags and
-- `enquiries.police_region` the region's tag, in the same columns. A callback request's
-- wishes (safe windows, voicemail, saying who calls, interpreter) are sealed into the new
-- column below, bound to the row (`callbacks.wishes:{id}`); the old columns stay, blank
-- (`windows` '', the flags false, no language). SQL cannot compute a tag or seal, so the
-- rows stored before this migration are converted at start-up by src/enquiry/reseal.rs,
-- which leaves a converted row alone.
alter table callbacks add column wishes_sealed bytea;
