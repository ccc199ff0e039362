## The written enquiry, the receipt code and the status page.

enquiry-title = Skriv till oss
# promise: tests/api/promises.rs::the_reply_promised_is_no_shorter_than_the_slowest_service_level
enquiry-intro = Du kan skriva till oss när som helst, dygnet runt. Vi svarar inom { $days ->
    [one] en arbetsdag
   *[other] { $days } arbetsdagar
}, ofta tidigare. Svaret kan du läsa här på webbplatsen med din kod.
enquiry-anonymous = Du behöver inte skriva ditt namn. Alla frågor går att hoppa över.
enquiry-danger = Är du i fara just nu? Ring 112.
enquiry-all-optional = Svara bara på det du vill. Det enda vi behöver är ett meddelande, eller att du kryssar i att du vill bli kontaktad.
enquiry-no-crimes = Skriv inte om brott som du har begått. Det behövs inte för att vi ska kunna hjälpa dig.
enquiry-send = Skicka
form-error-summary = Något behöver rättas
form-not-saved-title = Ditt meddelande är inte skickat än
form-not-saved = Vi kunde inte spara ditt meddelande just nu. Din text finns kvar här nedanför. Försök igen om en liten stund. Behöver du hjälp nu? Ring polisen på 114 14, eller 112 om det är akut.
form-unconfirmed-title = Vi vet inte än om ditt meddelande kom fram
# promise: tests/api/slow_writes.rs::a_slow_write_answers_with_the_code_to_check_keeps_the_text_and_the_code_finds_it_once_landed
form-unconfirmed = Det tog för lång tid att spara, så vi kan inte säga säkert att ditt meddelande kom fram. Det kan komma fram ändå. Skriv upp koden här nedanför. Om några minuter kan du söka på den under ”Jag har en kod”: hittas ditt meddelande har det kommit fram och du ska inte skicka igen. Hittas det inte, skicka igen – din text finns kvar här nedanför. Behöver du hjälp nu? Ring polisen på 114 14, eller 112 om det är akut.
form-unconfirmed-code = Din kod:
# promise: tests/api/slow_writes.rs::a_slow_follow_up_keeps_the_text_and_says_it_may_still_arrive
form-unconfirmed-nocode = Det tog för lång tid att spara, så vi kan inte säga säkert att det du skickade kom fram. Det kan komma fram ändå. Din text finns kvar här nedanför. Skickar du igen kan vi få den två gånger, och det gör inget. Behöver du hjälp nu? Ring polisen på 114 14, eller 112 om det är akut.

field-enquirer = Vem skriver?
field-professional_org = Var arbetar du?
field-age_band = Hur gammal är personen som vill lämna?
field-gender = Personens kön
field-environment = Vilken miljö handlar det om?
field-situation = Gäller något av detta personen?
field-needs = Vad behövs?
field-municipality = I vilken kommun bor personen?
field-threat = Finns det ett hot?
field-citizenship = Är personen svensk medborgare?
field-language = På vilket språk vill du ha svar?
field-consent_to_share = Ni får dela det jag skriver med den som kan hjälpa mig (till exempel socialtjänsten).
field-message = Ditt meddelande
field-wants_contact = Jag vill att ni kontaktar mig. (Du väljer hur i nästa steg, eller skriver det i meddelandet.)

hint-professional_org = Bara om du skriver i ditt arbete.
hint-choose-any = Välj så många du vill, eller inget.
hint-municipality = Det hjälper oss att hitta rätt hjälp nära personen.
hint-municipality-write = Skriv kommunens namn, till exempel Malmö eller Kiruna. Du kan också lämna tomt.
hint-consent_to_share = Du kan ändra dig senare. Utan ditt samtycke delar vi inget, utom när lagen kräver det, till exempel när ett barn kan behöva skydd.
field-consent_for = Vem får vi lämna dina uppgifter till?
# promise: tests/api/consent_recipients.rs::form_consent_reaches_only_the_kinds_of_recipient_ticked
hint-consent_for = Samtycket gäller bara dem du kryssar i.
opt-consent_for-social_services = Socialtjänsten i kommunen – kan ge stöd, boende och skydd
opt-consent_for-programme = Ett avhopparprogram – kommunens eller regionens stöd för att lämna
opt-consent_for-police = Polisen – avhopparsamordnaren, som kan ge skydd när du är hotad
# promise: tests/api/consent_recipients.rs::the_persons_own_words_go_on_form_consent_only_when_ticked
opt-consent_for-words = Det jag har skrivit, ordagrant – annars lämnar vi bara vidare dina svar på frågorna, inte din text
# promise: tests/api/consent_recipients.rs::a_relatives_ticks_about_an_adult_reach_nobody
hint-consent_for-others = Skriver du om någon annan? Kryssa bara i det som den personen själv har gått med på. En anhörigs kryss ersätter aldrig en vuxens eget samtycke.

