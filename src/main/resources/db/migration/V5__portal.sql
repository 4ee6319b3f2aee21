-- Portal: the running SLA clock of each try (for the countdown), the FAQ, and indexes for the dashboards.
-- Written for both H2 and PostgreSQL.

-- When the current SLA of this try lapses: the accept SLA until the partner accepts, then the act SLA.
-- Copied from the user task's due date when the task is created.
alter table assignment add column sla_due_at timestamp with time zone;

-- Partner-facing knowledge base, Markdown bodies; the starter articles are loaded from classpath faq/*.md.
create table faq_article (
    slug        varchar(80)   primary key,
    title       varchar(200)  not null,
    body        varchar(100000) not null,
    position    integer       not null default 100,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)
);

-- Dashboards filter leads by date, region, type and partner, then join tries, events, deals and opportunities.
create index ix_lead_received on lead (received_at, region, lead_type);
create index ix_lead_open_status on lead (status, updated_at);
create index ix_assignment_lead_attempt on assignment (lead_id, attempt, assigned_at, accepted_at);
create index ix_assignment_outcome on assignment (partner_key, outcome);
create index ix_lead_event_lead_type on lead_event (lead_id, type, occurred_at);
create index ix_deal_lead_partner on deal_registration (lead_id, partner_key);
create index ix_opportunity_partner on opportunity (partner_key, lead_id);
