## The layout shared by every page: header, language picker, footer, shared blocks.
## Messages are plain text (no HTML). Swedish (sv) is the reference locale.

site-name = Barta Xiriirka
site-description = Barta xiriirka qaranka ee adiga oo doonaya inaad ka baxdo dambiyada, xagjirnimada rabshadaha wadata ama cadaadiska loo geysto magaca sharafta

skip-link = U bood nuxurka

quick-exit = Si degdeg ah uga bax boggan
quick-exit-hint = Talo: waxaad sidoo kale saddex jeer riixi kartaa furaha Shift si aad si degdeg ah uga baxdo boggan.

nav-label = Jidad gaagaaban
nav-enquiry = Noo soo qor
nav-receipt = Koodh baan haystaa
nav-chat = Qoraal toos ah
nav-callback = Dib ii soo wac

lang-picker-label = Luqadda / Språk
lang-draft-tag = qabyo

draft-notice-title = Turjumaaddan waa qabyo
draft-notice = Qoraalkan waa la turjumay, laakiin weli ma hubin turjumaan xirfad leh. Waxaa laga yaabaa inuu khaladaad leeyahay.
draft-notice-link = Boggan ku akhri af Iswiidhish

footer-label = Macluumaad dheeraad ah
footer-where-to-turn = Xaggee caawimaad ka heli karaa?
footer-support = Taageero noocee ah ayaa jirta?
footer-about = Ku saabsan Barta Xiriirka
footer-privacy = Sirta iyo magac-la'aanta
footer-safety = Badbaado: qari booqashadaada
footer-when-closed = Marka aan xiran nahay
footer-accessibility = Helitaanka (accessibility)
footer-emergency = 112 – khatar degdeg ah

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] Barta Xiriirka waxaa maamula booliska (Polismyndigheten, Hay'adda Booliska Iswiidhan) iyadoo la kaashanaysa Kriminalvården (Adeegga Xabsiyada iyo Kormeerka), Statens institutionsstyrelse (SiS) iyo Socialstyrelsen (Guddiga Qaranka ee Caafimaadka iyo Daryeelka Bulshada).
    [authority] Barta Xiriirka waxaa maamula { $host }, oo ah hay'ad dawladeed.
   *[other] Barta Xiriirka waxaa maamula { $host }, oo aan ahayn hay'ad dawladeed.
}
operator-authority = Barta Xiriirku waa qayb ka mid ah hay'ad dowladeed. Sidaas darteed waxaa khuseeya xeerarka sirta ee hay'adaha dowladda, iyo sidoo kale waajibka ah in la soo sheego marka ilmo u baahan karo ilaalin.
operator-not-authority = Barta Xiriirka ma aha hay'ad dawladeed. Sidaas darteed nagu ma khuseeyaan xeerarka hay'adaha dawladda ee sirta iyo waajibka ah in la soo sheego marka ilmo u baahan karo ilaalin. Hase ahaatee, waxa aad qorto cid kale uma gudbinno ogolaanshahaaga la'aantiis, marka laga reebo khatar degdeg ah ama marka aad noo sheegto dembi culus oo dhici doona.

## Shared blocks used on several pages.
common-emergency-lead = Hadda khatar ma ku jirtaa?
common-emergency-call = Wac 112
common-contact-heading = Sida aad nala soo xiriiri karto
common-reply-promise = Had iyo jeer waad noo soo qori kartaa, habeen iyo maalin, maalin kasta. Waxaan kuu jawaabnaa { $days ->
    [one] hal maalin shaqo gudaheed
   *[other] { $days } maalmood oo shaqo gudahood
}.
common-write-link = Noo soo qor
common-anonymous = Uma baahnid inaad sheegto magacaaga ama wax kale oo muujinaya cidda aad tahay.
common-code = Markaad wax noo soo qorto, waxaad helaysaa koodh. Koodhka waxaad ku akhrin kartaa jawaabtayada, waxaadna ku qori kartaa wax dheeraad ah. Koodhka qor oo meel ammaan ah ku hay.
common-receipt-link = Ku soo noqo koodhkaaga
common-no-crimes-title = Ha qorin dambiyo
common-no-crimes = Ha qorin dambiyo aad adigu gashay. Uma baahnin inaan ogaanno si aan kuu caawinno. Haddii goor dambe macluumaad loo baahdo, qofka la wareega arrintaada ayaa ku weydiin doona – oo keliya haddii aad oggolaato.
common-safety-heading = Ka fikir badbaadadaada
common-safety-text = Haddii qof eegi karo taleefankaaga ama kombiyuutarkaaga, isticmaal badhanka "Si degdeg ah uga bax boggan" ee xagga sare. Wuxuu si toos ah kuu geynayaa bog internet oo kale.
common-safety-link = Sida loo qariyo booqashadaada
common-no-email = Weligeen koodhkaaga ama waxa aad qortay kuma dirno iimayl ama fariin qoraal ah (SMS).
common-more-heading = Akhri wax dheeraad ah

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = Adiga ama qof kuu dhow ma qabtaa fikrado ah is-dilid? Wac Självmordslinjen, khadka caawimaadda isdilka, 90101. Waxaa maamula Mind, wuxuuna furan yahay habeen iyo maalin.
urgent-90101-call = Wac Självmordslinjen 90101

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = Fariimaha waxaan akhrinnaa { $windows }, marka laga reebo maalmaha fasaxa rasmiga ah. Fariimaha degdegga ah ayaan marka hore akhrinnaa.
common-read-always = Fariimaha waxaan akhrinnaa habeen iyo maalin, maalin kasta. Fariimaha degdegga ah ayaan marka hore akhrinnaa.
common-read-days = { $first } ilaa { $last }, saacadda { $from }–{ $to }
common-read-day = { $first }, saacadda { $from }–{ $to }
common-weekday = { $day ->
    [1] Isniin
    [2] Talaado
    [3] Arbaco
    [4] Khamiis
    [5] Jimce
    [6] Sabti
   *[7] Axad
}
