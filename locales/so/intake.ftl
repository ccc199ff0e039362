## The written enquiry, the receipt code and the status page.
## Somali draft. Reader is addressed as "adiga" (singular you).

enquiry-title = Noo soo qor
enquiry-intro = Waad noo soo qori kartaa wakhti kasta, habeen iyo maalin. Waxaan kuu jawaabnaa { $days } maalmood oo shaqo gudahood, badanaa ka dhakhso. Jawaabta waxaad ku akhrisataa halkan bogga internetka, adigoo isticmaalaya koodhkaaga.
enquiry-anonymous = Uma baahnid inaad magacaaga sheegto. Su'aal kasta waad ka boodi kartaa.
enquiry-danger = Hadda khatar ma ku jirtaa? Wac 112.
enquiry-all-optional = Ka jawaab oo keliya waxaad rabto. Waxa keliya ee aan u baahanahay waa fariin, ama calaamad aad ku muujinayso inaad rabto inaan kula soo xiriirno.
enquiry-no-crimes = Ha qorin dambiyo aad adigu gashay. Uma baahnin taas si aan kuu caawinno.
enquiry-send = Dir
form-error-summary = Wax baa u baahan in la saxo
form-not-saved-title = Fariintaada weli lama dirin
form-not-saved = Hadda ma aanu kaydin karin fariintaada. Qoraalkaagu weli halkan hoose ayuu yaallaa. Fadlan isku day mar kale wax yar ka dib. Ma u baahan tahay caawimaad hadda? Wac booliska 114 14, ama 112 haddii ay degdeg tahay.
form-unconfirmed-title = Weli ma garanayno in fariintaadu gaadhay iyo in kale
form-unconfirmed = Kaydintu waqti aad u dheer ayay qaadatay, sidaa darteed si hubaal ah uma sheegi karno in fariintaadu gaadhay. Weli way iman kartaa. Qoro koodhka hoose. Dhowr daqiiqo ka dib ka raadi “Koodh baan haystaa”: haddii fariintaada la helo, way gaadhay, hana dib u dirin. Haddii aan la helin, dib u dir – qoraalkaagu weli halkan hoose ayuu yaallaa. Ma u baahan tahay caawimaad hadda? Wac booliska 114 14, ama 112 haddii ay degdeg tahay.
form-unconfirmed-code = Koodhkaaga:
form-unconfirmed-nocode = Kaydintu waqti aad u dheer ayay qaadatay, sidaa darteed si hubaal ah uma sheegi karno in waxaad dirtay ay gaadheen. Weli way iman karaan. Qoraalkaagu weli halkan hoose ayuu yaallaa. Haddii aad mar kale dirto waxaa laga yaabaa inaan laba jeer helno, taasina dhib ma leh. Ma u baahan tahay caawimaad hadda? Wac booliska 114 14, ama 112 haddii ay degdeg tahay.

field-enquirer = Yaa wax qoraya?
field-professional_org = Xaggee ka shaqaysaa?
field-age_band = Imisa jir ayuu yahay qofka doonaya inuu ka baxo?
field-gender = Jinsiga qofka
field-environment = Deegaan noocee ah ayay arrintu ku saabsan tahay?
field-situation = Waxyaabahan midkood ma khuseeyaa qofka?
field-needs = Maxaa loo baahan yahay?
field-municipality = Qofku degmadee (kommun) ayuu ku nool yahay?
field-threat = Ma jirtaa hanjabaad?
field-citizenship = Qofku ma yahay muwaadin Iswiidhan ah?
field-language = Luqaddee ayaad jawaabta ku rabtaa?
field-consent_to_share = Waad la wadaagi kartaan waxa aan qoro cidda i caawin karta (tusaale ahaan socialtjänsten – adeegga bulshada).
field-message = Fariintaada
field-wants_contact = Waxaan rabaa inaad ila soo xiriirtaan. (Sida aan kula soo xiriirno waxaad dooranaysaa tallaabada xigta, ama ku sheeg fariintaada.)

