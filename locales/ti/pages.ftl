## Information pages. One message per paragraph or list item. Plain text only.
## Tigrinya draft (Eritrean usage). "ማእከል ርክብ" = Kontaktpunkten (the contact point).
## The reader is addressed with the respectful, gender-neutral 2nd person plural.

## Start page
home-title = ክትወጹ ንእትደልዩ ደገፍ
home-lead = ማእከል ርክብ ካብ ገበን፣ ዓመጽ ዝድግፍ ጽንፈኝነት ወይ ብስም ክብሪ ዝግበር ጭቆና ክትወጹ ንእትደልዩ ሃገራዊ ማእከል ርክብ እዩ – ከምኡ'ውን ንስድራኹምን ምሳኹም ንዝሰርሑ ሰባትን።
home-choose-heading = ዝሰማማዓኩም ምረጹ
home-entry-leave = ክወጽእ እደሊ
home-entry-leave-text = ጉጅለ (ጋንግ)፣ ገበን፣ ዓመጽ ዝድግፍ ጉጅለ ወይ ብስም ክብሪ ዝቁጻጸር ህይወት።
home-entry-relatives = ብዛዕባ ሓደ ቀረባይ ሰብ ተሻቒለ ኣለኹ
home-entry-relatives-text = ንወለዲ፣ መጻምድቲ፣ ኣሕዋትን ኣሓትን ከምኡ'ውን ኣዕሩኽ።
home-entry-professionals = ኣብዚ ዓውዲ እየ ዝሰርሕ
home-entry-professionals-text = ምምሕዳር (kommun)፣ socialtjänsten (ማሕበራዊ ኣገልግሎት)፣ ቤት ትምህርቲ፣ ክንክን ጥዕናን ካልኦትን።
home-entry-young = ትሕቲ 18 ዓመት እየ
home-entry-young-text = ክትጽሕፉልና ከለኹም እንታይ ከም ዝኸውን ዝገልጽ ቀሊል ጽሑፍ።
home-write-heading = ጽሓፉልና
home-write-anonymous = ስምኩም ክትጽሕፉ ኣየድልየኩምን እዩ።
home-receipt-heading = ድሮ ጽሒፍኩምልና ዲኹም?
home-receipt-text = መልስና ንምንባብ ነቲ ዝረኸብኩምዎ ኮድ ተጠቐሙ።
home-more-where-to-turn = ናብ መን ክቐርብ እኽእል? ቁጽሪ ተሌፎንን ሰዓታት ስራሕን
home-more-support = እንታይ ዓይነት ደገፍ ክረክብ እኽእል?
home-more-privacy = ዝጸሓፍኩምዎ ብኸመይ ንሕልዎ
home-more-when-closed = ዕጹዋት ከለና ሓገዝ እንተ ኣድልዩኩም

## I want to leave
leave-title = ክወጽእ እደሊ
leave-lead = ክትወጹ ምድላይ ዓቢ ውሳነ እዩ። በይንኹም ክትገብርዎ ኣየድልየኩምን። ብዙሓት ሰባት ቅድሜኹም ገይሮምዎ እዮም።
leave-who = እዚ ገጽ ካብ ገበናዊ መርበብ ወይ ጉጅለ (ጋንግ)፣ ካብ ዓመጽ ዝድግፍ ጉጅለ፣ ወይ ካብ ስድራኹም ወይ ዘመድኩም ብስም ክብሪ ብምፍርራሕን ዓመጽን ዝቆጻጸረኩም ህይወት ክትወጹ ንእትደልዩ እዩ።
leave-can-heading = ክንገብረልኩም እንኽእል
leave-can-listen = ከይፈረድናኩም ኩነታትኩም ከነንብብን ክንርድእን።
leave-can-advise = ብዛዕባ ዝቕጽል ስጉምቲ ምኽሪ ክንህበኩምን ኣብቲ እትነብሩሉ ቦታ ዘሎ ደገፍ ክንነግረኩምን።
leave-can-connect = ምስቲ ክሕግዘኩም ዝኽእል ኣካል ከነራኽበኩም – እንተ ደሊኹምን ብፍቓድኩምን ጥራይ።
leave-can-follow = ንኣብነት ምስ Kriminalvården (ኣገልግሎት ቤት ማእሰርትን ቁጽጽርን)፣ SiS ወይ socialtjänsten (ማሕበራዊ ኣገልግሎት) ድሮ ርክብ እንተ ኣለኩም፣ ቅኑዕ መንገዲ ክትረኽቡ ክንሕግዘኩም።
leave-cannot-heading = ክንገብሮ ዘይንኽእል
leave-cannot-text = ባዕልና መንበሪ ገዛ፣ ገንዘብ ወይ ሓለዋ ክንህበኩም ኣይንኽእልን። ብዛዕባኡ socialtjänsten፣ ፖሊስን ካልኦትን እዮም ዝውስኑ። ኩሉ ነገር ክሰምር እዩ ኢልና ቃል ክንኣቱ ኣይንኽእልን፣ ንገበን ዝወሃብ መቕጻዕቲ'ውን ከነልግሶ ኣይንኽእልን። ግን ምስቶም ደገፍ ክህቡ ዝኽእሉ ክትራኸቡ ንሕግዘኩም።
leave-happens-heading = ክትጽሕፉ ከለኹም እንታይ ይኸውን
leave-happens-write = ትጽሕፉልና እሞ ኮድ ትረኽቡ።
leave-happens-read = ሓደ ሰራሕተኛ ጉዳያት ናይ ማእከል ርክብ ዝጸሓፍኩምዎ የንብብ።
leave-happens-answer = ኣብ ውሽጢ { $days ->
    [one] ሓንቲ መዓልቲ ስራሕ
   *[other] { $days } መዓልታት ስራሕ
} መልሲ ንህበኩም። ነቲ መልሲ ኣብዚ መርበብ ሓበሬታ ብኮድኩም ተንብብዎ። እንተ ደሊኹም፣ ንዓኹም ውሑስ ኣብ ዝኾነ ሰዓት ክንድውለልኩም'ውን ንኽእል ኢና።
leave-happens-advise = ምኽሪ ንህብን መን ክሕግዘኩም ከም ዝኽእል ንእምትን።
leave-happens-consent = እንተ ደሊኹም፣ ብፍቓድኩም ጥራይ ድማ፣ ምስኣቶም ነራኽበኩም። እንታይ ሓበሬታ፣ ንመንን መዓስን ከም ዝወሃብ ባዕልኹም ትውስኑ። ፍቓድኩም ክትስሕቡ ትኽእሉ ኢኹም።
leave-actors-heading = ምስ መን ከነራኽበኩም ንኽእል
leave-actor-social = Socialtjänsten (ማሕበራዊ ኣገልግሎት) ናይ ምምሕዳርኩም – ደገፍ ብዛዕባ መንበሪ ገዛ፣ ገንዘብ፣ ሕክምናን ካልእ ብዙሕን።
leave-actor-police = ናይ ፖሊስ ኣወሃሃዲ ንዝወጹ ሰባት (avhopparsamordnare) ኣብ ዞባኹም – ምፍርራሕ ምስ ዝህልወኩምን ሓለዋ ምስ ዘድልየኩምን።
leave-actor-programme = ናይ ምምሕዳር ወይ ዞባ ፕሮግራም ንዝወጹ ሰባት (avhopparverksamhet)፣ ኣብ ዘለዎ ቦታ።
leave-actor-prison = Kriminalvården (ኣገልግሎት ቤት ማእሰርትን ቁጽጽርን)፣ ፍርዲ እናተጸበኹም ኣብ ቀይዲ (häkte) ወይ ኣብ ቤት ማእሰርቲ እንተ ሃሊኹም፣ ወይ ኣብ ትሕቲ ቁጽጽር (frivård) እንተ ሃሊኹም።
leave-actor-sis = SiS (Statens institutionsstyrelse፣ ዕጹው ክንክን ንመንእሰያት)፣ ኣብ ገዛ SiS እንተ ተቐሚጥኩም።
leave-actor-psychiatry = ክንክን ኣእምሮኣዊ ጥዕና (psykiatrin) ኣብ ዞባኹም፣ ኣእምሮኣዊ ጥዕናኹም ጽቡቕ እንተ ዘይኮይኑ።
leave-actor-migration = Migrationsverket (ትካል ኢሚግሬሽን ሽወደን)፣ ዜጋ ሽወደን እንተ ዘይኮንኩምን ባዕልኹም ናብ ካልእ ሃገር ክትምለሱ እንተ ደሊኹምን። ባዕልኹም እንተ ሓቲትኩም ጥራይ።
leave-actor-civil = ዝመርመርናዮም ዘይመንግስታዊ ውድባት፣ ንኣብነት ንመማኽርቲ (mentor) ወይ ሓድሽ ማሕበረሰብ።
leave-anonymous-heading = ስምኩም ከይገለጽኩም ክትጸንሑ ትኽእሉ ኢኹም
leave-anonymous-text = ምኽሪ ንምርካብ መን ምዃንኩም ክትነግሩ ኣየድልየኩምን። ግብራዊ ሓገዝ እንተ ደሊኹም፣ ንኣብነት ብዛዕባ መንበሪ ገዛ፣ እቶም ዝሕግዙኹም ኣብ ሓደ እዋን መን ምዃንኩም ክፈልጡ ከድልዮም እዩ። እቲ ግዜ መዓስ ከም ዝኸውን ባዕልኹም ትውስኑ።
leave-threat-heading = ምፍርራሕ እንተ ኣሎኩም
leave-threat-text = ምፍርራሕ ምስ ዝህሉ ፖሊስ ሓለዋ ክህብ ይኽእል። ብዙሓት ካብቶም ዝወጹ ናብ ካልእ ምምሕዳር ይግዕዙ፣ ኣብኡ'ውን ሓገዝ ኣሎ። ምፍርራሕ እንተ ኣሎኩም ንገሩና፣ ግን ባዕልኹም ዝገበርኩምዎ ኣይትንገሩና።
leave-women-heading = ንጓልን ሰበይትን
leave-women-text = ንኣዋልድን ደቂ ኣንስትዮን ዝተዳለወ ደገፍ ኣሎ፣ ንኣብነት ዝተሓለወ መንበሪ። ናብ Kvinnofridslinjen፣ ሃገራዊ ናይ ሓገዝ መስመር ተሌፎን ንደቂ ኣንስትዮ፣ ኣብ 020-50 50 50 ለይትን መዓልትን ክትድውሉ'ውን ትኽእሉ ኢኹም።
leave-honour-heading = ብዛዕባ ክብሪ እንተ ኾይኑ
leave-honour-text = ብዛዕባ ናይ ገዛእ ርእስኹም ህይወት፣ ምስ መን ከም እትራኸቡን ንመን ከም እትምርዓዉን ናይ ምውሳን መሰል ኣለኩም። ስድራኹም ወይ ዘመድኩም ብምፍርራሕ ወይ ዓመጽ እንተ ተቘጻጸሩኹም፣ socialtjänsten ከምኡ'ውን ፖሊስ ክሕግዙኹም ይኽእሉ። እዚ ትሕቲ 18 ዓመት እንተ ኾንኩም'ውን ይምልከት።

