## The written enquiry, the receipt code and the status page.
## Pashto (ps). Machine-assisted draft.

enquiry-title = موږ ته ولیکئ
enquiry-intro = تاسو هر وخت، شپه او ورځ، موږ ته لیکلای شئ. موږ په { $days } کاري ورځو کې ځواب درکوو، ډېری وختونه تر دې مخکې. ځواب همدلته په ویب‌پاڼه کې د خپل کوډ په مرسته لولئ.
enquiry-anonymous = اړتیا نشته چې خپل نوم ولیکئ. له هرې پوښتنې تېرېدای شئ.
enquiry-danger = ایا همدا اوس په خطر کې یاست؟ 112 ته زنګ ووهئ.
enquiry-all-optional = یوازې هغو پوښتنو ته ځواب ورکړئ چې پخپله یې غواړئ. موږ یوازې یو پیغام ته اړتیا لرو، یا دې ته چې نښه ولګوئ چې غواړئ موږ له تاسو سره اړیکه ونیسو.
enquiry-no-crimes = د هغو جرمونو په اړه مه لیکئ چې تاسو پخپله کړي دي. ستاسو سره د مرستې لپاره موږ دې ته اړتیا نه لرو.
enquiry-send = ولېږئ
form-error-summary = یو شی باید سم شي
form-not-saved-title = ستاسو پیغام لا نه دی لېږل شوی
form-not-saved = موږ همدا اوس ستاسو پیغام خوندي نه کړای شو. ستاسو متن لا هم همدلته لاندې دی. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ. همدا اوس مرستې ته اړتیا لرئ؟ پولیسو ته په 114 14 شمېره زنګ ووهئ، یا په بیړني حالت کې 112 ته.
form-unconfirmed-title = موږ لا نه پوهېږو چې ستاسو پیغام رسېدلی که نه
form-unconfirmed = خوندي کول ډېر وخت ونیو، نو موږ په ډاډ سره نه شو ویلای چې ستاسو پیغام رسېدلی دی. کېدای شي بیا هم ورسېږي. لاندې کوډ ولیکئ. څو دقیقې وروسته یې په «زه کوډ لرم» کې ولټوئ: که ستاسو پیغام پیدا شو، رسېدلی دی او بیا یې مه لېږئ. که پیدا نه شو، بیا یې ولېږئ – ستاسو متن لا هم همدلته لاندې دی. همدا اوس مرستې ته اړتیا لرئ؟ پولیسو ته په 114 14 شمېره زنګ ووهئ، یا په بیړني حالت کې 112 ته.
form-unconfirmed-code = ستاسو کوډ:
form-unconfirmed-nocode = خوندي کول ډېر وخت ونیو، نو موږ په ډاډ سره نه شو ویلای چې څه مو چې لېږلي رسېدلي دي. کېدای شي بیا هم ورسېږي. ستاسو متن لا هم همدلته لاندې دی. که بیا یې ولېږئ، کېدای شي موږ یې دوه ځله ترلاسه کړو، او هېڅ زیان نه لري. همدا اوس مرستې ته اړتیا لرئ؟ پولیسو ته په 114 14 شمېره زنګ ووهئ، یا په بیړني حالت کې 112 ته.

field-enquirer = څوک لیکي؟
field-professional_org = تاسو چېرته کار کوئ؟
field-age_band = د هغه کس عمر څو دی چې غواړي ووځي؟
field-gender = د دې کس جنسیت
field-environment = خبره د کوم ډول چاپېریال په اړه ده؟
field-situation = ایا له دې څخه کوم یو په دې کس پورې اړه لري؟
field-needs = څه شي ته اړتیا ده؟
field-municipality = دا کس په کومه ښاروالۍ (kommun) کې اوسېږي؟
field-threat = ایا کوم ګواښ شته؟
field-citizenship = ایا دا کس د سویډن تابعیت لري؟
field-language = ځواب په کومه ژبه غواړئ؟
field-consent_to_share = تاسو اجازه لرئ چې زما لیکل شوي مطالب له هغه چا سره شریک کړئ چې له ما سره مرسته کولای شي (د بېلګې په توګه ټولنیز خدمتونه، socialtjänsten).
field-message = ستاسو پیغام
field-wants_contact = زه غواړم چې تاسو له ما سره اړیکه ونیسئ. (چې څنګه، هغه په راتلونکي ګام کې ټاکئ، یا یې په خپل پیغام کې ولیکئ.)

