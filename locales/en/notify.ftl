## Notifications: e-mail texts, the outbox and webhooks in the console, and a municipality
## user's notification settings.

# E-mail (fixed text: never anything about the person). Swedish first, English below.
notify-email-subject = A new referral is waiting
notify-email-body = A new referral from the contact point is waiting in your inbox. Sign in to read it:
notify-email-footer = This message holds no details about the person. Do not reply; replies are not read.
notify-protected-subject = A referral in your inbox has changed: protected identity
notify-protected-body = The person in a referral you received now has a protected identity. The contact details have been removed from the referral. Handle it as a protected identity case. Sign in to read it:
notify-protected-footer = This message holds no details about the person. Do not reply; replies are not read.
notify-digest-subject = Referrals are waiting
notify-digest-body = Referrals waiting in your inbox: { $count }. Sign in to read them:
notify-digest-footer = You get this summary once a day. It holds no details about anyone.

notify-kind-email = E-mail
notify-kind-digest = Daily digest
notify-kind-webhook = Webhook

notify-outbox-title = Failed deliveries
notify-outbox-intro = Notifications of new referrals that could not be delivered. They are retried at growing intervals; after { $max } attempts they stay here as failed until someone sends them again. The list shows nothing about any person.
notify-outbox-caption = Deliveries with errors: { $count }
notify-outbox-col-delivery = Delivery
notify-outbox-col-recipient = Recipient
notify-outbox-col-state = State
notify-outbox-col-error = Last error
notify-outbox-col-times = Times
notify-outbox-col-actions = Actions
notify-outbox-referral = Referral
notify-outbox-recipient-gone = The recipient no longer exists
notify-outbox-state-dead = Failed
notify-outbox-state-retrying = Being retried
notify-outbox-attempts = Attempts: { $count }
notify-outbox-created = Created
notify-outbox-last-attempt = Last attempt
notify-outbox-next-attempt = Next attempt
notify-outbox-replay = Send again
notify-outbox-empty = No delivery has failed.
notify-outbox-done-replayed = The delivery is queued again and goes out shortly.

notify-webhooks-title = Webhooks to recipients' case systems
notify-webhooks-intro = A webhook tells a recipient's case system that a new referral is waiting. It carries only the referral's id, a link and a time, never details about the person.
notify-webhooks-signature-hint = Each call is a POST of JSON with the headers X-Kontaktpunkt-Timestamp and X-Kontaktpunkt-Signature (sha256= and the hex HMAC-SHA256 of "timestamp.body" keyed with the secret).
notify-webhooks-caption = Webhooks: { $count }
notify-webhooks-col-url = Address
notify-webhooks-col-orgs = Organisations
notify-webhooks-col-state = State
notify-webhooks-col-created = Created
notify-webhooks-col-actions = Actions
notify-webhooks-state-enabled = On
notify-webhooks-state-disabled = Disabled
notify-webhooks-disable = Disable
notify-webhooks-enable = Enable
notify-webhooks-delete = Delete
notify-webhooks-empty = No webhooks have been added.
notify-webhooks-add-heading = Add a webhook
notify-webhooks-field-url = Address (http or https)
notify-webhooks-field-url-hint = The case system's receiving address, for example https://case.municipality.se/contact-point.
notify-webhooks-field-orgs = Organisations
notify-webhooks-field-orgs-hint = Directory ids of the organisations whose referrals it is told of, separated by commas or spaces. For example socialtjanst:1280, programme:exempel-malmo, police:region:syd or kriminalvarden. A four-digit municipality code means that municipality's social services.
notify-webhooks-add = Add
notify-webhooks-secret-heading = Secret for the signature
notify-webhooks-secret-hint = Copy the secret now and hand it safely to whoever runs the case system. It is shown this once only.
notify-webhooks-done-added = The webhook has been added.
notify-webhooks-done-disabled = The webhook is disabled. What was already queued becomes failed deliveries that can be sent again.
notify-webhooks-done-enabled = The webhook is enabled again.
notify-webhooks-done-deleted = The webhook has been deleted.
notify-webhooks-error-url-missing = Enter the case system's address.
notify-webhooks-error-url-long = The address is too long.
notify-webhooks-error-url = This address cannot be used. Enter a full address such as https://case.municipality.se/contact-point, without a user name or password.
notify-webhooks-error-url-scheme = The address must start with https:// or http://.
notify-webhooks-error-url-https = The address must start with https:// (encrypted). Plain http works only in dev mode.
notify-webhooks-error-url-private = The address may not point into the service's own networks (localhost, private or local addresses). Give the case system's public https address.
notify-webhooks-error-orgs-unknown = { $org } is not in the directory. Enter an id such as socialtjanst:1280 or police:region:syd.
notify-webhooks-error-orgs-no-referrals = { $org } does not receive referrals.
notify-webhooks-error-orgs-missing = Enter at least one organisation.

notify-settings-title = Notifications
notify-settings-back = Back to the inbox
notify-settings-intro = We tell you by e-mail when a new referral is waiting in the inbox. The message holds only a link, never details about the person.
notify-settings-email-off = E-mail notifications are switched off for the whole service at the moment. Your choices are kept and apply once they are on.
notify-settings-field-email = Work e-mail address
notify-settings-field-email-hint = Your e-mail address at work. Leave it empty if you want no e-mail.
notify-settings-frequency = How often do you want e-mail?
notify-settings-immediate = At once, one message for each new referral
notify-settings-digest = One summary a day, at { $hour }:00
notify-settings-save = Save
notify-settings-done = Your choices are saved.
notify-settings-error-email = Enter an e-mail address such as name@municipality.se, or leave the field empty.
notify-settings-error-frequency = Choose how often you want e-mail.
