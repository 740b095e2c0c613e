-- The feedback context's tables: one-time survey invitations (token hashes) and anonymous answers.
create table feedback_invitation (
    token_hash      varchar(64)  not null primary key,
    conversation_id uuid         not null,
    language        varchar(2)   not null,
    invited_at      timestamp(6) with time zone not null,
    answered_at     timestamp(6) with time zone
);

create index feedback_invitation_conversation on feedback_invitation (conversation_id);

-- Deliberately no conversation id and no contact data: answers cannot be traced to a customer.
create table feedback_survey (
    id          uuid          not null primary key,
    score       integer       not null,
    comment     varchar(1000),
    language    varchar(2)    not null,
    answered_at timestamp(6) with time zone not null
);
