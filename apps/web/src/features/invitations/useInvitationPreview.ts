import { useQuery } from '@tanstack/react-query';
import { fetchInvitationPreview, invitationPreviewQueryKey } from './invitationsApi';

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: invitationPreviewQueryKey(token),
    queryFn: ({ signal }) => fetchInvitationPreview(token, signal),
  });
}
