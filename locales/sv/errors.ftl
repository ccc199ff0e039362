## Error pages.

error-danger = Är du i fara? Ring 112. Vill du prata med polisen, ring 114 14.
error-home = Till startsidan
error-not_found-title = Sidan finns inte
error-not_found-body = Vi hittar inte sidan du söker. Den kan ha flyttats, eller så har adressen ett skrivfel. Du kan välja språk ovanför.
error-forbidden-title = Formuläret har gått ut
error-forbidden-body = Av säkerhetsskäl kunde vi inte ta emot formuläret. Gå tillbaka, ladda om sidan och skicka igen. Texten du skrev kan finnas kvar när du går tillbaka.
error-payload_too_large-title = För mycket text
error-payload_too_large-body = Det du skickade var för stort för oss att ta emot. Gå tillbaka, korta texten och skicka igen. Du kan skicka resten efteråt med din kod.
error-bad_request-title = Något blev fel
error-bad_request-body = Vi kunde inte läsa det som skickades. Gå tillbaka och försök igen.
error-invalid_value-title = Något blev fel
error-invalid_value-body = Ett av värdena kunde inte tas emot. Gå tillbaka och försök igen.
error-rate_limited-title = För många försök
error-rate_limited-body = Du har försökt många gånger på kort tid. Vänta en minut och försök igen.
error-method_not_allowed-title = Något blev fel
error-method_not_allowed-body = Sidan kan inte användas på det sättet. Gå till startsidan och försök igen.
error-unavailable-title = Tjänsten fungerar inte just nu
error-unavailable-body = Vi har ett tillfälligt fel. Försök igen om en stund. Behöver du hjälp nu? Ring polisen på 114 14, eller 112 om det är akut.
error-internal-title = Något gick fel hos oss
error-internal-body = Ett fel uppstod. Försök igen om en stund. Behöver du hjälp nu? Ring polisen på 114 14, eller 112 om det är akut.
form-expired-title = Formuläret hade gått ut
# promise: tests/api/slow_writes.rs::an_expired_token_brings_the_form_back_with_everything_typed_and_nothing_is_stored
form-expired = Sidan hade varit öppen länge, eller webbläsaren hade stängts under tiden, så av säkerhetsskäl skickades ingenting. Tryck på ”Skicka igen”. Kommer den här sidan tillbaka en gång till kan din webbläsare blockera kakor: tillåt dem för den här webbplatsen och försök igen.
error-timeout-title = Det tog för lång tid
error-timeout-body = Vi fick inget svar i tid, så vi slutade vänta. Försök igen om en stund. Behöver du hjälp nu? Ring polisen på 114 14, eller 112 om det är akut.
error-unconfirmed-title = Vi vet inte än om det kom fram
error-unconfirmed-body = Det tog för lång tid att spara, så vi kan inte säga säkert om det du skickade kom fram. Det kan komma fram ändå. Vänta några minuter och kontrollera innan du skickar igen. Behöver du hjälp nu? Ring polisen på 114 14, eller 112 om det är akut.

# Flood limits (web::floods): the form again, nothing sent.
too-many-title = Det har skickats för många på kort tid
too-many-sent = Från din uppkoppling har det kommit många meddelanden på kort tid, så det här sparades inte. Vänta { $minutes } min och tryck på ”Skicka igen”.
too-many-everyone = Väldigt många skriver till oss just nu, så det här sparades inte. Vänta { $minutes } min och tryck på ”Skicka igen”.
# promise: tests/api/floods.rs::a_client_has_at_most_a_few_chats_waiting
too-many-chats = Du har redan chattar som väntar på svar. Gå tillbaka till din chatt, eller vänta { $minutes } min och tryck på ”Skicka igen”.
# promise: tests/api/floods.rs::one_client_is_refused_past_its_limit_with_a_429_that_keeps_the_text
too-many-kept = Det du skrev finns kvar här nedanför. Inget har skickats.
too-many-your-text = Det du skrev
too-many-send-again = Skicka igen
