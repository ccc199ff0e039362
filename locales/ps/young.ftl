## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = موږ ته ولیکئ
young-form-intro = دلته تاسو موږ ته لیکلای شئ. اړتیا نشته چې خپل نوم ولیکئ. یو لوی سړی چې په دې برخه کې کار کوي، یې لولي او ځواب درکوي.
young-form-optional = تاسو ټولې پوښتنې پرېښودلای شئ. موږ یوازې ستاسو پیغام ته اړتیا لرو، یا دې ته چې نښه کړئ چې غواړئ له تاسو سره اړیکه ونیسو.
young-field-age_band = تاسو څو کلن یاست؟
young-age-under_15 = له 15 کلونو کم
young-age-15_17 = 15، 16 یا 17 کلن
young-age-none = نه غواړم ووایم
young-field-environment = دا د څه په اړه دی؟
young-hint-any = هر څومره چې غواړئ وټاکئ.
young-about-criminal_network = یوه ډله (ګنګ) یا جرم
young-about-violent_extremism = یوه ډله چې غواړي تاوتریخوالی وکاروي
young-about-honour_related = زما کورنۍ زما د ژوند په اړه په ګواښ یا تاوتریخوالي پرېکړه کوي
young-about-unknown = بل څه
young-field-threat = ایا همدا اوس په خطر کې یاست؟
young-danger-acute = هو، اوس په خطر کې یم
young-danger-none = نه
young-danger-unknown = نه پوهېږم
young-field-municipality = چېرته اوسېږئ؟ (که غواړئ)
young-hint-municipality = د خپلې ښاروالۍ نوم ولیکئ، د بېلګې په توګه Malmö. تاسو یې خالي پرېښودلای شئ.
young-field-message = ستاسو پیغام
young-message-no-crimes = د هغو جرمونو په اړه مه لیکئ چې تاسو کړي دي.
young-field-wants_contact = غواړم چې له ما سره اړیکه ونیسئ.
young-hint-wants_contact = موږ دلته ځواب درکوو. ځواب د هغه کوډ په مرسته لولئ چې ترلاسه کوئ یې.
young-field-consent = تاسو کولای شئ زما د ښاروالۍ ټولنیزو خدمتونو ته زما په اړه ووایئ، ترڅو له ما سره مرسته وکړي.
young-hint-consent = تاسو وروسته خپل نظر بدلولای شئ. که په خطر کې یاست، یا موږ ستاسو په اړه ډېر اندېښمن یو، ښايي بیا هم ورته ووایو.
