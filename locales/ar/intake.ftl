## The written enquiry, the receipt code and the status page.
## Arabic: the reader is addressed with the generic masculine form (standard in public-service
## Arabic); gender-neutral wording is used where it reads naturally.

enquiry-title = اكتب إلينا
enquiry-intro = يمكنك أن تكتب إلينا في أي وقت، ليلًا ونهارًا. نرد خلال { $days ->
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $days } أيام عمل
       *[other] { $days } يوم عمل
    }، وغالبًا قبل ذلك. تقرأ الرد هنا على الموقع باستخدام رمزك.
enquiry-anonymous = لا تحتاج إلى كتابة اسمك. يمكنك تخطّي أي سؤال.
enquiry-danger = هل أنت في خطر الآن؟ اتصل بالرقم 112.
enquiry-all-optional = أجب فقط عمّا تريد. كل ما نحتاجه هو رسالة، أو أن تضع علامة لتخبرنا أنك تريد أن نتواصل معك.
enquiry-no-crimes = لا تكتب عن جرائم ارتكبتها. لا نحتاج إلى ذلك لكي نساعدك.
enquiry-send = إرسال
form-error-summary = هناك شيء يحتاج إلى تصحيح
form-not-saved-title = لم تُرسَل رسالتك بعد
form-not-saved = لم نتمكن من حفظ رسالتك الآن. نصّك ما زال موجودًا هنا في الأسفل. حاول مرة أخرى بعد قليل. هل تحتاج إلى مساعدة الآن؟ اتصل بالشرطة على الرقم ‎114 14، أو بالرقم 112 في حالة الطوارئ.
form-unconfirmed-title = لا نعرف بعد إن كانت رسالتك قد وصلت
form-unconfirmed = استغرق الحفظ وقتًا طويلًا، لذلك لا نستطيع أن نقول بالتأكيد إن رسالتك وصلت. قد تصل مع ذلك. اكتب الرمز الموجود في الأسفل. بعد بضع دقائق ابحث عنه في «لديّ رمز»: إذا وُجدت رسالتك فقد وصلت ولا ترسلها مرة أخرى. وإذا لم توجد، أرسلها مرة أخرى – نصّك ما زال موجودًا هنا في الأسفل. هل تحتاج إلى مساعدة الآن؟ اتصل بالشرطة على الرقم ‎114 14، أو بالرقم 112 في حالة الطوارئ.
form-unconfirmed-code = رمزك:
form-unconfirmed-nocode = استغرق الحفظ وقتًا طويلًا، لذلك لا نستطيع أن نقول بالتأكيد إن ما أرسلته قد وصل. قد يصل مع ذلك. نصّك ما زال موجودًا هنا في الأسفل. إذا أرسلته مرة أخرى فقد يصلنا مرتين، ولا ضرر في ذلك. هل تحتاج إلى مساعدة الآن؟ اتصل بالشرطة على الرقم ‎114 14، أو بالرقم 112 في حالة الطوارئ.

field-enquirer = من يكتب؟
field-professional_org = أين تعمل؟
field-age_band = كم عمر الشخص الذي يريد الخروج من هذه البيئة؟
field-gender = جنس الشخص
field-environment = عن أي بيئة نتحدث؟
field-situation = هل ينطبق على الشخص أيٌّ مما يلي؟
field-needs = ما المطلوب؟
field-municipality = في أي بلدية يعيش الشخص؟
field-threat = هل يوجد تهديد؟
field-citizenship = هل يحمل الشخص الجنسية السويدية؟
field-language = بأي لغة تريد أن يصلك الرد؟
field-consent_to_share = يمكنكم أن تشاركوا ما أكتبه مع من يستطيع مساعدتي، مثلًا الخدمات الاجتماعية (socialtjänsten).
field-message = رسالتك
field-wants_contact = أريد أن تتواصلوا معي. (تختار الطريقة في الخطوة التالية، أو تكتبها في رسالتك.)

