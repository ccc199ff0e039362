## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = Go'aanka kiiska
decisions-history-engine = Soo jeedinta mashiinka
decisions-history-override = Waxaa beddelay { $name }
decisions-history-reason = Sababta
decisions-history-none = Soo jeedinta mashiinka ayaa jirta. Qofna ma beddelin.
decisions-override-summary = Beddel mudnaanta ama qaatayaasha
decisions-override-hint = Soo jeedinta mashiinka waa la kaydiyaa si kastaba, si xeerarka loo hagaajiyo. Isbeddelka iyo sababtiisa waa la diiwaangeliyaa.
decisions-priority = Mudnaanta
decisions-priority-P1 = P1 – hadda tallaabo qaad (khatar degdeg ah)
decisions-priority-P2 = P2 – isla maalinta shaqada
decisions-priority-P3 = P3 – laba maalmood oo shaqo gudahood
decisions-recipients-legend = Qaatayaasha
decisions-recipients-hint = Hal qaate oo keliya ayaa noqon kara mas'uulka.
decisions-role-primary = Mas'uul
decisions-role-secondary = Ka qaybqaata
decisions-role-inform = La wargeliyo
decisions-role-remove = Ka saar
decisions-add-legend = Ku dar qaate
decisions-add-org = Hay'adda
decisions-add-hint = Qor aqoonsiga hay'adda ama ka dooro liiska, tusaale socialtjanst:1280. Banaan u daa haddii aadan qofna ku darin.
decisions-add-role = Doorka qaataha cusub
decisions-reason = Sababta (waa qasab)
decisions-reason-hint = Maxaad u beddelaysaa soo jeedinta? Sababta waxaa loo kaydiyaa si sir ah waxaana loo muujiyaa asxaabta ka shaqaynaysa kiiska.
decisions-override-send = Kaydi isbeddelka
decisions-added-reason = Waxaa ku daray shaqaale.
decisions-error-summary = Isbeddelka lama kaydin
decisions-error-priority = Dooro mudnaanta P1, P2 ama P3.
decisions-error-role = U dooro door { $org }.
decisions-error-unknown-org = Buugga hay'adaha kuma jirto hay'ad leh aqoonsiga { $org }.
decisions-error-duplicate = { $org } horay ayuu ugu jiraa qaatayaasha.
decisions-error-primary = Hal qaate oo keliya ayaa noqon kara mas'uulka.
decisions-error-civil-primary = { $org } waa urur bulsho; kaliya wuu ka qaybqaadan karaa ama waa la wargelin karaa, mas'uul ma noqon karo.
decisions-error-civil-vetting = { $org } lama hubin, ama hubintiisii way dhacday. Kiisas ma heli karo.
decisions-error-civil-acute = Kiis P1 ah (khatar degdeg ah) looma diri karo ururada bulshada. Ka saar { $org } ama dooro mudnaan kale.
decisions-error-civil-child = Kiiskani wuxuu khuseeyaa ilmo, sidaas darteed looma diri karo ururada bulshada. Ka saar { $org }.
decisions-error-civil-threat = Qofka waxaa haysta hanjabaad culus, sidaas darteed kiiska looma diri karo ururada bulshada. Ka saar { $org }.
decisions-error-civil-protected = Qofku wuxuu leeyahay aqoonsi la ilaaliyo ama waa markhaati la ilaaliyo, sidaas darteed kiiska looma diri karo ururada bulshada. Ka saar { $org }.
decisions-error-reason = Qor sababta aad u beddelayso soo jeedinta.
decisions-error-reason-long = Sababtu aad bay u dheer tahay. Ka dhig ugu badnaan 2,000 xaraf.
decisions-error-unchanged = Waxba ma aadan beddelin. Beddel mudnaanta ama qaatayaasha.
decisions-error-closed = Kiisku waa xiran yahay. Dib u fur ka hor intaadan beddelin go'aanka.
decisions-change-priority = Mudnaanta { $from } → { $to }
decisions-change-added = Waa lagu daray { $name } ({ $to ->
    [primary] mas'uul
    [secondary] ka qaybqaata
   *[inform] la wargeliyo
})
decisions-change-removed = Waa laga saaray { $name } (wuxuu ahaa { $from ->
    [primary] mas'uul
    [secondary] ka qaybqaata
   *[inform] la wargeliyo
})
decisions-change-role = { $name }: { $from ->
    [primary] mas'uul
    [secondary] ka qaybqaata
   *[inform] la wargeliyo
} → { $to ->
    [primary] mas'uul
    [secondary] ka qaybqaata
   *[inform] la wargeliyo
}