## Relatives
relatives-title = ብዛዕባ ሓደ ቀረባይ ሰብ ተሻቒለ ኣለኹ
relatives-lead = እትፈትዉዎ ሰብ ኣብ ገበን፣ ኣብ ዓመጽ ዝድግፍ ጉጅለ ወይ ኣብ ትሕቲ ብስም ክብሪ ዝግበር ጭቆና ክትርእዩ ከቢድ እዩ። ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም – ንገዛእ ርእስኹም'ውን ደገፍ።
relatives-can-heading = ክንገብረልኩም እንኽእል
relatives-can-advise = ምስቲ እትሻቐሉሉ ሰብ ብኸመይ ክትዛረቡን እንታይ ክትገብሩ ከም እትኽእሉን ምኽሪ ክንህበኩም።
relatives-can-explain = ኣብቲ እትነብሩሉ ቦታ እንታይ ደገፍ ከም ዘሎን መን ንምንታይ ሓላፍነት ከም ዘለዎን ክንነግረኩም።
relatives-can-connect = ብፍቓድኩም ምስ socialtjänsten (ማሕበራዊ ኣገልግሎት) ወይ ምስ ካልእ ክሕግዝ ዝኽእል ኣካል ከነራኽበኩም።
relatives-can-yourself = ንገዛእ ርእስኹም ደገፍ ክትረኽቡ ክንሕግዘኩም። ብዙሓት ቤተሰብ ጭንቀት፣ ሕፍረትን ፍርሕን ይስከሙ። Socialtjänsten ንቤተሰብ'ውን ደገፍ ክህብ ይኽእል።
relatives-tell-heading = ክንነግረኩም እንኽእልን ዘይንኽእልን
relatives-tell-can = እንታይ ደገፍ ከም ዘሎ፣ ሓደ ሰብ ክወጽእ ከሎ መብዛሕትኡ ግዜ ብኸመይ ከም ዝኸይድን ናብ መን ክትቀርቡ ከም እትኽእሉን ክንነግረኩም ንኽእል።
relatives-tell-cannot = እቲ እትሻቐሉሉ ሰብ ባዕሉ ምሳና ርክብ እንተ ኣለዎ፣ ብዘይ ፍቓዱ ብዛዕባኡ ዋላ ሓንቲ ክንነግረኩም ኣይፍቀደልናን – ምሳና ከም ዝተራኸበ'ውን ከይተረፈ። እዚ ምስጢራዊነት እዩ፣ ንዕኡ'ውን ይሕልዎ።
relatives-tell-child = ብዛዕባ ትሕቲ 18 ዓመት ዝኾነ ቆልዓኹም ድዩ? ሽዑ socialtjänsten ከም ሞግዚት (ሕጋዊ ሓላፊ ቆልዓ) ብኸመይ ሓበሬታ ክትረኽቡን ክትሳተፉን ከም እትኽእሉ ክነግረኩም ይኽእል።
relatives-callback-heading = ክንድውለልኩም ንኽእል ኢና
relatives-callback-text = ኣብ ክንዲ ምጽሓፍ ክንድውለልኩም ክትሓቱና ትኽእሉ ኢኹም። ንምዝራብ ውሑስ ዝኾነልኩም ግዜ ባዕልኹም ትመርጹ።
relatives-callback-who = ክንድውል ከለና፣ መን ምዃንና እንነግር ጽቡቕ እዩ ኢልኩም እንተ ነጊርኩምና ጥራይ እዩ። ንሕና ምዃንና ምእንቲ ክትፈልጡ፣ ምስጢራዊ ቃል ክትመርጹ'ውን ትኽእሉ ኢኹም።
relatives-callback-interpreter = ተርጓሚ እንተ ኣድልዩኩም ንገሩና፣ ከነዳሉ ድማ ክንፍትን ኢና።
relatives-child-heading = ብዛዕባ ሓደ ቆልዓ እንተ ተሻቒልኩም
relatives-child-text = ሓደ ቆልዓ ይጉዳእ ኣሎ ኢልኩም እንተ ሓሲብኩም፣ ኩሉ ግዜ ምስ socialtjänsten ናይቲ ቆልዓ ዝነብረሉ ምምሕዳር ክትራኸቡ ትኽእሉ ኢኹም። ባዕልኹም ጸብጻብ ስክፍታ (orosanmälan) ክትገብሩ ትኽእሉ ኢኹም። መጀመርታ ጽሒፍኩምልና ምኽሪ ክትረኽቡ'ውን ትኽእሉ ኢኹም።
relatives-threat-heading = ንስኹም ባዕልኹም ምፍርራሕ እንተ ኣሎኩም
relatives-threat-text = ቤተሰብ'ውን ክፈራርሁ ይኽእሉ እዮም። ህጹጽ እንተ ኾይኑ፣ ናብ 112 ደውሉ። እንተ ዘይኮይኑ ናብ ፖሊስ ኣብ 114 14 ክትድውሉ ትኽእሉ ኢኹም።
relatives-no-crimes = ብዛዕባ እቲ እትሻቐሉሉ ሰብ ወይ ንስኹም ዝፈጸምኩምዎ ገበናት ኣይትጽሓፉ። ኣብ ክንድኡ እንታይ ከም ዘሻቕለኩምን እንታይ ከም ዘድልየኩምን ግለጹ።

