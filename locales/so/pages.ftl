## Information pages. One message per paragraph or list item. Plain text only.
## Somali draft. "Barta Xiriirka" = Kontaktpunkten (the contact point).

## Start page
home-title = Taageero adiga oo doonaya inaad ka baxdo
home-lead = Barta Xiriirku waa barta xiriirka qaranka ee adiga oo doonaya inaad ka baxdo dambiyada, xagjirnimada rabshadaha wadata ama cadaadiska loo geysto magaca sharafta – iyo sidoo kale qoyskaaga iyo dadka kula shaqeeya.
home-choose-heading = Dooro waxa kugu habboon
home-entry-leave = Waxaan rabaa inaan ka baxo
home-entry-leave-text = Koox burcad ah (gang), dambiyo, koox rabshad wadata ama nolol lagu xakameeyo magaca sharafta.
home-entry-relatives = Waxaan ka walwalsanahay qof ii dhow
home-entry-relatives-text = Waalidiinta, lammaanayaasha, walaalaha iyo saaxiibada.
home-entry-professionals = Waxaan ka shaqeeyaa arrimahan
home-entry-professionals-text = Degmada, socialtjänsten (adeegga bulshada), dugsiga, daryeelka caafimaadka iyo kuwo kale.
home-entry-young = Waxaan ka yarahay 18 sano
home-entry-young-text = Qoraal fudud oo ku saabsan waxa dhaca marka aad noo soo qorto.
home-write-heading = Noo soo qor
home-write-anonymous = Uma baahnid inaad magacaaga sheegto.
home-receipt-heading = Horay ma noogu soo qortay?
home-receipt-text = Isticmaal koodhka aad heshay si aad u akhrido jawaabtayada.
home-more-where-to-turn = Xaggee caawimaad ka heli karaa? Lambarrada taleefanka iyo saacadaha furnaanshaha
home-more-support = Taageero noocee ah ayaan heli karaa?
home-more-privacy = Sida aan u ilaalino waxa aad qorto
home-more-when-closed = Haddii aad caawimaad u baahato marka aan xiran nahay

