## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = د قضيې په اړه پرېکړه
decisions-history-engine = د ماشين وړانديز
decisions-history-override = بدلون ورکوونکی: { $name }
decisions-history-reason = دليل
decisions-history-none = د ماشين وړانديز نافذ دی. چا يې بدلون نه دی ورکړی.
decisions-override-summary = لومړيتوب يا ترلاسه کوونکي بدل کړئ
decisions-override-hint = د ماشين وړانديز په هر حال ساتل کېږي، ترڅو قواعد ښه شي. بدلون او دليل يې ثبتېږي.
decisions-priority = لومړيتوب
decisions-priority-P1 = P1 – همدا اوس اقدام وکړئ (حاد خطر)
decisions-priority-P2 = P2 – په همدې کاري ورځ
decisions-priority-P3 = P3 – د دوو کاري ورځو دننه
decisions-recipients-legend = ترلاسه کوونکي
decisions-recipients-hint = يوازې يو ترلاسه کوونکی بايد مسؤل وي.
decisions-role-primary = مسؤل
decisions-role-secondary = ګډون کوونکی
decisions-role-inform = خبرېږي
decisions-role-remove = لرې کول
decisions-add-legend = ترلاسه کوونکی ور زيات کړئ
decisions-add-org = اداره
decisions-add-hint = د ادارې پېژند وليکئ يا يې له لست څخه وټاکئ، د بېلګې په توګه socialtjanst:1280. که څوک نه ورزياتوئ، تش يې پرېږدئ.
decisions-add-role = د نوي ترلاسه کوونکي رول
decisions-reason = دليل (اړين)
decisions-reason-hint = ولې وړانديز بدلوئ؟ دليل په کوډ شوې بڼه ساتل کېږي او هغو همکارانو ته ښودل کېږي چې په قضيه کار کوي.
decisions-override-send = بدلون خوندي کړئ
decisions-added-reason = د يوه کارکوونکي له خوا ور زيات شو.
decisions-error-summary = بدلون خوندي نه شو
decisions-error-priority = لومړيتوب P1، P2 يا P3 وټاکئ.
decisions-error-role = د { $org } لپاره رول وټاکئ.
decisions-error-unknown-org = په لارښود کې د { $org } پېژند سره اداره نشته.
decisions-error-duplicate = { $org } لا دمخه د ترلاسه کوونکو په منځ کې ده.
decisions-error-primary = يوازې يو ترلاسه کوونکی بايد مسؤل وي.
decisions-error-civil-primary = { $org } د مدني ټولنې سازمان دی او يوازې ګډون کولی شي يا خبرېدای شي، مسؤل نه شي کېدای.
decisions-error-civil-vetting = { $org } نه دی ارزول شوی، يا يې ارزونه پای ته رسېدلې. قضيې نه شي ترلاسه کولی.
decisions-error-civil-acute = د P1 قضيه (حاد خطر) بايد مدني ټولنې ته لاړه نه شي. { $org } لرې کړئ يا بل لومړيتوب وټاکئ.
decisions-error-civil-child = قضیه د یو ماشوم ده او باید مدني ټولنې ته لاړه نه شي. { $org } لرې کړئ.
decisions-error-civil-threat = کس له جدي ګواښ سره مخ دی او قضیه باید مدني ټولنې ته لاړه نه شي. { $org } لرې کړئ.
decisions-error-civil-protected = کس خوندي هویت لري یا خوندي شاهد دی او قضیه باید مدني ټولنې ته لاړه نه شي. { $org } لرې کړئ.
decisions-error-reason = وليکئ چې ولې وړانديز بدلوئ.
decisions-error-reason-long = دليل ډېر اوږد دی. تر ۲۰۰۰ تورو يې لنډ کړئ.
decisions-error-unchanged = تاسو هېڅ بدلون نه دی راوستی. لومړيتوب يا ترلاسه کوونکي بدل کړئ.
decisions-error-closed = قضيه تړل شوې ده. د پرېکړې له بدلون مخکې يې بيا پرانيزئ.
decisions-change-priority = لومړيتوب { $from } ← { $to }
decisions-change-added = { $name } ور زيات شو ({ $to ->
    [primary] مسؤل
    [secondary] ګډون کوونکی
   *[inform] خبرېږي
})
decisions-change-removed = { $name } لرې شو (مخکې { $from ->
    [primary] مسؤل
    [secondary] ګډون کوونکی
   *[inform] خبرېده
})
decisions-change-role = { $name }: { $from ->
    [primary] مسؤل
    [secondary] ګډون کوونکی
   *[inform] خبرېږي
} ← { $to ->
    [primary] مسؤل
    [secondary] ګډون کوونکی
   *[inform] خبرېږي
}

