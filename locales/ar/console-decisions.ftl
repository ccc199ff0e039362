## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = القرار بشأن الحالة
decisions-history-engine = اقتراح المحرك
decisions-history-override = غيّره { $name }
decisions-history-reason = السبب
decisions-history-none = اقتراح المحرك ساري. لم يغيّره أحد.
decisions-override-summary = تغيير الأولوية أو الجهات المستلمة
decisions-override-hint = يُحفظ اقتراح المحرك على أي حال لكي يمكن تحسين القواعد. يُسجَّل التغيير وسببه.
decisions-priority = الأولوية
decisions-priority-P1 = P1 – تصرّف الآن (خطر حاد)
decisions-priority-P2 = P2 – في يوم العمل نفسه
decisions-priority-P3 = P3 – خلال يومَي عمل
decisions-recipients-legend = الجهات المستلمة
decisions-recipients-hint = يجب أن تكون جهة واحدة بالضبط هي المسؤولة.
decisions-role-primary = مسؤولة
decisions-role-secondary = مشاركة
decisions-role-inform = تُبلَّغ
decisions-role-remove = إزالة
decisions-add-legend = إضافة جهة مستلمة
decisions-add-org = الجهة
decisions-add-hint = اكتب معرّف الجهة أو اخترها من القائمة، مثلًا socialtjanst:1280. اتركه فارغًا إن لم تضف أحدًا.
decisions-add-role = دور الجهة الجديدة
decisions-reason = السبب (إلزامي)
decisions-reason-hint = لماذا تغيّر الاقتراح؟ يُحفظ السبب مشفّرًا ويظهر للزملاء الذين يعملون على الحالة.
decisions-override-send = حفظ التغيير
decisions-added-reason = أضافها موظف.
decisions-error-summary = لم يُحفظ التغيير
decisions-error-priority = اختر الأولوية P1 أو P2 أو P3.
decisions-error-role = اختر دورًا لـ { $org }.
decisions-error-unknown-org = لا توجد في الدليل جهة بالمعرّف { $org }.
decisions-error-duplicate = { $org } موجودة بالفعل بين الجهات المستلمة.
decisions-error-primary = يجب أن تكون جهة واحدة بالضبط هي المسؤولة.
decisions-error-civil-primary = { $org } منظمة من المجتمع المدني ويمكنها فقط المشاركة أو تلقي الإبلاغ، لا أن تكون مسؤولة.
decisions-error-civil-vetting = { $org } غير مُدقَّقة أو انتهت صلاحية التدقيق. لا يمكنها استلام حالات.
decisions-error-civil-acute = لا يجوز أن تذهب حالة P1 (خطر حاد) إلى المجتمع المدني. أزل { $org } أو اختر أولوية أخرى.
decisions-error-civil-child = الحالة تخص طفلًا، لذلك لا يجوز أن تذهب إلى المجتمع المدني. أزل { $org }.
decisions-error-civil-threat = الشخص معرض لتهديد خطير، لذلك لا يجوز أن تذهب الحالة إلى المجتمع المدني. أزل { $org }.
decisions-error-civil-protected = للشخص هوية محمية أو هو شاهد محمي، لذلك لا يجوز أن تذهب الحالة إلى المجتمع المدني. أزل { $org }.
decisions-error-reason = اكتب لماذا تغيّر الاقتراح.
decisions-error-reason-long = السبب طويل جدًا. اختصره إلى 2000 حرف على الأكثر.
decisions-error-unchanged = لم تغيّر شيئًا. غيّر الأولوية أو الجهات المستلمة.
decisions-error-closed = الحالة مغلقة. أعد فتحها قبل تغيير القرار.
decisions-change-priority = الأولوية { $from } ← { $to }
decisions-change-added = أُضيفت { $name } ({ $to ->
    [primary] مسؤولة
    [secondary] مشاركة
   *[inform] تُبلَّغ
})
decisions-change-removed = أُزيلت { $name } (كانت { $from ->
    [primary] مسؤولة
    [secondary] مشاركة
   *[inform] تُبلَّغ
})
decisions-change-role = { $name }: { $from ->
    [primary] مسؤولة
    [secondary] مشاركة
   *[inform] تُبلَّغ
} ← { $to ->
    [primary] مسؤولة
    [secondary] مشاركة
   *[inform] تُبلَّغ
}

decisions-outcome-heading = الإغلاق
decisions-open-now = الحالة مفتوحة.
decisions-outcome-legend = كيف انتهت الحالة؟
decisions-outcome-hint = تُحتسب النتيجة في المتابعة. الحالة المغلقة تغادر قائمة الانتظار لكن يمكن إعادة فتحها.
decisions-outcome-advice_given = قُدّمت نصيحة
decisions-outcome-referred = أُحيلت
decisions-outcome-referred_with_report = أُحيلت مع بلاغ قلق
decisions-outcome-no_further_action = لا إجراء آخر
decisions-close = إغلاق الحالة
decisions-closed-as = مغلقة: { $outcome ->
    [advice_given] قُدّمت نصيحة
    [referred] أُحيلت
    [referred_with_report] أُحيلت مع بلاغ قلق
   *[no_further_action] لا إجراء آخر
}
decisions-reopen = إعادة فتح الحالة
decisions-reopen-hint = تعود الحالة إلى قائمة الانتظار. يبقى سجلّها محفوظًا.
decisions-error-outcome = اختر كيف انتهت الحالة.
decisions-error-already-closed = الحالة مغلقة بالفعل.
decisions-error-not-closed = الحالة ليست مغلقة.
decisions-events-heading = أحداث الحالة
decisions-event-close = أغلق { $actor } الحالة: { $detail ->
    [advice_given] قُدّمت نصيحة
    [referred] أُحيلت
    [referred_with_report] أُحيلت مع بلاغ قلق
   *[no_further_action] لا إجراء آخر
}
decisions-event-reopen = أعاد { $actor } فتح الحالة
decisions-event-protect = وضع { $actor } علامة الهوية المحمية
decisions-event-unprotect = أزال { $actor } علامة الهوية المحمية
decisions-event-grant = منح { $actor } { $detail } الوصول إلى بيانات العنوان والاتصال
decisions-event-revoke = أزال { $actor } { $detail } من أصحاب الوصول

