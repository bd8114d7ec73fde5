import { useMutation } from '@tanstack/react-query';
import { api } from './client.ts';

// Calls that work without a session: password reset and accepting an invitation.

export const useRequestPasswordReset = () =>
  useMutation({ mutationFn: (email: string) => api.post<void>('/password-resets', { email }) });

export const useConfirmPasswordReset = () =>
  useMutation({
    mutationFn: (body: { token: string; newPassword: string }) => api.post<void>('/password-resets/confirmation', body),
  });

export const useAcceptInvitation = () =>
  useMutation({
    mutationFn: (body: { token: string; name: string; password?: string }) =>
      api.post<void>('/invitations/acceptance', body),
  });
