## Information pages. One message per paragraph or list item. Plain text only.

## Start page
home-title = Stöd för dig som vill lämna
home-lead = Kontaktpunkten är en nationell kontaktpunkt för dig som vill lämna kriminalitet, våldsbejakande extremism eller hedersförtryck – och för din familj och de som arbetar med dig.
home-choose-heading = Välj det som passar dig
home-entry-leave = Jag vill lämna
home-entry-leave-text = Ett gäng, kriminalitet, en våldsbejakande grupp eller ett liv styrt av heder.
home-entry-relatives = Jag är orolig för någon som står mig nära
home-entry-relatives-text = För föräldrar, partner, syskon och vänner.
home-entry-professionals = Jag arbetar med det här
home-entry-professionals-text = Kommun, socialtjänst, skola, vård och andra.
home-entry-young = Jag är under 18 år
home-entry-young-text = Enkel text om vad som händer när du skriver till oss.
home-write-heading = Skriv till oss
home-write-anonymous = Du behöver inte skriva ditt namn.
home-receipt-heading = Har du redan skrivit till oss?
home-receipt-text = Använd koden du fick för att läsa vårt svar.
home-more-where-to-turn = Vart vänder jag mig? Telefonnummer och öppettider
home-more-support = Vilket stöd kan jag få?
home-more-privacy = Hur vi skyddar det du skriver
home-more-when-closed = Om du behöver hjälp när vi har stängt

## I want to leave
leave-title = Jag vill lämna
leave-lead = Det är ett stort beslut att vilja ta sig ur. Du behöver inte göra det ensam. Många har gjort det före dig.
leave-who = Den här sidan är för dig som vill lämna ett kriminellt nätverk eller gäng, en våldsbejakande grupp, eller ett liv där familjen eller släkten styr dig med hot och våld i hederns namn.
leave-can-heading = Det här kan vi göra för dig
leave-can-listen = Läsa och förstå din situation, utan att döma dig.
leave-can-advise = Ge råd om nästa steg och berätta vilket stöd som finns där du bor.
leave-can-connect = Koppla dig vidare till den som kan hjälpa dig – bara om du vill och med ditt samtycke.
leave-can-follow = Hjälpa dig att hitta rätt om du redan har kontakt med till exempel Kriminalvården, SiS eller socialtjänsten.
leave-cannot-heading = Det här kan vi inte göra
leave-cannot-text = Vi kan inte själva ge dig bostad, pengar eller skydd. Det beslutar socialtjänsten, polisen och andra. Vi kan inte lova att allt ordnar sig, och vi kan inte ta bort straff för brott. Men vi hjälper dig att komma i kontakt med dem som kan ge stöd.
leave-happens-heading = Det här händer när du skriver
leave-happens-write = Du skriver till oss och får en kod.
leave-happens-read = En handläggare på kontaktpunkten läser det du har skrivit.
# promise: tests/api/promises.rs::the_reply_promised_is_no_shorter_than_the_slowest_service_level
leave-happens-answer = Vi svarar inom { $days ->
    [one] en arbetsdag
   *[other] { $days } arbetsdagar
}. Svaret läser du här på webbplatsen med din kod. Om du vill kan vi också ringa dig på en tid som är säker för dig.
leave-happens-advise = Vi ger råd och föreslår vem som kan hjälpa dig.
leave-happens-consent = Om du vill, och bara med ditt samtycke, kopplar vi dig vidare. Du bestämmer vilka uppgifter som lämnas, till vem och när. Du kan ta tillbaka ditt samtycke.
leave-actors-heading = Vem vi kan koppla dig till
leave-actor-social = Socialtjänsten i din kommun – stöd med boende, ekonomi, behandling och mycket annat.
leave-actor-police = Polisens avhopparsamordnare i din region – när du är hotad och behöver skydd.
leave-actor-programme = Kommunens eller regionens avhopparverksamhet, där sådan finns.
leave-actor-prison = Kriminalvården, om du sitter i häkte eller fängelse eller har frivård.
leave-actor-sis = SiS, om du är placerad på ett SiS-hem.
leave-actor-psychiatry = Psykiatrin i din region, om du mår psykiskt dåligt.
leave-actor-migration = Migrationsverket, om du inte är svensk medborgare och själv vill återvända till ett annat land. Bara om du ber om det.
leave-actor-civil = Ideella organisationer som vi har granskat, till exempel för en mentor eller en ny gemenskap.
leave-anonymous-heading = Du kan vara anonym
leave-anonymous-text = Du behöver inte berätta vem du är för att få råd. Om du vill ha hjälp på plats, till exempel med boende, behöver den som hjälper dig så småningom veta vem du är. Det bestämmer du när det är dags.
leave-threat-heading = Om du är hotad
leave-threat-text = Polisen kan ge skydd när det finns ett hot. Många som lämnar flyttar till en annan kommun, och det finns hjälp med det. Berätta gärna för oss om du är hotad, men inte vad du själv har gjort.
leave-women-heading = Till dig som är tjej eller kvinna
leave-women-text = Det finns stöd som är anpassat för flickor och kvinnor, till exempel skyddat boende. Du kan också ringa Kvinnofridslinjen på 020-50 50 50, dygnet runt.
leave-honour-heading = Om det handlar om heder
leave-honour-text = Du har rätt att bestämma över ditt eget liv, vem du träffar och vem du gifter dig med. Om din familj eller släkt kontrollerar dig med hot eller våld kan socialtjänsten och polisen hjälpa dig. Det gäller också om du är under 18 år.

