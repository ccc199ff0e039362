## The layout shared by every page: header, language picker, footer, shared blocks.
## Messages are plain text (no HTML). Swedish (sv) is the reference locale.
## Tigrinya: the reader is addressed with the respectful 2nd person plural.

site-name = ማእከል ርክብ
site-description = ካብ ገበን፣ ዓመጽ ዝድግፍ ጽንፈኝነት ወይ ብስም ክብሪ ዝግበር ጭቆና ክትወጹ ንእትደልዩ ሃገራዊ ማእከል ርክብ

skip-link = ናብቲ ትሕዝቶ ሕለፉ

quick-exit = ካብዚ ገጽ ቀልጢፍኩም ውጹ
quick-exit-hint = ምኽሪ፦ ካብዚ ገጽ ቀልጢፍኩም ንምውጻእ፣ ነቲ Shift ዝብል መጠወቒ ሰለስተ ግዜ ክትጥውቕዎ'ውን ትኽእሉ ኢኹም።

nav-label = ሓጸርቲ መንገድታት
nav-enquiry = ጽሓፉልና
nav-receipt = ኮድ ኣሎኒ
nav-chat = ቻት
nav-callback = ደውሉለይ

lang-picker-label = ቋንቋ / Språk
lang-draft-tag = ረቂቕ

draft-notice-title = እዚ ትርጉም ረቂቕ እዩ
draft-notice = እዚ ጽሑፍ ተተርጒሙ ኣሎ፣ ግን ገና ብብቑዕ ተርጓሚ ኣይተመርመረን። ጌጋታት ክህልዎ ይኽእል እዩ።
draft-notice-link = ነዚ ገጽ ብቋንቋ ሽወደን ኣንብብዎ

footer-label = ተወሳኺ ሓበሬታ
footer-where-to-turn = ናብ መን ክቐርብ እኽእል?
footer-support = እንታይ ዓይነት ደገፍ ኣሎ?
footer-about = ብዛዕባ ማእከል ርክብ
footer-privacy = ምስጢራዊነትን ስም ዘይምግላጽን
footer-safety = ድሕንነት፦ ምብጻሕኩም ሕብኡ
footer-when-closed = ዕጹዋት ክንከውን ከለና
footer-accessibility = ተበጻሕነት
footer-emergency = 112 – ህጹጽ ሓደጋ

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] ማእከል ርክብ ብፖሊስ (Polismyndigheten፣ ስልጣን ፖሊስ ሽወደን) ምስ Kriminalvården (ኣገልግሎት ቤት ማእሰርትን ቁጽጽርን)፣ Statens institutionsstyrelse (SiS) ከምኡ'ውን Socialstyrelsen (ሃገራዊ ቦርድ ጥዕናን ማሕበራዊ ደሓንን) ብምትሕብባር ይካየድ።
    [authority] ማእከል ርክብ ብ{ $host } ይካየድ፣ ንሱ መንግስታዊ ትካል እዩ።
   *[other] ማእከል ርክብ ብ{ $host } ይካየድ፣ ንሱ መንግስታዊ ትካል ኣይኮነን።
}
operator-authority = ማእከል ርክብ ክፋል ናይ ሓደ መንግስታዊ ትካል እዩ። ስለዚ ሕግታት ምስጢራዊነት ናይ መንግስታዊ ትካላት ይምልከቶ፣ ከምኡ'ውን ሓደ ቆልዓ ሓለዋ ከድልዮ ምስ ዝኽእል ናይ ምሕባር ግዴታ ኣለዎ።
operator-not-authority = ማእከል ርክብ መንግስታዊ ትካል ኣይኮነን። ስለዚ ሕግታት መንግስታዊ ትካላት ብዛዕባ ምስጢራውነትን ሓደ ቆልዓ ሓለዋ ከድልዮ ከሎ ናይ ምሕባር ግዴታን ኣይምልከተናን። ይኹን እምበር፣ ብዘይካ ኣብ ህጹጽ ሓደጋ ወይ ብዛዕባ ክፍጸም ዝቀረበ ከቢድ ገበን ምስ እትነግሩና፣ ዝጸሓፍኩምዎ ብዘይ ፍቓድኩም ናብ ካልእ ኣየሕልፎን ኢና።

