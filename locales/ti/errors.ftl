## Error pages.

error-danger = ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ። ምስ ፖሊስ ክትዛረቡ እንተደሊኹም፣ ናብ 114 14 ደውሉ።
error-home = ናብ መበገሲ ገጽ ኪዱ
error-not_found-title = እቲ ገጽ ኣይተረኽበን
error-not_found-body = እትደልይዎ ገጽ ክንረኽቦ ኣይከኣልናን። ቦታኡ ተቐይሩ ክኸውን ይኽእል፣ ወይ ኣብቲ ኣድራሻ ናይ ጽሕፈት ጌጋ ክህሉ ይኽእል። ኣብ ላዕሊ ቋንቋ ክትመርጹ ትኽእሉ ኢኹም።
error-forbidden-title = ግዜ እቲ ፎርም ሓሊፉ
error-forbidden-body = ብምኽንያት ድሕንነት ነቲ ፎርም ክንቅበሎ ኣይከኣልናን። ንድሕሪት ተመለሱ፣ ነቲ ገጽ ኣሐድስዎ እሞ እንደገና ስደዱ። ንድሕሪት ምስ ተመለስኩም ዝጸሓፍኩምዎ ገና ክህሉ ይኽእል እዩ።
error-payload_too_large-title = ኣዝዩ ብዙሕ ጽሑፍ
error-payload_too_large-body = ዝሰደድኩምዎ ክንቅበሎ ካብ እንኽእል ንላዕሊ ዓቢ ነይሩ። ንድሕሪት ተመለሱ፣ ነቲ ጽሑፍ ኣሕጽርዎ እሞ እንደገና ስደዱ። እቲ ዝተረፈ ድሒርኩም ብኮድኩም ክትሰድዎ ትኽእሉ ኢኹም።
error-bad_request-title = ገለ ጌጋ ኣጋጢሙ
error-bad_request-body = ዝተላእከ ክንንብቦ ኣይከኣልናን። ንድሕሪት ተመለሱ እሞ እንደገና ፈትኑ።
error-invalid_value-title = ገለ ጌጋ ኣጋጢሙ
error-invalid_value-body = ሓደ ካብቲ ዝተመልአ ሓበሬታ ክቕበል ኣይከኣለን። ንድሕሪት ተመለሱ እሞ እንደገና ፈትኑ።
error-rate_limited-title = ኣዝዩ ብዙሕ ፈተነታት
error-rate_limited-body = ኣብ ሓጺር ግዜ ብዙሕ ግዜ ፈቲንኩም። ሓንቲ ደቒቕ ተጸበዩ እሞ እንደገና ፈትኑ።
error-method_not_allowed-title = ገለ ጌጋ ኣጋጢሙ
error-method_not_allowed-body = እዚ ገጽ በዚ ኣገባብ ክትጥቀሙሉ ኣይከኣልን እዩ። ናብ መበገሲ ገጽ ኪዱ እሞ እንደገና ፈትኑ።
error-unavailable-title = እቲ ኣገልግሎት ሕጂ ይሰርሕ የለን
error-unavailable-body = ግዝያዊ ጸገም ኣጋጢሙና ኣሎ። በጃኹም ድሕሪ ቁሩብ ግዜ እንደገና ፈትኑ። ሕጂ ሓገዝ የድልየኩም ድዩ? ናብ ፖሊስ ኣብ 114 14 ደውሉ፣ ህጹጽ እንተኾይኑ ድማ ናብ 112።
error-internal-title = ኣብ ወገንና ገለ ጌጋ ኣጋጢሙ
error-internal-body = ጌጋ ተፈጢሩ። በጃኹም ድሕሪ ቁሩብ ግዜ እንደገና ፈትኑ። ሕጂ ሓገዝ የድልየኩም ድዩ? ናብ ፖሊስ ኣብ 114 14 ደውሉ፣ ህጹጽ እንተኾይኑ ድማ ናብ 112።
form-expired-title = ግዜ እቲ ፎርም ሓሊፉ ነይሩ
form-expired = እቲ ገጽ ነዊሕ ግዜ ተኸፊቱ ነይሩ፣ ወይ ኣብ መንጎ እቲ ብራውዘር ተዓጽዩ ነይሩ፣ ስለዚ ብምኽንያት ድሕነት ዝተላእከ የለን። «ደጊምካ ስደድ» ጠውቑ። እዚ ገጽ ደጊሙ እንተተመሊሱ፣ ብራውዘርኩም ኩኪታት ይዓግት ይኸውን፦ ነዚ መርበብ ሓበሬታ ፍቐዱሎም እሞ እንደገና ፈትኑ።
error-timeout-title = ብዙሕ ግዜ ወሲዱ
error-timeout-body = ብግዜኡ መልሲ ኣይረኸብናን፣ ስለዚ ምጽባይ ኣቋሪጽና። በጃኹም ድሕሪ ቁሩብ ግዜ እንደገና ፈትኑ። ሕጂ ሓገዝ የድልየኩም ድዩ? ናብ ፖሊስ ኣብ 114 14 ደውሉ፣ ህጹጽ እንተኾይኑ ድማ ናብ 112።
error-unconfirmed-title = በጺሑ እንተኾይኑ ገና ኣይንፈልጥን
error-unconfirmed-body = ምዕቃብ ብዙሕ ግዜ ወሲዱ፣ ስለዚ ዝሰደድኩሞ በጺሑ እንተኾይኑ ብርግጽ ክንዛረብ ኣይንኽእልን። ደሓር እውን ክበጽሕ ይኽእል እዩ። ቅድሚ ደጊምኩም ምስዳድኩም ቁሩብ ደቓይቕ ተጸቢኹም ኣረጋግጹ። ሕጂ ሓገዝ የድልየኩም ድዩ? ናብ ፖሊስ ኣብ 114 14 ደውሉ፣ ህጹጽ እንተኾይኑ ድማ ናብ 112።

# Flood limits (web::floods): the form again, nothing sent.
too-many-title = ኣብ ሓጺር ግዜ ብዙሕ ተላኢኹ
too-many-sent = ካብ መራኸቢኻ ኣብ ሓጺር ግዜ ብዙሕ መልእኽትታት መጺኡ፣ ስለዚ እዚ ኣይተዓቀበን። { $minutes } ደቒቕ ተጸበ እሞ “ደጊምካ ስደድ” ጠውቕ።
too-many-everyone = ሕጂ ኣዝዮም ብዙሓት ይጽሕፉልና ኣለዉ፣ ስለዚ እዚ ኣይተዓቀበን። { $minutes } ደቒቕ ተጸበ እሞ “ደጊምካ ስደድ” ጠውቕ።
too-many-chats = መልሲ ዝጽበዩ ቻታት ድሮ ኣለዉኻ። ናብ ቻትካ ተመለስ፣ ወይ { $minutes } ደቒቕ ተጸበ እሞ “ደጊምካ ስደድ” ጠውቕ።
too-many-kept = ዝጸሓፍካዮ ኣብ ታሕቲ ኣሎ። ገለ እኳ ኣይተላእከን።
too-many-your-text = ዝጸሓፍካዮ
too-many-send-again = ደጊምካ ስደድ
