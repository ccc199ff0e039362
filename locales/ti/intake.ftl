## The written enquiry, the receipt code and the status page.
## Tigrinya draft (Eritrean usage). The reader is addressed with the 2nd person plural
## (ንስኹም), the usual respectful, gender-neutral form in public information.

enquiry-title = ጽሓፉልና
enquiry-intro = ኣብ ዝኾነ ግዜ፣ ለይትን መዓልትን፣ ክትጽሕፉልና ትኽእሉ ኢኹም። ኣብ ውሽጢ { $days } መዓልታት ስራሕ መልሲ ንህበኩም፣ መብዛሕትኡ ግዜ ቀልጢፍና። ነቲ መልሲ ኣብዚ መርበብ ሓበሬታ ብኮድኩም ተንብብዎ።
enquiry-anonymous = ስምኩም ክትጽሕፉ ኣየድልየኩምን እዩ። ንዝኾነ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
enquiry-danger = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ።
enquiry-all-optional = ነቲ ዝደለኹምዎ ጥራይ መልሱ። ዘድልየና መልእኽቲ ጥራይ እዩ፣ ወይ ምሳኹም ክንራኸብ ከም እትደልዩ ምልክት ምግባር።
enquiry-no-crimes = ብዛዕባ ዝፈጸምኩምዎ ገበናት ኣይትጽሓፉ። ክንሕግዘኩም ንምኽኣል ኣየድልየናን እዩ።
enquiry-send = ስደዱ
form-error-summary = ክእረም ዘለዎ ነገር ኣሎ
form-not-saved-title = መልእኽትኹም ገና ኣይተላእከን
form-not-saved = ሕጂ መልእኽትኹም ክንዕቅቦ ኣይከኣልናን። ጽሑፍኩም ኣብ ታሕቲ ገና ኣሎ። በጃኹም ድሕሪ ቁሩብ ግዜ እንደገና ፈትኑ። ሕጂ ሓገዝ የድልየኩም ድዩ? ናብ ፖሊስ ኣብ 114 14 ደውሉ፣ ህጹጽ እንተኾይኑ ድማ ናብ 112።
form-unconfirmed-title = መልእኽትኹም በጺሑ እንተኾይኑ ገና ኣይንፈልጥን
form-unconfirmed = ምዕቃብ ብዙሕ ግዜ ወሲዱ፣ ስለዚ መልእኽትኹም ከም ዝበጽሐ ብርግጽ ክንዛረብ ኣይንኽእልን። ደሓር እውን ክበጽሕ ይኽእል እዩ። ኣብ ታሕቲ ዘሎ ኮድ ጽሓፉዎ። ድሕሪ ቁሩብ ደቓይቕ ኣብ «ኮድ ኣሎኒ» ድለዩዎ፦ መልእኽትኹም እንተተረኺቡ በጺሑ እዩ፣ ደጊምኩም ኣይትስደዱዎ። እንተዘይተረኺቡ ደጊምኩም ስደዱዎ – ጽሑፍኩም ኣብ ታሕቲ ገና ኣሎ። ሕጂ ሓገዝ የድልየኩም ድዩ? ናብ ፖሊስ ኣብ 114 14 ደውሉ፣ ህጹጽ እንተኾይኑ ድማ ናብ 112።
form-unconfirmed-code = ኮድኩም፦
form-unconfirmed-nocode = ምዕቃብ ብዙሕ ግዜ ወሲዱ፣ ስለዚ ዝሰደድኩሞ ከም ዝበጽሐ ብርግጽ ክንዛረብ ኣይንኽእልን። ደሓር እውን ክበጽሕ ይኽእል እዩ። ጽሑፍኩም ኣብ ታሕቲ ገና ኣሎ። ደጊምኩም እንተሰዲድኩሞ ክልተ ግዜ ክበጽሓና ይኽእል እዩ፣ እዚ ድማ ጸገም የብሉን። ሕጂ ሓገዝ የድልየኩም ድዩ? ናብ ፖሊስ ኣብ 114 14 ደውሉ፣ ህጹጽ እንተኾይኑ ድማ ናብ 112።

