import type { Role } from './auth';

/**
 * What each network role may do: the roles table of PRODUCT.md. Admins may do everything everywhere.
 * The API's access policy enforces it; the web app reads it to decide which controls to show.
 */
export const PERMISSIONS = {
  'network.view': ['convener', 'member', 'observer'],
  'network.manage': ['convener'],
  'members.view': ['convener', 'member', 'observer'],
  'members.viewEmails': ['convener'],
  'members.manage': ['convener'],
  'delegations.manage': ['convener'],
  'invitations.manage': ['convener'],
  'sessions.view': ['convener', 'member', 'observer'],
  'sessions.manage': ['convener'],
  /** Join the live room, chat, ask and vote questions, raise a hand. */
  'live.participate': ['convener', 'member', 'observer'],
  /** Publish camera and microphone (observers only when a convener lets them present). */
  'live.publish': ['convener', 'member'],
  'live.moderate': ['convener'],
  /** Open the session's notes (observers read only). */
  'notes.read': ['convener', 'member', 'observer'],
  'notes.write': ['convener', 'member'],
  'proceedings.publish': ['convener'],
  /** Read the network's members-only proceedings (public ones are open to anyone). */
  'proceedings.view': ['convener', 'member', 'observer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The caller's standing in one network: a role, `admin` (installation-wide), or none. */
export type NetworkStanding = Role | 'admin' | null;

export function can(standing: NetworkStanding, permission: Permission): boolean {
  if (standing === 'admin') return true;
  return standing !== null && (PERMISSIONS[permission] as readonly Role[]).includes(standing);
}
