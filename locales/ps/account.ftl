## A signed-in user's own account (console and inbox): changing the password.

password-nav = پټنوم بدل کړئ
password-title = پټنوم بدل کړئ
password-intro = خپل اوسنی پټنوم ولیکئ، بیا نوی پټنوم دوه ځله. کله چې پټنوم بدل شي، له نورو ټولو کمپیوټرونو او براوزرونو څخه وځئ، خو له دې ځایه نه.
password-field-current = اوسنی پټنوم
password-field-new = نوی پټنوم
password-field-new-hint = لږ تر لږه { $min } توري. یو پر بل پسې څو کلمې په اسانۍ په یاد پاتې کېږي او اټکل یې ګران دی.
password-field-again = نوی پټنوم یو ځل بیا
password-save = پټنوم بدل کړئ
password-changed = ستاسو پټنوم بدل شو. له نورو ټولو کمپیوټرونو او براوزرونو څخه وتلي یاست.
password-error-current-missing = خپل اوسنی پټنوم ولیکئ.
password-error-current-wrong = اوسنی پټنوم سم نه دی. له دې ځایه د څو ناکامو هڅو وروسته باید لږ انتظار وکړئ.
password-error-short = نوی پټنوم لږ تر لږه { $min } تورو ته اړتیا لري.
password-error-long = نوی پټنوم تر { $max } تورو ډېر نشي لرلای.
password-error-mismatch = دواړه نوي پټنومونه یو شان نه دي. په دواړو ځایونو کې هماغه پټنوم ولیکئ.
password-error-throttled = له دې ځایه ډېرې هڅې. { $minutes } دقیقې انتظار وکړئ او بیا هڅه وکړئ.