## Relatives
relatives-title = Jag är orolig för någon som står mig nära
relatives-lead = Det är tungt att se någon man tycker om i kriminalitet, i en våldsbejakande grupp eller under hedersförtryck. Du kan få råd – och stöd för din egen skull.
relatives-can-heading = Det här kan vi göra för dig
relatives-can-advise = Ge råd om hur du kan prata med din närstående och vad du kan göra.
relatives-can-explain = Berätta vilket stöd som finns och vem som ansvarar för vad där ni bor.
relatives-can-connect = Med ditt samtycke koppla dig till socialtjänsten eller någon annan som kan hjälpa.
relatives-can-yourself = Hjälpa dig att få stöd för egen del. Många anhöriga bär på oro, skam och rädsla. Socialtjänsten kan ge stöd även till anhöriga.
relatives-tell-heading = Vad vi kan och inte kan berätta för dig
relatives-tell-can = Vi kan berätta vilket stöd som finns, hur det brukar gå till när någon lämnar och vart du kan vända dig.
relatives-tell-cannot = Om din närstående själv har kontakt med oss får vi inte berätta något om det för dig utan hens samtycke – inte ens att hen har hört av sig. Det är sekretessen, och den skyddar också din närstående.
relatives-tell-child = Gäller det ditt barn under 18 år? Då kan socialtjänsten berätta hur du som vårdnadshavare kan få information och vara delaktig.
relatives-callback-heading = Vi kan ringa upp dig
relatives-callback-text = Du kan be oss ringa dig i stället för att skriva. Du väljer själv en tid då det är säkert för dig att prata.
relatives-callback-who = När vi ringer säger vi bara vem vi är om du har sagt att det är okej. Du kan också välja ett kodord, så att du vet att det är vi.
relatives-callback-interpreter = Säg till om du behöver tolk, så försöker vi ordna det.
relatives-child-heading = Om du är orolig för ett barn
relatives-child-text = Om du tror att ett barn far illa kan du alltid kontakta socialtjänsten i kommunen där barnet bor. Du kan göra en orosanmälan själv. Du kan också skriva till oss först och få råd.
relatives-threat-heading = Om du själv är hotad
relatives-threat-text = Anhöriga kan också utsättas för hot. Är det akut, ring 112. Annars kan du ringa polisen på 114 14.
relatives-no-crimes = Skriv inte om brott som din närstående eller du har begått. Beskriv hellre vad du är orolig för och vad du behöver.