## Professionals
professionals-title = ኣብዚ ዓውዲ እየ ዝሰርሕ
professionals-lead = ኣብ ምምሕዳር (kommun)፣ socialtjänsten (ማሕበራዊ ኣገልግሎት)፣ ቤት ትምህርቲ፣ ክንክን ጥዕና፣ ፖሊስ፣ Kriminalvården (ኣገልግሎት ቤት ማእሰርትን ቁጽጽርን) ወይ ዘይመንግስታዊ ውድብ እትሰርሑን ክወጽእ ምስ ዝደሊ ሰብ ወይ ምስ ቤተሰቡ እትራኸቡን።
professionals-consult-heading = ብዛዕባ ሓደ ጉዳይ ምኽሪ
professionals-consult-text = ብዛዕባ ሓደ ጉዳይ ምሳና ክትማኸሩ ትኽእሉ ኢኹም። ኣድላዪ እንተ ዘይኮይኑ፣ ስም ወይ ቁጽሪ መንነት (personnummer) ከይጠቐስኩም ነቲ ኩነታት ግለጹ።
professionals-consult-topics = ንኣብነት፣ ኣየኖት ኣካላት ከም ዘለዉ፣ ምውጻእ መብዛሕትኡ ግዜ ብኸመይ ከም ዝኸይድ፣ ምምሕዳር ንምንታይ ሓላፍነት ከም ዘለዎን ምስ ናይ ፖሊስ ኣወሃሃዲ ንዝወጹ ሰባት (avhopparsamordnare) ብኸመይ ክትተሓባበሩ ከም እትኽእሉን ክንነግረኩም ንኽእል።
professionals-consult-knowledge = ናብ ደገፍ ፍልጠት ኣብ Center mot våldsbejakande extremism (CVE፣ ማእከል ምክልኻል ዓመጽ ዝድግፍ ጽንፈኝነት) ከምኡ'ውን ኣብቲ ሃገራዊ ማእከል ኣንጻር ምስ ክብሪ ዝተኣሳሰረ ዓመጽን ጭቆናን (Nationellt centrum mot hedersrelaterat våld och förtryck፣ ናይ Länsstyrelsen Östergötland) ክንመርሓኩም'ውን ንኽእል።
professionals-referral-heading = ናብ ምምሕዳር ዝግበር ምሕላፍ ብኸመይ ይካየድ
professionals-referral-consent = ሓደ ሰብ ፍቓዱ ምስ ዝህብ፣ ማእከል ርክብ ናብቲ ቅኑዕ ምምሕዳር ወይ ፕሮግራም ንዝወጹ ሰባት (avhopparverksamhet) ምሕላፍ ክሰድድ ይኽእል።
professionals-referral-inbox = ምምሕዳር ነቲ ምሕላፍ ኣብ ውሑስ ሳንዱቕ መልእኽቲ ይቕበሎ፣ ፈጺሙ ብኢመይል ኣይኮነን። እቲ ሰብ ንዓኹም ብፍሉይ ክንህብ ዝፈቐደልና ሓበሬታ ጥራይ ይሓዝ።
professionals-referral-answer = ምምሕዳር ኣብቲ ሳንዱቕ መልእኽቲ ይምልስ፣ ነቲ ርክብ ድማ ባዕሉ ይቕጽሎ። ማእከል ርክብ ሓደ ሰብ ነቲ ጉዳይ ከም ዝተቐበሎ የረጋግጽ።
professionals-referral-no-programme = ምምሕዳርኩም ፕሮግራም ንዝወጹ ሰባት የብሉን ድዩ? ብዛዕባ ዞባዊ ምትሕብባርን ናብ ካልእ ምምሕዳር ምግዓዝ ብኸመይ ክካየድ ከም ዝኽእልን ክንነግረኩም ንኽእል።
professionals-inbox-link = ናብ ሳንዱቕ መልእኽቲ ናይ ምምሕዳር እቶ
professionals-consent-heading = ንነፍሲ ወከፍ ተቐባሊ ፍቓድ
professionals-consent-text = ፍቓድ ንነፍሲ ወከፍ ተቐባሊ በበይኑ ይምልከት፦ እንታይ ሓበሬታ፣ ንመንን መዓስን። እቲ ሰብ ፍቓዱ ክስሕብ ይኽእል። ብዘይ ፍቓድ፣ ሕጊ ካልእ እንተ ዘይበለ፣ ኣብ መንጎ መንግስታዊ ትካላት ምስጢራዊነት ይምልከት።
professionals-consent-civil = ዘይመንግስታዊ ውድባት ኣብ ትሕቲ ሕጊ ህዝባዊ ሓበሬታን ምስጢራዊነትን (offentlighets- och sekretesslagen) ኣይኣትዉን። ካባና ብዛዕባ ገበናት ዝኾነ ሓበሬታ ፈጺሞም ኣይረኽቡን።
professionals-report-heading = ብዛዕባ ቆልዓ ምስ እትሻቐሉ ናይ ምሕባር ግዴታ
professionals-report-text = ኣብ መንግስታዊ ትካል፣ ወይ ንኣብነት ኣብ ቤት ትምህርቲ፣ ክንክን ጥዕና ወይ socialtjänsten እንተ ትሰርሑ፣ ሓደ ቆልዓ ይጉዳእ ኣሎ ኢልኩም እንተ ጠርጢርኩም ብቕጽበት ናብ socialtjänsten ክትሕብሩ ኣለኩም። እዚ ኣብ ሕጊ ማሕበራዊ ኣገልግሎት (socialtjänstlagen) ተጻሒፉ ኣሎ።
professionals-report-not-replaced = ምሳና ምርኻብ ንጸብጻብኩም ኣይትክኦን። ካባና ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም፣ ግን እቲ ጸብጻብ ባዕልኹም ናብ socialtjänsten ትገብርዎ።
professionals-report-we = { $kind ->
    [other] ማእከል ርክብ ብመንግስታዊ ትካል ኣይካየድን፣ ናይ ምሕባር ግዴታ'ውን የብሉን። ስለዚ ናትኩም ምሕባር ኣገዳሲ እዩ።
   *[authority] ማእከል ርክብ'ውን ናይ ምሕባር ግዴታ ኣለዎ። ብዛዕባ ቆልዓ ዘሎና ስክፍታ ናብ socialtjänsten ኢና እንሕብር፣ ናብ ፖሊስ ኣይኮነን።
}
professionals-no-crimes = ብዛዕባ እቲ ሰብ ዝፈጸሞ ገበናት ኣይትጽሓፉ። ንምኽሪ ወይ ንምሕላፍ ኣየድልን እዩ። ነቲ ጉዳይ ዝርከብ ኣካል፣ ብፍቓድ እቲ ሰብ፣ ዘድሊ ይሓትት።
professionals-contact-text = ጽሓፉልና እሞ ከም ክፋል ስራሕኩም ትጽሕፉ ከም ዘለኹም ምረጹ።

