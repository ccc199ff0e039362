-- Sessions end after an idle time (auth.session_idle_minutes) as well as at their absolute
-- expiry (#14): the last request the session made, unix ms, written at most about once a
-- minute. A session open when this runs counts as last seen when it started.
alter table sessions add column last_seen_at integer not null default 0;
update sessions set last_seen_at = created_at;