field-enquirer = መን እዩ ዝጽሕፍ ዘሎ?
field-professional_org = ኣበይ ኢኹም እትሰርሑ?
field-age_band = እቲ ክወጽእ ዝደሊ ሰብ ዕድሚኡ ክንደይ እዩ?
field-gender = ጾታ እቲ ሰብ
field-environment = እንታይ ዓይነት ሃዋህው እዩ?
field-situation = ካብዚ ሓደ ነቲ ሰብ ይምልከቶ ድዩ?
field-needs = እንታይ የድሊ?
field-municipality = እቲ ሰብ ኣብ ኣየናይ ምምሕዳር (kommun) እዩ ዝነብር?
field-threat = ምፍርራሕ ኣሎ ድዩ?
field-citizenship = እቲ ሰብ ዜጋ ሽወደን ድዩ?
field-language = ብኣየናይ ቋንቋ መልሲ ክትረኽቡ ትደልዩ?
field-consent_to_share = ዝጽሕፎ ምስቲ ክሕግዘኒ ዝኽእል ኣካል (ንኣብነት socialtjänsten – ማሕበራዊ ኣገልግሎት) ክትካፈልዎ ትኽእሉ ኢኹም።
field-message = መልእኽትኹም
field-wants_contact = ምሳይ ክትራኸቡ እደሊ። (ብኸመይ ከም እንራኸበኩም ኣብቲ ዝቕጽል ስጉምቲ ክትመርጹ ኢኹም፣ ወይ ድማ ኣብ መልእኽትኹም ጽሓፍዎ።)

hint-professional_org = ከም ክፋል ስራሕኩም እንተ ጸሓፍኩም ጥራይ።
hint-choose-any = ዝደለኹምዎ ኣማራጺታት ምረጹ፣ ወይ ዋላ ሓደ ኣይትምረጹ።
hint-municipality = ኣብ ጥቓ እቲ ሰብ ዘሎ ቅኑዕ ሓገዝ ንምርካብ ይሕግዘና።
hint-municipality-write = ስም እቲ ምምሕዳር (kommun) ጽሓፉ፣ ንኣብነት Malmö ወይ Kiruna። ባዶ ክትገድፉዎ'ውን ትኽእሉ።
hint-consent_to_share = ዳሕራይ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም። ብዘይ ፍቓድኩም ዋላ ሓንቲ ኣይነካፍልን፣ ብዘይካ ሕጊ ክግድደና ከሎ፣ ንኣብነት ሓደ ቆልዓ ሓለዋ ከድልዮ ምስ ዝኽእል።
field-consent_for = ሓበሬታኹም ንመን ክንህብ ንኽእል?
hint-consent_for = ፍቓድኩም ነቶም ምልክት እትገብሩሎም ጥራይ እዩ ዝምልከት።
opt-consent_for-social_services = ማሕበራዊ ኣገልግሎት ናይ ምምሕዳር (socialtjänsten) – ደገፍ፡ መንበሪ ገዛን ሓለዋን ክህብ ይኽእል
opt-consent_for-programme = መደብ ምውጻእ – ንምውጻእ ደገፍ ናይ ምምሕዳር ወይ ዞባ
opt-consent_for-police = ፖሊስ – ኣወሃሃዲ ምውጻእ፡ ምስ እትፈራረሁ ሓለዋ ክህብ ዝኽእል
opt-consent_for-words = ዝጸሓፍክዎ፡ ቃል ብቓሉ – እንተዘይኮይኑ መልስታትኩም ንሕቶታት ጥራይ ኢና እነሕልፍ፡ ጽሑፍኩም ኣይኮነን
hint-consent_for-others = ብዛዕባ ካልእ ሰብ ዲኹም ትጽሕፉ? እቲ ሰብ ዝተሰማምዓሉ ጥራይ ምልክት ግበሩ። ምልክት ኣዝማድ ንፍቓድ ዓቢ ሰብ ፈጺሙ ኣይትክኦን።