## Professionals
professionals-title = Jag arbetar med det här
professionals-lead = För dig som arbetar i kommun, socialtjänst, skola, hälso- och sjukvård, polis, kriminalvård eller i en ideell organisation och möter någon som vill lämna, eller en anhörig.
professionals-consult-heading = Rådgivning i ett ärende
professionals-consult-text = Du kan rådgöra med oss om ett ärende. Beskriv situationen utan att ange namn eller personnummer, om det inte behövs.
professionals-consult-topics = Vi kan till exempel berätta vilka aktörer som finns, hur ett avhopp brukar gå till, vad kommunen ansvarar för och hur ni samverkar med polisens avhopparsamordnare.
professionals-consult-knowledge = Vi kan också hänvisa till kunskapsstöd hos Center mot våldsbejakande extremism (CVE) och hos Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland).
professionals-referral-heading = Så går en hänvisning till kommunen till
professionals-referral-consent = När en person samtycker kan kontaktpunkten skicka en hänvisning till rätt kommun eller avhopparverksamhet.
professionals-referral-inbox = Kommunen får hänvisningen i en säker inkorg, aldrig med e-post. Den innehåller bara de uppgifter som personen har samtyckt till att vi lämnar till just er.
professionals-referral-answer = Kommunen svarar i inkorgen och tar över kontakten. Kontaktpunkten följer upp att någon har tagit emot ärendet.
professionals-referral-no-programme = Har din kommun ingen avhopparverksamhet? Vi kan berätta om regional samverkan och om hur en flytt till en annan kommun kan gå till.
professionals-inbox-link = Logga in i kommunens inkorg
professionals-consent-heading = Samtycke för varje mottagare
professionals-consent-text = Samtycke gäller för varje mottagare för sig: vilka uppgifter, till vem och när. Personen kan ta tillbaka sitt samtycke. Utan samtycke gäller sekretessen mellan myndigheter, om inte en lag säger något annat.
professionals-consent-civil = Ideella organisationer omfattas inte av offentlighets- och sekretesslagen. De får aldrig uppgifter om brott från oss.
professionals-report-heading = Anmälningsplikt när du är orolig för ett barn
professionals-report-text = Arbetar du i en myndighet, eller i till exempel skola, hälso- och sjukvård eller socialtjänst, måste du genast anmäla till socialtjänsten om du misstänker att ett barn far illa. Det står i socialtjänstlagen.
professionals-report-not-replaced = Att kontakta oss ersätter inte din anmälan. Du kan få råd av oss, men anmälan gör du själv till socialtjänsten.
# promise: tests/api/host_texts.rs::a_host_that_is_no_authority_claims_no_duty_to_report
professionals-report-we = { $kind ->
    [other] Kontaktpunkten drivs inte av en myndighet och har ingen anmälningsplikt. Därför är din egen anmälan viktig.
   *[authority] Kontaktpunkten har också anmälningsplikt. Vi anmäler oro för ett barn till socialtjänsten, inte till polisen.
}
professionals-no-crimes = Skriv inte om brott som personen har begått. Det behövs inte för råd eller hänvisning. Den som tar över ärendet frågar efter det som behövs, med personens samtycke.
professionals-contact-text = Skriv till oss och välj att du skriver i ditt arbete.

## Under 18 – easy language
young-title = Är du under 18 år?
young-lead = Den här sidan är för dig som är under 18 år.
young-who-heading = Vilka är vi?
# promise: tests/api/host_texts.rs::the_young_page_names_the_host_and_who_reads
young-who = { $kind ->
    [police] Kontaktpunkten drivs av polisen.
    [authority] Kontaktpunkten drivs av { $host }. Det är en myndighet.
   *[other] Kontaktpunkten drivs av { $host }. Det är inte en myndighet och inte polisen.
}
young-who-read = { $kind ->
    [police] Vuxna som jobbar på Kontaktpunkten läser det du skriver. Andra poliser får bara veta det om någon är i fara, eller om du berättar om ett allvarligt brott.
    [authority] Vuxna som jobbar på Kontaktpunkten läser det du skriver. Polisen får bara veta det om du säger ja, om någon är i fara, eller om du berättar om ett allvarligt brott.
   *[other] Vuxna som jobbar på Kontaktpunkten läser det du skriver. Polisen får bara veta det om du säger ja, om någon är i fara, eller om du berättar om ett allvarligt brott som ska hända.
}
young-help-heading = Vi kan hjälpa dig
young-help-gang = Vill du komma bort från ett gäng eller från brott?
young-help-extremism = Vill du lämna en grupp som vill använda våld?
young-help-honour = Bestämmer din familj över ditt liv med hot eller våld?
young-help-write = Då kan du skriva till oss.
young-help-anytime = Du kan skriva när du vill, också på kvällen och på natten.
young-help-adult = En vuxen som jobbar med det här läser och svarar.
young-anonymous-heading = Du behöver inte säga vem du är
young-anonymous-name = Du kan skriva utan ditt namn.
young-anonymous-code = Du får en kod när du har skrivit.
young-anonymous-keep = Skriv upp koden. Göm den på ett säkert ställe.
young-anonymous-read = Med koden kan du läsa vårt svar.
# promise: tests/api/young_form.rs::the_young_page_names_the_host_and_warns_about_details
young-anonymous-details = Tänk på att ett telefonnummer, en skola, ett smeknamn eller en plats också kan visa vem du är.
young-parents-heading = Får dina föräldrar veta?
young-parents-us = Vi berättar inte själva för dina föräldrar att du har skrivit.
young-parents-social = Om socialtjänsten ska hjälpa eller skydda dig, pratar de ofta med dina föräldrar.
young-parents-family = Men om någon i din familj gör dig illa, bestämmer socialtjänsten hur de gör. De tänker först på att du ska vara säker.
young-happens-heading = Det här händer när du skriver
young-happens-write = Du skriver till oss.
young-happens-code = Du får en kod.
young-happens-read = En vuxen hos oss läser det du skriver.
# promise: tests/api/promises.rs::the_reply_promised_is_no_shorter_than_the_slowest_service_level
young-happens-answer = Vi svarar inom { $days ->
    [one] en vardag
   *[other] { $days } vardagar
}. Vardagar är måndag till fredag.
young-happens-look = Du läser svaret här. Du använder din kod.
young-happens-help = Vi berättar vem som kan hjälpa dig.
young-tell-heading = Ibland måste vi berätta för socialtjänsten
young-tell-law = Vuxna på en myndighet måste säga till socialtjänsten när de är oroliga för ett barn. Det står i lagen.
young-tell-child = Alla under 18 år är barn i lagen.
young-tell-so = Det betyder att vi ibland måste berätta om dig för socialtjänsten.
young-tell-why = Vi gör det för att vuxna ska kunna hjälpa dig och skydda dig.
young-tell-social = Socialtjänsten finns i din kommun. De kan hjälpa dig och din familj.
young-tell-first = Om vi kan, säger vi till dig först.
young-tell-heading-other = När vi berättar för socialtjänsten
young-tell-other = Vi är inte en myndighet. Vi måste inte berätta om dig för socialtjänsten. Vi gör det bara om du säger ja, eller om du är i fara.
young-tell-anonymous = Om du inte har skrivit ditt namn vet vi inte vem du är. Då kan vi inte heller säga till socialtjänsten vem du är.
young-decide-heading = Du bestämmer mycket, men inte allt
young-decide-what = Du bestämmer vad du vill berätta.
young-decide-who = Du bestämmer om vi får berätta om dig för andra, till exempel polisen eller en förening.
young-decide-not = Men om du är i fara måste vi hjälpa dig att få skydd.
young-decide-report = Och vi måste säga till socialtjänsten om vi är oroliga för dig.
young-decide-crime = { $kind ->
    [police] Om du berättar om ett allvarligt brott som ska hända eller som har hänt, måste polisen göra något.
    [authority] Om du berättar om ett allvarligt brott som ska hända, måste vi säga till polisen. Ibland gäller det också ett allvarligt brott som redan har hänt.
   *[other] Om du berättar om ett allvarligt brott som ska hända, måste vi säga till polisen.
}
young-crimes-heading = Skriv inte om brott du har gjort
young-crimes-need = Du behöver inte berätta om brott för att få hjälp.
young-crimes-dont = Skriv inte om sådant du har gjort.
young-talk-heading = Vill du prata med någon nu?
young-talk-bris = Ring Bris på 116 111
young-talk-bris-text = Bris är till för barn och unga. Det kostar inget att ringa. Du kan också chatta på bris.se.
young-danger-heading = Är du i fara?
young-safe-heading = Tänk på att vara säker
young-safe-button = Kommer någon? Tryck på knappen Lämna sidan snabbt högst upp.
young-safe-phone = Tror du att någon kollar din telefon? Skriv från en annan telefon eller dator.
young-safe-link = Fler tips om att vara säker
young-write-link = Skriv till oss
young-receipt-link = Jag har en kod

