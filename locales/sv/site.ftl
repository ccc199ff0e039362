## The layout shared by every page: header, language picker, footer, shared blocks.
## Swedish is the reference locale. Messages are plain text (no HTML).

site-name = Kontaktpunkten
site-description = Nationell kontaktpunkt för dig som vill lämna kriminalitet, våldsbejakande extremism eller hedersförtryck

skip-link = Hoppa till innehållet

quick-exit = Lämna sidan snabbt
quick-exit-hint = Tips: tryck på skifttangenten (Shift) tre gånger för att lämna sidan snabbt.

nav-label = Genvägar
nav-enquiry = Skriv till oss
nav-receipt = Jag har en kod
nav-chat = Chatta
nav-callback = Bli uppringd

lang-picker-label = Språk / Language
lang-draft-tag = utkast

draft-notice-title = Översättningen är ett utkast
draft-notice = Den här texten är översatt men har ännu inte granskats av en kvalificerad översättare. Den kan innehålla fel.
draft-notice-link = Läs sidan på svenska

footer-label = Mer information
footer-where-to-turn = Vart vänder jag mig?
footer-support = Vilket stöd finns?
footer-about = Om kontaktpunkten
footer-privacy = Sekretess och anonymitet
footer-safety = Säkerhet: dölj ditt besök
footer-when-closed = När vi har stängt
footer-accessibility = Tillgänglighet
footer-emergency = 112 – akut fara

## Operator: who runs the service, from the configuration (site.host_is_police,
## site.host_is_authority, site.host_name). $kind is police, authority or other; $host the
## configured name.
# promise: tests/api/host_texts.rs::each_host_is_named_in_the_footer_and_on_the_about_page
operator-run-by = { $kind ->
    [police] Kontaktpunkten drivs av polisen (Polismyndigheten), tillsammans med Kriminalvården, Statens institutionsstyrelse (SiS) och Socialstyrelsen.
    [authority] Kontaktpunkten drivs av { $host }, som är en myndighet.
   *[other] Kontaktpunkten drivs av { $host }, som inte är en myndighet.
}
operator-authority = Kontaktpunkten är en del av en myndighet. Därför gäller myndigheternas regler om sekretess och om anmälan när ett barn kan behöva skydd.
# promise: tests/api/host_texts.rs::a_host_that_is_no_authority_claims_no_duty_to_report
operator-not-authority = Kontaktpunkten är inte en myndighet. Därför gäller inte myndigheternas regler om sekretess och om anmälan när ett barn kan behöva skydd. Vi lämnar ändå inte vidare det du skriver utan ditt samtycke, utom vid akut fara eller när du berättar om ett allvarligt brott som är på väg att hända.

## Shared blocks used on several pages.
common-emergency-lead = Är du i fara just nu?
common-emergency-call = Ring 112
common-contact-heading = Så kontaktar du oss
# promise: tests/api/promises.rs::the_reply_promised_is_no_shorter_than_the_slowest_service_level
common-reply-promise = Du kan alltid skriva till oss, dygnet runt, alla dagar. Vi svarar inom { $days ->
    [one] en arbetsdag
   *[other] { $days } arbetsdagar
}.
common-write-link = Skriv till oss
common-anonymous = Du behöver inte skriva ditt namn eller något annat som visar vem du är.
common-code = När du har skrivit får du en kod. Med koden kan du läsa vårt svar och skriva mer. Skriv upp koden och förvara den säkert.
common-receipt-link = Kom tillbaka med din kod
common-no-crimes-title = Skriv inte om brott
common-no-crimes = Skriv inte om brott som du har begått. Det behövs inte för att vi ska kunna hjälpa dig. Om det behövs uppgifter senare, frågar den som tar över ditt ärende – och bara med ditt samtycke.
common-safety-heading = Tänk på din säkerhet
common-safety-text = Om någon kan titta i din telefon eller dator, använd knappen Lämna sidan snabbt högst upp. Den tar dig direkt till en annan webbplats.
common-safety-link = Så döljer du ditt besök
common-no-email = Vi skickar aldrig din kod eller det du har skrivit med e-post eller sms.
common-more-heading = Läs mer

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = Har du eller någon nära dig tankar på självmord? Ring Självmordslinjen på 90101. Den drivs av Mind och är öppen dygnet runt.
urgent-90101-call = Ring Självmordslinjen på 90101

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
# promise: tests/api/promises.rs::the_general_pages_say_when_we_read_from_the_configured_hours
common-read-hours = Vi läser meddelanden { $windows }, men inte på helgdagar. Det som brådskar läser vi först.
# promise: tests/api/promises.rs::the_general_pages_say_when_we_read_from_the_configured_hours
common-read-always = Vi läser meddelanden dygnet runt, alla dagar. Det som brådskar läser vi först.
common-read-days = { $first }–{ $last } kl. { $from }–{ $to }
common-read-day = { $first } kl. { $from }–{ $to }
common-weekday = { $day ->
    [1] måndag
    [2] tisdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lördag
   *[7] söndag
}
