## A signed-in user's own account (console and inbox): changing the password.

password-nav = Beddel furaha sirta
password-title = Beddel furaha sirta
password-intro = Qor furahaaga sirta ah ee hadda, kadibna midka cusub laba jeer. Marka furaha la beddelo waxaa lagaa saarayaa dhammaan kombiyuutarada iyo barowsarada kale, laakiin halkan maya.
password-field-current = Furaha sirta ah ee hadda
password-field-new = Furaha sirta ah ee cusub
password-field-new-hint = Ugu yaraan { $min } xaraf. Dhowr erey oo is xiga way fududahay in la xasuusto, wayna adagtahay in la qiyaaso.
password-field-again = Furaha cusub mar kale
password-save = Beddel furaha sirta
password-changed = Furahaaga sirta ah waa la beddelay. Waxaa lagaa saaray dhammaan kombiyuutarada iyo barowsarada kale.
password-error-current-missing = Qor furahaaga sirta ah ee hadda.
password-error-current-wrong = Furaha sirta ah ee hadda ma saxna. Dhowr isku day oo guuldarraystay kadib oo halkan laga sameeyay waa inaad in yar sugtaa.
password-error-short = Furaha cusub wuxuu u baahan yahay ugu yaraan { $min } xaraf.
password-error-long = Furaha cusub wuxuu yeelan karaa ugu badnaan { $max } xaraf.
password-error-mismatch = Labada furaha cusub isku mid ma aha. Ku qor isla furaha labada meelood.
password-error-throttled = Isku dayo badan ayaa halkan laga sameeyay. Sug { $minutes } daqiiqo kadibna isku day mar kale.