opt-no-answer = ክምልስ ኣይደልን
opt-municipality-none = ክገልጽ ኣይደልን
opt-enquirer-self = ባዕለይ፣ ክወጽእ እደሊ
opt-enquirer-relative = ቀረባ ሰብ (ወላዲ፣ መጻምድቲ፣ ሓው ወይ ሓብቲ፣ ዓርኪ)
opt-enquirer-professional = ከም ክፋል ስራሐይ እየ ዝጽሕፍ ዘለኹ
opt-professional_org-municipality = ምምሕዳር (kommun) ወይ socialtjänsten (ማሕበራዊ ኣገልግሎት)
opt-professional_org-school = ቤት ትምህርቲ
opt-professional_org-healthcare = ክንክን ጥዕና
opt-professional_org-police = ፖሊስ
opt-professional_org-prison_probation = Kriminalvården (ኣገልግሎት ቤት ማእሰርትን ቁጽጽርን)
opt-professional_org-civil_society = ዘይመኽሰባዊ ውድብ
opt-professional_org-other = ካልእ
opt-age_band-under_15 = ትሕቲ 15 ዓመት
opt-age_band-15_17 = 15–17 ዓመት
opt-age_band-18_20 = 18–20 ዓመት
opt-age_band-21_25 = 21–25 ዓመት
opt-age_band-26_plus = 26 ዓመትን ልዕሊኡን
opt-age_band-unknown = ኣይፈልጥን
opt-gender-female = ሰበይቲ ወይ ጓል
opt-gender-male = ሰብኣይ ወይ ወዲ
opt-gender-other = ካልእ
opt-gender-unknown = ኣይፈልጥን
opt-environment-criminal_network = ገበናዊ መርበብ ወይ ጉጅለ (ጋንግ)
opt-environment-violent_extremism = ዓመጽ ዝድግፍ ጽንፈኝነት
opt-environment-honour_related = ምስ ክብሪ ዝተኣሳሰረ ዓመጽን ጭቆናን
opt-environment-unknown = ኣይፈልጥን
opt-situation-in_custody = ኣብ ቤት ማእሰርቲ ኣሎ (ፍርዱ ይፍጽም ኣሎ)
opt-situation-on_probation = ብፈተን ወይ ብውዕል ተፈቲሑ ኣብ ትሕቲ ቁጽጽር ኣሎ (frivård)
opt-situation-sis_placement = ኣብ ገዛ SiS ይነብር (ዕጹው ክንክን ንመንእሰያት)
opt-situation-protected_witness = ሓለዋ ዝተገብረሉ ምስክር እዩ
opt-situation-protected_identity = ዝተሓለወ (ምስጢራዊ) ውልቃዊ ሓበሬታ ኣለዎ
opt-threat-acute = እወ፣ ሕጂ ህጹጽ እዩ
opt-threat-serious = እወ፣ ከቢድ ምፍርራሕ
opt-threat-some = እወ፣ ገለ ምፍርራሕ
opt-threat-none = ኣይፋል
opt-threat-unknown = ኣይፈልጥን
opt-needs-protection = ሓለዋ
opt-needs-relocation = ናብ ካልእ ከተማ ምግዓዝ
opt-needs-housing = መንበሪ ገዛ
opt-needs-economy = ገንዘብ
opt-needs-psychiatric = ኣእምሮኣዊ ጥዕና
opt-needs-substance_abuse = ሓገዝ ብዛዕባ ኣልኮል ወይ ኣደንዛዚ ዕጽ
opt-needs-work_education = ስራሕ ወይ ትምህርቲ
opt-needs-family = ደገፍ ንስድራ
opt-needs-voluntary_return = ሓበሬታ ብዛዕባ ብፍቓድ ናብ ካልእ ሃገር ምምላስ
opt-needs-legal = ሕጋዊ ሓገዝ
opt-needs-other = ካልእ
opt-citizenship-swedish = እወ
opt-citizenship-other = ኣይፋል
opt-citizenship-unknown = ኣይፈልጥን

error-choose-option = ካብቶም ኣማራጺታት ሓደ ምረጹ።
error-unknown-municipality = ብኸምዚ ስም ዝኾነ ምምሕዳር ኣይረኸብናን። ኣጻሕፋኡ ኣረጋግጹ (å, ä ከምኡ'ውን ö ከም a ከምኡ'ውን o ክጽሓፉ ይኽእሉ) ወይ ባዶ ግደፉዎ።
error-message-or-contact = መልእኽቲ ጽሓፉ፣ ወይ ምሳኹም ክንራኸብ ከም እትደልዩ ምልክት ግበሩ።
error-message-too-long = እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ። ቁሩብ ኣሕጽርዎ፣ ወይ ከፋፍልዎ እሞ እቲ ዝተረፈ ድሒርኩም ብኮድኩም ስደድዎ።
error-message-empty = ቅድሚ ምስዳድኩም ገለ ነገር ጽሓፉ።
error-problem-empty = ነቲ ጸገም ግለጽዎ።
error-text-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ።

