import { NETWORK_LIMITS } from '@praxis/contracts';

/** "Réseau d'apprentissage — Santé" becomes "reseau-d-apprentissage-sante". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, NETWORK_LIMITS.slugMax)
    .replace(/-+$/g, '');
}
