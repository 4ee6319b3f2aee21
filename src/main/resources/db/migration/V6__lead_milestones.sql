-- Milestones the dashboards measure, kept on the row when they happen (LeadJournal) instead of searched for in
-- the timeline on every dashboard view: with a million leads that search was most of a 35 s uncached dashboard.
-- Existing rows are filled in by the next migration (LeadMilestonesBackfill), from the tables they summarise.

-- the first time the lead reached each step of speed to lead and of the funnel
alter table lead add column first_assigned_at timestamp with time zone;
alter table lead add column first_notified_at timestamp with time zone;
alter table lead add column first_accepted_at timestamp with time zone;
-- first qualify / nurture / reject / deal submission / note after the first acceptance
alter table lead add column first_acted_at timestamp with time zone;
alter table lead add column deal_registered_at timestamp with time zone;
alter table lead add column opportunity_created_at timestamp with time zone;

-- what became of the lead with this try's partner
alter table assignment add column deal_registered boolean default false not null;
alter table assignment add column opportunity_created boolean default false not null;
alter table assignment add column recycled boolean default false not null;