## Under 18 – easy language
young-title = ትሕቲ 18 ዓመት ዲኹም?
young-lead = እዚ ገጽ ንትሕቲ 18 ዓመት ዝኾንኩም እዩ።
young-who-heading = መን ኢና?
young-who = { $kind ->
    [police] ማእከል ርክብ ብፖሊስ ይካየድ።
    [authority] ማእከል ርክብ ብ{ $host } ይካየድ። ንሱ መንግስታዊ ትካል እዩ።
   *[other] ማእከል ርክብ ብ{ $host } ይካየድ። ንሱ መንግስታዊ ትካል ኣይኮነን፣ ፖሊስ'ውን ኣይኮነን።
}
young-who-read = { $kind ->
    [police] ኣብ ማእከል ርክብ ዝሰርሑ ዓበይቲ ሰባት ዝጸሓፍኩምዎ የንብቡ። ካልኦት ፖሊስ ዝፈልጡ፣ ሓደ ሰብ ኣብ ሓደጋ ምስ ዝህሉ ወይ ብዛዕባ ከቢድ ገበን ምስ እትነግሩና ጥራይ እዩ።
    [authority] ኣብ ማእከል ርክብ ዝሰርሑ ዓበይቲ ሰባት ዝጸሓፍኩምዎ የንብቡ። ፖሊስ ዝፈልጥ፣ እወ ምስ እትብሉ፣ ሓደ ሰብ ኣብ ሓደጋ ምስ ዝህሉ ወይ ብዛዕባ ከቢድ ገበን ምስ እትነግሩና ጥራይ እዩ።
   *[other] ኣብ ማእከል ርክብ ዝሰርሑ ዓበይቲ ሰባት ዝጸሓፍኩምዎ የንብቡ። ፖሊስ ዝፈልጥ፣ እወ ምስ እትብሉ፣ ሓደ ሰብ ኣብ ሓደጋ ምስ ዝህሉ ወይ ብዛዕባ ክፍጸም ዘለዎ ከቢድ ገበን ምስ እትነግሩና ጥራይ እዩ።
}
young-help-heading = ክንሕግዘኩም ንኽእል ኢና
young-help-gang = ካብ ጉጅለ (ጋንግ) ወይ ካብ ገበን ክትርሕቑ ትደልዩ ዲኹም?
young-help-extremism = ዓመጽ ክጥቀም ዝደሊ ጉጅለ ክትገድፉ ትደልዩ ዲኹም?
young-help-honour = ስድራኹም ህይወትኩም ብምፍርራሕ ወይ ብዓመጽ ይቆጻጸርዎ ድዮም?
young-help-write = ሽዑ ክትጽሕፉልና ትኽእሉ ኢኹም።
young-help-anytime = ኣብ ዝደለኹምዎ ግዜ ክትጽሕፉ ትኽእሉ ኢኹም፣ ምሸትን ለይትን'ውን።
young-help-adult = ኣብዚ ስራሕ ዝሰርሕ ዓቢ ሰብ የንብብን ይምልስን።
young-anonymous-heading = መን ምዃንኩም ክትነግሩ ኣየድልየኩምን
young-anonymous-name = ብዘይ ስምኩም ክትጽሕፉ ትኽእሉ ኢኹም።
young-anonymous-code = ምስ ጸሓፍኩም ኮድ ትረኽቡ።
young-anonymous-keep = ነቲ ኮድ ጽሓፍዎ። ኣብ ውሑስ ቦታ ሕብእዎ።
young-anonymous-read = በቲ ኮድ መልስና ከተንብቡ ትኽእሉ ኢኹም።
young-anonymous-details = ዘክሩ፦ ቁጽሪ ተሌፎን፣ ቤት ትምህርቲ፣ ሳጓ ወይ ቦታ'ውን መን ምዃንኩም ክገልጽ ይኽእል።
young-parents-heading = ወለድኹም ክፈልጡ ድዮም?
young-parents-us = ከም ዝጸሓፍኩምልና ባዕልና ንወለድኹም ኣይንነግሮምን ኢና።
young-parents-social = Socialtjänsten ክሕግዘኩም ወይ ክሕልወኩም እንተ ኾይኑ፣ መብዛሕትኡ ግዜ ምስ ወለድኹም ይዛረብ።
young-parents-family = ግን ካብ ስድራኹም ሓደ ሰብ እንተ ጐዲኡኩም፣ ከመይ ከም ዝገብር socialtjänsten ይውስን። ቅድም ብዛዕባ ድሕንነትኩም ይሓስቡ።
young-happens-heading = ክትጽሕፉ ከለኹም እዚ ይኸውን
young-happens-write = ትጽሕፉልና።
young-happens-code = ኮድ ትረኽቡ።
young-happens-read = ኣብዚ ዘሎ ዓቢ ሰብ ዝጸሓፍኩምዎ የንብብ።
young-happens-answer = ኣብ ውሽጢ { $days ->
    [one] ሓንቲ መዓልቲ ስራሕ
   *[other] { $days } መዓልታት ስራሕ
} መልሲ ንህበኩም። መዓልታት ስራሕ ካብ ሰኑይ ክሳብ ዓርቢ እየን።
young-happens-look = ነቲ መልሲ ኣብዚ ተንብብዎ። ኮድኩም ትጥቀሙ።
young-happens-help = መን ክሕግዘኩም ከም ዝኽእል ንነግረኩም።
young-tell-heading = ሓድሓደ ግዜ ንsocialtjänsten (ማሕበራዊ ኣገልግሎት) ክንነግር ኣሎና
young-tell-law = ኣብ መንግስታዊ ትካል ዝሰርሑ ዓበይቲ ሰባት ብዛዕባ ሓደ ቆልዓ ምስ ዝሻቐሉ ንsocialtjänsten ክነግሩ ኣለዎም። እዚ ሕጊ እዩ።
young-tell-child = ኣብ ሕጊ፣ ኩሉ ትሕቲ 18 ዓመት ዝኾነ ቆልዓ እዩ።
young-tell-so = ስለዚ ሓድሓደ ግዜ ብዛዕባኹም ንsocialtjänsten ክንነግር ኣሎና።
young-tell-why = ዓበይቲ ሰባት ክሕግዙኹምን ክሕልዉኹምን ኢልና ኢና እንገብሮ።
young-tell-social = Socialtjänsten ኣብ ምምሕዳርኩም ኣሎ። ንዓኹምን ንስድራኹምን ክሕግዝ ይኽእል።
young-tell-first = እንተ ኽኢልና፣ መጀመርታ ንዓኹም ንነግረኩም።
young-tell-heading-other = መዓስ ንsocialtjänsten ንነግር
young-tell-other = ንሕና መንግስታዊ ትካል ኣይኮናን። ብዛዕባኹም ንsocialtjänsten ክንነግር ኣይግደድን ኢና። እወ ምስ እትብሉ ወይ ኣብ ሓደጋ ምስ እትህልዉ ጥራይ ኢና እንገብሮ።
young-tell-anonymous = ስምኩም እንተ ዘይጸሓፍኩም፣ መን ምዃንኩም ኣይንፈልጥን። ሽዑ መን ምዃንኩም ንsocialtjänsten'ውን ክንነግር ኣይንኽእልን።
young-decide-heading = ብዙሕ ነገር ባዕልኹም ትውስኑ፣ ግን ኩሉ ኣይኮነን
young-decide-what = እንታይ ክትነግሩና ከም እትደልዩ ባዕልኹም ትውስኑ።
young-decide-who = ብዛዕባኹም ንኻልኦት ክንነግር ይፍቀደልና እንተ ኾይኑ ባዕልኹም ትውስኑ፣ ንኣብነት ንፖሊስ ወይ ንሓደ ማሕበር።
young-decide-not = ግን ኣብ ሓደጋ እንተ ሃሊኹም፣ ሓለዋ ክትረኽቡ ክንሕግዘኩም ኣሎና።
young-decide-report = ብዛዕባኹም እንተ ተሻቒልና ድማ ንsocialtjänsten ክንነግር ኣሎና።
young-decide-crime = { $kind ->
    [police] ብዛዕባ ክፍጸም ዘለዎ ወይ ዝተፈጸመ ከቢድ ገበን እንተ ነጊርኩምና፣ ፖሊስ ገለ ክገብር ኣለዎ።
    [authority] ብዛዕባ ክፍጸም ዘለዎ ከቢድ ገበን እንተ ነጊርኩምና፣ ንፖሊስ ክንነግር ኣሎና። ሓደ ሓደ ግዜ ብዛዕባ ዝተፈጸመ ከቢድ ገበን'ውን ከምኡ እዩ።
   *[other] ብዛዕባ ክፍጸም ዘለዎ ከቢድ ገበን እንተ ነጊርኩምና፣ ንፖሊስ ክንነግር ኣሎና።
}
young-crimes-heading = ብዛዕባ ዝገበርኩምዎ ገበን ኣይትጽሓፉ
young-crimes-need = ሓገዝ ንምርካብ ብዛዕባ ገበን ክትነግሩና ኣየድልየኩምን።
young-crimes-dont = ብዛዕባ ዝገበርኩምዎ ነገራት ኣይትጽሓፉ።
young-talk-heading = ሕጂ ምስ ሓደ ሰብ ክትዛረቡ ትደልዩ ዲኹም?
young-talk-bris = ናብ Bris ኣብ 116 111 ደውሉ
young-talk-bris-text = Bris ንቘልዑን ንመንእሰያትን እዩ። ምድዋል ክፍሊት የብሉን። ኣብ bris.se ብጽሑፍ (chat) ክትዛረቡ'ውን ትኽእሉ ኢኹም።
young-danger-heading = ኣብ ሓደጋ ዲኹም ዘለኹም?
young-safe-heading = ውሑሳት ኩኑ
young-safe-button = ሰብ ይመጽእ ኣሎ ድዩ? ኣብ ላዕሊ ዘሎ "ካብዚ ገጽ ቀልጢፍኩም ውጹ" ዝብል መልጎም ጠውቑ።
young-safe-phone = ሓደ ሰብ ተሌፎንኩም ይፍትሽ ኣሎ ኢልኩም ትሓስቡ ዲኹም? ካብ ካልእ ተሌፎን ወይ ኮምፒተር ጽሓፉ።
young-safe-link = ውሑሳት ንምዃን ተወሳኺ ምኽርታት
young-write-link = ጽሓፉልና
young-receipt-link = ኮድ ኣሎኒ

