-- Webhooks are bound to organisations of the directory (socialtjanst:1280,
-- programme:{slug}, police:region:syd, kriminalvarden, …), like inbox users (`user_orgs`):
-- a webhook hears of a referral when the referral's recipient organisation
-- (`referrals.org`) is one of its own, so a programme, a police region or an agency can
-- have its case system told of a new referral, not only a municipality's social services.
create table webhook_orgs (
    webhook_id text not null references webhooks (id) on delete cascade,
    org text not null,                      -- directory id: socialtjanst:1280, programme:…, police:region:syd, …
    primary key (webhook_id, org)
);
create index webhook_orgs_org on webhook_orgs (org);

-- A municipality code stood for that municipality's social services: every existing
-- webhook keeps hearing of exactly what it heard of before.
insert into webhook_orgs (webhook_id, org)
    select webhook_id, 'socialtjanst:' || code from webhook_municipalities;
drop table webhook_municipalities;

-- Neither webhooks nor e-mail read `referral_municipalities` now; it is still written with
-- each referral and left as it is.
