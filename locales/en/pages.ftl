## Information pages. One message per paragraph or list item. Plain text only.

## Start page
home-title = Support for you who want to leave
home-lead = The Contact Point is a national contact point for you who want to leave crime, violent extremism or honour-related control – and for your family and the people who work with you.
home-choose-heading = Choose what fits you
home-entry-leave = I want to leave
home-entry-leave-text = A gang, crime, a violent group or a life controlled in the name of honour.
home-entry-relatives = I am worried about someone close to me
home-entry-relatives-text = For parents, partners, brothers and sisters, and friends.
home-entry-professionals = I work with this
home-entry-professionals-text = Municipality, social services, school, health care and others.
home-entry-young = I am under 18
home-entry-young-text = Easy text about what happens when you write to us.
home-write-heading = Write to us
home-write-anonymous = You do not have to give your name.
home-receipt-heading = Have you already written to us?
home-receipt-text = Use the code you got to read our answer.
home-more-where-to-turn = Where can I turn? Phone numbers and opening hours
home-more-support = What support can I get?
home-more-privacy = How we protect what you write
home-more-when-closed = If you need help when we are closed

## I want to leave
leave-title = I want to leave
leave-lead = Wanting to get out is a big decision. You do not have to do it alone. Many people have done it before you.
leave-who = This page is for you who want to leave a criminal network or gang, a violent extremist group, or a life where your family or relatives control you with threats and violence in the name of honour.
leave-can-heading = What we can do for you
leave-can-listen = Read about and understand your situation, without judging you.
leave-can-advise = Give advice on next steps and tell you what support there is where you live.
leave-can-connect = Put you in touch with someone who can help you – only if you want, and with your consent.
leave-can-follow = Help you find the right way if you are already in contact with, for example, the Prison and Probation Service, SiS or social services.
leave-cannot-heading = What we cannot do
leave-cannot-text = We cannot give you housing, money or protection ourselves. Social services, the police and others decide on that. We cannot promise that everything will work out, and we cannot take away punishment for crimes. But we help you get in touch with the people who can give support.
leave-happens-heading = What happens when you write
leave-happens-write = You write to us and get a code.
leave-happens-read = A case worker at the contact point reads what you have written.
leave-happens-answer = We answer within { $days ->
    [one] one working day
   *[other] { $days } working days
}. You read the answer here on the website with your code. If you want, we can also call you at a time that is safe for you.
leave-happens-advise = We give advice and suggest who can help you.
leave-happens-consent = If you want, and only with your consent, we put you in touch with them. You decide what information is passed on, to whom and when. You can withdraw your consent.
leave-actors-heading = Who we can put you in touch with
leave-actor-social = Social services in your municipality – support with housing, money, treatment and much more.
leave-actor-police = The police's defector coordinator in your region – when you are threatened and need protection.
leave-actor-programme = The municipal or regional defector programme, where there is one.
leave-actor-prison = The Prison and Probation Service (Kriminalvården), if you are in remand or prison or on probation.
leave-actor-sis = SiS (the National Board of Institutional Care), if you are placed in a SiS home.
leave-actor-psychiatry = Psychiatric care in your region, if you are not well mentally.
leave-actor-migration = The Migration Agency (Migrationsverket), if you are not a Swedish citizen and want to return to another country yourself. Only if you ask for it.
leave-actor-civil = Voluntary organisations that we have checked, for example for a mentor or a new community.
leave-anonymous-heading = You can stay anonymous
leave-anonymous-text = You do not have to say who you are to get advice. If you want practical help, for example with housing, the people helping you will need to know who you are at some point. You decide when that time has come.
leave-threat-heading = If you are threatened
leave-threat-text = The police can give protection when there is a threat. Many people who leave move to another municipality, and there is help with that. Do tell us if you are threatened, but not what you have done yourself.
leave-women-heading = For you who are a girl or a woman
leave-women-text = There is support adapted for girls and women, for example sheltered housing. You can also call Kvinnofridslinjen, the national women's helpline, on 020-50 50 50, day and night.
leave-honour-heading = If it is about honour
leave-honour-text = You have the right to decide over your own life, who you meet and who you marry. If your family or relatives control you with threats or violence, social services and the police can help you. This also applies if you are under 18.