## Where to turn
where-to-turn-title = ናብ መን ክቐርብ እኽእል?
where-to-turn-lead = ኣብዚ እቶም ዝበዝሑ መንገድታት ደገፍ ኣለዉ። ካብ ዝደለኹምዎ ክትጅምሩ ትኽእሉ ኢኹም። ርግጸኛታት እንተ ዘይኮንኩም፣ ጽሓፉልና፣ ቅኑዕ ቦታ ክትረኽቡ ድማ ክንሕግዘኩም ኢና።
where-to-turn-us-heading = ማእከል ርክብ
where-to-turn-us-text = ኩሉ ግዜ ክትጽሕፉልና ትኽእሉ ኢኹም፣ ምሸት፣ ለይትን ቀዳመ-ሰንበትን'ውን። ስምኩም ከይገለጽኩም ክትጸንሑ ትኽእሉ ኢኹም።
where-to-turn-police-heading = ፖሊስ፦ 114 14
where-to-turn-police-text = ናብ 114 14 ደውሉ እሞ ምስ ኣወሃሃዲ ንዝወጹ ሰባት (avhopparsamordnare) ናይ ዞባኹም ክትዛረቡ ሕተቱ። እቶም ኣወሃሃድቲ ብመዓልቲ፣ ካብ ሰኑይ ክሳብ ዓርቢ፣ ይሰርሑ። ምፍርራሕ ምስ ዝህልወኩም ፖሊስ ብሓለዋ ክሕግዘኩም ይኽእል።
where-to-turn-police-call = ናብ ፖሊስ ኣብ 114 14 ደውሉ
where-to-turn-social-heading = Socialtjänsten (ማሕበራዊ ኣገልግሎት) ናይ ምምሕዳርኩም
where-to-turn-social-text = ዝኾነ ሰብ፣ ምፍርራሕ ዋላ እንተ ዘይብሉ፣ ካብ socialtjänsten ደገፍ ክረክብ ይኽእል። Socialtjänsten ንመብዛሕትኡ ደገፍ ሓላፍነት ኣለዎ፣ ከም መንበሪ ገዛ፣ ገንዘብን ሕክምናን። ገለ ምምሕዳራት ናይ ገዛእ ርእሶም ፕሮግራም ንዝወጹ ሰባት (avhopparverksamhet) ኣለዎም።
where-to-turn-social-how = ናብ ማእከላይ ተሌፎን (växel) ናይ ምምሕዳርኩም ደውሉ እሞ socialtjänsten ሕተቱ። መብዛሕትኡ ግዜ ኣብ መዓልታት ስራሕ ብመዓልቲ ክፉታት እዮም።
where-to-turn-socialjour-heading = ህጹጽ መስመር ማሕበራዊ ኣገልግሎት (socialjouren)፦ ምሸት፣ ለይትን ቀዳመ-ሰንበትን
where-to-turn-socialjour-text = Socialtjänsten ምስ ዝዕጾ፣ socialjouren ኣሎ። ብማእከላይ ተሌፎን ወይ ብመርበብ ሓበሬታ ናይ ምምሕዳርኩም ክትረኽብዎ ትኽእሉ ኢኹም። ህጹጽ እንተ ኾይኑ፣ ወይ ለይቲ ቁጽሪ እንተ ዘይረኺብኩም፣ ናብ 112 ደውሉ እሞ ምስ socialjouren ከራኽቡኹም ሕተቱ።
where-to-turn-other-heading = ድሮ ምስ ሓደ ኣካል ርክብ እንተ ኣለኩም
where-to-turn-other-prison = ፍርዲ እናተጸበኹም ኣብ ቀይዲ (häkte) ወይ ኣብ ቤት ማእሰርቲ ዲኹም፣ ወይ ኣብ ትሕቲ ቁጽጽር (frivård) ዲኹም ዘለኹም? ምስ ናይ ርክብ ሰብኩም ኣብ Kriminalvården (ኣገልግሎት ቤት ማእሰርትን ቁጽጽርን) ተዛረቡ።
where-to-turn-other-sis = ኣብ ገዛ SiS ትነብሩ ዲኹም? ምስ ሰራሕተኛታት ወይ ምስ ማሕበራዊ ሰራሕተኛኹም (socialsekreterare) ተዛረቡ።
where-to-turn-other-health = ኣእምሮኣዊ ጥዕናኹም ጽቡቕ ኣይኮነን ድዩ? ንምኽሪ ጥዕና ናብ 1177 ደውሉ፣ ለይትን መዓልትን።
where-to-turn-112-heading = ኣብ ህጹጽ ሓደጋ፦ 112
where-to-turn-112-text = ህይወት ወይ ጥዕና ሓደ ሰብ ሕጂ ኣብ ሓደጋ እንተ ሃልዩ፣ ናብ 112 ደውሉ። ለይትን መዓልትን።

## Kinds of support
support-title = እንታይ ዓይነት ደገፍ ክረክብ እኽእል?
support-lead = እዚ ሓደ ሰብ ክወጽእ ከሎ ክርከብ ዝኽእል ደገፍ እዩ። እንታይ ደገፍ ክትረኽቡ ከም እትኽእሉ ኣብ ኩነታትኩምን ኣብ ውሳነ እቲ ደገፍ ዝህብ ኣካልን ይምርኮስ። ቅኑዕ ቦታ ክትረኽቡ ንሕግዘኩም።
support-protection-heading = ሓለዋ
support-protection-text = ምፍርራሕ እንተ ኣሎኩም፣ ፖሊስ ነቲ ምፍርራሕ ክግምግሞን ብሓለዋ ክሕግዘኩምን ይኽእል። Socialtjänsten ዝተሓለወ መንበሪ ከዳልው ይኽእል።
support-housing-heading = መንበሪ ገዛ
support-housing-text = ብዙሓት ሰባት ንምርሓቕ ሓድሽ መንበሪ ገዛ የድልዮም። Socialtjänsten ብግዝያዊ ወይ ንነዊሕ ግዜ ዝጸንሕ መንበሪ ክሕግዝ ይኽእል።
support-economy-heading = ገንዘብ
support-economy-text = ዝወጽእ ሰብ መብዛሕትኡ ግዜ ብዘይ ኣታዊ ይተርፍ። Socialtjänsten ቁጠባዊ ሓገዝ ክህብን ብዛዕባ ዕዳን ባጀትን ክሕግዝን ይኽእል።
support-talk-heading = ዘዛርበኩም ሰብ
support-talk-text = ምውጻእ ከቢድ እዩ፣ ስምዒታዊ'ውን። ብዛዕባ ዘጋጠመን ብዛዕባ መጻኢን ምስ ሓደ ሰብ ክትዛረቡ ትኽእሉ ኢኹም፣ ንኣብነት ኣብ socialtjänsten ወይ ኣብ ዘይመንግስታዊ ውድብ።
support-treatment-heading = ሕክምና፣ ንሱሳት'ውን
support-treatment-text = ኣልኮል ወይ ኣደንዛዚ ዕጽ እንተ ትጥቀሙ፣ ሕክምና ክትረኽቡ ትኽእሉ ኢኹም። Socialtjänsten ከምኡ'ውን ዞባ (regionen) ሓላፍነት ኣለዎም።
support-psychiatry-heading = ክንክን ኣእምሮኣዊ ጥዕና
support-psychiatry-text = ብዙሓት ካብቶም ዝወጹ ኣእምሮኣዊ ጥዕናኦም ጽቡቕ ኣይኮነን ወይ ዝተረጋገጸ ሕማም (diagnos) ኣለዎም። ክንክን ኣእምሮኣዊ ጥዕና ኣብ ዞባኹም ክንክን ክህብ ይኽእል። ርክብ ክትገብሩ ክንሕግዘኩም ንኽእል።
support-relocation-heading = ናብ ካልእ ምምሕዳር ምግዓዝ
support-relocation-text = ብዙሓት ካብቶም ዝወጹ ናብ ካልእ ከተማ ይግዕዙ፣ ካብ ዓሰርተ ሸውዓተ ዝኣክሉ። ምምሕዳራት ኣብዚ ይተሓባበሩ፣ ቆልዑን ቤተሰብን'ውን ምሳኹም ክግዕዙ ይኽእሉ።
support-protected-heading = ዝተሓለወ ውልቃዊ ሓበሬታ
support-protected-text = Skatteverket (ቤት ጽሕፈት ግብሪ) ኣድራሻኹም ምእንቲ ከይወሃብ ምልክት ምስጢራዊነት (sekretessmarkering) ወይ ዝተሓለወ ምዝገባ (skyddad folkbokföring) ክውስን ይኽእል። ኣብ ቤትና፣ ከምዚ ዝበለ ሓበሬታ ዝርእይዎ እቶም ጉዳይኩም ዝሰርሑ ሰራሕተኛታት ጥራይ እዮም፣ ኣብ ዝርዝራት ወይ ኣብ ስታቲስቲክስ ድማ ፈጺሙ ኣይወሃብን።
support-relatives-heading = ደገፍ ንቤተሰብ
support-relatives-text = ወለዲ፣ መጻምድቲ፣ ኣሕዋትን ኣሓትን'ውን ደገፍ ክረኽቡ ይኽእሉ፣ ነቲ ዝወጽእ ሰብ ንምሕጋዝን ንገዛእ ርእሶምን።
support-work-heading = ስራሕን ትምህርትን
support-work-text = ሓድሽ መዓልታዊ ህይወት ስራሕ ወይ ትምህርቲ የድልዮ። ምምሕዳርን Arbetsförmedlingen (ቤት ጽሕፈት ስራሕ) ክሕግዙ ይኽእሉ።
support-return-heading = ብፍቓድ ምምላስ
support-return-text = ዜጋ ሽወደን እንተ ዘይኮንኩምን ባዕልኹም ናብ ካልእ ሃገር ክትግዕዙ እንተ ደሊኹምን፣ Migrationsverket (ትካል ኢሚግሬሽን ሽወደን) ብዛዕባ ደገፍ ምምላስ ክነግረኩም ይኽእል። ኩሉ ግዜ ናይ ገዛእ ርእስኹም ምርጫ እዩ። ባዕልኹም እንተ ዘይሓቲትኩምና፣ ብዛዕባኹም ምስ Migrationsverket ፈጺምና ኣይንራኸብን።

