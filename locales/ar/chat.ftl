## The anonymous chat: the pre-chat step, the chat page, and the page when chat is closed.

chat-title = تحدّث معنا كتابةً
chat-intro = هنا يمكنك أن تكتب الآن مع شخص من نقطة الاتصال. لا تحتاج أن تقول من أنت.
chat-about-anonymous = أنت مجهول الهوية. لا نرى اسمك ولا رقمك ولا مكانك.
chat-about-who = تتحدث مع موظفين في نقطة الاتصال. نستمع إليك ونجيب عن أسئلتك ونساعدك في إيجاد المساعدة المناسبة.
chat-about-code = تحصل على رمز عندما تبدأ المحادثة. بالرمز يمكنك قراءة المحادثة مرة أخرى والكتابة لنا لاحقًا.
chat-about-safety = إذا كان أحد يستطيع أن يرى هاتفك أو حاسوبك: استخدم زر «غادر الصفحة بسرعة» إذا احتجت.
chat-open-until = المحادثة مفتوحة اليوم حتى الساعة { $time }.
chat-start-heading = قبل أن تبدأ
chat-start-optional = يمكنك تخطّي الأسئلة. هي تساعدنا على إعطائك الجواب الصحيح بسرعة أكبر.
chat-field-language = بأي لغة تريد أن تكتب؟
chat-field-enquirer = من يكتب؟
chat-field-age_band = كم عمر الشخص الذي يريد الخروج؟
chat-start = ابدأ المحادثة

chat-closed-title = المحادثة مغلقة الآن
chat-opens-today = تُفتح المحادثة مرة أخرى اليوم الساعة { $time }.
chat-opens-tomorrow = تُفتح المحادثة مرة أخرى غدًا الساعة { $time }.
chat-opens-on = تُفتح المحادثة مرة أخرى يوم { $weekday } { $day }/{ $month } الساعة { $time }.
chat-opens-unknown = لا نعرف بعد متى تُفتح المحادثة مرة أخرى.
chat-weekday-1 = الاثنين
chat-weekday-2 = الثلاثاء
chat-weekday-3 = الأربعاء
chat-weekday-4 = الخميس
chat-weekday-5 = الجمعة
chat-weekday-6 = السبت
chat-weekday-7 = الأحد
chat-closed-instead = يمكنك الوصول إلينا بطرق أخرى
chat-closed-write-heading = اكتب لنا
chat-closed-callback-heading = اطلب أن نتصل بك
chat-closed-callback-text = اترك رقمًا وسنتصل بك في وقت يكون آمنًا لك.
chat-closed-callback-link = اطلب منا أن نتصل بك
chat-closed-more = أرقام أخرى يمكنك الاتصال بها، في المساء والليل أيضًا

chat-code-heading = رمزك
chat-code-why = اكتب الرمز واحفظه في مكان آمن. بالرمز يمكنك قراءة المحادثة مرة أخرى والكتابة لنا، حتى بعد انتهاء المحادثة. لا يمكننا أن نعرض الرمز مرة أخرى.
chat-code-saved = لقد حفظت الرمز

chat-waiting-position = أنت رقم { $position } في الدور.
chat-wait-estimate = سيستغرق الأمر نحو { $minutes } دقيقة قبل أن يرد أحد. هذا تقدير.
chat-wait-unknown = لا نستطيع الآن أن نقول كم عليك أن تنتظر.
chat-status-active = أنت الآن تتحدث مع شخص من نقطة الاتصال.
chat-ended-person = لقد أنهيت المحادثة.
chat-ended-staff = انتهت المحادثة.
chat-ended-idle = انتهت المحادثة لأن أحدًا لم يكتب منذ مدة.
chat-ended-blocked = انتهت المحادثة.
chat-ended-left-message = شكرًا! رسالتك محفوظة. سنرد بأسرع ما يمكن.
chat-ended-read-later = لم تعد المحادثة ظاهرة هنا، من أجل سلامتك. يمكنك قراءتها وقراءة ردودنا برمزك.

