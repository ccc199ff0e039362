## The console's chat pages: waiting and active chats, one chat.

console-chats-title = Chattar
console-chats-waiting = Väntar på svar ({ $count })
console-chats-col-priority = Prioritet
console-chats-col-since = Startade
console-chats-col-language = Språk
console-chats-col-child = Barn
console-chats-col-action = Åtgärd
console-chats-col-holder = Handläggare
console-chats-accept = Ta chatten
console-chats-none-waiting = Ingen väntar just nu.
console-chats-active = Pågående chattar
console-chats-none-active = Inga chattar pågår.
console-chats-open-mine = Öppna min chatt
console-chats-open = Visa
console-chats-refresh = Uppdatera listan
console-chat-notice-ended = Chatten är redan avslutad.
console-chat-notice-taken = { $name } tog chatten först.

console-chat-title = Chatt
console-chat-back = Tillbaka till chattarna
console-chat-offline = Anslutningen bröts. Försöker igen …
console-chat-holder = Handläggare: { $name }
console-chat-no-holder = Ingen har tagit chatten.
console-chat-case-link = Öppna ärendet (förslag, beslut, hänvisning)
console-chat-proposal = Triageförslag från frågorna före chatten
console-chat-not-said = Inte angivet
console-chat-priority = Prioritet
console-chat-primary = Huvudmottagare
console-chat-log = Samtalet
console-chat-refresh = Uppdatera för att se nya meddelanden
console-chat-message = Ditt svar
console-chat-send = Skicka
console-chat-transfer-to = Lämna över till
console-chat-transfer = Lämna över chatten
console-chat-end = Avsluta chatten
console-chat-block-hint = Bara vid hot eller trakasserier: chatten avslutas och dess adress slutar fungera. Ärendet finns kvar.
console-chat-block = Avsluta och blockera

console-chat-status-waiting = Väntar på en handläggare.
console-chat-status-active = Pågår.
console-chat-ended-person = Personen avslutade chatten.
console-chat-ended-staff = Chatten är avslutad.
console-chat-ended-idle = Chatten avslutades efter en stund utan meddelanden.
console-chat-ended-blocked = Chatten är avslutad och blockerad.
console-chat-ended-left-message = Personen lämnade ett meddelande i stället; ärendet ligger kvar i kön.

console-chat-error-empty = Skriv något innan du skickar.
console-chat-error-too-long = Meddelandet är för långt (högst { $max } tecken).
console-chat-error-rate-limited = För många meddelanden på kort tid. Vänta en stund.
console-chat-error-not-open = Du håller inte chatten, eller så är den avslutad.
console-chat-error-failed = Meddelandet kunde inte skickas.
console-chat-error-transfer = Välj en kollega som kan ta chatten; en avslutad chatt kan inte lämnas över.
console-chat-ended-callback = Personen bad att bli uppringd i stället; uppringningen ligger i kön.