## About the service
about-title = ብዛዕባ ማእከል ርክብ
about-lead = ማእከል ርክብ ንኹሎም ካብ ገበን፣ ዓመጽ ዝድግፍ ጽንፈኝነት ወይ ብስም ክብሪ ዝግበር ጭቆና ክወጹ ዝደልዩ፣ ንቤተሰቦምን ምስኣቶም ንዝሰርሑን ሓደ መእተዊ እዩ።
about-who-heading = ንማእከል ርክብ መን የካይዶ
about-who-mission = መንግስቲ ሽወደን ንPolismyndigheten (ስልጣን ፖሊስ)፣ Kriminalvården (ኣገልግሎት ቤት ማእሰርትን ቁጽጽርን)፣ Statens institutionsstyrelse (SiS) ከምኡ'ውን Socialstyrelsen (ሃገራዊ ቦርድ ጥዕናን ማሕበራዊ ደሓንን) ነቶም ክወጹ ዝደልዩ ዝወሃብ ደገፍ ኣብ መላእ ሃገር፣ ንቘልዑ'ውን፣ ከደልድሉ ሓላፍነት ሂብዎም።
about-what-heading = እንታይ ንገብር
about-what-text = ሓበሬታን ምኽርን ንህብ፣ ከም ኩነታትኩም ድማ ናብቲ ቅኑዕ ኣካል ንመርሓኩም። ናይ ህጹጽ ረድኤት ኣገልግሎት ኣይኮንናን፣ ገበናት'ውን ኣይነጻርን።
about-police-heading = እንታይ ናብ ፖሊስ ይበጽሕ፣ መዓስ
about-police-intro-police = ማእከል ርክብ ክፋል ፖሊስ እዩ። ዝጸሓፍኩምዎ ብሰራሕተኛታት ማእከል ርክብ ይንበብ። ብዘይ ፍቓድኩም ናብ መርመርቲ ፖሊስ ወይ ካልእ ክፍልታት ፖሊስ ኣይሰጋገርን፣ ብዘይካ ኣብ ክልተ ኩነታት፦
about-police-crime-police = ብዛዕባ ክፍጸም ዝቀረበ ወይ ዝተፈጸመ ከቢድ ገበን እንተ ነጊርኩምና። ሽዑ ሰራሕተኛታት ፖሊስ፣ ኣብ ማእከል ርክብ ዘለና'ውን፣ ስጉምቲ ክወስዱ ኣለዎም። ስለዚ ብዛዕባ ባዕልኹም ዝፈጸምኩምዎ ገበን ኣይትጽሓፉ።
about-police-anonymous = ብዘይ ስም ምሳና ምርኻብኩም ባዕሉ ናይ ፖሊስ ጉዳይ ኣይኸፍትን።
about-police-intro = ዝጸሓፍኩምዎ ብሰራሕተኛታት ጉዳያት ናይ ማእከል ርክብ ይንበብ። ፖሊስ ዝፈልጦ ፍቓድ ምስ እትህቡ ጥራይ እዩ፣ ንኣብነት ምስ ኣወሃሃዲ ፖሊስ ንዝወጹ ሰባት ክትራኸቡን ሓለዋ ክትረኽቡን፣ ወይ ኣብዚ ዝስዕብ ኩነታት፦
about-police-acute = ህይወት ወይ ጥዕና ሓደ ሰብ ኣብ ህጹጽ ሓደጋ እንተ ሃልዩ። ሽዑ ብዘይ ፍቓድ'ውን ብቕጽበት ናብ 112 ንድውል።
about-police-crime-coming = ብዛዕባ ክፍጸም ዝቀረበ ከቢድ ገበን እንተ ነጊርኩምና። ሽዑ ዝፈልጦ ኩሉ ሰብ ክሕብር ኣለዎ።
about-police-crime-done = ብዛዕባ ዝተፈጸመ ከቢድ ገበን እንተ ነጊርኩምና። ሽዑ ፖሊስ ምእንቲ ክፈልጥ ሕጊ ምስጢራውነት ከልዕል ይኽእል።
about-police-children = ብዛዕባ ቆልዓ ዘሎና ስክፍታ ናብ socialtjänsten (ማሕበራዊ ኣገልግሎት) ኢና እንሕብር፣ ናብ ፖሊስ ኣይኮነን።
about-police-first = ስለዚ ፖሊስ ከይተሳተፈ ቀዳማይ ዝርርብ ምሳና ክትገብሩ ትኽእሉ ኢኹም።
about-crimes = ብዛዕባ ዝፈጸምኩምዎ ገበናት ኣይትጽሓፉ። ክንሕግዘኩም ንምኽኣል ክንፈልጦ ኣየድልየናን። እዚ ንዓኹም ይሕልወኩም።
about-followup-heading = ክትትልን ምርምርን
about-followup-text = እቲ ስራሕ ክከታተል እዩ፣ ሃገራዊ ቤት ምኽሪ ምክልኻል ገበን (Brå) እቲ ደገፍ ይሕግዝ እንተኾይኑ ክግምግም ምእንቲ። ሎሚ ካብቶም ጉዳያት ዝኾነ ስታቲስቲክስ ኣይሳናዳእን። ምስ ዝሳናዳእ፣ እቲ ስታቲስቲክስ እንታይ ከም ዝሓዘ ኣብዚ ገጽ ክንጽሕፍ ኢና።

## Secrecy and anonymity
privacy-title = ምስጢራዊነትን ስም ዘይምግላጽን
privacy-lead = ዝጽሕፉልና ተንከፍቲ ሓበሬታ እዩ። ብኸመይ ከም እንሕልዎ እዚ እዩ።
privacy-anonymous-heading = ስምኩም ዘይምግላጽ መሰልኩም እዩ
privacy-anonymous-text = ክትጽሕፉልናን መልሲ ክትረኽቡን ስምኩም፣ ቁጽሪ መንነት (personnummer)፣ ኣድራሻ ወይ ቁጽሪ ተሌፎን ክትህቡ ኣየድልየኩምን።
privacy-store-heading = ዘይንዕቅቦ
privacy-store-ip = ኣድራሻ IP ናትኩም ኣይንዕቅቦን።
privacy-store-trackers = ዝኾነ መከታተሊ (tracker) ወይ ካብ ካልኦት ትካላት ዝመጽእ ስታቲስቲክስ በጻሕቲ ኣይንጥቀምን።
privacy-store-third = እዞም ገጻት ካብ ካልኦት መርበባት ሓበሬታ ዋላ ሓንቲ ኣየምጽኡን፣ ንኣብነት ፊደላት (fonts) ወይ ስክሪፕት።
privacy-store-cookie = ፎርም ክትመልኡ ከለኹም፣ ነቲ ፎርም ካብ ምምሳል ዝሕሉ ኣድላዪ ኩኪ (cookie) ንጥቀም። ብዛዕባኹም ዋላ ሓንቲ ኣይሓዝን።
privacy-encrypted-heading = ዝጸሓፍኩምዎ ብምስጢራዊ ኮድ ዝተሓለወ (encrypted) እዩ
privacy-encrypted-text = መልእኽትኹምን ሓበሬታ ርክብኩምን ብምስጢራዊ ኮድ ተሓሊዉ ይዕቀብ። ዘንብብዎ እቶም ጉዳይኩም ዝሰርሑ ሰራሕተኛታት ጥራይ እዮም፣ ሓደ ሰብ ኣብ ዘንበበሉ ግዜ ኩሉ ድማ ይምዝገብ።
privacy-code-heading = እቲ ኮድ እቲ በይኑ መፍትሕ እዩ
privacy-code-text = እቲ እትረኽብዎ ኮድ ናብ ጉዳይኩም ንምእታው እቲ በይኑ መንገዲ እዩ። ንሕና ዝተቐየረ ቅርጺ ናይቲ ኮድ ጥራይ ኢና እንዕቅብ። ስለዚ እንተ ኣጥፊእኩምዎ ነቲ ኮድ ደጊምና ክንነግረኩም ኣይንኽእልን። ጽሓፍዎ እሞ ኣብ ውሑስ ቦታ ዓቕብዎ።
privacy-code-lost = ኮድኩም ጠፊኡኩም ድዩ? እንደገና ጽሓፉልና። ሽዑ ሓድሽ ኮድ ትረኽቡ።
privacy-law-heading = ምስጢራዊነትን ሓለዋ ሓበሬታን
privacy-law-secrecy = { $kind ->
    [other] ማእከል ርክብ መንግስታዊ ትካል ኣይኮነን፣ ስለዚ ሕጊ ህዝባዊ ተበጻሕነትን ምስጢራውነትን (offentlighets- och sekretesslagen) ኣይምልከተናን። ይኹን እምበር፣ ብዘይካ ኣብ ላዕሊ ዘሎ ኩነታት፣ ዝጸሓፍኩምዎ ብዘይ ፍቓድኩም ንካልእ ኣይንህብን ኢና።
   *[authority] ዝጸሓፍኩምዎ ብመሰረት ሕጊ ህዝባዊ ተበጻሕነትን ምስጢራውነትን (offentlighets- och sekretesslagen) ብምስጢር ይሕሎ። ሕጊ ካልእ እንተ ዘይበለ፣ ብዘይ ፍቓድኩም ንካልኦት ክንህቦ ኣይፍቀደልናን።
}
privacy-law-gdpr = ውልቃዊ ሓበሬታ ብመሰረት ሓፈሻዊ ሕጊ ሓለዋ ሓበሬታ (GDPR) ኢና እንሰርሓሉ። ብዛዕባ ጥዕናን ገበናትን ዝምልከት ሓበሬታ ብፍሉይ ይሕሎ።
privacy-law-rights = ብዛዕባኹም እንታይ ሓበሬታ ከም ዘሎና ክትፈልጡን ጌጋታት ከም ዝእረሙ ክትገብሩን መሰል ኣለኩም። ሕቶታት እንተ ኣለኩም፣ ምስ ሓላፊ ሓለዋ ሓበሬታ ናይቲ ትካል ክትራኸቡ ትኽእሉ ኢኹም። Integritetsskyddsmyndigheten (IMY፣ ትካል ሓለዋ ውልቃዊ ሓበሬታ) እቲ ተቖጻጻሪ ትካል እዩ።
privacy-share-heading = ሓበሬታ መዓስ ነሕልፍ
privacy-share-consent = ንኻልእ ሰብ ሓበሬታ እነሕልፍ ብፍቓድኩም ጥራይ እዩ። ንነፍሲ ወከፍ ተቐባሊ በበይኑ ፍቓድ ትህቡ፦ እንታይ ሓበሬታ፣ ንመንን መዓስን።
privacy-share-withdraw = ኣብ ዝኾነ ግዜ ፍቓድኩም ክትስሕቡ ትኽእሉ ኢኹም። ድሮ ዝተሓለፈ ክንመልሶ ኣይንኽእልን፣ ግን ካብኡ ንደሓር ዋላ ሓንቲ ኣይሓልፍን።
privacy-share-exceptions = { $kind ->
    [police] ብዘይ ፍቓድ ሓበሬታ እነሕልፍ፣ ህይወት ወይ ጥዕና ሓደ ሰብ ኣብ ህጹጽ ሓደጋ ምስ ዝህሉ፣ ብዛዕባ ክፍጸም ዝቀረበ ወይ ዝተፈጸመ ከቢድ ገበን ምስ እትነግሩና (ሽዑ ሰራሕተኛታት ፖሊስ ስጉምቲ ክወስዱ ኣለዎም)፣ ወይ ሓደ ቆልዓ ይጉዳእ ኣሎ ኢልና ምስ እንሻቐል (ሽዑ ናብ socialtjänsten) ጥራይ እዩ።
    [authority] ብዘይ ፍቓድ ሓበሬታ እነሕልፍ፣ ህይወት ወይ ጥዕና ሓደ ሰብ ኣብ ህጹጽ ሓደጋ ምስ ዝህሉ፣ ብዛዕባ ክፍጸም ዝቀረበ (ሽዑ ኩሉ ሰብ ክሕብር ኣለዎ) ወይ ዝተፈጸመ (ሽዑ ሕጊ ምስጢራውነት ከልዕል ይኽእል) ከቢድ ገበን ምስ እትነግሩና፣ ወይ ሓደ ቆልዓ ይጉዳእ ኣሎ ኢልና ምስ እንሻቐል (ሽዑ ናብ socialtjänsten) ጥራይ እዩ።
   *[other] ብዘይ ፍቓድ ሓበሬታ እነሕልፍ፣ ህይወት ወይ ጥዕና ሓደ ሰብ ኣብ ህጹጽ ሓደጋ ምስ ዝህሉ፣ ወይ ብዛዕባ ክፍጸም ዝቀረበ ከቢድ ገበን ምስ እትነግሩና ጥራይ እዩ።
}
privacy-share-civil = ዘይመንግስታዊ ውድባት ካባና ብዛዕባ ገበናት ዝኾነ ሓበሬታ ፈጺሞም ኣይረኽቡን።
privacy-retention-heading = ሓበሬታ ክንደይ ግዜ ንዕቅብ
privacy-retention-text = ሓበሬታ ኣብ ጉዳይካ ንሕዞ። ቅድሚ ምድምሳሱ ክንደይ ግዜ ከም ዝሕዝ ገና ኣይተወሰነን፣ ሎሚ ድማ ዝኾነ ነገር ብኣውቶማቲክ ኣይድምሰስን። ምስ ተወሰነ ኣብዚ ገጽ ክንጽሕፎ ኢና።

