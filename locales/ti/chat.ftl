## The anonymous chat: the pre-chat step, the chat page, and the page when chat is closed.

chat-title = ምሳና ተዘራረብ
chat-intro = ኣብዚ ሕጂ ምስ ሓደ ሰብ ናይ መራኸቢ ማእከል ብጽሑፍ ክትዘራረብ ትኽእል ኢኻ። መን ምዃንካ ክትነግር ኣየድልየካን።
chat-about-anonymous = ስምካ ዘይፍለጥ እዩ። ስምካ፡ ቁጽሪ ስልክኻ ወይ ኣበይ ከም ዘለኻ ኣይንርእን ኢና።
chat-about-who = ምስ ሰራሕተኛታት መራኸቢ ማእከል ኢኻ ትዘራረብ። ንሰምዓካ፡ ንሕቶታትካ ንምልስ፡ ቅኑዕ ሓገዝ ንክትረክብ ድማ ንሕግዘካ።
chat-about-code = እቲ ዝርርብ ምስ ጀመረ ኮድ ትረክብ። ብእቲ ኮድ ነቲ ዝርርብ ደጊምካ ከተንብቦን ደሓር ክትጽሕፈልናን ትኽእል።
chat-about-safety = ሓደ ሰብ ሞባይልካ ወይ ኮምፒተርካ ክርኢ ዝኽእል እንተኾይኑ፡ እንተድልዩ ነቲ «ካብዚ ገጽ ቀልጢፍካ ውጻእ» ዝብል መልጎም ተጠቐም።
chat-open-until = ዝርርብ ሎሚ ክሳብ ሰዓት { $time } ክፉት እዩ።
chat-start-heading = ቅድሚ ምጅማርካ
chat-start-optional = ነቶም ሕቶታት ክትሓልፎም ትኽእል ኢኻ። ቅኑዕ መልሲ ቀልጢፍና ክንህበካ ይሕግዙና።
chat-field-language = ብኣየናይ ቋንቋ ክትጽሕፍ ትደሊ?
chat-field-enquirer = መን እዩ ዝጽሕፍ ዘሎ?
chat-field-age_band = እቲ ክወጽእ ዝደሊ ሰብ ዕድሚኡ ክንደይ እዩ?
chat-start = ዝርርብ ጀምር

chat-closed-title = ዝርርብ ሕጂ ዕጹው እዩ
chat-opens-today = ዝርርብ ሎሚ ሰዓት { $time } እንደገና ይኽፈት።
chat-opens-tomorrow = ዝርርብ ጽባሕ ሰዓት { $time } እንደገና ይኽፈት።
chat-opens-on = ዝርርብ { $weekday } { $day }/{ $month } ሰዓት { $time } እንደገና ይኽፈት።
chat-opens-unknown = ዝርርብ መዓስ ከም ዝኽፈት ገና ኣይንፈልጥን።
chat-weekday-1 = ሰኑይ
chat-weekday-2 = ሰሉስ
chat-weekday-3 = ረቡዕ
chat-weekday-4 = ሓሙስ
chat-weekday-5 = ዓርቢ
chat-weekday-6 = ቀዳም
chat-weekday-7 = ሰንበት
chat-closed-instead = ብኻልእ መንገድታት ክትረኽበና ትኽእል
chat-closed-write-heading = ጽሓፈልና
chat-closed-callback-heading = ክንድውለልካ ሕተት
chat-closed-callback-text = ቁጽሪ ግደፍ፡ ንዓኻ ውሑስ ኣብ ዝኾነሉ ግዜ ክንድውለልካ ኢና።
chat-closed-callback-link = ክንድውለልካ ሕተተና
chat-closed-more = ካልኦት ክትድውለሎም ትኽእል ቁጽርታት፡ ምሸትን ለይትን እውን

