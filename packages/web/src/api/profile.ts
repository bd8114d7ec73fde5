import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  MfaEnrolmentSchema,
  RecoveryCodesSchema,
  UserSchema,
  type Locale,
  type Session,
  type User,
} from '@weerbaar/core/platform';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { sessionKey } from './keys.ts';

export interface ProfileUpdate {
  name?: string;
  locale?: Locale;
}

export function updateProfile(body: ProfileUpdate): Promise<User> {
  return api.patch('/users/me', body).then((data) => checked(UserSchema, data, 'user'));
}

/** Keeps the user inside the cached session in step with what the server now holds. */
function useSetSessionUser() {
  const queryClient = useQueryClient();
  return (update: (user: User) => User) =>
    queryClient.setQueryData<Session | null>(sessionKey, (session) =>
      session ? { ...session, user: update(session.user) } : session,
    );
}

/** After MFA is switched on or off the server decides again whether the session must enrol first. */
function useRefreshSession() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sessionKey });
}

export function useUpdateProfile() {
  const setUser = useSetSessionUser();
  return useMutation({ mutationFn: updateProfile, onSuccess: (user) => setUser(() => user) });
}

export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.put<void>('/users/me/password', body),
  });

export const useStartMfaEnrolment = () =>
  useMutation({
    mutationFn: async () => checked(MfaEnrolmentSchema, await api.post('/users/me/mfa'), 'MFA enrolment'),
  });

export function useActivateMfa() {
  const setUser = useSetSessionUser();
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: async (code: string) =>
      checked(RecoveryCodesSchema, await api.post('/users/me/mfa/activation', { code }), 'recovery codes'),
    onSuccess: () => {
      setUser((user) => ({ ...user, mfaEnabled: true }));
      void refresh();
    },
  });
}

export function useDisableMfa() {
  const setUser = useSetSessionUser();
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (password: string) => api.post<void>('/users/me/mfa/deactivation', { password }),
    onSuccess: () => {
      setUser((user) => ({ ...user, mfaEnabled: false }));
      void refresh();
    },
  });
}