hint-professional_org = Oo keliya haddii aad wax u qorayso shaqadaada dartii.
hint-choose-any = Dooro inta aad rabto, ama midna ha dooran.
hint-municipality = Waxay naga caawinaysaa inaan helno caawimaadda saxda ah ee u dhow qofka.
hint-municipality-write = Qor magaca degmada (kommun), tusaale Malmö ama Kiruna. Waxaad sidoo kale u dhaafi kartaa madhan.
hint-consent_to_share = Goor dambe go'aankaaga waad beddeli kartaa. Oggolaanshahaaga la'aantiis waxba ma wadaagno, marka laga reebo marka sharcigu dalbado, tusaale ahaan marka ilmo u baahan karo ilaalin.
field-consent_for = Yaa aan siin karnaa xogtaada?
hint-consent_for = Oggolaanshahaagu wuxuu khuseeyaa oo keliya kuwa aad calaamadeyso.
opt-consent_for-social_services = Adeegga bulshada ee degmada (socialtjänsten) – wuxuu bixin karaa taageero, guri iyo ilaalin
opt-consent_for-programme = Barnaamij ka-bax – taageerada degmada ama gobolka ee looga baxo
opt-consent_for-police = Booliska – isku-duwaha ka-baxa, oo ku ilaalin kara marka lagu hanjabo
opt-consent_for-words = Waxa aan qoray, eray eray – haddii kale waxaan gudbinnaa oo keliya jawaabahaaga su'aalaha, ee ma aha qoraalkaaga
hint-consent_for-others = Ma waxaad ka qoraysaa qof kale? Calaamadee oo keliya waxa uu qofkaasi oggolaaday. Calaamadda qaraabada marnaba ma beddesho oggolaanshaha qof qaangaar ah laftiisa.

opt-no-answer = Ma doonayo inaan ka jawaabo
opt-municipality-none = Ma doonayo inaan sheego
opt-enquirer-self = Aniga, waxaan rabaa inaan ka baxo
opt-enquirer-relative = Qof ii dhow (waalid, lammaane, walaal, saaxiib)
opt-enquirer-professional = Waxaan u qorayaa shaqadayda dartii
opt-professional_org-municipality = Degmada (kommun) ama socialtjänsten (adeegga bulshada)
opt-professional_org-school = Dugsi
opt-professional_org-healthcare = Daryeelka caafimaadka
opt-professional_org-police = Booliska
opt-professional_org-prison_probation = Kriminalvården (xabsiyada iyo kormeerka dambiilayaasha)
opt-professional_org-civil_society = Urur aan macaash doon ahayn
opt-professional_org-other = Kale
opt-age_band-under_15 = Ka yar 15 sano
opt-age_band-15_17 = 15–17 sano
opt-age_band-18_20 = 18–20 sano
opt-age_band-21_25 = 21–25 sano
opt-age_band-26_plus = 26 sano ama ka weyn
opt-age_band-unknown = Ma garanayo
opt-gender-female = Haweeney ama gabar
opt-gender-male = Nin ama wiil
opt-gender-other = Kale
opt-gender-unknown = Ma garanayo
opt-environment-criminal_network = Shabakad dambiyeed ama koox burcad ah (gang)
opt-environment-violent_extremism = Xagjirnimo rabshad wadata
opt-environment-honour_related = Rabshad iyo dulmi la xiriira sharafta (heder)
opt-environment-unknown = Ma garanayo
opt-situation-in_custody = Ku jira xabsi (wuxuu gudanayaa xukun)
opt-situation-on_probation = Ku jira kormeer ka dib xukun ama sii-deyn shuruud leh (frivård)
opt-situation-sis_placement = Ku nool guri SiS ah (daryeel xiran oo loogu talagalay dhallinyarada)
opt-situation-protected_witness = Waa markhaati la ilaaliyo
opt-situation-protected_identity = Leh xog shakhsiyeed oo la ilaaliyo (qarsoon)
opt-threat-acute = Haa, hadda waa degdeg
opt-threat-serious = Haa, hanjabaad culus
opt-threat-some = Haa, xoogaa hanjabaad ah
opt-threat-none = Maya
opt-threat-unknown = Ma garanayo
opt-needs-protection = Ilaalin
opt-needs-relocation = U guurid magaalo kale
opt-needs-housing = Guri
opt-needs-economy = Lacag
opt-needs-psychiatric = Caafimaadka maskaxda
opt-needs-substance_abuse = Caawimaad la xiriirta khamriga ama daroogada
opt-needs-work_education = Shaqo ama waxbarasho
opt-needs-family = Taageero qoyska
opt-needs-voluntary_return = Macluumaad ku saabsan ku noqoshada dal kale si ikhtiyaari ah
opt-needs-legal = Caawimaad sharci
opt-needs-other = Kale
opt-citizenship-swedish = Haa
opt-citizenship-other = Maya
opt-citizenship-unknown = Ma garanayo