chat-code-heading = ኮድካ
chat-code-why = ነቲ ኮድ ጽሓፎ ኣብ ውሑስ ቦታ ድማ ዓቅቦ። ብእቲ ኮድ ነቲ ዝርርብ ደጊምካ ከተንብቦን ክትጽሕፈልናን ትኽእል፡ እቲ ዝርርብ ምስ ተወድአ እውን። ነቲ ኮድ ደጊምና ክነርእየካ ኣይንኽእልን ኢና።
chat-code-saved = ነቲ ኮድ ዓቂበዮ ኣለኹ

chat-waiting-position = ኣብ መስርዕ ቁጽሪ { $position } ኢኻ።
chat-wait-estimate = ሓደ ሰብ ክምልሰልካ ዳርጋ { $minutes } ደቒቕ ይወስድ። እዚ ግምት እዩ።
chat-wait-unknown = ሕጂ ክንደይ ክትጽበ ከም ዘለካ ክንነግረካ ኣይንኽእልን።
chat-status-active = ሕጂ ምስ ሓደ ሰብ ናይ መራኸቢ ማእከል ትዘራረብ ኣለኻ።
chat-ended-person = ነቲ ዝርርብ ወዲእካዮ።
chat-ended-staff = ዝርርብ ተወዲኡ።
chat-ended-idle = ንሓጺር ግዜ ዝጸሓፈ ሰብ ስለ ዘይነበረ ዝርርብ ተወዲኡ።
chat-ended-blocked = ዝርርብ ተወዲኡ።
chat-ended-left-message = የቐንየልና! መልእኽትኻ ተዓቂቡ ኣሎ። ብቕልጡፍ ክንምልሰልካ ኢና።
chat-ended-read-later = ንድሕንነትካ ክበሃል እቲ ዝርርብ ኣብዚ ኣይርአን እዩ። ንዕኡን ንመልስታትናን ብኮድካ ከተንብቦም ትኽእል።

chat-help-heading = ክሳብ ትጽበ
chat-help-next-heading = ሕጂ እንታይ ይኸውን?
chat-help-next-text = ሓደ ሰብ ምስ ተፋደሰ፡ ሰራሕተኛ መራኸቢ ማእከል ክምልሰልካ እዩ። ሕጂ ክትጽሕፍ ክትጅምር ትኽእል – ምስ መጻእና ኩሉ ነንብቦ። እንታይ ክትነግር ከም ዘለካ ባዕልኻ ትውስን።
chat-help-safety-heading = ብዛዕባ ድሕንነትካ ሕሰብ
chat-help-safety-text = ሕጂ ኣብ ሓደጋ እንተሎኻ፡ 112 ደውል። ሓደ ሰብ ሞባይልካ ክርኢ ዝኽእል እንተኾይኑ፡ ምስ ወዳእካ ነቲ ገጽ ዕጸዎ፡ እንተድልዩ ድማ «ካብዚ ገጽ ቀልጢፍካ ውጻእ» ተጠቐም። ነቲ ኮድ ካልእ ሰብ ኣብ ዘይረኽቦ ቦታ ዓቅቦ።
chat-help-young-heading = ትሕቲ 18 ዓመት እንተኾንካ
chat-help-young-text = ብምጽሓፍካ ጌጋ ኣይገበርካን። ብዛዕባኻ እንተ ተሻቒልና፡ ሓገዝን ሓለዋን ንክትረክብ ንማሕበራዊ ኣገልግሎት ክንነግር ክግደድ ንኽእል ኢና። እንተ ኽኢልና፡ ኣብ ሓደጋ ዘየእቱ እንተ ኾይኑ ድማ፡ ቅድም ንዓኻ ክንነግረካ ኢና።
chat-help-relative-heading = ብዛዕባ ካልእ ሰብ እንተ ትጽሕፍ ኮንካ
chat-help-relative-text = እቲ ሰብ ገና ሓገዝ እንተዘይደለየ እውን ደገፍ ክትረክብ ትኽእል ኢኻ። ዝፈለጥካዮ ንገረና – ኩሉ መልስታት ክህልወካ ኣየድልን።
chat-help-professional-heading = ብስራሕካ እንተ ትጽሕፍ ኮንካ
chat-help-professional-text = ኣብቲ ዝርርብ ኣስማት ወይ ናይ ውልቂ ቁጽርታት ኣይትጽሓፍ። ነቲ ጉዳይ ቅኑዕ ትካል ወይ ምምሕዳር ንክትረክብ ንሕግዘካ።