## When the contact point is closed
when-closed-title = ዕጹዋት ክንከውን ከለና
when-closed-lead = ኩሉ ግዜ ክትጽሕፉልና ትኽእሉ ኢኹም። ግን ሓድሓደ ግዜ ብቕጽበት ምስ ሓደ ሰብ ምዝራብ የድሊ። ክትድውሉሎም እትኽእሉ ቁጽርታት ኣብዚ ኣለዉ።
when-closed-write-heading = ጽሓፉልና – ኩሉ ግዜ ይከኣል
when-closed-112-heading = 112 – ህጹጽ ሓደጋ
when-closed-112-text = ህይወት ወይ ጥዕና ሓደ ሰብ ኣብ ሓደጋ እንተ ሃልዩ። ለይትን መዓልትን ክፉት እዩ።
when-closed-police-heading = ፖሊስ 114 14
when-closed-police-text = ህጹጽ ምስ ዘይኮነ። ምስ ኣወሃሃዲ ንዝወጹ ሰባት (avhopparsamordnare) ናይ ዞባኹም ክትዛረቡ ሕተቱ። እቶም ኣወሃሃድቲ ብመዓልቲ፣ ካብ ሰኑይ ክሳብ ዓርቢ፣ ይሰርሑ።
when-closed-police-call = ናብ 114 14 ደውሉ
when-closed-socialjour-heading = ህጹጽ መስመር ማሕበራዊ ኣገልግሎት (socialjouren)
when-closed-socialjour-text = ናይ socialtjänsten ተረኛ ኣገልግሎት ኣብ ምሸት፣ ለይትን ቀዳመ-ሰንበትን። ነቲ ቁጽሪ ብማእከላይ ተሌፎን ወይ ብመርበብ ሓበሬታ ናይ ምምሕዳርኩም ክትረኽብዎ ትኽእሉ ኢኹም። ለይቲ ናብ 112 ደዊልኩም ከራኽቡኹም ክትሓቱ'ውን ትኽእሉ ኢኹም።
when-closed-bris-heading = Bris 116 111
when-closed-bris-text = ንትሕቲ 18 ዓመት ዝኾኑ ቆልዑን መንእሰያትን። ምድዋል ክፍሊት የብሉን።
when-closed-bris-call = ናብ Bris ኣብ 116 111 ደውሉ
when-closed-kvinnofrid-heading = Kvinnofridslinjen 020-50 50 50
when-closed-kvinnofrid-text = ምፍርራሕ ወይ ዓመጽ ንዘጋጠመኩም ሃገራዊ ናይ ሓገዝ መስመር ተሌፎን፣ ንኣብነት ኣብ ቀረባ ርክብ ወይ ብስም ክብሪ። ቤተሰብ'ውን ክድውሉ ይኽእሉ። ለይትን መዓልትን ክፉትን ብነጻን እዩ።
when-closed-kvinnofrid-call = ናብ Kvinnofridslinjen ኣብ 020-50 50 50 ደውሉ
when-closed-1177-heading = 1177 – ምኽሪ ጥዕና
when-closed-1177-text = ኣእምሮኣዊ ጥዕናኹም ጽቡቕ እንተ ዘይኮይኑን ብዛዕባ ክንክን ምኽሪ እንተ ኣድልዩኩምን። ለይትን መዓልትን ክፉት እዩ።
when-closed-1177-call = ናብ 1177 ደውሉ