## Relatives
relatives-title = I am worried about someone close to me
relatives-lead = It is hard to see someone you care about in crime, in a violent extremist group or under honour-related control. You can get advice – and support for your own sake.
relatives-can-heading = What we can do for you
relatives-can-advise = Give advice on how to talk with the person you are worried about and what you can do.
relatives-can-explain = Tell you what support there is and who is responsible for what where you live.
relatives-can-connect = With your consent, put you in touch with social services or someone else who can help.
relatives-can-yourself = Help you get support for yourself. Many relatives carry worry, shame and fear. Social services can support relatives too.
relatives-tell-heading = What we can and cannot tell you
relatives-tell-can = We can tell you what support there is, how leaving usually works and where you can turn.
relatives-tell-cannot = If the person you are worried about is in contact with us, we may not tell you anything about it without their consent – not even that they have been in touch. This is secrecy, and it also protects them.
relatives-tell-child = Is it about your child under 18? Social services can tell you how you, as a guardian, can get information and take part.
relatives-callback-heading = We can call you
relatives-callback-text = You can ask us to call you instead of writing. You choose a time when it is safe for you to talk.
relatives-callback-who = When we call, we only say who we are if you have told us that it is all right. You can also choose a code word, so that you know it is us.
relatives-callback-interpreter = Tell us if you need an interpreter, and we will try to arrange one.
relatives-child-heading = If you are worried about a child
relatives-child-text = If you think a child is being harmed, you can always contact social services in the municipality where the child lives. You can report your concern yourself. You can also write to us first and get advice.
relatives-threat-heading = If you are threatened yourself
relatives-threat-text = Relatives can be threatened too. If it is acute, call 112. Otherwise you can call the police on 114 14.
relatives-no-crimes = Do not write about crimes that the person you are worried about or you have committed. Describe instead what worries you and what you need.

## Professionals
professionals-title = I work with this
professionals-lead = For you who work in a municipality, social services, a school, health care, the police, the Prison and Probation Service or a voluntary organisation and meet someone who wants to leave, or a relative.
professionals-consult-heading = Advice on a case
professionals-consult-text = You can consult us about a case. Describe the situation without names or personal identity numbers, unless they are needed.
professionals-consult-topics = We can, for example, tell you which actors there are, how leaving usually works, what the municipality is responsible for and how to work with the police's defector coordinator.
professionals-consult-knowledge = We can also refer you to knowledge support at the Centre for Preventing Violent Extremism (CVE) and at the National Centre against Honour-related Violence and Oppression (Nationellt centrum mot hedersrelaterat våld och förtryck, at the County Administrative Board of Östergötland).
professionals-referral-heading = How a referral to the municipality works
professionals-referral-consent = When a person consents, the contact point can send a referral to the right municipality or defector programme.
professionals-referral-inbox = The municipality receives the referral in a secure inbox, never by e-mail. It contains only the information that the person has agreed we may give to you in particular.
professionals-referral-answer = The municipality answers in the inbox and takes over the contact. The contact point checks that someone has received the case.
professionals-referral-no-programme = Does your municipality have no defector programme? We can tell you about regional cooperation and about how a move to another municipality can work.
professionals-inbox-link = Sign in to the municipality inbox
professionals-consent-heading = Consent for each recipient
professionals-consent-text = Consent applies to each recipient separately: which information, to whom and when. The person can withdraw their consent. Without consent, secrecy applies between authorities unless a law says otherwise.
professionals-consent-civil = Voluntary organisations are not covered by the Public Access to Information and Secrecy Act. They never receive information about crimes from us.
professionals-report-heading = The duty to report concern about a child
professionals-report-text = If you work in a public authority, or for example in a school, health care or social services, you must report to social services at once if you suspect that a child is being harmed. This is set out in the Social Services Act.
professionals-report-not-replaced = Contacting us does not replace your report. You can get advice from us, but you make the report to social services yourself.
professionals-report-we = { $kind ->
    [other] The contact point is not run by a public authority and has no duty to report. That is why your own report matters.
   *[authority] The contact point has a duty to report too. We report concern about a child to social services, not to the police.
}
professionals-no-crimes = Do not write about crimes the person has committed. It is not needed for advice or a referral. Whoever takes over the case asks for what is needed, with the person's consent.
professionals-contact-text = Write to us and choose that you are writing in your work.