hint-professional_org = فقط إذا كنت تكتب في إطار عملك.
hint-choose-any = اختر ما تشاء من الخيارات، أو لا شيء.
hint-municipality = يساعدنا ذلك على إيجاد المساعدة المناسبة قريبًا من الشخص.
hint-municipality-write = اكتب اسم البلدية (kommun)، مثل Malmö أو Kiruna. يمكنك أيضًا تركه فارغًا.
hint-consent_to_share = يمكنك أن تغيّر رأيك لاحقًا. من دون موافقتك لا نشارك أي شيء، إلا عندما يفرض القانون ذلك، مثلًا عندما قد يحتاج طفل إلى الحماية.
field-consent_for = لمن يمكننا أن نعطي معلوماتك؟
hint-consent_for = موافقتك تشمل فقط من تحدّده.
opt-consent_for-social_services = الخدمات الاجتماعية في البلدية (socialtjänsten) – يمكنها أن تقدّم الدعم والسكن والحماية
opt-consent_for-programme = برنامج للخروج – دعم البلدية أو المنطقة لمن يريد أن يترك
opt-consent_for-police = الشرطة – منسّق الخروج، الذي يمكنه أن يوفّر لك الحماية عندما تكون مهدَّدًا
opt-consent_for-words = ما كتبته، كلمةً بكلمة – وإلا فلا نعطي إلا إجاباتك عن الأسئلة، وليس نصّك
hint-consent_for-others = تكتب عن شخص آخر؟ حدّد فقط ما وافق عليه هو. تحديد القريب لا يحلّ أبدًا محلّ موافقة البالغ نفسه.

opt-no-answer = أفضّل عدم الإجابة
opt-municipality-none = أفضّل ألّا أقول
opt-enquirer-self = أنا نفسي، أريد الخروج
opt-enquirer-relative = شخص قريب (أحد الوالدين، شريك الحياة، أخ أو أخت، صديق)
opt-enquirer-professional = أكتب في إطار عملي
opt-professional_org-municipality = البلدية أو الخدمات الاجتماعية
opt-professional_org-school = المدرسة
opt-professional_org-healthcare = الرعاية الصحية
opt-professional_org-police = الشرطة
opt-professional_org-prison_probation = مصلحة السجون والمراقبة (Kriminalvården)
opt-professional_org-civil_society = منظمة غير ربحية
opt-professional_org-other = غير ذلك
opt-age_band-under_15 = أقل من 15 سنة
opt-age_band-15_17 = من 15 إلى 17 سنة
opt-age_band-18_20 = من 18 إلى 20 سنة
opt-age_band-21_25 = من 21 إلى 25 سنة
opt-age_band-26_plus = 26 سنة أو أكثر
opt-age_band-unknown = لا أعرف
opt-gender-female = امرأة أو فتاة
opt-gender-male = رجل أو فتى
opt-gender-other = غير ذلك
opt-gender-unknown = لا أعرف
opt-environment-criminal_network = شبكة إجرامية أو عصابة
opt-environment-violent_extremism = التطرف العنيف
opt-environment-honour_related = العنف والقمع باسم الشرف
opt-environment-unknown = لا أعرف
opt-situation-in_custody = في السجن (يقضي عقوبة)
opt-situation-on_probation = تحت المراقبة خارج السجن (مراقبة قضائية أو إفراج مشروط)
opt-situation-sis_placement = يقيم في دار تابعة لـ SiS (رعاية مغلقة للشباب)
opt-situation-protected_witness = شاهد تحت الحماية
opt-situation-protected_identity = بياناته الشخصية محمية
opt-threat-acute = نعم، الخطر داهم الآن
opt-threat-serious = نعم، تهديد خطير
opt-threat-some = نعم، هناك بعض التهديد
opt-threat-none = لا
opt-threat-unknown = لا أعرف
opt-needs-protection = الحماية
opt-needs-relocation = الانتقال إلى مدينة أخرى
opt-needs-housing = السكن
opt-needs-economy = المال
opt-needs-psychiatric = الصحة النفسية
opt-needs-substance_abuse = المساعدة في مشكلات الكحول أو المخدرات
opt-needs-work_education = العمل أو الدراسة
opt-needs-family = دعم العائلة
opt-needs-voluntary_return = معلومات عن العودة الطوعية إلى بلد آخر
opt-needs-legal = مساعدة قانونية
opt-needs-other = غير ذلك
opt-citizenship-swedish = نعم
opt-citizenship-other = لا
opt-citizenship-unknown = لا أعرف

