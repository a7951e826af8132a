// The generated archive: networks, and proceedings whose titles, topics, countries and notes read like the
// meetings of health-system learning networks, in English, French, Portuguese and Spanish. Everything comes
// from one seeded PRNG, so the same --seed and --rows give the same rows (ids included).

/** mulberry32: small, fast, good enough for test data. Returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  constructor(seed) {
    this.next = prng(seed);
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** `list` of [value, weight]. */
  weighted(list) {
    const total = list.reduce((a, [, w]) => a + w, 0);
    let x = this.next() * total;
    for (const [value, w] of list) {
      x -= w;
      if (x < 0) return value;
    }
    return list[list.length - 1][0];
  }
  /** `k` distinct items of `list`. */
  some(list, k) {
    const copy = [...list];
    const out = [];
    while (out.length < k && copy.length)
      out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
  /** A version-4 UUID from the PRNG (reproducible ids). */
  uuid() {
    const hex = [];
    for (let i = 0; i < 16; i++) hex.push(Math.floor(this.next() * 256));
    hex[6] = (hex[6] & 0x0f) | 0x40;
    hex[8] = (hex[8] & 0x3f) | 0x80;
    const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

// ---- networks: name, slug, languages (weights), countries, time zone, share of the archive ----
export const NETWORKS = [
  {
    name: 'East Africa HIV Learning Network',
    slug: 'ea-hiv',
    languages: [['en', 1]],
    countries: ['KE', 'UG', 'TZ', 'RW', 'ET', 'BI', 'SS'],
    timeZone: 'Africa/Nairobi',
    weight: 18,
  },
  {
    name: 'Réseau francophone de santé communautaire',
    slug: 'rfsc',
    languages: [
      ['fr', 9],
      ['en', 1],
    ],
    countries: ['SN', 'CI', 'BF', 'ML', 'CD', 'CM', 'BJ', 'NE', 'TG', 'GN'],
    timeZone: 'Africa/Dakar',
    weight: 14,
  },
  {
    name: 'Rede lusófona de farmácia e medicamentos',
    slug: 'rede-farmacia',
    languages: [
      ['pt', 9],
      ['en', 1],
    ],
    countries: ['MZ', 'AO', 'BR', 'GW', 'CV', 'ST', 'TL'],
    timeZone: 'Africa/Maputo',
    weight: 10,
  },
  {
    name: 'Red andina de vacunación',
    slug: 'red-andina',
    languages: [['es', 1]],
    countries: ['PE', 'BO', 'EC', 'CO', 'VE', 'CL'],
    timeZone: 'America/Lima',
    weight: 9,
  },
  {
    name: 'West Africa Malaria Programme Managers',
    slug: 'wa-malaria',
    languages: [
      ['en', 6],
      ['fr', 4],
    ],
    countries: ['NG', 'GH', 'SL', 'LR', 'GN', 'CI', 'BF', 'ML', 'NE'],
    timeZone: 'Africa/Lagos',
    weight: 12,
  },
  {
    name: 'South Asia TB Collaborative',
    slug: 'sa-tb',
    languages: [['en', 1]],
    countries: ['IN', 'BD', 'NP', 'PK', 'LK', 'BT'],
    timeZone: 'Asia/Kolkata',
    weight: 11,
  },
  {
    name: 'Southeast Asia Supply Chain Forum',
    slug: 'sea-supply',
    languages: [['en', 1]],
    countries: ['PH', 'VN', 'ID', 'KH', 'LA', 'MM', 'TH'],
    timeZone: 'Asia/Manila',
    weight: 8,
  },
  {
    name: 'Southern Africa Laboratory Network',
    slug: 'sa-lab',
    languages: [
      ['en', 8],
      ['pt', 2],
    ],
    countries: ['ZA', 'ZM', 'MW', 'ZW', 'BW', 'LS', 'SZ', 'NA', 'MZ', 'AO'],
    timeZone: 'Africa/Johannesburg',
    weight: 8,
  },
  {
    name: 'Red centroamericana de atención primaria',
    slug: 'red-aps',
    languages: [['es', 1]],
    countries: ['GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'MX'],
    timeZone: 'America/Guatemala',
    weight: 6,
  },
  {
    name: 'Global Quality Improvement Exchange',
    slug: 'global-qi',
    languages: [
      ['en', 5],
      ['fr', 2],
      ['es', 2],
      ['pt', 1],
    ],
    countries: ['KE', 'NG', 'IN', 'BR', 'PE', 'SN', 'PH', 'ZA', 'MX', 'VN', 'ET', 'BD', 'GH', 'MZ'],
    timeZone: 'UTC',
    weight: 4,
  },
];

const DISTRICTS = [
  'Kisumu',
  'Mwanza',
  'Beira',
  'Nampula',
  'Kano',
  'Kaduna',
  'Cusco',
  'Iquitos',
  'Sylhet',
  'Gulu',
  'Mbarara',
  'Thiès',
  'Bouaké',
  'Recife',
  'Manaus',
  'Cebu',
  'Chiapas',
  'Oaxaca',
  'Huambo',
  'Tete',
  'Bobo-Dioulasso',
  'Goma',
  'Kankan',
  'Tamale',
  'Lilongwe',
  'Ndola',
  'Bulawayo',
  'Mzuzu',
  'Kassala',
  'Jimma',
  'Patna',
  'Pokhara',
  'Davao',
  'Huế',
  'Savannakhet',
  'Quetzaltenango',
  'Cochabamba',
  'Puno',
];
const YEARS = Array.from({ length: 12 }, (_, i) => 2015 + i);

// ---- per language: vocabulary and sentence templates ----
const L = {
  en: {
    topics: [
      'HIV',
      'Malaria',
      'Tuberculosis',
      'Supply chain',
      'Pharmacy',
      'Quality improvement',
      'Community health workers',
      'Immunization',
      'Maternal health',
      'Laboratory',
      'Data systems',
      'Health financing',
      'Viral load',
      'Stockouts',
      'Emergency preparedness',
      'Primary care',
      'Antimicrobial resistance',
      'Cold chain',
    ],
    commodities: [
      'first-line ARVs',
      'artemether-lumefantrine',
      'rapid diagnostic tests',
      'oxytocin',
      'GeneXpert cartridges',
      'measles vaccine',
      'amoxicillin dispersible tablets',
      'condoms',
      'isoniazid',
      'viral load reagents',
      'ORS and zinc',
      'insulin',
    ],
    titles: [
      '{topic}: quarterly review',
      '{topic} in {district}: lessons from the {year} rollout',
      'Peer exchange on {topic} and {topic2}',
      'How {district} cut {topic2} stockouts',
      '{topic} working group',
      'Case study: {topic} at district level',
      'Learning session — {topic}',
      'Scaling up {topic}: what the data show',
    ],
    sentences: [
      'The {district} district pharmacy reported stockouts of {commodity} for {n} weeks in a row.',
      'Viral load suppression among clients on ART reached {pct}% after the switch to dolutegravir.',
      'Community health workers in {district} screened {n} households for malaria and referred {m} cases.',
      'The delegation presented its quality improvement collaborative on {topic}.',
      'Supply chain data from DHIS2 and the logistics system did not match for {commodity}.',
      'Participants asked how to keep the programme funded once the current grant ends in {year}.',
      'Tuberculosis case finding improved with GeneXpert testing at {n} sites.',
      'The ministry will publish revised guidelines on {topic} before the next session.',
      'Laboratory turnaround time for viral load samples fell from {n} to {m} days.',
      'A cold chain failure in {district} led to the loss of {n} doses of measles vaccine.',
      'Pharmacists described monthly ordering, buffer stock and the new requisition form.',
      'HIV testing in antenatal care now covers {pct}% of first visits.',
      'The malaria team showed that bed net distribution reached {pct}% of households.',
      'Members agreed to share their supervision checklists before the next meeting.',
      'Stockouts were traced to late quantification and slow release of funds.',
      'The district health management team meets every month to review the dashboard.',
      'Several countries reported shortages of {commodity} during the rainy season.',
      'Quality improvement coaches visited {n} facilities and documented {m} change ideas.',
      'Community health workers were paid late in {pct}% of the months reviewed.',
      'The presenter explained how the electronic logistics system flags expiring stock.',
      'Questions focused on data quality, reporting completeness and feedback to facilities.',
      'Emergency preparedness drills were held in {n} hospitals after the cholera outbreak.',
      'Antimicrobial resistance surveillance started in {n} sentinel laboratories.',
      'Maternal deaths audited in {year} showed delays in referral and blood supply.',
    ],
    connectors: ['Next steps were agreed.', 'Action points follow.', 'Discussion:', 'Commitments:'],
  },
  fr: {
    topics: [
      'VIH',
      'Paludisme',
      'Tuberculose',
      "Chaîne d'approvisionnement",
      'Pharmacie',
      'Amélioration de la qualité',
      'Agents de santé communautaire',
      'Vaccination',
      'Santé maternelle',
      'Laboratoire',
      'Systèmes d’information',
      'Financement de la santé',
      'Charge virale',
      'Ruptures de stock',
      'Préparation aux urgences',
      'Soins de santé primaires',
    ],
    commodities: [
      'antirétroviraux de première ligne',
      'artéméther-luméfantrine',
      'tests de diagnostic rapide',
      'ocytocine',
      'cartouches GeneXpert',
      'vaccin contre la rougeole',
      'amoxicilline',
      'SRO et zinc',
    ],
    titles: [
      'Revue trimestrielle : {topic}',
      '{topic} à {district} : leçons de {year}',
      'Échange entre pairs sur {topic} et {topic2}',
      'Groupe de travail {topic}',
      'Étude de cas : {topic} au niveau du district',
      'Session d’apprentissage — {topic}',
    ],
    sentences: [
      'La pharmacie du district de {district} a signalé des ruptures de stock de {commodity} pendant {n} semaines.',
      'Les agents de santé communautaire ont dépisté {n} ménages pour le paludisme et référé {m} cas.',
      'La charge virale était supprimée chez {pct} % des patients sous traitement antirétroviral.',
      'La délégation a présenté son projet d’amélioration de la qualité sur {topic}.',
      'La chaîne d’approvisionnement reste fragile pendant la saison des pluies.',
      'La tuberculose multirésistante demande un suivi rapproché des contacts.',
      'Le financement de la santé communautaire dépend encore largement des bailleurs.',
      'La vaccination contre la rougeole a repris après la panne de la chaîne du froid à {district}.',
      'Les pharmaciens ont décrit la commande mensuelle et le stock de sécurité.',
      'Le ministère publiera des directives révisées sur {topic} avant la prochaine session.',
      'Les participants ont demandé comment maintenir le programme après {year}.',
      'Le délai de rendu des résultats de charge virale est passé de {n} à {m} jours.',
      'Les données du DHIS2 et du système logistique ne concordaient pas pour {commodity}.',
      'La préparation aux urgences a inclus des exercices dans {n} hôpitaux.',
      'Les membres partageront leurs grilles de supervision avant la prochaine réunion.',
      'Le dépistage du VIH en consultation prénatale couvre {pct} % des premières visites.',
    ],
    connectors: ['Prochaines étapes :', 'Engagements :', 'Discussion :', 'Questions de la salle :'],
  },
  pt: {
    topics: [
      'VIH',
      'Malária',
      'Tuberculose',
      'Cadeia de abastecimento',
      'Farmácia',
      'Melhoria da qualidade',
      'Agentes comunitários de saúde',
      'Vacinação',
      'Saúde materna',
      'Laboratório',
      'Preparação para emergências',
      'Financiamento da saúde',
      'Carga viral',
      'Rupturas de estoque',
      'Gestão de stocks',
      'Atenção primária',
    ],
    commodities: [
      'antirretrovirais de primeira linha',
      'artemeter-lumefantrina',
      'testes de diagnóstico rápido',
      'ocitocina',
      'cartuchos GeneXpert',
      'vacina contra o sarampo',
      'amoxicilina',
      'sais de reidratação oral',
    ],
    titles: [
      'Revisão trimestral: {topic}',
      '{topic} em {district}: lições de {year}',
      'Oficina de {topic} e {topic2}',
      'Grupo de trabalho de {topic}',
      'Estudo de caso: {topic} no distrito',
      'Preparação e resposta: {topic}',
    ],
    sentences: [
      'A farmácia distrital de {district} registrou rupturas de estoque de {commodity} durante {n} semanas.',
      'A preparação para emergências incluiu simulações em {n} unidades de saúde.',
      'Os agentes comunitários de saúde visitaram {n} domicílios na busca ativa de tuberculose.',
      'A carga viral indetectável chegou a {pct}% dos pacientes em terapia antirretroviral.',
      'A cadeia de abastecimento de medicamentos essenciais foi reorganizada pelo ministério.',
      'A vacinação de rotina caiu durante a pandemia e ainda não se recuperou em {district}.',
      'A melhoria da qualidade nos centros de saúde depende da supervisão regular.',
      'O financiamento da saúde e a gestão de stocks foram os temas principais da sessão.',
      'Os farmacêuticos explicaram a requisição mensal e o stock de segurança.',
      'O laboratório reduziu o tempo de resposta da carga viral de {n} para {m} dias.',
      'A delegação apresentou a sua experiência com {topic} em {year}.',
      'Os participantes pediram a partilha das listas de verificação de supervisão.',
      'A malária aumentou {pct}% na época chuvosa segundo os dados do DHIS2.',
      'A preparação do plano de contingência envolveu {n} distritos.',
    ],
    connectors: ['Próximos passos:', 'Compromissos:', 'Discussão:', 'Perguntas:'],
  },
  es: {
    topics: [
      'VIH',
      'Malaria',
      'Tuberculosis',
      'Cadena de suministro',
      'Farmacia',
      'Mejora de la calidad',
      'Promotores de salud',
      'Vacunación',
      'Salud materna',
      'Laboratorio',
      'Preparación ante emergencias',
      'Financiamiento de la salud',
      'Carga viral',
      'Desabastecimiento',
      'Atención primaria',
      'Cadena de frío',
    ],
    commodities: [
      'antirretrovirales de primera línea',
      'artemeter-lumefantrina',
      'pruebas de diagnóstico rápido',
      'oxitocina',
      'cartuchos GeneXpert',
      'vacuna contra el sarampión',
      'amoxicilina',
      'sales de rehidratación oral',
    ],
    titles: [
      'Revisión trimestral: {topic}',
      '{topic} en {district}: lecciones de {year}',
      'Mesa de trabajo sobre {topic} y {topic2}',
      'Grupo de trabajo de {topic}',
      'Estudio de caso: {topic} en el distrito',
      'Sesión de aprendizaje — {topic}',
    ],
    sentences: [
      'La farmacia del distrito de {district} informó desabastecimiento de {commodity} durante {n} semanas.',
      'La vacunación contra el sarampión alcanzó una cobertura del {pct}% en {district}.',
      'Los promotores de salud comunitaria visitaron {n} hogares para detectar casos de malaria.',
      'La carga viral suprimida llegó al {pct}% de los pacientes en tratamiento antirretroviral.',
      'La preparación ante emergencias sanitarias incluyó simulacros en {n} hospitales.',
      'La cadena de suministro de medicamentos esenciales sigue siendo frágil.',
      'La mejora de la calidad en la atención primaria requiere supervisión capacitante.',
      'La tuberculosis resistente exige seguimiento de contactos y apoyo nutricional.',
      'El ministerio publicará lineamientos revisados sobre {topic} antes de la próxima sesión.',
      'Los participantes preguntaron cómo sostener el programa después de {year}.',
      'El laboratorio redujo el tiempo de respuesta de carga viral de {n} a {m} días.',
      'La cadena de frío falló en {district} y se perdieron {n} dosis de vacuna.',
      'Los datos del DHIS2 y del sistema logístico no coincidían para {commodity}.',
      'Los miembros compartirán sus listas de supervisión antes de la próxima reunión.',
    ],
    connectors: ['Próximos pasos:', 'Compromisos:', 'Discusión:', 'Preguntas del público:'],
  },
};

function fill(r, template, lang, topic, topic2) {
  const v = L[lang];
  return template.replace(/\{(\w+)\}/g, (_, k) => {
    switch (k) {
      case 'topic':
        return topic ?? r.pick(v.topics);
      case 'topic2':
        return topic2 ?? r.pick(v.topics);
      case 'district':
        return r.pick(DISTRICTS);
      case 'commodity':
        return r.pick(v.commodities);
      case 'year':
        return String(r.pick(YEARS));
      case 'n':
        return String(r.int(3, 480));
      case 'm':
        return String(r.int(2, 60));
      case 'pct':
        return String(r.int(35, 97));
      default:
        return k;
    }
  });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One proceedings record for network `ni` (index into NETWORKS): title, topics, countries, year, starts_at,
 * visibility and the notes as plain text (what `notes_text` holds), HTML and Markdown.
 */
export function proceedingsRecord(r, ni) {
  const net = NETWORKS[ni];
  const lang = r.weighted(net.languages);
  const v = L[lang];
  const topics = r.some(v.topics, r.int(1, 4));
  const title = fill(r, r.pick(v.titles), lang, topics[0], topics[1] ?? r.pick(v.topics));
  const countries = r.some(net.countries, r.int(1, Math.min(6, net.countries.length))).sort();
  // More proceedings in recent years (the archive grows), none after the current month of 2026.
  const year = r.weighted(YEARS.map((y) => [y, 1 + (y - 2015) * 0.35]));
  const month = year === 2026 ? r.int(0, 9) : r.int(0, 11);
  const startsAt = new Date(Date.UTC(year, month, r.int(1, 28), r.int(6, 15), r.pick([0, 30])));
  const visibility = r.next() < 0.6 ? 'public' : 'members';
  // A few hundred words: 4–7 sections of 3–6 sentences, some in English in non-English networks.
  const sections = [];
  const words = r.int(180, 480);
  let count = 0;
  while (count < words) {
    const heading = r.pick(v.connectors);
    const sentences = [];
    for (let k = r.int(3, 6); k > 0 && count < words; k--) {
      const l2 = lang !== 'en' && r.next() < 0.08 ? 'en' : lang;
      const s = fill(r, r.pick(L[l2].sentences), l2, r.next() < 0.5 ? r.pick(topics) : undefined);
      sentences.push(s);
      count += s.split(' ').length;
    }
    sections.push({ heading, sentences });
  }
  const notesText = sections.map((s) => `${s.heading}\n${s.sentences.join(' ')}`).join('\n\n');
  const html = sections
    .map((s) => `<h2>${escapeHtml(s.heading)}</h2><p>${escapeHtml(s.sentences.join(' '))}</p>`)
    .join('');
  const markdown = sections.map((s) => `## ${s.heading}\n\n${s.sentences.join(' ')}`).join('\n\n');
  return {
    lang,
    title: title.slice(0, 200),
    topics,
    countries,
    startsAt,
    timeZone: net.timeZone,
    visibility,
    notesText,
    html,
    markdown,
    words: count,
  };
}