opt-no-answer = Vill inte svara
opt-municipality-none = Vill inte säga
opt-enquirer-self = Jag själv, jag vill lämna
opt-enquirer-relative = En närstående (förälder, partner, syskon, vän)
opt-enquirer-professional = Jag skriver i mitt arbete
opt-professional_org-municipality = Kommun eller socialtjänst
opt-professional_org-school = Skola
opt-professional_org-healthcare = Hälso- och sjukvård
opt-professional_org-police = Polisen
opt-professional_org-prison_probation = Kriminalvården
opt-professional_org-civil_society = Ideell organisation
opt-professional_org-other = Annat
opt-age_band-under_15 = Under 15 år
opt-age_band-15_17 = 15–17 år
opt-age_band-18_20 = 18–20 år
opt-age_band-21_25 = 21–25 år
opt-age_band-26_plus = 26 år eller äldre
opt-age_band-unknown = Vet inte
opt-gender-female = Kvinna eller flicka
opt-gender-male = Man eller pojke
opt-gender-other = Annat
opt-gender-unknown = Vet inte
opt-environment-criminal_network = Kriminellt nätverk eller gäng
opt-environment-violent_extremism = Våldsbejakande extremism
opt-environment-honour_related = Hedersrelaterat våld och förtryck
opt-environment-unknown = Vet inte
opt-situation-in_custody = Sitter i fängelse (avtjänar ett straff)
opt-situation-on_probation = Har frivård (skyddstillsyn, villkorlig frigivning)
opt-situation-sis_placement = Bor på ett SiS-hem
opt-situation-protected_witness = Är vittne och har fått skydd
opt-situation-protected_identity = Har skyddade personuppgifter
opt-threat-acute = Ja, det är akut nu
opt-threat-serious = Ja, ett allvarligt hot
opt-threat-some = Ja, visst hot
opt-threat-none = Nej
opt-threat-unknown = Vet inte
opt-needs-protection = Skydd
opt-needs-relocation = Flytta till en annan ort
opt-needs-housing = Bostad
opt-needs-economy = Ekonomi
opt-needs-psychiatric = Psykisk hälsa
opt-needs-substance_abuse = Hjälp med alkohol eller droger
opt-needs-work_education = Arbete eller utbildning
opt-needs-family = Stöd till familjen
opt-needs-voluntary_return = Information om att frivilligt återvända till ett annat land
opt-needs-legal = Juridisk hjälp
opt-needs-other = Annat
opt-citizenship-swedish = Ja
opt-citizenship-other = Nej
opt-citizenship-unknown = Vet inte

error-choose-option = Välj ett av alternativen.
error-unknown-municipality = Vi hittar ingen kommun med det namnet. Kontrollera stavningen (å, ä och ö går att skriva som a och o) eller lämna fältet tomt.
error-message-or-contact = Skriv ett meddelande, eller kryssa i att du vill bli kontaktad.
error-message-too-long = Meddelandet är för långt. Korta det lite, eller dela upp det och skicka resten efteråt med din kod.
error-message-empty = Skriv något innan du skickar.
error-problem-empty = Beskriv problemet.
error-text-too-long = Texten är för lång.

sent-title = Tack, vi har fått ditt meddelande
# promise: tests/api/promises.rs::the_reply_promised_is_no_shorter_than_the_slowest_service_level
sent-intro = Vi svarar inom { $days ->
    [one] en arbetsdag
   *[other] { $days } arbetsdagar
}, ofta tidigare. Du läser svaret här på webbplatsen med din kod.
sent-code-heading = Din kod
sent-code-only-once = Vi visar koden bara nu. Vi sparar den inte själva, så vi kan inte ge dig den igen. Spara den innan du går vidare.
sent-keep-write = Skriv ner den på ett papper som du förvarar säkert.
sent-keep-print = Eller skriv ut sidan (i webbläsarens meny).
sent-keep-download = Eller ladda ner koden som en liten textfil
sent-keep-safe = Tänk på att en lapp, en utskrift eller en fil kan hittas av andra. Spara koden där ingen annan ser den.
sent-confirm = Jag har sparat min kod
sent-file-text = Kod: { $code }

saved-title = Bra, då är du klar
saved-come-back = Till sidan för din kod
saved-danger = Är du i fara? Ring 112.

receipt-title = Kom tillbaka med din kod
receipt-intro = Skriv koden du fick när du skickade ditt meddelande. Då ser du vårt svar och kan skriva mer.
receipt-code-label = Din kod
receipt-code-hint = 16 tecken, till exempel ABCD-EFGH-JKMN-PQRS. Stora eller små bokstäver går bra.
receipt-show = Visa
receipt-unknown-title = Vi hittar inte koden
receipt-unknown = Koden stämmer inte. Kontrollera att du skrev rätt och försök igen.
receipt-lost = Har du tappat bort koden? Då kan du skriva till oss igen och berätta det.
receipt-write-again = Skriv till oss
receipt-message-added = Tack, ditt meddelande är skickat.

status-title = Ditt ärende
status-label = Läge:
status-received = Mottaget – vi har inte svarat än
status-in_progress = Vi arbetar med ditt ärende
status-answered = Vi har svarat
status-closed = Avslutat
status-sent-at = Skickat:
status-conversation = Meddelanden
author-person = Du
author-staff = Kontaktpunkten
status-no-messages = Inga meddelanden än.
status-add-heading = Skriv mer
status-add-send = Skicka
status-leave-hint = När du är klar: stäng sidan. Ingen kan se ditt ärende utan koden.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = Vi läser meddelanden just nu, och ditt läser vi direkt. Svaret läser du här på webbplatsen med din kod.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = Vi svarar i dag. Svaret läser du här på webbplatsen med din kod.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = Just nu läser ingen hos oss meddelanden. Vi läser ditt { $weekday ->
    [1] på måndag
    [2] på tisdag
    [3] på onsdag
    [4] på torsdag
    [5] på fredag
    [6] på lördag
   *[7] på söndag
} kl. { $time }. Svaret läser du här på webbplatsen med din kod.
answer-danger-meanwhile = Är någon i fara innan dess? Ring 112.
saved-next-code = Kom tillbaka hit med din kod för att läsa vårt svar eller skriva mer.