## Where to turn
where-to-turn-title = Vart vänder jag mig?
where-to-turn-lead = Här finns de vanligaste vägarna till stöd. Du kan börja var du vill. Är du osäker, skriv till oss, så hjälper vi dig att hitta rätt.
where-to-turn-us-heading = Kontaktpunkten
where-to-turn-us-text = Du kan alltid skriva till oss, också på kvällar, nätter och helger. Du kan vara anonym.
where-to-turn-police-heading = Polisen: 114 14
where-to-turn-police-text = Ring 114 14 och be att få prata med avhopparsamordnaren i din region. Avhopparsamordnarna arbetar dagtid, måndag till fredag. Polisen kan hjälpa till med skydd när du är hotad.
where-to-turn-police-call = Ring polisen på 114 14
where-to-turn-social-heading = Socialtjänsten i din kommun
where-to-turn-social-text = Alla kan få stöd från socialtjänsten, även om man inte är hotad. Socialtjänsten ansvarar för det mesta av stödet, som boende, ekonomi och behandling. Vissa kommuner har en egen avhopparverksamhet.
where-to-turn-social-how = Ring din kommuns växel och fråga efter socialtjänsten. De har oftast öppet dagtid på vardagar.
where-to-turn-socialjour-heading = Socialjouren: kvällar, nätter och helger
where-to-turn-socialjour-text = När socialtjänsten har stängt finns socialjouren. Du når den via din kommuns växel eller webbplats. Är det akut, eller hittar du inget nummer på natten, ring 112 och be att få bli kopplad till socialjouren.
where-to-turn-other-heading = Om du redan har kontakt med någon
where-to-turn-other-prison = Sitter du i häkte eller fängelse, eller har du frivård? Prata med din kontaktperson hos Kriminalvården.
where-to-turn-other-sis = Bor du på ett SiS-hem? Prata med personalen eller med din socialsekreterare.
where-to-turn-other-health = Mår du psykiskt dåligt? Ring 1177 för sjukvårdsrådgivning, dygnet runt.
where-to-turn-112-heading = Vid akut fara: 112
where-to-turn-112-text = Om någons liv eller hälsa är i fara just nu, ring 112. Det gäller dygnet runt.

