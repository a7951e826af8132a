import type { AgendaItem, Participant } from '@praxis/contracts';

/*
 * Who is on the main stage during a walkthrough. LiveKit identities are opaque, so a video participant is
 * matched to a live-room participant through the token's metadata JSON `{ userId, countryCode, role }`;
 * tokens without a userId fall back to the display name and country. Where that cannot tell people apart,
 * nobody is chosen and the manual picker decides.
 */

/** What the video stage knows about a LiveKit participant with a camera. */
export interface VideoCandidate {
  identity: string;
  name: string | undefined;
  metadata: string | undefined;
}

/**
 * The live-room participants presenting a walkthrough item, in the item's order: people listed as
 * presenters first, then the members of presenting delegations. Empty for any other kind of item.
 */
export function walkthroughPresenters(
  item: AgendaItem | undefined,
  participants: readonly Participant[],
): Participant[] {
  if (!item || item.kind !== 'walkthrough') return [];
  const people = item.presenterIds.flatMap((id) => participants.filter((p) => p.userId === id));
  const delegations = item.presenterDelegationIds.flatMap((id) =>
    participants.filter((p) => p.delegationId === id && !people.includes(p)),
  );
  return [...people, ...delegations];
}

function userIdOf(metadata: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(metadata ?? '') as { userId?: unknown };
    return typeof parsed.userId === 'string' ? parsed.userId : undefined;
  } catch {
    return undefined;
  }
}

function countryOf(metadata: string | undefined): string | null | undefined {
  if (!metadata) return undefined;
  try {
    const parsed = JSON.parse(metadata) as { countryCode?: unknown };
    if (parsed.countryCode === null || typeof parsed.countryCode === 'string')
      return parsed.countryCode;
  } catch {
    // Not ours: such a participant is never matched.
  }
  return undefined;
}

const key = (name: string, countryCode: string | null) => `${countryCode ?? ''}\u0000${name}`;

/**
 * The identity of the first presenter whose camera can be told apart with certainty, or undefined.
 * A name and country shared by two people in the room (or by two video participants) is ambiguous and skipped.
 */
export function pickWalkthroughCamera(
  presenters: readonly Participant[],
  everyone: readonly Participant[],
  cameras: readonly VideoCandidate[],
): string | undefined {
  const people = new Map<string, number>();
  for (const p of everyone)
    people.set(
      key(p.displayName, p.countryCode),
      (people.get(key(p.displayName, p.countryCode)) ?? 0) + 1,
    );
  const byKey = new Map<string, VideoCandidate[]>();
  for (const camera of cameras) {
    const country = countryOf(camera.metadata);
    if (country === undefined || !camera.name) continue;
    const k = key(camera.name, country);
    byKey.set(k, [...(byKey.get(k) ?? []), camera]);
  }
  for (const presenter of presenters) {
    const exact = cameras.find((camera) => userIdOf(camera.metadata) === presenter.userId);
    if (exact) return exact.identity;
    const k = key(presenter.displayName, presenter.countryCode);
    const matches = byKey.get(k) ?? [];
    if (matches.length === 1 && (people.get(k) ?? 1) === 1) return matches[0].identity;
  }
  return undefined;
}
