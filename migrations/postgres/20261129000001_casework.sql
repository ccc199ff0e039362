-- Case work in the console: what the queue filters and sorts on, who holds a case, how it
-- ended, and the protected-identity marker. Readable columns only: no text a person typed.
alter table enquiries add column police_region text;            -- from the municipality, for the queue filter
alter table enquiries add column child boolean not null default false;  -- the decision flagged a child
alter table enquiries add column flags text not null default ''; -- the decision's flags as ",a,b," (filterable)
alter table enquiries add column assigned_to text references users (id); -- the handler who claimed it
alter table enquiries add column assigned_at bigint;
alter table enquiries add column protected boolean not null default false; -- sekretessmarkering / skyddad folkbokföring
alter table enquiries add column outcome text;                  -- advice_given | referred | referred_with_report | no_further_action
alter table enquiries add column closed_at bigint;
create index enquiries_assigned on enquiries (assigned_to);

-- The handlers named on a protected case: only they see its address and contact data.
create table protected_access (
    enquiry_id text not null references enquiries (id),
    user_id text not null references users (id),
    granted_by text not null,
    granted_at bigint not null,
    primary key (enquiry_id, user_id)
);
