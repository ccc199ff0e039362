## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = Beslut om ärendet
decisions-history-engine = Motorns förslag
decisions-history-override = Ändrat av { $name }
decisions-history-reason = Motivering
decisions-history-none = Motorns förslag gäller. Ingen har ändrat det.
decisions-override-summary = Ändra prioritet eller mottagare
decisions-override-hint = Motorns förslag sparas ändå, så att reglerna kan förbättras. Ändringen och motiveringen loggas.
decisions-priority = Prioritet
decisions-priority-P1 = P1 – agera nu (akut fara)
decisions-priority-P2 = P2 – samma arbetsdag
decisions-priority-P3 = P3 – inom två arbetsdagar
decisions-recipients-legend = Mottagare
decisions-recipients-hint = Precis en mottagare ska vara ansvarig.
decisions-role-primary = Ansvarig
decisions-role-secondary = Medverkar
decisions-role-inform = Informeras
decisions-role-remove = Ta bort
decisions-add-legend = Lägg till en mottagare
decisions-add-org = Organisation
decisions-add-hint = Skriv organisationens id eller välj i listan, till exempel socialtjanst:1280. Lämna tomt om du inte lägger till någon.
decisions-add-role = Roll för den nya mottagaren
decisions-reason = Motivering (krävs)
decisions-reason-hint = Varför ändrar du förslaget? Motiveringen sparas krypterad och visas för kollegor som arbetar med ärendet.
decisions-override-send = Spara ändringen
decisions-added-reason = Tillagd av en handläggare.
decisions-error-summary = Ändringen sparades inte
decisions-error-priority = Välj prioritet P1, P2 eller P3.
decisions-error-role = Välj en roll för { $org }.
decisions-error-unknown-org = Det finns ingen organisation med id { $org } i katalogen.
decisions-error-duplicate = { $org } finns redan bland mottagarna.
decisions-error-primary = Precis en mottagare ska vara ansvarig.
decisions-error-civil-primary = { $org } är en organisation i civilsamhället och kan bara medverka eller informeras, inte vara ansvarig.
decisions-error-civil-vetting = { $org } är inte granskad, eller granskningen har gått ut. Den kan inte få ärenden.
decisions-error-civil-acute = Ett P1-ärende (akut fara) får inte gå till civilsamhället. Ta bort { $org } eller välj en annan prioritet.
decisions-error-civil-child = Ärendet gäller ett barn och får inte gå till civilsamhället. Ta bort { $org }.
decisions-error-civil-threat = Personen är allvarligt hotad. Då får ärendet inte gå till civilsamhället. Ta bort { $org }.
decisions-error-civil-protected = Personen har skyddad identitet eller är skyddat vittne. Då får ärendet inte gå till civilsamhället. Ta bort { $org }.
decisions-error-reason = Skriv varför du ändrar förslaget.
decisions-error-reason-long = Motiveringen är för lång. Korta den till högst 2 000 tecken.
decisions-error-unchanged = Du har inte ändrat något. Ändra prioritet eller mottagare.
decisions-error-closed = Ärendet är avslutat. Öppna det igen innan du ändrar beslutet.
decisions-change-priority = Prioritet { $from } → { $to }
decisions-change-added = Lade till { $name } ({ $to ->
    [primary] ansvarig
    [secondary] medverkar
   *[inform] informeras
})
decisions-change-removed = Tog bort { $name } (var { $from ->
    [primary] ansvarig
    [secondary] medverkande
   *[inform] informerad
})
decisions-change-role = { $name }: { $from ->
    [primary] ansvarig
    [secondary] medverkar
   *[inform] informeras
} → { $to ->
    [primary] ansvarig
    [secondary] medverkar
   *[inform] informeras
}

decisions-outcome-heading = Avslut
decisions-open-now = Ärendet är öppet.
decisions-outcome-legend = Hur slutade ärendet?
decisions-outcome-hint = Utfallet räknas i uppföljningen. Ett avslutat ärende lämnar kön men kan öppnas igen.
decisions-outcome-advice_given = Råd gavs
decisions-outcome-referred = Hänvisat vidare
decisions-outcome-referred_with_report = Hänvisat vidare med orosanmälan
decisions-outcome-no_further_action = Ingen ytterligare åtgärd
decisions-close = Avsluta ärendet
decisions-closed-as = Avslutat: { $outcome ->
    [advice_given] råd gavs
    [referred] hänvisat vidare
    [referred_with_report] hänvisat vidare med orosanmälan
   *[no_further_action] ingen ytterligare åtgärd
}
decisions-reopen = Öppna ärendet igen
decisions-reopen-hint = Ärendet kommer tillbaka i kön. Historiken finns kvar.
decisions-error-outcome = Välj hur ärendet slutade.
decisions-error-already-closed = Ärendet är redan avslutat.
decisions-error-not-closed = Ärendet är inte avslutat.
decisions-events-heading = Händelser i ärendet
decisions-event-close = { $actor } avslutade ärendet: { $detail ->
    [advice_given] råd gavs
    [referred] hänvisat vidare
    [referred_with_report] hänvisat vidare med orosanmälan
   *[no_further_action] ingen ytterligare åtgärd
}
decisions-event-reopen = { $actor } öppnade ärendet igen
decisions-event-protect = { $actor } markerade skyddad identitet
decisions-event-unprotect = { $actor } tog bort markeringen om skyddad identitet
decisions-event-grant = { $actor } gav { $detail } tillgång till adress- och kontaktuppgifter
decisions-event-revoke = { $actor } tog bort { $detail } från de som har tillgång

