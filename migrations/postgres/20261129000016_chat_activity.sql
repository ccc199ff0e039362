-- Idle open chats are found by their last activity, on every chat page view and by the
-- sweeper, among as many as 10,000 open chats: only open chats are in this index, so the
-- lookup stays a short range scan however many chats have ended.
create index chats_open_activity on chats (last_activity_at) where status <> 'ended';
-- chats.ended_reason may also be `callback`: the waiting person asked to be called back
-- instead (their wishes are in `callbacks`, keyed by the same enquiry).