## Shared blocks used on several pages.
common-emergency-lead = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም?
common-emergency-call = ናብ 112 ደውሉ
common-contact-heading = ብኸመይ ክትረኽቡና ትኽእሉ
common-reply-promise = ኩሉ ግዜ፣ ለይትን መዓልትን፣ ኣብ ኩሉ መዓልታት ክትጽሕፉልና ትኽእሉ ኢኹም። ኣብ ውሽጢ { $days ->
    [one] ሓንቲ መዓልቲ ስራሕ
   *[other] { $days } መዓልታት ስራሕ
} መልሲ ንህበኩም።
common-write-link = ጽሓፉልና
common-anonymous = ስምኩም ወይ ካልእ መንነትኩም ዘርኢ ነገር ክትጽሕፉ ኣየድልየኩምን እዩ።
common-code = ምስ ጸሓፍኩም ኮድ ትረኽቡ። በቲ ኮድ መልስና ከተንብቡን ተወሳኺ ክትጽሕፉን ትኽእሉ ኢኹም። ነቲ ኮድ ጽሓፍዎ እሞ ኣብ ውሑስ ቦታ ዓቕብዎ።
common-receipt-link = ብኮድኩም ተመለሱ
common-no-crimes-title = ብዛዕባ ገበናት ኣይትጽሓፉ
common-no-crimes = ብዛዕባ ዝፈጸምኩምዎ ገበናት ኣይትጽሓፉ። ክንሕግዘኩም ንምኽኣል ክንፈልጦ ኣየድልየናን እዩ። ድሒሩ ሓበሬታ እንተ ኣድልዩ፣ ጉዳይኩም ዝቕበል ኣካል ክሓተኩም እዩ – ብፍቓድኩም ጥራይ።
common-safety-heading = ብዛዕባ ድሕንነትኩም ሕሰቡ
common-safety-text = ሓደ ሰብ ተሌፎንኩም ወይ ኮምፒተርኩም ክርኢ ዝኽእል እንተኾይኑ፣ ኣብ ላዕሊ ዘሎ "ካብዚ ገጽ ቀልጢፍኩም ውጹ" ዝብል መልጎም ተጠቐሙ። ብቐጥታ ናብ ካልእ መርበብ ሓበሬታ ይወስደኩም።
common-safety-link = ምብጻሕኩም ብኸመይ ትሓብእዎ
common-no-email = ኮድኩም ወይ ዝጸሓፍኩምዎ ብኢመይል ወይ ብኤስ-ኤም-ኤስ (SMS) ፈጺምና ኣይንሰድዶን ኢና።
common-more-heading = ተወሳኺ ኣንብቡ

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = ንስኹም ወይ ቀረባኹም ሰብ ብዛዕባ ነብሰ-ቕትለት ትሓስቡ ዶ? ናብ Självmordslinjen፣ መስመር ሓገዝ ምክልኻል ነብሰ-ቕትለት፣ ኣብ 90101 ደውሉ። ብ Mind ዝመሓደር ኮይኑ ለይትን መዓልትን ክፉት እዩ።
urgent-90101-call = ናብ Självmordslinjen ኣብ 90101 ደውሉ

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = መልእኽትታት { $windows } ነንብብ፣ ብዘይካ ኣብ ወግዓዊ በዓላት። ህጹጽ መልእኽትታት ቅድም ነንብብ።
common-read-always = መልእኽትታት ለይትን መዓልትን፣ ኩሉ መዓልቲ ነንብብ። ህጹጽ መልእኽትታት ቅድም ነንብብ።
common-read-days = ካብ { $first } ክሳብ { $last }፣ ሰዓት { $from }–{ $to }
common-read-day = { $first }፣ ሰዓት { $from }–{ $to }
common-weekday = { $day ->
    [1] ሰኑይ
    [2] ሰሉስ
    [3] ረቡዕ
    [4] ሓሙስ
    [5] ዓርቢ
    [6] ቀዳም
   *[7] ሰንበት
}
