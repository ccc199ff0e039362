## Error pages.

error-danger = Khatar ma ku jirtaa? Wac 112. Haddii aad rabto inaad la hadasho booliska, wac 114 14.
error-home = U gudub bogga hore
error-not_found-title = Bogga lama helin
error-not_found-body = Ma helin karno bogga aad raadinayso. Waxaa laga yaabaa in meel kale loo raray, ama cinwaanka uu leeyahay qalad qoraal. Luqadda waxaad ka dooran kartaa xagga sare.
error-forbidden-title = Foomka wakhtigiisii waa dhacay
error-forbidden-body = Sababo ammaan awgood foomka ma aanu aqbali karin. Dib u noqo, bogga dib u soo rar oo mar kale dir. Waxa aad qortay waxaa laga yaabaa inay weli halkaas yaallaan markaad dib u noqoto.
error-payload_too_large-title = Qoraal aad u badan
error-payload_too_large-body = Waxa aad dirtay aad buu u weynaa, lamana aqbali karo. Dib u noqo, qoraalka gaabi oo mar kale dir. Inta kale waxaad mar dambe ku diri kartaa koodhkaaga.
error-bad_request-title = Wax baa khaldamay
error-bad_request-body = Ma aanu akhrin karin waxa la soo diray. Dib u noqo oo isku day mar kale.
error-invalid_value-title = Wax baa khaldamay
error-invalid_value-body = Mid ka mid ah qiimayaasha lama aqbali karin. Dib u noqo oo isku day mar kale.
error-rate_limited-title = Isku day aad u badan
error-rate_limited-body = Waxaad isku dayday marar badan muddo gaaban gudaheed. Sug hal daqiiqo oo isku day mar kale.
error-method_not_allowed-title = Wax baa khaldamay
error-method_not_allowed-body = Boggan sidaas looma isticmaali karo. U gudub bogga hore oo isku day mar kale.
error-unavailable-title = Adeeggu hadda ma shaqaynayo
error-unavailable-body = Waxaa jira cillad ku meel gaar ah. Fadlan isku day mar kale wax yar ka dib. Ma u baahan tahay caawimaad hadda? Wac booliska 114 14, ama 112 haddii ay degdeg tahay.
error-internal-title = Khalad ayaa dhinaceena ka dhacay
error-internal-body = Khalad ayaa dhacay. Fadlan isku day mar kale wax yar ka dib. Ma u baahan tahay caawimaad hadda? Wac booliska 114 14, ama 112 haddii ay degdeg tahay.
form-expired-title = Foomka wakhtigiisii wuu dhacay
form-expired = Boggu muddo dheer ayuu furnaa, ama biraawsarka ayaa la xiray inta u dhaxaysa, sidaa darteed sababo ammaan awgood waxba lama dirin. Riix “Dir mar kale”. Haddii boggani mar kale soo noqdo, biraawsarkaagu waxaa laga yaabaa inuu xannibayo kukiyada: u oggolow boggan oo isku day mar kale.
error-timeout-title = Waqti aad u dheer ayay qaadatay
error-timeout-body = Jawaab waqtigeeda kuma helin, sidaa darteed joojinnay sugitaanka. Fadlan isku day mar kale wax yar ka dib. Ma u baahan tahay caawimaad hadda? Wac booliska 114 14, ama 112 haddii ay degdeg tahay.
error-unconfirmed-title = Weli ma garanayno in uu gaadhay iyo in kale
error-unconfirmed-body = Kaydintu waqti aad u dheer ayay qaadatay, sidaa darteed si hubaal ah uma sheegi karno in waxaad dirtay ay gaadheen. Weli way iman karaan. Sug dhowr daqiiqo oo hubi ka hor intaadan mar kale dirin. Ma u baahan tahay caawimaad hadda? Wac booliska 114 14, ama 112 haddii ay degdeg tahay.

# Flood limits (web::floods): the form again, nothing sent.
too-many-title = Wax badan ayaa la diray muddo gaaban
too-many-sent = Fariimo badan ayaa ka yimid xiriirkaaga muddo gaaban, sidaas darteed tan lama kaydin. Sug { $minutes } daqiiqo kadibna riix “Dir mar kale”.
too-many-everyone = Dad aad u badan ayaa hadda noo qoraya, sidaas darteed tan lama kaydin. Sug { $minutes } daqiiqo kadibna riix “Dir mar kale”.
too-many-chats = Waxaad horey u haysataa wada-sheekeysiyo sugaya jawaab. Ku noqo wada-sheekeysigaaga, ama sug { $minutes } daqiiqo kadibna riix “Dir mar kale”.
too-many-kept = Wixii aad qortay hoos ayay ku jiraan. Waxba lama dirin.
too-many-your-text = Wixii aad qortay
too-many-send-again = Dir mar kale