decisions-outcome-heading = Xiritaanka
decisions-open-now = Kiisku waa furan yahay.
decisions-outcome-legend = Sidee buu kiisku ku dhammaaday?
decisions-outcome-hint = Natiijada waa la tiriyaa dabagalka. Kiis xiran wuxuu ka baxaa safka laakiin dib ayaa loo furi karaa.
decisions-outcome-advice_given = Talo ayaa la bixiyay
decisions-outcome-referred = Waa loo gudbiyay
decisions-outcome-referred_with_report = Waa loo gudbiyay iyadoo warbixin walaac la sameeyay
decisions-outcome-no_further_action = Tallaabo kale ma jirto
decisions-close = Xir kiiska
decisions-closed-as = Waa la xiray: { $outcome ->
    [advice_given] talo ayaa la bixiyay
    [referred] waa loo gudbiyay
    [referred_with_report] waa loo gudbiyay warbixin walaac la
   *[no_further_action] tallaabo kale ma jirto
}
decisions-reopen = Dib u fur kiiska
decisions-reopen-hint = Kiisku wuxuu ku noqdaa safka. Taariikhdiisu way sii jirtaa.
decisions-error-outcome = Dooro sida kiisku ku dhammaaday.
decisions-error-already-closed = Kiisku horay ayuu u xirnaa.
decisions-error-not-closed = Kiisku ma xirna.
decisions-events-heading = Dhacdooyinka kiiska
decisions-event-close = { $actor } ayaa xiray kiiska: { $detail ->
    [advice_given] talo ayaa la bixiyay
    [referred] waa loo gudbiyay
    [referred_with_report] waa loo gudbiyay warbixin walaac la
   *[no_further_action] tallaabo kale ma jirto
}
decisions-event-reopen = { $actor } ayaa dib u furay kiiska
decisions-event-protect = { $actor } ayaa calaamadeeyay aqoonsi la ilaaliyo
decisions-event-unprotect = { $actor } ayaa ka saaray calaamadda aqoonsiga la ilaaliyo
decisions-event-grant = { $actor } ayaa { $detail } siiyay helitaanka cinwaanka iyo xiriirka
decisions-event-revoke = { $actor } ayaa { $detail } ka saaray kuwa helitaanka leh

decisions-protection-heading = Aqoonsi la ilaaliyo
decisions-protected-marker = Aqoonsi la ilaaliyo – calaamad sirnimo ama diiwaangelin la ilaaliyo
decisions-protected-explained = Cinwaanka iyo xogta xiriirka waxaa kaliya la tusaa shaqaalaha magacaaban. Weligood lama dhoofiyo, calaamaddana waxay la socotaa gudbin kasta.
decisions-protected-you-see = Waa lagu magacaabay, waadna aragtaa cinwaanka iyo xogta xiriirka.
decisions-protected-hidden = Laguma magacaabin. Cinwaanka iyo xogta xiriirka waa lagaa qariyay.
decisions-named-heading = Shaqaalaha magacaaban
decisions-named-none = Qofna lama magacaabin. Qofna ma arko cinwaanka iyo xogta xiriirka.
decisions-revoke = Ka saar { $name }
decisions-grant-label = Magacaab shaqaale
decisions-grant-hint = Magacaab kaliya kuwa ay qasab ku tahay inay arkaan cinwaanka iyo xogta xiriirka.
decisions-grant = Magacaab
decisions-unprotect = Ka saar calaamadda
decisions-unprotect-hint = Calaamadda ka saar kaliya haddii si qalad ah loo dhigay ama ilaalintu dhammaatay. Dhammaan kuwa magacaaban waa laga saarayaa.
decisions-unprotected = Kiisku calaamad ma laha.
decisions-said-protected = Qofku wuxuu sheegay inuu leeyahay xog shakhsi ah oo la ilaaliyo. Calaamadee kiiska.
decisions-protect = Calaamadee aqoonsi la ilaaliyo
decisions-protect-hint = Markaas kaliya shaqaalaha magacaaban ayaa arka cinwaanka iyo xogta xiriirka. Adiga ayaa lagu magacaabayaa; kormeeruhu wuxuu magacaabi karaa kuwo kale.
decisions-error-already-protected = Kiisku horay ayuu calaamad u lahaa. Kormeeraha ka codso inuu ku magacaabo haddii aad u baahan tahay inaad aragto xogta.
decisions-error-not-protected = Kiisku looma calaamadeyn aqoonsi la ilaaliyo.
decisions-error-user = Dooro shaqaale firfircoon, kormeere ama maamule.
decisions-error-already-named = Shaqaalahaas horay ayaa loo magacaabay.
decisions-error-not-named = Isticmaalahaas laguma magacaabin kiiskan.