decisions-outcome-heading = تړل
decisions-open-now = قضيه پرانيستې ده.
decisions-outcome-legend = قضيه څنګه پای ته ورسېده؟
decisions-outcome-hint = پايله په تعقيب کې شمېرل کېږي. تړل شوې قضيه له کتار څخه وځي، خو بيا پرانيستل کېدای شي.
decisions-outcome-advice_given = مشوره ورکړل شوه
decisions-outcome-referred = راجع شوه
decisions-outcome-referred_with_report = د اندېښنې له راپور سره راجع شوه
decisions-outcome-no_further_action = نور اقدام نشته
decisions-close = قضيه وتړئ
decisions-closed-as = تړل شوې: { $outcome ->
    [advice_given] مشوره ورکړل شوه
    [referred] راجع شوه
    [referred_with_report] د اندېښنې له راپور سره راجع شوه
   *[no_further_action] نور اقدام نشته
}
decisions-reopen = قضيه بيا پرانيزئ
decisions-reopen-hint = قضيه بېرته کتار ته ځي. تاريخچه يې ساتل کېږي.
decisions-error-outcome = وټاکئ چې قضيه څنګه پای ته ورسېده.
decisions-error-already-closed = قضيه لا دمخه تړل شوې ده.
decisions-error-not-closed = قضيه تړل شوې نه ده.
decisions-events-heading = د قضيې پېښې
decisions-event-close = { $actor } قضيه وتړله: { $detail ->
    [advice_given] مشوره ورکړل شوه
    [referred] راجع شوه
    [referred_with_report] د اندېښنې له راپور سره راجع شوه
   *[no_further_action] نور اقدام نشته
}
decisions-event-reopen = { $actor } قضيه بيا پرانيستله
decisions-event-protect = { $actor } د خوندي هويت نښه ولګوله
decisions-event-unprotect = { $actor } د خوندي هويت نښه لرې کړه
decisions-event-grant = { $actor } { $detail } ته د پتې او اړيکو معلوماتو ته لاسرسی ورکړ
decisions-event-revoke = { $actor } { $detail } د لاسرسي لرونکو له ډلې لرې کړ

decisions-protection-heading = خوندي هويت
decisions-protected-marker = خوندي هويت – د محرميت نښه يا خوندي نفوس ثبت
decisions-protected-explained = پته او د اړيکو معلومات يوازې نوم اخيستل شويو کارکوونکو ته ښودل کېږي. هېڅکله نه صادرېږي، او نښه له هر راجع کولو سره ځي.
decisions-protected-you-see = ستاسو نوم اخيستل شوی او پته او د اړيکو معلومات وينئ.
decisions-protected-hidden = ستاسو نوم نه دی اخيستل شوی. پته او د اړيکو معلومات له تاسو پټ دي.
decisions-named-heading = نوم اخيستل شوي کارکوونکي
decisions-named-none = د هېچا نوم نه دی اخيستل شوی. هېڅوک پته او د اړيکو معلومات نه ويني.
decisions-revoke = { $name } لرې کړئ
decisions-grant-label = د يوه کارکوونکي نوم واخلئ
decisions-grant-hint = يوازې د هغو نوم واخلئ چې بايد پته او د اړيکو معلومات ووينې.
decisions-grant = نوم واخلئ
decisions-unprotect = نښه لرې کړئ
decisions-unprotect-hint = نښه يوازې هغه وخت لرې کړئ چې په تېروتنه لګول شوې وي يا ساتنه پای ته رسېدلې وي. ټول نوم اخيستل شوي لرې کېږي.
decisions-unprotected = قضيه نښه شوې نه ده.
decisions-said-protected = شخص ويلي چې خوندي شخصي معلومات لري. قضيه نښه کړئ.
decisions-protect = د خوندي هويت نښه ولګوئ
decisions-protect-hint = بيا يوازې نوم اخيستل شوي کارکوونکي پته او د اړيکو معلومات ويني. ستاسو خپل نوم اخيستل کېږي؛ څارونکی نور هم ټاکلی شي.
decisions-error-already-protected = قضيه لا دمخه نښه شوې ده. که معلومات ليدل غواړئ، له څارونکي وغواړئ چې ستاسو نوم واخلي.
decisions-error-not-protected = قضيه د خوندي هويت په توګه نښه شوې نه ده.
decisions-error-user = يو فعال کارکوونکی، څارونکی يا مدير وټاکئ.
decisions-error-already-named = د دې کارکوونکي نوم لا دمخه اخيستل شوی.
decisions-error-not-named = د دې کارن نوم په قضيه کې نه دی اخيستل شوی.