sent-title = የቐንየልና፣ መልእኽትኹም በጺሑና ኣሎ
sent-intro = ኣብ ውሽጢ { $days } መዓልታት ስራሕ መልሲ ንህበኩም፣ መብዛሕትኡ ግዜ ቀልጢፍና። ነቲ መልሲ ኣብዚ መርበብ ሓበሬታ ብኮድኩም ተንብብዎ።
sent-code-heading = ኮድኩም
sent-code-only-once = ነቲ ኮድ ሕጂ ጥራይ ኢና ነርእየኩም። ንሕና ኣይንዕቅቦን ኢና፣ ስለዚ ደጊምና ክንህበኩም ኣይንኽእልን ኢና። ቅድሚ ምቕጻልኩም ዓቕብዎ።
sent-keep-write = ኣብ ብውሕስና እትሕዝዎ ወረቐት ጽሓፍዎ።
sent-keep-print = ወይ ነዚ ገጽ ሕተምዎ (ካብ ሜኑ ናይ ብራውዘርኩም)።
sent-keep-download = ወይ ነቲ ኮድ ከም ንእሽቶ ፋይል ጽሑፍ ኣውርድዎ
sent-keep-safe = ወረቐት፣ ዝተሓትመ ገጽ ወይ ፋይል ብኻልኦት ክርከብ ከም ዝኽእል ኣይትረስዑ። ነቲ ኮድ ካልእ ሰብ ኣብ ዘይርእየሉ ቦታ ዓቕብዎ።
sent-confirm = ኮደይ ዓቂበዮ ኣለኹ
sent-file-text = ኮድ: { $code }

saved-title = ጽቡቕ፣ ወዲእኩም ኣለኹም
saved-come-back = ናብ ገጽ ኮድኩም ኪዱ
saved-danger = ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ።

receipt-title = ብኮድኩም ተመለሱ
receipt-intro = መልእኽትኹም ክትሰዱ ከለኹም ዝረኸብኩምዎ ኮድ ጽሓፉ። ሽዑ መልስና ክትርእዩን ተወሳኺ ክትጽሕፉን ትኽእሉ ኢኹም።
receipt-code-label = ኮድኩም
receipt-code-hint = 16 ፊደላት፣ ንኣብነት ABCD-EFGH-JKMN-PQRS። ዓበይቲ ወይ ናኣሽቱ ፊደላት ክልቲኦም ይሰርሑ እዮም።
receipt-show = ኣርእዩ
receipt-unknown-title = ነቲ ኮድ ክንረኽቦ ኣይከኣልናን
receipt-unknown = እቲ ኮድ ኣይሰማማዕን። ብቕኑዕ ከም ዝጸሓፍኩምዎ ኣረጋግጹ እሞ እንደገና ፈትኑ።
receipt-lost = ኮድኩም ጠፊኡኩም ድዩ? ሽዑ እንደገና ጽሓፉልና እሞ ንገሩና።
receipt-write-again = ጽሓፉልና
receipt-message-added = የቐንየልና፣ መልእኽትኹም ተላኢኹ ኣሎ።

status-title = ጉዳይኩም
status-label = ኩነታት:
status-received = ተቐቢልናዮ – ገና ኣይመለስናን
status-in_progress = ኣብ ጉዳይኩም ንሰርሕ ኣለና
status-answered = መሊስና ኣለና
status-closed = ተዓጽዩ
status-sent-at = ዝተላእከሉ:
status-conversation = መልእኽትታት
author-person = ንስኹም
author-staff = ማእከል ርክብ
status-no-messages = ገና መልእኽቲ የለን።
status-add-heading = ተወሳኺ ጽሓፉ
status-add-send = ስደዱ
status-leave-hint = ምስ ወዳእኩም፣ ነቲ ገጽ ዕጸውዎ። ብዘይ ኮድ ዝኾነ ሰብ ጉዳይኩም ክርኢ ኣይክእልን እዩ።

## When the person is answered, on the page after sending (src/intake/answer.rs).
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-now = ሕጂ መልእኽትታት ነንብብ ኣለና፡ ናትኩም ድማ ብቕልጡፍ ነንብቦ። መልሲና ኣብዚ መርበብ ብኮድኩም ተንብቡ።
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-today = ሎሚ ንምልስ። መልሲ ኣብዚ መርበብ ብኮድኩም ተንብቡ።
# promise: tests/api/promises.rs::the_page_after_sending_says_when_we_answer_from_the_priority_and_our_hours
answer-reopens = ሕጂ መልእኽትታት ዘንብብ የለን። ናትኩም { $weekday ->
    [1] ሰኑይ
    [2] ሰሉስ
    [3] ረቡዕ
    [4] ሓሙስ
    [5] ዓርቢ
    [6] ቀዳም
   *[7] ሰንበት
} ሰዓት { $time } ነንብቦ። መልሲ ኣብዚ መርበብ ብኮድኩም ተንብቡ።
answer-danger-meanwhile = ቅድሚ እዚ ዝኾነ ሰብ ኣብ ሓደጋ ኣሎ ድዩ? ናብ 112 ደውሉ።
saved-next-code = መልሲና ንምንባብ ወይ ተወሳኺ ንምጽሓፍ ምስ ኮድኩም ናብዚ ተመለሱ።