decisions-protection-heading = هوية محمية
decisions-protected-marker = هوية محمية – علامة سرية أو قيد سكاني محمي
decisions-protected-explained = تظهر بيانات العنوان والاتصال فقط للموظفين المسمَّين. لا تُصدَّر أبدًا، وترافق العلامة كل إحالة.
decisions-protected-you-see = أنت مسمّى وترى بيانات العنوان والاتصال.
decisions-protected-hidden = أنت غير مسمّى. بيانات العنوان والاتصال مخفية عنك.
decisions-named-heading = الموظفون المسمَّون
decisions-named-none = لم يُسمَّ أحد. لا أحد يرى بيانات العنوان والاتصال.
decisions-revoke = إزالة { $name }
decisions-grant-label = تسمية موظف
decisions-grant-hint = سمِّ فقط من يجب أن يرى بيانات العنوان والاتصال.
decisions-grant = تسمية
decisions-unprotect = إزالة العلامة
decisions-unprotect-hint = أزل العلامة فقط إن وُضعت خطأً أو انتهت الحماية. يُزال جميع المسمَّين.
decisions-unprotected = الحالة غير معلَّمة.
decisions-said-protected = ذكر الشخص أن لديه بيانات شخصية محمية. ضع العلامة على الحالة.
decisions-protect = وضع علامة الهوية المحمية
decisions-protect-hint = عندها يرى الموظفون المسمَّون فقط بيانات العنوان والاتصال. تُسمّى أنت تلقائيًا؛ ويمكن للمشرف تسمية آخرين.
decisions-error-already-protected = الحالة معلَّمة بالفعل. اطلب من مشرف أن يسمّيك إن كنت تحتاج إلى رؤية البيانات.
decisions-error-not-protected = الحالة غير معلَّمة كهوية محمية.
decisions-error-user = اختر موظفًا أو مشرفًا أو مسؤول نظام نشطًا.
decisions-error-already-named = هذا الموظف مسمّى بالفعل.
decisions-error-not-named = هذا المستخدم غير مسمّى على الحالة.

decisions-overrides-title = القرارات المعدَّلة
decisions-overrides-intro = الحالات التي غيّر فيها موظف اقتراح المحرك: القواعد التي انطبقت، وما اقترحه المحرك، وما هو ساري الآن. لا يوجد هنا نص عن الأشخاص. استخدم الفروق لتحسين القواعد.
decisions-overrides-caption = الحالات المعدَّلة: { $count }
decisions-overrides-col-case = الحالة
decisions-overrides-col-rules = القواعد التي انطبقت
decisions-overrides-col-engine = اقتراح المحرك
decisions-overrides-col-human = القرار الساري
decisions-overrides-col-changes = الفرق
decisions-overrides-case-link = عُدّلت { $at }
decisions-overrides-count = { $count ->
    [one] تعديل واحد
   *[other] { $count } تعديلات
}
decisions-overrides-empty = لم يُعدَّل أي قرار.
decisions-history-retriage = اقتراح جديد من القواعد عندما حدّث { $name } المعلومات

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = حدّث ما نعرفه
console-facts-hint = اختر ما عرفته خلال المحادثة. ستقترح القواعد من جديد. لا تتغير رسالة الشخص ولغته وموافقته.
console-facts-save = احفظ واقترح من جديد
console-facts-not-holder = زميل يتولى هذه الحالة. اطلب منه تحديث المعلومات، أو اطلب من مشرف أن يتولى الحالة.
console-facts-closed = الحالة مغلقة. أعد فتحها لتغيير المعلومات.

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = اتصل بالرقم 112 – خطر حاد
decisions-notice-call_90101 = Självmordslinjen على الرقم ‎90101 لمن لديه أفكار انتحارية (تديره Mind، مفتوح على مدار الساعة)
decisions-notice-call_114_14 = الشرطة على الرقم ‎114 14 (غير عاجل)
decisions-notice-call_socialjour = Socialjouren: الخدمات الاجتماعية في البلدية خارج أوقات العمل
decisions-notice-call_bris = Bris على الرقم ‎116 111 للأطفال والشباب
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen على الرقم ‎020-50 50 50، مفتوح على مدار الساعة
decisions-notice-call_1177 = 1177 Vårdguiden (استشارات صحية)
decisions-notice-primary_closed = الجهة المسؤولة مغلقة الآن: انظر إلى أين تذهب الحالة خارج أوقات العمل
decisions-notice-no_offence_data = من بين المستلمين منظمة من المجتمع المدني: لا ترسل إليها أي بيانات عن جرائم
decisions-notice-placing_municipality = البلدية التي أودعت الشخص هي المسؤولة: اعرف أي بلدية هي وتواصل معها
decisions-notice-find_psychiatry = هناك حاجة إلى الطب النفسي في المنطقة، لكن البلدية غير معروفة: حدد المنطقة