decisions-protection-heading = Skyddad identitet
decisions-protected-marker = Skyddad identitet – sekretessmarkering eller skyddad folkbokföring
decisions-protected-explained = Adress- och kontaktuppgifter visas bara för de namngivna handläggarna. Uppgifterna lämnas aldrig ut i export, och markeringen följer med varje hänvisning.
decisions-protected-you-see = Du är namngiven och ser adress- och kontaktuppgifter.
decisions-protected-hidden = Du är inte namngiven. Adress- och kontaktuppgifter är dolda för dig.
decisions-named-heading = Namngivna handläggare
decisions-named-none = Ingen är namngiven. Ingen ser adress- och kontaktuppgifter.
decisions-revoke = Ta bort { $name }
decisions-grant-label = Namnge en handläggare
decisions-grant-hint = Bara den som måste se adress- och kontaktuppgifter ska namnges.
decisions-grant = Namnge
decisions-unprotect = Ta bort markeringen
decisions-unprotect-hint = Ta bara bort markeringen om den satts av misstag eller skyddet har upphört. Alla namngivna tas bort.
decisions-unprotected = Ärendet är inte markerat.
decisions-said-protected = Personen har uppgett att hen har skyddade personuppgifter. Markera ärendet.
decisions-protect = Markera skyddad identitet
decisions-protect-hint = Då ser bara namngivna handläggare adress- och kontaktuppgifter. Du blir namngiven själv; en arbetsledare kan namnge fler.
decisions-error-already-protected = Ärendet är redan markerat. Be en arbetsledare namnge dig om du behöver se uppgifterna.
decisions-error-not-protected = Ärendet är inte markerat med skyddad identitet.
decisions-error-user = Välj en aktiv handläggare, arbetsledare eller administratör.
decisions-error-already-named = Den handläggaren är redan namngiven.
decisions-error-not-named = Den användaren är inte namngiven på ärendet.

decisions-overrides-title = Ändrade beslut
decisions-overrides-intro = Ärenden där en handläggare ändrade motorns förslag: vilka regler som slog till, vad motorn föreslog och vad som gäller nu. Här finns ingen text om personerna. Använd skillnaderna för att förbättra reglerna.
decisions-overrides-caption = Ändrade ärenden: { $count }
decisions-overrides-col-case = Ärende
decisions-overrides-col-rules = Regler som slog till
decisions-overrides-col-engine = Motorns förslag
decisions-overrides-col-human = Beslut som gäller
decisions-overrides-col-changes = Skillnad
decisions-overrides-case-link = Ändrat { $at }
decisions-overrides-count = { $count ->
    [one] en ändring
   *[other] { $count } ändringar
}
decisions-overrides-empty = Inga beslut har ändrats.
decisions-history-retriage = Nytt förslag från reglerna när { $name } uppdaterade uppgifterna

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = Uppdatera det vi vet
console-facts-hint = Välj det du har fått veta i samtalet. Reglerna föreslår då på nytt. Personens eget meddelande, språk och samtycke ändras inte.
console-facts-save = Spara och föreslå på nytt
console-facts-not-holder = En kollega håller ärendet. Be hen uppdatera uppgifterna, eller be en arbetsledare ta över ärendet.
console-facts-closed = Ärendet är avslutat. Öppna det igen för att ändra uppgifterna.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = Ring 112 – akut fara
decisions-notice-call_90101 = Självmordslinjen 90101 vid tankar på självmord (Mind, öppen dygnet runt)
decisions-notice-call_114_14 = Polisen 114 14 (inte akut)
decisions-notice-call_socialjour = Socialjouren: kommunens socialtjänst utanför kontorstid
decisions-notice-call_bris = Bris 116 111 för barn och unga
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen 020-50 50 50, öppen dygnet runt
decisions-notice-call_1177 = 1177 Vårdguiden
decisions-notice-primary_closed = Den huvudansvariga mottagaren har stängt nu: se vart ärendet går utanför öppettiden
decisions-notice-no_offence_data = Civilsamhället är mottagare: skicka inga uppgifter om brott dit
decisions-notice-placing_municipality = Kommunen som placerade personen är ansvarig: ta reda på vilken kommun det är och kontakta den
decisions-notice-find_psychiatry = Regionens psykiatri behövs, men ingen kommun är känd: ta reda på vilken region
