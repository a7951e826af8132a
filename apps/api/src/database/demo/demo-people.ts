/** Invented colleagues who fill the demo networks' delegations (they cannot sign in). */
export const DEMO_PEOPLE: Record<
  string,
  { name: string; timeZone: string; locale: 'en' | 'fr' | 'pt' | 'es' }[]
> = {
  NA: [{ name: 'Johanna Shikongo', timeZone: 'Africa/Windhoek', locale: 'en' }],
  NG: [{ name: 'Chinedu Adeyemi', timeZone: 'Africa/Lagos', locale: 'en' }],
  ZW: [{ name: 'Tendai Moyo', timeZone: 'Africa/Harare', locale: 'en' }],
  MW: [{ name: 'Grace Banda', timeZone: 'Africa/Blantyre', locale: 'en' }],
  KE: [{ name: 'Wanjiru Kamau', timeZone: 'Africa/Nairobi', locale: 'en' }],
  MZ: [{ name: 'Célia Macuácua', timeZone: 'Africa/Maputo', locale: 'pt' }],
  UG: [{ name: 'Okello Nsubuga', timeZone: 'Africa/Kampala', locale: 'en' }],
  HT: [{ name: 'Marie-Ange Pierre', timeZone: 'America/Port-au-Prince', locale: 'fr' }],
  TH: [{ name: 'Pranee Srisuk', timeZone: 'Asia/Bangkok', locale: 'en' }],
  VN: [{ name: 'Nguyễn Thị Lan', timeZone: 'Asia/Ho_Chi_Minh', locale: 'en' }],
  RW: [
    { name: 'Jean-Paul Habimana', timeZone: 'Africa/Kigali', locale: 'fr' },
    { name: 'Aline Uwase', timeZone: 'Africa/Kigali', locale: 'en' },
  ],
};
