-- The random review: the bot's confidence kept with each sample (for drawing by confidence), and
-- the reviewer's verdict. Still nothing that points to a conversation or a person, and no time of
-- day: the day a sample was reviewed is enough.
alter table statistics_review_sample add column confidence double precision;
alter table statistics_review_sample add column verdict varchar(16);
alter table statistics_review_sample add column right_intent varchar(64);
alter table statistics_review_sample add column reviewed_on date;

create index statistics_review_sample_open on statistics_review_sample (verdict, sample_day);