error-choose-option = Dooro mid ka mid ah doorashooyinka.
error-unknown-municipality = Ma helin degmo magacaas leh. Hubi higaadda (å, ä iyo ö waxaa loo qori karaa a iyo o) ama meesha madhan u dhaaf.
error-message-or-contact = Qor fariin, ama calaamadee inaad rabto inaan kula soo xiriirno.
error-message-too-long = Fariintu aad bay u dheer tahay. Wax yar ka gaabi, ama kala qaybi oo inta kale mar dambe ku dir koodhkaaga.
error-message-empty = Wax qor intaadan dirin.
error-problem-empty = Sharax dhibaatada.
error-text-too-long = Qoraalku aad buu u dheer yahay.

sent-title = Mahadsanid, fariintaada waan helnay
sent-intro = Waxaan kuu jawaabnaa { $days } maalmood oo shaqo gudahood, badanaa ka dhakhso. Jawaabta waxaad ku akhrisataa halkan bogga internetka, adigoo isticmaalaya koodhkaaga.
sent-code-heading = Koodhkaaga
sent-code-only-once = Koodhka hadda oo keliya ayaan ku tusaynaa. Annagu ma kaydinno, sidaas darteed mar kale kuma siin karno. Kaydi intaadan sii socon.
sent-keep-write = Ku qor warqad aad meel ammaan ah ku hayso.
sent-keep-print = Ama daabac boggan (ka samee liiska browser-kaaga).
sent-keep-download = Ama koodhka u soo deji sida fayl qoraal ah oo yar
sent-keep-safe = Xusuusnow in warqad, daabacaad ama fayl ay dad kale heli karaan. Koodhka ku hay meel aan qof kale arkayn.
sent-confirm = Koodhkayga waan kaydiyey
sent-file-text = Koodh: { $code }

saved-title = Waa hagaag, waad dhammaysay
saved-come-back = U gudub bogga koodhkaaga
saved-danger = Khatar ma ku jirtaa? Wac 112.

receipt-title = Ku soo noqo koodhkaaga
receipt-intro = Qor koodhka aad heshay markii aad fariintaada dirtay. Markaas waxaad arki doontaa jawaabtayada, waxaadna qori kartaa wax dheeraad ah.
receipt-code-label = Koodhkaaga
receipt-code-hint = 16 xaraf, tusaale ahaan ABCD-EFGH-JKMN-PQRS. Xarfo waaweyn iyo xarfo yaryar labaduba way shaqeeyaan.
receipt-show = Muuji
receipt-unknown-title = Koodhkaas ma aanu helin
receipt-unknown = Koodhku ma saxna. Hubi inaad si sax ah u qortay, kadibna isku day mar kale.
receipt-lost = Koodhkaagii ma lumisay? Markaas mar kale noo soo qor oo noo sheeg.
receipt-write-again = Noo soo qor
receipt-message-added = Mahadsanid, fariintaada waa la diray.

status-title = Codsigaaga
status-label = Xaaladda:
status-received = Waa la helay – weli kama aanu jawaabin
status-in_progress = Waxaan ka shaqaynaynaa codsigaaga
status-answered = Waan ka jawaabnay
status-closed = Waa la xiray
status-sent-at = La diray:
status-conversation = Fariimaha
author-person = Adiga
author-staff = Barta Xiriirka
status-no-messages = Weli fariimo ma jiraan.
status-add-heading = Wax dheeraad ah qor
status-add-send = Dir
status-leave-hint = Markaad dhammayso, xir bogga. Qofna ma arki karo codsigaaga koodhka la'aantiis.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = Hadda ayaan fariimaha akhrinaynaa, fariintaadana isla markiiba ayaan akhrinaynaa. Jawaabtayada halkan ka akhri bogga adigoo isticmaalaya koodhkaaga.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = Maanta ayaan ku jawaabaynaa. Jawaabta halkan ka akhri bogga adigoo isticmaalaya koodhkaaga.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = Hadda cidna ma akhrinayso fariimaha. Fariintaada waxaan akhrin doonnaa { $weekday ->
    [1] Isniinta
    [2] Talaadada
    [3] Arbacada
    [4] Khamiista
    [5] Jimcaha
    [6] Sabtida
   *[7] Axadda
} saacadda { $time }. Jawaabta halkan ka akhri bogga adigoo isticmaalaya koodhkaaga.
answer-danger-meanwhile = Ma jiraa qof khatar ku jira ka hor intaas? Wac 112.
saved-next-code = Halkan ku soo noqo adigoo wata koodhkaaga si aad u akhrido jawaabtayada ama wax dheeraad ah u qorto.