error-choose-option = اختر أحد الخيارات.
error-unknown-municipality = لا نجد بلدية بهذا الاسم. تحقق من الكتابة (يمكن كتابة å وä وö على شكل a وo) أو اترك الحقل فارغًا.
error-message-or-contact = اكتب رسالة، أو ضع علامة لتخبرنا أنك تريد أن نتواصل معك.
error-message-too-long = الرسالة طويلة جدًا. اختصرها قليلًا، أو قسّمها وأرسل الباقي لاحقًا باستخدام رمزك.
error-message-empty = اكتب شيئًا قبل الإرسال.
error-problem-empty = صِف المشكلة.
error-text-too-long = النص طويل جدًا.

sent-title = شكرًا، وصلتنا رسالتك
sent-intro = نرد خلال { $days ->
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $days } أيام عمل
       *[other] { $days } يوم عمل
    }، وغالبًا قبل ذلك. تقرأ الرد هنا على الموقع باستخدام رمزك.
sent-code-heading = رمزك
sent-code-only-once = نعرض الرمز الآن فقط. نحن لا نحتفظ به، لذلك لا نستطيع أن نعطيك إياه مرة أخرى. احفظه قبل أن تتابع.
sent-keep-write = اكتبه على ورقة واحفظها في مكان آمن.
sent-keep-print = أو اطبع هذه الصفحة (من قائمة المتصفح).
sent-keep-download = أو نزّل الرمز كملف نصي صغير
sent-keep-safe = تذكّر أن غيرك قد يعثر على الورقة أو النسخة المطبوعة أو الملف. احفظ الرمز في مكان لا يراه فيه أحد غيرك.
sent-confirm = لقد حفظت رمزي
sent-file-text = الرمز: { $code }

saved-title = جيد، لقد انتهيت
saved-come-back = إلى صفحة الرمز
saved-danger = في خطر؟ اتصل بالرقم 112.

receipt-title = ارجع إلينا برمزك
receipt-intro = اكتب الرمز الذي حصلت عليه عندما أرسلت رسالتك. عندها سترى ردّنا ويمكنك أن تكتب المزيد.
receipt-code-label = رمزك
receipt-code-hint = يتكوّن من 16 حرفًا، مثلًا ABCD-EFGH-JKMN-PQRS. يمكنك الكتابة بالأحرف الكبيرة أو الصغيرة.
receipt-show = عرض
receipt-unknown-title = لم نجد هذا الرمز
receipt-unknown = الرمز غير صحيح. تأكد من أنك كتبته بشكل صحيح وحاول مرة أخرى.
receipt-lost = هل أضعت رمزك؟ إذن اكتب إلينا من جديد وأخبرنا بذلك.
receipt-write-again = اكتب إلينا
receipt-message-added = شكرًا، أُرسلت رسالتك.

status-title = طلبك
status-label = الحالة:
status-received = استلمناه – لم نرد بعد
status-in_progress = نعمل على طلبك
status-answered = لقد رددنا
status-closed = مُغلق
status-sent-at = تاريخ الإرسال:
status-conversation = الرسائل
author-person = أنت
author-staff = نقطة الاتصال
status-no-messages = لا توجد رسائل بعد.
status-add-heading = اكتب المزيد
status-add-send = إرسال
status-leave-hint = عندما تنتهي، أغلق الصفحة. لا يستطيع أحد أن يرى طلبك من دون الرمز.

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = نقرأ الرسائل الآن، وسنقرأ رسالتك فورًا. تقرأ ردنا هنا على الموقع باستخدام رمزك.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = سنرد اليوم. تقرأ الرد هنا على الموقع باستخدام رمزك.
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = لا أحد يقرأ الرسائل الآن. سنقرأ رسالتك { $weekday ->
    [1] يوم الاثنين
    [2] يوم الثلاثاء
    [3] يوم الأربعاء
    [4] يوم الخميس
    [5] يوم الجمعة
    [6] يوم السبت
   *[7] يوم الأحد
} الساعة { $time }. تقرأ الرد هنا على الموقع باستخدام رمزك.
answer-danger-meanwhile = هل هناك من هو في خطر قبل ذلك؟ اتصل بالرقم 112.
saved-next-code = عد إلى هنا برمزك لتقرأ ردنا أو لتكتب المزيد.
