-- The number of messages of a conversation, kept on its row: the next message's sequence is taken
-- from it under the row lock every append holds, so sequences never collide and an append never
-- needs to read the messages before it.
alter table chat_conversation add column message_count integer default 0 not null;
update chat_conversation set message_count =
  (select coalesce(max(m.sequence), 0) from chat_message m where m.conversation_id = chat_conversation.id);