## Kinds of support
support-title = Vilket stöd kan jag få?
support-lead = Det här är stöd som kan bli aktuellt när någon lämnar. Vilket stöd du kan få beror på din situation och på beslut av den som ger stödet. Vi hjälper dig att hitta rätt.
support-protection-heading = Skydd
support-protection-text = Om du är hotad kan polisen göra en hotbedömning och hjälpa dig med skydd. Socialtjänsten kan ordna skyddat boende.
support-housing-heading = Boende
support-housing-text = Många behöver ett nytt boende för att komma bort. Socialtjänsten kan hjälpa till med tillfälligt eller mer långsiktigt boende.
support-economy-heading = Ekonomi
support-economy-text = Den som lämnar står ofta utan inkomst. Socialtjänsten kan ge ekonomiskt bistånd och hjälp med skulder och budget.
support-talk-heading = Samtalsstöd
support-talk-text = Att lämna är svårt, också känslomässigt. Du kan få prata med någon om det som har hänt och om framtiden, till exempel hos socialtjänsten eller en ideell organisation.
support-treatment-heading = Behandling, också för missbruk
support-treatment-text = Om du använder alkohol eller droger kan du få behandling. Socialtjänsten och regionen ansvarar för den.
support-psychiatry-heading = Psykiatrisk vård
support-psychiatry-text = Många som lämnar mår psykiskt dåligt eller har en diagnos. Psykiatrin i din region kan ge vård. Vi kan hjälpa till att få kontakt.
support-relocation-heading = Flytt till en annan kommun
support-relocation-text = Många som lämnar flyttar till en annan ort, ungefär sju av tio. Kommuner samarbetar om det, och barn och anhöriga kan flytta med.
support-protected-heading = Skyddade personuppgifter
# promise: tests/api/promises.rs::protected_details_are_seen_only_by_the_handlers_named_on_the_case
support-protected-text = Skatteverket kan besluta om sekretessmarkering eller skyddad folkbokföring, så att din adress inte lämnas ut. Hos oss ser bara de handläggare som arbetar med ditt ärende sådana uppgifter, och de lämnas aldrig ut i listor eller statistik.
support-relatives-heading = Stöd till anhöriga
support-relatives-text = Föräldrar, partner och syskon kan också få stöd, både för att hjälpa den som lämnar och för sin egen skull.
support-work-heading = Arbete och utbildning
support-work-text = En ny vardag behöver ett jobb eller en utbildning. Kommunen och Arbetsförmedlingen kan hjälpa till.
support-return-heading = Frivilligt återvändande
support-return-text = Om du inte är svensk medborgare och själv vill flytta till ett annat land kan Migrationsverket berätta om stöd för att återvända. Det är alltid ditt eget val. Vi kontaktar aldrig Migrationsverket om dig om du inte själv ber om det.

## About the service
about-title = Om kontaktpunkten
about-lead = Kontaktpunkten är en väg in för alla som vill lämna kriminalitet, våldsbejakande extremism eller hedersförtryck, för deras anhöriga och för de som arbetar med dem.
about-who-heading = Vem som driver kontaktpunkten
about-who-mission = Regeringen har gett Polismyndigheten, Kriminalvården, Statens institutionsstyrelse och Socialstyrelsen i uppdrag att stärka stödet till den som vill lämna, i hela landet och också för barn.
about-what-heading = Vad vi gör
about-what-text = Vi ger information, ger råd och hänvisar till rätt aktör utifrån din situation. Vi är ingen larmcentral och vi utreder inte brott.
about-police-heading = Vad som går till polisen, och när
# promise: tests/api/host_texts.rs::the_police_host_names_both_exceptions_and_no_first_talk_without_police
about-police-intro-police = Kontaktpunkten är en del av polisen. Det du skriver läses av kontaktpunktens personal. Utan ditt samtycke lämnas det inte vidare till polisens utredare eller andra delar av polisen, utom i två fall:
about-police-crime-police = Om du berättar om ett allvarligt brott som är på väg att hända eller som har hänt. Då måste polisens personal agera, också vi på kontaktpunkten. Skriv därför inte om brott som du själv har begått.
about-police-anonymous = Att du hör av dig anonymt startar i sig inget polisärende.
# promise: tests/api/host_texts.rs::another_authority_names_both_exceptions_and_a_first_talk_without_police
about-police-intro = Det du skriver läses av kontaktpunktens handläggare. Polisen får veta det bara om du samtycker, till exempel för att få kontakt med polisens avhopparsamordnare och få skydd, eller i dessa fall:
about-police-acute = Om någons liv eller hälsa är i akut fara. Då kontaktar vi 112 direkt, också utan samtycke.
about-police-crime-coming = Om du berättar om ett allvarligt brott som är på väg att hända. Då måste alla som vet om det säga till.
about-police-crime-done = Om du berättar om ett allvarligt brott som redan har hänt. Då kan en lag häva sekretessen, så att polisen får veta.
about-police-children = Oro för ett barn anmäler vi till socialtjänsten, inte till polisen.
about-police-first = Du kan alltså ha ett första samtal med oss utan att polisen kopplas in.
about-crimes = Skriv inte om brott som du har begått. Vi behöver inte veta det för att hjälpa dig. Det skyddar dig.
about-followup-heading = Uppföljning och forskning
# promise: tests/api/promises.rs::the_site_promises_no_deletion_or_statistics_it_does_not_make
about-followup-text = Arbetet ska följas upp så att Brottsförebyggande rådet (Brå) kan utvärdera om stödet hjälper. I dag tas ingen statistik fram från ärendena. När det görs står det här vad statistiken innehåller.