hint-professional_org = یوازې که تاسو د خپل کار په توګه لیکئ.
hint-choose-any = هر څومره چې غواړئ وټاکئ، یا هېڅ یو.
hint-municipality = دا له موږ سره مرسته کوي چې دې کس ته نږدې سمه مرسته پیدا کړو.
hint-municipality-write = د ښاروالۍ (kommun) نوم ولیکئ، لکه Malmö یا Kiruna. تاسو کولی شئ خالي یې هم پرېږدئ.
hint-consent_to_share = وروسته کولای شئ خپله پرېکړه بدله کړئ. ستاسو له رضایت پرته موږ هېڅ شی نه شریکوو، پرته له هغه وخته چې قانون یې غوښتنه کوي، د بېلګې په توګه کله چې یو ماشوم ښايي ساتنې ته اړتیا ولري.
field-consent_for = ستاسو معلومات چا ته ورکولای شو؟
hint-consent_for = ستاسو رضایت یوازې د هغو لپاره دی چې په نښه کوئ یې.
opt-consent_for-social_services = د ښاروالۍ ټولنیز خدمتونه (socialtjänsten) – ملاتړ، د اوسېدو ځای او ساتنه ورکولای شي
opt-consent_for-programme = د وتلو یو پروګرام – د وتلو لپاره د ښاروالۍ یا سیمې ملاتړ
opt-consent_for-police = پولیس – د وتلو همغږی کوونکی، چې کله تاسو ګواښل کېږئ ساتنه درکولای شي
opt-consent_for-words = هغه څه چې ما لیکلي، کلمه په کلمه – که نه، موږ یوازې پوښتنو ته ستاسو ځوابونه ورکوو، نه ستاسو متن
hint-consent_for-others = د بل چا په اړه لیکئ؟ یوازې هغه څه په نښه کړئ چې هغه پخپله منلي. د خپلوان نښه هېڅکله د لوی عمر کس د خپل رضایت ځای نه نیسي.

opt-no-answer = نه غواړم ځواب ورکړم
opt-municipality-none = نه غواړم ووایم
opt-enquirer-self = زه پخپله، زه غواړم ووځم
opt-enquirer-relative = یو نږدې کس (مور یا پلار، مېړه یا مېرمن یا ملګری، ورور یا خور، دوست)
opt-enquirer-professional = زه د خپل کار په توګه لیکم
opt-professional_org-municipality = ښاروالي یا ټولنیز خدمتونه
opt-professional_org-school = ښوونځی
opt-professional_org-healthcare = روغتیايي خدمتونه
opt-professional_org-police = پولیس
opt-professional_org-prison_probation = د زندانونو او څارنې اداره (Kriminalvården)
opt-professional_org-civil_society = غیرانتفاعي موسسه
opt-professional_org-other = نور
opt-age_band-under_15 = له 15 کلونو کم
opt-age_band-15_17 = 15–17 کلن
opt-age_band-18_20 = 18–20 کلن
opt-age_band-21_25 = 21–25 کلن
opt-age_band-26_plus = 26 کلن یا زیات
opt-age_band-unknown = نه پوهېږم
opt-gender-female = ښځه یا نجلۍ
opt-gender-male = سړی یا هلک
opt-gender-other = نور
opt-gender-unknown = نه پوهېږم
opt-environment-criminal_network = جنايي شبکه یا جنايي ډله (ګنګ)
opt-environment-violent_extremism = تاوتریخجن افراطیت
opt-environment-honour_related = د عزت او ناموس په نوم تاوتریخوالی او ظلم
opt-environment-unknown = نه پوهېږم
opt-situation-in_custody = په زندان کې دی (خپله سزا تېروي)
opt-situation-on_probation = تر څارنې لاندې دی (د زندان پر ځای څارنه یا مشروط خوشې کېدل)
opt-situation-sis_placement = د SiS په یوه کور کې اوسېږي (د ځوانانو لپاره تر څارنې لاندې پاملرنه)
opt-situation-protected_witness = شاهد دی او ساتنه یې ترلاسه کړې ده
opt-situation-protected_identity = خوندي شخصي معلومات لري
opt-threat-acute = هو، همدا اوس بیړنی دی
opt-threat-serious = هو، جدي ګواښ
opt-threat-some = هو، یو څه ګواښ
opt-threat-none = نه
opt-threat-unknown = نه پوهېږم
opt-needs-protection = ساتنه
opt-needs-relocation = بل ښار ته کډه کول
opt-needs-housing = د اوسېدو ځای
opt-needs-economy = پیسې او مالي چارې
opt-needs-psychiatric = رواني روغتیا
opt-needs-substance_abuse = د الکولو یا نشه‌يي توکو په اړه مرسته
opt-needs-work_education = کار یا زده کړه
opt-needs-family = کورنۍ ته ملاتړ
opt-needs-voluntary_return = بل هېواد ته په خپله خوښه د بېرته ستنېدو په اړه معلومات
opt-needs-legal = حقوقي مرسته
opt-needs-other = نور
opt-citizenship-swedish = هو
opt-citizenship-other = نه
opt-citizenship-unknown = نه پوهېږم

