## The console: the human decision on a case, its outcome and the protected-identity marker.

decisions-heading = ውሳነ ብዛዕባ እቲ ጉዳይ
decisions-history-engine = ሓሳብ ናይቲ ሞተር
decisions-history-override = ዝቐየሮ { $name }
decisions-history-reason = ምኽንያት
decisions-history-none = ሓሳብ ናይቲ ሞተር ይሰርሕ ኣሎ። ዝቐየሮ የለን።
decisions-override-summary = ቀዳምነት ወይ ተቐበልቲ ቀይር
decisions-override-hint = ሕግታት ክመሓየሹ ምእንቲ ሓሳብ ናይቲ ሞተር ብዝኾነ ይዕቀብ። እቲ ለውጥን ምኽንያቱን ይምዝገቡ።
decisions-priority = ቀዳምነት
decisions-priority-P1 = P1 – ሕጂ ተንቀሳቐስ (ህጹጽ ሓደጋ)
decisions-priority-P2 = P2 – ኣብ ሓንቲ መዓልቲ ስራሕ
decisions-priority-P3 = P3 – ኣብ ውሽጢ ክልተ መዓልቲ ስራሕ
decisions-recipients-legend = ተቐበልቲ
decisions-recipients-hint = ብልክዕ ሓደ ተቐባሊ ሓላፊ ክኸውን ኣለዎ።
decisions-role-primary = ሓላፊ
decisions-role-secondary = ተሳታፊ
decisions-role-inform = ሓበሬታ ዝወሃቦ
decisions-role-remove = ኣልግስ
decisions-add-legend = ተቐባሊ ወስኽ
decisions-add-org = ትካል
decisions-add-hint = መለለዪ ናይቲ ትካል ጸሓፍ ወይ ካብቲ ዝርዝር ምረጽ፡ ንኣብነት socialtjanst:1280። ዝውስኽ እንተዘይብልካ ባዶ ግደፎ።
decisions-add-role = ተራ ናይቲ ሓድሽ ተቐባሊ
decisions-reason = ምኽንያት (ግዴታ)
decisions-reason-hint = ስለምንታይ ኢኻ ነቲ ሓሳብ እትቕይሮ? እቲ ምኽንያት ብምስጢር ይዕቀብን ነቶም ኣብቲ ጉዳይ ዝሰርሑ መሳርሕቲ ይረኣን።
decisions-override-send = ነቲ ለውጢ ዓቅብ
decisions-added-reason = ብሰራሕተኛ ዝተወሰኸ።
decisions-error-summary = እቲ ለውጢ ኣይተዓቀበን
decisions-error-priority = ቀዳምነት P1፡ P2 ወይ P3 ምረጽ።
decisions-error-role = ን{ $org } ተራ ምረጽ።
decisions-error-unknown-org = ኣብቲ መዝገብ { $org } ዝብል መለለዪ ዘለዎ ትካል የለን።
decisions-error-duplicate = { $org } ድሮ ኣብ መንጎ ተቐበልቲ ኣሎ።
decisions-error-primary = ብልክዕ ሓደ ተቐባሊ ሓላፊ ክኸውን ኣለዎ።
decisions-error-civil-primary = { $org } ትካል ሲቪላዊ ሕብረተሰብ እዩ፤ ክሳተፍ ወይ ሓበሬታ ክወሃቦ ጥራይ ይኽእል፡ ሓላፊ ክኸውን ኣይክእልን።
decisions-error-civil-vetting = { $org } ኣይተመርመረን ወይ ምርመራኡ ግዜኡ ሓሊፉ። ጉዳያት ክቕበል ኣይክእልን።
decisions-error-civil-acute = ጉዳይ P1 (ህጹጽ ሓደጋ) ናብ ሲቪላዊ ሕብረተሰብ ክኸይድ የብሉን። { $org } ኣልግስ ወይ ካልእ ቀዳምነት ምረጽ።
decisions-error-civil-child = እዚ ጉዳይ ቆልዓ እዩ፣ ስለዚ ናብ ሲቪላዊ ሕብረተሰብ ክኸይድ የብሉን። { $org } ኣልግስ።
decisions-error-civil-threat = እቲ ሰብ ኣብ ትሑዝ ምፍርራሕ እዩ ዘሎ፣ ስለዚ ጉዳይ ናብ ሲቪላዊ ሕብረተሰብ ክኸይድ የብሉን። { $org } ኣልግስ።
decisions-error-civil-protected = እቲ ሰብ ዝተሓለወ መንነት ኣለዎ ወይ ዝተሓለወ ምስክር እዩ፣ ስለዚ ጉዳይ ናብ ሲቪላዊ ሕብረተሰብ ክኸይድ የብሉን። { $org } ኣልግስ።
decisions-error-reason = ስለምንታይ ነቲ ሓሳብ ከም እትቕይሮ ጸሓፍ።
decisions-error-reason-long = እቲ ምኽንያት ኣዝዩ ነዊሕ እዩ። ናብ ዝበዝሐ 2,000 ፊደላት ኣሕጽሮ።
decisions-error-unchanged = ዝቐየርካዮ የለን። ቀዳምነት ወይ ተቐበልቲ ቀይር።
decisions-error-closed = እቲ ጉዳይ ተዓጽዩ ኣሎ። ነቲ ውሳነ ቅድሚ ምቕያርካ ዳግማይ ክፈቶ።
decisions-change-priority = ቀዳምነት { $from } → { $to }
decisions-change-added = { $name } ተወሲኹ ({ $to ->
    [primary] ሓላፊ
    [secondary] ተሳታፊ
   *[inform] ሓበሬታ ዝወሃቦ
})
decisions-change-removed = { $name } ተኣልዩ (ቅድሚኡ { $from ->
    [primary] ሓላፊ
    [secondary] ተሳታፊ
   *[inform] ሓበሬታ ዝወሃቦ
})
decisions-change-role = { $name }: { $from ->
    [primary] ሓላፊ
    [secondary] ተሳታፊ
   *[inform] ሓበሬታ ዝወሃቦ
} → { $to ->
    [primary] ሓላፊ
    [secondary] ተሳታፊ
   *[inform] ሓበሬታ ዝወሃቦ
}

