## The console: who reads a case (src/console/access.rs). The words of a case are read by
## the handler who holds it, or by one who writes why they must read it without holding it
## (break-glass). Promise ledger: tests/api/case_access.rs.

access-heading = Who reads this case
access-reads-holding = You hold this case and can read the person's words and contact details.
access-reads-by-reason = You are reading this case without holding it, by a reason you wrote. It is valid until { $until } and supervisors see it.
access-why-role = Your role never reads the content of cases: the person's words, the conversation, the replies and contact details are not shown to you.
access-why-protected = This case has protected personal details. Only handlers named on the case see the municipality, the person's words and contact details. A supervisor can name you.
access-why-not-held = The person's words, the conversation and contact details are shown only to whoever holds the case.
access-two-ways = You can read them in two ways:
access-way-claim = claim the case (the "Take the case" button above), or
access-way-reason = write why you need to read the case without holding it. The reason is stored, logged and shown to supervisors, and is valid for { $minutes } minutes.
access-reason-label = I need to read this case without holding it, because
access-reason-hint = At most 500 characters. Do not write the person's details here. Valid for you and this case for { $minutes } minutes.
access-reason-send = Read the case with this reason
access-reason-empty = Write why you need to read the case.
access-reason-too-long = The reason can be at most 500 characters.
access-how-link = How to read this case
access-place-hidden = The recipients, the decision history and the referrals are not shown: they could reveal where a person with protected personal details lives.
access-list-title = Read without holding the case
access-list-intro = Every time someone read a case without holding it, with the reason they wrote. Newest first.
access-list-caption = Reads with a reason: { $count }
access-list-col-at = When
access-list-col-who = Who
access-list-col-case = Case
access-list-col-until = Valid until
access-list-col-reason = Reason
access-list-valid = valid now
access-list-none = Nobody has read a case without holding it.
console-nav-break-glass = Read without holding