decisions-overrides-title = بدلې شوې پرېکړې
decisions-overrides-intro = هغه قضيې چې کارکوونکي پکې د ماشين وړانديز بدل کړ: کوم قواعد پلي شول، ماشين څه وړانديز وکړ او اوس څه نافذ دي. دلته د خلکو په اړه هېڅ متن نشته. د قواعدو د ښه کولو لپاره توپيرونه وکاروئ.
decisions-overrides-caption = بدلې شوې قضيې: { $count }
decisions-overrides-col-case = قضيه
decisions-overrides-col-rules = پلي شوي قواعد
decisions-overrides-col-engine = د ماشين وړانديز
decisions-overrides-col-human = نافذه پرېکړه
decisions-overrides-col-changes = توپير
decisions-overrides-case-link = بدل شوی { $at }
decisions-overrides-count = { $count ->
    [one] يو بدلون
   *[other] { $count } بدلونونه
}
decisions-overrides-empty = هېڅ پرېکړه نه ده بدله شوې.
decisions-history-retriage = د قواعدو نوی وړاندیز کله چې { $name } معلومات تازه کړل

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = هغه څه تازه کړئ چې پوهېږو
console-facts-hint = هغه څه وټاکئ چې په خبرو کې مو زده کړل. قواعد به بیا وړاندیز وکړي. د کس خپل پیغام، ژبه او رضایت نه بدلېږي.
console-facts-save = خوندي کړئ او بیا وړاندیز وکړئ
console-facts-not-holder = یو همکار دا قضیه لري. له هغه وغواړئ چې معلومات تازه کړي، یا له څارونکي وغواړئ چې قضیه واخلي.
console-facts-closed = قضیه تړل شوې ده. د معلوماتو بدلولو لپاره یې بیا پرانیزئ.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = 112 ته زنګ ووهئ – بیړنی خطر
decisions-notice-call_90101 = Självmordslinjen په 90101 شمېره د ځان وژنې د فکرونو لپاره (Mind، شپه او ورځ خلاص)
decisions-notice-call_114_14 = پولیس په 114 14 شمېره (بیړنی نه)
decisions-notice-call_socialjour = Socialjouren: د ښاروالۍ ټولنیز خدمتونه له کاري ساعتونو بهر
decisions-notice-call_bris = Bris په 116 111 شمېره د ماشومانو او ځوانانو لپاره
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen په 020-50 50 50 شمېره، شپه او ورځ خلاص
decisions-notice-call_1177 = 1177 Vårdguiden (روغتیايي مشوره)
decisions-notice-primary_closed = مسؤل ترلاسه کوونکی اوس تړلی دی: وګورئ چې قضیه له کاري ساعتونو بهر چېرته ځي
decisions-notice-no_offence_data = د مدني ټولنې یو سازمان ترلاسه کوونکی دی: هغه ته د جرمونو په اړه هېڅ معلومات مه لېږئ
decisions-notice-placing_municipality = هغه ښاروالي چې کس یې ځای پر ځای کړی مسؤله ده: معلومه کړئ چې کومه ده او اړیکه ورسره ونیسئ
decisions-notice-find_psychiatry = د سیمې رواني درملنې ته اړتیا ده، خو ښاروالي نه ده معلومه: سیمه پیدا کړئ