decisions-outcome-heading = ምዕጻው
decisions-open-now = እቲ ጉዳይ ክፉት እዩ።
decisions-outcome-legend = እቲ ጉዳይ ብኸመይ ተዛዚሙ?
decisions-outcome-hint = እቲ ውጽኢት ኣብ ክትትል ይቑጸር። ዝተዓጽወ ጉዳይ ካብ መስርዕ ይወጽእ፡ ግን ዳግማይ ክኽፈት ይኽእል።
decisions-outcome-advice_given = ምኽሪ ተዋሂቡ
decisions-outcome-referred = ተመሓላሊፉ
decisions-outcome-referred_with_report = ምስ ጸብጻብ ስክፍታ ተመሓላሊፉ
decisions-outcome-no_further_action = ተወሳኺ ስጉምቲ የለን
decisions-close = ነቲ ጉዳይ ዕጸዎ
decisions-closed-as = ተዓጽዩ: { $outcome ->
    [advice_given] ምኽሪ ተዋሂቡ
    [referred] ተመሓላሊፉ
    [referred_with_report] ምስ ጸብጻብ ስክፍታ ተመሓላሊፉ
   *[no_further_action] ተወሳኺ ስጉምቲ የለን
}
decisions-reopen = ነቲ ጉዳይ ዳግማይ ክፈቶ
decisions-reopen-hint = እቲ ጉዳይ ናብ መስርዕ ይምለስ። ታሪኹ ይዕቀብ።
decisions-error-outcome = እቲ ጉዳይ ብኸመይ ከም ዝተዛዘመ ምረጽ።
decisions-error-already-closed = እቲ ጉዳይ ድሮ ተዓጽዩ ኣሎ።
decisions-error-not-closed = እቲ ጉዳይ ኣይተዓጽወን።
decisions-events-heading = ፍጻመታት ናይቲ ጉዳይ
decisions-event-close = { $actor } ነቲ ጉዳይ ዓጺዉዎ: { $detail ->
    [advice_given] ምኽሪ ተዋሂቡ
    [referred] ተመሓላሊፉ
    [referred_with_report] ምስ ጸብጻብ ስክፍታ ተመሓላሊፉ
   *[no_further_action] ተወሳኺ ስጉምቲ የለን
}
decisions-event-reopen = { $actor } ነቲ ጉዳይ ዳግማይ ከፊቱዎ
decisions-event-protect = { $actor } ምልክት ዝተሓለወ መንነት ኣቐሚጡ
decisions-event-unprotect = { $actor } ምልክት ዝተሓለወ መንነት ኣልዩ
decisions-event-grant = { $actor } ን{ $detail } ናብ ኣድራሻን ሓበሬታ ርክብን ምብጻሕ ሂቡ
decisions-event-revoke = { $actor } ን{ $detail } ካብቶም ምብጻሕ ዘለዎም ኣልዩ

