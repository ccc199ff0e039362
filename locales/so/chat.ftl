## The anonymous chat: the pre-chat step, the chat page, and the page when chat is closed.

chat-title = Nagala sheekayso
chat-intro = Halkan waxaad hadda la qori kartaa qof ka tirsan Xarunta Xiriirka. Uma baahnid inaad sheegto cidda aad tahay.
chat-about-anonymous = Waad qarsoon tahay. Ma aragno magacaaga, lambarkaaga ama meesha aad joogto.
chat-about-who = Waxaad la sheekaysanaysaa shaqaalaha Xarunta Xiriirka. Waan ku dhegeysanaynaa, su'aalahaaga ayaan ka jawaabaynaa, waxaanan kaa caawinaynaa inaad hesho caawimaadda saxda ah.
chat-about-code = Marka sheekadu bilaabato waxaad heleysaa kood. Koodka waxaad ku akhrin kartaa sheekada mar kale, waadna noo qori kartaa hadhow.
chat-about-safety = Haddii qof arki karo telefoonkaaga ama kombiyuutarkaaga: haddii loo baahdo isticmaal badhanka “Si degdeg ah uga bax bogga”.
chat-open-until = Sheekadu maanta way furan tahay ilaa saacadda { $time }.
chat-start-heading = Intaadan bilaabin
chat-start-optional = Su'aalaha waad ka boodi kartaa. Waxay naga caawinayaan inaan si dhakhso ah kuugu siino jawaabta saxda ah.
chat-field-language = Luqaddee ayaad rabtaa inaad ku qorto?
chat-field-enquirer = Yaa qoraya?
chat-field-age_band = Immisa jir ayuu yahay qofka doonaya inuu ka baxo?
chat-start = Bilow sheekada

chat-closed-title = Sheekadu hadda way xiran tahay
chat-opens-today = Sheekadu maanta ayay mar kale furmaysaa saacadda { $time }.
chat-opens-tomorrow = Sheekadu berri ayay mar kale furmaysaa saacadda { $time }.
chat-opens-on = Sheekadu waxay mar kale furmaysaa { $weekday } { $day }/{ $month } saacadda { $time }.
chat-opens-unknown = Weli ma naqaano goorta sheekadu mar kale furmayso.
chat-weekday-1 = Isniinta
chat-weekday-2 = Talaadada
chat-weekday-3 = Arbacada
chat-weekday-4 = Khamiista
chat-weekday-5 = Jimcaha
chat-weekday-6 = Sabtida
chat-weekday-7 = Axadda
chat-closed-instead = Siyaabo kale ayaad nagu heli kartaa
chat-closed-write-heading = Noo qor
chat-closed-callback-heading = Codso in lagu soo waco
chat-closed-callback-text = Lambar nooga tag, waxaanan ku soo wacaynaa marka ay adiga kuu ammaan tahay.
chat-closed-callback-link = Naga codso inaan ku soo wacno
chat-closed-more = Lambarro kale oo aad wici karto, xataa fiidkii iyo habeenkii

chat-code-heading = Koodkaaga
chat-code-why = Koodka qor oo meel ammaan ah ku kaydi. Koodka waxaad ku akhrin kartaa sheekada mar kale waadna noo qori kartaa, xataa marka sheekadu dhammaato. Koodka mar kale kuma tusi karno.
chat-code-saved = Koodka waan kaydiyey

chat-waiting-position = Waxaad tahay lambarka { $position } ee safka.
chat-wait-estimate = Waxay qaadanaysaa qiyaastii { $minutes } daqiiqo ka hor inta qof ku jawaabin. Tani waa qiyaas.
chat-wait-unknown = Hadda ma sheegi karno inta aad sugayso.
chat-status-active = Hadda waxaad la sheekaysanaysaa qof ka tirsan Xarunta Xiriirka.
chat-ended-person = Waad dhammaysay sheekada.
chat-ended-staff = Sheekadu way dhammaatay.
chat-ended-idle = Sheekadu way dhammaatay sababtoo ah muddo qofna wax ma qorin.
chat-ended-blocked = Sheekadu way dhammaatay.
chat-ended-left-message = Mahadsanid! Fariintaada waa la kaydiyey. Sida ugu dhakhsaha badan ayaan kuugu jawaabi doonnaa.
chat-ended-read-later = Ammaankaaga darteed sheekadu halkan kuma muuqato mar dambe. Adiga oo isticmaalaya koodkaaga waxaad akhrin kartaa sheekada iyo jawaabahayaga.