## Under 18 – easy language
young-title = Are you under 18?
young-lead = This page is for you who are under 18.
young-who-heading = Who are we?
young-who = { $kind ->
    [police] The contact point is run by the police.
    [authority] The contact point is run by { $host }. It is a public authority.
   *[other] The contact point is run by { $host }. It is not a public authority and not the police.
}
young-who-read = { $kind ->
    [police] Adults who work at the contact point read what you write. Other police officers only find out if someone is in danger, or if you tell us about a serious crime.
    [authority] Adults who work at the contact point read what you write. The police only find out if you say yes, if someone is in danger, or if you tell us about a serious crime.
   *[other] Adults who work at the contact point read what you write. The police only find out if you say yes, if someone is in danger, or if you tell us about a serious crime that is going to happen.
}
young-help-heading = We can help you
young-help-gang = Do you want to get away from a gang or from crime?
young-help-extremism = Do you want to leave a group that wants to use violence?
young-help-honour = Does your family control your life with threats or violence?
young-help-write = Then you can write to us.
young-help-anytime = You can write whenever you want, also in the evening and at night.
young-help-adult = An adult who works with this reads and answers.
young-anonymous-heading = You do not have to say who you are
young-anonymous-name = You can write without your name.
young-anonymous-code = You get a code when you have written.
young-anonymous-keep = Write the code down. Hide it in a safe place.
young-anonymous-read = With the code you can read our answer.
young-anonymous-details = Remember: a phone number, a school, a nickname or a place can also show who you are.
young-parents-heading = Will your parents find out?
young-parents-us = We do not tell your parents ourselves that you have written.
young-parents-social = If social services are to help or protect you, they often talk to your parents.
young-parents-family = But if someone in your family is hurting you, social services decide how to do it. They think first about keeping you safe.
young-happens-heading = This happens when you write
young-happens-write = You write to us.
young-happens-code = You get a code.
young-happens-read = An adult here reads what you write.
young-happens-answer = We answer within { $days ->
    [one] one weekday
   *[other] { $days } weekdays
}. Weekdays are Monday to Friday.
young-happens-look = You read the answer here. You use your code.
young-happens-help = We tell you who can help you.
young-tell-heading = Sometimes we must tell social services
young-tell-law = Adults at a public authority must tell social services when they are worried about a child. It is the law.
young-tell-child = Everyone under 18 is a child in the law.
young-tell-so = This means that sometimes we must tell social services about you.
young-tell-why = We do it so that adults can help you and protect you.
young-tell-social = Social services are in your municipality. They can help you and your family.
young-tell-first = If we can, we tell you first.
young-tell-heading-other = When we tell social services
young-tell-other = We are not a public authority. We do not have to tell social services about you. We only do it if you say yes, or if you are in danger.
young-tell-anonymous = If you have not written your name, we do not know who you are. Then we cannot tell social services who you are either.
young-decide-heading = You decide a lot, but not everything
young-decide-what = You decide what you want to tell us.
young-decide-who = You decide if we may tell others about you, for example the police or an organisation.
young-decide-not = But if you are in danger, we must help you get protection.
young-decide-report = And we must tell social services if we are worried about you.
young-decide-crime = { $kind ->
    [police] If you tell us about a serious crime that is going to happen or has happened, the police must do something.
    [authority] If you tell us about a serious crime that is going to happen, we must tell the police. Sometimes this is also true for a serious crime that has already happened.
   *[other] If you tell us about a serious crime that is going to happen, we must tell the police.
}
young-crimes-heading = Do not write about crimes you have done
young-crimes-need = You do not have to tell us about crimes to get help.
young-crimes-dont = Do not write about things you have done.
young-talk-heading = Do you want to talk to someone now?
young-talk-bris = Call Bris on 116 111
young-talk-bris-text = Bris is for children and young people. It costs nothing to call. You can also chat at bris.se.
young-danger-heading = Are you in danger?
young-safe-heading = Stay safe
young-safe-button = Is someone coming? Press the button Leave this page quickly at the top.
young-safe-phone = Do you think someone checks your phone? Write from another phone or computer.
young-safe-link = More tips on staying safe
young-write-link = Write to us
young-receipt-link = I have a code