decisions-protection-heading = ዝተሓለወ መንነት
decisions-protected-marker = ዝተሓለወ መንነት – ምልክት ምስጢራውነት ወይ ዝተሓለወ ምዝገባ ህዝቢ
decisions-protected-explained = ኣድራሻን ሓበሬታ ርክብን ንዝተሰምዩ ሰራሕተኛታት ጥራይ ይረኣ። ፈጺሙ ኣይውጻእን፡ እቲ ምልክት ድማ ምስ ነፍሲ ወከፍ ምምሕልላፍ ይኸይድ።
decisions-protected-you-see = ተሰሚኻ ኣለኻ፡ ኣድራሻን ሓበሬታ ርክብን ትርኢ ኢኻ።
decisions-protected-hidden = ኣይተሰመኻን። ኣድራሻን ሓበሬታ ርክብን ካባኻ ተሓቢኡ ኣሎ።
decisions-named-heading = ዝተሰምዩ ሰራሕተኛታት
decisions-named-none = ዝተሰምየ የለን። ኣድራሻን ሓበሬታ ርክብን ዝርኢ የለን።
decisions-revoke = { $name } ኣልግስ
decisions-grant-label = ሰራሕተኛ ሰይም
decisions-grant-hint = ኣድራሻን ሓበሬታ ርክብን ክርእዩ ዘለዎም ጥራይ ሰይም።
decisions-grant = ሰይም
decisions-unprotect = ነቲ ምልክት ኣልግስ
decisions-unprotect-hint = ነቲ ምልክት ብጌጋ እንተተቐሚጡ ወይ እቲ ሓለዋ እንተተወዲኡ ጥራይ ኣልግሶ። ኩሎም ዝተሰምዩ ይእለዩ።
decisions-unprotected = እቲ ጉዳይ ምልክት የብሉን።
decisions-said-protected = እቲ ሰብ ዝተሓለወ ውልቃዊ ሓበሬታ ከም ዘለዎ ሓቢሩ። ነቲ ጉዳይ ምልክት ግበረሉ።
decisions-protect = ዝተሓለወ መንነት ምልክት ግበር
decisions-protect-hint = ሽዑ ዝተሰምዩ ሰራሕተኛታት ጥራይ ኣድራሻን ሓበሬታ ርክብን ይርእዩ። ንስኻ ባዕልኻ ትስየም፤ ተቖጻጻሪ ካልኦት ክስይም ይኽእል።
decisions-error-already-protected = እቲ ጉዳይ ድሮ ምልክት ኣለዎ። ነቲ ሓበሬታ ክትርኢ እንተድሊኻ ተቖጻጻሪ ክስይመካ ሕተት።
decisions-error-not-protected = እቲ ጉዳይ ከም ዝተሓለወ መንነት ምልክት የብሉን።
decisions-error-user = ንጡፍ ሰራሕተኛ፡ ተቖጻጻሪ ወይ ኣመሓዳሪ ምረጽ።
decisions-error-already-named = እቲ ሰራሕተኛ ድሮ ተሰምዩ ኣሎ።
decisions-error-not-named = እቲ ተጠቃሚ ኣብዚ ጉዳይ ኣይተሰምየን።