## Secrecy and anonymity
privacy-title = Sekretess och anonymitet
privacy-lead = Det du skriver till oss är känsligt. Här berättar vi hur vi skyddar det.
privacy-anonymous-heading = Du har rätt att vara anonym
# promise: tests/api/intake.rs::a_wish_to_be_contacted_is_enough_without_a_message
privacy-anonymous-text = Du behöver inte uppge namn, personnummer, adress eller telefonnummer för att skriva till oss och få svar.
privacy-store-heading = Det här sparar vi inte
# promise: tests/api/privacy.rs::no_ip_address_is_kept_in_the_database_or_the_logs
privacy-store-ip = Vi sparar inte din IP-adress.
# promise: tests/api/security.rs::pages_have_no_inline_script_or_style_and_nothing_from_elsewhere
privacy-store-trackers = Vi använder inga spårare och ingen besöksstatistik från andra företag.
# promise: tests/api/security.rs::pages_have_no_inline_script_or_style_and_nothing_from_elsewhere
privacy-store-third = Sidorna hämtar inget från andra webbplatser, till exempel typsnitt eller skript.
# promise: tests/api/security.rs::an_anonymous_reader_gets_no_cookie_except_the_csrf_one_on_forms
privacy-store-cookie = När du fyller i ett formulär använder vi en nödvändig kaka som skyddar formuläret mot förfalskning. Den innehåller inget om dig.
privacy-encrypted-heading = Det du skriver är krypterat
# promise: tests/api/promises.rs::only_the_handlers_working_on_the_case_read_it (and tests/api/case_access.rs)
privacy-encrypted-text = Ditt meddelande och dina kontaktuppgifter sparas krypterade. Bara de handläggare som arbetar med ditt ärende kan läsa dem, och varje gång någon läser dem loggas det.
privacy-code-heading = Koden är den enda nyckeln
# promise: tests/api/privacy.rs::a_known_message_is_absent_from_the_raw_database
privacy-code-text = Koden du får är det enda sättet att komma åt ditt ärende. Vi sparar bara en förvrängd form av koden. Därför kan vi inte berätta koden för dig igen om du tappar bort den. Skriv upp den och förvara den säkert.
privacy-code-lost = Har du tappat bort koden? Skriv till oss igen. Då får du en ny kod.
privacy-law-heading = Sekretess och dataskydd
privacy-law-secrecy = { $kind ->
    [other] Kontaktpunkten är inte en myndighet, så offentlighets- och sekretesslagen gäller inte hos oss. Vi lämnar ändå inte ut det du skriver utan ditt samtycke, utom i de fall som står ovan.
   *[authority] Det du skriver skyddas av sekretess enligt offentlighets- och sekretesslagen. Vi får inte lämna ut det till andra utan ditt samtycke, om inte en lag säger något annat.
}
privacy-law-gdpr = Vi behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Uppgifter om hälsa och om brott är särskilt skyddade.
privacy-law-rights = Du har rätt att få veta vilka uppgifter vi har om dig och att få fel rättade. Har du frågor kan du kontakta myndighetens dataskyddsombud. Integritetsskyddsmyndigheten (IMY) är tillsynsmyndighet.
privacy-share-heading = När vi lämnar uppgifter vidare
# promise: tests/api/consent_recipients.rs::form_consent_reaches_only_the_kinds_of_recipient_ticked
privacy-share-consent = Vi lämnar uppgifter till någon annan bara med ditt samtycke. Du samtycker för varje mottagare för sig: vilka uppgifter, till vem och när.
# promise: tests/api/console_referrals.rs::withdrawing_consent_makes_the_shared_data_unreadable_and_is_audited
privacy-share-withdraw = Du kan ta tillbaka ditt samtycke när som helst. Det som redan har lämnats kan vi inte hämta tillbaka, men inget mer lämnas.
# promise: tests/api/host_texts.rs::the_privacy_page_names_the_exceptions_of_each_host
privacy-share-exceptions = { $kind ->
    [police] Utan samtycke lämnar vi bara uppgifter vidare om någons liv eller hälsa är i akut fara, om du berättar om ett allvarligt brott som är på väg att hända eller som har hänt (då måste polisens personal agera), eller när vi är oroliga för att ett barn far illa (då till socialtjänsten).
    [authority] Utan samtycke lämnar vi bara uppgifter vidare om någons liv eller hälsa är i akut fara, om du berättar om ett allvarligt brott som är på väg att hända (då måste alla säga till) eller som har hänt (då kan en lag häva sekretessen), eller när vi är oroliga för att ett barn far illa (då till socialtjänsten).
   *[other] Utan samtycke lämnar vi bara uppgifter vidare om någons liv eller hälsa är i akut fara, eller om du berättar om ett allvarligt brott som är på väg att hända.
}
# promise: tests/api/console_referrals.rs::civil_society_never_receives_offence_data_and_only_while_vetted
privacy-share-civil = Ideella organisationer får aldrig uppgifter om brott från oss.
privacy-retention-heading = Hur länge vi sparar uppgifterna
# promise: tests/api/promises.rs::the_site_promises_no_deletion_or_statistics_it_does_not_make
privacy-retention-text = Vi sparar uppgifterna i ditt ärende. Hur länge de ska sparas innan de raderas är inte bestämt än, och i dag raderas inget automatiskt. När det är bestämt står det här.