## Where to turn
where-to-turn-title = Where can I turn?
where-to-turn-lead = Here are the most common ways to get support. You can start wherever you like. If you are unsure, write to us and we will help you find the right place.
where-to-turn-us-heading = The contact point
where-to-turn-us-text = You can always write to us, also in the evenings, at night and at weekends. You can stay anonymous.
where-to-turn-police-heading = The police: 114 14
where-to-turn-police-text = Call 114 14 and ask to speak to the defector coordinator in your region. The defector coordinators work daytime, Monday to Friday. The police can help with protection when you are threatened.
where-to-turn-police-call = Call the police on 114 14
where-to-turn-social-heading = Social services in your municipality
where-to-turn-social-text = Anyone can get support from social services, even without a threat. Social services are responsible for most of the support, such as housing, money and treatment. Some municipalities have their own defector programme.
where-to-turn-social-how = Call your municipality's switchboard and ask for social services. They are usually open daytime on weekdays.
where-to-turn-socialjour-heading = The social services emergency line: evenings, nights and weekends
where-to-turn-socialjour-text = When social services are closed, there is the social services emergency line (socialjouren). You reach it through your municipality's switchboard or website. If it is acute, or you cannot find a number at night, call 112 and ask to be put through to socialjouren.
where-to-turn-other-heading = If you are already in contact with someone
where-to-turn-other-prison = Are you in remand or prison, or on probation? Talk to your contact person at the Prison and Probation Service.
where-to-turn-other-sis = Do you live in a SiS home? Talk to the staff or to your social worker.
where-to-turn-other-health = Are you not well mentally? Call 1177 for health care advice, day and night.
where-to-turn-112-heading = In acute danger: 112
where-to-turn-112-text = If someone's life or health is in danger right now, call 112. Day and night.

## Kinds of support
support-title = What support can I get?
support-lead = This is support that may be possible when someone leaves. What support you can get depends on your situation and on decisions by whoever gives the support. We help you find the right place.
support-protection-heading = Protection
support-protection-text = If you are threatened, the police can assess the threat and help you with protection. Social services can arrange sheltered housing.
support-housing-heading = Housing
support-housing-text = Many people need a new home to get away. Social services can help with temporary or longer-term housing.
support-economy-heading = Money
support-economy-text = People who leave are often left without income. Social services can give financial assistance and help with debts and budgeting.
support-talk-heading = Someone to talk to
support-talk-text = Leaving is hard, also emotionally. You can talk to someone about what has happened and about the future, for example at social services or a voluntary organisation.
support-treatment-heading = Treatment, also for addiction
support-treatment-text = If you use alcohol or drugs, you can get treatment. Social services and the region are responsible for it.
support-psychiatry-heading = Psychiatric care
support-psychiatry-text = Many people who leave are not well mentally or have a diagnosis. Psychiatric care in your region can give care. We can help you get in touch.
support-relocation-heading = Moving to another municipality
support-relocation-text = Many people who leave move to another town, about seven in ten. Municipalities work together on this, and children and relatives can move too.
support-protected-heading = Protected personal data
# Promise: tests/api/promises.rs protected_details_are_seen_only_by_the_handlers_named_on_the_case.
support-protected-text = The Swedish Tax Agency (Skatteverket) can decide on a confidentiality marking (sekretessmarkering) or protected registration (skyddad folkbokföring), so that your address is not given out. With us, only the case workers handling your case see such information, and it is never given out in lists or statistics.
support-relatives-heading = Support for relatives
support-relatives-text = Parents, partners, brothers and sisters can get support too, both to help the person who is leaving and for their own sake.
support-work-heading = Work and education
support-work-text = A new everyday life needs a job or an education. The municipality and the Public Employment Service (Arbetsförmedlingen) can help.
support-return-heading = Voluntary return
support-return-text = If you are not a Swedish citizen and want to move to another country yourself, the Migration Agency can tell you about support for returning. It is always your own choice. We never contact the Migration Agency about you unless you ask us to.

