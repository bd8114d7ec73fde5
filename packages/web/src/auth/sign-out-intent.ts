// Tells the signed-in guard why the session is gone. After the user's own logout it sends them to
// a plain /login that says "you are logged out"; after an expired session it adds ?next=<page>,
// so signing in again brings them back where they were.
let signedOutOnPurpose = false;

export const markSignOut = (): void => {
  signedOutOnPurpose = true;
};

export const clearSignOut = (): void => {
  signedOutOnPurpose = false;
};

export const isSignOutOnPurpose = (): boolean => signedOutOnPurpose;
