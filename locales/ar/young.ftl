## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = اكتب إلينا
young-form-intro = هنا يمكنك أن تكتب إلينا. لا يلزم أن تكتب اسمك. يقرأ رسالتك شخص كبير يعمل في هذا المجال ويردّ عليك.
young-form-optional = يمكنك أن تتخطى كل الأسئلة. نحتاج فقط إلى رسالتك، أو إلى علامة بأنك تريد أن نتواصل معك.
young-field-age_band = كم عمرك؟
young-age-under_15 = أقل من 15 سنة
young-age-15_17 = 15 أو 16 أو 17 سنة
young-age-none = لا أريد أن أقول
young-field-environment = عن ماذا تريد أن تكتب؟
young-hint-any = اختر ما تشاء.
young-about-criminal_network = عصابة أو جريمة
young-about-violent_extremism = مجموعة تريد أن تستعمل العنف
young-about-honour_related = عائلتي تتحكم في حياتي بالتهديد أو العنف
young-about-unknown = شيء آخر
young-field-threat = هل أنت في خطر الآن؟
young-danger-acute = نعم، أنا في خطر الآن
young-danger-none = لا
young-danger-unknown = لا أعرف
young-field-municipality = أين تسكن؟ (إذا أردت)
young-hint-municipality = اكتب اسم بلديتك، مثلًا Malmö. يمكنك أن تتركه فارغًا.
young-field-message = رسالتك
young-message-no-crimes = لا تكتب عن جرائم فعلتها.
young-field-wants_contact = أريد أن تتواصلوا معي.
young-hint-wants_contact = نردّ هنا. تقرأ الرد بالرمز الذي تحصل عليه.
young-field-consent = يمكنكم أن تخبروا الخدمات الاجتماعية في بلديتي عني، لكي يساعدوني.
young-hint-consent = يمكنك أن تغيّر رأيك لاحقًا. إذا كنت في خطر، أو إذا كنا قلقين جدًا عليك، قد نضطر إلى إخبارهم رغم ذلك.
