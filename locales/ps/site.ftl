## The layout shared by every page: header, language picker, footer, shared blocks.
## Messages are plain text (no HTML). Swedish (sv) is the reference locale.
## Pashto (ps). Machine-assisted draft.

site-name = د اړیکې ټکی
site-description = د هغو کسانو لپاره ملي د اړیکې ټکی چې غواړي له جرمونو، تاوتریخجن افراطیت یا د عزت او ناموس په نوم له ظلم څخه ووځي

skip-link = اصلي متن ته ورشئ

quick-exit = له دې پاڼې ژر ووځئ
quick-exit-hint = لارښوونه: د دې لپاره چې له دې پاڼې ژر ووځئ، کولای شئ د Shift تڼۍ درې ځله هم ووهئ.

nav-label = لنډې لارې
nav-enquiry = موږ ته ولیکئ
nav-receipt = زه کوډ لرم
nav-chat = چټ
nav-callback = ما ته زنګ ووهئ

lang-picker-label = ژبه / Språk
lang-draft-tag = مسوده

draft-notice-title = دا ژباړه مسوده ده
draft-notice = دا متن ژباړل شوی، خو لا تر اوسه د یوه وړ او مسلکي ژباړونکي له خوا نه دی کتل شوی. ښايي تېروتنې ولري.
draft-notice-link = دا پاڼه په سویډني ژبه ولولئ

footer-label = نور معلومات
footer-where-to-turn = چېرته مراجعه وکړم؟
footer-support = کوم ډول ملاتړ شته؟
footer-about = د اړیکې ټکي په اړه
footer-privacy = محرمیت او بې نومه پاتې کېدل
footer-safety = امنیت: خپله لیدنه پټه کړئ
footer-when-closed = کله چې موږ بند یو
footer-accessibility = لاسرسی
footer-emergency = 112 – بیړنی خطر

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] د اړیکې ټکی پولیس (د سویډن د پولیسو اداره، Polismyndigheten) د زندانونو او څارنې ادارې (Kriminalvården)، د دولتي پاملرنې مرکزونو ادارې (SiS) او د روغتیا او ټولنیزې هوساینې ملي ادارې (Socialstyrelsen) سره یوځای چلوي.
    [authority] د اړیکې ټکی { $host } چلوي، چې یوه دولتي اداره ده.
   *[other] د اړیکې ټکی { $host } چلوي، چې دولتي اداره نه ده.
}
operator-authority = د اړیکې ټکی د یوې دولتي ادارې برخه ده. له همدې امله د دولتي ادارو د محرمیت قواعد پرې پلي کېږي، او همداراز د راپور ورکولو مکلفیت، کله چې یو ماشوم ښايي ساتنې ته اړتیا ولري.
operator-not-authority = د اړیکې ټکی دولتي اداره نه ده. نو د دولتي ادارو د محرمیت قواعد او د هغه وخت د خبرولو دنده چې یو ماشوم ساتنې ته اړتیا ولري، پر موږ نه پلي کېږي. بیا هم هغه څه چې تاسو یې لیکئ، ستاسو له رضایت پرته بل چا ته نه ورکوو، پرته له بېړني خطر یا هغه وخت چې تاسو موږ ته د یوه جدي جرم په اړه ووایئ چې د کېدو په حال کې دی.

## Shared blocks used on several pages.
common-emergency-lead = ایا همدا اوس په خطر کې یاست؟
common-emergency-call = 112 ته زنګ ووهئ
common-contact-heading = له موږ سره څنګه اړیکه ونیسئ
common-reply-promise = تاسو تل موږ ته لیکلای شئ، شپه او ورځ، هره ورځ. موږ په { $days ->
    [one] یوه کاري ورځ
   *[other] { $days } کاري ورځو
} کې ځواب درکوو.
common-write-link = موږ ته ولیکئ
common-anonymous = اړتیا نشته چې خپل نوم یا بل داسې څه ولیکئ چې ښيي تاسو څوک یاست.
common-code = کله چې مو ولیکل، یو کوډ ترلاسه کوئ. د دې کوډ په مرسته زموږ ځواب لوستلای شئ او نور هم لیکلای شئ. کوډ ولیکئ او په یوه خوندي ځای کې یې وساتئ.
common-receipt-link = له خپل کوډ سره بېرته راشئ
common-no-crimes-title = د جرمونو په اړه مه لیکئ
common-no-crimes = د هغو جرمونو په اړه مه لیکئ چې تاسو پخپله کړي دي. ستاسو سره د مرستې لپاره اړتیا نشته چې موږ پرې خبر شو. که وروسته معلوماتو ته اړتیا وي، هغه څوک چې ستاسو قضیه په غاړه اخلي له تاسو به یې وپوښتي – او یوازې ستاسو په رضایت.
common-safety-heading = د خپل امنیت په اړه فکر وکړئ
common-safety-text = که څوک ستاسو ټیلیفون یا کمپیوټر ته کتلای شي، د پاڼې په سر کې له «له دې پاڼې ژر ووځئ» تڼۍ څخه ګټه واخلئ. دا تڼۍ تاسو سمدستي بلې ویب‌پاڼې ته وړي.
common-safety-link = خپله لیدنه څنګه پټه کړئ
common-no-email = موږ هېڅکله ستاسو کوډ یا هغه څه چې تاسو لیکلي، د برېښنالیک (ایمیل) یا لنډ پیغام (SMS) له لارې نه لېږو.
common-more-heading = نور ولولئ

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = ایا تاسو یا کوم نږدې کس مو د ځان وژنې فکرونه لرئ؟ Självmordslinjen ته، د ځان وژنې د مخنیوي مرستندویه کرښې ته، په 90101 شمېره زنګ ووهئ. دا Mind چلوي او شپه او ورځ خلاصه ده.
urgent-90101-call = Självmordslinjen ته په 90101 شمېره زنګ ووهئ

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = موږ پیغامونه { $windows } لولو، پرته له رسمي رخصتیو. بیړني پیغامونه لومړی لولو.
common-read-always = موږ پیغامونه شپه او ورځ، هره ورځ لولو. بیړني پیغامونه لومړی لولو.
common-read-days = له { $first } څخه تر { $last }، له { $from } څخه تر { $to } بجو
common-read-day = { $first }، له { $from } څخه تر { $to } بجو
common-weekday = { $day ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] اونۍ
   *[7] یکشنبه
}