## About the service
about-title = About the contact point
about-lead = The contact point is one way in for everyone who wants to leave crime, violent extremism or honour-related control, for their relatives and for the people who work with them.
about-who-heading = Who runs the contact point
about-who-mission = The Government has tasked the Police Authority, the Prison and Probation Service, the National Board of Institutional Care and the National Board of Health and Welfare with strengthening support for people who want to leave, throughout Sweden and also for children.
about-what-heading = What we do
about-what-text = We give information, give advice and refer you to the right actor for your situation. We are not an emergency service and we do not investigate crimes.
about-police-heading = What reaches the police, and when
about-police-intro-police = The contact point is part of the police. What you write is read by the contact point's staff. Without your consent it is not passed on to police investigators or other parts of the police, except in two cases:
about-police-crime-police = If you tell us about a serious crime that is about to happen or has been committed. Then police staff must act, and that includes us at the contact point. So do not write about crimes you have committed yourself.
about-police-anonymous = Contacting us anonymously does not in itself start a police case.
about-police-intro = What you write is read by the contact point's case workers. The police only learn of it if you consent, for example to get in touch with the police's defector coordinator and get protection, or in these cases:
about-police-acute = If someone's life or health is in acute danger. Then we call 112 at once, even without consent.
about-police-crime-coming = If you tell us about a serious crime that is about to happen. Everyone who knows of it must then tell.
about-police-crime-done = If you tell us about a serious crime that has already been committed. Then a law can lift secrecy so that the police are told.
about-police-children = Concern about a child is reported to social services, not to the police.
about-police-first = So you can have a first conversation with us without the police being involved.
about-crimes = Do not write about crimes you have committed. We do not need to know to help you. This protects you.
about-followup-heading = Follow-up and research
about-followup-text = The work is to be followed up so that the Swedish National Council for Crime Prevention (Brå) can evaluate whether the support helps. Today no statistics are made from the cases. When they are, this page will say what the statistics contain.