## When the contact point is closed
when-closed-title = När vi har stängt
when-closed-lead = Du kan alltid skriva till oss. Men ibland behöver man prata med någon direkt. Här är nummer som du kan ringa.
when-closed-write-heading = Skriv till oss – det går alltid
when-closed-112-heading = 112 – akut fara
when-closed-112-text = Om någons liv eller hälsa är i fara. Öppet dygnet runt.
when-closed-police-heading = Polisen 114 14
when-closed-police-text = När det inte är akut. Be att få prata med avhopparsamordnaren i din region. Samordnarna arbetar dagtid, måndag till fredag.
when-closed-police-call = Ring 114 14
when-closed-socialjour-heading = Socialjouren
when-closed-socialjour-text = Socialtjänstens jour på kvällar, nätter och helger. Du hittar numret via din kommuns växel eller webbplats. På natten kan du också ringa 112 och be att få bli kopplad.
when-closed-bris-heading = Bris 116 111
when-closed-bris-text = För barn och unga under 18 år. Det kostar inget att ringa.
when-closed-bris-call = Ring Bris på 116 111
when-closed-kvinnofrid-heading = Kvinnofridslinjen 020-50 50 50
when-closed-kvinnofrid-text = Nationell stödtelefon för dig som har utsatts för hot eller våld, till exempel i en nära relation eller i hederns namn. Anhöriga kan också ringa. Öppet dygnet runt och kostnadsfritt.
when-closed-kvinnofrid-call = Ring Kvinnofridslinjen på 020-50 50 50
when-closed-1177-heading = 1177 – sjukvårdsrådgivning
when-closed-1177-text = Om du mår psykiskt dåligt och behöver råd om vård. Öppet dygnet runt.
when-closed-1177-call = Ring 1177

