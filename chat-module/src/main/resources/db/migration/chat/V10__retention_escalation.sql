-- Retention: remember that a conversation was handed to an agent, even after the customer ended it,
-- so it is kept by the agent-chat rule (3.5 / 1.5 years) and never by the bot rule (1 month).
alter table chat_conversation add column escalated_at timestamp(6) with time zone;

-- The purge asks for bot-only conversations idle since before a cutoff, oldest first: an ordered
-- range scan on last_activity_at that skips escalated ones inside the index (PostgreSQL does not
-- order by the second column after an IS NULL condition on the first).
create index chat_conversation_retention on chat_conversation (last_activity_at, escalated_at);

-- Bulk erasure deletes messages by conversation: the unique (conversation_id, sequence) index of V1
-- serves it, so no further index slows down live inserts.