decisions-overrides-title = Go'aannada la beddelay
decisions-overrides-intro = Kiisaska uu shaqaaluhu beddelay soo jeedinta mashiinka: xeerarka shaqeeyay, waxa mashiinku soo jeediyay iyo waxa hadda jira. Halkan ma jiro qoraal ku saabsan dadka. Farqiyada u isticmaal hagaajinta xeerarka.
decisions-overrides-caption = Kiisaska la beddelay: { $count }
decisions-overrides-col-case = Kiis
decisions-overrides-col-rules = Xeerarka shaqeeyay
decisions-overrides-col-engine = Soo jeedinta mashiinka
decisions-overrides-col-human = Go'aanka jira
decisions-overrides-col-changes = Farqiga
decisions-overrides-case-link = La beddelay { $at }
decisions-overrides-count = { $count ->
    [one] hal isbeddel
   *[other] { $count } isbeddel
}
decisions-overrides-empty = Go'aan lama beddelin.
decisions-history-retriage = Soo-jeedin cusub oo xeerarka ah markii { $name } cusboonaysiiyey xogta

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = Cusboonaysii waxa aan ognahay
console-facts-hint = Dooro waxa aad ka ogaatay wada-hadalka. Xeerarku mar kale ayay soo jeedin doonaan. Fariinta qofka, luqaddiisa iyo oggolaanshihiisu isma beddelaan.
console-facts-save = Kaydi oo mar kale soo jeedi
console-facts-not-holder = Shaqaale kale ayaa kiiskan haya. Weydii inuu xogta cusboonaysiiyo, ama weydii kormeere inuu kiiska la wareego.
console-facts-closed = Kiisku wuu xiran yahay. Dib u fur si aad xogta u beddesho.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = Wac 112 – khatar degdeg ah
decisions-notice-call_90101 = Självmordslinjen 90101 fikradaha isdilka (Mind, furan habeen iyo maalin)
decisions-notice-call_114_14 = Booliska 114 14 (aan degdeg ahayn)
decisions-notice-call_socialjour = Socialjouren: adeegga bulshada ee degmada saacadaha shaqada ka baxsan
decisions-notice-call_bris = Bris 116 111 carruurta iyo dhallinyarada
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen 020-50 50 50, furan habeen iyo maalin
decisions-notice-call_1177 = 1177 Vårdguiden (talo caafimaad)
decisions-notice-primary_closed = Qaataha mas'uulka ah hadda wuu xiran yahay: eeg halka kiisku aado saacadaha shaqada ka baxsan
decisions-notice-no_offence_data = Urur bulsho ayaa ka mid ah qaatayaasha: ha u dirin wax xog ah oo ku saabsan dambiyo
decisions-notice-placing_municipality = Degmada qofka meeleysay ayaa mas'uul ah: ogow tan ay tahay oo la xiriir
decisions-notice-find_psychiatry = Dhakhtarka maskaxda ee gobolka ayaa loo baahan yahay, laakiin degmo lama yaqaan: raadi gobolka