## Secrecy and anonymity
privacy-title = Secrecy and anonymity
privacy-lead = What you write to us is sensitive. This is how we protect it.
privacy-anonymous-heading = You have the right to be anonymous
privacy-anonymous-text = You do not have to give your name, personal identity number, address or phone number to write to us and get an answer.
privacy-store-heading = What we do not store
privacy-store-ip = We do not store your IP address.
privacy-store-trackers = We use no trackers and no visitor statistics from other companies.
privacy-store-third = The pages load nothing from other websites, such as fonts or scripts.
privacy-store-cookie = When you fill in a form, we use a necessary cookie that protects the form against forgery. It contains nothing about you.
privacy-encrypted-heading = What you write is encrypted
# Promise: tests/api/promises.rs only_the_handlers_working_on_the_case_read_it (and tests/api/case_access.rs).
privacy-encrypted-text = Your message and your contact details are stored encrypted. Only the case workers handling your case can read them, and every time someone reads them it is logged.
privacy-code-heading = The code is the only key
privacy-code-text = The code you get is the only way into your case. We keep only a scrambled form of the code. This is why we cannot tell you the code again if you lose it. Write it down and keep it somewhere safe.
privacy-code-lost = Have you lost your code? Write to us again. You will get a new code.
privacy-law-heading = Secrecy and data protection
privacy-law-secrecy = { $kind ->
    [other] The contact point is not a public authority, so the Public Access to Information and Secrecy Act does not apply to us. Even so, we do not give out what you write without your consent, except in the cases above.
   *[authority] What you write is protected by secrecy under the Public Access to Information and Secrecy Act. We may not give it to others without your consent, unless a law says otherwise.
}
privacy-law-gdpr = We process personal data under the General Data Protection Regulation (GDPR). Information about health and about crimes is specially protected.
privacy-law-rights = You have the right to know what information we hold about you and to have mistakes corrected. If you have questions, you can contact the authority's data protection officer. The Swedish Authority for Privacy Protection (IMY) is the supervisory authority.
privacy-share-heading = When we pass information on
privacy-share-consent = We pass information to someone else only with your consent. You consent for each recipient separately: which information, to whom and when.
privacy-share-withdraw = You can withdraw your consent at any time. What has already been passed on cannot be taken back, but nothing more is passed on.
privacy-share-exceptions = { $kind ->
    [police] Without consent we only pass on information if someone's life or health is in acute danger, if you tell us about a serious crime that is about to happen or has been committed (then police staff must act), or when we are worried that a child is being harmed (then to social services).
    [authority] Without consent we only pass on information if someone's life or health is in acute danger, if you tell us about a serious crime that is about to happen (then everyone must tell) or has been committed (then a law can lift secrecy), or when we are worried that a child is being harmed (then to social services).
   *[other] Without consent we only pass on information if someone's life or health is in acute danger, or if you tell us about a serious crime that is about to happen.
}
privacy-share-civil = Voluntary organisations never receive information about crimes from us.
privacy-retention-heading = How long we keep information
privacy-retention-text = We keep the information in your case. How long it is kept before it is deleted has not been decided yet, and today nothing is deleted automatically. This page will say when it has been decided.

## When the contact point is closed
when-closed-title = When we are closed
when-closed-lead = You can always write to us. But sometimes you need to talk to someone straight away. Here are numbers you can call.
when-closed-write-heading = Write to us – you always can
when-closed-112-heading = 112 – acute danger
when-closed-112-text = If someone's life or health is in danger. Open day and night.
when-closed-police-heading = The police 114 14
when-closed-police-text = When it is not acute. Ask to speak to the defector coordinator in your region. The coordinators work daytime, Monday to Friday.
when-closed-police-call = Call 114 14
when-closed-socialjour-heading = The social services emergency line (socialjouren)
when-closed-socialjour-text = Social services' on-call service in the evenings, at night and at weekends. You find the number through your municipality's switchboard or website. At night you can also call 112 and ask to be put through.
when-closed-bris-heading = Bris 116 111
when-closed-bris-text = For children and young people under 18. It costs nothing to call.
when-closed-bris-call = Call Bris on 116 111
when-closed-kvinnofrid-heading = Kvinnofridslinjen 020-50 50 50
when-closed-kvinnofrid-text = The national helpline for you who have been exposed to threats or violence, for example in a close relationship or in the name of honour. Relatives can call too. Open day and night and free of charge.
when-closed-kvinnofrid-call = Call Kvinnofridslinjen on 020-50 50 50
when-closed-1177-heading = 1177 – health care advice
when-closed-1177-text = If you are not well mentally and need advice about care. Open day and night.
when-closed-1177-call = Call 1177

