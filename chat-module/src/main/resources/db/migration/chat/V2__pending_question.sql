-- The question the bot waits for the customer to answer (e.g. TRACKING_NUMBER); null when none.
alter table chat_conversation add column pending_question varchar(32);