chat-log-heading = ዝርርብ
chat-refresh = ሓደሽቲ መልእኽትታት ንምርኣይ ነቲ ገጽ ኣሐድሶ
chat-field-message = መልእኽትኻ
chat-send = ስደድ
chat-leave-instead = ኣብ ክንዲ ምጽባይ መልእኽቲ ግደፍ
chat-leave-hint = ክትጽበ ኣይትደልን? ክትብሎ እትደሊ ጽሓፍ «ኣብ ክንዲ ምጽባይ መልእኽቲ ግደፍ» ድማ ምረጽ። መልስና ብኮድካ ከተንብቦ ኢኻ።
chat-end = ዝርርብ ወድእ
chat-cleared = ንድሕንነትካ ክበሃል እቲ ዝርርብ ኣብዚ ኣይርአን እዩ። ብኮድካ ከተንብቦ ትኽእል።
chat-offline = ርክብ ተቋሪጹ። እንደገና ንፍትን ኣለና …

chat-error-empty = ቅድሚ ምስዳድካ ገለ ጽሓፍ።
chat-error-too-long = እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ። ኣብ ሓደ መልእኽቲ ክሳብ { $max } ፊደላት ክትጽሕፍ ትኽእል። ናብ ብዙሓት መልእኽትታት ምቕሎ።
chat-error-rate-limited = ኣብ ሓጺር ግዜ ብዙሓት መልእኽትታት ሰዲድካ። ቁሩብ ተጸበ እሞ እንደገና ስደድ። ዝጸሓፍካዮ ገና ኣሎ።
chat-error-not-open = ዝርርብ ስለ ዝተወድአ መልእኽቲ ክስደድ ኣይከኣለን። ብኮድካ ክትጽሕፈልና ትኽእል።
chat-error-failed = መልእኽቲ ክስደድ ኣይከኣለን። ድሕሪ ቁሩብ እንደገና ፈትን።
chat-error-bad-frame = መልእኽቲ ክንበብ ኣይከኣለን። ነቲ ገጽ ደጊምካ ጽዓኖ እሞ እንደገና ፈትን።

# Be called back instead of waiting (GET/POST /{lang}/chat/{token}/callback).
chat-callback-offer = ክንድውለልካ ትመርጽዶ? ኣብዚ ክትጽበ ኣየድልየካን።
chat-callback-link = ኣብ ክንድኡ ደውሉለይ
chat-callback-title = ኣብ ክንዲ ቻት ክንድውለልካ
chat-callback-intro = እቲ ቻት ይውዳእ፡ ኣብ ክንድኡ ድማ ኣብቲ ንዓኻ ውሑስ ዝኾነ ግዜታት ክንድውለልካ ኢና። ዝነገርካና ምሳና ይጸንሕ።
chat-callback-send = ኣብ ክንድኡ ደውሉለይ
chat-callback-back = ናብ ቻት ተመለስ
chat-ended-callback = የቐንየልና! ኣብቲ ዝመረጽካዮ ግዜታት ክንድውለልካ ኢና። ጸኒሕካ ንኸተንብብን ክትጽሕፍን ኮድካ ዓቅብ።
chat-gone-unsent = መልእኽትኻ ከይተላእከ ዝርርብ ተወዲኡ። ኣብ ክንዳኡ ከም ጽሑፍ መልእኽቲ ክትሰዶ ትኽእል ኢኻ።