## Safety: quick exit and hiding a visit
safety-title = Safety: hide your visit
safety-lead = If you are afraid that someone sees what you do on your phone or computer, these tips can help.
safety-button-heading = The Leave this page quickly button
safety-button-text = At the top of every page there is a button called Leave this page quickly. It takes you straight to another, ordinary website.
safety-button-keyboard = With a keyboard: press the Shift key three times quickly.
safety-button-history = The button does not remove our pages from the browser history. Read below how to do that.
safety-history-heading = Delete the history
safety-history-text = Open the browser menu and choose History. Delete the pages that come from this website.
safety-history-tip = Delete only our pages. A completely empty history may raise questions.
safety-private-heading = Browse privately
safety-private-text = Use a private window or incognito mode. Then no history is saved when you close the window. It does not hide your visit from whoever controls the network, for example at a school or a workplace.
safety-traces-heading = What stays in the browser
safety-traces-history = The browser history keeps the addresses of the pages you visited here, unless you use a private window. The Leave this page quickly button only replaces the page you are on.
safety-traces-not-kept = The browser keeps no copies of our pages, and what you wrote does not come back if you press Back.
safety-traces-cookie = A cookie that protects the forms stays until you close the browser. It says nothing about you.
safety-traces-chat = When a chat has ended, its address shows nothing of it. You read it with your code.
safety-traces-chat-browser = A chat's address works only in the browser that started the chat.
safety-traces-code = The page with your code opens only in the browser that sent, and only for ten minutes.
safety-device-heading = Use a safe phone or computer
safety-device-text = If you can, write from a phone or computer that nobody else can get into, for example a computer at a library or the phone of a friend you trust.
safety-watch-heading = Someone may be watching your phone
safety-watch-text = The gang or other people around you may have access to your phone: they may borrow it, know your code or have installed apps that show where you are or read your messages.
safety-watch-location = Check whether your location is shared with others, in the settings and in apps with maps.
safety-watch-other = Do you think your phone is being watched? Use another phone or computer to contact us.
safety-code-heading = Protect your code
safety-code-text = Do not save the code where others can see it. Write it on a piece of paper that you hide, or learn it by heart.
safety-contact-heading = How we contact you
safety-contact-text = We only call at times you have told us are safe. We only say who we are if you have told us that it is all right. We never send what you have written or your code by e-mail or text message.

## Accessibility statement and report form
accessibility-title = Accessibility
accessibility-lead = We want as many people as possible to be able to use this website. Here we describe how it meets the Swedish Act on accessibility to digital public services, which shortcomings we know about and how you report a problem.
accessibility-status-heading = How accessible is this website?
accessibility-status-text = The website is made to meet WCAG 2.1 at level AA. It is meant to work without JavaScript, with a keyboard only, with a screen reader and on screens 320 pixels wide.
accessibility-status-testing = The pages are tested automatically with the axe tool in every language. The website has not yet been reviewed by an independent party.
accessibility-known-heading = Known shortcomings
accessibility-known-drafts = Translations marked as drafts have not yet been checked by a qualified translator and may contain mistakes.
accessibility-known-easy = Only the page for you under 18 is written in easy-to-read language.
accessibility-report-heading = Report a problem
accessibility-report-text = If something on the website does not work for you, tell us. You do not have to say who you are.
accessibility-report-reply = We only answer if you give contact details.
accessibility-form-problem = What does not work?
accessibility-form-problem-hint = Describe the problem in your own words. Do not write about your case here.
accessibility-form-page = Which page is it about? (optional)
accessibility-form-page-hint = For example the page address or heading.
accessibility-form-contact = How can we reach you? (optional)
accessibility-form-contact-hint = For example an e-mail address. Leave it empty if you do not want an answer.
accessibility-form-send = Send the report
accessibility-form-errors = Something needs to be corrected
accessibility-sent-heading = Thank you for your report
accessibility-sent-text = We have received it and will look into the problem.
accessibility-digg-heading = Supervision
accessibility-digg-text = The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your feedback, you can contact Digg and tell them.
accessibility-digg-link = Digg's website, digg.se
accessibility-updated = This statement was written in November 2026.
