## Notifications: e-mail texts, the outbox and webhooks in the console, and a municipality
## user's notification settings.

# E-mail (fixed text: never anything about the person). Swedish first, English below.
notify-email-subject = Ny remiss väntar i inkorgen
notify-email-body = En ny remiss från Kontaktpunkten väntar i er inkorg. Logga in för att läsa den:
notify-email-footer = Meddelandet innehåller inga uppgifter om personen. Svara inte på det; svar läses inte.
notify-protected-subject = En remiss i inkorgen har ändrats: skyddade personuppgifter
notify-protected-body = Personen i en remiss som ni har fått har nu skyddade personuppgifter. Kontaktuppgifterna har tagits bort ur remissen. Hantera den med skyddade personuppgifter. Logga in för att läsa den:
notify-protected-footer = Meddelandet innehåller inga uppgifter om personen. Svara inte på det; svar läses inte.
notify-digest-subject = Remisser väntar i inkorgen
notify-digest-body = Remisser som väntar i er inkorg: { $count }. Logga in för att läsa dem:
notify-digest-footer = Ni får den här sammanfattningen en gång om dagen. Den innehåller inga uppgifter om någon person.

notify-kind-email = E-post
notify-kind-digest = Daglig sammanfattning
notify-kind-webhook = Webhook

notify-outbox-title = Utskick som misslyckats
notify-outbox-intro = Aviseringar om nya remisser som inte har kunnat levereras. De försöks igen med allt längre mellanrum; efter { $max } försök blir de kvar här som misslyckade tills någon skickar om dem. Listan visar inga uppgifter om personer.
notify-outbox-caption = Utskick med fel: { $count }
notify-outbox-col-delivery = Utskick
notify-outbox-col-recipient = Mottagare
notify-outbox-col-state = Läge
notify-outbox-col-error = Senaste fel
notify-outbox-col-times = Tider
notify-outbox-col-actions = Åtgärder
notify-outbox-referral = Remiss
notify-outbox-recipient-gone = Mottagaren finns inte längre
notify-outbox-state-dead = Misslyckades
notify-outbox-state-retrying = Försöks igen
notify-outbox-attempts = Försök: { $count }
notify-outbox-created = Skapad
notify-outbox-last-attempt = Senaste försök
notify-outbox-next-attempt = Nästa försök
notify-outbox-replay = Skicka om
notify-outbox-empty = Inga utskick har misslyckats.
notify-outbox-done-replayed = Utskicket ligger i kön igen och skickas strax.

notify-webhooks-title = Webhooks till mottagarnas ärendesystem
notify-webhooks-intro = En webhook meddelar en mottagares ärendesystem att en ny remiss väntar. Meddelandet innehåller bara remissens id, en länk och en tidpunkt, aldrig uppgifter om personen.
notify-webhooks-signature-hint = Varje anrop är ett POST med JSON och rubrikerna X-Kontaktpunkt-Timestamp och X-Kontaktpunkt-Signature (sha256= och HMAC-SHA256 i hex av "tidpunkt.innehåll" med hemligheten som nyckel).
notify-webhooks-caption = Webhooks: { $count }
notify-webhooks-col-url = Adress
notify-webhooks-col-orgs = Organisationer
notify-webhooks-col-state = Läge
notify-webhooks-col-created = Skapad
notify-webhooks-col-actions = Åtgärder
notify-webhooks-state-enabled = På
notify-webhooks-state-disabled = Avstängd
notify-webhooks-disable = Stäng av
notify-webhooks-enable = Slå på
notify-webhooks-delete = Ta bort
notify-webhooks-empty = Inga webhooks är inlagda.
notify-webhooks-add-heading = Lägg till en webhook
notify-webhooks-field-url = Adress (http eller https)
notify-webhooks-field-url-hint = Ärendesystemets mottagaradress, till exempel https://arende.kommun.se/kontaktpunkt.
notify-webhooks-field-orgs = Organisationer
notify-webhooks-field-orgs-hint = Id ur katalogen för de organisationer vars remisser ska meddelas, åtskilda med kommatecken eller mellanslag. Till exempel socialtjanst:1280, programme:exempel-malmo, police:region:syd eller kriminalvarden. En kommunkod med fyra siffror betyder kommunens socialtjänst.
notify-webhooks-add = Lägg till
notify-webhooks-secret-heading = Hemlighet för signaturen
notify-webhooks-secret-hint = Kopiera hemligheten nu och lämna den säkert till den som driver ärendesystemet. Den visas bara den här gången.
notify-webhooks-done-added = Webhooken är tillagd.
notify-webhooks-done-disabled = Webhooken är avstängd. Det som redan låg i kön blir misslyckade utskick som kan skickas om.
notify-webhooks-done-enabled = Webhooken är påslagen igen.
notify-webhooks-done-deleted = Webhooken är borttagen.
notify-webhooks-error-url-missing = Skriv adressen till ärendesystemet.
notify-webhooks-error-url-long = Adressen är för lång.
notify-webhooks-error-url = Adressen går inte att använda. Skriv en hel adress som https://arende.kommun.se/kontaktpunkt, utan användarnamn eller lösenord.
notify-webhooks-error-url-scheme = Adressen måste börja med https:// eller http://.
notify-webhooks-error-url-https = Adressen måste börja med https:// (krypterat). Okrypterat http går bara i utvecklingsläge.
notify-webhooks-error-url-private = Adressen får inte peka på tjänstens egna nät (localhost, privata eller lokala adresser). Ange ärendesystemets offentliga https-adress.
notify-webhooks-error-orgs-unknown = { $org } finns inte i katalogen. Skriv ett id som socialtjanst:1280 eller police:region:syd.
notify-webhooks-error-orgs-no-referrals = { $org } tar inte emot remisser.
notify-webhooks-error-orgs-missing = Skriv minst en organisation.

notify-settings-title = Aviseringar
notify-settings-back = Till inkorgen
notify-settings-intro = Vi meddelar dig med e-post när en ny remiss väntar i inkorgen. Meddelandet innehåller bara en länk, aldrig uppgifter om personen.
notify-settings-email-off = E-postaviseringar är avstängda för hela tjänsten just nu. Dina val sparas och gäller när de slås på.
notify-settings-field-email = E-postadress i tjänsten
notify-settings-field-email-hint = Din e-postadress på arbetet. Lämna tomt om du inte vill ha e-post.
notify-settings-frequency = Hur ofta vill du få e-post?
notify-settings-immediate = Direkt, ett meddelande för varje ny remiss
notify-settings-digest = En sammanfattning om dagen, klockan { $hour }.00
notify-settings-save = Spara
notify-settings-done = Dina val är sparade.
notify-settings-error-email = Skriv en e-postadress som namn@kommun.se, eller lämna fältet tomt.
notify-settings-error-frequency = Välj hur ofta du vill få e-post.
