## The layout shared by every page: header, language picker, footer, shared blocks.
## Messages are plain text (no HTML). Swedish (sv) is the reference locale.

site-name = The Contact Point
site-description = National contact point for you who want to leave crime, violent extremism or honour-related control

skip-link = Skip to content

quick-exit = Leave this page quickly
quick-exit-hint = Tip: you can also press the Shift key three times to leave this page quickly.

nav-label = Shortcuts
nav-enquiry = Write to us
nav-receipt = I have a code
nav-chat = Chat
nav-callback = Get a call back

lang-picker-label = Language / Språk
lang-draft-tag = draft

draft-notice-title = This translation is a draft
draft-notice = This text has been translated but not yet checked by a qualified translator. It may contain mistakes.
draft-notice-link = Read this page in Swedish

footer-label = More information
footer-where-to-turn = Where can I turn?
footer-support = What support is there?
footer-about = About the contact point
footer-privacy = Secrecy and anonymity
footer-safety = Safety: hide your visit
footer-when-closed = When we are closed
footer-accessibility = Accessibility
footer-emergency = 112 – acute danger

## Operator: adjust these messages if another organisation runs the service.
operator-run-by = { $kind ->
    [police] The contact point is run by the police (the Swedish Police Authority, Polismyndigheten) together with the Swedish Prison and Probation Service (Kriminalvården), the National Board of Institutional Care (SiS) and the National Board of Health and Welfare (Socialstyrelsen).
    [authority] The contact point is run by { $host }, a public authority.
   *[other] The contact point is run by { $host }, which is not a public authority.
}
operator-authority = The contact point is part of a public authority. This means that the authorities' rules on secrecy apply, and so does the duty to report when a child may need protection.
operator-not-authority = The contact point is not a public authority. So the authorities' rules on secrecy and on reporting when a child may need protection do not apply to us. Even so, we do not pass on what you write without your consent, except in acute danger or when you tell us about a serious crime that is about to happen.

## Shared blocks used on several pages.
common-emergency-lead = Are you in danger right now?
common-emergency-call = Call 112
common-contact-heading = How to contact us
common-reply-promise = You can always write to us, day and night, every day. We answer within { $days ->
    [one] one working day
   *[other] { $days } working days
}.
common-write-link = Write to us
common-anonymous = You do not have to give your name or anything else that shows who you are.
common-code = When you have written, you get a code. With the code you can read our answer and write more. Write the code down and keep it somewhere safe.
common-receipt-link = Come back with your code
common-no-crimes-title = Do not write about crimes
common-no-crimes = Do not write about crimes you have committed. We do not need to know about them to help you. If information is needed later, whoever takes over your case will ask – and only with your consent.
common-safety-heading = Think about your safety
common-safety-text = If someone can look at your phone or computer, use the Leave this page quickly button at the top. It takes you straight to another website.
common-safety-link = How to hide your visit
common-no-email = We never send your code or what you have written by e-mail or text message.
common-more-heading = Read more

## The decision's urgent notices, first on the page after sending and on the receipt page
## (templates/partials/urgent.html). Självmordslinjen is run by Mind, open day and night.
urgent-90101-text = Do you or someone close to you have thoughts of suicide? Call Självmordslinjen, the suicide helpline, on 90101. It is run by Mind and open day and night.
urgent-90101-call = Call Självmordslinjen on 90101

## When handlers read (site.read_hours), beside the reply promise (src/web/render.rs).
common-read-hours = We read messages { $windows }, except on public holidays. We read urgent messages first.
common-read-always = We read messages around the clock, every day. We read urgent messages first.
common-read-days = { $first } to { $last }, { $from }–{ $to }
common-read-day = { $first }, { $from }–{ $to }
common-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
