-- Reply templates for common answers, one body per site language. The texts are general
-- (written for anyone, about no one), so they are stored readable, not sealed.
create table reply_templates (
    id text primary key,
    name text not null unique,              -- what handlers pick from, e.g. "Ring 112 vid fara"
    created_at integer not null,            -- unix ms
    updated_at integer not null,            -- unix ms
    updated_by text not null                -- a user id, or `system` for the shipped texts
);

create table reply_template_bodies (
    template_id text not null references reply_templates (id) on delete cascade,
    lang text not null,                     -- a site language tag: sv en ar fa prs ps so ti tr fi
    body text not null,
    primary key (template_id, lang)
);

-- One row once the shipped templates (config/reply-templates.toml) have been loaded, so
-- that a supervisor who deletes them all does not get them back on the next page view.
create table reply_template_seeding (
    id integer primary key,                 -- always 1
    seeded_at integer not null              -- unix ms
);