## I want to leave
leave-title = Waxaan rabaa inaan ka baxo
leave-lead = Inaad rabto inaad ka baxdo waa go'aan weyn. Uma baahnid inaad keligaa samayso. Dad badan ayaa sidaas sameeyay adiga kahor.
leave-who = Boggan waxaa loogu talagalay adiga oo doonaya inaad ka baxdo shabakad dambiyeed ama koox burcad ah, koox xagjir ah oo rabshad wadata, ama nolol uu qoyskaagu ama qaraabadaadu kugu xakameeyaan hanjabaad iyo rabshad magaca sharafta.
leave-can-heading = Waxa aan kuu qaban karno
leave-can-listen = Inaan akhrino oo fahamno xaaladdaada, annagoo aan ku xukumin.
leave-can-advise = Inaan ku siino talo ku saabsan tallaabooyinka xiga, oo aan kuu sheegno taageerada ka jirta meesha aad ku nooshahay.
leave-can-connect = Inaan kugu xirno qof ku caawin kara – oo keliya haddii aad rabto, iyo oggolaanshahaaga.
leave-can-follow = Inaan kaa caawino inaad hesho jidka saxda ah haddii aad horay xiriir ula leedahay, tusaale ahaan, Kriminalvården (Adeegga Xabsiyada iyo Kormeerka), SiS ama socialtjänsten (adeegga bulshada).
leave-cannot-heading = Waxa aanan samayn karin
leave-cannot-text = Annagu nafteena kuuma siin karno guri, lacag ama ilaalin. Taas waxaa go'aamiya socialtjänsten, booliska iyo kuwo kale. Ma ballan qaadi karno in wax walba ay si fiican u dhammaan doonaan, mana tirtiri karno ciqaabta dambiyada. Laakiin waxaan kaa caawinaynaa inaad xiriir la samayso dadka taageero ku siin kara.
leave-happens-heading = Waxa dhaca marka aad noo soo qorto
leave-happens-write = Waad noo soo qortaa, waxaadna helaysaa koodh.
leave-happens-read = Shaqaale ka tirsan Barta Xiriirka oo kiisaska maamula ayaa akhriya waxa aad qortay.
leave-happens-answer = Waxaan kuu jawaabnaa { $days ->
    [one] hal maalin shaqo gudaheed
   *[other] { $days } maalmood oo shaqo gudahood
}. Jawaabta waxaad ku akhrisataa halkan bogga internetka adigoo isticmaalaya koodhkaaga. Haddii aad rabto, waxaan sidoo kale ku soo wici karnaa wakhti kuu ammaan ah.
leave-happens-advise = Waxaan ku siinaa talo, waxaanan kuu soo jeedinaa cidda ku caawin karta.
leave-happens-consent = Haddii aad rabto, oo keliya oggolaanshahaaga, waxaan kugu xirnaa iyaga. Adiga ayaa go'aamiya macluumaadka la gudbinayo, cidda loo gudbinayo iyo goorta. Oggolaanshahaaga waad ka noqon kartaa.
leave-actors-heading = Cidda aan kugu xiri karno
leave-actor-social = Socialtjänsten (adeegga bulshada) ee degmadaada – taageero xagga guriga, lacagta, daaweynta iyo wax badan oo kale.
leave-actor-police = Isku-duwaha booliska ee dadka ka baxaya (avhopparsamordnare) ee gobolkaaga – marka lagugu hanjabo oo aad u baahato ilaalin.
leave-actor-programme = Barnaamijka degmada ama gobolka ee dadka ka baxaya (avhopparverksamhet), meesha uu ka jiro.
leave-actor-prison = Kriminalvården (Adeegga Xabsiyada iyo Kormeerka), haddii aad ku jirto xabsi ku-meel-gaar ah (häkte) ama xabsi, ama aad ku jirto kormeer (frivård).
leave-actor-sis = SiS (Statens institutionsstyrelse, daryeelka xiran ee dhallinyarada), haddii lagu dhigay guri SiS ah.
leave-actor-psychiatry = Daryeelka maskaxda (psykiatrin) ee gobolkaaga, haddii aadan maskax ahaan ladnayn.
leave-actor-migration = Migrationsverket (Hay'adda Socdaalka), haddii aadan ahayn muwaadin Iswiidhan ah oo aad adigu rabto inaad ku noqoto dal kale. Oo keliya haddii aad adigu codsato.
leave-actor-civil = Ururo samafal ah oo aan hubinnay, tusaale ahaan si aad u hesho la-taliye (mentor) ama bulsho cusub.
leave-anonymous-heading = Waxaad ahaan kartaa qof aan la aqoon
leave-anonymous-text = Uma baahnid inaad sheegto cidda aad tahay si aad talo u hesho. Haddii aad rabto caawimaad dhab ah, tusaale ahaan xagga guriga, dadka ku caawinaya waxay goor uun u baahan doonaan inay ogaadaan cidda aad tahay. Adiga ayaa go'aamiya marka ay taasi timaaddo.
leave-threat-heading = Haddii lagugu hanjabo
leave-threat-text = Booliska ayaa ilaalin bixin kara marka hanjabaad jirto. Dad badan oo ka baxa waxay u guuraan degmo kale, taasna caawimaad ayaa loo helaa. Fadlan noo sheeg haddii lagugu hanjabay, laakiin ha noo sheegin waxa adigu aad samaysay.
leave-women-heading = Adiga oo ah gabar ama haweeney
leave-women-text = Waxaa jira taageero loogu talagalay gabdhaha iyo haweenka, tusaale ahaan guri ammaan ah oo la ilaaliyo. Waxaad sidoo kale wici kartaa Kvinnofridslinjen, khadka caawimaadda qaranka ee haweenka, 020-50 50 50, habeen iyo maalin.
leave-honour-heading = Haddii ay arrintu la xiriirto sharafta
leave-honour-text = Waxaad xaq u leedahay inaad go'aan ka gaarto noloshaada, cidda aad la kulanto iyo cidda aad guursato. Haddii qoyskaagu ama qaraabadaadu kugu xakameeyaan hanjabaad ama rabshad, socialtjänsten iyo booliska ayaa ku caawin kara. Tani waxay sidoo kale khusaysaa haddii aad ka yar tahay 18 sano.

## Relatives
relatives-title = Waxaan ka walwalsanahay qof ii dhow
relatives-lead = Way adag tahay inaad aragto qof aad jeceshahay oo ku jira dambiyo, koox xagjir ah oo rabshad wadata ama cadaadis la xiriira sharafta. Waxaad heli kartaa talo – iyo taageero adiga laftaada.
relatives-can-heading = Waxa aan kuu qaban karno
relatives-can-advise = Inaan ku siino talo ku saabsan sida aad ula hadli karto qofka aad ka walwalsan tahay iyo waxa aad samayn karto.
relatives-can-explain = Inaan kuu sheegno taageerada jirta iyo cidda mas'uulka ka ah waxa kasta meesha aad ku nooshihiin.
relatives-can-connect = Oggolaanshahaaga, inaan kugu xirno socialtjänsten (adeegga bulshada) ama qof kale oo caawin kara.
relatives-can-yourself = Inaan kaa caawino inaad adigu taageero hesho. Qaraabo badan ayaa qaba walwal, ceeb iyo cabsi. Socialtjänsten waxay taageero siin kartaa qaraabada sidoo kale.
relatives-tell-heading = Waxa aan kuu sheegi karno iyo waxa aanan kuu sheegi karin
relatives-tell-can = Waxaan kuu sheegi karnaa taageerada jirta, sida ka bixitaanku inta badan u dhaco iyo meesha aad u jeesan karto.
relatives-tell-cannot = Haddii qofka aad ka walwalsan tahay uu isagu nala soo xiriiro, waxba kuuma sheegi karno arrintaas oggolaanshaha qofkaas la'aantiis – xitaa inuu nala soo xiriiray. Tani waa sirta, waxayna sidoo kale ilaalisaa qofkaas.
relatives-tell-child = Ma ku saabsan tahay ilmahaaga ka yar 18 sano? Markaas socialtjänsten ayaa kuu sheegi karta sida adiga oo ah mas'uulka ilmaha (waalidka sharciga ah) aad u heli karto macluumaad oo aad uga qayb qaadan karto.
relatives-callback-heading = Waan ku soo wici karnaa
relatives-callback-text = Waxaad naga codsan kartaa inaan ku soo wacno halkii aad wax qori lahayd. Adiga ayaa dooranaya wakhti ay kuu ammaan tahay inaad hadasho.
relatives-callback-who = Markaan ku soo wacno, waxaan sheegnaa cidda aan nahay oo keliya haddii aad noo sheegtay inay taasi caadi tahay. Waxaad sidoo kale dooran kartaa eray sireed, si aad u ogaato inay annaga tahay.
relatives-callback-interpreter = Noo sheeg haddii aad u baahan tahay turjumaan, waxaanan isku dayi doonnaa inaan mid diyaarino.
relatives-child-heading = Haddii aad ka walwalsan tahay ilmo
relatives-child-text = Haddii aad u malaynayso in ilmo la dhibayo, had iyo jeer waxaad la xiriiri kartaa socialtjänsten ee degmada uu ilmuhu ku nool yahay. Adigu laftaadu waad soo gudbin kartaa warbixin walwal (orosanmälan). Waxaad sidoo kale marka hore noo soo qori kartaa oo aad talo heli kartaa.
relatives-threat-heading = Haddii adiga laftaada lagugu hanjabo
relatives-threat-text = Qaraabada sidoo kale waa loo hanjabi karaa. Haddii ay degdeg tahay, wac 112. Haddii kale waxaad booliska ka wici kartaa 114 14.
relatives-no-crimes = Ha qorin dambiyo uu galay qofka aad ka walwalsan tahay ama adigu aad gashay. Taa beddelkeeda qor waxa ku walwalinaya iyo waxa aad u baahan tahay.

## Professionals
professionals-title = Waxaan ka shaqeeyaa arrimahan
professionals-lead = Adiga oo ka shaqeeya degmo, socialtjänsten (adeegga bulshada), dugsi, daryeel caafimaad, booliska, Kriminalvården (Adeegga Xabsiyada iyo Kormeerka) ama urur samafal ah, oo la kulma qof doonaya inuu ka baxo, ama qof qaraabadiisa ah.
professionals-consult-heading = Talo ku saabsan kiis
professionals-consult-text = Waad nala tashan kartaa kiis. Sharax xaaladda adigoon sheegin magacyo ama lambarrada aqoonsiga shakhsiga (personnummer), haddii aan loo baahnayn.
professionals-consult-topics = Tusaale ahaan, waxaan kuu sheegi karnaa hay'adaha iyo cidaha jira, sida ka bixitaanku inta badan u dhaco, waxa degmadu mas'uulka ka tahay iyo sida aad ula shaqayn karto isku-duwaha booliska ee dadka ka baxaya (avhopparsamordnare).
professionals-consult-knowledge = Waxaan sidoo kale kuu gudbin karnaa taageero aqooneed oo laga helo Center mot våldsbejakande extremism (CVE, Xarunta Ka-hortagga Xagjirnimada Rabshadaha Wadata) iyo Xarunta Qaranka ee ka dhanka ah Rabshadaha iyo Cadaadiska la xiriira Sharafta (Nationellt centrum mot hedersrelaterat våld och förtryck, Maamulka Gobolka Östergötland).
professionals-referral-heading = Sida gudbinta degmada ay u shaqayso
professionals-referral-consent = Marka qofku oggolaado, Barta Xiriirku waxay gudbin u diri kartaa degmada saxda ah ama barnaamijka dadka ka baxaya (avhopparverksamhet).
professionals-referral-inbox = Degmadu waxay gudbinta ku helaysaa sanduuq fariimeed oo ammaan ah, weligeedna iimayl laguma diro. Waxay ka kooban tahay oo keliya macluumaadka uu qofku oggolaaday inaan si gaar ah idiin siino.
professionals-referral-answer = Degmadu waxay ka jawaabtaa sanduuqa fariimaha, waxayna la wareegtaa xiriirka. Barta Xiriirku waxay hubisaa in qof uu helay kiiska.
professionals-referral-no-programme = Degmadaadu miyaanay lahayn barnaamij dadka ka baxaya? Waxaan kuu sheegi karnaa iskaashiga gobolka iyo sida u guuritaanka degmo kale u shaqayn karo.
professionals-inbox-link = Gal sanduuqa fariimaha ee degmada
professionals-consent-heading = Oggolaansho qaate kasta
professionals-consent-text = Oggolaanshuhu wuxuu khuseeyaa qaate kasta si gaar ah: macluumaadkee, cidda iyo goorta. Qofku wuu ka noqon karaa oggolaanshihiisa. Oggolaansho la'aan, sirtu waxay ka jirtaa hay'adaha dowladda dhexdooda, haddii aanu sharci si kale dhigin.
professionals-consent-civil = Ururada samafalku kuma hoos jiraan sharciga helitaanka macluumaadka dadweynaha iyo sirta (offentlighets- och sekretesslagen). Weligood nagama helaan macluumaad ku saabsan dambiyo.
professionals-report-heading = Waajibka soo sheegidda marka aad ka walwalsan tahay ilmo
professionals-report-text = Haddii aad ka shaqayso hay'ad dowladeed, ama tusaale ahaan dugsi, daryeel caafimaad ama socialtjänsten, waa inaad isla markiiba u soo sheegtaa socialtjänsten haddii aad ka shakido in ilmo la dhibayo. Tan waxaa qoran sharciga adeegga bulshada (socialtjänstlagen).
professionals-report-not-replaced = Inaad nala soo xiriirto ma beddesho warbixintaada. Talo waad naga heli kartaa, laakiin warbixinta adigu ayaa u gudbinaya socialtjänsten.
professionals-report-we = { $kind ->
    [other] Barta Xiriirka ma maamusho hay'ad dawladeed, mana laha waajibka soo sheegidda. Sidaas darteed warbixintaada adiga ayaa muhiim ah.
   *[authority] Barta Xiriirka sidoo kale waxay leedahay waajibka soo sheegidda. Walwalka ilmaha waxaan u sheegnaa adeegyada bulshada, ee ma aha booliska.
}
professionals-no-crimes = Ha qorin dambiyo uu qofku galay. Looma baahna talo ama gudbin awgeed. Cidda la wareegta kiiska ayaa weydiisa waxa loo baahan yahay, iyadoo qofku oggol yahay.
professionals-contact-text = Noo soo qor oo dooro inaad wax u qorayso shaqadaada dartii.

## Under 18 – easy language
young-title = Ma ka yar tahay 18 sano?
young-lead = Boggan waxaa loogu talagalay adiga oo ka yar 18 sano.
young-who-heading = Yaa nahay?
young-who = { $kind ->
    [police] Barta Xiriirka waxaa maamula booliska.
    [authority] Barta Xiriirka waxaa maamula { $host }. Waa hay'ad dawladeed.
   *[other] Barta Xiriirka waxaa maamula { $host }. Ma aha hay'ad dawladeed, mana aha booliska.
}
young-who-read = { $kind ->
    [police] Dadka waaweyn ee ka shaqeeya Barta Xiriirka ayaa akhriya waxa aad qorto. Booliska kale waxay ogaadaan oo keliya haddii qof khatar ku jiro, ama haddii aad noo sheegto dembi culus.
    [authority] Dadka waaweyn ee ka shaqeeya Barta Xiriirka ayaa akhriya waxa aad qorto. Booliska waxay ogaadaan oo keliya haddii aad haa dhahdo, haddii qof khatar ku jiro, ama haddii aad noo sheegto dembi culus.
   *[other] Dadka waaweyn ee ka shaqeeya Barta Xiriirka ayaa akhriya waxa aad qorto. Booliska waxay ogaadaan oo keliya haddii aad haa dhahdo, haddii qof khatar ku jiro, ama haddii aad noo sheegto dembi culus oo dhici doona.
}
young-help-heading = Waan ku caawin karnaa
young-help-gang = Ma rabtaa inaad ka fogaato koox burcad ah (gang) ama dambiyo?
young-help-extremism = Ma rabtaa inaad ka baxdo koox doonaysa inay rabshad isticmaasho?
young-help-honour = Qoyskaagu ma ku xakameeyaa noloshaada hanjabaad ama rabshad?
young-help-write = Markaas waad noo soo qori kartaa.
young-help-anytime = Waad noo soo qori kartaa goor kasta, xitaa fiidkii iyo habeenkii.
young-help-adult = Qof weyn oo arrimahan ka shaqeeya ayaa akhriya oo jawaaba.
young-anonymous-heading = Uma baahnid inaad sheegto cidda aad tahay
young-anonymous-name = Waad wax qori kartaa adigoon magacaaga qorin.
young-anonymous-code = Waxaad helaysaa koodh markaad wax qorto.
young-anonymous-keep = Koodhka qor. Ku qari meel ammaan ah.
young-anonymous-read = Koodhka waxaad ku akhrin kartaa jawaabtayada.
young-anonymous-details = Xusuuso: lambar telefoon, dugsi, naanays ama meel ayaa sidoo kale muujin kara cidda aad tahay.
young-parents-heading = Waalidkaa ma ogaan doonaan?
young-parents-us = Annagu waalidkaa uma sheegno inaad noo qortay.
young-parents-social = Haddii adeegyada bulshada ay ku caawinayaan ama ku ilaalinayaan, inta badan waxay la hadlaan waalidkaa.
young-parents-family = Laakiin haddii qof qoyskaaga ka mid ah uu ku dhibayo, adeegyada bulshada ayaa go'aamiya sida ay u samaynayaan. Marka hore waxay ka fikiraan inaad nabad ahaato.
young-happens-heading = Tani waa waxa dhaca markaad wax qorto
young-happens-write = Waad noo soo qortaa.
young-happens-code = Waxaad helaysaa koodh.
young-happens-read = Qof weyn oo halkan jooga ayaa akhriya waxa aad qorto.
young-happens-answer = Waxaan kuu jawaabnaa { $days ->
    [one] hal maalin shaqo gudaheed
   *[other] { $days } maalmood oo shaqo gudahood
}. Maalmaha shaqadu waa Isniin ilaa Jimce.
young-happens-look = Jawaabta halkan ayaad ku akhrisaa. Waxaad isticmaashaa koodhkaaga.
young-happens-help = Waxaan kuu sheegnaa cidda ku caawin karta.
young-tell-heading = Mararka qaarkood waa inaan wax u sheegnaa socialtjänsten (adeegga bulshada)
young-tell-law = Dadka waaweyn ee ka shaqeeya hay'ad dowladeed waa inay u sheegaan socialtjänsten marka ay ka walwalaan ilmo. Waa sharciga.
young-tell-child = Sharciga, qof kasta oo ka yar 18 sano waa ilmo.
young-tell-so = Taasi waxay ka dhigan tahay: mararka qaarkood waa inaan socialtjänsten u sheegno wax adiga kugu saabsan.
young-tell-why = Waxaan sidaas u samaynaa si dadka waaweyni kuu caawiyaan oo kuu ilaaliyaan.
young-tell-social = Socialtjänsten waxay ku taal degmadaada. Way ku caawin karaan adiga iyo qoyskaaga.
young-tell-first = Haddii aan awoodno, adiga ayaan marka hore kuu sheegnaa.
young-tell-heading-other = Goorta aan u sheegno adeegyada bulshada
young-tell-other = Ma nihin hay'ad dawladeed. Waajib nagu ma aha inaan adiga kaa sheegno adeegyada bulshada. Waxaan samaynaa oo keliya haddii aad haa dhahdo, ama haddii aad khatar ku jirto.
young-tell-anonymous = Haddii aadan qorin magacaaga, ma garanayno cidda aad tahay. Markaas uma sheegi karno socialtjänsten cidda aad tahay.
young-decide-heading = Wax badan adiga ayaa go'aamiya, laakiin ma aha wax walba
young-decide-what = Adiga ayaa go'aamiya waxa aad rabto inaad noo sheegto.
young-decide-who = Adiga ayaa go'aamiya haddii aan dad kale u sheegi karno wax adiga kugu saabsan, tusaale ahaan booliska ama urur.
young-decide-not = Laakiin haddii aad khatar ku jirto, waa inaan kaa caawinno inaad hesho ilaalin.
young-decide-report = Sidoo kale waa inaan u sheegnaa socialtjänsten haddii aan adiga kaa walwalno.
young-decide-crime = { $kind ->
    [police] Haddii aad noo sheegto dembi culus oo dhici doona ama dhacay, booliska waa inay wax qabtaan.
    [authority] Haddii aad noo sheegto dembi culus oo dhici doona, waa inaan u sheegno booliska. Mararka qaarkood sidoo kale waa sidaas dembi culus oo horay u dhacay.
   *[other] Haddii aad noo sheegto dembi culus oo dhici doona, waa inaan u sheegno booliska.
}
young-crimes-heading = Ha qorin dambiyo aad samaysay
young-crimes-need = Uma baahnid inaad noo sheegto dambiyo si aad caawimaad u hesho.
young-crimes-dont = Ha qorin waxyaabo aad samaysay.
young-talk-heading = Ma rabtaa inaad hadda qof la hadasho?
young-talk-bris = Wac Bris 116 111
young-talk-bris-text = Bris waxaa loogu talagalay carruurta iyo dhallinyarada. Wicitaanku waa bilaash. Waxaad sidoo kale kula sheekaysan kartaa qoraal (chat) bris.se.
young-danger-heading = Khatar ma ku jirtaa?
young-safe-heading = Badbaado
young-safe-button = Qof ma imanayaa? Riix badhanka "Si degdeg ah uga bax boggan" ee xagga sare.
young-safe-phone = Ma u malaynaysaa in qof uu eegayo taleefankaaga? Wax ka qor taleefan kale ama kombiyuutar kale.
young-safe-link = Talooyin dheeraad ah oo ku saabsan badbaadada
young-write-link = Noo soo qor
young-receipt-link = Koodh baan haystaa

## Where to turn
where-to-turn-title = Xaggee caawimaad ka heli karaa?
where-to-turn-lead = Halkan waxaa ku qoran jidadka ugu caansan ee taageero lagu helo. Waxaad ka bilaabi kartaa meel kasta oo aad rabto. Haddii aadan hubin, noo soo qor, waxaanan kaa caawinaynaa inaad hesho meesha saxda ah.
where-to-turn-us-heading = Barta Xiriirka
where-to-turn-us-text = Had iyo jeer waad noo soo qori kartaa, xitaa fiidkii, habeenkii iyo dhammaadka toddobaadka. Waxaad ahaan kartaa qof aan la aqoon.
where-to-turn-police-heading = Booliska: 114 14
where-to-turn-police-text = Wac 114 14 oo codso inaad la hadasho isku-duwaha dadka ka baxaya (avhopparsamordnare) ee gobolkaaga. Isku-duwayaashu waxay shaqeeyaan maalintii, Isniin ilaa Jimce. Booliska ayaa kaa caawin kara ilaalin marka lagugu hanjabo.
where-to-turn-police-call = Wac booliska 114 14
where-to-turn-social-heading = Socialtjänsten (adeegga bulshada) ee degmadaada
where-to-turn-social-text = Qof kasta wuxuu taageero ka heli karaa socialtjänsten, xitaa haddii aan loo hanjabin. Socialtjänsten ayaa mas'uul ka ah inta badan taageerada, sida guriga, lacagta iyo daaweynta. Degmooyinka qaarkood waxay leeyihiin barnaamij u gaar ah oo dadka ka baxaya (avhopparverksamhet).
where-to-turn-social-how = Wac xarunta taleefannada (växel) ee degmadaada oo weydii socialtjänsten. Badanaa waxay furan yihiin maalintii maalmaha shaqada.
where-to-turn-socialjour-heading = Khadka degdegga ah ee adeegga bulshada (socialjouren): fiidkii, habeenkii iyo dhammaadka toddobaadka
where-to-turn-socialjour-text = Marka socialtjänsten xiran tahay, waxaa jira socialjouren. Waxaad ku heli kartaa xarunta taleefannada ama bogga internetka ee degmadaada. Haddii ay degdeg tahay, ama aadan habeenkii helin lambar, wac 112 oo codso in laguu xiro socialjouren.
where-to-turn-other-heading = Haddii aad horay xiriir ula leedahay qof
where-to-turn-other-prison = Ma ku jirtaa xabsi ku-meel-gaar ah (häkte) ama xabsi, mise waxaad ku jirtaa kormeer (frivård)? La hadal qofka xiriirkaaga ah ee Kriminalvården (Adeegga Xabsiyada iyo Kormeerka).
where-to-turn-other-sis = Ma ku nooshahay guri SiS ah? La hadal shaqaalaha ama shaqaalahaaga bulshada (socialsekreterare).
where-to-turn-other-health = Maskax ahaan miyaadan ladnayn? Wac 1177 si aad u hesho talo caafimaad, habeen iyo maalin.
where-to-turn-112-heading = Khatar degdeg ah: 112
where-to-turn-112-text = Haddii nolosha ama caafimaadka qof uu hadda khatar ku jiro, wac 112. Habeen iyo maalin.

## Kinds of support
support-title = Taageero noocee ah ayaan heli karaa?
support-lead = Kuwani waa taageerooyin suurtagal noqon kara marka qof ka baxo. Taageerada aad heli karto waxay ku xiran tahay xaaladdaada iyo go'aannada cidda bixisa taageerada. Waxaan kaa caawinaynaa inaad hesho meesha saxda ah.
support-protection-heading = Ilaalin
support-protection-text = Haddii lagugu hanjabo, booliska ayaa qiimayn kara hanjabaadda oo kaa caawin kara ilaalin. Socialtjänsten waxay diyaarin kartaa guri ammaan ah oo la ilaaliyo.
support-housing-heading = Guri
support-housing-text = Dad badan waxay u baahan yihiin guri cusub si ay uga fogaadaan. Socialtjänsten waxay ka caawin kartaa guri ku-meel-gaar ah ama mid muddo dheer ah.
support-economy-heading = Lacag
support-economy-text = Qofka ka baxa inta badan dakhli la'aan ayuu noqdaa. Socialtjänsten waxay bixin kartaa kaalmo dhaqaale, waxayna ka caawin kartaa deymaha iyo miisaaniyadda.
support-talk-heading = Qof aad la hadasho
support-talk-text = Ka bixitaanku waa adag yahay, xagga dareenka sidoo kale. Waxaad qof kala hadli kartaa waxa dhacay iyo mustaqbalka, tusaale ahaan socialtjänsten ama urur samafal ah.
support-treatment-heading = Daaweyn, oo ay ku jirto balwadda
support-treatment-text = Haddii aad isticmaasho khamri ama daroogo, waxaad heli kartaa daaweyn. Socialtjänsten iyo gobolka (regionen) ayaa mas'uul ka ah.
support-psychiatry-heading = Daryeelka maskaxda
support-psychiatry-text = Dad badan oo ka baxa maskax ahaan ma ladna ama waxay leeyihiin xanuun la ogaaday (diagnos). Daryeelka maskaxda ee gobolkaaga ayaa daryeel ku siin kara. Waxaan kaa caawin karnaa inaad xiriir la samayso.
support-relocation-heading = U guurid degmo kale
support-relocation-text = Dad badan oo ka baxa waxay u guuraan magaalo kale, qiyaastii toddoba ka mid ah toban. Degmooyinku arrintan way iska kaashadaan, carruurta iyo qaraabaduna way raaci karaan.
support-protected-heading = Xog shakhsiyeed oo la ilaaliyo
support-protected-text = Skatteverket (Hay'adda Canshuuraha) waxay go'aamin kartaa calaamadeyn sir ah (sekretessmarkering) ama diiwaangelin la ilaaliyo (skyddad folkbokföring), si aan cinwaankaaga loo bixin. Halkan agtayada, oo keliya shaqaalaha maamula kiiskaaga ayaa arka macluumaadkaas, weligoodna laguma bixiyo liisas ama tirakoob.
support-relatives-heading = Taageero qaraabada
support-relatives-text = Waalidiinta, lammaanayaasha iyo walaalaha sidoo kale waxay heli karaan taageero, si ay u caawiyaan qofka ka baxaya iyo iyaga laftooda dartood.
support-work-heading = Shaqo iyo waxbarasho
support-work-text = Nolol maalmeed cusub waxay u baahan tahay shaqo ama waxbarasho. Degmada iyo Arbetsförmedlingen (Xafiiska Shaqada) ayaa ku caawin kara.
support-return-heading = Ku noqosho ikhtiyaari ah
support-return-text = Haddii aadan ahayn muwaadin Iswiidhan ah oo aad adigu rabto inaad u guurto dal kale, Migrationsverket (Hay'adda Socdaalka) ayaa kuu sheegi karta taageerada ku noqoshada. Had iyo jeer waa doorashadaada. Weligeen lama xiriirno Migrationsverket adiga kugu saabsan haddii aadan adigu naga codsan.

## About the service
about-title = Ku saabsan Barta Xiriirka
about-lead = Barta Xiriirku waa hal albaab oo loo maro qof kasta oo doonaya inuu ka baxo dambiyada, xagjirnimada rabshadaha wadata ama cadaadiska loo geysto magaca sharafta, qaraabadooda iyo dadka la shaqeeya.
about-who-heading = Cidda maamusha Barta Xiriirka
about-who-mission = Dowladda Iswiidhan waxay u xilsaartay Polismyndigheten (Hay'adda Booliska), Kriminalvården (Adeegga Xabsiyada iyo Kormeerka), Statens institutionsstyrelse (SiS) iyo Socialstyrelsen (Guddiga Qaranka ee Caafimaadka iyo Daryeelka Bulshada) inay xoojiyaan taageerada dadka doonaya inay ka baxaan, dalka oo dhan, iyo sidoo kale carruurta.
about-what-heading = Waxa aan qabanno
about-what-text = Waxaan bixinaa macluumaad iyo talo, waxaanan kuu gudbinaa cidda saxda ah iyadoo loo eegayo xaaladdaada. Ma nihin adeeg gurmad degdeg ah, mana baarno dambiyada.
about-police-heading = Waxa gaara booliska, iyo goorta
about-police-intro-police = Barta Xiriirka waa qayb ka mid ah booliska. Waxa aad qorto waxaa akhriya shaqaalaha Barta Xiriirka. Ogolaanshahaaga la'aantiis looma gudbiyo baarayaasha booliska ama qaybaha kale ee booliska, marka laga reebo laba xaaladood:
about-police-crime-police = Haddii aad noo sheegto dembi culus oo dhici doona ama dhacay. Markaas shaqaalaha booliska waa inay tallaabo qaadaan, annaga oo Barta Xiriirka ah na mid ka nahay. Sidaas darteed ha qorin dembiyo aad adigu gashay.
about-police-anonymous = Inaad nala soo xiriirto adigoo aan magacaaga sheegin, kiis booliis ah kuma bilaabmo.
about-police-intro = Waxa aad qorto waxaa akhriya shaqaalaha Barta Xiriirka. Booliska waxay ogaadaan oo keliya haddii aad ogolaato, tusaale ahaan si aad ula xiriirto isku-duwaha booliska ee dadka ka baxaya oo aad u hesho ilaalin, ama xaaladahan:
about-police-acute = Haddii nolosha ama caafimaadka qof uu khatar degdeg ah ku jiro. Markaas isla markiiba waxaan wacnaa 112, xitaa ogolaansho la'aan.
about-police-crime-coming = Haddii aad noo sheegto dembi culus oo dhici doona. Qof kasta oo og waa inuu sheegaa.
about-police-crime-done = Haddii aad noo sheegto dembi culus oo horay u dhacay. Markaas sharci ayaa qaadi kara sirta si booliska u ogaadaan.
about-police-children = Walwalka ku saabsan ilmo waxaan u soo sheegnaa socialtjänsten (adeegga bulshada), ee uma sheegno booliska.
about-police-first = Sidaas darteed waxaad nala yeelan kartaa wadahadal kowaad adigoon booliska ku lug lahayn.
about-crimes = Ha qorin dambiyo aad gashay. Uma baahnin inaan ogaanno si aan kuu caawinno. Tani adiga ayay ku ilaalinaysaa.
about-followup-heading = Dabagal iyo cilmi-baaris
about-followup-text = Shaqada waa in la la socdaa si Golaha Qaranka ee Ka Hortagga Dembiyada (Brå) u qiimeeyo in taageeradu caawinayso. Maanta wax tirakoob ah lagama sameeyo kiisaska. Marka la sameeyo, boggan ayaan ku qori doonnaa waxa tirakoobku ka kooban yahay.

## Secrecy and anonymity
privacy-title = Sirta iyo magac-la'aanta
privacy-lead = Waxa aad noo soo qorto waa xasaasi. Tani waa sida aan u ilaalino.
privacy-anonymous-heading = Waxaad xaq u leedahay inaad magac la'aan ahaato
privacy-anonymous-text = Uma baahnid inaad sheegto magacaaga, lambarka aqoonsiga shakhsiga (personnummer), cinwaankaaga ama lambarka taleefankaaga si aad noo soo qorto oo aad jawaab u hesho.
privacy-store-heading = Waxa aanan kaydin
privacy-store-ip = Ma kaydino cinwaanka IP-ga ee qalabkaaga.
privacy-store-trackers = Ma isticmaalno wax dabagala (trackers) ama tirakoob booqdayaal oo ka yimaada shirkado kale.
privacy-store-third = Boggaggu waxba kama soo qaadaan bogag internet oo kale, sida farta qoraalka ama qoraallo barnaamij (scripts).
privacy-store-cookie = Markaad buuxiso foom, waxaan isticmaalnaa cookie lagama maarmaan ah oo foomka ka ilaalisa been-abuur. Wax adiga kugu saabsan kuma jiraan.
privacy-encrypted-heading = Waxa aad qorto waa la sir-qariyey (encrypted)
privacy-encrypted-text = Fariintaada iyo xogta xiriirkaaga waxaa lagu kaydiyaa qaab sir-qarsoon (encrypted). Oo keliya shaqaalaha maamula kiiskaaga ayaa akhrin kara, mar kasta oo qof akhriyana waa la diiwaangeliyaa.
privacy-code-heading = Koodhku waa furaha keliya
privacy-code-text = Koodhka aad hesho waa jidka keliya ee lagu galo kiiskaaga. Waxaan kaydinaa oo keliya qaab la qalloociyey oo koodhka ah. Sidaas darteed mar kale kuuma sheegi karno koodhka haddii aad lumiso. Qor oo meel ammaan ah ku hay.
privacy-code-lost = Koodhkaagii ma lumisay? Mar kale noo soo qor. Markaas waxaad helaysaa koodh cusub.
privacy-law-heading = Sirta iyo ilaalinta xogta
privacy-law-secrecy = { $kind ->
    [other] Barta Xiriirka ma aha hay'ad dawladeed, sidaas darteed Sharciga Furnaanta iyo Sirta (offentlighets- och sekretesslagen) nagu ma khuseeyo. Hase ahaatee, waxa aad qorto cid kale ma siinno ogolaanshahaaga la'aantiis, marka laga reebo xaaladaha kor ku xusan.
   *[authority] Waxa aad qorto waxaa ilaaliya sirta sida uu dhigayo Sharciga Furnaanta iyo Sirta (offentlighets- och sekretesslagen). Ma siin karno dad kale ogolaanshahaaga la'aantiis, haddii aan sharci kale si kale dhigin.
}
privacy-law-gdpr = Xogta shakhsiga waxaan u maaraynaa sida uu dhigayo Xeerka Guud ee Ilaalinta Xogta (GDPR). Macluumaadka ku saabsan caafimaadka iyo dambiyada si gaar ah ayaa loo ilaaliyaa.
privacy-law-rights = Waxaad xaq u leedahay inaad ogaato macluumaadka aan kaa hayno iyo in khaladaadka la saxo. Haddii aad su'aalo qabto, waxaad la xiriiri kartaa sarkaalka ilaalinta xogta ee hay'adda. Integritetsskyddsmyndigheten (IMY, Hay'adda Iswiidhan ee Ilaalinta Xogta Gaarka ah) ayaa ah hay'adda kormeerka.
privacy-share-heading = Marka aan macluumaad gudbino
privacy-share-consent = Macluumaad qof kale uma gudbino oggolaanshahaaga la'aantiis. Qaate kasta si gaar ah ayaad u oggolaanaysaa: macluumaadkee, cidda iyo goorta.
privacy-share-withdraw = Wakhti kasta waad ka noqon kartaa oggolaanshahaaga. Wixii horay loo gudbiyay dib looma soo celin karo, laakiin wax dheeraad ah lama gudbin doono.
privacy-share-exceptions = { $kind ->
    [police] Ogolaansho la'aan macluumaad waxaan gudbinnaa oo keliya haddii nolosha ama caafimaadka qof uu khatar degdeg ah ku jiro, haddii aad noo sheegto dembi culus oo dhici doona ama dhacay (markaas shaqaalaha booliska waa inay tallaabo qaadaan), ama marka aan ka walwalno in ilmo dhib ku jiro (markaas adeegyada bulshada).
    [authority] Ogolaansho la'aan macluumaad waxaan gudbinnaa oo keliya haddii nolosha ama caafimaadka qof uu khatar degdeg ah ku jiro, haddii aad noo sheegto dembi culus oo dhici doona (markaas qof kasta waa inuu sheegaa) ama dhacay (markaas sharci ayaa qaadi kara sirta), ama marka aan ka walwalno in ilmo dhib ku jiro (markaas adeegyada bulshada).
   *[other] Ogolaansho la'aan macluumaad waxaan gudbinnaa oo keliya haddii nolosha ama caafimaadka qof uu khatar degdeg ah ku jiro, ama haddii aad noo sheegto dembi culus oo dhici doona.
}
privacy-share-civil = Ururada samafalku weligood nagama helaan macluumaad ku saabsan dambiyo.
privacy-retention-heading = Inta aan hayno macluumaadka
privacy-retention-text = Macluumaadka waxaan ku haynaa kiiskaaga. Weli lama go'aamin inta muddo ah ee la hayo ka hor inta aan la tirtirin, maantana waxba si toos ah looma tirtiro. Marka la go'aamiyo, boggan ayaan ku qori doonnaa.

## When the contact point is closed
when-closed-title = Marka aan xiran nahay
when-closed-lead = Had iyo jeer waad noo soo qori kartaa. Laakiin mararka qaarkood waxaa loo baahdaa in isla markiiba qof lala hadlo. Halkan waxaa ku qoran lambarro aad wici karto.
when-closed-write-heading = Noo soo qor – had iyo jeer waa suurtagal
when-closed-112-heading = 112 – khatar degdeg ah
when-closed-112-text = Haddii nolosha ama caafimaadka qof ay khatar ku jirto. Furan habeen iyo maalin.
when-closed-police-heading = Booliska 114 14
when-closed-police-text = Marka aysan degdeg ahayn. Codso inaad la hadasho isku-duwaha dadka ka baxaya (avhopparsamordnare) ee gobolkaaga. Isku-duwayaashu waxay shaqeeyaan maalintii, Isniin ilaa Jimce.
when-closed-police-call = Wac 114 14
when-closed-socialjour-heading = Khadka degdegga ah ee adeegga bulshada (socialjouren)
when-closed-socialjour-text = Adeegga gurmadka ee socialtjänsten fiidkii, habeenkii iyo dhammaadka toddobaadka. Lambarka waxaad ka heli kartaa xarunta taleefannada ama bogga internetka ee degmadaada. Habeenkii waxaad sidoo kale wici kartaa 112 oo codsan kartaa in laguu xiro.
when-closed-bris-heading = Bris 116 111
when-closed-bris-text = Carruurta iyo dhallinyarada ka yar 18 sano. Wicitaanku waa bilaash.
when-closed-bris-call = Wac Bris 116 111
when-closed-kvinnofrid-heading = Kvinnofridslinjen 020-50 50 50
when-closed-kvinnofrid-text = Khadka caawimaadda qaranka ee adiga oo la kulmay hanjabaad ama rabshad, tusaale ahaan xiriir dhow ama magaca sharafta. Qaraabada sidoo kale way wici karaan. Furan habeen iyo maalin, waana bilaash.
when-closed-kvinnofrid-call = Wac Kvinnofridslinjen 020-50 50 50
when-closed-1177-heading = 1177 – talo caafimaad
when-closed-1177-text = Haddii aadan maskax ahaan ladnayn oo aad u baahan tahay talo ku saabsan daryeel. Furan habeen iyo maalin.
when-closed-1177-call = Wac 1177

## Safety: quick exit and hiding a visit
safety-title = Badbaado: qari booqashadaada
safety-lead = Haddii aad ka baqayso in qof arko waxa aad ku samayso taleefankaaga ama kombiyuutarkaaga, talooyinkan ayaa ku caawin kara.
safety-button-heading = Badhanka "Si degdeg ah uga bax boggan"
safety-button-text = Bog kasta xaggiisa sare waxaa ku yaal badhan la yiraahdo "Si degdeg ah uga bax boggan". Wuxuu si toos ah kuu geynayaa bog internet oo kale oo caadi ah.
safety-button-keyboard = Kiiboodh: saddex jeer si degdeg ah isugu xigta u riix furaha Shift.
safety-button-history = Badhanku kama saarayo boggaggayaga taariikhda (history) browser-ka. Hoos ka akhri sida taas loo sameeyo.
safety-history-heading = Tirtir taariikhda
safety-history-text = Fur liiska browser-ka oo dooro History (taariikhda). Tirtir boggaga ka yimid boggan internetka.
safety-history-tip = Tirtir oo keliya boggaggayaga. Taariikh gebi ahaanba madhan waxay dhalin kartaa su'aalo.
safety-private-heading = Si qarsoodi ah u isticmaal internetka
safety-private-text = Isticmaal daaqad gaar ah (private window) ama habka incognito. Markaas taariikh lama kaydiyo markaad xirto daaqadda. Tani kama qariso booqashadaada cidda maamusha shabakadda, tusaale ahaan dugsi ama goob shaqo.
safety-traces-heading = Waxa ku haraya browser-ka
safety-traces-history = Taariikhda browser-ku waxay kaydisaa cinwaannada boggaga aad halkan ka booqatay, haddii aadan isticmaalin daaqad gaar ah. Badhanka "Si degdeg ah uga bax boggan" wuxuu beddelaa oo keliya bogga aad joogto.
safety-traces-not-kept = Browser-ku ma kaydiyo nuqullo boggagayaga ah, wixii aad qortayna dib uma soo laabtaan haddii aad riixdo Dib u noqo.
safety-traces-cookie = Cookie ilaalisa foomamka ayaa haraysa ilaa aad xirto browser-ka. Waxba kaama sheegto.
safety-traces-chat = Marka sheekadu dhammaato, cinwaankeedu waxba kama muujiyo. Waxaad ku akhrisaa koodhkaaga.
safety-traces-chat-browser = Cinwaanka sheekadu wuxuu ku shaqeeyaa oo keliya browser-ka sheekada bilaabay.
safety-traces-code = Bogga koodhkaagu ku qoran yahay wuxuu ku furmaa oo keliya browser-ka wax soo diray, oo keliya toban daqiiqo.
safety-device-heading = Isticmaal taleefan ama kombiyuutar ammaan ah
safety-device-text = Haddii aad awooddo, wax ka qor taleefan ama kombiyuutar aan qof kale geli karin, tusaale ahaan kombiyuutar maktabad ku yaal ama taleefanka saaxiib aad aaminsan tahay.
safety-watch-heading = Qof ayaa laga yaabaa inuu dabagalo taleefankaaga
safety-watch-text = Kooxda burcadda ah ama dad kale oo kugu xeeran ayaa laga yaabaa inay gali karaan taleefankaaga: waxay amaahan karaan, waxay garan karaan koodhkaaga, ama waxay ku rakibi karaan barnaamijyo (apps) muujiya meesha aad joogto ama akhriya fariimahaaga.
safety-watch-location = Hubi in goobtaada (location) lala wadaagayo dad kale, adigoo eegaya dejinta (settings) iyo barnaamijyada leh khariidadaha.
safety-watch-other = Ma u malaynaysaa in taleefankaaga la dabagalayo? Isticmaal taleefan ama kombiyuutar kale si aad nala soo xiriirto.
safety-code-heading = Ilaali koodhkaaga
safety-code-text = Koodhka ha ku kaydin meel ay dad kale arki karaan. Ku qor warqad aad qariso, ama xafid.
safety-contact-heading = Sida aan kula soo xiriirno
safety-contact-text = Waxaan soo wacnaa oo keliya wakhtiyada aad noo sheegtay inay ammaan yihiin. Waxaan sheegnaa cidda aan nahay oo keliya haddii aad noo sheegtay inay caadi tahay. Weligeen waxa aad qortay ama koodhkaaga kuma dirno iimayl ama fariin qoraal ah (SMS).

## Accessibility statement and report form
accessibility-title = Helitaanka (accessibility)
accessibility-lead = Waxaan rabnaa in dad badan intii suurtagal ah ay isticmaali karaan boggan internetka. Halkan waxaan ku sharaxaynaa sida uu u buuxiyo sharciga Iswiidhan ee helitaanka adeegyada dowladda ee dijitaalka ah, cilladaha aan ognahay iyo sida aad u soo sheegi karto dhibaato.
accessibility-status-heading = Boggan internetku intee in le'eg ayuu u fudud yahay in la isticmaalo?
accessibility-status-text = Boggan internetka waxaa loo sameeyay inuu buuxiyo WCAG 2.1 heerka AA. Waxaa loogu talagalay inuu shaqeeyo JavaScript la'aan, kiiboodh oo keliya, akhriye shaashadeed (screen reader) iyo shaashado ballacoodu yahay 320 pixel.
accessibility-status-testing = Boggaga waxaa si toos ah loogu tijaabiyaa qalabka axe luqad kasta. Boggan internetka weli ma aysan eegin cid madax-bannaan.
accessibility-known-heading = Cilladaha la og yahay
accessibility-known-drafts = Turjumaadaha lagu calaamadeeyay qabyo weli ma hubin turjumaan xirfad leh, waxaana laga yaabaa inay khaladaad leeyihiin.
accessibility-known-easy = Oo keliya bogga loogu talagalay adiga oo ka yar 18 sano ayaa ku qoran luqad fudud oo sahlan in la akhriyo.
accessibility-report-heading = Soo sheeg dhibaato
accessibility-report-text = Haddii wax boggan internetka ah aysan kuu shaqaynayn, noo sheeg. Uma baahnid inaad sheegto cidda aad tahay.
accessibility-report-reply = Waxaan ka jawaabnaa oo keliya haddii aad bixiso xogta xiriirka.
accessibility-form-problem = Maxaa aan shaqaynayn?
accessibility-form-problem-hint = Ku sharax dhibaatada erayadaada. Halkan ha ku qorin kiiskaaga.
accessibility-form-page = Bogga kee ayay ku saabsan tahay? (ikhtiyaari)
accessibility-form-page-hint = Tusaale ahaan cinwaanka bogga ama cinwaankiisa sare.
accessibility-form-contact = Sideen kugu heli karnaa? (ikhtiyaari)
accessibility-form-contact-hint = Tusaale ahaan cinwaan iimayl. Madhan u daa haddii aadan rabin jawaab.
accessibility-form-send = Dir warbixinta
accessibility-form-errors = Wax baa u baahan in la saxo
accessibility-sent-heading = Waad ku mahadsan tahay warbixintaada
accessibility-sent-text = Waan helnay, waxaanan eegi doonnaa dhibaatada.
accessibility-digg-heading = Kormeer
accessibility-digg-text = Myndigheten för digital förvaltning (Digg, Hay'adda Maamulka Dijitaalka) ayaa kormeerta sharciga helitaanka adeegyada dowladda ee dijitaalka ah. Haddii aadan ku qanacsanayn sida aan ula dhaqanno jawaab-celintaada, waxaad la xiriiri kartaa Digg oo u sheegi kartaa.
accessibility-digg-link = Bogga internetka ee Digg, digg.se
accessibility-updated = Bayaankan waxaa la qoray Noofembar 2026.
