## A signed-in user's own account (console and inbox): changing the password.

password-nav = Change password
password-title = Change password
password-intro = Type your current password, then the new one twice. Once the password is changed you are signed out on every other computer and browser, but not here.
password-field-current = Current password
password-field-new = New password
password-field-new-hint = At least { $min } characters. Several words in a row are easy to remember and hard to guess.
password-field-again = New password again
password-save = Change password
password-changed = Your password is changed. You are signed out on every other computer and browser.
password-error-current-missing = Type your current password.
password-error-current-wrong = The current password is not right. After several failed attempts from here you have to wait a while.
password-error-short = The new password needs at least { $min } characters.
password-error-long = The new password may have at most { $max } characters.
password-error-mismatch = The two new passwords are not the same. Type the same password in both fields.
password-error-throttled = Too many attempts from here. Wait { $minutes } min and try again.