chat-help-heading = Inta aad sugayso
chat-help-next-heading = Maxaa hadda dhacaya?
chat-help-next-text = Qof ka tirsan Xarunta Xiriirka ayaa kuu jawaabi doona marka qof firaaqo noqdo. Hadda ayaad bilaabi kartaa qoraalka – wax walba waan akhrinaynaa marka aan nimaadno. Adiga ayaa go'aansanaya waxa aad rabto inaad sheegto.
chat-help-safety-heading = Ka fikir ammaankaaga
chat-help-safety-text = Haddii aad hadda khatar ku jirto: wac 112. Haddii qof arki karo telefoonkaaga: xir bogga marka aad dhammayso, haddii loo baahdona isticmaal badhanka “Si degdeg ah uga bax bogga”. Koodka ku kaydi meel aan qof kale ka helin.
chat-help-young-heading = Haddii aad ka yar tahay 18 sano
chat-help-young-text = Wax qalad ah ma samayn markaad noo qortay. Haddii aan kaa walwalno, waxaa laga yaabaa inaan u sheegno adeegyada bulshada si aad u hesho caawimaad iyo ilaalin. Haddii aan awoodno, oo aanay khatar kugu keenayn, adiga ayaan marka hore kuu sheegaynaa.
chat-help-relative-heading = Haddii aad qof kale ka qorayso
chat-help-relative-text = Taageero waad heli kartaa xataa haddii qofku aanu weli rabin caawimaad. Noo sheeg waxa aad ogtahay – uma baahnid inaad haysato jawaabaha oo dhan.
chat-help-professional-heading = Haddii aad shaqadaada u qorayso
chat-help-professional-text = Sheekada ha ku qorin magacyo ama lambarrada aqoonsiga shakhsiga. Waxaan kaa caawinaynaa inaad hesho hay'adda ama degmada saxda ah.

chat-log-heading = Sheekada
chat-refresh = Cusboonaysii bogga si aad u aragto fariimaha cusub
chat-field-message = Fariintaada
chat-send = Dir
chat-leave-instead = Halkii fariin uga tag
chat-leave-hint = Ma rabtid inaad sugto? Qor waxa aad rabto inaad sheegto oo dooro “Halkii fariin uga tag”. Jawaabtayada waxaad ku akhrin doontaa koodkaaga.
chat-end = Dhammee sheekada
chat-cleared = Ammaankaaga darteed sheekadu halkan kuma muuqato mar dambe. Waxaad ku akhrin kartaa koodkaaga.
chat-offline = Xiriirku wuu go'ay. Mar kale ayaan isku dayaynaa …

chat-error-empty = Wax qor ka hor intaadan dirin.
chat-error-too-long = Fariintu aad bay u dheer tahay. Hal fariin waxaad ku qori kartaa ugu badnaan { $max } xaraf. U qaybi dhowr fariimood.
chat-error-rate-limited = Waqti gaaban gudihiis fariimo badan ayaad dirtay. Wax yar sug oo mar kale dir. Waxa aad qortay weli way jiraan.
chat-error-not-open = Sheekadu way dhammaatay, sidaas darteed fariinta lama diri karin. Koodkaaga ayaad noogu qori kartaa.
chat-error-failed = Fariinta lama diri karin. Mar kale isku day wax yar kadib.
chat-error-bad-frame = Fariinta lama akhrin karin. Dib u soo geli bogga oo mar kale isku day.

# Be called back instead of waiting (GET/POST /{lang}/chat/{token}/callback).
chat-callback-offer = Ma jeclaan lahayd inaan ku soo wacno? Uma baahnid inaad halkan ku sugto.
chat-callback-link = Halkii, na soo wac
chat-callback-title = Halkii aad chat samayn lahayd, waanu ku soo wacaynaa
chat-callback-intro = Chat-ku wuu dhammaanayaa, waxaanu ku soo wacaynaa waqtiyada kuu ammaanka ah. Waxa aad hore noogu sheegtay way la socdaan.
chat-callback-send = Halkii, i soo wac
chat-callback-back = Ku noqo chat-ka
chat-ended-callback = Mahadsanid! Waxaanu ku soo wici doonnaa waqtiyada aad dooratay. Kaydi koodkaaga si aad dambe wax u akhrido oo u qorto.
chat-gone-unsent = Sheekadu way dhammaatay ka hor intaan fariintaada la dirin. Waxaad u diri kartaa fariin qoran ahaan.
