import { createNetworkSchema } from '@praxis/contracts';
import { slugify } from './slugify';

describe('slugify', () => {
  it('makes a valid slug from a name in any language', () => {
    expect(slugify('Multi-Country Learning Network')).toBe('multi-country-learning-network');
    expect(slugify("Réseau d'apprentissage — Santé")).toBe('reseau-d-apprentissage-sante');
    expect(slugify('  Rede de Aprendizagem: São Tomé  ')).toBe('rede-de-aprendizagem-sao-tome');
    expect(slugify('x'.repeat(70) + ' y')).toHaveLength(64);
    const slug = slugify('Hospital   Twinning -- Network!');
    expect(createNetworkSchema.shape.slug.safeParse(slug).success).toBe(true);
  });
});
