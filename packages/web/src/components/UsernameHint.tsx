/**
 * Password managers file a changed password under the account named in the same form; without
 * this hidden field Chromium also warns that the form is less accessible to them.
 */
export function UsernameHint({ email }: { email: string }) {
  return <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />;
}
