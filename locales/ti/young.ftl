## The child form (/{lang}/young/enquiry): few questions, easy words, no legal terms.

young-form-title = ጽሓፉልና
young-form-intro = ኣብዚ ክትጽሕፉልና ትኽእሉ ኢኹም። ስምኩም ክትጽሕፉ ኣየድልየኩምን። ኣብዚ ስራሕ ዝሰርሕ ዓቢ ሰብ የንብቦን ይምልሰልኩምን።
young-form-optional = ኩሉ ሕቶታት ክትሓልፍዎ ትኽእሉ ኢኹም። ዘድልየና መልእኽትኹም ጥራይ እዩ፣ ወይ ክንረኽበኩም ከም እትደልዩ ምልክት ምግባር።
young-field-age_band = ክንደይ ዕድመ ኣለኩም?
young-age-under_15 = ትሕቲ 15 ዓመት
young-age-15_17 = 15፣ 16 ወይ 17 ዓመት
young-age-none = ክነግር ኣይደልን
young-field-environment = ብዛዕባ እንታይ እዩ?
young-hint-any = ዝደለኹምዎ ክንደይ እኳ ምረጹ።
young-about-criminal_network = ጉጅለ (ጋንግ) ወይ ገበን
young-about-violent_extremism = ዓመጽ ክጥቀም ዝደሊ ጉጅለ
young-about-honour_related = ስድራይ ብፍርሒ ወይ ብዓመጽ ኣብ ህይወተይ ይውስኑ
young-about-unknown = ካልእ ነገር
young-field-threat = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም?
young-danger-acute = እወ፣ ሕጂ ኣብ ሓደጋ ኣለኹ
young-danger-none = ኣይፋል
young-danger-unknown = ኣይፈልጥን
young-field-municipality = ኣበይ ትነብሩ? (እንተ ደሊኹም)
young-hint-municipality = ስም ምምሕዳርኩም (kommun) ጽሓፉ፣ ንኣብነት Malmö። ክትገድፍዎ ትኽእሉ ኢኹም።
young-field-message = መልእኽትኹም
young-message-no-crimes = ብዛዕባ ዝገበርኩምዎ ገበን ኣይትጽሓፉ።
young-field-wants_contact = ክትረኽቡኒ እደሊ።
young-hint-wants_contact = ኣብዚ ኢና እንምልስ። መልሲ ብእትረኽብዎ ኮድ ተንብቡ።
young-field-consent = ክሕግዙኒ ምእንቲ፣ ብዛዕባይ ንsocialtjänsten ናይ ምምሕዳረይ ክትነግሩ ትኽእሉ ኢኹም።
young-hint-consent = ድሒርኩም ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም። ኣብ ሓደጋ እንተ ሃሊኹም፣ ወይ ብዛዕባኹም ኣዝዩ እንተ ተሻቒልና፣ ብዘየገድስ ክንነግር ክግደድ ንኽእል ኢና።
