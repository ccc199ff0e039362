-- Inbox and API users are bound to organisations of the directory (socialtjanst:1280,
-- programme:{slug}, police:region:syd, kriminalvarden, …), not to municipality codes: a
-- referral is visible only to the users of its recipient organisation (`referrals.org`),
-- so a referral to the Malmö programme no longer reaches Lund's social services, and
-- every kind of recipient can have an inbox.
create table user_orgs (
    user_id text not null references users (id),
    org text not null,                      -- directory id: socialtjanst:1280, programme:…, police:region:syd, …
    primary key (user_id, org)
);
create index user_orgs_org on user_orgs (org);

-- A user bound to a municipality acted for its social services; a programme user bound to
-- the codes it covers must be bound again to its programme (`user add --org`).
insert into user_orgs (user_id, org)
    select user_id, 'socialtjanst:' || code from user_municipalities;
drop table user_municipalities;

-- A token narrowed to codes is narrowed to those municipalities' social services:
-- ",1280,1281," becomes ",socialtjanst:1280,socialtjanst:1281,".
update api_tokens
    set codes = substr(replace(codes, ',', ',socialtjanst:'), 1,
                       length(replace(codes, ',', ',socialtjanst:')) - length('socialtjanst:'))
    where codes <> '';

-- The inbox finds a recipient's referrals by organisation through the existing index
-- `referrals_org (org, created_at)`.

-- `referral_municipalities` is kept: the webhooks of municipal case systems
-- (`webhook_municipalities`) are still addressed by municipality code and join through
-- it. Nothing that reads a referral (inbox, API, e-mail) uses it any more; dropping it
-- would silence every configured webhook.