decisions-overrides-title = ዝተቐየሩ ውሳነታት
decisions-overrides-intro = ሰራሕተኛ ሓሳብ ናይቲ ሞተር ዝቐየረሎም ጉዳያት፡ ኣየኖት ሕግታት ከም ዝሰርሑ፡ እቲ ሞተር እንታይ ከም ዝሓሰበን ሕጂ እንታይ ከም ዝሰርሕን። ኣብዚ ብዛዕባ ሰባት ዝኾነ ጽሑፍ የለን። ሕግታት ንምምሕያሽ ነቲ ፍልልያት ተጠቐም።
decisions-overrides-caption = ዝተቐየሩ ጉዳያት: { $count }
decisions-overrides-col-case = ጉዳይ
decisions-overrides-col-rules = ዝሰርሑ ሕግታት
decisions-overrides-col-engine = ሓሳብ ናይቲ ሞተር
decisions-overrides-col-human = ዝሰርሕ ውሳነ
decisions-overrides-col-changes = ፍልልይ
decisions-overrides-case-link = ተቐይሩ { $at }
decisions-overrides-count = { $count ->
    [one] ሓደ ለውጢ
   *[other] { $count } ለውጥታት
}
decisions-overrides-empty = ዝተቐየረ ውሳነ የለን።
decisions-history-retriage = { $name } ሓበሬታ ምስ ኣሐደሰ ካብ ሕግታት ሓድሽ ሓሳብ

# Updating what is known of a case (POST /console/cases/{id}/facts).
console-facts-heading = ዝፈልጦ ኣሐድስ
console-facts-hint = ኣብቲ ዝርርብ ዝፈለጥካዮ ምረጽ። ሕግታት ደጊሞም ሓሳብ ከቕርቡ እዮም። መልእኽቲ፡ ቋንቋን ፍቓድን ናይቲ ሰብ ኣይቀየሩን።
console-facts-save = ዓቅብን ደጊምካ ሓሳብ ኣቕርብን
console-facts-not-holder = ሓደ መሳርሕቲ ነዚ ጉዳይ ሒዙዎ ኣሎ። ሓበሬታ ከሐድስ ሕተቶ፡ ወይ ሓላፊ ነቲ ጉዳይ ክወስዶ ሕተት።
console-facts-closed = እቲ ጉዳይ ተዓጽዩ ኣሎ። ሓበሬታ ንምቕያር ደጊምካ ክፈቶ።

# The decision's notices in words, for staff (the case page; the staff-only ones never reach a public page).
decisions-notice-call_112 = ናብ 112 ደውሉ – ህጹጽ ሓደጋ
decisions-notice-call_90101 = Självmordslinjen 90101 ንሓሳባት ነብሰ-ቕትለት (Mind፣ ለይትን መዓልትን ክፉት)
decisions-notice-call_114_14 = ፖሊስ 114 14 (ህጹጽ ዘይኮነ)
decisions-notice-call_socialjour = Socialjouren: ማሕበራዊ ኣገልግሎት ምምሕዳር ካብ ሰዓታት ስራሕ ወጻኢ
decisions-notice-call_bris = Bris 116 111 ንቖልዑን መንእሰያትን
decisions-notice-call_kvinnofridslinjen = Kvinnofridslinjen 020-50 50 50፣ ለይትን መዓልትን ክፉት
decisions-notice-call_1177 = 1177 Vårdguiden (ምኽሪ ጥዕና)
decisions-notice-primary_closed = እቲ ሓላፊ ተቐባሊ ሕጂ ዕጹው እዩ: ጉዳይ ካብ ሰዓታት ስራሕ ወጻኢ ናበይ ከም ዝኸይድ ርኣዩ
decisions-notice-no_offence_data = ትካል ሲቪላዊ ሕብረተሰብ ተቐባሊ እዩ: ብዛዕባ ገበን ዝኾነ ሓበሬታ ኣይትስደዱሉ
decisions-notice-placing_municipality = እቲ ነቲ ሰብ ዘቐመጦ ምምሕዳር (ኮሙን) ሓላፊ እዩ: ኣየናይ ምዃኑ ፈሊጥኩም ተራኸብዎ
decisions-notice-find_psychiatry = ናይ ዞባ ሕክምና ኣእምሮ የድሊ፣ ግን ዝፍለጥ ምምሕዳር የለን: ነቲ ዞባ ድለዩ
