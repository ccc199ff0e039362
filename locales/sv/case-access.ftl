## The console: who reads a case (src/console/access.rs). The words of a case are read by
## the handler who holds it, or by one who writes why they must read it without holding it
## (break-glass). Promise ledger: tests/api/case_access.rs.

access-heading = Vem läser ärendet
access-reads-holding = Du har ärendet och kan läsa personens ord och kontaktuppgifter.
access-reads-by-reason = Du läser ärendet utan att ha det, med ett skäl du har skrivit. Det gäller till { $until } och syns för arbetsledarna.
access-why-role = Din roll läser aldrig innehållet i ärenden: personens ord, samtalet, svaren och kontaktuppgifterna visas inte för dig.
access-why-protected = Ärendet har skyddade personuppgifter. Bara handläggare som är namngivna på ärendet ser kommun, personens ord och kontaktuppgifter. En arbetsledare kan namnge dig.
access-why-not-held = Personens ord, samtalet och kontaktuppgifterna visas bara för den som har ärendet.
access-two-ways = Du kan läsa dem på två sätt:
access-way-claim = ta ärendet (knappen ”Ta ärendet” ovan), eller
access-way-reason = skriva varför du behöver läsa ärendet utan att ta det. Skälet sparas, loggas och visas för arbetsledarna, och gäller i { $minutes } minuter.
access-reason-label = Jag behöver läsa ärendet utan att ha det, eftersom
access-reason-hint = Högst 500 tecken. Skriv inte personens uppgifter här. Gäller för dig och det här ärendet i { $minutes } minuter.
access-reason-send = Läs ärendet med det här skälet
access-reason-empty = Skriv varför du behöver läsa ärendet.
access-reason-too-long = Skälet får vara högst 500 tecken.
access-how-link = Så läser du ärendet
access-place-hidden = Mottagarna, beslutens historik och remisserna visas inte: de kan avslöja var en person med skyddade personuppgifter bor.
access-list-title = Läst utan att ha ärendet
access-list-intro = Varje gång någon har läst ett ärende utan att ha det, med det skäl de skrev. Senaste först.
access-list-caption = Läsningar med skäl: { $count }
access-list-col-at = När
access-list-col-who = Vem
access-list-col-case = Ärende
access-list-col-until = Gäller till
access-list-col-reason = Skäl
access-list-valid = gäller nu
access-list-none = Ingen har läst ett ärende utan att ha det.
console-nav-break-glass = Läst utan ärende