chat-help-heading = أثناء الانتظار
chat-help-next-heading = ماذا يحدث الآن؟
chat-help-next-text = سيرد شخص من نقطة الاتصال حالما يصبح أحد متاحًا. يمكنك أن تبدأ الكتابة الآن – سنقرأ كل شيء عندما نأتي. أنت تقرر ما تريد أن تقوله.
chat-help-safety-heading = فكّر في سلامتك
chat-help-safety-text = إذا كنت في خطر الآن: اتصل بالرقم 112. إذا كان أحد يستطيع أن يرى هاتفك: أغلق الصفحة عندما تنتهي واستخدم زر «غادر الصفحة بسرعة» إذا احتجت. احفظ الرمز في مكان لا يجده فيه أحد.
chat-help-young-heading = إذا كان عمرك أقل من 18 سنة
chat-help-young-text = لم تفعل شيئًا خاطئًا بالكتابة إلينا. إذا قلقنا عليك، قد نضطر إلى إخبار الخدمات الاجتماعية لكي تحصل على المساعدة والحماية. إذا استطعنا، وإذا كان ذلك لا يعرّضك للخطر، نخبرك أولًا.
chat-help-relative-heading = إذا كنت تكتب عن شخص آخر
chat-help-relative-text = يمكنك الحصول على الدعم حتى لو كان الشخص لا يريد المساعدة بعد. أخبرنا بما تعرفه – لا تحتاج أن تعرف كل الأجوبة.
chat-help-professional-heading = إذا كنت تكتب بحكم عملك
chat-help-professional-text = لا تكتب أسماء أو أرقامًا شخصية في المحادثة. نساعدك في إيجاد الجهة أو البلدية المناسبة للحالة.

chat-log-heading = المحادثة
chat-refresh = حدّث الصفحة لترى الرسائل الجديدة
chat-field-message = رسالتك
chat-send = أرسل
chat-leave-instead = اترك رسالة بدلًا من ذلك
chat-leave-hint = لا تريد الانتظار؟ اكتب ما تريد قوله واختر «اترك رسالة بدلًا من ذلك». نرد عليك عبر رمزك.
chat-end = أنهِ المحادثة
chat-cleared = لم تعد المحادثة ظاهرة هنا، من أجل سلامتك. يمكنك قراءتها برمزك.
chat-offline = انقطع الاتصال. نحاول مرة أخرى …

chat-error-empty = اكتب شيئًا قبل أن ترسل.
chat-error-too-long = الرسالة طويلة جدًا. يمكنك أن تكتب { $max } حرفًا على الأكثر في رسالة واحدة. قسّمها إلى عدة رسائل.
chat-error-rate-limited = أرسلت رسائل كثيرة في وقت قصير. انتظر قليلًا ثم أرسل مرة أخرى. ما كتبته ما زال موجودًا.
chat-error-not-open = انتهت المحادثة، لذلك لم تُرسل الرسالة. يمكنك أن تكتب لنا برمزك.
chat-error-failed = لم تُرسل الرسالة. حاول مرة أخرى بعد قليل.
chat-error-bad-frame = لم نستطع قراءة الرسالة. أعد تحميل الصفحة وحاول مرة أخرى.

# Be called back instead of waiting (GET/POST /{lang}/chat/{token}/callback).
chat-callback-offer = هل تفضّل أن نتصل بك؟ لا داعي للانتظار هنا.
chat-callback-link = اطلب أن نتصل بك بدلًا من ذلك
chat-callback-title = اطلب اتصالًا بدلًا من الدردشة
chat-callback-intro = تنتهي الدردشة ونتصل بك بدلًا من ذلك، في الأوقات الآمنة لك. ما أخبرتنا به يبقى معنا.
chat-callback-send = اتصلوا بي بدلًا من ذلك
chat-callback-back = العودة إلى الدردشة
chat-ended-callback = شكرًا! سنتصل بك في الأوقات التي اخترتها. احفظ رمزك لتقرأ وتكتب المزيد لاحقًا.
chat-gone-unsent = انتهت المحادثة قبل إرسال رسالتك. يمكنك إرسالها كرسالة مكتوبة بدلًا من ذلك.