## Safety: quick exit and hiding a visit
safety-title = Säkerhet: dölj ditt besök
safety-lead = Om du är rädd att någon ser vad du gör på din telefon eller dator, kan de här tipsen hjälpa.
safety-button-heading = Knappen Lämna sidan snabbt
safety-button-text = Högst upp på varje sida finns knappen Lämna sidan snabbt. Den tar dig direkt till en annan, vanlig webbplats.
safety-button-keyboard = Med tangentbord: tryck på skifttangenten (Shift) tre gånger snabbt efter varandra.
safety-button-history = Knappen tar inte bort våra sidor ur webbläsarens historik. Läs nedan hur du gör det.
safety-history-heading = Ta bort historiken
safety-history-text = Öppna webbläsarens meny och välj Historik. Ta bort de sidor som kommer från den här webbplatsen.
safety-history-tip = Ta bara bort våra sidor. En helt tom historik kan väcka frågor.
safety-private-heading = Surfa privat
safety-private-text = Använd ett privat fönster eller inkognitoläge. Då sparas ingen historik när du stänger fönstret. Det döljer inte ditt besök för den som kontrollerar nätverket, till exempel på en skola eller ett arbete.
safety-traces-heading = Det här finns kvar i webbläsaren
safety-traces-history = Webbläsarens historik sparar adresserna till sidorna du har besökt här, om du inte använder ett privat fönster. Knappen Lämna sidan snabbt byter bara ut sidan du är på.
# promise: tests/api/traces.rs::no_page_file_or_typed_text_is_kept_by_the_browser
safety-traces-not-kept = Webbläsaren sparar inga kopior av våra sidor, och det du skrev kommer inte tillbaka om du trycker på Tillbaka.
# promise: tests/api/traces.rs::the_only_cookie_left_is_a_session_cookie_that_says_nothing
safety-traces-cookie = En kaka (cookie) som skyddar formulären finns kvar tills du stänger webbläsaren. Den säger ingenting om dig.
# promise: tests/api/traces.rs::an_ended_chat_address_shows_nothing_on_the_page_or_the_socket
safety-traces-chat = När en chatt är slut visar dess adress ingenting av den. Du läser den med din kod.
# promise: tests/api/traces.rs::a_chat_address_opens_only_in_the_browser_that_started_it
safety-traces-chat-browser = En chatts adress fungerar bara i den webbläsare som startade chatten.
# promise: tests/api/traces.rs::the_code_page_opens_only_in_the_sending_browser_and_for_ten_minutes
safety-traces-code = Sidan med din kod öppnas bara i den webbläsare som skickade, och bara i tio minuter.
safety-device-heading = Använd en säker telefon eller dator
safety-device-text = Skriv helst från en telefon eller dator som ingen annan kan komma åt, till exempel en dator på ett bibliotek eller en väns telefon som du litar på.
safety-watch-heading = Någon kan övervaka din telefon
safety-watch-text = Gänget eller andra runt dig kan ha tillgång till din telefon: de kan låna den, känna till din kod eller ha installerat appar som visar var du är eller läser dina meddelanden.
safety-watch-location = Kontrollera om din position delas med andra, i inställningarna och i appar med kartor.
safety-watch-other = Tror du att din telefon övervakas? Använd en annan telefon eller dator för att kontakta oss.
safety-code-heading = Skydda din kod
safety-code-text = Spara inte koden där andra kan se den. Skriv den på ett papper som du gömmer, eller lär dig den utantill.
safety-contact-heading = Så kontaktar vi dig
safety-contact-text = Vi ringer bara på tider som du har sagt är säkra. Vi säger bara vem vi är om du har sagt att det är okej. Vi skickar aldrig det du har skrivit eller din kod med e-post eller sms.

## Accessibility statement and report form
accessibility-title = Tillgänglighet
accessibility-lead = Vi vill att så många som möjligt ska kunna använda den här webbplatsen. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du rapporterar problem.
accessibility-status-heading = Hur tillgänglig är webbplatsen?
accessibility-status-text = Webbplatsen är gjord för att uppfylla WCAG 2.1 på nivå AA. Den ska fungera utan JavaScript, med bara tangentbord, med skärmläsare och på skärmar som är 320 pixlar breda.
accessibility-status-testing = Sidorna testas automatiskt med verktyget axe i alla språk. Webbplatsen har ännu inte granskats av en oberoende part.
accessibility-known-heading = Kända brister
accessibility-known-drafts = Översättningar som är märkta som utkast har ännu inte granskats av en kvalificerad översättare och kan innehålla fel.
accessibility-known-easy = Bara sidan för dig under 18 år är skriven på lättläst svenska.
accessibility-report-heading = Rapportera ett problem
accessibility-report-text = Om något på webbplatsen inte fungerar för dig, berätta det för oss. Du behöver inte skriva vem du är.
accessibility-report-reply = Vi svarar bara om du lämnar kontaktuppgifter.
accessibility-form-problem = Vad fungerar inte?
accessibility-form-problem-hint = Beskriv problemet med egna ord. Skriv inget om ditt ärende här.
accessibility-form-page = Vilken sida gäller det? (frivilligt)
accessibility-form-page-hint = Till exempel sidans adress eller rubrik.
accessibility-form-contact = Hur når vi dig? (frivilligt)
accessibility-form-contact-hint = Till exempel en e-postadress. Lämna tomt om du inte vill ha svar.
accessibility-form-send = Skicka rapporten
accessibility-form-errors = Något behöver rättas
accessibility-sent-heading = Tack för din rapport
accessibility-sent-text = Vi har tagit emot den och ser över problemet.
accessibility-digg-heading = Tillsyn
accessibility-digg-text = Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.
accessibility-digg-link = Diggs webbplats, digg.se
accessibility-updated = Redogörelsen skrevs i november 2026.
