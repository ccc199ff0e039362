## A signed-in user's own account (console and inbox): changing the password.

password-nav = Byt lösenord
password-title = Byt lösenord
# promise: tests/api/sessions.rs::a_password_change_lets_the_new_password_sign_in_and_ends_the_users_other_sessions
password-intro = Skriv ditt nuvarande lösenord och sedan det nya två gånger. När lösenordet är bytt loggas du ut på alla andra datorer och webbläsare, men inte här.
password-field-current = Nuvarande lösenord
password-field-new = Nytt lösenord
password-field-new-hint = Minst { $min } tecken. Flera ord i rad är lätta att minnas och svåra att gissa.
password-field-again = Nytt lösenord en gång till
password-save = Byt lösenord
# promise: tests/api/sessions.rs::a_password_change_lets_the_new_password_sign_in_and_ends_the_users_other_sessions
password-changed = Lösenordet är bytt. Du är utloggad på alla andra datorer och webbläsare.
password-error-current-missing = Skriv ditt nuvarande lösenord.
password-error-current-wrong = Det nuvarande lösenordet stämmer inte. Efter flera misslyckade försök härifrån får du vänta en stund.
password-error-short = Det nya lösenordet behöver minst { $min } tecken.
password-error-long = Det nya lösenordet får ha högst { $max } tecken.
password-error-mismatch = De två nya lösenorden är inte likadana. Skriv samma lösenord i båda fälten.
password-error-throttled = För många försök härifrån. Vänta { $minutes } min och försök igen.
