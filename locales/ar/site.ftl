## The layout shared by every page: header, language picker, footer, shared blocks.
## Messages are plain text (no HTML). Swedish (sv) is the reference locale.

site-name = نقطة الاتصال
site-description = نقطة الاتصال الوطنية لك إذا كنت تريد الخروج من عالم الجريمة أو التطرف العنيف أو السيطرة باسم الشرف

skip-link = انتقل إلى المحتوى

quick-exit = غادر هذه الصفحة بسرعة
quick-exit-hint = نصيحة: يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات لمغادرة هذه الصفحة بسرعة.

nav-label = اختصارات
nav-enquiry = اكتب إلينا
nav-receipt = لديّ رمز
nav-chat = دردشة
nav-callback = اطلب اتصالاً

lang-picker-label = اللغة / Språk
lang-draft-tag = مسودة

draft-notice-title = هذه الترجمة مسودة
draft-notice = تُرجم هذا النص، لكن لم يراجعه بعدُ مترجم مؤهل. قد يحتوي على أخطاء.
draft-notice-link = اقرأ هذه الصفحة باللغة السويدية

footer-label = مزيد من المعلومات
footer-where-to-turn = إلى أين يمكنني التوجه؟
footer-support = ما الدعم المتاح؟
footer-about = عن نقطة الاتصال
footer-privacy = السرية وإخفاء الهوية
footer-safety = الأمان: أخفِ زيارتك
footer-when-closed = عندما نكون مغلقين
footer-accessibility = إمكانية الوصول
footer-emergency = 112 – خطر داهم

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] تدير نقطةَ الاتصال الشرطةُ (هيئة الشرطة السويدية، Polismyndigheten) بالتعاون مع مصلحة السجون والمراقبة (Kriminalvården)، والهيئة الوطنية للرعاية المؤسسية (SiS)، والمجلس الوطني للصحة والرعاية الاجتماعية (Socialstyrelsen).
    [authority] تدير نقطةَ الاتصال { $host }، وهي جهة حكومية.
   *[other] تدير نقطةَ الاتصال { $host }، وهي ليست جهة حكومية.
}
operator-authority = نقطة الاتصال جزء من جهة حكومية. هذا يعني أن قواعد السرية الخاصة بالجهات الحكومية تنطبق عليها، وكذلك واجب الإبلاغ عندما قد يحتاج طفل إلى الحماية.
operator-not-authority = نقطة الاتصال ليست جهة حكومية. لذلك لا تنطبق علينا قواعد الجهات الحكومية بشأن السرية وبشأن الإبلاغ عندما يحتاج طفل إلى الحماية. ومع ذلك لا ننقل ما تكتبه من دون موافقتك، إلا في حالة خطر داهم أو عندما تخبرنا عن جريمة خطيرة على وشك أن تقع.

## Shared blocks used on several pages.
common-emergency-lead = هل أنت في خطر الآن؟
common-emergency-call = اتصل بالرقم 112
common-contact-heading = كيف تتواصل معنا
common-reply-promise = يمكنك دائمًا أن تكتب إلينا، ليلًا ونهارًا، كل أيام الأسبوع. نرد خلال { $days ->
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $days } أيام عمل
       *[other] { $days } يوم عمل
    }.
common-write-link = اكتب إلينا
common-anonymous = لا يلزمك أن تذكر اسمك أو أي شيء آخر يكشف من أنت.
common-code = بعد أن تكتب، تحصل على رمز. بالرمز يمكنك أن تقرأ ردّنا وأن تكتب المزيد. اكتب الرمز على ورقة واحفظه في مكان آمن.
common-receipt-link = ارجع إلينا برمزك
common-no-crimes-title = لا تكتب عن جرائم
common-no-crimes = لا تكتب عن جرائم ارتكبتها. لا نحتاج إلى معرفتها لكي نساعدك. إذا احتاجت جهة ما إلى معلومات لاحقًا، فستسألك الجهة التي تتولى أمرك – وفقط بموافقتك.
common-safety-heading = فكّر في سلامتك
common-safety-text = إذا كان أحد يستطيع أن يطّلع على هاتفك أو حاسوبك، فاستخدم زر «غادر هذه الصفحة بسرعة» في أعلى الصفحة. ينقلك الزر مباشرة إلى موقع آخر.
common-safety-link = كيف تخفي زيارتك
common-no-email = لا نرسل أبدًا رمزك أو ما كتبته عبر البريد الإلكتروني أو الرسائل النصية.
common-more-heading = اقرأ المزيد

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = هل لديك أو لدى شخص قريب منك أفكار عن الانتحار؟ اتصل بـ Självmordslinjen، خط المساعدة للوقاية من الانتحار، على الرقم ‎90101. تديره منظمة Mind وهو مفتوح ليلًا ونهارًا.
urgent-90101-call = اتصل بـ Självmordslinjen على الرقم ‎90101

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = نقرأ الرسائل { $windows }، ما عدا أيام العطل الرسمية. نقرأ الرسائل العاجلة أولًا.
common-read-always = نقرأ الرسائل على مدار الساعة، كل أيام الأسبوع. نقرأ الرسائل العاجلة أولًا.
common-read-days = من { $first } إلى { $last }، من الساعة { $from } إلى { $to }
common-read-day = يوم { $first }، من الساعة { $from } إلى { $to }
common-weekday = { $day ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}
