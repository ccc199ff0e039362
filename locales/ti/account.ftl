## A signed-in user's own account (console and inbox): changing the password.

password-nav = ምሕላፍ ቃል ቀይር
password-title = ምሕላፍ ቃል ቀይር
password-intro = ናይ ሕጂ ምሕላፍ ቃልካ ጽሓፍ፣ ድሕሪኡ ነቲ ሓድሽ ክልተ ግዜ። ምሕላፍ ቃል ምስ ተቐየረ ካብ ኩሎም ካልኦት ኮምፒተራትን ብራውዘራትን ትወጽእ፣ ካብዚ ግን ኣይኮንካን።
password-field-current = ናይ ሕጂ ምሕላፍ ቃል
password-field-new = ሓድሽ ምሕላፍ ቃል
password-field-new-hint = እንተወሓደ { $min } ፊደላት። ተኸታቲለን ዝመጻ ብዙሓት ቃላት ንምዝካር ቀሊል፣ ንምግማት ድማ ከቢድ እየን።
password-field-again = ሓድሽ ምሕላፍ ቃል ደጊምካ
password-save = ምሕላፍ ቃል ቀይር
password-changed = ምሕላፍ ቃልካ ተቐይሩ ኣሎ። ካብ ኩሎም ካልኦት ኮምፒተራትን ብራውዘራትን ወጺእካ ኣለኻ።
password-error-current-missing = ናይ ሕጂ ምሕላፍ ቃልካ ጽሓፍ።
password-error-current-wrong = ናይ ሕጂ ምሕላፍ ቃል ልክዕ ኣይኮነን። ካብዚ ድሕሪ ብዙሓት ዘይተዓወታ ፈተነታት ቁሩብ ክትጽበ ኣለካ።
password-error-short = ሓድሽ ምሕላፍ ቃል እንተወሓደ { $min } ፊደላት የድልዮ።
password-error-long = ሓድሽ ምሕላፍ ቃል ልዕሊ { $max } ፊደላት ክህልዎ ኣይክእልን።
password-error-mismatch = እቶም ክልተ ሓደስቲ ምሕላፍ ቃላት ሓደ ኣይኮኑን። ኣብ ክልቲኡ ቦታ ሓደ ዓይነት ምሕላፍ ቃል ጽሓፍ።
password-error-throttled = ካብዚ ብዙሕ ፈተነታት። { $minutes } ደቒቕ ተጸበ እሞ እንደገና ፈትን።
