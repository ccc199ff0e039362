## الأسئلة التي تطرحها كل الاستمارات منذ #12. لا أسئلة عن الجرائم أبدًا.

field-writer_age_band = إذا كنت شخصًا قريبًا: كم عمرك؟
field-enquiry_type = إذا كنت تكتب في إطار عملك: ماذا تريد؟
field-risks = هل ينطبق أيٌّ من هذا؟

chat-field-writer_age_band = إذا كنت شخصًا قريبًا: كم عمرك؟
chat-field-risks = هل ينطبق أيٌّ من هذا؟

console-phone-field-writer_age_band = عمر المتصل (إذا كان شخصًا قريبًا)
console-phone-field-enquiry_type = ما يريد المتصل المساعدة فيه (إذا اتصل في إطار عمله)
console-phone-field-risks = هل ينطبق أيٌّ من هذا؟

inbox-consultation-field-enquiry_type = بماذا تريدون المشورة؟
inbox-consultation-field-risks = هل ينطبق أيٌّ من هذا على الشخص؟
inbox-consultation-error-type-case = الحالة التي ترسلونها تتعلق دائمًا بشخص. اختاروا «{ inbox-consultation-kind-consultation }» إذا كنتم تريدون مشورة، وإلا فاتركوا هذا السؤال بلا إجابة.

opt-writer_age_band-under_15 = أقل من 15 سنة
opt-writer_age_band-15_17 = من 15 إلى 17 سنة
opt-writer_age_band-18_20 = من 18 إلى 20 سنة
opt-writer_age_band-21_25 = من 21 إلى 25 سنة
opt-writer_age_band-26_plus = 26 سنة أو أكثر
opt-writer_age_band-unknown = لا أعرف

opt-enquiry_type-case = مساعدة لشخص
opt-enquiry_type-consultation = مشورة بشأن شخص (دون ذكر اسمه)
opt-enquiry_type-method_support = مشورة حول طريقة العمل

opt-risks-taken_abroad = شخص ما يخطط لأخذك (أو أخذه) إلى الخارج، مثلًا للزواج
opt-risks-partner_violence = شريك حياة يؤذيك (أو يؤذيه)
opt-risks-threat_to_writer = أنا الذي أكتب مهدَّد أيضًا
opt-risks-threat_to_others = هناك خطر إيذاء شخص آخر
opt-risks-self_harm = أفكار بإيذاء النفس

opt-situation-on_remand = محتجز ينتظر المحاكمة (häkte)
opt-situation-placed_by_social_services = يعيش في أسرة بديلة أو دار رعاية عبر الخدمات الاجتماعية
opt-situation-abroad = موجود خارج السويد الآن
opt-situation-in_programme = مشارك بالفعل في برنامج للخروج
opt-situation-open_social_services_case = لديه بالفعل أخصائي اجتماعي