error-choose-option = له انتخابونو څخه یو وټاکئ.
error-unknown-municipality = په دې نوم کومه ښاروالي نه مومو. املا وګورئ (å، ä او ö د a او o په توګه لیکل کېدای شي) یا ځای خالي پرېږدئ.
error-message-or-contact = یو پیغام ولیکئ، یا نښه ولګوئ چې غواړئ موږ له تاسو سره اړیکه ونیسو.
error-message-too-long = پیغام ډېر اوږد دی. لږ یې لنډ کړئ، یا یې ووېشئ او پاتې برخه وروسته د خپل کوډ په مرسته ولېږئ.
error-message-empty = مخکې له دې چې یې ولېږئ، یو څه ولیکئ.
error-problem-empty = ستونزه تشریح کړئ.
error-text-too-long = متن ډېر اوږد دی.

sent-title = مننه، ستاسو پیغام موږ ته راورسېد
sent-intro = موږ په { $days } کاري ورځو کې ځواب درکوو، ډېری وختونه تر دې مخکې. ځواب همدلته په ویب‌پاڼه کې د خپل کوډ په مرسته لولئ.
sent-code-heading = ستاسو کوډ
sent-code-only-once = موږ کوډ یوازې همدا اوس ښیو. موږ یې پخپله نه ساتو، نو بیا یې تاسو ته نه شو درکولای. مخکې له دې چې مخ ته لاړ شئ، کوډ خوندي کړئ.
sent-keep-write = په یوه کاغذ یې ولیکئ او کاغذ په یوه خوندي ځای کې وساتئ.
sent-keep-print = یا دا پاڼه چاپ کړئ (د خپل براوزر له مېنو څخه).
sent-keep-download = یا کوډ د یوې کوچنۍ متني فایل په بڼه ډاونلوډ کړئ
sent-keep-safe = په یاد ولرئ چې یو یادښت، چاپ شوې پاڼه یا فایل ښايي نور کسان پیدا کړي. کوډ داسې ځای کې وساتئ چې بل څوک یې ونه ویني.
sent-confirm = ما خپل کوډ خوندي کړ
sent-file-text = کوډ: { $code }

saved-title = ښه، ستاسو کار بشپړ شو
saved-come-back = د خپل کوډ پاڼې ته ورشئ
saved-danger = په خطر کې یاست؟ 112 ته زنګ ووهئ.

receipt-title = له خپل کوډ سره بېرته راشئ
receipt-intro = هغه کوډ ولیکئ چې د پیغام لېږلو پر مهال مو ترلاسه کړ. بیا به زموږ ځواب وګورئ او نور هم لیکلای شئ.
receipt-code-label = ستاسو کوډ
receipt-code-hint = 16 توري او شمېرې، د بېلګې په توګه ABCD-EFGH-JKMN-PQRS. غټ یا واړه توري دواړه سم دي.
receipt-show = وښایاست
receipt-unknown-title = موږ دا کوډ نه شو موندلای
receipt-unknown = کوډ سم نه دی. وګورئ چې سم مو لیکلی دی او بیا هڅه وکړئ.
receipt-lost = کوډ مو ورک کړی دی؟ نو بیا موږ ته ولیکئ او موږ ته یې ووایاست.
receipt-write-again = موږ ته ولیکئ
receipt-message-added = مننه، ستاسو پیغام ولېږل شو.

status-title = ستاسو قضیه
status-label = حالت:
status-received = ترلاسه شوی – موږ لا ځواب نه دی ورکړی
status-in_progress = موږ ستاسو په قضیه کار کوو
status-answered = موږ ځواب ورکړی دی
status-closed = بنده شوې
status-sent-at = لېږل شوی:
status-conversation = پیغامونه
author-person = تاسو
author-staff = د اړیکې ټکی
status-no-messages = لا هېڅ پیغام نشته.
status-add-heading = نور ولیکئ
status-add-send = ولېږئ
status-leave-hint = کله چې مو کار پای ته ورسېد، پاڼه بنده کړئ. هېڅوک له کوډ پرته ستاسو قضیه نه شي لیدلای.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = موږ همدا اوس پیغامونه لولو، او ستاسو پیغام سمدستي لولو. زموږ ځواب دلته په ویب پاڼه کې د خپل کوډ سره لولئ.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = موږ نن ځواب درکوو. ځواب دلته په ویب پاڼه کې د خپل کوډ سره لولئ.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = همدا اوس څوک پیغامونه نه لولي. ستاسو پیغام به { $weekday ->
    [1] د دوشنبې په ورځ
    [2] د سه شنبې په ورځ
    [3] د چهارشنبې په ورځ
    [4] د پنجشنبې په ورځ
    [5] د جمعې په ورځ
    [6] د شنبې په ورځ
   *[7] د یکشنبې په ورځ
} په { $time } بجو ولولو. ځواب دلته په ویب پاڼه کې د خپل کوډ سره لولئ.
answer-danger-meanwhile = ایا څوک تر هغه مخکې په خطر کې دی؟ 112 ته زنګ ووهئ.
saved-next-code = له خپل کوډ سره دلته راشئ چې زموږ ځواب ولولئ یا نور ولیکئ.