## Safety: quick exit and hiding a visit
safety-title = ድሕንነት፦ ምብጻሕኩም ሕብኡ
safety-lead = ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም እትገብርዎ ሓደ ሰብ ከይርኢ እንተ ፈሪሕኩም፣ እዞም ምኽርታት ክሕግዙኹም ይኽእሉ።
safety-button-heading = እቲ "ካብዚ ገጽ ቀልጢፍኩም ውጹ" ዝብል መልጎም
safety-button-text = ኣብ ላዕሊ ናይ ነፍሲ ወከፍ ገጽ "ካብዚ ገጽ ቀልጢፍኩም ውጹ" ዝብል መልጎም ኣሎ። ብቐጥታ ናብ ካልእ ንቡር መርበብ ሓበሬታ ይወስደኩም።
safety-button-keyboard = ብመጽሓፊ (keyboard)፦ ነቲ Shift ዝብል መጠወቒ ሰለስተ ግዜ ተኸታቲልኩም ቀልጢፍኩም ጠውቕዎ።
safety-button-history = እቲ መልጎም ንገጻትና ካብ ታሪኽ (history) ናይ ብራውዘር ኣየልግሶምን። ብኸመይ ከም እትገብርዎ ኣብ ታሕቲ ኣንብቡ።
safety-history-heading = ነቲ ታሪኽ ሰርዝዎ
safety-history-text = ሜኑ ናይ ብራውዘር ክፈቱ እሞ History (ታሪኽ) ምረጹ። ካብዚ መርበብ ሓበሬታ ዝመጹ ገጻት ሰርዙ።
safety-history-tip = ገጻትና ጥራይ ሰርዙ። ምሉእ ብምሉእ ባዶ ዝኾነ ታሪኽ ሕቶታት ከልዕል ይኽእል።
safety-private-heading = ብብሕታዊ ኣገባብ ተጠቐሙ
safety-private-text = ብሕታዊ መስኮት (private window) ወይ incognito ተጠቐሙ። ሽዑ ነቲ መስኮት ምስ ዓጸኹምዎ ታሪኽ ኣይዕቀብን። እዚ ግን ምብጻሕኩም ካብቲ ነቲ መርበብ (network) ዝቆጻጸር ኣካል ኣይሓብኦን፣ ንኣብነት ኣብ ቤት ትምህርቲ ወይ ኣብ ቦታ ስራሕ።
safety-traces-heading = ኣብ ብራውዘር ዝተርፍ
safety-traces-history = ታሪኽ ብራውዘር ኣድራሻታት ናይቶም ኣብዚ ዝረኣኽምዎም ገጻት ይዕቅብ፡ ብሕታዊ መስኮት እንተ ዘይተጠቐምኩም። እቲ "ካብዚ ገጽ ቀልጢፍኩም ውጹ" ዝብል መልጎም ነቲ ዘለኹምዎ ገጽ ጥራይ ይቕይሮ።
safety-traces-not-kept = ብራውዘር ቅዳሕ ገጻትና ኣይዕቅብን፡ ዝጸሓፍኩምዎ ድማ ንድሕሪት ምስ ጠወቕኩም ኣይምለስን።
safety-traces-cookie = ንቕጥዕታት ዝሕሉ ኩኪ ክሳብ ብራውዘር ትዓጽውዎ ይተርፍ። ብዛዕባኹም ዋላ ሓንቲ ኣይብልን።
safety-traces-chat = ዝርርብ ምስ ተወድአ፡ ኣድራሻኡ ዋላ ሓንቲ ካብኡ ኣየርእን። ብኮድኩም ኢኹም እተንብብዎ።
safety-traces-chat-browser = ኣድራሻ ዝርርብ ኣብቲ ነቲ ዝርርብ ዝጀመረ ብራውዘር ጥራይ እዩ ዝሰርሕ።
safety-traces-code = እቲ ኮድኩም ዘለዎ ገጽ ኣብቲ ዝለኣኸ ብራውዘር ጥራይ ይኽፈት፡ ንዓሰርተ ደቒቕ ጥራይ።
safety-device-heading = ውሑስ ተሌፎን ወይ ኮምፒተር ተጠቐሙ
safety-device-text = እንተ ተኻኢሉ፣ ካልእ ሰብ ክኣትዎ ካብ ዘይክእል ተሌፎን ወይ ኮምፒተር ጽሓፉ፣ ንኣብነት ኣብ ቤት ንባብ ዘሎ ኮምፒተር ወይ ተሌፎን ናይ እትኣምንዎ ዓርኪ።
safety-watch-heading = ሓደ ሰብ ተሌፎንኩም ይከታተል ክኸውን ይኽእል
safety-watch-text = እቲ ጉጅለ ወይ ካልኦት ኣብ ከባቢኹም ዘለዉ ሰባት ናብ ተሌፎንኩም ክኣትዉ ይኽእሉ ይኾኑ፦ ክልቅሑዎ፣ ኮድኩም ክፈልጡ፣ ወይ ኣበይ ከም ዘለኹም ዘርእዩ ወይ መልእኽትታትኩም ዘንብቡ ኣፕታት (apps) ኣእትዮም ክኾኑ ይኽእሉ።
safety-watch-location = ኣብ ቅጥዕታት (settings) ከምኡ'ውን ካርታ ዘለዎም ኣፕታት፣ ቦታኹም (location) ምስ ካልኦት ይካፈል እንተ ኾይኑ ኣረጋግጹ።
safety-watch-other = ተሌፎንኩም ይከታተል ኣሎ ኢልኩም ትሓስቡ ዲኹም? ምሳና ንምርኻብ ካልእ ተሌፎን ወይ ኮምፒተር ተጠቐሙ።
safety-code-heading = ኮድኩም ሓልዉ
safety-code-text = ነቲ ኮድ ካልኦት ክርእይዎ ኣብ ዝኽእሉ ቦታ ኣይትዕቀብዎ። ኣብ እትሓብእዎ ወረቐት ጽሓፍዎ፣ ወይ ብልብኹም ሓዝዎ።
safety-contact-heading = ብኸመይ ንራኸበኩም
safety-contact-text = ንድውል ውሑስ እዩ ኢልኩም ኣብ ዝነገርኩምና ሰዓታት ጥራይ እዩ። መን ምዃንና እንነግር ጽቡቕ እዩ ኢልኩም እንተ ነጊርኩምና ጥራይ እዩ። ዝጸሓፍኩምዎ ወይ ኮድኩም ብኢመይል ወይ ብኤስ-ኤም-ኤስ (SMS) ፈጺምና ኣይንሰድድን ኢና።

## Accessibility statement and report form
accessibility-title = ተበጻሕነት
accessibility-lead = ክሳብ ዝከኣል ብዙሓት ሰባት ነዚ መርበብ ሓበሬታ ክጥቀሙሉ ክኽእሉ ንደሊ። ኣብዚ ነቲ ሕጊ ሽወደን ብዛዕባ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት ብኸመይ ከም ዘማልእ፣ እንፈልጦም ጉድለታትን ጸገም ብኸመይ ከም እትሕብሩን ንገልጽ።
accessibility-status-heading = እዚ መርበብ ሓበሬታ ክሳብ ክንደይ ተበጻሒ እዩ?
accessibility-status-text = እዚ መርበብ ሓበሬታ WCAG 2.1 ኣብ ደረጃ AA ንምምላእ እዩ ተሰሪሑ። ብዘይ JavaScript፣ ብመጽሓፊ (keyboard) ጥራይ፣ ብኣንባቢ ስክሪን (screen reader) ከምኡ'ውን ኣብ 320 ፒክሰል ስፍሓት ዘለዎ ስክሪን ክሰርሕ ተሓሲቡ እዩ።
accessibility-status-testing = እዞም ገጻት ብመሳርሒ axe ኣብ ኩሉ ቋንቋታት ብኣውቶማቲክ ይፍተኑ። እዚ መርበብ ሓበሬታ ገና ብናጻ ኣካል ኣይተመርመረን።
accessibility-known-heading = ዝፍለጡ ጉድለታት
accessibility-known-drafts = ከም ረቂቕ ዝተመልከቱ ትርጉማት ገና ብብቑዕ ተርጓሚ ኣይተመርመሩን፣ ጌጋታት ክህልዎም ይኽእል።
accessibility-known-easy = ብቐሊል ቋንቋ ዝተጻሕፈ እቲ ንትሕቲ 18 ዓመት ዝኾንኩም ገጽ ጥራይ እዩ።
accessibility-report-heading = ጸገም ሕብሩ
accessibility-report-text = ኣብዚ መርበብ ሓበሬታ ዝኾነ ነገር እንተ ዘይሰርሓልኩም፣ ንገሩና። መን ምዃንኩም ክትነግሩ ኣየድልየኩምን።
accessibility-report-reply = ሓበሬታ ርክብ እንተ ሂብኩም ጥራይ ኢና እንምልስ።
accessibility-form-problem = እንታይ እዩ ዘይሰርሕ ዘሎ?
accessibility-form-problem-hint = ነቲ ጸገም ብናይ ገዛእ ርእስኹም ቃላት ግለጽዎ። ብዛዕባ ጉዳይኩም ኣብዚ ኣይትጽሓፉ።
accessibility-form-page = ብዛዕባ ኣየናይ ገጽ እዩ? (ብድሌት)
accessibility-form-page-hint = ንኣብነት ኣድራሻ ወይ ኣርእስቲ ናይቲ ገጽ።
accessibility-form-contact = ብኸመይ ክንረኽበኩም ንኽእል? (ብድሌት)
accessibility-form-contact-hint = ንኣብነት ኣድራሻ ኢመይል። መልሲ እንተ ዘይደሊኹም ባዶ ግደፍዎ።
accessibility-form-send = ነቲ ጸብጻብ ስደዱ
accessibility-form-errors = ክእረም ዘለዎ ነገር ኣሎ
accessibility-sent-heading = ስለ ጸብጻብኩም የቐንየልና
accessibility-sent-text = ተቐቢልናዮ ኣለና፣ ነቲ ጸገም ክንርእዮ ኢና።
accessibility-digg-heading = ቁጽጽር
accessibility-digg-text = Myndigheten för digital förvaltning (Digg፣ ትካል ዲጂታላዊ ምምሕዳር) ነቲ ሕጊ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት ይቆጻጸር። ርእይቶኹም ብኸመይ ከም እንሕዞ ዕጉባት እንተ ዘይኮንኩም፣ ምስ Digg ተራኺብኩም ክትሕብርዎም ትኽእሉ ኢኹም።
accessibility-digg-link = መርበብ ሓበሬታ Digg፣ digg.se
accessibility-updated = እዚ መግለጺ ኣብ ሕዳር 2026 ተጻሒፉ።
